import { describe, expect, it } from 'vitest';
import type { EntityType, Language } from '../model.js';
import { fixtureMatcher } from './test-support/fixture-kb.js';

interface Row {
  name: string;
  text: string;
  /** `[mention text, entity id]`, in order; an empty list means nothing may match. */
  expected: Array<[string, string]>;
  lang?: Language;
  types?: EntityType[];
}

const SHEINBAUM = 'official/claudia-sheinbaum';
const HARFUCH = 'official/omar-garcia-harfuch';
const GONZALEZ = 'official/juan-gonzalez';
const SANDOVAL = 'official/luis-cresencio-sandoval';
const MONACO = 'official/lisa-monaco';
const SALAZAR = 'official/ken-salazar';
const BIDEN = 'official/joe-biden';
const VELASCO = 'official/roberto-velasco';
const OJEDA = 'official/rafael-ojeda';
const EBRARD = 'official/marcelo-ebrard';
const GUPTA = 'official/rahul-gupta';
const SHERWOOD = 'official/elizabeth-sherwood-randall';
const MORALES = 'official/raymundo-pedro-morales';
const RODRIGUEZ = 'official/rosa-icela-rodriguez';
const BICENTENNIAL = 'framework/bicentennial-framework';
const GIS = 'framework/security-implementation-group';
const HLSD = 'framework/high-level-security-dialogue';

function check(row: Row) {
  const options = { ...(row.lang ? { lang: row.lang } : {}), ...(row.types ? { types: row.types } : {}) };
  const mentions = fixtureMatcher.findMentions(row.text, options);
  for (const mention of mentions) expect(row.text.slice(mention.start, mention.end)).toBe(mention.text);
  expect(mentions.map((m) => [m.text, m.entityId])).toEqual(row.expected);
}

describe('folding: accents, normalisation forms, quotes, hyphens, whitespace', () => {
  it.each<Row>([
    {
      name: 'NFC accents (es)',
      text: 'Omar García Harfuch habló.',
      expected: [['Omar García Harfuch', HARFUCH]],
    },
    {
      name: 'NFD accents: combining marks are stepped over',
      text: 'Omar Garci\u0301a Harfuch habló.',
      expected: [['Omar Garci\u0301a Harfuch', HARFUCH]],
    },
    {
      name: 'accents missing (en)',
      text: 'Omar Garcia Harfuch spoke.',
      expected: [['Omar Garcia Harfuch', HARFUCH]],
    },
    {
      name: 'accent where the alias has none',
      text: 'Marcelo Ebrard Casaubón y Marcelo Ebrard Casaubon.',
      expected: [
        ['Marcelo Ebrard Casaubón', EBRARD],
        ['Marcelo Ebrard Casaubon', EBRARD],
      ],
    },
    {
      name: 'NFD mark on the last letter belongs to the mention',
      text: 'Habló Jose\u0301 Rafael Ojeda Dura\u0301n.',
      expected: [['Jose\u0301 Rafael Ojeda Dura\u0301n', OJEDA]],
    },
    { name: 'straight possessive (en)', text: "Sheinbaum's plan", expected: [['Sheinbaum', SHEINBAUM]] },
    { name: 'curly possessive (en)', text: 'Sheinbaum’s plan', expected: [['Sheinbaum', SHEINBAUM]] },
    {
      name: 'possessive of a full name',
      text: 'Claudia Sheinbaum’s security plan',
      expected: [['Claudia Sheinbaum', SHEINBAUM]],
    },
    {
      name: 'en dash for the hyphen',
      text: 'Elizabeth Sherwood–Randall spoke.',
      expected: [['Elizabeth Sherwood–Randall', SHERWOOD]],
    },
    {
      name: 'non-breaking hyphen',
      text: 'Elizabeth Sherwood\u2011Randall spoke.',
      expected: [['Elizabeth Sherwood\u2011Randall', SHERWOOD]],
    },
    {
      name: 'space for the hyphen',
      text: 'Elizabeth Sherwood Randall spoke.',
      expected: [['Elizabeth Sherwood Randall', SHERWOOD]],
    },
    {
      name: 'whitespace runs and NBSP are one space',
      text: 'Omar  García\u00a0\tHarfuch',
      expected: [['Omar  García\u00a0\tHarfuch', HARFUCH]],
    },
    {
      name: 'a single line break inside a name (wrapped text)',
      text: 'met Claudia\nSheinbaum',
      expected: [['Claudia\nSheinbaum', SHEINBAUM]],
    },
    {
      name: 'a paragraph break never joins a name',
      text: 'We met Claudia\n\nSheinbaum spoke later.',
      expected: [['Sheinbaum', SHEINBAUM]],
    },
    {
      name: 'zero-width space inside a name is invisible',
      text: 'Shein\u200bbaum said',
      expected: [['Shein\u200bbaum', SHEINBAUM]],
    },
    {
      name: 'a soft hyphen inside a word: what follows it is no word of its own',
      text: 'Sheinbaum criticized nar\u00adcoterrorism. Ex\u00adtradi\u00adtions of Sheinbaum critics',
      expected: [
        ['Sheinbaum', SHEINBAUM],
        ['Sheinbaum', SHEINBAUM],
      ],
    },
    {
      name: 'zero-width space before a name',
      text: '\u200bSheinbaum said',
      expected: [['Sheinbaum', SHEINBAUM]],
    },
    { name: 'periods of an initial', text: 'Lisa O. Monaco said', expected: [['Lisa O. Monaco', MONACO]] },
    { name: 'initial without its period', text: 'Lisa O Monaco said', expected: [['Lisa O Monaco', MONACO]] },
  ])('$name', check);
});

describe('case rules', () => {
  it.each<Row>([
    {
      name: 'multi-word name in lower case',
      text: 'claudia sheinbaum dijo',
      expected: [['claudia sheinbaum', SHEINBAUM]],
    },
    {
      name: 'multi-word name in capitals',
      text: 'CLAUDIA SHEINBAUM MEETS PRESS',
      expected: [['CLAUDIA SHEINBAUM', SHEINBAUM]],
    },
    { name: 'single word capitalised', text: 'Then Sheinbaum said', expected: [['Sheinbaum', SHEINBAUM]] },
    { name: 'single word in capitals', text: 'SHEINBAUM SAYS NO', expected: [['SHEINBAUM', SHEINBAUM]] },
    { name: 'single word in lower case: not a reference', text: 'the sheinbaum plan', expected: [] },
    {
      name: 'title and surname in lower case: not a reference',
      text: 'la presidenta sheinbaum',
      expected: [],
    },
    {
      name: 'title and surname in capitals',
      text: 'LA PRESIDENTA SHEINBAUM HABLÓ',
      expected: [['PRESIDENTA SHEINBAUM', SHEINBAUM]],
    },
    { name: 'acronym as written (es)', text: 'la reunión del GIS', expected: [['GIS', GIS]] },
    { name: 'acronym in lower case (en)', text: 'gis software for maps', expected: [] },
    { name: 'acronym capitalised only', text: 'Gis mapping', expected: [] },
  ])('$name', check);
});

describe('word boundaries', () => {
  it.each<Row>([
    { name: 'plural of a surname', text: 'the Gonzálezes of Texas', expected: [] },
    { name: 'a word made from a name', text: 'Bidenomics failed', expected: [] },
    { name: 'accented letter before the name', text: 'éSheinbaum', expected: [] },
    { name: 'digit after the name', text: 'Sheinbaum2024 rally', expected: [] },
    { name: 'hashtag', text: '#Sheinbaum trends', expected: [['Sheinbaum', SHEINBAUM]] },
    { name: 'parentheses', text: '(Sheinbaum)', expected: [['Sheinbaum', SHEINBAUM]] },
    { name: 'astral letter before the name', text: '𝐀Sheinbaum', expected: [] },
    { name: 'emoji before the name', text: '😀Sheinbaum', expected: [['Sheinbaum', SHEINBAUM]] },
  ])('$name', check);
});

describe('leftmost-longest', () => {
  it.each<Row>([
    {
      name: 'full name over the surname it ends with',
      text: 'General Luis Cresencio Sandoval González',
      expected: [['Luis Cresencio Sandoval González', SANDOVAL]],
    },
    {
      name: 'three-word name over its two-word prefix',
      text: 'Claudia Sheinbaum Pardo',
      expected: [['Claudia Sheinbaum Pardo', SHEINBAUM]],
    },
    {
      name: 'one mention for a name made of other aliases',
      text: 'Omar García Harfuch',
      expected: [['Omar García Harfuch', HARFUCH]],
    },
    {
      name: 'the long framework name over its short form',
      text: 'the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities',
      expected: [
        [
          'U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities',
          BICENTENNIAL,
        ],
      ],
    },
  ])('$name', check);
});

describe('naming forms the press uses', () => {
  it.each<Row>([
    {
      name: 'given name + first surname (es)',
      text: 'el almirante Rafael Ojeda',
      expected: [['Rafael Ojeda', OJEDA]],
    },
    {
      name: 'both surnames (es)',
      text: 'el canciller, Ebrard Casaubón,',
      expected: [['Ebrard Casaubón', EBRARD]],
    },
    {
      name: 'title + surname (en)',
      text: 'President Sheinbaum said',
      expected: [['President Sheinbaum', SHEINBAUM]],
    },
    {
      name: 'title + surname (es)',
      text: 'dijo el canciller Ebrard.',
      expected: [['canciller Ebrard', EBRARD]],
    },
    {
      name: 'a generic title licenses a place-like surname in a domain text',
      text: 'Deputy Attorney General Monaco spoke about fentanyl and cartels.',
      expected: [['Monaco', MONACO]],
    },
    {
      name: 'a surname alone after the full name (en)',
      text: 'Rahul Gupta leads drug policy. Gupta said more.',
      expected: [
        ['Rahul Gupta', GUPTA],
        ['Gupta', GUPTA],
      ],
    },
    {
      name: 'a distinctive surname alone before any full name',
      text: 'Biden said so. Later Joe Biden added more.',
      expected: [
        ['Biden', BIDEN],
        ['Joe Biden', BIDEN],
      ],
    },
    {
      name: 'a title before a distinctive surname',
      text: 'met President Biden',
      expected: [['Biden', BIDEN]],
    },
    {
      name: 'an opener at the start of a sentence',
      text: 'Yesterday Biden said no.',
      expected: [['Biden', BIDEN]],
    },
    {
      name: 'a possessive country before the name',
      text: 'Mexico’s Sheinbaum',
      expected: [['Sheinbaum', SHEINBAUM]],
    },
  ])('$name', check);
});

describe('ambiguity is resolved with the document', () => {
  it.each<Row>([
    { name: 'shared surname alone (en)', text: 'Salazar said the border is calm.', expected: [] },
    {
      name: 'shared surname after the full name (en)',
      text: 'Ambassador Ken Salazar spoke. Salazar said the border is calm.',
      expected: [
        ['Ken Salazar', SALAZAR],
        ['Salazar', SALAZAR],
      ],
    },
    {
      name: 'shared surname before the full name counts too',
      text: 'Salazar habló primero. Después, el embajador Kenneth Salazar respondió.',
      expected: [
        ['Salazar', SALAZAR],
        ['Kenneth Salazar', SALAZAR],
      ],
    },
    { name: 'shared surname alone (es)', text: 'Velasco dijo que la frontera está tranquila.', expected: [] },
    {
      name: 'shared surname after the full name (es)',
      text: 'Roberto Velasco Álvarez viajó. Velasco dijo que sí.',
      expected: [
        ['Roberto Velasco Álvarez', VELASCO],
        ['Velasco', VELASCO],
      ],
    },
    { name: 'another Morales (es)', text: 'El delantero Morales anotó dos goles.', expected: [] },
    {
      name: 'shared surname after an elected post the official does not hold (es)',
      text: 'Roberto Velasco Álvarez viajó. El senador Velasco dijo que no.',
      expected: [['Roberto Velasco Álvarez', VELASCO]],
    },
    {
      name: 'shared surname after an elected post the official holds (es)',
      text: 'Samuel Ruiz habló. El gobernador del estado Ruiz dijo que sí, y el alcalde Ruiz dijo que no.',
      expected: [
        ['Samuel Ruiz', 'official/samuel-ruiz'],
        ['Ruiz', 'official/samuel-ruiz'],
      ],
    },
    {
      name: 'Morales after the admiral is named',
      text: 'El almirante Raymundo Pedro Morales habló. Morales dijo que sí.',
      expected: [
        ['Raymundo Pedro Morales', MORALES],
        ['Morales', MORALES],
      ],
    },
    { name: 'another Rodríguez (es)', text: 'La cantante Rodríguez lanzó un disco.', expected: [] },
    {
      name: 'a surname licensed by another official does not count',
      text: 'Rosa Icela Rodríguez met Rahul Gupta. González was absent.',
      expected: [
        ['Rosa Icela Rodríguez', RODRIGUEZ],
        ['Rahul Gupta', GUPTA],
      ],
    },
    {
      name: 'travel page about Monaco (en)',
      text: 'Monaco hosts the Grand Prix. The casinos of Monaco glitter.',
      expected: [],
    },
    {
      name: 'travel page about Mónaco (es)',
      text: 'Viajamos a Mónaco en mayo; Mónaco es caro.',
      expected: [],
    },
    {
      name: 'Monaco after Lisa Monaco',
      text: 'Lisa Monaco met Mexican officials. Monaco said extraditions would continue.',
      expected: [
        ['Lisa Monaco', MONACO],
        ['Monaco', MONACO],
      ],
    },
    {
      name: 'sports page: a player who shares a common full name',
      text: 'Juan González scored twice for Cruz Azul.',
      expected: [],
    },
    {
      name: 'common full name with domain vocabulary nearby',
      text: 'Juan González, of the National Security Council, discussed fentanyl.',
      expected: [['Juan González', GONZALEZ]],
    },
    {
      name: 'common full name with another official in the document',
      text: 'Claudia Sheinbaum received Juan González.',
      expected: [
        ['Claudia Sheinbaum', SHEINBAUM],
        ['Juan González', GONZALEZ],
      ],
    },
    {
      name: 'a longer name that contains a known surname is someone else',
      text: 'Luis Cresencio Sandoval González habló sobre el fentanilo.',
      expected: [['Luis Cresencio Sandoval González', SANDOVAL]],
    },
    {
      name: 'another García is not García Harfuch',
      text: 'Omar García Harfuch met Carlos García about cartels.',
      expected: [['Omar García Harfuch', HARFUCH]],
    },
    {
      name: 'another person with a common full name followed by a second surname',
      text: 'Claudia Sheinbaum met Roberto Velasco Ramírez at the border.',
      expected: [['Claudia Sheinbaum', SHEINBAUM]],
    },
    { name: 'Hunter Biden', text: 'Hunter Biden testified.', expected: [] },
    { name: 'Jill Biden mid-sentence', text: 'the first lady, Jill Biden, spoke.', expected: [] },
    {
      name: 'Joe Biden and Hunter Biden',
      text: 'Joe Biden defended Hunter Biden.',
      expected: [['Joe Biden', BIDEN]],
    },
    {
      name: 'an unknown given name before a distinctive surname',
      text: 'she met Pedro Sheinbaum',
      expected: [],
    },
    {
      name: 'own middle name before an alias',
      text: 'met José Rafael Ojeda at the port',
      expected: [['Rafael Ojeda', OJEDA]],
    },
  ])('$name', check);
});

describe('frameworks', () => {
  it.each<Row>([
    {
      name: 'short name with the article (en)',
      text: 'under the Bicentennial Framework',
      expected: [['Bicentennial Framework', BICENTENNIAL]],
    },
    {
      name: 'lower case (en)',
      text: 'the bicentennial framework guides cooperation',
      expected: [['bicentennial framework', BICENTENNIAL]],
    },
    {
      name: 'Spanish name',
      text: 'el Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras',
      expected: [
        ['Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras', BICENTENNIAL],
      ],
    },
    {
      name: 'Spanish name in lower case',
      text: 'el grupo de implementación de seguridad se reunió',
      expected: [['grupo de implementación de seguridad', GIS]],
    },
    {
      name: 'name and acronym (es)',
      text: 'el Grupo de Implementación de Seguridad (GIS)',
      expected: [
        ['Grupo de Implementación de Seguridad', GIS],
        ['GIS', GIS],
      ],
    },
    {
      name: 'press variant of the English name',
      text: 'the high-level implementation group met',
      expected: [['high-level implementation group', GIS]],
    },
    {
      name: 'space for the hyphen in a framework name',
      text: 'the High Level Security Dialogue',
      expected: [['High Level Security Dialogue', HLSD]],
    },
    { name: 'a generic framework', text: 'a new framework for trade and a security framework', expected: [] },
    {
      name: 'another country’s High-Level Dialogue',
      text: 'the EU–China High-Level Dialogue on trade',
      expected: [],
    },
    { name: 'another High-Level Dialogue', text: 'the High-Level Economic Dialogue', expected: [] },
    {
      name: 'a bicentennial that is not the framework',
      text: 'a bicentennial celebration in Texas',
      expected: [],
    },
  ])('$name', check);
});

describe('options', () => {
  it.each<Row>([
    {
      name: 'types keeps only the asked types',
      text: 'Claudia Sheinbaum and the Bicentennial Framework',
      types: ['framework'],
      expected: [['Bicentennial Framework', BICENTENNIAL]],
    },
    {
      name: 'types still lets other types license a name',
      text: 'Ken Salazar spoke. Salazar said so.',
      types: ['official'],
      expected: [
        ['Ken Salazar', SALAZAR],
        ['Salazar', SALAZAR],
      ],
    },
    {
      name: 'an acronym of the other language on its own (lang en)',
      text: 'GIS maps of Texas',
      lang: 'en',
      expected: [],
    },
    {
      name: 'an acronym of the other language after the full name (lang en)',
      text: 'the Security Implementation Group (GIS) met',
      lang: 'en',
      expected: [
        ['Security Implementation Group', GIS],
        ['GIS', GIS],
      ],
    },
    {
      name: 'an acronym in its own language (lang es)',
      text: 'el GIS se reunió',
      lang: 'es',
      expected: [['GIS', GIS]],
    },
  ])('$name', check);
});

describe('findMentions edge cases', () => {
  it('returns nothing for empty text', () => {
    expect(fixtureMatcher.findMentions('')).toEqual([]);
  });
  it('records the alias that matched', () => {
    const [mention] = fixtureMatcher.findMentions('Omar Garcia Harfuch');
    expect(mention).toMatchObject({ matched: 'Omar García Harfuch', type: 'official', entityId: HARFUCH });
  });
});
