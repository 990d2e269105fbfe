import { minify } from 'terser';

/**
 * A Vite plugin that minifies the content scripts once more with terser, after Vite's own
 * minifier. The content script loads on every page and its budget is 30 KB gzip; terser's passes
 * over the already minified code find about 2% more than either minifier alone (terser over
 * unminified code saves half as much).
 */
export function terserPass() {
  return {
    name: 'enlace-terser-pass',
    apply: 'build' as const,
    async generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk' || !fileName.startsWith('content-scripts/') || output.code === undefined)
          continue;
        const result = await minify(output.code, { compress: { passes: 2 } });
        if (result.code === undefined)
          throw new Error(`enlace-terser-pass: terser returned nothing for ${fileName}`);
        output.code = result.code;
      }
    },
  };
}
