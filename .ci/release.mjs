#!/usr/bin/env node
// `pnpm release [--dry-run]`: build and test everything through turbo, package the extension for the
// Chrome and Firefox stores (with a Firefox sources zip it can be rebuilt from), pack @enlace/core, and
// publish it. With --dry-run every step runs, and publishing is pnpm's own dry run: nothing is uploaded.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--dry-run');
if (unknown.length > 0) {
  console.error(`release: unknown argument ${unknown.join(' ')}; usage: pnpm release [--dry-run]`);
  process.exit(2);
}
const dryRun = args.includes('--dry-run');
const out = join(root, '.release');

const run = (command, commandArgs) => {
  console.log(`\n▶ ${command} ${commandArgs.join(' ')}`);
  execFileSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
};

run('pnpm', ['build']);
run('pnpm', ['test']);

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
run('pnpm', ['--filter', '@enlace/extension', 'run', 'zip']);
const extensionOutput = join(root, 'apps/extension/.output');
for (const file of readdirSync(extensionOutput).filter((name) => name.endsWith('.zip'))) {
  cpSync(join(extensionOutput, file), join(out, file));
}
run('pnpm', ['--filter', '@enlace/core', 'pack', '--pack-destination', out]);
run('pnpm', [
  '--filter',
  '@enlace/core',
  'publish',
  '--access',
  'public',
  '--no-git-checks',
  ...(dryRun ? ['--dry-run'] : []),
]);

console.log(`\n${dryRun ? 'Dry run complete: nothing was published.' : 'Published.'} Artefacts in ${out}:`);
for (const file of readdirSync(out).sort()) console.log(`  ${file}`);
