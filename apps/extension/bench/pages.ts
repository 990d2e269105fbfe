import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** An article page of about `bytes` of HTML, from the demo articles' paragraphs, with inline markup. */
export function articlePage(bytes: number): string {
  const paragraphs = ['en', 'es'].flatMap((lang) =>
    [...readFileSync(join(here, `../demo/${lang}.html`), 'utf8').matchAll(/<p>([\s\S]*?)<\/p>/g)].map(
      (match) => match[1]!.replace(/\s+/g, ' '),
    ),
  );
  const filler =
    '<p>Officials from <a href="#">both countries</a> met for <em>several hours</em> on <b>Tuesday</b>, ' +
    'according to <span>people familiar</span> with the talks, and agreed to <i>meet again</i> soon.</p>';
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = i % 4 === 0 ? `<p>${paragraphs[(i / 4) % paragraphs.length]}</p>` : filler;
    body.push(piece);
    size += piece.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><main>${body.join('\n')}</main></body></html>`;
}
