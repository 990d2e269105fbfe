import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, collectText, readText, type TextReader } from './collect-text.js';
import { createElementKinds } from './element-kind.js';

const SEP = BLOCK_SEPARATOR;

function collect(html: string) {
  document.body.innerHTML = html;
  return collectText(document.body, createElementKinds());
}

describe('collectText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['inline elements join', '<p><a href="#">Omar</a> García Harfuch</p>', 'Omar García Harfuch'],
    ['blocks are separated', '<p>Omar</p><p>García</p>', `Omar${SEP}García`],
    ['list items are separated', '<ul><li>Ronald</li><li>Johnson</li></ul>', `Ronald${SEP}Johnson`],
    ['a line break separates', '<p>Omar<br>García</p>', `Omar${SEP}García`],
    ['scripts are skipped', '<p>Omar <script>var García = 1;</script>Harfuch</p>', `Omar ${SEP}Harfuch`],
    ['styles are skipped', '<style>p { color: red }</style><p>Sheinbaum</p>', 'Sheinbaum'],
    ['form fields are skipped', '<p>Trevilla <textarea>Harfuch</textarea>Rubio</p>', `Trevilla ${SEP}Rubio`],
    [
      'noscript and template are skipped',
      '<noscript>Rubio</noscript><template>Landau</template><p>Rubio</p>',
      'Rubio',
    ],
    ['contenteditable is skipped', '<div contenteditable="true">Harfuch</div><p>Rubio</p>', 'Rubio'],
    ['contenteditable="false" is read', '<div contenteditable="false">Harfuch</div>', 'Harfuch'],
    ['the hidden attribute is skipped', '<p hidden>Harfuch</p><p>Rubio</p>', 'Rubio'],
    // Asked of the mentions only, afterwards (place-mentions.test.ts).
    ['text hidden by CSS is read', '<p style="display:none">Harfuch</p><p>Rubio</p>', `Harfuch${SEP}Rubio`],
    ['the extension’s own host is skipped', '<enlace-card>Harfuch</enlace-card><p>Rubio</p>', 'Rubio'],
    [
      'the indentation between blocks is not read',
      '\n  <div>\n    <p>Omar</p>\n    <p>García</p>\n  </div>\n',
      `Omar${SEP}García`,
    ],
    ['source line breaks read as spaces', '<p>Omar\n  García\tHarfuch</p>', 'Omar   García Harfuch'],
    ['preformatted line breaks stay', '<pre>Omar\nGarcía</pre>', 'Omar\nGarcía'],
    ['accents and case stay as written', '<p>GARCÍA Harfuch, García</p>', 'GARCÍA Harfuch, García'],
    [
      'display:contents is read inline',
      '<p><span style="display:contents">Omar</span> García</p>',
      'Omar García',
    ],
    [
      'links displayed as blocks do not join their words',
      '<div><a style="display:block">Claudia Sheinbaum</a><a style="display:block">Marco Rubio</a></div>',
      `Claudia Sheinbaum${SEP}Marco Rubio`,
    ],
    [
      'an inline element between touching words joins them',
      '<p>Shein<b>baum</b> and <i>Ru</i>bio</p>',
      'Sheinbaum and Rubio',
    ],
    [
      'elements the browser has no style for follow their display',
      '<x-card style="display:block">Omar</x-card><x-card style="display:block">García</x-card><x-tag>Omar</x-tag> <x-tag>García</x-tag>',
      `Omar${SEP}García${SEP}Omar García`,
    ],
    [
      'line breaks styled to show stay',
      '<div style="white-space:pre-wrap">Omar\nGarcía</div><p>Omar\nGarcía</p>',
      `Omar\nGarcía${SEP}Omar García`,
    ],
  ])('%s', (_name, html, expected) => {
    expect(collect(html).text).toBe(expected);
  });

  it('maps every segment to its text node', () => {
    const { text, segments } = collect('<p>El <b>secretario</b> Omar</p><p>García</p>');
    for (const { node, start } of segments) expect(text.slice(start, start + node.length)).toBe(node.data);
    expect(segments.map((segment) => segment.node.data)).toEqual(['El ', 'secretario', ' Omar', 'García']);
  });

  it('reports open shadow roots instead of reading through them', () => {
    document.body.innerHTML = '<p>Rubio</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Omar García Harfuch</p>';
    const collected = collectText(document.body, createElementKinds());
    expect(collected.text).toBe('Rubio');
    expect(collected.shadowRoots).toEqual([root]);
    expect(collectText(root, createElementKinds()).text).toBe('Omar García Harfuch');
  });

  it('reads only the nodes it is given', () => {
    document.body.innerHTML = '<p id="a">Rubio</p><p id="b">Landau</p>';
    expect(collectText(document.getElementById('b')!, createElementKinds()).text).toBe('Landau');
  });
});

describe('readText', () => {
  const kinds = () => createElementKinds();
  const pieces = (reader: TextReader, limit: number) => {
    const read: string[] = [];
    for (let piece = reader.next(limit); piece; piece = reader.next(limit)) read.push(piece.text);
    return read;
  };

  it('cuts at the first block boundary past the limit, never inside a block', () => {
    document.body.innerHTML =
      '<div><p>Omar García Harfuch</p><p>Marco <b>Rubio</b></p><ul><li>Landau</li></ul></div>';
    expect(pieces(readText(document.body, kinds()), 5)).toEqual([
      'Omar García Harfuch',
      'Marco Rubio',
      'Landau',
    ]);
    expect(pieces(readText(document.body, kinds()), 25)).toEqual([
      `Omar García Harfuch${SEP}Marco Rubio`,
      'Landau',
    ]);
    expect(pieces(readText(document.body, kinds()), 1000)).toEqual([
      collectText(document.body, kinds()).text,
    ]);
  });

  it('maps every piece back to its own text nodes', () => {
    document.body.innerHTML = '<p>El <i>canciller</i> Ebrard</p><p>y <a>Omar</a> García</p>';
    const reader = readText(document.body, kinds());
    for (let piece = reader.next(1); piece; piece = reader.next(1)) {
      expect(piece.segments.length).toBeGreaterThan(0);
      for (const { node, start } of piece.segments)
        expect(piece.text.slice(start, start + node.length)).toBe(node.data);
    }
  });

  it('goes on after the last text it read when the page removed where it stopped', () => {
    document.body.innerHTML = '<p id="a">Rubio</p><p id="b">Omar</p><p id="c">Landau</p>';
    const reader = readText(document.body, kinds());
    expect(reader.next(1)?.text).toBe('Rubio');
    document.getElementById('b')!.remove();
    expect(pieces(reader, 1)).toEqual(['Landau']);
  });

  it('reads text added ahead of it, and says when it is done', () => {
    document.body.innerHTML = '<p>Rubio</p><p>Omar</p>';
    const reader = readText(document.body, kinds());
    expect(reader.next(1)?.text).toBe('Rubio');
    document.body.insertAdjacentHTML('beforeend', '<p>Landau</p>');
    expect(pieces(reader, 1)).toEqual(['Omar', 'Landau']);
    expect(reader.next(1)).toBeNull();
  });
});
