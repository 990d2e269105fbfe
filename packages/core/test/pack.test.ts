import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Packs @enlace/core as npm would publish it, installs the tarball into a project outside the
// workspace, and runs the README's examples and the CLI from there: what a user of the package gets.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

interface Example {
  code: string;
  output: string;
}

/** Each ```js example block of the README, with the ```text output block that follows it. */
function readmeExamples(markdown: string): Example[] {
  const pattern = /```js example\n([\s\S]*?)```\s*```text output\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map((match) => ({ code: match[1] ?? '', output: match[2] ?? '' }));
}

let project = '';
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'enlace-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: packageDir, stdio: 'ignore' });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball in ${work}`);
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-enlace', private: true, type: 'module' }),
  );
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--loglevel=error',
    join(work, tarball),
  ]);
}, 180_000);

describe('the packed @enlace/core', () => {
  it('ships the built code and knowledge base but no tests or sources', () => {
    const installed = join(project, 'node_modules/@enlace/core');
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: installed, encoding: 'utf8' }).split('\n');
    expect(files).toContain('./dist/index.js');
    expect(files).toContain('./dist/index.d.ts');
    expect(files).toContain('./dist/kb.json');
    expect(files.filter((file) => /\.test\.|\/src\//.test(file))).toEqual([]);
  });

  const examples = readmeExamples(readme);
  it('has runnable examples in its README', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example, index) => ({ index: index + 1, ...example })))(
    'README example $index prints what the README says',
    ({ index, code, output }) => {
      const file = join(project, `example-${index}.mjs`);
      writeFileSync(file, code);
      expect(run('node', [file])).toBe(output);
    },
  );

  it('runs the enlace CLI', () => {
    expect(run('npx', ['--no-install', 'enlace', '--version'])).toContain(manifest.version);
    const listing = JSON.parse(run('npx', ['--no-install', 'enlace', 'entities', '--json'])) as {
      sources: unknown[];
      entities: unknown[];
    };
    expect(listing.sources.length).toBeGreaterThan(0);
    expect(listing.entities.length).toBeGreaterThan(0);
  });
});
