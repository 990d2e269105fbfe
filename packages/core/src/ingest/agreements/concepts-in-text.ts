import { OBJECTS, type ObjectConcept, VERBS, type VerbConcept } from '../lexicon/concepts.js';

export interface Found<T> {
  concept: T;
  /** Offsets into the folded text searched. */
  start: number;
  end: number;
}

function compile(pattern: string): RegExp {
  const open = pattern.endsWith('*');
  const body = (open ? pattern.slice(0, -1) : pattern)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${open ? '[\\p{L}]*' : '(?![\\p{L}\\p{N}])'}`, 'gu');
}

const verbPatterns = VERBS.flatMap((concept) =>
  concept.patterns.map((pattern) => ({ concept, regex: compile(pattern) })),
);
const objectPatterns = OBJECTS.flatMap((concept) =>
  concept.patterns.map((pattern) => ({ concept, regex: compile(pattern), length: pattern.length })),
);

export function findVerbs(folded: string): Array<Found<VerbConcept>> {
  const found: Array<Found<VerbConcept>> = [];
  for (const { concept, regex } of verbPatterns) {
    regex.lastIndex = 0;
    for (let match = regex.exec(folded); match !== null; match = regex.exec(folded)) {
      found.push({ concept, start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Objects in order of appearance; where two overlap, the longer (more specific) pattern wins. */
export function findObjects(folded: string): Array<Found<ObjectConcept>> {
  const all: Array<Found<ObjectConcept> & { length: number }> = [];
  for (const { concept, regex, length } of objectPatterns) {
    regex.lastIndex = 0;
    for (let match = regex.exec(folded); match !== null; match = regex.exec(folded)) {
      all.push({ concept, start: match.index, end: match.index + match[0].length, length });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Array<Found<ObjectConcept>> = [];
  for (const candidate of all) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push({ concept: candidate.concept, start: candidate.start, end: candidate.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}
