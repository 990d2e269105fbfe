import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureKb } from '../match/test-support/fixture-kb.js';
import { runCli, tempFolder } from './cli-test-support.js';

interface JsonMention {
  start: number;
  end: number;
  text: string;
  entity: { id: string; type: string; name: string };
  matched: string;
  entityIds?: string[];
}

const ARTICLE_EN =
  'President Claudia Sheinbaum met Omar García Harfuch. Mexico and the United States agreed to accelerate extraditions under the Bicentennial Framework.';

const PAGE = `<!doctype html>
<html><head><title>Claudia Sheinbaum in the title only</title><style>.x{content:"Biden"}</style></head>
<body>
  <h1>Security talks</h1>
  <p>Omar García Harfuch met <b>Claudia</b>
     Sheinbaum &amp; aides.</p>
  <script>const name = "Joe Biden";</script>
  <div hidden>Joe Biden hidden by attribute</div>
  <p style="color: red; display: none">Joe Biden hidden by style</p>
  <span aria-hidden="true">Joe Biden hidden from readers</span>
  <noscript>Joe Biden without scripts</noscript>
  <template><p>Joe Biden in a template</p></template>
  <p>Roberto</p><p>Velasco spoke separately.</p>
</body></html>`;

const kbFile = () => {
  const dir = tempFolder({ 'kb.json': JSON.stringify({ format: 1, ...fixtureKb }) });
  return join(dir, 'kb.json');
};

const json = (stdout: string) => JSON.parse(stdout) as { text: string; mentions: JsonMention[] };

describe('enlace annotate', () => {
  it('annotates a text file readably, without colour when not on a terminal', () => {
    const dir = tempFolder({ 'article.txt': ARTICLE_EN });
    const { code, stdout } = runCli(['annotate', join(dir, 'article.txt'), '--kb', kbFile()]);
    expect(code).toBe(0);
    expect(stdout).toContain('official/claudia-sheinbaum');
    expect(stdout).toContain('official/omar-garcia-harfuch');
    expect(stdout).toContain('framework/bicentennial-framework');
    expect(stdout).toContain('agreement/accelerate-extraditions');
    expect(stdout).toContain('…President Claudia Sheinbaum met');
    expect(stdout).not.toContain('\x1b[');
  });

  it('prints one JSON object whose offsets index the text it includes', () => {
    const dir = tempFolder({ 'article.txt': ARTICLE_EN });
    const { code, stdout } = runCli(['annotate', join(dir, 'article.txt'), '--json', '--kb', kbFile()]);
    expect(code).toBe(0);
    const out = json(stdout);
    expect(Object.keys(out).sort()).toEqual(['mentions', 'text']);
    expect(out.text).toBe(ARTICLE_EN);
    expect(out.mentions.map((m) => [m.entity.type, m.entity.id, m.text])).toEqual([
      ['official', 'official/claudia-sheinbaum', 'Claudia Sheinbaum'],
      ['official', 'official/omar-garcia-harfuch', 'Omar García Harfuch'],
      ['agreement', 'agreement/accelerate-extraditions', 'agreed to accelerate extraditions'],
      ['framework', 'framework/bicentennial-framework', 'Bicentennial Framework'],
    ]);
    for (const mention of out.mentions) {
      expect(out.text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.entity.name.length).toBeGreaterThan(0);
      expect(mention.matched.length).toBeGreaterThan(0);
    }
  });

  it('reads the visible text of an HTML file only, with paragraphs kept apart', () => {
    const dir = tempFolder({ 'page.html': PAGE });
    const { code, stdout } = runCli(['annotate', join(dir, 'page.html'), '--json', '--kb', kbFile()]);
    expect(code).toBe(0);
    const out = json(stdout);
    expect(out.text).not.toMatch(/Biden|title only/);
    expect(out.text).toContain('Roberto\n\nVelasco');
    expect(out.mentions.map((m) => m.text)).toEqual(['Omar García Harfuch', 'Claudia Sheinbaum']);
    for (const mention of out.mentions) expect(out.text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('detects HTML by its content when the name does not say', () => {
    const dir = tempFolder({ 'page.txt': '<p>Claudia Sheinbaum</p><script>Joe Biden</script>' });
    const out = json(runCli(['annotate', join(dir, 'page.txt'), '--json', '--kb', kbFile()]).stdout);
    expect(out.text).toBe('Claudia Sheinbaum');
  });

  it('reads standard input for -', () => {
    const result = runCli(['annotate', '-', '--json', '--kb', kbFile()], {}, 'El canciller Ebrard habló.');
    expect(result.code).toBe(0);
    expect(json(result.stdout).mentions.map((m) => m.entity.id)).toEqual(['official/marcelo-ebrard']);
  });

  it('passes --lang to the matcher', () => {
    const dir = tempFolder({ 'maps.txt': 'GIS maps of Texas' });
    const file = join(dir, 'maps.txt');
    expect(json(runCli(['annotate', file, '--json', '--kb', kbFile()]).stdout).mentions).toHaveLength(1);
    expect(
      json(runCli(['annotate', file, '--json', '--lang', 'en', '--kb', kbFile()]).stdout).mentions,
    ).toEqual([]);
  });

  it('reads the language an HTML page declares, unless --lang says otherwise', () => {
    const page = (lang: string) =>
      `<!doctype html><html lang="${lang}"><body><p>México y EU acordaron frenar el tráfico de armas.</p></body></html>`;
    const dir = tempFolder({ 'es.html': page('es-MX'), 'en.html': page('en') });
    const agreements = (...args: string[]) =>
      json(runCli(['annotate', ...args, '--json']).stdout).mentions.filter(
        (m) => m.entity.type === 'agreement',
      );
    expect(agreements(join(dir, 'es.html'))).toHaveLength(1);
    expect(agreements(join(dir, 'en.html'))).toEqual([]);
    expect(agreements(join(dir, 'en.html'), '--lang', 'es')).toHaveLength(1);
  });

  it('lists the other agreements a sentence reports, dated, so two of the same name are told apart', () => {
    const dir = tempFolder({ 'a.txt': 'Sheinbaum y Trump acordaron combatir el tráfico de fentanilo.' });
    const { code, stdout } = runCli(['annotate', join(dir, 'a.txt'), '--lang', 'es']);
    expect(code).toBe(0);
    const also = stdout.split('\n').find((line) => line.trim().startsWith('also:'));
    expect(also?.trim()).toMatch(/^also: Combat drug trafficking \(\d{4}-\d{2}-\d{2}\)$/);
  });

  it('uses the bundled knowledge base by default', () => {
    const dir = tempFolder({ 'a.txt': 'Omar García Harfuch' });
    const { code, stdout } = runCli(['annotate', join(dir, 'a.txt'), '--json']);
    expect(code).toBe(0);
    expect(json(stdout).mentions.map((m) => m.entity.type)).toEqual(['official']);
  });

  it.each([
    {
      name: 'a missing file',
      args: ['annotate', '/nonexistent/article.txt'],
      message: /\/nonexistent\/article\.txt/,
    },
    { name: 'no file', args: ['annotate'], message: /one file/ },
    { name: 'two files', args: ['annotate', 'a.txt', 'b.txt'], message: /one file/ },
    {
      name: 'an unknown option',
      args: ['annotate', 'a.txt', '--colour'],
      message: /unknown option --colour/,
    },
    {
      name: 'a bad language',
      args: ['annotate', 'a.txt', '--lang', 'fr'],
      message: /--lang must be en or es/,
    },
    {
      name: 'a missing knowledge base',
      args: ['annotate', '-', '--kb', '/nonexistent/kb.json'],
      message: /kb\.json/,
    },
  ])('exits 2 with a clear message for $name', ({ args, message }) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
