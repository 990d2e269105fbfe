import type { Agreement, Entity, EntityType, KnowledgeBase, Language, Mention } from '../model.js';
import { type AgreementHit, type AgreementPhrase, findAgreements, indexPhrases } from './agreements.js';
import { aliasFacts } from './alias-facts.js';
import { loadAutomaton } from './automaton.js';
import { isWordAt } from './boundaries.js';
import type { CompiledMatcher } from './compiled.js';
import { type DocumentContext, type EntityHit, resolveEntities } from './document-pass.js';
import { withoutForeignFrameworks } from './foreign-frameworks.js';
import { inLanguage } from './language-words.js';
import { ScanBuffers, scan } from './scan.js';
import { inYearsNamed, yearsNamed } from './sentence-years.js';
import { firstNotBefore } from './sorted.js';
import { sortWords } from './words-found.js';

export interface FindOptions {
  /** Which entity types to return; all when absent. */
  types?: EntityType[];
  /**
   * The text's language, when the caller knows it. Single-word names tagged with the other
   * language then need the full name in the document ("GIS" on an English page).
   */
  lang?: Language;
}

export interface Matcher {
  /**
   * Mentions of the knowledge base's entities in `text`: non-overlapping, sorted by start, with
   * UTF-16 offsets into `text` (`text.slice(start, end) === mention.text`). Linear in the text.
   */
  findMentions(text: string, options?: FindOptions): Mention[];
}

export function createMatcher(kb: Pick<KnowledgeBase, 'entities' | 'matcher'>): Matcher {
  const { entities, matcher } = kb;
  checkCompiled(matcher, entities);
  const automaton = loadAutomaton(matcher);
  const context: DocumentContext = { automaton, facts: aliasFacts(entities, automaton) };
  const phrases = indexPhrases(decodePhrases(matcher.agreementPhrases));
  // The exact-case rule reads the alias through the same facts the document pass uses.
  const aliasText = (pattern: number) => context.facts(pattern)!.text;
  // Only read during one findMentions: every call can write into the same buffers.
  const buffers = new ScanBuffers();

  return {
    findMentions(text, options = {}) {
      if (text.length === 0) return [];
      const wanted = (type: EntityType) => !options.types || options.types.includes(type);
      const scanned = inLanguage(text, scan(text, automaton, aliasText, buffers), automaton, options.lang);
      const words = sortWords(text, scanned, automaton);
      const hits = withoutForeignFrameworks(
        text,
        words,
        resolveEntities(text, scanned, context, options.lang, words),
      );
      const mentions: Mention[] = [];
      for (const { start, end, facts } of hits) {
        if (!wanted(facts.entityType)) continue;
        mentions.push({
          start,
          end,
          text: text.slice(start, end),
          entityId: facts.entityId,
          type: facts.entityType,
          matched: facts.text,
        });
      }
      if (wanted('agreement')) {
        for (const found of findAgreements(text, words, phrases, hits)) {
          const mention = agreementMention(text, found, hits, entities);
          if (mention) mentions.push(mention);
        }
        mentions.sort((a, b) => a.start - b.start);
      }
      return mentions;
    },
  };
}

function checkCompiled(matcher: CompiledMatcher, entities: Entity[]): void {
  if (matcher.format !== 1 || !Array.isArray(matcher.childCounts)) {
    throw new Error('the knowledge base has no compiled matcher in format 1; rebuild it with this version');
  }
  if (matcher.entityCount !== entities.length) {
    throw new Error(
      `the compiled matcher was built for ${matcher.entityCount} entities but the knowledge base has ${entities.length}`,
    );
  }
}

function decodePhrases(flat: number[]): AgreementPhrase[] {
  const phrases: AgreementPhrase[] = [];
  for (let i = 0; i < flat.length; ) {
    const entity = flat[i]!;
    const phrase = flat[i + 1]!;
    const count = flat[i + 2]!;
    phrases.push({ entity, phrase, concepts: flat.slice(i + 3, i + 3 + count) });
    i += 3 + count;
  }
  return phrases;
}

/**
 * An agreement's span yields to the names inside it: a name before the key words moves the start
 * past the name ("agreed with Omar García Harfuch to accelerate…"), a name among or after them
 * ends the span before the name; when no key word is left, there is no mention.
 */
function agreementMention(
  text: string,
  found: AgreementHit,
  hits: EntityHit[],
  entities: Entity[],
): Mention | null {
  let { start, end } = found;
  // Hits are sorted and never overlap, so their ends are sorted too: only the few inside the span
  // are read, where testing every hit made a long text with many agreements quadratic.
  const inside = firstNotBefore(hits.length, (h) => hits[h]!.end <= found.start);
  for (let h = inside; h < hits.length && hits[h]!.start < found.end; h++) {
    const hit = hits[h]!;
    if (hit.end <= found.keyStart) start = Math.max(start, hit.end);
    else end = Math.min(end, hit.start);
  }
  while (start < end && !isWordAt(text, start)) start++;
  while (end > start && !isWordAt(text, end - 1)) end--;
  if (end <= found.keyStart) return null;
  const inTime = inYearsNamed(found.entities, yearsNamed(text, ...found.sentence), (index) =>
    Number((entities[index] as Agreement).date.slice(0, 4)),
  );
  if (inTime.length === 0) return null;
  const ids = inTime.map((index) => entities[index]!.id);
  const first = entities[found.phrase.entity] as Agreement;
  const keyPhrases = [...first.keyPhrases.en, ...first.keyPhrases.es];
  return {
    start,
    end,
    text: text.slice(start, end),
    entityId: ids[0]!,
    type: 'agreement',
    matched: keyPhrases[found.phrase.phrase] ?? '',
    entityIds: ids,
  };
}
