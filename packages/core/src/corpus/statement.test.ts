import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parseStatement } from './statement.js';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (front: string, body = 'La presidenta habló.\n') => `---\n${front}\n---\n${body}`;
const FRONT = [
  'id: test-statement',
  'title: "Un título"',
  'publisher: Test',
  'date: 2025-02-27',
  'language: es',
  'url:',
].join('\n');
const replace = (field: string, line: string | null) =>
  FRONT.split('\n')
    .map((existing) => (existing.startsWith(`${field}:`) ? line : existing))
    .filter((existing) => existing !== null)
    .join('\n');

describe('parseStatement', () => {
  it('reads the front matter and keeps the body byte for byte', () => {
    const body = 'Línea uno.\r\n\r\nLínea “dos”.  \n';
    const statement = parseStatement('a.md', encode(file(FRONT, body)));
    expect(statement).toMatchObject({
      id: 'test-statement',
      title: 'Un título',
      language: 'es',
      url: null,
      related: [],
    });
    expect(statement.text).toBe(body);
    expect(statement.bodyEnd).toBe(body.length);
  });

  it.each([
    { name: 'a UTF-8 byte-order mark', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...encode(file(FRONT))]) },
    { name: 'CRLF front matter', bytes: encode(file(FRONT).replace(/\n/g, '\r\n')) },
  ])('accepts $name', ({ bytes }) => {
    expect(parseStatement('a.md', bytes).id).toBe('test-statement');
  });

  it('marks page furniture as outside the statement', () => {
    const body = 'The statement.\n\nSHARE:\nTAGS:\n';
    const statement = parseStatement('a.md', encode(file(`${FRONT}\nfurniture_from: "SHARE:"`, body)));
    expect(statement.text.slice(0, statement.bodyEnd)).toBe('The statement.\n\n');
  });

  it('reads related statements', () => {
    const statement = parseStatement(
      'a.md',
      encode(file(`${FRONT}\nrelated: other-one same-event, third reprint`)),
    );
    expect(statement.related).toEqual([
      { sourceId: 'other-one', relation: 'same-event' },
      { sourceId: 'third', relation: 'reprint' },
    ]);
  });

  it.each([
    { name: 'empty file', bytes: encode(''), line: 1, field: null, problem: /empty/ },
    { name: 'blank file', bytes: encode('  \n\n'), line: 1, field: null, problem: /empty/ },
    { name: 'no front matter', bytes: encode('Just text.\n'), line: 1, field: null, problem: /start with/ },
    {
      name: 'unclosed front matter',
      bytes: encode(`---\n${FRONT}\n`),
      line: 7,
      field: null,
      problem: /not closed/,
    },
    {
      name: 'unknown language',
      bytes: encode(file(replace('language', 'language: fr'))),
      line: 6,
      field: 'language',
      problem: /unknown language "fr"/,
    },
    {
      name: 'impossible date',
      bytes: encode(file(replace('date', 'date: 2025-02-30'))),
      line: 5,
      field: 'date',
      problem: /not a real date/,
    },
    {
      name: 'malformed date',
      bytes: encode(file(replace('date', 'date: 27/02/2025'))),
      line: 5,
      field: 'date',
      problem: /not a real date/,
    },
    {
      name: 'missing field',
      bytes: encode(file(replace('publisher', null))),
      line: 7,
      field: 'publisher',
      problem: /missing/,
    },
    {
      name: 'empty required field',
      bytes: encode(file(replace('title', 'title: ""'))),
      line: 3,
      field: 'title',
      problem: /empty/,
    },
    {
      name: 'unknown field',
      bytes: encode(file(`${FRONT}\nauthor: X`)),
      line: 8,
      field: 'author',
      problem: /unknown field/,
    },
    {
      name: 'repeated field',
      bytes: encode(file(`${FRONT}\nid: again`)),
      line: 8,
      field: 'id',
      problem: /twice/,
    },
    {
      name: 'not a slug',
      bytes: encode(file(replace('id', 'id: Not A Slug'))),
      line: 2,
      field: 'id',
      problem: /slug/,
    },
    {
      name: 'bad url',
      bytes: encode(file(replace('url', 'url: example.org'))),
      line: 7,
      field: 'url',
      problem: /http/,
    },
    {
      name: 'bad relation',
      bytes: encode(file(`${FRONT}\nrelated: other cousin`)),
      line: 8,
      field: 'related',
      problem: /same-event/,
    },
    {
      name: 'unquoted line',
      bytes: encode(file(`${FRONT}\njust words`)),
      line: 8,
      field: null,
      problem: /field: value/,
    },
    { name: 'empty body', bytes: encode(file(FRONT, '\n')), line: 9, field: null, problem: /text is empty/ },
    {
      name: 'furniture not in text',
      bytes: encode(file(`${FRONT}\nfurniture_from: "SHARE:"`)),
      line: 8,
      field: 'furniture_from',
      problem: /does not occur/,
    },
    {
      name: 'non-UTF-8 bytes',
      bytes: new Uint8Array([...encode(file(FRONT, 'Línea uno.\nLa ')), 0xe9, ...encode(' dos.\n')]),
      line: 10,
      field: null,
      problem: /not valid UTF-8/,
    },
  ])('rejects $name, naming file, line and field', ({ bytes, line, field, problem }) => {
    let error: unknown;
    try {
      parseStatement('statements/a.md', bytes);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const input = error as InputError;
    expect(input.file).toBe('statements/a.md');
    expect(input.line).toBe(line);
    expect(input.field).toBe(field);
    expect(input.problem).toMatch(problem);
    expect(input.message).toContain(`statements/a.md:${line}`);
  });
});
