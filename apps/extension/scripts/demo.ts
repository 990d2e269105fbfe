/**
 * `pnpm start`: opens Chromium with the built extension on two news articles written for the demo,
 * served from this machine. With a display it stays open until Ctrl+C; without one it runs headless,
 * prints what it found and saves screenshots with a card open.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findChromium, installHint, launchWithExtension } from './chromium.js';
import { countOf, hoverMention, settledHighlights } from './inspect.js';
import { serveDirectory } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));
const extensionRoot = resolve(here, '..');
const extensionDir = join(extensionRoot, '.output/chrome-mv3');
const repoRoot = resolve(extensionRoot, '../..');
const outDir = join(repoRoot, '.enlace-demo');

/** Each article in a browser speaking its language, with the mention its screenshot opens a card on. */
const ARTICLES = [
  { file: 'en.html', language: 'English', locale: 'en-US', open: 'Omar García Harfuch' },
  { file: 'es.html', language: 'Spanish', locale: 'es', open: 'Grupo de Implementación de Seguridad' },
];

async function main(): Promise<number> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error(
      `The extension is not built (${relative(process.cwd(), extensionDir)}). Run \`pnpm start\` from the repository root.`,
    );
    return 1;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(installHint());
    return 1;
  }
  const gzip = gzipSync(readFileSync(join(extensionDir, 'content-scripts/content.js'))).length;
  console.log(`Content script: ${(gzip / 1024).toFixed(1)} KB gzip, knowledge base included.`);

  const served = await serveDirectory(join(extensionRoot, 'demo'));
  try {
    const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
    return headed
      ? await showHeaded(executablePath, served.url)
      : await runHeadless(executablePath, served.url);
  } finally {
    await served.close();
  }
}

async function showHeaded(executablePath: string, site: string): Promise<number> {
  const browser = await launchWithExtension({ executablePath, extensionDir, headless: false });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(new URL(ARTICLES[0]!.file, site).href);
    const second = await browser.context.newPage();
    await second.goto(new URL(ARTICLES[1]!.file, site).href);
    await page.bringToFront();
    console.log(`Enlace is loaded in ${executablePath}, on the demo articles at ${site}`);
    console.log('Hover a highlighted name, or press Alt+Shift+E to step through them. Ctrl+C to quit.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      browser.context.once('close', () => resolve());
    });
    return 0;
  } finally {
    await browser.close();
  }
}

async function runHeadless(executablePath: string, site: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  console.log(`No display: running ${executablePath} headless on ${site}`);
  const outside: string[] = [];
  for (const article of ARTICLES) {
    const browser = await launchWithExtension({
      executablePath,
      extensionDir,
      headless: true,
      locale: article.locale,
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(new URL(article.file, site).href);
      const summary = await settledHighlights(page);
      console.log(`\n${article.language} article (${article.file}), interface in ${article.locale}:`);
      for (const type of ['official', 'framework', 'agreement']) {
        const texts = [...new Set(summary[`enlace-${type}`] ?? [])];
        console.log(
          `  ${countOf(summary, type)} ${type} mention(s)${texts.length ? `: ${texts.join(' · ')}` : ''}`,
        );
      }
      const card = await hoverMention(page, article.open);
      console.log(`  card open: ${card.label}`);
      const shot = join(outDir, `demo-${article.file.replace('.html', '')}.png`);
      await page.screenshot({ path: shot });
      console.log(`  screenshot: ${relative(process.cwd(), shot)}`);
      outside.push(...browser.outsideRequests);
    } finally {
      await browser.close();
    }
  }
  if (outside.length > 0) {
    console.error(`\nUnexpected requests off this machine:\n  ${outside.join('\n  ')}`);
    return 1;
  }
  console.log(`\nScreenshots are in ${outDir}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
