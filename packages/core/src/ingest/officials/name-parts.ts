import { NAME_PARTICLES } from '../lexicon/function-words.js';
import { formalGivenName, isGivenName } from '../lexicon/given-names.js';
import { isCommonSurname } from '../lexicon/surnames.js';
import { fold } from '../text/fold.js';

/** A personal name taken apart, each part as written. */
export interface NameParts {
  given: string[];
  /** Middle initials ("O."), kept apart so "Lisa O. Monaco" and "Lisa Monaco" meet. */
  initials: string[];
  /** Surnames; a particle stays with its surname ("de la Fuente"). */
  surnames: string[];
}

/**
 * Splits a full name. Hispanic names carry two surnames, so four words are two given names and two
 * surnames; with three, the middle word is a given name only if it is a known given name and not a
 * common surname ("Raymundo Pedro Morales", but "Omar García Harfuch"). Names of US officials
 * have one surname, however many words come before it.
 */
export function nameParts(words: string[], hispanic: boolean): NameParts {
  const initials = words.filter((word) => /^\p{Lu}\.$/u.test(word));
  const units: string[] = [];
  let pending: string[] = [];
  for (const word of words) {
    if (/^\p{Lu}\.$/u.test(word)) continue;
    if (NAME_PARTICLES.has(word)) {
      pending.push(word);
      continue;
    }
    units.push([...pending, word].join(' '));
    pending = [];
  }
  if (units.length <= 1) return { given: [], initials, surnames: units };
  if (!hispanic) return { given: units.slice(0, -1), initials, surnames: units.slice(-1) };
  const last = units.at(-1)!;
  if (units.length === 2 || /\s/.test(last)) {
    return { given: units.slice(0, -1), initials, surnames: [last] };
  }
  if (units.length === 3) {
    const middle = fold(units[1]!);
    if (isGivenName(middle) && !isCommonSurname(middle))
      return { given: units.slice(0, 2), initials, surnames: [last] };
    return { given: units.slice(0, 1), initials, surnames: units.slice(1) };
  }
  return { given: units.slice(0, -2), initials, surnames: units.slice(-2) };
}

/** The words compared when deciding whether two names are one person: folded, no initials or particles. */
export function nameKey(words: string[], full = true): string[] {
  const key = words
    .filter((word) => !/^\p{Lu}\.$/u.test(word) && !NAME_PARTICLES.has(word))
    .flatMap((word) => fold(word).split(/[-\s]+/));
  if (full && key.length > 1) key[0] = formalGivenName(key[0]!);
  return key;
}

/** True if `shorter` names the same person as `longer`: same first word, same last surname word, in order. */
export function sameFullName(shorter: string[], longer: string[]): boolean {
  if (shorter.length === 0 || shorter.length > longer.length) return false;
  if (shorter.at(-1) !== longer.at(-1) && !longer.slice(1).includes(shorter.at(-1)!)) return false;
  // "Rafael Ojeda" in "José Rafael Ojeda Durán": the given name may be the second one.
  const start = longer.indexOf(shorter[0]!);
  if (start === -1 || start > 1) return false;
  let cursor = start;
  for (const word of shorter) {
    const found = longer.indexOf(word, cursor);
    if (found === -1) return false;
    cursor = found + 1;
  }
  return true;
}

/** True if the words are a run of the person's surname words ("López Obrador", "Sherwood-Randall"). */
export function isSurnameReference(reference: string[], surnameKey: string[]): boolean {
  if (reference.length === 0) return false;
  for (let start = 0; start + reference.length <= surnameKey.length; start++) {
    if (reference.every((word, offset) => surnameKey[start + offset] === word)) return true;
  }
  return false;
}
