import { describe, expect, it } from 'vitest';
import { createMatcher, knowledgeBase } from '../src/index.js';

// News-like text written for this test, in the press's own wording, none of it taken from the
// corpus: the rules must carry over to pages the knowledge base has never seen. Each row lists every
// mention that must be found (surface text → entity id, agreements by the end of their id) and the
// table's negative rows must find nothing at all.
const matcher = createMatcher(knowledgeBase);

interface Row {
  name: string;
  /** The language the caller says the page is in; 'unsaid' when it does not. */
  lang: 'en' | 'es' | 'unsaid';
  text: string;
  found: Array<[surface: string, entity: string]>;
}

const rows: Row[] = [
  {
    name: 'a bare surname after another person with that surname was named',
    lang: 'en',
    text: 'Security Secretary Omar García Harfuch met U.S. officials on fentanyl. Nuevo León Governor Samuel García said the state would help. García added that the border was calm. Later García Harfuch spoke again, and García said more arrests would follow.',
    found: [
      ['Omar García Harfuch', 'official/omar-garcia-harfuch'],
      ['García Harfuch', 'official/omar-garcia-harfuch'],
      ['García', 'official/omar-garcia-harfuch'],
    ],
  },
  {
    name: 'the formal given name of an official the statements called by a short one',
    lang: 'en',
    text: 'Deputy Secretary of State Richard Verma met Mexican officials to discuss fentanyl and migration.',
    found: [['Richard Verma', 'official/rich-verma']],
  },
  {
    name: 'a middle initial the statements did not write, in the mention',
    lang: 'en',
    text: 'President Joseph R. Biden spoke with Mexican officials about fentanyl.',
    found: [['Joseph R. Biden', 'official/joseph-biden']],
  },
  {
    name: 'the full name with its generational suffix, as curated',
    lang: 'en',
    text: 'President Joseph R. Biden Jr. spoke with Mexican officials about fentanyl.',
    found: [['Joseph R. Biden Jr.', 'official/joseph-biden']],
  },
  {
    name: 'a son who bears his father’s name, with the suffix the official’s aliases lack',
    lang: 'en',
    text: 'Donald Trump Jr. criticized the Mexican government over fentanyl and the border.',
    found: [],
  },
  {
    name: 'surnames in a headline set in capitals',
    lang: 'en',
    text: 'BIDEN AND SHEINBAUM DISCUSS FENTANYL AT BORDER SUMMIT',
    found: [
      ['BIDEN', 'official/joseph-biden'],
      ['SHEINBAUM', 'official/claudia-sheinbaum'],
    ],
  },
  {
    name: 'surnames in title-case headlines, between capitalised words',
    lang: 'en',
    text: 'Trump Envoy Praises Harfuch After Extraditions\n\nMexican Navy Chief Morales Discusses Fentanyl Seizures\n\nAMLO Criticizes Ebrard Over Border Deal',
    found: [
      ['Trump', 'official/donald-trump'],
      ['Harfuch', 'official/omar-garcia-harfuch'],
      ['Morales', 'official/raymundo-pedro-morales'],
      ['AMLO', 'official/andres-manuel-lopez-obrador'],
      ['Ebrard', 'official/marcelo-ebrard-casaubon'],
    ],
  },
  {
    name: 'a full name followed by the second surname the statements left out',
    lang: 'es',
    text: 'El secretario de Marina, almirante Raymundo Pedro Morales Ángeles, informó del decomiso de fentanilo en Sinaloa.',
    found: [['Raymundo Pedro Morales Ángeles', 'official/raymundo-pedro-morales']],
  },
  {
    name: 'the second surname the page gave, after the surname and after a shorter name',
    lang: 'es',
    text:
      'El almirante Raymundo Pedro Morales Ángeles, secretario de Marina, informó del decomiso de fentanilo. ' +
      'Morales Ángeles agregó que Raymundo Morales Ángeles, como lo llaman en la Armada, no viajará. Morales Pérez, un marino, sí.',
    found: [
      ['Raymundo Pedro Morales Ángeles', 'official/raymundo-pedro-morales'],
      ['Morales Ángeles', 'official/raymundo-pedro-morales'],
      ['Raymundo Morales Ángeles', 'official/raymundo-pedro-morales'],
    ],
  },
  {
    name: 'a Mexican official’s distinctive name with the second surname the statements left out',
    lang: 'es',
    text:
      'La presidenta Claudia Sheinbaum Pardo y el general Ricardo Trevilla Trejo hablaron del tráfico de armas. ' +
      'Sheinbaum Pardo dijo que Trevilla Trejo viajará a Washington.',
    found: [
      ['Claudia Sheinbaum Pardo', 'official/claudia-sheinbaum'],
      ['Ricardo Trevilla Trejo', 'official/ricardo-trevilla'],
      ['Sheinbaum Pardo', 'official/claudia-sheinbaum'],
      ['Trevilla Trejo', 'official/ricardo-trevilla'],
    ],
  },
  {
    name: 'no second surname across a line, in a title-case headline, or from a day of the week',
    lang: 'en',
    text:
      'Claudia Sheinbaum Meets Trump Aides\n\nPresident Claudia Sheinbaum\nPalacio Nacional, Donald Trump spoke on fentanyl. ' +
      'Mexican President Claudia Sheinbaum Tuesday said arms trafficking must stop.',
    found: [
      ['Claudia Sheinbaum', 'official/claudia-sheinbaum'],
      ['Trump', 'official/donald-trump'],
      ['Claudia Sheinbaum', 'official/claudia-sheinbaum'],
      ['Donald Trump', 'official/donald-trump'],
      ['Claudia Sheinbaum', 'official/claudia-sheinbaum'],
    ],
  },
  {
    name: 'a second surname is learnt only for a Mexican official whose statements left it out',
    lang: 'en',
    text: 'Joe Biden Administration officials and Omar García Harfuch Trejo met on fentanyl and arms trafficking.',
    found: [
      ['Joe Biden', 'official/joseph-biden'],
      ['Omar García Harfuch', 'official/omar-garcia-harfuch'],
    ],
  },
  {
    name: 'a common full name after the post that makes it this official',
    lang: 'es',
    text: 'El secretario de Marina, Raymundo Morales, dijo que el buque fue asegurado en Manzanillo.',
    found: [['Raymundo Morales', 'official/raymundo-pedro-morales']],
  },
  {
    name: 'a common full name after a post the press abbreviates',
    lang: 'es',
    text: 'La titular de la SSPC se reunió con Juan González en la Ciudad de México.',
    found: [['Juan González', 'official/juan-gonzalez']],
  },
  {
    name: 'a common full name beside the public-security system and its figures',
    lang: 'es',
    text: 'Marcela Figueroa, secretaria ejecutiva del SESNSP, presentó las cifras de homicidios del mes.',
    found: [['Marcela Figueroa', 'official/marcela-figueroa']],
  },
  {
    name: 'a common full name on a page about athletics',
    lang: 'en',
    text: 'Marcela Figueroa won the 400 meters in Lima, ahead of two Colombian runners.',
    found: [],
  },
  {
    name: 'a common full name beside a government that is not a security one',
    lang: 'en',
    text: 'Juan González hit a walk-off homer for the White Sox, who will visit the White House in May.',
    found: [],
  },
  {
    name: 'a declaration by its short Spanish name',
    lang: 'es',
    text: 'México refrendó los compromisos de la Declaración de Los Ángeles en materia de migración.',
    found: [['Declaración de Los Ángeles', 'framework/los-angeles-declaration']],
  },
  {
    name: 'a rare second surname alone on a page about security',
    lang: 'es',
    text: 'Harfuch, por su parte, informó que en el último año se extraditó a 29 narcotraficantes a Estados Unidos.',
    found: [['Harfuch', 'official/omar-garcia-harfuch']],
  },
  {
    name: 'the former president by his initials, in both languages',
    lang: 'en',
    text: 'AMLO, as Andrés Manuel López Obrador is widely known, rejected the idea. El expresidente AMLO lo reiteró.',
    found: [
      ['AMLO', 'official/andres-manuel-lopez-obrador'],
      ['Andrés Manuel López Obrador', 'official/andres-manuel-lopez-obrador'],
      ['AMLO', 'official/andres-manuel-lopez-obrador'],
    ],
  },
  {
    name: 'security chief by full name, then by second surname',
    lang: 'en',
    text: 'Mexico’s security chief Omar García Harfuch met U.S. officials in Washington on Thursday. Harfuch said the cabinet had arrested dozens of suspects.',
    found: [
      ['Omar García Harfuch', 'official/omar-garcia-harfuch'],
      ['Harfuch', 'official/omar-garcia-harfuch'],
    ],
  },
  {
    name: 'Spanish titles before surnames',
    lang: 'es',
    text: 'El canciller Juan Ramón de la Fuente y el secretario García Harfuch encabezaron la delegación que viajó a Washington.',
    found: [
      ['Juan Ramón de la Fuente', 'official/juan-ramon-de-la-fuente'],
      ['secretario García Harfuch', 'official/omar-garcia-harfuch'],
    ],
  },
  {
    name: 'distinctive surname alone and possessive',
    lang: 'en',
    text: "Sheinbaum's government has sent troops to the border, and Biden officials welcomed the move.",
    found: [
      ['Sheinbaum', 'official/claudia-sheinbaum'],
      ['Biden', 'official/joseph-biden'],
    ],
  },
  {
    name: 'accentless full name, given name plus first surname',
    lang: 'en',
    text: 'Former president Andres Manuel Lopez Obrador and Navy Secretary Rafael Ojeda toured the port.',
    found: [
      ['Andres Manuel Lopez Obrador', 'official/andres-manuel-lopez-obrador'],
      ['Rafael Ojeda', 'official/jose-rafael-ojeda-duran'],
    ],
  },
  {
    name: 'framework by its Spanish name and the president by title',
    lang: 'es',
    text: 'La presidenta Sheinbaum dijo que el Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras quedó atrás.',
    found: [
      ['presidenta Sheinbaum', 'official/claudia-sheinbaum'],
      [
        'Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras',
        'framework/bicentennial-framework',
      ],
    ],
  },
  {
    name: 'framework by its short Spanish name',
    lang: 'es',
    text: 'El Entendimiento Bicentenario guía la cooperación desde 2021.',
    found: [['Entendimiento Bicentenario', 'framework/bicentennial-framework']],
  },
  {
    name: 'framework by its short English name in lower case',
    lang: 'en',
    text: 'Officials said the bicentennial framework had guided cooperation since 2021.',
    found: [['bicentennial framework', 'framework/bicentennial-framework']],
  },
  {
    name: 'a shared surname after the full name in the same page',
    lang: 'en',
    text: 'Ambassador Kenneth Salazar spoke first. Later, Salazar told reporters that fentanyl seizures had doubled.',
    found: [
      ['Kenneth Salazar', 'official/kenneth-salazar'],
      ['Salazar', 'official/kenneth-salazar'],
    ],
  },
  {
    name: 'the short form of a given name, on a page about the domain',
    lang: 'en',
    text: 'U.S. Ambassador Ken Salazar said cooperation against fentanyl trafficking was at its best.',
    found: [['Ken Salazar', 'official/kenneth-salazar']],
  },
  {
    name: 'an acronym once the group is named in full',
    lang: 'es',
    text: 'El Grupo de Implementación de Seguridad se reunió en Washington. El GIS revisó los avances.',
    found: [
      ['Grupo de Implementación de Seguridad', 'framework/grupo-de-implementacion-de-seguridad'],
      ['GIS', 'framework/grupo-de-implementacion-de-seguridad'],
    ],
  },
  {
    name: 'a title and a surname that is also a place, once the official is named',
    lang: 'en',
    text: 'Lisa Monaco arrived on Monday. Deputy Attorney General Monaco then met her counterparts.',
    found: [
      ['Lisa Monaco', 'official/lisa-o-monaco'],
      ['Attorney General Monaco', 'official/lisa-o-monaco'],
    ],
  },
  {
    name: 'an agreement reported in other words, in English',
    lang: 'en',
    text: 'Mexico and the United States agreed on Friday to speed up extraditions of cartel bosses.',
    found: [['agreed on Friday to speed up extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'an agreement reported in other words, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron reforzar las acciones contra el tráfico de armas en la frontera.',
    found: [['acordaron reforzar las acciones contra el tráfico de armas', 'strengthen-arms-trafficking']],
  },
  {
    name: 'an agreement on arms trafficking in the press’s verbs, in English',
    lang: 'en',
    text: 'Mexico and the United States agreed to crack down on gun smuggling across the border.',
    found: [['agreed to crack down on gun smuggling', 'address-arms-trafficking']],
  },
  {
    name: 'an agreement on arms trafficking in the press’s verbs, in Spanish',
    lang: 'es',
    text: 'Los gobiernos de México y Estados Unidos se comprometieron a combatir el tráfico de armas.',
    found: [['se comprometieron a combatir el tráfico de armas', 'address-arms-trafficking']],
  },
  {
    name: 'an agreement against arms trafficking with no verb of fighting, in Spanish',
    lang: 'es',
    text: 'Marco Rubio y Juan Ramón de la Fuente acordaron reforzar la cooperación contra el tráfico de armas.',
    found: [
      ['Juan Ramón de la Fuente', 'official/juan-ramon-de-la-fuente'],
      ['acordaron reforzar la cooperación contra el tráfico de armas', 'address-arms-trafficking'],
    ],
  },
  {
    name: 'an agreement to curb arms trafficking and fentanyl flows, in a headline',
    lang: 'en',
    text: 'Mexico, US agree to curb arms trafficking and fentanyl flows',
    found: [['agree to curb arms trafficking and fentanyl', 'address-arms-trafficking']],
  },
  {
    name: 'an agreement to curb arms trafficking, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron frenar el tráfico de armas en la frontera común.',
    found: [['acordaron frenar el tráfico de armas', 'address-arms-trafficking']],
  },
  {
    name: 'arms trafficking as the flow of firearms',
    lang: 'en',
    text: 'Both countries pledged to tackle the flow of firearms south into Mexico, U.S. officials said.',
    found: [['pledged to tackle the flow of firearms', 'address-arms-trafficking']],
  },
  {
    name: 'arms trafficking as the flow of weapons, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron frenar el flujo de armas hacia el sur.',
    found: [['acordaron frenar el flujo de armas', 'address-arms-trafficking']],
  },
  {
    name: 'the flow of firearms between two other countries',
    lang: 'en',
    text: 'Canada and Brazil agreed to curb the flow of firearms across their borders.',
    found: [],
  },
  {
    name: 'the more specific of two agreements in the same words',
    lang: 'en',
    text: 'Mexico and the United States agreed to boost data sharing on priority cases involving fentanyl.',
    found: [['agreed to boost data sharing on priority cases', 'increase-data-exchange-priority-cases']],
  },
  {
    name: 'the more specific of two agreements in the same words, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron incrementar el intercambio de datos sobre casos prioritarios de fentanilo.',
    found: [
      [
        'acordaron incrementar el intercambio de datos sobre casos prioritarios',
        'increase-data-exchange-priority-cases',
      ],
    ],
  },
  {
    name: 'the United States as the Mexican press abbreviates it',
    lang: 'es',
    text: 'México y EU acuerdan frenar el tráfico de armas en la frontera.',
    found: [['acuerdan frenar el tráfico de armas', 'address-arms-trafficking']],
  },
  {
    name: 'the United States as other Mexican papers abbreviate it',
    lang: 'es',
    text: 'E.U. y México pactan reforzar el combate al tráfico de armas en la frontera.',
    found: [['pactan reforzar el combate al tráfico de armas', 'address-arms-trafficking']],
  },
  {
    name: 'the European Union with periods, in English',
    lang: 'en',
    text: 'The E.U. and Mexico agreed to fight arms trafficking in the Caribbean.',
    found: [],
  },
  {
    name: 'the European Union by the same letters, in English',
    lang: 'en',
    text: 'The EU and Mexico agreed to fight arms trafficking in the Caribbean.',
    found: [],
  },
  {
    name: 'the United States as the Mexican press abbreviates it, on a page that does not say its language',
    lang: 'unsaid',
    text: 'Sheinbaum y el secretario de Estado de EU, Marco Rubio, acordaron crear un Grupo de Implementación de Seguridad.',
    found: [
      ['Sheinbaum', 'official/claudia-sheinbaum'],
      ['Grupo de Implementación de Seguridad', 'framework/grupo-de-implementacion-de-seguridad'],
    ],
  },
  {
    name: 'an agreement with the United States as “EU”, on a page that does not say its language',
    lang: 'unsaid',
    text: 'México y EU acuerdan frenar el tráfico de armas en la frontera.',
    found: [['acuerdan frenar el tráfico de armas', 'address-arms-trafficking']],
  },
  {
    name: 'the European Union by the same letters, on a page that does not say its language',
    lang: 'unsaid',
    text: 'The EU and Mexico agreed to fight arms trafficking in the Caribbean.',
    found: [],
  },
  {
    name: 'handovers of high-value targets, in a headline',
    lang: 'en',
    text: 'Mexico and U.S. agree to speed up handovers of high-value targets',
    found: [['agree to speed up handovers of high-value targets', 'accelerate-extraditions']],
  },
  {
    name: 'handovers of high-value targets, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron agilizar la entrega de objetivos de alto valor.',
    found: [['acordaron agilizar la entrega de objetivos de alto valor', 'accelerate-extraditions']],
  },
  {
    name: 'both countries in one hyphenated word',
    lang: 'en',
    text: 'At the U.S.-Mexico security talks, officials agreed to launch joint patrols along the border.',
    found: [['agreed to launch joint patrols', 'joint-patrols']],
  },
  {
    name: 'an agreement told in the future tense, in Spanish',
    lang: 'es',
    text: 'Rubio afirmó en Washington que México y Estados Unidos mantendrán reuniones periódicas de alto nivel sobre seguridad.',
    found: [['mantendrán reuniones periódicas', 'hold-meetings']],
  },
  {
    name: 'the same commitment about water, on a page that never speaks of security',
    lang: 'en',
    text: 'Mexican and U.S. officials agreed to hold regular meetings on water deliveries from the Rio Grande.',
    found: [],
  },
  {
    name: 'sharing information on trade, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron compartir información sobre las importaciones de tomate y aguacate.',
    found: [],
  },
  {
    name: 'the same commitment in common words on a page about security',
    lang: 'en',
    text: 'Fentanyl seizures at the border doubled this year, officials said. Mexico and the United States also agreed to hold regular meetings.',
    found: [['agreed to hold regular meetings', 'hold-meetings']],
  },
  {
    name: 'a meeting in the future tense between two football clubs',
    lang: 'es',
    text: 'Los directivos de Cruz Azul y América celebrarán una reunión periódica el próximo martes.',
    found: [],
  },
  {
    name: 'an agreement on precursors in the press’s verbs',
    lang: 'en',
    text: 'Mexico and the United States vowed to stem the flow of precursor chemicals from Asia.',
    found: [['vowed to stem the flow of precursor chemicals', 'disrupt-precursor-chemicals']],
  },
  {
    name: 'an agreement reported without the verb that says how hard',
    lang: 'es',
    text: 'México y Estados Unidos acordaron nuevas acciones contra el tráfico de armas.',
    found: [['acordaron nuevas acciones contra el tráfico de armas', 'strengthen-arms-trafficking']],
  },
  {
    name: 'an agreement about what the exchange is on, with another verb, in English',
    lang: 'en',
    text: 'Mexico and the United States agreed to step up the exchange of information on priority targets.',
    found: [
      [
        'agreed to step up the exchange of information on priority targets',
        'accelerate-information-exchange-priority-targets',
      ],
    ],
  },
  {
    name: 'an agreement about what the exchange is on, with another verb, in Spanish',
    lang: 'es',
    text: 'Los gobiernos de México y Estados Unidos acordaron intensificar el intercambio de información sobre objetivos prioritarios.',
    found: [
      [
        'acordaron intensificar el intercambio de información sobre objetivos prioritarios',
        'accelerate-information-exchange-priority-targets',
      ],
    ],
  },
  {
    name: 'a sports page about a player who shares an official’s name',
    lang: 'en',
    text: 'Juan González scored twice as Cruz Azul beat América 3-1 on Saturday night. González now leads the league.',
    found: [],
  },
  {
    name: 'a travel page about a place that shares a surname',
    lang: 'en',
    text: 'Monaco draws thousands of visitors each May for its Grand Prix, and hotels in Monaco sell out early.',
    found: [],
  },
  {
    name: 'another person whose name contains a known surname',
    lang: 'en',
    text: 'Hunter Biden and Jill Biden attended the ceremony in Delaware.',
    found: [],
  },
  {
    name: 'a surname common worldwide, on a page about someone else',
    lang: 'en',
    text: 'Gupta, a cardiologist from Mumbai, opened a new clinic in Houston last week.',
    found: [],
  },
  {
    name: 'someone else called García',
    lang: 'es',
    text: 'Carlos García, vecino de Iztapalapa, dijo que la obra lleva dos años detenida.',
    found: [],
  },
  {
    name: 'other countries agreeing on the same topics',
    lang: 'en',
    text: 'France and Germany agreed to share information on arms trafficking and to accelerate extraditions.',
    found: [],
  },
  {
    name: 'generic frameworks and another country’s dialogue',
    lang: 'en',
    text: 'The EU adopted a new framework for artificial intelligence, and Japan opened a High-Level Dialogue on trade.',
    found: [],
  },
  {
    name: 'a full name whose surname is also a given name, on a page about something else',
    lang: 'en',
    text: 'Andrew Leonard, a technology writer, reviewed the new phone and its camera.',
    found: [],
  },
  {
    name: 'a full name whose surname is also a given name, on a page about the domain',
    lang: 'en',
    text: 'U.S. military attaché Andrew Leonard briefed Mexican officials on cartel activity near the border.',
    found: [['Andrew Leonard', 'official/andrew-leonard']],
  },
  {
    name: 'a post and a shared surname, with a country and one domain word for company',
    lang: 'es',
    text: 'El canciller De la Fuente viajó a Washington para reunirse con funcionarios de seguridad.',
    found: [['canciller De la Fuente', 'official/juan-ramon-de-la-fuente']],
  },
  {
    name: 'a common full name with its post after it, and the two countries',
    lang: 'en',
    text: 'DENVER — Ken Salazar, who served as U.S. ambassador to Mexico until January, said he would return to his ranch.',
    found: [['Ken Salazar', 'official/kenneth-salazar']],
  },
  {
    name: 'a common full name with a post after it that is not one',
    lang: 'en',
    text: 'Juan González, the Dodgers’ shortstop, said Mexico beat the United States in the final.',
    found: [],
  },
  {
    name: 'a common full name beside someone else’s post',
    lang: 'en',
    text: 'Juan González, a friend of the president, watched Mexico beat the United States on Sunday.',
    found: [],
  },
  {
    name: 'a common full name with its post after it, in Spanish',
    lang: 'es',
    text: 'Juan González, asesor de la Casa Blanca, se reunió con funcionarios mexicanos en Washington.',
    found: [['Juan González', 'official/juan-gonzalez']],
  },
  {
    name: 'a common full name with its post a few words into the clause after it',
    lang: 'en',
    text: 'Juan González, the White House’s top Latin America adviser, met Mexican officials in Washington.',
    found: [['Juan González', 'official/juan-gonzalez']],
  },
  {
    name: 'a common full name whose clause names a post of someone it is related to',
    lang: 'en',
    text: 'Juan González, the 23-year-old son of a former president of Mexico, scored twice against the United States.',
    found: [],
  },
  {
    name: 'a former post written as one word, in Spanish',
    lang: 'es',
    text: 'El exembajador Ken Salazar criticó la política migratoria de Estados Unidos hacia México.',
    found: [['Ken Salazar', 'official/kenneth-salazar']],
  },
  {
    name: 'a former player is no post',
    lang: 'es',
    text: 'El exdelantero Juan González anotó en el partido de veteranos entre México y Estados Unidos.',
    found: [],
  },
  {
    name: 'a common full name on a football page that names both countries and security',
    lang: 'en',
    text: 'Juan González scored twice as Mexico beat the United States 2-1; security at the stadium was tight.',
    found: [],
  },
  {
    name: 'a distinctive surname alone after someone else with it was named',
    lang: 'en',
    text: 'Hunter Biden spoke to reporters outside the courthouse. Biden said he would appeal the verdict.',
    found: [],
  },
  {
    name: 'a surname alone after a journalist who shares it',
    lang: 'en',
    text: 'Bill Gertz reported on Chinese missiles for the Washington Times. Gertz wrote that the Pentagon was worried.',
    found: [],
  },
  {
    name: 'a surname with a post after someone else with it was named',
    lang: 'en',
    text: 'President Joe Biden met Mexican officials on fentanyl. His son Hunter Biden was not there. Later, President Biden said the talks went well.',
    found: [
      ['Joe Biden', 'official/joseph-biden'],
      ['President Biden', 'official/joseph-biden'],
    ],
  },
  {
    name: 'a cabinet member’s common surname alone, on a page about something else',
    lang: 'en',
    text: 'The Ojeda family owns the bakery on Main Street. Ojeda said bread prices rose again.',
    found: [],
  },
  {
    name: 'a group named again by its head, after its full name',
    lang: 'es',
    text: 'El Grupo de Implementación de Seguridad se reunió en Washington. El Grupo de Implementación revisó el tráfico de armas.',
    found: [
      ['Grupo de Implementación de Seguridad', 'framework/grupo-de-implementacion-de-seguridad'],
      ['Grupo de Implementación', 'framework/grupo-de-implementacion-de-seguridad'],
    ],
  },
  {
    name: 'a dialogue named again by its head, after its full name',
    lang: 'es',
    text: 'México y Estados Unidos celebraron el Diálogo de Alto Nivel sobre Seguridad en Washington. El Diálogo de Alto Nivel no se reunía desde 2021.',
    found: [
      ['Diálogo de Alto Nivel sobre Seguridad', 'framework/high-level-security-dialogue'],
      ['Diálogo de Alto Nivel', 'framework/high-level-security-dialogue'],
    ],
  },
  {
    name: 'a dialogue named by its head alone, never in full',
    lang: 'es',
    text: 'Colombia y Ecuador abrieron un Diálogo de Alto Nivel sobre comercio.',
    found: [],
  },
  {
    name: 'a group named by its head alone, never in full',
    lang: 'es',
    text: 'El Grupo de Implementación se reunió en Washington para revisar el tráfico de armas.',
    found: [],
  },
  {
    name: 'a dialogue of the same name between other countries',
    lang: 'en',
    text: 'The high-level security dialogue between Canada and Mexico resumed in Ottawa on Monday.',
    found: [],
  },
  {
    name: 'a group of the same name between other countries',
    lang: 'es',
    text: 'El Grupo de Implementación de Seguridad de Guatemala y Honduras sesionó en Tegucigalpa.',
    found: [],
  },
  {
    name: 'a dialogue of the same name that the United States holds with another country',
    lang: 'en',
    text: 'The U.S.-Colombia High-Level Security Dialogue met in Bogotá to discuss coca eradication.',
    found: [],
  },
  {
    name: 'another country’s dialogue, that country first or as a possessive',
    lang: 'en',
    text: 'The Colombia–U.S. High-Level Security Dialogue resumed. Colombia’s High-Level Security Dialogue with Washington met again.',
    found: [],
  },
  {
    name: 'a dialogue of the same name that the United States holds with another country, no hyphen',
    lang: 'en',
    text: 'Canada and the U.S. held a High-Level Security Dialogue in Ottawa on cross-border fentanyl.',
    found: [],
  },
  {
    name: 'a dialogue of the same name that the United States holds with another country',
    lang: 'es',
    text: 'El Diálogo de Alto Nivel sobre Seguridad entre Canadá y Estados Unidos se reunió en Ottawa.',
    found: [],
  },
  {
    name: 'the other party’s strategy of the same name',
    lang: 'en',
    text: 'Mexico’s National Drug Control Strategy puts prevention first, the health ministry said of fentanyl.',
    found: [],
  },
  {
    name: 'a regional declaration the United States reaffirms with another country',
    lang: 'en',
    text: 'The U.S. and Guatemala renewed their commitment to the Los Angeles Declaration on migration.',
    found: [['Los Angeles Declaration on migration', 'framework/los-angeles-declaration']],
  },
  {
    name: 'a regional declaration the United States reaffirms with another country',
    lang: 'es',
    text: 'Estados Unidos y Guatemala reafirmaron la Declaración de Los Ángeles sobre migración.',
    found: [['Declaración de Los Ángeles sobre migración', 'framework/los-angeles-declaration']],
  },
  {
    name: 'the two countries’ dialogue with a third country at the table',
    lang: 'en',
    text: 'Mexico and the United States, joined by Canada, held the High-Level Security Dialogue in Mexico City.',
    found: [['High-Level Security Dialogue', 'framework/high-level-security-dialogue']],
  },
  {
    name: 'the dialogue with Mexico in front',
    lang: 'en',
    text: 'The U.S.-Mexico High-Level Security Dialogue met in Washington to discuss fentanyl.',
    found: [['High-Level Security Dialogue', 'framework/high-level-security-dialogue']],
  },
  {
    name: 'a framework where a third country is named beside the two',
    lang: 'en',
    text: 'Officials from the United States, Mexico and Canada discussed the Bicentennial Framework in Ottawa.',
    found: [['Bicentennial Framework', 'framework/bicentennial-framework']],
  },
  {
    name: 'a framework by a name made of common words, between the two countries',
    lang: 'en',
    text: 'Mexico and the United States held a High-Level Security Dialogue in Mexico City on Friday.',
    found: [['High-Level Security Dialogue', 'framework/high-level-security-dialogue']],
  },
  {
    name: 'a rare second surname alone on a page about something else',
    lang: 'es',
    text: 'La tienda de la familia Harfuch abrió una nueva sucursal en Polanco con descuentos de temporada.',
    found: [],
  },
  {
    name: 'another Biden in a title-case headline',
    lang: 'en',
    text: 'Hunter Biden Pleads Not Guilty in Federal Court Case\n\nThe hearing lasted three hours.',
    found: [],
  },
  {
    name: 'a footballer who shares a name, far from an official named on the same page',
    lang: 'en',
    text:
      'Juan González scored twice as Cruz Azul beat América 3-1 on Saturday night in front of a sold-out crowd. ' +
      'The visitors pressed early, hit the post twice before the break and had a penalty appeal waved away. ' +
      'After the restart the home side took control of midfield, and the winger set up the second goal with ' +
      'a low cross from the left. The coach said the squad would rest two starters before the derby next week, ' +
      'and the club confirmed that tickets for the final home game of the season are already sold out. ' +
      'Fans stayed long after the whistle to sing with the players, who thanked them from the centre circle. ' +
      'The league resumes on Friday with the remaining quarter-final first legs.\n\n' +
      'President Sheinbaum congratulated the team on social media.',
    found: [['President Sheinbaum', 'official/claudia-sheinbaum']],
  },
  {
    name: 'other people who share the surname of a lesser official',
    lang: 'en',
    text: 'Dumas wrote The Three Musketeers in 1844. Tobin, the Nobel laureate, proposed a tax on currency trades. Verma scored a century as India beat Australia.',
    found: [],
  },
  {
    name: 'a lesser official by surname on a page about security',
    lang: 'en',
    text: 'Tobin, who handles border issues at the National Security Council, said migration and fentanyl seizures were discussed.',
    found: [['Tobin', 'official/katie-tobin']],
  },
  {
    name: 'lawmakers and governors agreeing on the same topics',
    lang: 'es',
    text: 'Los diputados de Morena acordaron reforzar las acciones contra el tráfico de armas procedentes de Estados Unidos. The governors of Texas and Chihuahua agreed to speed up extraditions, a claim Mexico’s foreign ministry disputed.',
    found: [],
  },
  {
    name: 'a third country in the sentence: South Korea',
    lang: 'en',
    text: 'Mexico, the United States and South Korea agreed to share intelligence on fentanyl trafficking. Officials from Seoul said both countries agreed to accelerate extraditions, Korean officials said.',
    found: [],
  },
  {
    name: 'a third country in the sentence: Bolivia, the Dominican Republic',
    lang: 'es',
    text: 'México, Estados Unidos y Bolivia acordaron reforzar las acciones contra el tráfico de armas. La República Dominicana y ambos países acordaron compartir información sobre el tráfico de fentanilo.',
    found: [],
  },
  {
    name: 'a private person with an official’s common name, described as one',
    lang: 'en',
    text: 'Juan de la Fuente, a local farmer, said cartel gunmen had taken over the fentanyl labs near his village, while troops patrolled the border.',
    found: [],
  },
  {
    name: 'a private person with an official’s common name, and an age',
    lang: 'en',
    text: 'Juan González, 34, was arrested at the border with fentanyl pills, police said. González told agents he was paid 500 dollars.',
    found: [],
  },
  {
    name: 'una persona con el nombre común de un funcionario, y su edad',
    lang: 'es',
    text: 'Juan González, de 34 años, fue detenido en la frontera con 20 kilos de fentanilo, informó la Fiscalía. González dijo que no sabía nada.',
    found: [],
  },
  {
    name: 'the official, described with a post after an indefinite article',
    lang: 'en',
    text: 'Juan de la Fuente, a former foreign minister, said the border security talks on fentanyl would continue.',
    found: [['Juan de la Fuente', 'official/juan-ramon-de-la-fuente']],
  },
  {
    name: 'el funcionario, con un inciso que no lo describe',
    lang: 'es',
    text: 'Juan Ramón de la Fuente encabezó la reunión sobre fentanilo. Juan de la Fuente, a través de un comunicado, dijo que la frontera es prioridad.',
    found: [
      ['Juan Ramón de la Fuente', 'official/juan-ramon-de-la-fuente'],
      ['Juan de la Fuente', 'official/juan-ramon-de-la-fuente'],
    ],
  },
  {
    name: 'el hijo de un funcionario, con su nombre y otro segundo apellido',
    lang: 'es',
    text: 'Andrés Manuel López Beltrán, secretario de Organización de Morena, negó haber viajado a Japón durante la crisis de seguridad en Sinaloa, mientras el gabinete revisaba los decomisos de fentanilo y armas en la frontera.',
    found: [],
  },
  {
    name: 'el funcionario, con su nombre y su segundo apellido',
    lang: 'es',
    text: 'Andrés Manuel López Obrador habló de seguridad. Andrés Manuel López, en su conferencia, defendió la estrategia contra el fentanilo.',
    found: [
      ['Andrés Manuel López Obrador', 'official/andres-manuel-lopez-obrador'],
      ['Andrés Manuel López', 'official/andres-manuel-lopez-obrador'],
    ],
  },
  {
    name: 'high-value targets in the press’s words: cartel leaders',
    lang: 'en',
    text: 'Washington and Mexico City committed to speeding up the handover of cartel leaders wanted in the United States.',
    found: [['committed to speeding up the handover of cartel leaders', 'accelerate-extraditions']],
  },
  {
    name: '“the two countries” after another country and the United States are those two',
    lang: 'en',
    text:
      'Colombia extradited a leader of the Clan del Golfo to the United States on Thursday. ' +
      'President Gustavo Petro said the two countries had agreed to accelerate extraditions of cartel bosses.',
    found: [],
  },
  {
    name: '“ambos países” después de otro país y Estados Unidos son esos dos',
    lang: 'es',
    text:
      'Guatemala entregó a Estados Unidos a un narcotraficante buscado por la DEA. ' +
      'Ambos países acordaron acelerar las extradiciones de capos.',
    found: [],
  },
  {
    name: '“the two countries” of the sentence before, after another country and the United States',
    lang: 'en',
    text:
      'Colombia extradited a cartel leader to the United States on Thursday. The two countries met in Bogotá. ' +
      'The officials agreed to accelerate extraditions of cartel bosses.',
    found: [],
  },
  {
    name: '“the two countries” once Mexico is named after the other country',
    lang: 'en',
    text:
      'Colombia extradited a cartel leader to the United States on Thursday. In Mexico City, officials from Mexico ' +
      'and Washington met the same day, and the two countries agreed to accelerate extraditions of cartel bosses.',
    found: [['agreed to accelerate extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'a commitment dated before the agreement in the same words is another one',
    lang: 'en',
    text:
      'Under the Mérida Initiative, launched in 2008, the United States agreed to provide Mexico with helicopters ' +
      'and training to fight drug cartels.',
    found: [],
  },
  {
    name: 'un compromiso fechado antes del acuerdo con las mismas palabras es otro',
    lang: 'es',
    text: 'En 2019, México y Estados Unidos acordaron acelerar las extradiciones de capos.',
    found: [],
  },
  {
    name: 'the agreement of the year a sentence names comes first',
    lang: 'en',
    text: 'In 2023, Mexico agreed to crack down on fentanyl labs while Washington pledged to stop the flow of guns south.',
    found: [
      [
        'agreed to crack down on fentanyl labs while Washington pledged to stop the flow of guns',
        '2023-07-24-combat-drug-trafficking',
      ],
    ],
  },
  {
    name: 'el acuerdo del año que la oración nombra va primero',
    lang: 'es',
    text: 'En febrero de 2025, México y Estados Unidos acordaron combatir el narcotráfico y el tráfico de armas.',
    found: [
      [
        'acordaron combatir el narcotráfico y el tráfico de armas',
        '2025-02-27-washington-d-c-combat-drug-trafficking',
      ],
    ],
  },
  {
    name: 'lo acordado: el participio también reporta el acuerdo',
    lang: 'es',
    text:
      'Quedó acordado entre México y Estados Unidos el patrullaje conjunto en la frontera. ' +
      'Según lo pactado por ambos gobiernos, se acelerarán las extradiciones de capos.',
    found: [
      ['acordado entre México y Estados Unidos el patrullaje conjunto', 'joint-patrols'],
      ['pactado por ambos gobiernos, se acelerarán las extradiciones', 'accelerate-extraditions'],
    ],
  },
  {
    name: 'kingpins and capos are words of the domain, so their transfer is the agreement on its own',
    lang: 'en',
    text: 'Mexico and the US agreed to speed up transfers of kingpins. México y Estados Unidos acordaron acelerar el traslado de los capos.',
    found: [
      ['agreed to speed up transfers of kingpins', 'accelerate-extraditions'],
      ['acordaron acelerar el traslado de los capos', 'accelerate-extraditions'],
    ],
  },
  {
    name: 'objetivos de alto valor en palabras de la prensa: capos',
    lang: 'es',
    text: 'México y Estados Unidos acordaron agilizar la entrega de capos del narcotráfico.',
    found: [['acordaron agilizar la entrega de capos', 'accelerate-extraditions']],
  },
  {
    name: 'objetivos de alto valor en palabras de la prensa: criminales de alto perfil, líderes criminales, cabecillas',
    lang: 'es',
    text:
      'Los gobiernos de México y Estados Unidos se comprometieron a agilizar la entrega de criminales de alto ' +
      'perfil. También acordaron acelerar el traslado de líderes criminales y cabecillas.',
    found: [
      ['se comprometieron a agilizar la entrega de criminales de alto perfil', 'accelerate-extraditions'],
      ['acordaron acelerar el traslado de líderes criminales', 'accelerate-extraditions'],
    ],
  },
  {
    name: 'una reunión de alto perfil no es un criminal de alto perfil',
    lang: 'es',
    text: 'El alcalde y los empresarios acordaron agilizar la entrega de permisos tras una reunión de alto perfil.',
    found: [],
  },
  {
    name: 'cartel leaders handed over between other countries',
    lang: 'en',
    text: 'Colombia and the United States agreed to speed up the handover of cartel leaders, Colombian officials said.',
    found: [],
  },
  {
    name: 'el Diálogo de Alto Nivel sobre Seguridad, en sus dos formas',
    lang: 'es',
    text: 'En el Diálogo de Alto Nivel sobre Seguridad de 2021, ambos gobiernos adoptaron el Entendimiento Bicentenario. El Diálogo de Alto Nivel en Seguridad volvió a reunirse en Washington.',
    found: [
      ['Diálogo de Alto Nivel sobre Seguridad', 'framework/high-level-security-dialogue'],
      ['Entendimiento Bicentenario', 'framework/bicentennial-framework'],
      ['Diálogo de Alto Nivel en Seguridad', 'framework/high-level-security-dialogue'],
    ],
  },
  {
    name: 'otros diálogos y estrategias nacionales',
    lang: 'es',
    text: 'El Diálogo Económico de Alto Nivel entre México y Estados Unidos se reanudó. La Estrategia Nacional de Seguridad Pública del gobierno federal se presentó en el Senado.',
    found: [],
  },
  {
    name: 'a demand and a hypothesis, not a commitment',
    lang: 'en',
    text: 'Trump threatened new duties unless Mexico agreed to curb fentanyl trafficking. If both countries agree to accelerate extraditions, officials said, cartel leaders will face trial in Texas.',
    found: [['Trump', 'official/donald-trump']],
  },
  {
    name: 'una condición, no un compromiso',
    lang: 'es',
    text: 'Washington impondrá sanciones a menos que ambos gobiernos lleguen a un acuerdo para reforzar las acciones contra el tráfico de armas.',
    found: [],
  },
  {
    name: 'companies of both countries, on tariffs at the border',
    lang: 'es',
    text: 'Las empresas de Estados Unidos y México acordaron ampliar el intercambio de información sobre aranceles en la frontera.',
    found: [],
  },
  {
    name: 'a reporter’s byline and credits with an official’s common name',
    lang: 'en',
    text: 'By Juan González and María Verza, Associated Press. MEXICO CITY — Mexico sent 26 cartel members to the United States as fentanyl talks continued. Photo: Juan González/Reuters. (Reporting by Dave Graham; additional reporting by Juan de la Fuente; editing by Rosalba O’Brien.)',
    found: [],
  },
  {
    name: 'la firma de un corresponsal con el nombre común de un funcionario',
    lang: 'es',
    text: 'Por Juan González | Corresponsal\n\nEl gabinete de seguridad informó sobre el decomiso de fentanilo en la frontera. Foto: Juan de la Fuente.',
    found: [],
  },
  {
    name: 'the official, after "by" inside a sentence',
    lang: 'en',
    text: 'The plan was presented by Juan González, who oversees Western Hemisphere affairs, as fentanyl seizures at the border rose.',
    found: [['Juan González', 'official/juan-gonzalez']],
  },
  {
    name: 'el apellido solo, después de nombrarlo con su cargo',
    lang: 'es',
    text: 'El almirante Morales informó que la Marina aseguró 300 kilos de fentanilo en Sinaloa. Morales agregó que la cooperación con Estados Unidos contra el tráfico de armas es estrecha.',
    found: [
      ['almirante Morales', 'official/raymundo-pedro-morales'],
      ['Morales', 'official/raymundo-pedro-morales'],
    ],
  },
  {
    name: 'a shared surname alone before the post names anyone',
    lang: 'en',
    text: 'Morales scored twice for América on Saturday. Later that week, Admiral Morales said fentanyl seizures at the border had doubled.',
    found: [['Admiral Morales', 'official/raymundo-pedro-morales']],
  },
  {
    name: 'a shared surname with its post after it: "top diplomat"',
    lang: 'en',
    text: 'Velasco, Mexico’s top diplomat for North America, said the Security Implementation Group would meet again as fentanyl seizures rose.',
    found: [
      ['Velasco', 'official/roberto-velasco-alvarez'],
      ['Security Implementation Group', 'framework/grupo-de-implementacion-de-seguridad'],
    ],
  },
  {
    name: 'titulares en presente: pactan, se comprometen',
    lang: 'es',
    text: 'México y EU pactan reforzar el combate al tráfico de armas\n\nAmbos gobiernos se comprometen a acelerar las extradiciones de objetivos prioritarios',
    found: [
      ['pactan reforzar el combate al tráfico de armas', 'address-arms-trafficking'],
      ['se comprometen a acelerar las extradiciones', 'accelerate-extraditions'],
    ],
  },
  {
    name: 'a date for the next meeting, after a sentence that names the group',
    lang: 'en',
    text: 'The Security Implementation Group reviewed fentanyl seizures in Washington. Its next meeting will be held in Mexico City.',
    found: [['Security Implementation Group', 'framework/grupo-de-implementacion-de-seguridad']],
  },
  {
    name: 'an agreement whose parties the sentence before names',
    lang: 'en',
    text: 'García Harfuch met Secretary of State Marco Rubio in Washington. Officials agreed to speed up extraditions of cartel bosses.',
    found: [
      ['García Harfuch', 'official/omar-garcia-harfuch'],
      ['agreed to speed up extraditions', 'accelerate-extraditions'],
    ],
  },
  {
    name: 'another Biden in a headline set in capitals',
    lang: 'en',
    text: 'HUNTER BIDEN PLEADS NOT GUILTY IN FEDERAL COURT\n\nThe hearing lasted three hours.',
    found: [],
  },
  {
    name: 'another person with a cabinet member’s surname, by a short given name at the start',
    lang: 'en',
    text: 'Bill Gertz reported the story for the Washington Times.',
    found: [],
  },
  {
    name: 'sharing information on a cattle pest, on a page about the border closed to cattle',
    lang: 'en',
    text: 'The U.S. kept the southern border closed to Mexican cattle after new cases of New World screwworm. Agriculture officials said the two countries agreed to strengthen surveillance and to share information on outbreaks.',
    found: [],
  },
  {
    name: 'sharing information on a cattle pest, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron intercambiar información sobre el brote de gusano barrenador y reabrir de manera gradual la frontera al ganado.',
    found: [],
  },
  {
    name: 'finance officials sharing information on exchange rates, on a page that also covers border crime',
    lang: 'en',
    text:
      'Texas troopers seized fentanyl at the border on Monday. Mexico’s central bank and the U.S. Treasury ' +
      'agreed to share information on exchange rates.',
    found: [],
  },
  {
    name: 'el tipo de cambio, no la seguridad, en una nota que también trata de la frontera',
    lang: 'es',
    text:
      'La Guardia Nacional decomisó fentanilo en la frontera. El Banco de México y el Tesoro de Estados Unidos ' +
      'acordaron compartir información sobre el tipo de cambio.',
    found: [],
  },
  {
    name: 'regular meetings on the water treaty, with cooperation at the border',
    lang: 'es',
    text: 'México entregará más agua a Texas conforme al Tratado de Aguas de 1944. Ambos gobiernos mantendrán reuniones periódicas para revisar las entregas y reforzarán la cooperación técnica en la frontera, pese a la sequía.',
    found: [],
  },
  {
    name: 'a trade deal that increases inspections at the border and shares data',
    lang: 'en',
    text: 'The United States and Mexico signed a new tomato suspension agreement, ending an anti-dumping dispute. Both governments will increase inspections at the border and share data on shipments.',
    found: [],
  },
  {
    name: 'a security agreement on a page that also mentions cattle',
    lang: 'en',
    text: 'Mexico and the United States agreed to accelerate extraditions of cartel leaders, officials said, days after a dispute over cattle imports.',
    found: [['agreed to accelerate extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'the two governments as the parties, in Spanish',
    lang: 'es',
    text: 'Los dos gobiernos se comprometieron a combatir a la delincuencia organizada transnacional.',
    found: [['se comprometieron a combatir a la delincuencia organizada', 'combat-organized-crime']],
  },
  {
    name: 'a Spanish acronym on an English page about the domain, as another word',
    lang: 'en',
    text: 'A GIS analyst mapped the smuggling routes near the border after the fentanyl seizures.',
    found: [],
  },
  {
    name: 'a Spanish acronym on an English page that names the group',
    lang: 'en',
    text: 'The Security Implementation Group (GIS) met in Washington. The GIS will meet again in March.',
    found: [
      ['Security Implementation Group', 'framework/grupo-de-implementacion-de-seguridad'],
      ['GIS', 'framework/grupo-de-implementacion-de-seguridad'],
      ['GIS', 'framework/grupo-de-implementacion-de-seguridad'],
    ],
  },
  {
    name: 'a commitment denied after its cue',
    lang: 'en',
    text: 'Mexico and the United States will not accelerate extraditions of cartel leaders, officials said.',
    found: [],
  },
  {
    name: 'a commitment denied before its cue',
    lang: 'en',
    text: 'Mexico and the United States did not agree to accelerate extraditions of cartel leaders.',
    found: [],
  },
  {
    name: 'a commitment denied before its cue, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos no acordaron acelerar las extradiciones de líderes del narcotráfico.',
    found: [],
  },
  {
    name: '"not only" adds to a commitment, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos no sólo acordaron acelerar las extradiciones, también reforzarán la vigilancia.',
    found: [['acordaron acelerar las extradiciones', 'accelerate-extraditions']],
  },
  {
    name: 'the Bicentennial Framework with its Spanish head translated',
    lang: 'en',
    text: 'Officials reviewed progress under the Bicentennial Understanding on security and fentanyl.',
    found: [['Bicentennial Understanding', 'framework/bicentennial-framework']],
  },
  {
    name: 'the Bicentennial Framework with its English head translated, in Spanish',
    lang: 'es',
    text: 'Ambos países revisaron los avances del Marco Bicentenario en materia de seguridad.',
    found: [['Marco Bicentenario', 'framework/bicentennial-framework']],
  },
  {
    name: 'relatives who share a distinctive surname, one of them opening the sentence',
    lang: 'en',
    text: 'Ivanka Trump and Melania Trump attended the gala in New York on Saturday.',
    found: [],
  },
  {
    name: 'a middle name the statements never wrote, before both surnames, in the mention',
    lang: 'es',
    text: 'El secretario Omar Hamid García Harfuch informó sobre la detención, y Marcelo Luis Ebrard Casaubón viajó a Washington.',
    found: [
      ['Omar Hamid García Harfuch', 'official/omar-garcia-harfuch'],
      ['Marcelo Luis Ebrard Casaubón', 'official/marcelo-ebrard-casaubon'],
    ],
  },
  {
    name: 'a second given name before a single shared surname is someone else',
    lang: 'es',
    text: 'Juan Carlos González habló del fentanilo en la frontera con Estados Unidos.',
    found: [],
  },
  {
    name: 'acting against arms trafficking as stopping the flow of weapons',
    lang: 'en',
    text: 'The two countries will work together to stop the flow of weapons into Mexico, officials said.',
    found: [['will work together to stop the flow of weapons', 'address-arms-trafficking']],
  },
  {
    name: 'disrupting precursor chemicals as dismantling and cutting their supply',
    lang: 'en',
    text: "Mexico and the U.S. vowed to dismantle the cartels' networks and to cut the supply of precursor chemicals.",
    found: [
      [
        "vowed to dismantle the cartels' networks and to cut the supply of precursor chemicals",
        'disrupt-precursor-chemicals',
      ],
    ],
  },
  {
    name: 'fentanyl trafficking as drug trafficking',
    lang: 'en',
    text: 'Both governments pledged to intensify efforts against fentanyl trafficking.',
    found: [['pledged to intensify efforts against fentanyl trafficking', 'combat-drug-trafficking']],
  },
  {
    name: 'fentanyl trafficking as drug trafficking, in Spanish',
    lang: 'es',
    text: 'Ambos gobiernos se comprometieron a combatir el tráfico de fentanilo.',
    found: [['se comprometieron a combatir el tráfico de fentanilo', 'combat-drug-trafficking']],
  },
  {
    name: 'a demand in a clause after the agreement, in English',
    lang: 'en',
    text: 'Mexico and the United States agreed Wednesday to form a group to oversee security cooperation, as the Trump administration presses Mexico to do more against drug cartels.',
    found: [['Trump', 'official/donald-trump']],
  },
  {
    name: 'a demand in a clause after the agreement, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron crear un grupo de seguimiento, mientras Washington exige frenar el tráfico de armas.',
    found: [],
  },
  {
    name: 'a shared surname after an elected post the official does not hold',
    lang: 'es',
    text: 'Omar García Harfuch habló del tráfico de fentanilo en la frontera con Estados Unidos. El gobernador García dijo que colaborará, y la diputada Salazar pidió más recursos. García Harfuch agregó que no.',
    found: [
      ['Omar García Harfuch', 'official/omar-garcia-harfuch'],
      ['García Harfuch', 'official/omar-garcia-harfuch'],
    ],
  },
  {
    name: 'a shared surname after a local post the official does not hold, in English',
    lang: 'en',
    text: 'Ambassador Ken Salazar met Mexican officials about fentanyl trafficking at the border. Mayor Salazar of Nogales said the city needs more scanners, and Governor Morales agreed.',
    found: [['Ken Salazar', 'official/kenneth-salazar']],
  },
  {
    name: 'the former president by his given names, on a page about the domain',
    lang: 'es',
    text: 'Andrés Manuel dijo en la mañanera que la estrategia contra el fentanilo y los cárteles funciona.',
    found: [['Andrés Manuel', 'official/andres-manuel-lopez-obrador']],
  },
  {
    name: 'people introduced by who they are, on a page about the domain',
    lang: 'es',
    text: 'El joven Juan González murió en el ataque del cártel en la frontera. La vecina Rosa Rodríguez denunció el tráfico de fentanilo.',
    found: [],
  },
  {
    name: 'people described by who they are, after the name',
    lang: 'es',
    text: 'Rosa Rodríguez, vecina del barrio, denunció el tráfico de fentanilo del cártel en la frontera. Juan González, joven de 20 años, murió en el ataque.',
    found: [],
  },
  {
    name: 'people introduced by who they are, on a page about the domain, in English',
    lang: 'en',
    text: 'The man Juan Gonzalez was shot near the border, where the cartel moves fentanyl.',
    found: [],
  },
  {
    name: 'detainees named with an "N" for their surnames',
    lang: 'es',
    text: 'Omar García Harfuch anunció la detención de Juan González “N” y de Omar García "N", alias El Chino, con fentanilo y armas. Andrés Manuel \'N\' fue vinculado a proceso.',
    found: [['Omar García Harfuch', 'official/omar-garcia-harfuch']],
  },
  {
    name: 'a detainee named with an "N", in an English report',
    lang: 'en',
    text: 'Mexican prosecutors charged Juan Gonzalez "N" with fentanyl trafficking across the border.',
    found: [],
  },
  {
    name: 'detainees and suspects named as such',
    lang: 'es',
    text: 'El detenido Juan González fue trasladado al penal por tráfico de fentanilo; el sospechoso Omar García huyó con armas del cártel.',
    found: [],
  },
  {
    name: 'a suspect named as such, in English',
    lang: 'en',
    text: 'The suspect Juan Gonzalez was arrested with fentanyl at the border.',
    found: [],
  },
  {
    name: 'a man identified only by a common name, on a page that names the official',
    lang: 'en',
    text: 'A second man, identified only as Omar Garcia, was detained with fentanyl. Security Secretary Omar García Harfuch said the arrests followed intelligence shared by U.S. agencies.',
    found: [['Omar García Harfuch', 'official/omar-garcia-harfuch']],
  },
  {
    name: 'a man identified only by a common name, on a page that names the official',
    lang: 'es',
    text: 'Omar García Harfuch informó del operativo. El detenido fue identificado como Omar García, de Culiacán, y llevaba fentanilo.',
    found: [['Omar García Harfuch', 'official/omar-garcia-harfuch']],
  },
  {
    name: 'an actor who shares a drug-policy official’s common name, on a film page',
    lang: 'en',
    text:
      'Bollywood actor Rahul Gupta starred in the film. Gupta said the shoot ended in Mumbai. The Dumas ' +
      'family sold the vineyard.',
    found: [],
  },
  {
    name: 'the drug-policy official by his common name, on a page about fentanyl',
    lang: 'en',
    text: 'White House drug czar Rahul Gupta said fentanyl overdose deaths fell. Gupta credited naloxone.',
    found: [
      ['Rahul Gupta', 'official/rahul-gupta'],
      ['Gupta', 'official/rahul-gupta'],
    ],
  },
  {
    name: 'a person the police arrested, with an official’s common name',
    lang: 'en',
    text: 'Police arrested Juan Gonzalez on fentanyl trafficking charges near the border, the DEA said.',
    found: [],
  },
  {
    name: 'una detenida con el nombre común de una funcionaria, en una nota sobre fentanilo',
    lang: 'es',
    text:
      'Elementos de la Guardia Nacional detuvieron en Tijuana a Rosa Rodríguez, operadora financiera de una ' +
      'célula del Cártel de Sinaloa dedicada al tráfico de fentanilo.',
    found: [],
  },
  {
    name: 'a person the police arrested, named before the verb',
    lang: 'en',
    text: 'Juan Gonzalez was arrested on fentanyl trafficking charges near the border, the DEA said.',
    found: [],
  },
  {
    name: 'an official asked about arrests, named before the verb',
    lang: 'en',
    text: 'Juan Gonzalez was asked whether the arrests near the border would slow fentanyl trafficking.',
    found: [['Juan Gonzalez', 'official/juan-gonzalez']],
  },
  {
    name: 'una detenida nombrada antes del verbo, en voz pasiva',
    lang: 'es',
    text: 'Rosa Rodríguez fue detenida en Tijuana por tráfico de fentanilo, informó la Fiscalía.',
    found: [],
  },
  {
    name: 'un detenido nombrado después del verbo, y presunto operador',
    lang: 'es',
    text: 'Fue detenido Omar García, presunto operador del Cártel de Sinaloa, por tráfico de fentanilo.',
    found: [],
  },
  {
    name: 'un funcionario que recibe algo, no un detenido',
    lang: 'es',
    text:
      'El secretario de Marina entregó en Washington a Juan González un informe sobre el tráfico de ' +
      'fentanilo y los operadores del cártel detenidos.',
    found: [['Juan González', 'official/juan-gonzalez']],
  },
  {
    name: 'suspects named with the alias they go by',
    lang: 'es',
    text: 'Omar García, alias El Chino, y Juan González alias “El Gordo” fueron detenidos por tráfico de fentanilo y armas en la frontera.',
    found: [],
  },
  {
    name: 'a suspect named with the alias he goes by, in English',
    lang: 'en',
    text: 'Juan Gonzalez, a.k.a. "Juanito", was charged with fentanyl trafficking across the border.',
    found: [],
  },
  {
    name: 'someone else with the same given names, on a page about something else',
    lang: 'es',
    text: 'Andrés Manuel ganó el torneo de ajedrez del club por tercera vez.',
    found: [],
  },
  {
    name: 'someone else with the same given names and a surname of his own',
    lang: 'es',
    text: 'Andrés Manuel Ramírez, vecino de Culiacán, denunció la violencia del cártel y el fentanilo.',
    found: [],
  },
  {
    name: 'a former elected post, written as one word',
    lang: 'es',
    text: 'El exalcalde Juan González fue detenido por tráfico de fentanilo en la frontera con Estados Unidos.',
    found: [],
  },
  {
    name: 'a shared surname after a judicial post the official does not hold',
    lang: 'es',
    text: 'Roberto Velasco Álvarez habló del tráfico de armas con Estados Unidos. La jueza Velasco, del juzgado federal de Toluca, otorgó un amparo a un presunto operador del cártel.',
    found: [['Roberto Velasco Álvarez', 'official/roberto-velasco-alvarez']],
  },
  {
    name: 'a shared surname after a judicial or local post the official does not hold',
    lang: 'en',
    text: 'Ambassador Ken Salazar discussed fentanyl trafficking at the border. The federal judge Salazar set bail for the smuggler, and county sheriff Salazar said his deputies made the arrest.',
    found: [['Ken Salazar', 'official/kenneth-salazar']],
  },
  {
    name: 'the place that shares a surname, on a page that names the official',
    lang: 'en',
    text: 'Lisa Monaco, the deputy attorney general, discussed fentanyl trafficking. The Grand Prix in Monaco drew crowds. Monaco said the cartels adapt.',
    found: [
      ['Lisa Monaco', 'official/lisa-o-monaco'],
      ['Monaco', 'official/lisa-o-monaco'],
    ],
  },
  {
    name: 'the place that shares a surname, on a page that names the official',
    lang: 'es',
    text: 'Lisa Monaco habló del fentanilo y del tráfico de armas. El Gran Premio de Mónaco atrajo multitudes. Monaco dijo que los cárteles se adaptan.',
    found: [
      ['Lisa Monaco', 'official/lisa-o-monaco'],
      ['Monaco', 'official/lisa-o-monaco'],
    ],
  },
  {
    name: 'a place named like the official, and the official’s own view',
    lang: 'en',
    text: 'Ken Salazar spoke about fentanyl at the border. Officials in Salazar, a village, were not consulted. In Salazar’s view, cooperation improved.',
    found: [
      ['Ken Salazar', 'official/kenneth-salazar'],
      ['Salazar', 'official/kenneth-salazar'],
    ],
  },
  {
    name: 'abbreviated titles: a rank the official holds, an elected post he does not',
    lang: 'en',
    text: 'Gen. Luis Cresencio Sandoval testified about fentanyl. Gen. Sandoval denied ties to the cartel. Sen. Sandoval of Nevada asked the first question.',
    found: [
      ['Luis Cresencio Sandoval', 'official/luis-cresencio-sandoval-gonzalez'],
      ['Sandoval', 'official/luis-cresencio-sandoval-gonzalez'],
    ],
  },
  {
    name: 'an agreement analysts doubt will come',
    lang: 'en',
    text: 'Analysts doubt that Mexico and the United States will agree to accelerate extraditions of cartel leaders.',
    found: [],
  },
  {
    name: 'an agreement analysts doubt will come',
    lang: 'es',
    text: 'Los analistas dudan que México y Estados Unidos acuerden acelerar las extradiciones de capos.',
    found: [],
  },
  {
    name: 'an agreement one side presses for',
    lang: 'en',
    text: 'Washington is pressing Mexico and its security cabinet to agree to accelerate extraditions of cartel leaders.',
    found: [],
  },
  {
    name: 'an agreement one side demands',
    lang: 'en',
    text: 'Trump demanded that Mexico and the United States agree to share intelligence on fentanyl labs.',
    found: [['Trump', 'official/donald-trump']],
  },
  {
    name: 'an agreement one side demands',
    lang: 'es',
    text: 'Trump exigió que México y Estados Unidos compartan información sobre laboratorios de fentanilo.',
    found: [['Trump', 'official/donald-trump']],
  },
  {
    name: 'an agreement foreseen, not made',
    lang: 'en',
    text: 'Mexico and the United States are expected to agree to accelerate extraditions next week; they may agree to share more intelligence on fentanyl too.',
    found: [],
  },
  {
    name: 'an agreement the two stopped short of',
    lang: 'en',
    text: 'Mexico and the United States stopped short of agreeing to accelerate extraditions of cartel leaders.',
    found: [],
  },
  {
    name: 'an agreement officials deny',
    lang: 'en',
    text: 'Officials denied reports that the two countries had agreed to accelerate extraditions.',
    found: [],
  },
  {
    name: 'an agreement officials deny',
    lang: 'es',
    text: 'La cancillería negó que México y Estados Unidos hayan acordado realizar patrullajes conjuntos.',
    found: [],
  },
  {
    name: 'one agreement made and another ruled out in the same sentence',
    lang: 'en',
    text: 'Mexico and the United States agreed to accelerate extraditions, ruling out joint patrols.',
    found: [['agreed to accelerate extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'one agreement made and another ruled out in the same sentence',
    lang: 'es',
    text: 'México y Estados Unidos acordaron acelerar las extradiciones, descartando patrullajes conjuntos.',
    found: [['acordaron acelerar las extradiciones', 'accelerate-extraditions']],
  },
  {
    name: 'a decision in an infinitive headline',
    lang: 'en',
    text: 'Mexico, U.S. to speed up extraditions of cartel leaders\n\nThe announcement came after talks in Washington.',
    found: [['to speed up extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'a decision in an all-caps infinitive headline',
    lang: 'en',
    text: 'MEXICO AND U.S. TO BOLSTER ACTIONS AGAINST ARMS TRAFFICKING',
    found: [['TO BOLSTER ACTIONS AGAINST ARMS TRAFFICKING', 'strengthen-arms-trafficking']],
  },
  {
    name: 'the two countries and "to", not opening a headline',
    lang: 'en',
    text: 'Weapons smuggled from the U.S. to Mexico fuel cartel violence, and extraditions have sped up. Officials said Mexico, U.S. to speed up extraditions.',
    found: [],
  },
  {
    name: 'an agreement in a present-tense headline',
    lang: 'en',
    text: 'Mexico and U.S. agree to accelerate extraditions of cartel leaders',
    found: [['agree to accelerate extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'extraditions made faster',
    lang: 'en',
    text: 'Mexico and the U.S. agreed to extradite cartel bosses faster, officials said.',
    found: [['agreed to extradite cartel bosses faster', 'accelerate-extraditions']],
  },
  {
    name: 'extraditions made faster',
    lang: 'es',
    text: 'México y EU acordaron extraditar con mayor rapidez a los capos del narcotráfico.',
    found: [['acordaron extraditar con mayor rapidez', 'accelerate-extraditions']],
  },
  {
    name: 'something else made faster',
    lang: 'en',
    text: 'Mexico and the United States agreed that trucks would cross the border faster at Laredo.',
    found: [],
  },
  {
    name: 'precursors coming in',
    lang: 'es',
    text: 'México y EU acordaron frenar el ingreso de precursores químicos desde Asia.',
    found: [['acordaron frenar el ingreso de precursores químicos', 'disrupt-precursor-chemicals']],
  },
  {
    name: 'precursors coming in',
    lang: 'en',
    text: 'Mexico and the United States agreed to curb imports of precursor chemicals from Asia.',
    found: [['agreed to curb imports of precursor chemicals', 'disrupt-precursor-chemicals']],
  },
  {
    name: 'people coming in are no precursors',
    lang: 'es',
    text: 'México y Estados Unidos acordaron frenar la entrada de migrantes por la frontera.',
    found: [],
  },
  {
    name: 'the two nations as the parties',
    lang: 'en',
    text: 'The two nations agreed to accelerate extraditions, officials said.',
    found: [['agreed to accelerate extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'an impersonal passive borrows the parties of the sentence before',
    lang: 'en',
    text: 'Mexican and U.S. officials met in Washington. It was agreed that extraditions of cartel leaders would be accelerated.',
    found: [['agreed that extraditions of cartel leaders would be accelerated', 'accelerate-extraditions']],
  },
  {
    name: 'women introduced by what they do, on a page about the domain',
    lang: 'es',
    text: 'El tráfico de fentanilo preocupa en Ciudad Juárez, en la frontera con Estados Unidos. La actriz Rosa Rodríguez y la escritora Rosa Rodríguez Pérez fueron homenajeadas.',
    found: [],
  },
  {
    name: 'women introduced by what they do, on a page about the domain, in English',
    lang: 'en',
    text: 'Fentanyl trafficking worries Ciudad Juárez, on the border with the United States. The actress Rosa Rodriguez was honored there.',
    found: [],
  },
  {
    name: 'an official introduced as an administration official',
    lang: 'en',
    text: 'Juan Gonzalez, a senior Biden administration official who oversaw Latin America policy at the National Security Council, said Mexico remained a key partner against fentanyl.',
    found: [
      ['Juan Gonzalez', 'official/juan-gonzalez'],
      ['Biden', 'official/joseph-biden'],
    ],
  },
  {
    name: 'an official introduced as a White House official, in Spanish',
    lang: 'es',
    text: 'Juan González, un alto funcionario de la Casa Blanca, dijo que México es clave contra el fentanilo.',
    found: [['Juan González', 'official/juan-gonzalez']],
  },
  {
    name: 'a surname with particles, and the same words in lower case',
    lang: 'es',
    text: 'El canciller Juan Ramón de la Fuente se reunió con Marco Rubio. De la Fuente dijo que la reunión fue cordial; en Monterrey, la alcaldesa habló de la fuente de la plaza.',
    found: [
      ['Juan Ramón de la Fuente', 'official/juan-ramon-de-la-fuente'],
      ['De la Fuente', 'official/juan-ramon-de-la-fuente'],
    ],
  },
  {
    // U+037E, the Greek question mark, is a semicolon once folded (NFD).
    name: 'a demand after a semicolon written as the Greek question mark',
    lang: 'es',
    text: 'México y Estados Unidos acordaron crear un grupo de seguimiento\u037e Washington exige frenar el tráfico de armas.',
    found: [],
  },
  {
    name: 'an agreement after an aside between the verb and its object',
    lang: 'en',
    text: 'Mexico and the United States agreed, after hours of talks, to accelerate extraditions.',
    found: [['agreed, after hours of talks, to accelerate extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'a second commitment joined by “as well as”',
    lang: 'en',
    text: 'Mexico and the United States agreed to hold regular meetings, as well as to accelerate extraditions.',
    found: [['agreed to hold regular meetings, as well as to accelerate extraditions', 'hold-meetings']],
  },
  {
    name: 'a shared surname after a courtesy title, on a page about the domain',
    lang: 'es',
    text: 'El tráfico de fentanilo preocupa en la frontera con Estados Unidos. El señor Rodríguez dijo que la violencia creció, y la doctora González atendió a los heridos.',
    found: [],
  },
  {
    name: 'a shared surname after a courtesy title, on a page about the domain, in English',
    lang: 'en',
    text: 'Fentanyl seizures rose at the border with Mexico. Mrs. Salazar said business fell, and Dr. Gonzalez treated the wounded.',
    found: [],
  },
  {
    name: 'a shared surname after a post, on a page about the domain',
    lang: 'es',
    text: 'El tráfico de fentanilo preocupa en la frontera con Estados Unidos. La secretaria Rodríguez dijo que la violencia bajó.',
    found: [['secretaria Rodríguez', 'official/rosa-icela-rodriguez-velazquez']],
  },
  {
    name: 'people introduced by what they do, on a page about the domain',
    lang: 'es',
    text: 'El tráfico de fentanilo y de armas preocupa en la frontera con Estados Unidos. La cantante Rosa Rodríguez suspendió su concierto y el escritor mexicano Juan González presentó su novela.',
    found: [],
  },
  {
    name: 'people introduced by what they do, on a page about the domain, in English',
    lang: 'en',
    text: 'Fentanyl and arms trafficking worry officials on the border with Mexico. Singer Rosa Rodriguez canceled her show, and the Mexican striker Juan Gonzalez will miss the game.',
    found: [],
  },
  {
    name: 'an official introduced by a post that names what he does',
    lang: 'en',
    text: 'Fentanyl and arms trafficking worry officials on the border with Mexico. The U.S. negotiator Juan Gonzalez met Mexican officials.',
    found: [['Juan Gonzalez', 'official/juan-gonzalez']],
  },
  {
    name: 'a shared surname with a post in no government after it',
    lang: 'es',
    text: 'El tráfico de fentanilo y de armas preocupa en la frontera con Estados Unidos. Velasco, director de la orquesta, agradeció al público, y Morales, presidente del club, habló después.',
    found: [],
  },
  {
    name: 'a shared surname with a post in no government after it, in English',
    lang: 'en',
    text: 'Fentanyl and arms trafficking worry officials on the border with Mexico. Velasco, the director of the museum, said visits fell.',
    found: [],
  },
  {
    name: 'a shared surname with a post in a named institution after it',
    lang: 'en',
    text: 'Fentanyl and arms trafficking worry officials on the border with Mexico. Velasco, director for North America at the Foreign Ministry, said talks would resume.',
    found: [['Velasco', 'official/roberto-velasco-alvarez']],
  },
  {
    name: 'the two delegations as the parties agreeing',
    lang: 'en',
    text: 'The two delegations agreed to step up efforts to stop the flow of fentanyl into the United States.',
    found: [['agreed to step up efforts to stop the flow of fentanyl', 'combat-drug-trafficking']],
  },
  {
    name: 'the two delegations as the parties agreeing, in Spanish',
    lang: 'es',
    text: 'Las dos delegaciones acordaron reforzar las acciones contra el tráfico de armas.',
    found: [['acordaron reforzar las acciones contra el tráfico de armas', 'strengthen-arms-trafficking']],
  },
  {
    name: 'organized crime as criminal organizations',
    lang: 'en',
    text: 'Mexico and the United States agreed to combat transnational criminal organizations.',
    found: [['agreed to combat transnational criminal organizations', 'combat-organized-crime']],
  },
  {
    name: 'organized crime as criminal organizations, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron combatir a las organizaciones criminales.',
    found: [['acordaron combatir a las organizaciones criminales', 'combat-organized-crime']],
  },
  {
    name: 'close communication as ongoing communication',
    lang: 'en',
    text: 'Mexico and the United States agreed to maintain ongoing communication on fentanyl.',
    found: [['agreed to maintain ongoing communication', 'maintain-communication']],
  },
  {
    name: 'close communication as permanent communication, in Spanish',
    lang: 'es',
    text: 'México y Estados Unidos acordaron mantener una comunicación permanente sobre el fentanilo.',
    found: [['acordaron mantener una comunicación permanente', 'maintain-communication']],
  },
  {
    name: 'the parties named apart in the sentence before, agreeing as “the officials”',
    lang: 'en',
    text: 'Mexican and U.S. security officials met in Washington on Thursday to discuss fentanyl. The officials agreed to step up efforts to stop the flow of fentanyl.',
    found: [['agreed to step up efforts to stop the flow of fentanyl', 'combat-drug-trafficking']],
  },
  {
    name: 'the parties named apart in the sentence before, agreeing as “they”',
    lang: 'en',
    text: 'Mexican and U.S. security officials met in Washington on Thursday to discuss fentanyl. They also agreed to accelerate extraditions.',
    found: [['agreed to accelerate extraditions', 'accelerate-extraditions']],
  },
  {
    name: 'new parties agreeing after a sentence that named the two countries',
    lang: 'en',
    text: 'Mexican and U.S. security officials met in Washington on Thursday to discuss fentanyl. Texas lawmakers agreed to strengthen actions against arms trafficking.',
    found: [],
  },
  {
    name: 'the parties named apart in the sentence before, in Spanish',
    lang: 'es',
    text: 'Funcionarios de seguridad de México y Estados Unidos se reunieron el jueves. Los funcionarios acordaron acelerar las extradiciones.',
    found: [['acordaron acelerar las extradiciones', 'accelerate-extraditions']],
  },
  {
    name: 'new parties agreeing after a sentence that named the two countries, in Spanish',
    lang: 'es',
    text: 'Funcionarios de México y Estados Unidos se reunieron el jueves. Los gobernadores de Sonora y Arizona acordaron acelerar las extradiciones.',
    found: [],
  },
  {
    name: 'a shared surname after a given name no list has, at the start of a sentence',
    lang: 'es',
    text: 'El embajador Ken Salazar habló del tráfico de fentanilo. Mauricio Salazar, su vecino, dijo que no lo conoce.',
    found: [['Ken Salazar', 'official/kenneth-salazar']],
  },
  {
    name: 'a shared surname after sentence openers, licensed by the full name',
    lang: 'en',
    text: 'Ambassador Ken Salazar spoke about fentanyl. Later Salazar said more. After Salazar left, talks went on.',
    found: [
      ['Ken Salazar', 'official/kenneth-salazar'],
      ['Salazar', 'official/kenneth-salazar'],
      ['Salazar', 'official/kenneth-salazar'],
    ],
  },
  {
    name: 'an official’s surname with his age, as profiles give it',
    lang: 'en',
    text: "Harfuch, 43, has become the face of Mexico's fight against fentanyl and the cartels.",
    found: [['Harfuch', 'official/omar-garcia-harfuch']],
  },
  {
    name: 'a roundup whose football brief follows a paragraph naming two officials',
    lang: 'es',
    text:
      'En su gobierno, el general Luis Cresencio Sandoval encabezó la Defensa y el almirante José Rafael Ojeda Durán la Marina.\n\n' +
      'Jorge Velasco, delantero del Cruz Azul, anotó dos goles ante el América en el Estadio Azteca.',
    found: [
      ['Luis Cresencio Sandoval', 'official/luis-cresencio-sandoval-gonzalez'],
      ['José Rafael Ojeda Durán', 'official/jose-rafael-ojeda-duran'],
    ],
  },
  {
    name: 'a footballer in a headline, the official only in the match report below',
    lang: 'es',
    text:
      'José Rafael Ojeda Durán rescata el empate\n\n' +
      'El delantero anotó dos goles en el Estadio Azteca, donde el secretario Omar García Harfuch vio el partido.',
    found: [['Omar García Harfuch', 'official/omar-garcia-harfuch']],
  },
  {
    name: 'a framework’s full name without the serial comma',
    lang: 'en',
    text: 'In 2021, both governments adopted the Bicentennial Framework for Security, Public Health and Safe Communities.',
    found: [
      [
        'Bicentennial Framework for Security, Public Health and Safe Communities',
        'framework/bicentennial-framework',
      ],
    ],
  },
  {
    name: 'a framework named by its head and the first of the subjects it lists',
    lang: 'en',
    text: 'Officials said the Bicentennial Framework for Security had produced few arrests of cartel leaders.',
    found: [['Bicentennial Framework for Security', 'framework/bicentennial-framework']],
  },
  {
    name: 'a framework named with the first subject it lists before its head',
    lang: 'en',
    text: 'Under the Bicentennial Security Framework, the two countries shared intelligence on fentanyl labs.',
    found: [['Bicentennial Security Framework', 'framework/bicentennial-framework']],
  },
  {
    name: 'a Spanish framework named by its head and the first of the subjects it lists',
    lang: 'es',
    text:
      'Ambos gobiernos acordaron reforzar las acciones contra el tráfico de armas y reiteraron su compromiso con el ' +
      'Programa de Cooperación sobre Seguridad Fronteriza.',
    found: [
      [
        'acordaron reforzar las acciones contra el tráfico de armas',
        'agreement/2026-01-23-washington-d-c-strengthen-arms-trafficking',
      ],
      [
        'Programa de Cooperación sobre Seguridad Fronteriza',
        'framework/programa-de-cooperacion-sobre-seguridad-fronteriza-y-aplicacion-de-la-ley',
      ],
    ],
  },
  {
    name: 'another framework for a first subject, and ours cut short by another pair of countries',
    lang: 'es',
    text:
      'The city council approved a Framework for Security and Safety at the stadium. ' +
      'México y Guatemala firmaron un Programa de Cooperación sobre Seguridad Fronteriza contra el narcotráfico.',
    found: [],
  },
  {
    name: 'a post written out in capitals in front of a common name',
    lang: 'en',
    text:
      'National Security Council Senior Director for the Western Hemisphere Juan González said fentanyl seizures rose. ' +
      'Executive Secretary of the National Public Security System Marcela Figueroa presented figures on cartel homicides.',
    found: [
      ['Juan González', 'official/juan-gonzalez'],
      ['Marcela Figueroa', 'official/marcela-figueroa'],
    ],
  },
  {
    name: 'a post written out in front of a common name, in Spanish',
    lang: 'es',
    text: 'El jefe de la Unidad para América del Norte Roberto Velasco dijo que los cárteles se adaptan.',
    found: [['Roberto Velasco', 'official/roberto-velasco-alvarez']],
  },
  {
    name: 'a given name after a post is someone else’s name, not the post’s end',
    lang: 'en',
    text:
      'Foreign Ministry spokesman Pedro Juan González said fentanyl seizures rose. ' +
      'The Security Secretary of Sinaloa Mauricio Figueroa spoke on fentanyl.',
    found: [],
  },
  {
    name: 'calles y colonias con el apellido de un funcionario, en una nota policiaca',
    lang: 'es',
    text:
      'El embajador Esteban Moctezuma habló del fentanilo. En la calle Moctezuma de Culiacán, el cártel dejó una ' +
      'narcomanta; en la colonia Morales y sobre la avenida Salazar hubo balaceras.',
    found: [['Esteban Moctezuma', 'official/esteban-moctezuma']],
  },
  {
    name: 'una calle con el apellido distintivo de un funcionario, en la misma nota que él',
    lang: 'es',
    text:
      'El canciller Marcelo Ebrard habló del tráfico de armas. Por la tarde, la calle Ebrard de la colonia ' +
      'Roma fue cerrada tras un enfrentamiento; vecinos de la avenida Sheinbaum reportaron disparos.',
    found: [['Marcelo Ebrard', 'official/marcelo-ebrard-casaubon']],
  },
  {
    name: 'near a distinctive surname is still near the person',
    lang: 'en',
    text: 'Reporters stood near Sheinbaum as she spoke about fentanyl seizures at the border.',
    found: [['Sheinbaum', 'official/claudia-sheinbaum']],
  },
  {
    name: 'a footballer with an official’s common name, near an official on a sports page',
    lang: 'es',
    text: 'El América venció 2-1 al Guadalajara en el Estadio Azteca. Juan González abrió el marcador al minuto 12. García Harfuch no asistió al partido.',
    found: [['García Harfuch', 'official/omar-garcia-harfuch']],
  },
  {
    name: 'a footballer with an official’s common name, near an official on a sports page, in English',
    lang: 'en',
    text: 'Juan Gonzalez scored twice as Pachuca beat Toluca in the Liga MX playoffs at a packed stadium. Claudia Sheinbaum watched from the stands.',
    found: [['Claudia Sheinbaum', 'official/claudia-sheinbaum']],
  },
  {
    name: 'a security page that mentions a stadium',
    lang: 'en',
    text: 'Juan Gonzalez, the White House adviser, said fentanyl seizures near the border stadium in El Paso rose as cartels adapted.',
    found: [['Juan Gonzalez', 'official/juan-gonzalez']],
  },
  {
    name: 'the United States as “EE UU”, without periods',
    lang: 'es',
    text: 'México y EE UU acordaron acelerar las extradiciones.',
    found: [['acordaron acelerar las extradiciones', 'accelerate-extraditions']],
  },
  {
    name: 'lower-case words that spell surnames',
    lang: 'es',
    text: 'La sheinbaum y el trump no son palabras; el gis es un material de construcción, y amlo tampoco.',
    found: [],
  },
];

const language = (said: Row['lang']) => (said === 'unsaid' ? undefined : said);

describe('unseen news text', () => {
  it.each(rows)('$lang: $name', ({ text, lang: said, found }) => {
    const mentions = matcher.findMentions(text, { lang: language(said) });
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    const got = mentions.map((mention) => [mention.text, mention.entityId]);
    expect(got).toHaveLength(found.length);
    found.forEach(([surface, entity], index) => {
      expect(got[index]?.[0]).toBe(surface);
      expect(got[index]?.[1]).toMatch(new RegExp(`${entity.replace(/[/.]/g, '\\$&')}$`));
    });
  });

  // Pages come in either Unicode form; every rule must read them alike.
  it.each(rows)('$lang: $name, in NFD', ({ text, lang: said }) => {
    const entities = (input: string) =>
      matcher
        .findMentions(input, { lang: language(said) })
        .map((mention) => [mention.text.normalize('NFC'), mention.entityId]);
    expect(entities(text.normalize('NFD'))).toEqual(entities(text.normalize('NFC')));
  });
});
