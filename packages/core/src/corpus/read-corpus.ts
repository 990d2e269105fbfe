import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { parseStatement, type Statement } from './statement.js';

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
