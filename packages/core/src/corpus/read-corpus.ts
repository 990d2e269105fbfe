import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { parseStatement, type Statement } from './statement.js';

/**
 * A statement is a press release of a few kilobytes; anything this large is a wrong file (a dump,
 * a binary) and reading it whole would only delay the error, or exhaust memory.
 */
export const MAX_STATEMENT_BYTES = 1024 * 1024;

/**
 * Reads every `*.md` statement in a folder (not `README.md`), in file-name order so the result
 * never depends on the file system, and checks what no single file can: unique ids, and that
 * `related` names statements that exist.
 */
export function readCorpus(dir: string): Statement[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch {
    throw new InputError(dir, null, null, 'is not a readable folder of statements');
  }
  const files = names.filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md').sort();
  if (files.length === 0) throw new InputError(dir, null, null, 'holds no statement files (*.md)');

  const statements = files.map((name) => {
    const file = join(dir, name);
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      throw new InputError(file, null, null, 'is not a readable file');
    }
    if (size > MAX_STATEMENT_BYTES) {
      throw new InputError(
        file,
        null,
        null,
        `is ${size} bytes; a statement may be at most ${MAX_STATEMENT_BYTES} bytes (1 MiB)`,
      );
    }
    return parseStatement(file, readFileSync(file));
  });

  const byId = new Map<string, Statement>();
  for (const statement of statements) {
    const earlier = byId.get(statement.id);
    if (earlier) {
      throw new InputError(
        statement.file,
        statement.fieldLines.id ?? null,
        'id',
        `duplicate id "${statement.id}" (also in ${earlier.file})`,
      );
    }
    byId.set(statement.id, statement);
  }
  for (const statement of statements) {
    for (const relation of statement.related) {
      if (!byId.has(relation.sourceId)) {
        throw new InputError(
          statement.file,
          statement.fieldLines.related ?? null,
          'related',
          `names unknown statement "${relation.sourceId}"`,
        );
      }
    }
  }
  return statements;
}
