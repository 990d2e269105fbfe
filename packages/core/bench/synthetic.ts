import type { Entity, Official } from '../src/model.js';

/**
 * Deterministic synthetic data for the benchmark: officials with realistic English and Spanish
 * names (accents included), and news text in both languages that names some of them the way the
 * press does (accents dropped, curly quotes, possessives, NBSP), among people who are not in the
 * knowledge base.
 */

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

const GIVEN = (
  'Juan José Luis Carlos Jorge Miguel Pedro Francisco Antonio Manuel Alejandro Fernando Ricardo Javier ' +
  'Roberto Rafael Eduardo Sergio Raúl Arturo Enrique Mario Alberto Óscar Héctor Jesús Víctor Andrés ' +
  'Gerardo Diego Pablo Adrián Ramón Rodrigo Guillermo Gabriel Julio César Omar Alfonso Ignacio Hugo ' +
  'Ernesto Felipe Santiago Emilio Tomás Gustavo Martín Rosa María Guadalupe Margarita Verónica Leticia ' +
  'Patricia Elena Silvia Alejandra Adriana Gabriela Claudia Teresa Araceli Lucía Beatriz Mónica Carmen ' +
  'Isabel Sofía Valeria Fernanda Marcela Andrea Paola Diana Lorena Norma Alicia Angélica Ana Laura ' +
  'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew ' +
  'Anthony Mark Donald Steven Paul Andrew Kenneth Kevin Brian George Timothy Ronald Edward Jason ' +
  'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret ' +
  'Sandra Emily Michelle Kristie Katie Rahul Alejandro Tim Andrew Janet Merrick Antony Liz Zoe'
).split(' ');

const SURNAMES = (
  'García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez ' +
  'Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ruiz Jiménez Mendoza Álvarez Castillo Vázquez Romero ' +
  'Herrera Medina Aguilar Vargas Guzmán Muñoz Salazar Velasco Ojeda Durán Ebrard Casaubón Trevilla ' +
  'Moctezuma Figueroa Harfuch Sheinbaum Pardo Gertz Manero Fuente Núñez Peña Ibáñez Cárdenas Zúñiga ' +
  'Villaseñor Ordóñez Bermúdez Echeverría Solís Montaño Saldaña Quiñones Arámbula Larrañaga Espíndola ' +
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin ' +
  'Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams ' +
  'Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart ' +
  'Canegallo Verma Tobin Dumas Leonard Gupta Monaco Mayorkas Blinken Garland Sherwood-Randall Tien'
).split(' ');

/** `count` officials, one distinctive full name each ("Given Surname Surname"), all different. */
export function syntheticEntities(count: number, seed = 7): Entity[] {
  const next = random(seed);
  const seen = new Set<string>();
  const entities: Entity[] = [];
  while (entities.length < count) {
    const parts = [pick(next, GIVEN)];
    if (next() < 0.3) parts.push(pick(next, GIVEN));
    parts.push(pick(next, SURNAMES));
    if (next() < 0.6) parts.push(pick(next, SURNAMES));
    const name = parts.join(' ');
    if (seen.has(name)) continue;
    seen.add(name);
    const official: Official = {
      id: `official/synthetic-${entities.length}`,
      type: 'official',
      name,
      aliases: [{ text: name, kind: 'full-name', ambiguity: next() < 0.1 ? 'needs-domain' : 'distinctive' }],
      evidence: [],
      sourceIds: [],
      country: next() < 0.5 ? 'MX' : 'US',
      roles: [],
    };
    entities.push(official);
  }
  return entities;
}

const EN = [
  'The {t} met {n} in Washington to discuss fentanyl, arms trafficking and the shared border.',
  '“We agreed to accelerate extraditions,” said {n}, adding that cooperation “will continue.”',
  '{n}’s office declined to comment on the report, which cites officials on both sides of the border.',
  'According to the statement, {n} and {n} reviewed progress on seizures, arrests and operations.',
  'Critics said the plan, announced by {n} on Tuesday, does little to curb migration.',
  'In a separate interview, the analyst warned that cartels adapt faster than governments.',
  'The delegation also visited a port of entry where inspectors use new scanning technology.',
  'Officials did not say when the next high-level meeting would take place.',
];

const ES = [
  'El {t} se reunió con {n} en la Ciudad de México para revisar la cooperación en seguridad.',
  '“Acordamos reforzar las acciones contra el tráfico de armas”, declaró {n} a la prensa.',
  'La Secretaría de Relaciones Exteriores informó que {n} encabezó la delegación mexicana.',
  'Según el comunicado, {n} y {n} revisaron los avances en materia de incautaciones y detenciones.',
  'Analistas señalaron que la estrategia, anunciada por {n}, no atiende las causas de la violencia.',
  'La reunión se celebró en la sede del Departamento de Estado, en Washington, D. C.',
  'Ambos gobiernos coincidieron en mantener una comunicación estrecha y permanente.',
  'Los funcionarios no precisaron la fecha del próximo encuentro binacional.',
];

const TITLES_EN = ['Secretary of State', 'ambassador', 'attorney general', 'security adviser', 'governor'];
const TITLES_ES = ['canciller', 'secretario de Seguridad', 'fiscal general', 'embajador', 'gobernador'];

/** The way a page writes a known name: as is, without accents, in NFD, possessive. */
function pressForm(next: () => number, name: string): string {
  const r = next();
  if (r < 0.25) return name.normalize('NFD').replace(/\p{M}/gu, '');
  if (r < 0.35) return name.normalize('NFD');
  if (r < 0.45) return name.replace(' ', '\u00a0');
  return name;
}

/** About `bytes` UTF-8 bytes of EN/ES news text; one name in five is a known one. */
export function syntheticText(entities: Entity[], bytes: number, seed = 11): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const spanish = next() < 0.5;
    const templates = spanish ? ES : EN;
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const sentence = pick(next, templates)
        .replace(/\{t\}/g, () => pick(next, spanish ? TITLES_ES : TITLES_EN))
        .replace(/\{n\}/g, () => {
          if (next() < 0.2) return pressForm(next, pick(next, entities).name);
          return `${pick(next, GIVEN)} ${pick(next, SURNAMES)}`;
        });
      sentences.push(sentence);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}
