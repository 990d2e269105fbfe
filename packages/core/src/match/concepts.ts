import { foldString } from './fold.js';

/**
 * Build time: turns an agreement's key phrases into concepts, the units the run time looks for in a
 * sentence. A concept is a set of surface forms (vocabulary notation: `*` is a word prefix) that
 * say the same thing in either language, so "acelerar las extradiciones", "accelerate extraditions"
 * and "speed up extraditions" all become the same two concepts.
 */

/** Each row is one concept; the first entry names it. */
export const SYNONYMS: string[][] = [
  [
    'accelerat*',
    'speed up',
    'speeds up',
    'sped up',
    'speeding up',
    'expedit*',
    'fast-track*',
    'fast track*',
    'hasten*',
    'quicken*',
    'aceler*',
    'agiliz*',
    'apresur*',
    // "Extradite cartel bosses faster", "extraditar con mayor rapidez".
    'faster',
    'quickly',
    'more quickly',
    'more rapidly',
    'swiftly',
    'más rápido',
    'con mayor rapidez',
    'con más rapidez',
    'rápidamente',
  ],
  [
    'strengthen*',
    'reinforc*',
    'bolster*',
    'step up',
    'steps up',
    'stepped up',
    'stepping up',
    'enhanc*',
    'intensif*',
    'fortalec*',
    'reforz*',
    'refuerz*',
  ],
  ['increas*', 'expand*', 'boost*', 'increment*', 'aument*', 'ampli*'],
  ['share', 'shares', 'shared', 'sharing', 'exchang*', 'intercambi*', 'compart*'],
  ['information', 'intelligence', 'data', 'informaci*', 'inteligencia', 'datos'],
  ['arms', 'weapons', 'firearms', 'guns', 'gun', 'armas', 'arma', 'armamento'],
  // "The flow of firearms south", "el flujo de armas": the press's usual words for the trade.
  ['traffick*', 'smuggl*', 'tráfic*', 'trasiego', 'contraband*', 'contrabando', 'flow', 'flows', 'flujo*'],
  ['extradit*', 'extradic*'],
  // What the statements call high-value targets, the press calls kingpins, capos, cartel leaders.
  [
    'high-value target*',
    'high value target*',
    'high-profile target*',
    'objetivos de alto valor',
    'objetivo de alto valor',
    'kingpin*',
    'cartel leader*',
    'cartel boss*',
    'capos',
    'cabecilla*',
    'líderes criminales',
    'criminales de alto perfil',
    'objetivos de alto perfil',
  ],
  ['transfer*', 'handover*', 'hand over', 'hands over', 'handed over', 'handing over', 'traslad*', 'entreg*'],
  ['meeting', 'meetings', 'meet', 'reunion*', 'reunión', 'encuentro*'],
  ['periodic*', 'regular', 'regularly', 'periódic*', 'continu*'],
  [
    'hold',
    'holds',
    'held',
    'holding',
    'maintain*',
    'keep',
    'keeps',
    'kept',
    'sustain*',
    'celebrar',
    'sosten*',
    'manten*',
    'conservar',
  ],
  [
    'fight*',
    'combat*',
    'counter',
    'countering',
    'tackl*',
    'address',
    'addresses',
    'addressed',
    'addressing',
    'crack down',
    'cracks down',
    'cracked down',
    'cracking down',
    'crackdown*',
    'combate',
    'combatir',
    'lucha*',
    'enfrent*',
    'atend*',
    'atiend*',
    // "Acting against it" is one commitment, in the press's many verbs: halting a flow, or plain
    // "against" ("reforzar la cooperación contra el tráfico de armas").
    'against',
    'contra',
    'disrupt*',
    'desarticul*',
    'stem',
    'stems',
    'stemming',
    'curb',
    'curbs',
    'curbing',
    'halt',
    'halting',
    'interrupt*',
    'interrump*',
    'frenar',
    'frena',
    'frenan',
    'stop',
    'stops',
    'stopped',
    'stopping',
    'dismantl*',
    'desmantel*',
    'detener',
    'contener',
  ],
  ['joint', 'jointly', 'coordinated', 'conjunt*', 'coordinad*'],
  ['action', 'actions', 'measure', 'measures', 'accion*', 'acción', 'medida*'],
  ['border', 'borders', 'frontera*', 'fronteriz*'],
  ['fentanyl*', 'fentanil*'],
  // Fentanyl is a drug too: "fentanyl trafficking" is drug trafficking. Its own row comes first, so
  // a key phrase that names it ("end the fentanyl crisis") keeps meaning fentanyl.
  ['drug', 'drugs', 'narcotic*', 'droga*', 'narcótic*', 'estupefaciente*', 'fentanyl*', 'fentanil*'],
  ['crime', 'crimes', 'criminal*', 'crimen', 'delincuencia', 'delito*'],
  // "Criminal organizations" are organized crime, as the statements use both.
  ['organized', 'organised', 'organizad*', 'organization*', 'organisation*', 'organizaci*'],
  ['patrol*', 'patrull*'],
  ['cooperat*', 'collaborat*', 'cooperaci*', 'colaboraci*', 'colaborar', 'cooperar'],
  ['communication*', 'comunicaci*'],
  // How close the contact is: "close", "ongoing", "permanente", "estrecha".
  ['close', 'ongoing', 'constant', 'permanent', 'estrech*', 'permanente*', 'constante*'],
  ['target*', 'objetivo*'],
  ['priorit*', 'priori*'],
  ['reduc*', 'cut', 'lower', 'disminu*', 'reducir', 'reduzc*'],
  ['death*', 'muerte*', 'fallecimiento*'],
  ['migration', 'migrat*', 'migraci*', 'migrant*', 'migrator*'],
  ['pathway*', 'route*', 'vía*', 'vias', 'ruta*'],
  ['legal', 'lawful', 'legales'],
  ['infrastructure*', 'infraestructura*'],
  // What comes in is a supply: "curb imports of precursors", "frenar el ingreso de precursores".
  [
    'supply',
    'supplies',
    'flow',
    'flows',
    'suministro*',
    'flujo*',
    'import',
    'imports',
    'importaci*',
    'ingreso',
    'entrada',
  ],
  ['precursor*'],
  ['chemical*', 'químic*'],
  ['moderniz*'],
  ['work', 'working', 'trabaj*'],
  ['group*', 'grupo*'],
  ['review*', 'revis*', 'evaluar', 'evalu*'],
  ['progress', 'avance*'],
];

/** The rows of SYNONYMS that say how hard, not what: accelerate, strengthen, increase. */
const INTENSIFIER_ROWS = [0, 1, 2];

/** Words that carry no meaning of their own in a key phrase, or that every phrase here shares. */
const STOPWORDS = new Set(
  [
    'a',
    'an',
    'the',
    'to',
    'of',
    'and',
    'or',
    'in',
    'on',
    'for',
    'with',
    'by',
    'at',
    'from',
    'into',
    'their',
    'our',
    'its',
    'both',
    'all',
    'more',
    'new',
    'other',
    'as',
    'that',
    'this',
    'these',
    'those',
    'be',
    'is',
    'are',
    'was',
    'were',
    'further',
    'also',
    'between',
    'two',
    'about',
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'unos',
    'unas',
    'de',
    'del',
    'al',
    'y',
    'e',
    'o',
    'u',
    'en',
    'con',
    'por',
    'para',
    'sobre',
    'su',
    'sus',
    'mas',
    'que',
    'se',
    'lo',
    'entre',
    'ambos',
    'ambas',
    'nuevas',
    'nuevos',
    'nueva',
    'nuevo',
    'countries',
    'country',
    'paises',
    'pais',
    'governments',
    'gobiernos',
    'security',
    'seguridad',
    'bilateral',
    'binational',
    'binacional',
    'high',
    'level',
    'alto',
    'nivel',
    'manera',
    'materia',
  ].map(foldString),
);

const SUFFIXES = [
  'aciones',
  'iciones',
  'amientos',
  'imientos',
  'amiento',
  'imiento',
  'ciones',
  'mente',
  'ations',
  'acion',
  'ation',
  'cion',
  'sion',
  'ments',
  'ment',
  'ings',
  'ing',
  'ions',
  'ion',
  'ando',
  'iendo',
  'aron',
  'ieron',
  'ados',
  'adas',
  'idos',
  'idas',
  'ado',
  'ada',
  'ido',
  'ida',
  'ies',
  'ed',
  'es',
  'ar',
  'er',
  'ir',
  'as',
  'os',
  's',
  'a',
  'o',
  'e',
];

const MIN_STEM = 4;
const MIN_PREFIX = 5;

/** Light EN/ES stemming of a folded word: the first suffix whose removal leaves a usable stem. */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** A surface form in vocabulary notation, folded, and whether it is a prefix. */
export interface Surface {
  folded: string;
  prefix: boolean;
}

export function surface(term: string): Surface {
  const prefix = term.endsWith('*');
  return { folded: foldString(prefix ? term.slice(0, -1) : term), prefix };
}

/**
 * The concepts of a set of key phrases. Concepts are interned across all phrases so that the same
 * word in two agreements is one concept; `surfaces[id]` are the forms the automaton looks for.
 */
export class ConceptTable {
  readonly surfaces: Surface[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly synonyms = SYNONYMS.map((row) => row.map(surface));

  /**
   * The concept ids of one key phrase, in phrase order, without repeats. A leading verb that only
   * says how hard ("strengthen", "accelerate", "increase") is left out where three concepts remain:
   * the press reports the same commitment without it ("acordaron nuevas acciones contra el tráfico
   * de armas"). With fewer left, the verb is what tells "accelerate extraditions" from any other
   * sentence about extraditions, so it stays.
   */
  phrase(text: string): number[] {
    const ids = this.inOrder(text);
    if (ids.length > 3 && this.intensifiers.has(ids[0]!)) ids.shift();
    return ids;
  }

  private intensifierIds: Set<number> | null = null;

  private get intensifiers(): Set<number> {
    this.intensifierIds ??= new Set(
      INTENSIFIER_ROWS.map((row) => this.intern(`synonym:${row}`, this.synonyms[row]!)),
    );
    return this.intensifierIds;
  }

  private inOrder(text: string): number[] {
    const words = foldString(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const ids: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const [id, used] = this.conceptAt(words, i);
      if (id >= 0 && !ids.includes(id)) ids.push(id);
      i += used - 1;
    }
    return ids;
  }

  private conceptAt(words: string[], index: number): [id: number, used: number] {
    for (let row = 0; row < this.synonyms.length; row++) {
      for (const form of this.synonyms[row]!) {
        const formWords = form.folded.split(/[\s-]+/);
        const candidate = words.slice(index, index + formWords.length).join(' ');
        const joined = formWords.join(' ');
        if (form.prefix ? candidate.startsWith(joined) : candidate === joined) {
          return [this.intern(`synonym:${row}`, this.synonyms[row]!), formWords.length];
        }
      }
    }
    const word = words[index]!;
    if (STOPWORDS.has(word) || word.length < 2) return [-1, 1];
    const root = stem(word);
    const forms: Surface[] =
      root.length >= MIN_PREFIX
        ? [{ folded: root, prefix: true }]
        : [...new Set([word, root, `${root}s`, `${root}es`])].map((folded) => ({ folded, prefix: false }));
    return [this.intern(`word:${root}`, forms), 1];
  }

  private intern(key: string, forms: Surface[]): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.surfaces.length;
      this.ids.set(key, id);
      this.surfaces.push(forms);
    }
    return id;
  }
}
