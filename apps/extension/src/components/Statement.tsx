import type { Source } from '@enlace/core';
import { textFragment } from '@enlace/core';
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatDate } from '../cards/format-date.js';
import { t, uiLanguage } from '../i18n.js';
import { publisherName } from './publisher-name.js';

export interface StatementProps {
  source: Source | undefined;
  /** The quoted span `[start, end)` of `source.text`, highlighted and scrolled into view. */
  quoted: [number, number] | null;
}

interface Paragraph {
  start: number;
  end: number;
}

/** A statement in full, as plain text, with one quoted sentence marked. */
export function Statement({ source, quoted }: StatementProps) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus({ preventScroll: true });
  }, []);
  if (!source) return <p class="statement__missing">{t('viewerNotFound')}</p>;
  const range = quoted && validRange(quoted, source.text.length) ? quoted : null;
  const original = source.url
    ? source.url.split('#')[0] + (range ? textFragment(source.text.slice(range[0], range[1])) : '')
    : null;
  return (
    <article class="statement" lang={source.language}>
      <h1>{source.title}</h1>
      <p class="statement__meta" lang={uiLanguage()}>
        {t('viewerPublished', publisherName(source.publisher), formatDate(source.date, uiLanguage()))}
        {original && (
          <>
            {' · '}
            <a href={original} rel="noopener noreferrer">
              {t('quoteOriginal')}
            </a>
          </>
        )}
      </p>
      {paragraphs(source.text).map((paragraph) => (
        <p key={paragraph.start}>{pieces(source.text, paragraph, range, mark)}</p>
      ))}
    </article>
  );
}

function validRange([start, end]: [number, number], length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

function paragraphs(text: string): Paragraph[] {
  const found: Paragraph[] = [];
  // Statements put one paragraph on each line.
  const breaks = /\n\s*/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    if (match.index > start) found.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) found.push({ start, end: text.length });
  return found;
}

function pieces(
  text: string,
  paragraph: Paragraph,
  range: [number, number] | null,
  mark: RefObject<HTMLElement | null>,
) {
  if (!range || range[1] <= paragraph.start || range[0] >= paragraph.end) {
    return text.slice(paragraph.start, paragraph.end);
  }
  const from = Math.max(range[0], paragraph.start);
  const to = Math.min(range[1], paragraph.end);
  // The ref goes on the paragraph where the quote starts, so the view scrolls to its beginning.
  const first = from === range[0];
  return (
    <>
      {text.slice(paragraph.start, from)}
      <mark
        class="statement__quoted"
        ref={first ? mark : undefined}
        tabIndex={first ? -1 : undefined}
        title={first ? t('viewerQuoted') : undefined}
      >
        {text.slice(from, to)}
      </mark>
      {text.slice(to, paragraph.end)}
    </>
  );
}
