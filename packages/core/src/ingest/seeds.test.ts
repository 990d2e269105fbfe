import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Agreement, Entity, Framework, Official } from '../model.js';
import { type IngestResult, ingestCorpus } from './index.js';
import { fold } from './text/fold.js';

const corpus = fileURLToPath(new URL('../../corpus', import.meta.url));
let kb: IngestResult;
beforeAll(() => {
  kb = ingestCorpus(corpus);
}, 60_000);

const officials = () => kb.entities.filter((entity): entity is Official => entity.type === 'official');
const frameworks = () => kb.entities.filter((entity): entity is Framework => entity.type === 'framework');
const agreements = () => kb.entities.filter((entity): entity is Agreement => entity.type === 'agreement');
const named = (name: string) => (entity: Entity) =>
  entity.aliases.some((alias) => fold(alias.text) === fold(name));
const official = (name: string) => {
  const found = officials().filter(named(name));
  expect(found, `one official called "${name}"`).toHaveLength(1);
  return found[0]!;
};

describe('officials in the seed statements', () => {
  it.each([
    // name, country, [title as written, date] for each role (a role's title contains this text)
    ['Juan Ramón de la Fuente', 'MX', [['Foreign Secretary', '2025-02-27']]],
    ['Omar García Harfuch', 'MX', [['Secretary of Security and Citizen Protection', '2025-02-27']]],
    ['Ricardo Trevilla', 'MX', [['Secretary of National Defense', '2025-02-27']]],
    ['Raymundo Pedro Morales', 'MX', [['Secretary of the Navy', '2025-02-27']]],
    ['Alejandro Gertz Manero', 'MX', [['Attorney General of the Republic', '2025-02-27']]],
    ['Esteban Moctezuma', 'MX', [["Mexico's Ambassador to the United States", '2025-02-27']]],
    [
      'Marcela Figueroa',
      'MX',
      [['Executive Secretary of the National Public Security System', '2025-02-27']],
    ],
    [
      'Roberto Velasco Álvarez',
      'MX',
      [
        ['head of the Unit for North America', '2023-03-09'],
        ['Head of the North America Unit', '2025-02-27'],
      ],
    ],
    ['Claudia Sheinbaum', 'MX', [['President', '2025-02-27']]],
    ['Donald Trump', 'US', [['President', '2025-02-27']]],
    [
      'Andrés Manuel López Obrador',
      'MX',
      [
        ['President', '2023-03-09'],
        ['President', '2023-07-24'],
      ],
    ],
    [
      'Elizabeth Sherwood-Randall',
      'US',
      [
        ['White House National Security Advisor', '2023-03-09'],
        ['Homeland Security Advisor', '2023-07-24'],
      ],
    ],
    ['Joseph Biden', 'US', [['President of the United States', '2023-03-09']]],
    [
      'Rosa Icela Rodríguez Velázquez',
      'MX',
      [
        ['Secretary of Security and Citizen Protection', '2023-03-09'],
        ['Security Secretary', '2023-07-24'],
      ],
    ],
    ['Marcelo Ebrard Casaubon', 'MX', [['Secretary of Foreign Relations', '2023-03-09']]],
    ['Luis Cresencio Sandoval González', 'MX', [['Secretary of National Defense', '2023-03-09']]],
    ['José Rafael Ojeda Durán', 'MX', [['Secretary of', '2023-03-09']]],
    ['Kenneth Salazar', 'US', [['Ambassador', '2023-03-09']]],
    ['John Tien', 'US', [['Assistant Secretary for Homeland Security', '2023-03-09']]],
    [
      'Lisa O. Monaco',
      'US',
      [
        ['Assistant Attorney General', '2023-03-09'],
        ['Deputy Attorney General', '2023-07-24'],
      ],
    ],
    ['Rahul Gupta', 'US', [['director of the National Drug Control Office', '2023-03-09']]],
    ['Juan González', 'US', [['senior director of Western Hemisphere Affairs', '2023-03-09']]],
    ['Katie Tobin', 'US', [['Senior Director for Cross Border Issues', '2023-03-09']]],
    ['Andrew Leonard', 'US', [['military attaché', '2023-03-09']]],
    ['Tim Dumas', 'US', [['security adviser minister', '2023-03-09']]],
    ['Kristie Canegallo', 'US', [['Acting Deputy Secretary of Homeland Security', '2023-07-24']]],
    ['Rich Verma', 'US', [['Deputy Secretary of State for Management and Resources', '2023-07-24']]],
  ] as const)('%s (%s)', (name, country, roles) => {
    const found = official(name);
    expect(found.country).toBe(country);
    expect(found.roles.map((role) => role.date)).toEqual(roles.map(([, date]) => date));
    roles.forEach(([title], index) => {
      expect(found.roles[index]!.title).toContain(title);
    });
  });

  it('finds no one else: no headline words, places or organisations become people', () => {
    expect(officials()).toHaveLength(27);
    for (const notAPerson of [
      'Washington',
      'Estados Unidos',
      'Safe Communities',
      'Gabinetes',
      'Los Angeles',
      'Biden-Harris',
    ]) {
      expect(officials().filter(named(notAPerson)), notAPerson).toHaveLength(0);
    }
  });

  it.each([
    // Spanish titles stay Spanish, with an English rendering, and the other way round.
    [
      'Omar García Harfuch',
      'Secretary of Security and Citizen Protection',
      'secretario de Seguridad y Protección Ciudadana',
    ],
    ['Alejandro Gertz Manero', 'Attorney General of the Republic', 'fiscal general de la República'],
    [
      'Marcela Figueroa',
      'Executive Secretary of the National Public Security System',
      'secretaria ejecutiva del Sistema Nacional de Seguridad Pública',
    ],
    ['Juan Ramón de la Fuente', 'Foreign Secretary', 'secretario de Relaciones Exteriores'],
    ['Marcelo Ebrard Casaubon', 'Secretary of Foreign Relations', 'secretario de Relaciones Exteriores'],
    [
      'Kristie Canegallo',
      'Acting Deputy Secretary of Homeland Security',
      'secretaria interina adjunta de Seguridad Interior',
    ],
    ['Claudia Sheinbaum', 'President', 'presidenta'],
  ])('%s: titles %s / %s', (name, en, es) => {
    const role = official(name).roles[0]!;
    expect(role.titles).toEqual({ en, es });
  });

  it.each([
    ['Ricardo Trevilla', 'General'],
    ['Raymundo Pedro Morales', 'Admiral'],
    ['Elizabeth Sherwood-Randall', 'Dr.'],
  ])('%s: the rank %s is an honorific, not part of the name', (name, honorific) => {
    const found = official(name);
    expect(found.honorifics).toContain(honorific);
    expect(found.name).not.toContain(honorific);
  });
});

describe('one official per person across statements and languages', () => {
  it.each([
    ['Lisa Monaco', 'Lisa O. Monaco', 2],
    ['Rosa Icela Rodríguez', 'Rosa Icela Rodríguez Velázquez', 2],
    ['Roberto Velasco', 'Roberto Velasco Álvarez', 3],
    ['Joe Biden', 'Joseph Biden', 1],
    ['Andres Manuel Lopez Obrador', 'Andrés Manuel López Obrador', 2],
    ['Omar Garcia Harfuch', 'Omar García Harfuch', 2],
  ])('"%s" is %s, named in %i statements', (form, canonical, statements) => {
    const found = official(form);
    expect(found.name).toBe(canonical);
    expect(found.sourceIds).toHaveLength(statements);
  });

  it.each([
    // official, a reference by surname in the seeds ("la presidenta Sheinbaum", "Dr. Sherwood-Randall")
    ['Claudia Sheinbaum', 'Sheinbaum'],
    ['Elizabeth Sherwood-Randall', 'Sherwood-Randall'],
    ['Joseph Biden', 'Biden'],
    ['Andrés Manuel López Obrador', 'Lopez Obrador'],
  ])('surname references attach to %s ("%s"), making no new person', (name, reference) => {
    const found = official(name);
    const quoted = found.evidence.map((evidence) =>
      kb.sources.find((source) => source.id === evidence.sourceId)!.text.slice(evidence.start, evidence.end),
    );
    expect(quoted).toContain(reference);
    expect(officials().filter((candidate) => candidate.name === reference)).toHaveLength(0);
  });
});

describe('aliases', () => {
  it.each([
    ['Omar García Harfuch', 'García Harfuch', 'surnames', 'distinctive'],
    ['Omar García Harfuch', 'Omar Garcia Harfuch', 'full-name', 'distinctive'],
    ['Omar García Harfuch', 'García', 'surname', 'needs-full-name'],
    ['Omar García Harfuch', 'Harfuch', 'surname', 'needs-domain'],
    ['Andrés Manuel López Obrador', 'Obrador', 'surname', 'needs-domain'],
    ['Luis Cresencio Sandoval González', 'González', 'surname', 'needs-full-name'],
    ['Kenneth Salazar', 'Ken Salazar', 'name', 'needs-domain'],
    ['Rich Verma', 'Richard Verma', 'name', 'distinctive'],
    ['Tim Dumas', 'Timothy Dumas', 'name', 'distinctive'],
    ['Joseph Biden', 'Joe Biden', 'full-name', 'distinctive'],
    ['Omar García Harfuch', 'Secretary García Harfuch', 'title-surname', 'distinctive'],
    ['Marcelo Ebrard Casaubon', 'Ebrard Casaubon', 'surnames', 'distinctive'],
    ['Marcelo Ebrard Casaubon', 'canciller Ebrard', 'title-surname', 'distinctive'],
    // Ojeda is a common Mexican surname: with a common given name, the pair is anyone's.
    ['José Rafael Ojeda Durán', 'Rafael Ojeda', 'given-first-surname', 'needs-domain'],
    ['José Rafael Ojeda Durán', 'Ojeda', 'surname', 'needs-full-name'],
    ['Claudia Sheinbaum', 'Sheinbaum', 'surname', 'distinctive'],
    ['Claudia Sheinbaum', 'presidenta Sheinbaum', 'title-surname', 'distinctive'],
    ['Claudia Sheinbaum', 'President Sheinbaum', 'title-surname', 'distinctive'],
    ['Joseph Biden', 'Biden', 'surname', 'distinctive'],
    ['Elizabeth Sherwood-Randall', 'Sherwood-Randall', 'surname', 'needs-domain'],
    ['Elizabeth Sherwood-Randall', 'Sherwood Randall', 'surname', 'needs-domain'],
    ['Ricardo Trevilla', 'Trevilla', 'surname', 'distinctive'],
    ['Tim Dumas', 'Dumas', 'surname', 'needs-domain'],
    ['Kristie Canegallo', 'Canegallo', 'surname', 'needs-domain'],
    ['Elizabeth Sherwood-Randall', 'Dr. Sherwood-Randall', 'title-surname', 'distinctive'],
    ['Ricardo Trevilla', 'general Trevilla', 'title-surname', 'distinctive'],
    ['Lisa O. Monaco', 'Lisa Monaco', 'full-name', 'distinctive'],
    ['Lisa O. Monaco', 'Monaco', 'surname', 'needs-full-name'],
    ['Kenneth Salazar', 'Salazar', 'surname', 'needs-full-name'],
    ['Rahul Gupta', 'Gupta', 'surname', 'needs-full-name'],
    // A given name and a surname both common in the world, as "Juan González" is.
    ['Rahul Gupta', 'Rahul Gupta', 'full-name', 'needs-domain'],
    ['Juan González', 'Juan González', 'full-name', 'needs-domain'],
  ])('%s: "%s" (%s, %s)', (name, text, kind, ambiguity) => {
    const alias = official(name).aliases.find((candidate) => candidate.text === text);
    expect(alias).toMatchObject({ kind, ambiguity });
  });

  it('takes a curated alias for both languages without tying it to one', () => {
    const amlo = official('Andrés Manuel López Obrador').aliases.find((alias) => alias.text === 'AMLO');
    expect(amlo).toMatchObject({ kind: 'name', ambiguity: 'distinctive' });
    expect(amlo?.language).toBeUndefined();
    expect(official('Andrés Manuel López Obrador').curated?.some((fact) => fact.field === 'alias')).toBe(
      true,
    );
  });

  it('never aliases a given name alone', () => {
    for (const found of officials()) {
      const given = found.name.split(' ')[0]!;
      expect(found.aliases.map((alias) => alias.text)).not.toContain(given);
    }
  });
});

describe('frameworks in the seed statements', () => {
  const framework = (name: string) => {
    const found = frameworks().filter(named(name));
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };

  it.each([
    ['Bicentennial Framework', 'framework', 'binational', [['adopted', '2021-10']], 2],
    [
      'U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities',
      'framework',
      'binational',
      [['adopted', '2021-10']],
      2,
    ],
    ['High-Level Security Dialogue', 'dialogue', 'binational', [['met', '2021-10']], 1],
    ['GIS', 'group', 'binational', [['installed', '2025-09']], 1],
    ['Grupo de Implementación de Seguridad', 'group', 'binational', [['installed', '2025-09']], 1],
    [
      'Programa de Cooperación sobre Seguridad Fronteriza y Aplicación de la Ley',
      'program',
      'binational',
      [],
      1,
    ],
    ['Los Angeles Declaration on Migration and Protection', 'declaration', 'multilateral', [], 1],
    ['National Drug Control Strategy', 'strategy', 'US', [['released', '2022-04']], 1],
    ['Bipartisan Safer Communities Act', 'law', 'US', [['signed', '2022-06']], 1],
    ['U.S. Bipartisan Infrastructure Law', 'law', 'US', [], 1],
  ] as const)('%s: %s, %s', (name, kind, country, dates, statements) => {
    const found = framework(name);
    expect(found.kind).toBe(kind);
    expect(found.country).toBe(country);
    expect(found.dates.map((date) => [date.event, date.date])).toEqual(dates);
    expect(found.sourceIds).toHaveLength(statements);
  });

  it('gives names in both languages where the corpus or curation has them, each curated fact cited', () => {
    const bicentennial = framework('Bicentennial Framework');
    expect(bicentennial.names.es).toBe(
      'Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras',
    );
    expect(bicentennial.curated?.[0]?.citation).toBeTruthy();
    const gis = framework('GIS');
    expect(gis.names).toEqual({
      es: 'Grupo de Implementación de Seguridad',
      en: 'Security Implementation Group',
    });
    expect(gis.acronyms).toEqual(['GIS']);
    expect(gis.aliases.find((alias) => alias.text === 'GIS')).toMatchObject({
      kind: 'acronym',
      language: 'es',
    });
    expect(gis.aliases.some((alias) => alias.text === 'high-level implementation group')).toBe(true);
    const losAngeles = framework('Los Angeles Declaration');
    expect(losAngeles.names.es).toBe('Declaración de Los Ángeles sobre Migración y Protección');
    expect(losAngeles.aliases.find((alias) => alias.text === 'Declaración de Los Ángeles')?.language).toBe(
      'es',
    );
  });

  it('does not take generic phrases, organisations or headlines for frameworks', () => {
    expect(frameworks()).toHaveLength(8);
    for (const not of [
      'marcos legales',
      'Centro de Operaciones de Tecnologías No Tripuladas',
      'Consejo de Seguridad Doméstica',
      'National Security Council',
      'Joint Statement',
      'grupo de trabajo',
    ]) {
      expect(
        frameworks().filter((found) => found.aliases.some((alias) => fold(alias.text).includes(fold(not)))),
        not,
      ).toHaveLength(0);
    }
  });
});

describe('agreements in the seed statements', () => {
  const find = (date: string, summary: string) =>
    agreements().filter((agreement) => agreement.date === date && agreement.summary.en === summary);

  it.each([
    [
      '2026-01-23',
      'Accelerate information exchange on priority targets',
      'Acelerar el intercambio de información sobre objetivos prioritarios',
      1,
    ],
    [
      '2026-01-23',
      'Strengthen actions against arms trafficking',
      'Fortalecer las acciones contra el tráfico de armas',
      2,
    ],
    [
      '2026-01-23',
      'Accelerate extraditions and transfers of high-value targets',
      'Acelerar las extradiciones y los traslados de objetivos de alto valor',
      1,
    ],
    [
      '2026-01-23',
      'Share information on security actions',
      'Compartir información sobre las acciones de seguridad',
      1,
    ],
    [
      '2026-01-23',
      'Increase data exchange on priority cases',
      'Incrementar el intercambio de datos sobre casos prioritarios',
      1,
    ],
    [
      '2025-02-27',
      'Hold regular high-level security meetings',
      'Celebrar reuniones periódicas de alto nivel',
      2,
    ],
    ['2025-02-27', 'Maintain close communication', 'Mantener una estrecha comunicación', 2],
    ['2025-02-27', 'Combat organized crime', 'Combatir el crimen organizado', 4],
    ['2023-07-24', 'Expand legal pathways for migration', 'Ampliar las vías legales de migración', 1],
    ['2023-07-24', 'Modernize border infrastructure', 'Modernizar la infraestructura fronteriza', 1],
    ['2022-07-12', 'Modernize border infrastructure', 'Modernizar la infraestructura fronteriza', 1],
  ])('%s: %s', (date, en, es, evidence) => {
    const found = find(date, en);
    expect(found).toHaveLength(1);
    expect(found[0]!.summary.es).toBe(es);
    expect(found[0]!.evidence).toHaveLength(evidence);
    expect(found[0]!.keyPhrases.en.length).toBeGreaterThan(0);
    expect(found[0]!.keyPhrases.es.length).toBeGreaterThan(0);
  });

  it('splits one sentence into one agreement per commitment', () => {
    const lede = kb.sources.find((source) => source.id === '2026-01-23-gis-third-meeting-es')!;
    const firstSentence = lede.sentences[0]!;
    const fromLede = agreements().filter((agreement) =>
      agreement.evidence.some(
        (evidence) =>
          evidence.sourceId === lede.id &&
          evidence.start >= firstSentence[0] &&
          evidence.end <= firstSentence[1],
      ),
    );
    expect(fromLede.map((agreement) => agreement.summary.en).sort()).toEqual([
      'Accelerate information exchange on priority targets',
      'Strengthen actions against arms trafficking',
    ]);
  });

  it('merges two reports of one meeting into one agreement with evidence from both', () => {
    const [meetings] = find('2025-02-27', 'Hold regular high-level security meetings');
    expect(meetings!.sourceIds.sort()).toEqual([
      '2025-02-27-security-cabinets-en',
      '2025-02-27-security-cabinets-es',
    ]);
    expect(meetings!.eventId).toBe(kb.events.find((event) => event.sourceIds.length === 2)!.id);
  });

  it.each([
    ['Accelerate information exchange on priority targets', 'Grupo de Implementación de Seguridad'],
    ['Combat drug trafficking', 'Bicentennial Framework'],
    ['Forge a regional response to migration', 'Los Angeles Declaration on Migration and Protection'],
  ])('%s falls under %s', (summary, frameworkName) => {
    const framework = frameworks().find(named(frameworkName))!;
    const agreement = agreements().find(
      (candidate) => candidate.summary.en === summary && candidate.frameworkId !== null,
    )!;
    expect(agreement.frameworkId).toBe(framework.id);
  });

  it('reads parties from who commits', () => {
    const invest = agreements().find(
      (agreement) => agreement.summary.en === 'Invest in border infrastructure',
    )!;
    expect(invest.parties).toEqual(['MX']);
    expect(find('2022-07-12', 'Modernize border infrastructure')[0]!.parties).toEqual(['MX', 'US']);
  });

  it('takes nothing from sentences that only discuss, recognise or thank', () => {
    const texts = agreements().flatMap((agreement) =>
      agreement.evidence.map((evidence) =>
        kb.sources
          .find((source) => source.id === evidence.sourceId)!
          .text.slice(evidence.start, evidence.end),
      ),
    );
    for (const not of [
      'joint development work',
      'reconoció y agradeció',
      'discussed increased cooperation',
      'seizures, arrests',
    ]) {
      expect(
        texts.some((text) => text.includes(not)),
        not,
      ).toBe(false);
    }
  });
});

describe('events', () => {
  it('has one meeting per reported event, the two reports of 2025-02-27 sharing one', () => {
    expect(kb.events.map((event) => [event.date, event.sourceIds.length, event.place])).toEqual([
      ['2023-03-09', 1, 'National Palace'],
      ['2023-07-24', 1, null],
      ['2025-02-27', 2, 'Washington, D.C.'],
      ['2026-01-23', 1, 'Washington D. C.'],
    ]);
  });
});
