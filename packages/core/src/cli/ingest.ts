import { resolve } from 'node:path';
import { buildKnowledgeBase } from '../ingest/index.js';
import { parseArgs } from './args.js';
import { serializeKnowledgeBase, writeAll } from './kb-files.js';
import type { Command } from './main.js';

/**
 * `enlace ingest <dir> [--out kb.json]`: a knowledge base from any folder of statements, in the
 * format the build writes. Bad input stops it before anything is written.
 */
const ingest: Command = async (args) => {
  const { values, positional } = parseArgs(args, { values: ['out'], switches: [] });
  if (positional.length !== 1) {
    process.stderr.write('Usage: enlace ingest <dir> [--out kb.json]\n');
    return 2;
  }
  const data = serializeKnowledgeBase(buildKnowledgeBase(resolve(positional[0]!)));
  const out = values.get('out');
  if (out) writeAll([[resolve(out), data]]);
  else process.stdout.write(data);
  return 0;
};

export default ingest;
