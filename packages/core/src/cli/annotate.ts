import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { languageOfTag } from '../language-tag.js';
import { createMatcher } from '../match/matcher.js';
import type { Entity, KnowledgeBase, Language, Mention } from '../model.js';
import { readHtml } from './annotate-html.js';
import { parseArgs } from './args.js';
import { packagePath } from './kb-files.js';
import type { Command } from './main.js';

const LANGUAGES: Language[] = ['en', 'es'];
const CONTEXT = 40;

/**
 * `enlace annotate <file|-> [--json] [--lang en|es] [--kb file]`: the officials, frameworks and
 * agreements a text or HTML page names. HTML is read as its visible text, in the language its
 * `<html lang>` declares unless `--lang` is given; offsets refer to the text that was matched, which
 * `--json` includes.
 */
const annotate: Command = async (args) => {
  const { values, switches, positional } = parseArgs(args, { values: ['lang', 'kb'], switches: ['json'] });
  if (positional.length !== 1) {
    throw new UsageError(
      'annotate takes one file, or - for standard input: enlace annotate <file|-> [--json]',
    );
  }
  const given = values.get('lang') as Language | undefined;
  if (given !== undefined && !LANGUAGES.includes(given)) {
    throw new UsageError(`--lang must be en or es (got "${given}")`);
  }
  const file = positional[0]!;
  const raw = readInput(file);
  const html = /\.html?$/i.test(extname(file)) || /^\s*</.test(raw);
  const page = html ? readHtml(raw) : { text: raw, lang: undefined };
  const { text } = page;
  // Without --lang, a page's own declaration ("es-MX" is Spanish), as the extension reads it.
  const lang = given ?? languageOfTag(page.lang);

  const kb = await loadKnowledgeBase(values.get('kb'));
  const mentions = createMatcher(kb).findMentions(text, lang ? { lang } : {});
  const entities = new Map(kb.entities.map((entity) => [entity.id, entity]));

  if (switches.has('json')) {
    const out = mentions.map((mention) => {
      const entity = entities.get(mention.entityId)!;
      return {
        start: mention.start,
        end: mention.end,
        text: mention.text,
        entity: { id: entity.id, type: entity.type, name: entity.name },
        matched: mention.matched,
        ...(mention.entityIds ? { entityIds: mention.entityIds } : {}),
      };
    });
    process.stdout.write(`${JSON.stringify({ text, mentions: out })}\n`);
  } else {
    process.stdout.write(readable(text, mentions, entities, colours()));
  }
  return 0;
};

export default annotate;

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(file === '-' ? '(standard input)' : file, null, null, `cannot read it (${reason})`);
  }
}

async function loadKnowledgeBase(option: string | undefined): Promise<KnowledgeBase> {
  const file = option === undefined ? packagePath('dist/kb.json') : resolve(option);
  if (option === undefined && !existsSync(file)) {
    return (await import('../generated/kb-data.js')).default;
  }
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      file,
      null,
      null,
      `cannot read the knowledge base (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  try {
    return JSON.parse(json) as KnowledgeBase;
  } catch (error) {
    throw new InputError(file, null, null, `not a knowledge base: ${(error as Error).message}`);
  }
}

interface Colours {
  type: Record<Entity['type'], (s: string) => string>;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

/** ANSI colours on a terminal, unless NO_COLOR asks otherwise (https://no-color.org). */
function colours(): Colours {
  const on = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const sgr = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return {
    type: { official: sgr('36'), framework: sgr('35'), agreement: sgr('33') },
    dim: sgr('2'),
    bold: sgr('1'),
  };
}

function readable(text: string, mentions: Mention[], entities: Map<string, Entity>, c: Colours): string {
  if (mentions.length === 0) return 'No officials, frameworks or agreements found.\n';
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  const lines = mentions.map((mention) => {
    const entity = entities.get(mention.entityId)!;
    const before = oneLine(text.slice(Math.max(0, mention.start - CONTEXT), mention.start)).trimStart();
    const after = oneLine(text.slice(mention.end, mention.end + CONTEXT)).trimEnd();
    // The same commitment made in two statements reads the same: its date tells them apart.
    const others = (mention.entityIds ?? []).slice(1).map((id) => {
      const other = entities.get(id);
      return other?.type === 'agreement' ? `${other.name} (${other.date})` : (other?.name ?? id);
    });
    return [
      `${c.type[entity.type](entity.type.padEnd(9))} ${c.bold(entity.name)} ${c.dim(`(${entity.id})`)}`,
      others.length > 0 ? `          also: ${others.join('; ')}` : null,
      `          ${c.dim(`${mention.start}–${mention.end}`)}  …${before}${c.type[entity.type](oneLine(mention.text))}${after}…`,
    ]
      .filter((line) => line !== null)
      .join('\n');
  });
  return `${lines.join('\n')}\n\n${mentions.length} mention${mentions.length === 1 ? '' : 's'}.\n`;
}
