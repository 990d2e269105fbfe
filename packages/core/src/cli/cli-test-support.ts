import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The built CLI, as a user runs it: spawning it from source through tsx costs seconds per call on a
// busy machine. `pnpm test` builds first (turbo), so dist is the code under test.
const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** Runs the CLI as a user would, returning its exit code and output. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): { code: number; stdout: string; stderr: string } {
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`pnpm build\` before these tests`);
  const result = spawnSync(process.execPath, [main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A new folder holding the given files. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'enlace-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
