import { foldString } from './fold.js';

/**
 * A year as a sentence dates what it tells: "in 2023", "en 2008", "of 2021", "July 24, 2023",
 * "julio de 2023". Not "since 2019" (a start, not a date), nor a bare number ("más de 2000 armas").
 */
const DATED =
  /(?:\b(?:in|en|of|during|durante)|\b(?:jan|ene|feb|mar|apr|abr|may|jun|jul|aug|ago|sep|set|oct|nov|dec|dic)[a-z]*\.?(?:\s+\d{1,2},?)?(?:\s+de)?)\s+((?:19|20)\d\d)\b(?![.,]\d)/g;

/** The years the text between `from` and `to` is dated by, in order. */
export function yearsNamed(text: string, from: number, to: number): number[] {
  const sentence = text.slice(from, to);
  // Most sentences have no year: they are not folded.
  if (!/\d{4}/.test(sentence)) return [];
  return Array.from(foldString(sentence).matchAll(DATED), (found) => Number(found[1]));
}

/**
 * The agreements a sentence reports, as its years say: none reached after every year it names
 * ("Under the Mérida Initiative, in 2008, the United States agreed to…" reports no later
 * agreement in the same words), and those of a year it names first ("In 2023, Mexico agreed to
 * crack down on fentanyl labs" is the 2023 agreement before the 2025 one).
 */
export function inYearsNamed(
  entities: number[],
  years: number[],
  yearOf: (entity: number) => number,
): number[] {
  if (years.length === 0) return entities;
  const latest = Math.max(...years);
  const possible = entities.filter((entity) => yearOf(entity) <= latest);
  const named = possible.filter((entity) => years.includes(yearOf(entity)));
  return [...named, ...possible.filter((entity) => !named.includes(entity))];
}
