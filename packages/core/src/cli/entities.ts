import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import type { Entity, EntityType, KnowledgeBase } from '../model.js';
import { parseArgs } from './args.js';
import { packagePath } from './kb-files.js';
import type { Command } from './main.js';

const TYPES: EntityType[] = ['official', 'framework', 'agreement'];

/**
 * `enlace entities [--type t] [--json] [--kb file]`: what the knowledge base holds, as a table for
 * people or one JSON object for programs. Reads the built kb.json; parses nothing.
 */
const entities: Command = async (args) => {
  const { values, switches, positional } = parseArgs(args, { values: ['type', 'kb'], switches: ['json'] });
  if (positional.length > 0) throw new UsageError(`entities takes no arguments (got "${positional[0]}")`);
  const type = values.get('type') as EntityType | undefined;
  if (type !== undefined && !TYPES.includes(type)) {
    throw new UsageError(`--type must be one of ${TYPES.join(', ')} (got "${type}")`);
  }
  const kb = readKnowledgeBase(resolve(values.get('kb') ?? packagePath('dist/kb.json')));
  const selected = kb.entities.filter((entity) => type === undefined || entity.type === type);
  if (switches.has('json')) {
    const sources = kb.sources.map(({ id, title, publisher, date, language, url, text }) => ({
      id,
      title,
      publisher,
      date,
      language,
      url,
      text,
    }));
    process.stdout.write(`${JSON.stringify({ sources, entities: selected }, null, 2)}\n`);
  } else {
    process.stdout.write(table(selected));
  }
  return 0;
};

function readKnowledgeBase(file: string): KnowledgeBase {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(
      file,
      null,
      null,
      'no knowledge base here: run `pnpm build` (or `enlace build-kb`) first',
    );
  }
  try {
    return JSON.parse(text) as KnowledgeBase;
  } catch (error) {
    throw new InputError(file, null, null, `not a knowledge base: ${(error as Error).message}`);
  }
}

function table(list: Entity[]): string {
  const rows = list.map((entity) => {
    const details =
      entity.type === 'official'
        ? entity.roles.map((role) => `${role.title} (${role.date})`).join('; ')
        : entity.type === 'framework'
          ? [
              entity.kind,
              ...entity.dates.map((date) => `${date.event} ${date.date}`),
              entity.acronyms.join(', '),
            ]
              .filter(Boolean)
              .join('; ')
          : `${entity.date}; ${entity.summary.es}`;
    const country = entity.type === 'agreement' ? entity.parties.join('+') : entity.country;
    return [entity.name, entity.type, country, details, entity.sourceIds.join(', ')];
  });
  const header = ['NAME', 'TYPE', 'COUNTRY', 'ROLES / DETAILS', 'SOURCES'];
  const widths = header.map((title, column) =>
    Math.min(60, Math.max(title.length, ...rows.map((row) => row[column]!.length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n${list.length} entities\n`;
}

export default entities;
