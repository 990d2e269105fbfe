/**
 * Common given names in Mexico and the United States, and the world's most common ones that US
 * news prints every day, with their usual gender: a general data resource (no official of the
 * corpus is listed because of who they are). It tells a given name
 * from a surname in "Raymundo Pedro Morales", picks "presidente" or "presidenta" for a rendered
 * title, and marks full names that are common in the world.
 */
const FEMALE = `
adriana alejandra alicia alma ana andrea angelica antonia araceli beatriz berenice blanca brenda
carmen carolina catalina cecilia claudia cristina daniela diana dolores elena elizabeth elsa
esperanza estela esther eva fabiola fernanda gabriela gloria graciela guadalupe irma isabel ivonne
josefina juana julia karina karla laura leticia lilia lorena lourdes lucia luisa luz magdalena
marcela margarita maria mariana maribel marisol marta martha mercedes minerva monica nancy norma
olga paola patricia paula pilar raquel rebeca rocio rosa rosario ruth sandra sara silvia sofia
socorro susana teresa veronica victoria ximena yolanda
abigail amanda amy angela ann anna barbara betty brittany carol catherine charlotte cheryl
christina christine cynthia deborah debra denise donna dorothy emily emma evelyn frances gina
hannah heather helen jacqueline janet janice jennifer jessica joan joyce judith julie karen
katherine kathleen kathryn katie kelly kimberly kristen kristie kristin kristy lauren linda lisa
madison margaret marie marilyn megan melissa michelle nicole olivia pamela rachel rebecca ruth
samantha sarah sharon shirley stephanie susan tammy theresa tina virginia
aisha anjali deepa fatima kavita lakshmi mei neha pooja priya sunita ying
`;

const MALE = `
adrian agustin alberto alejandro alfonso alfredo alonso alvaro andres angel antonio armando arturo
benjamin carlos cesar cristian daniel david diego eduardo efrain emilio enrique ernesto esteban
eugenio fabian federico felipe fernando francisco gabriel gerardo gilberto gonzalo gregorio
guillermo gustavo hector hugo humberto ignacio ismael ivan jaime javier jesus joaquin jorge jose
juan julian julio leonardo lorenzo luis manuel marcelo marco marcos mario martin mauricio miguel
moises nicolas octavio omar oscar pablo pedro rafael ramiro ramon raul raymundo ricardo roberto
rodolfo rodrigo rogelio ruben salvador santiago saul sergio tomas ulises vicente victor
aaron adam alan albert andrew anthony arthur benjamin billy bobby brandon brian bruce bryan carl
charles christopher dennis donald douglas dylan edward eric ethan eugene frank gary george gerald
gregory harold henry jack jacob james jason jeffrey jeremy jerry jesse joe john johnny jonathan
joseph joshua justin keith kenneth kevin kyle larry lawrence leonard louis mark matthew michael
nathan nicholas patrick paul peter philip ralph randy raymond richard robert roger ronald roy
russell ryan samuel scott sean stephen steven terry thomas timothy tyler walter wayne william
ahmed ajay amit anil arjun ashok hassan hiroshi ibrahim mohammed muhammad rahul raj rajesh ravi
sanjay sunil vijay wei
`;

export type Gender = 'f' | 'm';

const GENDERS = new Map<string, Gender>();
for (const name of MALE.split(/\s+/).filter(Boolean)) GENDERS.set(name, 'm');
for (const name of FEMALE.split(/\s+/).filter(Boolean)) GENDERS.set(name, 'f');

/** English short forms and their full given names, so "Joe Biden" and "Joseph Biden" meet. */
const NICKNAMES: Record<string, string> = {
  al: 'albert',
  alex: 'alexander',
  andy: 'andrew',
  bill: 'william',
  billy: 'william',
  bob: 'robert',
  bobby: 'robert',
  chris: 'christopher',
  chuck: 'charles',
  dan: 'daniel',
  danny: 'daniel',
  dave: 'david',
  don: 'donald',
  ed: 'edward',
  eddie: 'edward',
  frank: 'francis',
  fred: 'frederick',
  greg: 'gregory',
  jack: 'john',
  jake: 'jacob',
  jeff: 'jeffrey',
  jim: 'james',
  jimmy: 'james',
  joe: 'joseph',
  johnny: 'john',
  jon: 'jonathan',
  ken: 'kenneth',
  kenny: 'kenneth',
  larry: 'lawrence',
  liz: 'elizabeth',
  beth: 'elizabeth',
  betsy: 'elizabeth',
  kate: 'katherine',
  katie: 'katherine',
  kathy: 'katherine',
  matt: 'matthew',
  mike: 'michael',
  nick: 'nicholas',
  pat: 'patrick',
  pete: 'peter',
  rich: 'richard',
  rick: 'richard',
  dick: 'richard',
  rob: 'robert',
  ron: 'ronald',
  sam: 'samuel',
  steve: 'stephen',
  sue: 'susan',
  ted: 'edward',
  tim: 'timothy',
  tom: 'thomas',
  tony: 'anthony',
  will: 'william',
  pepe: 'jose',
  paco: 'francisco',
  pancho: 'francisco',
  lupe: 'guadalupe',
  chema: 'jose maria',
};

/** `folded` is a lower-case, accentless word. */
export function isGivenName(folded: string): boolean {
  return GENDERS.has(folded) || folded in NICKNAMES;
}

export function genderOf(folded: string): Gender | null {
  return GENDERS.get(folded) ?? GENDERS.get(NICKNAMES[folded] ?? '') ?? null;
}

/** The full form a short given name stands for ("joe" → "joseph"); other names unchanged. */
export function formalGivenName(folded: string): string {
  return NICKNAMES[folded] ?? folded;
}

/** The short forms the press uses for a full given name ("kenneth" → ["ken", "kenny"]). */
export function shortGivenNames(folded: string): string[] {
  return Object.entries(NICKNAMES)
    .filter(([, formal]) => formal === folded)
    .map(([short]) => short);
}
