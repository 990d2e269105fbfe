import { InputError } from '../errors.js';
import type { Language, SourceRelation } from '../model.js';
import { isValidIsoDate } from './iso-date.js';

/** One statement file, read and validated: its front matter and its exact body text. */
export interface Statement {
  file: string;
  id: string;
  title: string;
  publisher: string;
  date: string;
  language: Language;
  url: string | null;
  related: SourceRelation[];
  /** The text after the front matter, byte for byte; evidence offsets refer to it. */
  text: string;
  /**
   * Where the statement proper ends: the copy may carry page furniture after it (share buttons,
   * "Originally published by" lines) that is kept in `text` but never parsed.
   */
  bodyEnd: number;
  /** The line of each front-matter field, so later checks can point at it. */
  fieldLines: Record<string, number>;
}

const LANGUAGES: readonly Language[] = ['en', 'es'];
const RELATIONS: readonly SourceRelation['relation'][] = ['same-event', 'reprint', 'background'];
const REQUIRED = ['id', 'title', 'publisher', 'date', 'language', 'url'] as const;
const OPTIONAL = ['related', 'furniture_from'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);
const DELIMITER = '---';

/**
 * Parses a statement file: `---`, one `field: value` per line, `---`, then the text. Values are
 * plain or double-quoted scalars. Deliberately strict (no nesting, no unknown or repeated fields),
 * because a typo in a corpus file should stop the build, not silently drop a fact.
 */
export function parseStatement(file: string, bytes: Uint8Array): Statement {
  const content = decodeUtf8(file, bytes);
  if (content.trim() === '') throw new InputError(file, 1, null, 'the file is empty');

  const lines: Array<{ text: string; end: number }> = [];
  let cursor = 0;
  let bodyStart = -1;
  for (let lineNo = 1; cursor < content.length; lineNo++) {
    const newline = content.indexOf('\n', cursor);
    const end = newline === -1 ? content.length : newline + 1;
    const text = content.slice(cursor, newline === -1 ? content.length : newline).replace(/\r$/, '');
    lines.push({ text, end });
    cursor = end;
    if (lineNo === 1 && text !== DELIMITER) {
      throw new InputError(file, 1, null, `front matter must start with a "${DELIMITER}" line`);
    }
    if (lineNo > 1 && text === DELIMITER) {
      bodyStart = end;
      break;
    }
  }
  if (bodyStart === -1) {
    throw new InputError(file, lines.length, null, `front matter is not closed by a "${DELIMITER}" line`);
  }

  const values = new Map<string, string>();
  const fieldLines: Record<string, number> = {};
  lines.slice(1, -1).forEach((line, index) => {
    const lineNo = index + 2;
    if (line.text.trim() === '') return;
    const match = /^([A-Za-z_][A-Za-z0-9_]*):(?:[ \t]+(.*))?$/.exec(line.text);
    if (!match) throw new InputError(file, lineNo, null, `expected "field: value", found "${line.text}"`);
    const field = match[1]!;
    if (!KNOWN.has(field)) {
      throw new InputError(file, lineNo, field, `unknown field (expected one of ${[...KNOWN].join(', ')})`);
    }
    if (values.has(field)) throw new InputError(file, lineNo, field, 'the field is given twice');
    values.set(field, unquote(file, lineNo, field, (match[2] ?? '').trim()));
    fieldLines[field] = lineNo;
  });
  const closingLine = lines.length;
  for (const field of REQUIRED) {
    if (!values.has(field)) throw new InputError(file, closingLine, field, 'missing required field');
  }

  const at = (field: string) => fieldLines[field] ?? closingLine;
  const required = (field: string): string => {
    const value = values.get(field) ?? '';
    if (value === '') throw new InputError(file, at(field), field, 'must not be empty');
    return value;
  };

  const id = required('id');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new InputError(file, at('id'), 'id', `"${id}" is not a slug (lowercase letters, digits, hyphens)`);
  }
  const date = required('date');
  if (!isValidIsoDate(date)) {
    throw new InputError(
      file,
      at('date'),
      'date',
      `"${date}" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  }
  const language = required('language') as Language;
  if (!LANGUAGES.includes(language)) {
    throw new InputError(
      file,
      at('language'),
      'language',
      `unknown language "${language}" (expected en or es)`,
    );
  }
  const url = values.get('url') ?? '';
  if (url !== '' && !/^https?:\/\/\S+$/.test(url)) {
    throw new InputError(
      file,
      at('url'),
      'url',
      `"${url}" is not an http(s) address (leave it empty if unknown)`,
    );
  }

  const text = content.slice(bodyStart);
  if (text.trim() === '') throw new InputError(file, closingLine + 1, null, 'the statement text is empty');

  const furniture = values.get('furniture_from');
  let bodyEnd = text.length;
  if (furniture !== undefined) {
    const found = text.indexOf(furniture);
    if (furniture === '' || found === -1) {
      throw new InputError(
        file,
        at('furniture_from'),
        'furniture_from',
        `"${furniture}" does not occur in the text`,
      );
    }
    bodyEnd = found;
  }

  return {
    file,
    id,
    title: required('title'),
    publisher: required('publisher'),
    date,
    language,
    url: url === '' ? null : url,
    related: parseRelated(file, at('related'), values.get('related') ?? ''),
    text,
    bodyEnd,
    fieldLines,
  };
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  // Windows editors save "Unicode" as UTF-16 with a byte-order mark; saying so beats "byte 0".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(
      file,
      1,
      null,
      'is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8',
    );
  }
  try {
    // A BOM is an editor's habit, not content: drop it so offsets start at the first real character.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
    throw new InputError(file, line, null, `not valid UTF-8 (byte ${bad}); save it as UTF-8`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection: a prefix can also fail by cutting a character in half,
  // so the answer may sit up to three bytes before the true culprit, which is close enough to point at.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, middle));
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

function unquote(file: string, line: number, field: string, raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const match = /^"((?:[^"\\]|\\["\\])*)"$/.exec(raw);
  if (!match) throw new InputError(file, line, field, 'unterminated or malformed quoted value');
  return match[1]!.replace(/\\(["\\])/g, '$1');
}

function parseRelated(file: string, line: number, raw: string): SourceRelation[] {
  if (raw === '') return [];
  return raw.split(',').map((entry) => {
    const [sourceId, relation, ...rest] = entry.trim().split(/\s+/);
    if (
      !sourceId ||
      !relation ||
      rest.length > 0 ||
      !RELATIONS.includes(relation as SourceRelation['relation'])
    ) {
      throw new InputError(
        file,
        line,
        'related',
        `"${entry.trim()}" should be "<statement id> <${RELATIONS.join('|')}>", comma-separated`,
      );
    }
    return { sourceId, relation: relation as SourceRelation['relation'] };
  });
}
