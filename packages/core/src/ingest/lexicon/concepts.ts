/**
 * A small bilingual lexicon of what security agreements commit to: action verbs and their objects,
 * general domain vocabulary that a new statement will reuse. Patterns match folded text (lower
 * case, no accents) at word starts; a pattern ending in "*" matches any ending ("acelera*").
 */
export interface VerbConcept {
  id: string;
  en: string;
  es: string;
  patterns: string[];
  /** Verbs that carry no commitment of their own ("continue to", "work to"): a later verb wins. */
  generic?: boolean;
}

export interface ObjectConcept {
  id: string;
  en: string;
  es: string;
  patterns: string[];
  /** The object after "share" or "exchange", which already say the exchange ("share information"). */
  shared?: { en: string; es: string };
}

export const VERBS: VerbConcept[] = [
  {
    id: 'accelerate',
    en: 'accelerate',
    es: 'acelerar',
    patterns: ['accelerat*', 'speed up', 'expedit*', 'aceler*', 'agiliz*'],
  },
  {
    id: 'strengthen',
    en: 'strengthen',
    es: 'fortalecer',
    patterns: ['strengthen*', 'reinforc*', 'bolster*', 'fortalec*', 'reforz*', 'refuerz*'],
  },
  {
    id: 'share',
    en: 'share',
    es: 'compartir',
    patterns: ['share', 'shares', 'sharing', 'compartir', 'comparti*'],
  },
  {
    id: 'increase',
    en: 'increase',
    es: 'incrementar',
    patterns: ['increas*', 'boost*', 'step up', 'increment*', 'aument*', 'intensific*'],
  },
  { id: 'hold', en: 'hold', es: 'celebrar', patterns: ['hold', 'holding', 'celebrar'] },
  {
    id: 'maintain',
    en: 'maintain',
    es: 'mantener',
    patterns: ['maintain*', 'keep', 'mantener', 'mantendr*', 'sostener'],
  },
  {
    id: 'expand',
    en: 'expand',
    es: 'ampliar',
    patterns: ['expand*', 'broaden*', 'widen*', 'ampli*', 'extender'],
  },
  { id: 'modernize', en: 'modernize', es: 'modernizar', patterns: ['moderniz*', 'upgrad*'] },
  {
    id: 'invest',
    en: 'invest in',
    es: 'invertir en',
    patterns: ['invest*', 'invertir', 'invertira*', 'inversion*'],
  },
  {
    id: 'combat',
    en: 'combat',
    es: 'combatir',
    patterns: ['combat*', 'fight*', 'counter', 'countering', 'tackl*', 'comba*', 'lucha*', 'enfrentar'],
  },
  { id: 'disrupt', en: 'disrupt', es: 'desarticular', patterns: ['disrupt*', 'desarticul*', 'interrump*'] },
  { id: 'dismantle', en: 'dismantle', es: 'desmantelar', patterns: ['dismantl*', 'desmantel*'] },
  {
    id: 'prevent',
    en: 'prevent',
    es: 'prevenir',
    patterns: ['prevent*', 'stop', 'prevenir', 'evitar', 'impedir'],
  },
  { id: 'promote', en: 'promote', es: 'promover', patterns: ['promot*', 'promover', 'impuls*', 'fomentar'] },
  { id: 'address', en: 'address', es: 'atender', patterns: ['address', 'addressing', 'atender', 'abordar'] },
  {
    id: 'end',
    en: 'end',
    es: 'poner fin a',
    patterns: ['put an end', 'end the', 'ending the', 'poner fin', 'terminar con', 'acabar con'],
  },
  { id: 'prosecute', en: 'prosecute', es: 'procesar', patterns: ['prosecut*', 'procesar', 'enjuiciar'] },
  { id: 'pursue', en: 'pursue', es: 'perseguir', patterns: ['pursu*', 'persegui*'] },
  { id: 'protect', en: 'protect', es: 'proteger', patterns: ['protect', 'protecting', 'proteger'] },
  { id: 'transform', en: 'transform', es: 'transformar', patterns: ['transform*'] },
  {
    id: 'forge',
    en: 'forge',
    es: 'construir',
    patterns: ['forg*', 'build', 'building', 'construir', 'forjar'],
  },
  {
    id: 'exchange',
    en: 'exchange',
    es: 'intercambiar',
    patterns: ['exchange', 'exchanging', 'intercambiar'],
  },
  { id: 'review', en: 'review', es: 'revisar', patterns: ['review*', 'revisar'] },
  { id: 'reduce', en: 'reduce', es: 'reducir', patterns: ['reduc*', 'disminu*'] },
  { id: 'deploy', en: 'deploy', es: 'desplegar', patterns: ['deploy*', 'despleg*', 'despliegu*'] },
  { id: 'frame', en: 'frame', es: 'enmarcar', patterns: ['frame', 'framed', 'enmarc*'] },
  { id: 'continue', en: 'continue', es: 'continuar', patterns: ['continu*'], generic: true },
  { id: 'implement', en: 'implement', es: 'implementar', patterns: ['implement*'], generic: true },
  {
    id: 'collaborate',
    en: 'collaborate on',
    es: 'colaborar en',
    patterns: ['collaborat*', 'cooperat*', 'work together', 'colaborar', 'cooperar', 'trabajar'],
    generic: true,
  },
  {
    id: 'further',
    en: 'further',
    es: 'avanzar',
    patterns: ['further', 'furthering', 'advance', 'avanzar'],
    generic: true,
  },
];

export const OBJECTS: ObjectConcept[] = [
  {
    id: 'extraditions',
    en: 'extraditions',
    es: 'las extradiciones',
    patterns: ['extradition*', 'extradicion*'],
  },
  {
    id: 'transfers',
    en: 'transfers of high-value targets',
    es: 'los traslados de objetivos de alto valor',
    patterns: ['transfers of', 'traslados de', 'traslado de'],
  },
  {
    id: 'information-exchange',
    en: 'information exchange',
    es: 'el intercambio de información',
    patterns: [
      'information exchange',
      'exchange of information',
      'information sharing',
      'intelligence sharing',
      'information',
      'intelligence',
      'intercambio de informacion',
      'intercambio de inteligencia',
      'informacion',
      'inteligencia',
    ],
    shared: { en: 'information', es: 'información' },
  },
  {
    id: 'data-exchange',
    en: 'data exchange',
    es: 'el intercambio de datos',
    patterns: ['data exchange', 'exchange of data', 'data', 'intercambio de datos', 'datos'],
    shared: { en: 'data', es: 'datos' },
  },
  {
    id: 'priority-targets',
    en: 'priority targets',
    es: 'objetivos prioritarios',
    patterns: ['priority targets', 'objetivos prioritarios'],
  },
  {
    id: 'priority-cases',
    en: 'priority cases',
    es: 'casos prioritarios',
    patterns: ['priority cases', 'casos prioritarios'],
  },
  {
    id: 'security-actions',
    en: 'security actions',
    es: 'las acciones de seguridad',
    patterns: ['security actions', 'security operations', 'acciones de seguridad', 'operativos de seguridad'],
  },
  {
    id: 'arms-trafficking',
    en: 'arms trafficking',
    es: 'el tráfico de armas',
    patterns: [
      'arms trafficking',
      'firearms trafficking',
      'gun trafficking',
      'weapons trafficking',
      'trafficking of arms',
      'trafficking of firearms',
      'illegal firearms',
      'firearms',
      'trafico de armas',
      'trafico ilicito de armas',
      'armas de fuego',
      'armas',
    ],
  },
  {
    id: 'drug-trafficking',
    en: 'drug trafficking',
    es: 'el narcotráfico',
    patterns: [
      'drug trafficking',
      'drug traffickers',
      'trafficking of drugs',
      'trafficking of these deadly narcotics',
      'narcotics',
      'drugs',
      'narcotrafico',
      'narcotraficantes',
      'trafico de drogas',
      'drogas',
    ],
  },
  {
    id: 'fentanyl',
    en: 'the fentanyl crisis',
    es: 'la crisis del fentanilo',
    patterns: ['fentanyl crisis', 'crisis del fentanilo', 'fentanyl', 'fentanilo'],
  },
  {
    id: 'precursor-chemicals',
    en: 'the supply of precursor chemicals',
    es: 'el suministro de precursores químicos',
    patterns: ['supply of the chemicals', 'precursor chemicals', 'chemicals', 'precursores', 'quimicos'],
  },
  {
    id: 'organized-crime',
    en: 'organized crime',
    es: 'el crimen organizado',
    patterns: [
      'organized crime',
      'organised crime',
      'criminal organizations',
      'criminal networks',
      'cartels',
      'crimen organizado',
      'delincuencia organizada',
      'organizaciones criminales',
      'redes criminales',
      'carteles',
    ],
  },
  {
    id: 'criminals',
    en: 'criminals',
    es: 'a los criminales',
    patterns: ['criminals', 'criminales', 'delincuentes'],
  },
  {
    id: 'joint-patrols',
    en: 'joint patrols',
    es: 'el patrullaje conjunto',
    patterns: ['patrol*', 'patrullaje*', 'patrullar'],
  },
  {
    id: 'coordination',
    en: 'coordination',
    es: 'la coordinación',
    patterns: ['coordination', 'coordinacion'],
  },
  {
    id: 'meetings',
    en: 'regular high-level security meetings',
    es: 'reuniones periódicas de alto nivel',
    patterns: ['meetings', 'reuniones'],
  },
  {
    id: 'communication',
    en: 'close communication',
    es: 'una estrecha comunicación',
    patterns: ['communication', 'comunicacion'],
  },
  {
    id: 'legal-pathways',
    en: 'legal pathways for migration',
    es: 'las vías legales de migración',
    patterns: ['legal pathways', 'lawful pathways', 'vias legales', 'vias regulares'],
  },
  {
    id: 'border-infrastructure',
    en: 'border infrastructure',
    es: 'la infraestructura fronteriza',
    patterns: ['border infrastructure', 'infrastructure', 'infraestructura fronteriza', 'infraestructura'],
  },
  {
    id: 'migration',
    en: 'a regional response to migration',
    es: 'una respuesta regional a la migración',
    patterns: ['region-wide response', 'regional response', 'migration', 'respuesta regional', 'migracion'],
  },
  {
    id: 'public-health',
    en: 'public health and treatment services',
    es: 'los servicios de salud pública y tratamiento',
    patterns: ['public health', 'treatment services', 'salud publica', 'tratamiento'],
  },
  {
    id: 'unmanned-systems',
    en: 'unmanned systems',
    es: 'los sistemas no tripulados',
    patterns: ['drones', 'unmanned', 'no tripulad*'],
  },
  {
    id: 'border-security',
    en: 'border security',
    es: 'la seguridad fronteriza',
    patterns: ['border security', 'seguridad fronteriza'],
  },
  {
    id: 'cooperation',
    en: 'security cooperation',
    es: 'la cooperación en seguridad',
    patterns: ['cooperation', 'collaboration', 'cooperacion', 'colaboracion'],
  },
];
