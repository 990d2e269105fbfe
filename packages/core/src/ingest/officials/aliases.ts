import nlp from 'compromise';
import type { Alias, AliasAmbiguity, AliasKind, Language, Role } from '../../model.js';
import { NAME_PARTICLES } from '../lexicon/function-words.js';
import {
  formalGivenName,
  type Gender,
  genderOf,
  isGivenName,
  shortGivenNames,
} from '../lexicon/given-names.js';
import { isCommonSurname } from '../lexicon/surnames.js';
import { HEADS, HONORIFICS } from '../lexicon/titles.js';
import { fold, stripAccents } from '../text/fold.js';
import { isCabinetLevel } from './cabinet-level.js';
import type { NameParts } from './name-parts.js';

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

/** A word English already uses for something else (a place, a common word): "Monaco", "Rich". */
function isOrdinaryWord(word: string): boolean {
  return fold(word) in lexicon;
}

/** How safely a surname on its own names this person. */
export function surnameAmbiguity(surname: string): AliasAmbiguity {
  const parts = surname.split(/[\s]+/);
  if (parts.some((part) => NAME_PARTICLES.has(part))) return 'needs-full-name';
  const folded = fold(surname);
  if (isCommonSurname(folded) || isGivenName(folded) || isOrdinaryWord(surname)) return 'needs-full-name';
  return 'distinctive';
}

/**
 * A full name is common in the world when every part of it is common: "Juan González", and
 * "Andrew Leonard", whose surname is a given name many people carry as a surname too.
 */
function fullNameAmbiguity(parts: NameParts): AliasAmbiguity {
  const commonGiven = parts.given.every((given) => isGivenName(fold(given)));
  const commonSurnames = parts.surnames.every(
    (surname) => isCommonSurname(fold(surname)) || isGivenName(fold(surname)),
  );
  return commonGiven && commonSurnames ? 'needs-domain' : 'distinctive';
}

export interface AliasInput {
  canonical: string;
  /** Every full form a statement wrote. */
  forms: string[];
  parts: NameParts;
  roles: Role[];
  honorifics: string[];
  gender: Gender | null;
}

/**
 * The names a news page may use for an official, each with how safely it identifies them:
 * full forms, accentless forms, given name + first surname, both surnames, the surname alone,
 * press titles and ranks + surname, middle-initial and hyphen variants. Never a given name alone.
 */
export function officialAliases(input: AliasInput): Alias[] {
  const aliases = new Map<string, Alias>();
  const add = (text: string, kind: AliasKind, ambiguity: AliasAmbiguity, language?: Language) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    for (const variant of variants(clean)) {
      // Exact text: the accentless and lower-case forms are aliases in their own right.
      const key = variant;
      if (aliases.has(key)) continue;
      aliases.set(
        key,
        language ? { text: variant, kind, ambiguity, language } : { text: variant, kind, ambiguity },
      );
    }
  };
  const { parts } = input;
  const fullAmbiguity = fullNameAmbiguity(parts);
  add(input.canonical, 'full-name', fullAmbiguity);
  for (const form of input.forms) add(form, 'full-name', fullAmbiguity);
  if (parts.initials.length > 0) add([...parts.given, ...parts.surnames].join(' '), 'name', fullAmbiguity);
  // The press writes "Ken Salazar" for Kenneth Salazar, and "Richard Verma" for the Rich Verma of a
  // statement: the other forms of the first given name.
  const [firstGiven, ...otherGiven] = parts.given;
  if (firstGiven) {
    const folded = fold(firstGiven);
    const formal = formalGivenName(folded);
    for (const form of [...shortGivenNames(folded), ...(formal === folded ? [] : [formal])]) {
      const capitalised = form.replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase());
      add([capitalised, ...otherGiven, ...parts.surnames].join(' '), 'name', fullAmbiguity);
    }
  }

  const first = parts.surnames[0];
  if (!first) return [...aliases.values()];
  const surnameSafety = surnameAmbiguity(first);
  const bothSurnames = parts.surnames.length > 1 ? parts.surnames.join(' ') : null;
  const bothSafety: AliasAmbiguity =
    bothSurnames && parts.surnames.every((surname) => surnameAmbiguity(surname) !== 'distinctive')
      ? 'needs-domain'
      : 'distinctive';

  if (parts.given.length > 1 || parts.surnames.length > 1) {
    for (const given of new Set([parts.given.join(' '), ...parts.given])) {
      const commonPair = isGivenName(fold(given.split(' ').at(-1)!)) && surnameSafety !== 'distinctive';
      add(`${given} ${first}`, 'given-first-surname', commonPair ? 'needs-domain' : 'distinctive');
    }
  }
  if (bothSurnames) add(bothSurnames, 'surnames', bothSafety);
  // The press writes a bare surname for presidents and cabinet members ("Sheinbaum", "Ebrard"); an
  // attaché's or a deputy's surname alone is more often someone else's ("Dumas", "Tobin").
  add(
    first,
    'surname',
    surnameSafety === 'distinctive' && !input.roles.some(isCabinetLevel) ? 'needs-domain' : surnameSafety,
  );
  // Mexican press also uses the second surname alone ("Harfuch"). A rare one is safe on a page
  // about this domain; a common one ("Durán", "González") only once the person has been named in
  // full, since on its own it could be anyone's.
  const last = parts.surnames.at(-1);
  if (bothSurnames && last) {
    add(last, 'surname', surnameAmbiguity(last) === 'distinctive' ? 'needs-domain' : 'needs-full-name');
  }

  // Titles and ranks make a surname safer, but not safe when the surname is a common one.
  const titled: AliasAmbiguity =
    surnameSafety === 'distinctive'
      ? 'distinctive'
      : isCommonSurname(fold(first))
        ? 'needs-full-name'
        : 'needs-domain';
  const titledBoth: AliasAmbiguity = bothSurnames ? 'distinctive' : titled;
  const gender = input.gender ?? 'm';
  const pressTitles = new Map<string, Language>();
  for (const role of input.roles) {
    for (const head of HEADS) {
      const mentioned = [role.titles.en, role.titles.es].some((title) => sameHead(title, head.id));
      if (!mentioned) continue;
      if (head.pressEn) pressTitles.set(head.pressEn, 'en');
      if (head.pressEs) pressTitles.set(head.pressEs[gender], 'es');
      if (
        head.id === 'secretary' &&
        /foreign|relaciones exteriores/i.test(`${role.titles.en} ${role.titles.es}`)
      ) {
        pressTitles.set('Foreign Secretary', 'en');
        pressTitles.set('canciller', 'es');
      }
    }
  }
  for (const honorific of input.honorifics) {
    const entry = HONORIFICS.find((candidate) => candidate.words.includes(honorific.toLowerCase()));
    if (!entry?.en) continue;
    pressTitles.set(entry.en, 'en');
    pressTitles.set(entry.es, 'es');
  }
  for (const [title, language] of pressTitles) {
    add(`${title} ${first}`, 'title-surname', titled, language);
    if (bothSurnames) add(`${title} ${bothSurnames}`, 'title-surname', titledBoth, language);
  }
  return [...aliases.values()];
}

function sameHead(title: string, headId: string): boolean {
  const head = HEADS.find((candidate) => candidate.id === headId)!;
  const lowered = title.toLowerCase();
  const words = [head.en, head.es.m, head.es.f].map((word) => word.toLowerCase());
  return words.some(
    (word) =>
      lowered === word ||
      lowered.startsWith(`${word} `) ||
      lowered.endsWith(` ${word}`) ||
      lowered.includes(` ${word} `),
  );
}

/** The text, its accentless form, and hyphenated names also with a space ("Sherwood Randall"). */
function variants(text: string): string[] {
  const out = new Set([text, stripAccents(text)]);
  for (const form of [...out])
    if (/\p{L}-\p{L}/u.test(form)) out.add(form.replace(/(\p{L})-(\p{L})/gu, '$1 $2'));
  return [...out];
}

export function genderFromNameOrTitles(given: string[], roles: Role[]): Gender | null {
  for (const role of roles) {
    if (role.titleLanguage !== 'es') continue;
    for (const head of HEADS) {
      if (head.es.f !== head.es.m && role.title.toLowerCase().startsWith(head.es.f)) return 'f';
      if (head.es.f !== head.es.m && role.title.toLowerCase().startsWith(head.es.m)) return 'm';
    }
  }
  return given[0] ? genderOf(fold(given[0])) : null;
}
