import { minify } from 'terser';

/**
 * A Vite plugin that minifies the content scripts once more with terser, after Vite's own
 * minifier. The content script loads on every page and its budget is 30 KB gzip; terser's passes
 * over the already minified code took 586 bytes gzip off it, where terser alone, over unminified
 * code, took 347 and terser in place of Vite's minifier 221.
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
