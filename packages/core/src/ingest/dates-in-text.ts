import { isValidIsoDate } from '../corpus/iso-date.js';
import { MONTHS } from './lexicon/months.js';
import { fold } from './text/fold.js';
import type { Token } from './text/tokens.js';

/** A date a sentence states, resolved against the statement's own date. */
export interface DateMention {
  /** Token indices [first, last) in the sentence. */
  first: number;
  last: number;
  date: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isYear = (token: Token | undefined) => token !== undefined && /^(19|20)\d\d$/.test(token.text);
const isDay = (token: Token | undefined) => token !== undefined && /^([1-9]|[12]\d|3[01])$/.test(token.text);

/**
 * Dates in the forms news uses in both languages: "July 24", "July 12, 2022", "October 2021",
 * "3 de febrero", "septiembre de 2025", "in April". A date without a year is the latest such day
 * or month not after the statement's date (a report dated March 2023 that says "in June" means
 * June 2022).
 */
export function findDates(tokens: Token[], statementDate: string): DateMention[] {
  const found: DateMention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const month = MONTHS.get(fold(tokens[index]!.text));
    if (month === undefined || !/^\p{Lu}|^[a-z]/u.test(tokens[index]!.text)) continue;
    // "may" is also a verb: a lower-case English month name only counts next to a number.
    if (fold(tokens[index]!.text) === 'may' && tokens[index]!.text === 'may') continue;
    let first = index;
    let last = index + 1;
    let day: number | null = null;
    let year: number | null = null;
    if (isDay(tokens[index + 1])) {
      day = Number(tokens[index + 1]!.text);
      last = index + 2;
      if (tokens[last]?.text === ',' && isYear(tokens[last + 1])) {
        year = Number(tokens[last + 1]!.text);
        last += 2;
      }
    } else if (isDay(tokens[index - 2]) && fold(tokens[index - 1]?.text ?? '') === 'de') {
      day = Number(tokens[index - 2]!.text);
      first = index - 2;
    }
    if (year === null) {
      if (isYear(tokens[last])) {
        year = Number(tokens[last]!.text);
        last += 1;
      } else if (fold(tokens[last]?.text ?? '') === 'de' && isYear(tokens[last + 1])) {
        year = Number(tokens[last + 1]!.text);
        last += 2;
      }
    }
    const date = resolve(month, day, year, statementDate);
    if (date) found.push({ first, last, date });
    index = last - 1;
  }
  return found;
}

function resolve(
  month: number,
  day: number | null,
  year: number | null,
  statementDate: string,
): string | null {
  const [refYear, refMonth = 12, refDay = 31] = statementDate.split('-').map(Number) as [
    number,
    number?,
    number?,
  ];
  let resolvedYear = year;
  if (resolvedYear === null) {
    const after = month > refMonth || (month === refMonth && day !== null && day > refDay);
    resolvedYear = after ? refYear - 1 : refYear;
  }
  const date = day === null ? `${resolvedYear}-${pad(month)}` : `${resolvedYear}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(date) ? date : null;
}
