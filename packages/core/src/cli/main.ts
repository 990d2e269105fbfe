#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import type { KnowledgeBase } from '../model.js';
import { packagePath } from './kb-files.js';
import { packageVersion } from './package-version.js';

/** A CLI command: takes its own arguments, writes to stdout/stderr, returns the exit code. */
export type Command = (args: string[]) => Promise<number>;

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

// Loaded lazily so `enlace annotate` never pays for compromise, which only ingest needs.
const commands: Record<string, CommandEntry> = {
  annotate: {
    summary:
      'find officials, frameworks and agreements in a text or HTML file (<file|-> [--json] [--lang en|es] [--kb file])',
    load: async () => (await import('./annotate.js')).default,
  },
  entities: {
    summary: 'list officials, frameworks and agreements (--type t, --json, --kb file)',
    load: async () => (await import('./entities.js')).default,
  },
  ingest: {
    summary: 'build a knowledge base from a folder of statements (<dir> [--out kb.json])',
    load: async () => (await import('./ingest.js')).default,
  },
  'build-kb': {
    summary: 'ingest corpus/ into dist/kb.json and src/generated/kb-data.ts (the build step)',
    load: async () => (await import('./build-kb.js')).default,
  },
};

/** The package version, and the bundled knowledge base's version and build date when it is built. */
function versionLine(): string {
  try {
    const kb = JSON.parse(readFileSync(packagePath('dist/kb.json'), 'utf8')) as KnowledgeBase;
    return `enlace ${packageVersion()} (knowledge base ${kb.version}, built ${kb.builtAt}, ${kb.sources.length} statements)`;
  } catch {
    return `enlace ${packageVersion()} (no knowledge base built yet: run pnpm build)`;
  }
}

const usage = (): string =>
  [
    `enlace ${packageVersion()} — US–Mexico security officials, frameworks and agreements`,
    '',
    'Usage: enlace <command> [options]',
    '',
    ...Object.entries(commands).map(([name, entry]) => `  ${name.padEnd(10)} ${entry.summary}`),
    '',
    '  --version  print the version of enlace and of its knowledge base',
    '  --help     print this help',
  ].join('\n');

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${versionLine()}\n`);
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    process.stderr.write(`enlace: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`enlace ${name}: ${entry.summary}\n`);
    return 0;
  }
  const command = await entry.load();
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError || error instanceof UsageError) {
      process.stderr.write(`enlace: ${error.message}\n`);
    } else {
      process.stderr.write(
        `enlace: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    }
    process.exitCode = 2;
  },
);
