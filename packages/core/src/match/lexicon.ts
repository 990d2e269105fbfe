/**
 * Run time: the small word lists the document pass needs to read a name's neighbours. All folded
 * (lower case, no accents) so they compare with `foldString` output.
 */

// Each list is kept in alphabetical order: it ships in every page's content script, and sorted
// words compress better.
const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words that make the name after them a person with a post ("President Sheinbaum", "el canciller Ebrard"). */
export const TITLES = words(`
  acting administrator admiral adviser advisor agregado aide alcalde alcaldesa almirante ambassador
  ambassadors asesor asesora assistant attache attorney canciller chancellor chief comandante
  comisionada comisionado commander commissioner concejal congressman congresswoman consejera
  consejero coordinador coordinadora coordinator councilman councilwoman counselor deputy diplomat
  diplomatica diplomatico diputada diputado director directora dirigente doctor doctora don dona dr
  dra embajador embajadora enviada enviado envoy fiscal fiscales funcionaria funcionario gen
  general generals gobernador gobernadora governor gral head ing ingeniera ingeniero jefa jefe
  judge juez jueza lawmaker lic licenciada licenciado magistrada magistrado mayor minister ministra
  ministro mr mrs ms negociador negociadora negotiator official president presidenta presidente
  presidentes presidents procurador procuradora prosecutor regidor regidora rep representante
  representative secretaria secretaries secretario secretarios secretary sen senador senadora
  senator senators senor senora sheriff speaker spokesman spokesperson spokeswoman sr sra srta
  subsecretaria subsecretario titular undersecretary vice vicepresidenta vicepresidente vocera
  vocero
`);

/**
 * Posts of elected, local or judicial office. Before a surname an official shares with many
 * people, one the official does not hold (their titled aliases say which they do) names someone
 * else: "el gobernador García" is not Omar García Harfuch, nor "la jueza Velasco" Roberto Velasco.
 */
export const ELECTED_POSTS = words(`
  alcalde alcaldesa concejal congressman congresswoman councilman councilwoman diputada diputado
  gobernador gobernadora governor judge juez jueza lawmaker magistrada magistrado mayor regidor
  regidora rep representative sen senador senadora senator sheriff
`);

/** The small words inside a post's name written out in front of a name: "Director for the Western Hemisphere". */
export const POST_GLUE = words('and de del el en for la las los of on para the y');

/**
 * Who a person is, not what they do: "el joven Juan González", "la víctima Rosa Rodríguez", "el
 * detenido Omar García", "the suspect Juan Gonzalez".
 */
export const PEOPLE = words(`
  abuela abuelo boy chica chico detainee detenida detenido girl hombre joven man muchacha muchacho
  mujer neighbor nina nino sospechosa sospechoso suspect vecina vecino victim victima woman
`);

/**
 * Title words that are courtesy, not a post: "el señor Rodríguez", "la doctora González", "Mr.
 * Salazar" may be anyone with the surname. Any title word still shows that the word before a name
 * is not a given name.
 */
export const HONORIFICS = words(`
  don dona dr dra doctor doctora ing ingeniera ingeniero lic licenciada licenciado mr mrs ms senor
  senora sr sra srta
`);

/**
 * Institution words that end a title ("Secretary of State Blinken", "Secretary of Homeland
 * Security Mayorkas"), and the connectors inside titles: between a title and a name they keep the
 * title in force.
 */
export const TITLE_CONTINUATIONS = words(`
  affairs american and citizen ciudadana de defensa defense del ejecutiva ejecutivo especial estado
  estados estadounidense executive exteriores for foreign gobernacion hacienda homeland house
  interior justice justicia la las los marina mexican mexicana mexicano mexico nacional national
  navy of proteccion protection public publica relaciones republic republica security seguridad
  senior special state states the treasury unidos united us white y
`);

/**
 * Capitalised words that are not names: sentence openers, connectives, months, days. A surname after
 * one of these is not hiding a given name.
 */
export const NOT_NAMES = words(`
  a abril ademas after agosto al also an and ante april as asimismo at august ayer bajo before both but by
  con cuando de december del desde diciembre domingo durante during el en enero entre ex
  expresidente exsecretario febrero february for former friday from hasta her his however hoy if in
  its january jueves julio july june junio la las late los lunes manana march martes marzo may mayo
  meanwhile mientras miercoles monday new november noviembre o october octubre old on or our over
  para pero por que sabado said saturday says segun september septiembre setiembre sin since sobre
  sunday tambien that the their then these this those thursday to today tomorrow top tras tuesday un una
  unas under unos viernes wednesday when while with y yesterday
`);

/**
 * Common given names that can open a sentence. Mid-sentence any unknown capitalised word before a
 * surname blocks it; at the start of a sentence only these do, because "Yesterday Biden said" is
 * ordinary prose and "Hunter Biden said" is another person.
 */
export const GIVEN_NAMES = words(`
  adrian adriana alberto alejandra alejandro alexander alfonso alicia amanda amy ana andrea andres
  andrew angela angelica anna anthony antonio araceli arturo ashley barbara barron beatriz beau
  benjamin beth betty bill billy bob bobby brandon brenda brian carlos carmen carol catherine cesar
  charles chris christina christine christopher claudia cynthia dan daniel danny dave david deborah
  dennis diana diane dick diego donald dorothy eduardo edward elena elizabeth emilio emily emma
  enrique eric ernesto evelyn felipe fernanda fernando francisco frank gabriel gabriela gary george
  gerardo greg gregory guadalupe guillermo gustavo heather hector hugo hunter ignacio irma isabel
  ivanka jack jacob james jason javier jeff jeffrey jennifer jerry jessica jesus jill jim jimmy
  joan joe john jonathan jorge jose joseph joshua joyce juan juana judith julie julio justin karen
  kate katherine kathleen katie kelly ken kenneth kevin lara larry laura lauren leticia linda lisa
  liz lorena lucia luis lupe manuel marcela marco marcos margaret margarita maria mario mark martha
  martin mary matt matthew melania melissa michael michelle miguel mike monica nancy naomi nicholas
  nick nicole norma olga olivia omar oscar pablo paco pamela paola pat patricia patrick paul pedro
  pepe pete rachel rafael ramon raul raymond rebecca ricardo rich richard rick robert roberto
  rodrigo ronald rosa ruth ryan salvador sam samantha samuel sandra santiago sarah scott sergio
  sharon silvia sofia stephanie stephen steve steven sue susan ted teresa thomas tiffany tim
  timothy tom tomas tommy tony tyler valeria valerie veronica victor victoria william yolanda
`);

/** Suffixes that tell a son or father of the same name apart. */
export const GENERATIONS = words('ii iii iv jr sr');

/** Words that relate a post to someone else's: "a friend of the president", "asesor del presidente". */
export const RELATIONS = words('al con de del for of para to with');

/** Words before "by" in a credit line: "Reporting by …; editing by …". */
export const CREDITED_WORK = words('compiled editing fotos photos reporting writing');

/** Labels before a colon in a credit: "Photo: …", "Foto: …". */
export const CREDIT_LABELS = words('credit credito foto fotografia photo photograph texto');

/**
 * Sentence openers a shared surname may follow, besides NOT_NAMES: at a sentence's start any other
 * capitalised word before one is a given name. Some end like a doer's noun ("later", "primero").
 */
export const OPENERS = words(`
  against como contra despues earlier either entonces further hacia incluso instead later like luego
  mediante mejor never now other per primera primero rather still tambien together unlike whether
  without yet
`);
