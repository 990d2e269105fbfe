/**
 * The card's styles, kept with the components and put inside the card's shadow root, where the
 * page's CSS cannot reach and from where ours cannot leak.
 */
export const cardStyles = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; z-index: 2147483647; }
.card {
  --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --line: #d0d7de; --accent: #0b62c4; --mark: rgb(255 196 0 / 0.45);
  position: fixed; box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px);
  overflow: auto; padding: 14px 16px 10px; border: 1px solid var(--line); border-radius: 10px;
  background: var(--bg); color: var(--fg); box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .card { --fg: #e6edf3; --muted: #9da7b3; --bg: #161b22; --line: #30363d; --accent: #6cb6ff; --mark: rgb(255 196 0 / 0.3); }
}
.card:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
.card--official { border-top: 4px solid rgb(214 132 0); }
.card--framework { border-top: 4px solid rgb(0 132 170); }
.card--agreement { border-top: 4px solid rgb(140 80 230); }
.card__header { position: relative; padding-right: 28px; }
.card__type { margin: 0; font-size: 12px; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
.card__name { margin: 2px 0 4px; font-size: 17px; line-height: 1.3; }
.card__close {
  position: absolute; top: -6px; right: -8px; width: 28px; height: 28px; border: 0; border-radius: 6px;
  background: transparent; color: var(--muted); font: 20px/1 system-ui, sans-serif; cursor: pointer;
}
.card__close:hover, .card__close:focus-visible { background: var(--line); color: var(--fg); }
.card__why { margin: 0 0 8px; font-size: 12px; color: var(--muted); }
.card__summary { margin: 0 0 8px; }
.card__facts { margin: 0 0 8px; }
.card__facts dt { margin-top: 6px; font-size: 12px; font-weight: 600; color: var(--muted); }
.card__facts dd { margin: 0; }
.card__facts ul, .card__quotes ul { margin: 0; padding: 0; list-style: none; }
.card__latest, .card__date { color: var(--muted); }
.card__quotes h3 { margin: 8px 0 4px; font-size: 12px; font-weight: 600; color: var(--muted); }
.card__quotes li + li { margin-top: 8px; }
.card__hint { margin: 8px 0 0; font-size: 11px; color: var(--muted); }
.quote { margin: 0; }
.quote__text { margin: 0; padding-left: 10px; border-left: 3px solid var(--line); quotes: "\\201C" "\\201D"; }
.quote__text::before { content: open-quote; }
.quote__text::after { content: close-quote; }
.quote__focus { background: var(--mark); color: inherit; border-radius: 2px; }
.quote__source { margin-top: 3px; padding-left: 13px; font-size: 12px; color: var(--muted); }
.quote__links { display: flex; gap: 12px; margin-top: 2px; }
.quote__links a { color: var(--accent); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
