import { join, resolve } from 'node:path';
import { buildKnowledgeBase } from '../ingest/index.js';
import { parseArgs } from './args.js';
import { knowledgeBaseModule, packagePath, serializeKnowledgeBase, writeAll } from './kb-files.js';
import type { Command } from './main.js';

/**
 * `enlace build-kb [--corpus dir] [--out-dir dir] [--module file]`: the build step. Ingests the
 * corpus and writes `<out-dir>/kb.json` and the module the package entry imports.
 */
const buildKb: Command = async (args) => {
  const { values, positional } = parseArgs(args, { values: ['corpus', 'out-dir', 'module'], switches: [] });
  if (positional.length > 0) {
    process.stderr.write(`enlace build-kb: unexpected argument "${positional[0]}"\n`);
    return 2;
  }
  const corpus = resolve(values.get('corpus') ?? packagePath('corpus'));
  const outDir = resolve(values.get('out-dir') ?? packagePath('dist'));
  const modulePath = resolve(values.get('module') ?? packagePath('src/generated/kb-data.ts'));
  const kb = buildKnowledgeBase(corpus);
  writeAll([
    [join(outDir, 'kb.json'), serializeKnowledgeBase(kb)],
    [modulePath, knowledgeBaseModule(kb)],
  ]);
  const counts = ['official', 'framework', 'agreement'].map(
    (type) => `${kb.entities.filter((entity) => entity.type === type).length} ${type}s`,
  );
  process.stderr.write(
    `enlace build-kb: ${kb.sources.length} statements → ${counts.join(', ')}, ${kb.events.length} events\n`,
  );
  return 0;
};

export default buildKb;
