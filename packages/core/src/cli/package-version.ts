import { readFileSync } from 'node:fs';

/** The version in @enlace/core's package.json; read at run time so it never drifts from the package. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
