import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-test-support.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const kb = JSON.parse(readFileSync(new URL('../../dist/kb.json', import.meta.url), 'utf8')) as {
  version: string;
  builtAt: string;
};

describe('enlace', () => {
  it('--version names the package and the knowledge base it ships', () => {
    const { code, stdout } = runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `enlace ${manifest.version} (knowledge base ${kb.version}, built ${kb.builtAt}, 5 statements)\n`,
    );
  });

  it.each([
    { args: ['annotate', '--help'], code: 0, out: /^enlace annotate: .*--json/ },
    { args: ['--help'], code: 0, out: /Usage: enlace <command>/ },
    { args: [], code: 2, out: /Usage: enlace <command>/ },
  ])('$args exits $code with usage', ({ args, code, out }) => {
    const result = runCli(args);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(out);
  });

  it('rejects an unknown command with exit code 2', () => {
    const { code, stderr } = runCli(['nonsense']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "nonsense"');
  });
});
