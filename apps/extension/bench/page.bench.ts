import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, installHint } from '../scripts/chromium.js';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = 5;

// esbuild comes with tsx, which runs this file; bundling the content script's modules needs nothing else.
/** The little of esbuild's API used here. */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: Array<{ text: string }> }>;
}
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild') as Esbuild;

/** The bench entry and the content script's modules as one browser script. */
async function bundle(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(here, 'page-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** An article page of about `bytes` of HTML, from the demo articles' paragraphs, with inline markup. */
function articlePage(bytes: number): string {
  const paragraphs = ['en', 'es'].flatMap((lang) =>
    [...readFileSync(join(here, `../demo/${lang}.html`), 'utf8').matchAll(/<p>([\s\S]*?)<\/p>/g)].map(
      (match) => match[1]!.replace(/\s+/g, ' '),
    ),
  );
  const filler =
    '<p>Officials from <a href="#">both countries</a> met for <em>several hours</em> on <b>Tuesday</b>, ' +
    'according to <span>people familiar</span> with the talks, and agreed to <i>meet again</i> soon.</p>';
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = i % 4 === 0 ? `<p>${paragraphs[(i / 4) % paragraphs.length]}</p>` : filler;
    body.push(piece);
    size += piece.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><main>${body.join('\n')}</main></body></html>`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 100) / 100;

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint());
  const script = await bundle();
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  const pages: Record<string, unknown> = {};
  try {
    for (const [name, bytes] of [
      ['article-50KB', 50_000],
      ['page-1MB', 1_000_000],
      ['page-5MB', 5_000_000],
    ] as const) {
      const runs: Array<Record<string, number>> = [];
      let shape = { chars: 0, nodes: 0, mentions: 0 };
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        await page.setContent(articlePage(bytes), { waitUntil: 'load' });
        await page.addScriptTag({ content: script });
        const result = await page.evaluate(async () => {
          const bench = (
            window as unknown as {
              enlaceBench: {
                floor(): { ms: number; chars: number; nodes: number };
                extension(): Promise<Record<string, number>>;
              };
            }
          ).enlaceBench;
          const floorRun = bench.floor();
          // The first pass pays for compiling the matcher's code and building its tables, as a
          // content script does once per page; the second is the steady cost.
          const cold = await bench.extension();
          const extensionRun = await bench.extension();
          const extension: Record<string, number> = {
            ...extensionRun,
            coldCollectMatchMs: cold.collectMatchMs!,
          };
          return { floor: floorRun, extension };
        });
        shape = {
          chars: result.floor.chars,
          nodes: result.floor.nodes,
          mentions: result.extension.mentions!,
        };
        runs.push({ floorMs: result.floor.ms, ...result.extension });
        await page.close();
      }
      const pick = (key: string) => median(runs.map((run) => run[key]!));
      const figures = {
        ...shape,
        htmlBytes: articlePage(bytes).length,
        floorMs: round(pick('floorMs')),
        coldCollectMatchMs: round(pick('coldCollectMatchMs')),
        collectMatchMs: round(pick('collectMatchMs')),
        collectMs: round(pick('collectMs')),
        paintMs: round(pick('paintMs')),
        directPaintMs: round(pick('directPaintMs')),
        clearMs: round(pick('clearMs')),
        collectMatchVsFloor: round(pick('collectMatchMs') / pick('floorMs')),
        paintVsDirect: round(pick('paintMs') / pick('directPaintMs')),
      };
      pages[name] = figures;
      console.log(
        `${name}: ${shape.nodes} text nodes, ${shape.mentions} mentions — collect+match ${figures.collectMatchMs} ms ` +
          `(${figures.collectMatchVsFloor}× the bare TreeWalker's ${figures.floorMs} ms; collecting ${figures.collectMs} ms; ` +
          `first pass ${figures.coldCollectMatchMs} ms); paint to next frame ` +
          `${figures.paintMs} ms (${figures.paintVsDirect}× CSS.highlights directly, ${figures.directPaintMs} ms); clear ${figures.clearMs} ms`,
      );
    }
  } finally {
    await browser.close();
  }
  const results = {
    takenAt: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      browser: execFileSync(executablePath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    },
    method:
      `median of ${RUNS} runs, each in a fresh tab; the content script's modules bundled and run in one go, ` +
      'second pass (first pass: coldCollectMatchMs); paint and clear are timed to the next frame',
    pages,
  };
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

await main();
