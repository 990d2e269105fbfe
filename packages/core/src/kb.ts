import type { Entity, EntityType, Evidence, KnowledgeBase, Source } from './model.js';

/** A quoted sentence: the whole sentence around an evidence span, with the span's place in it. */
export interface Quote {
  source: Source;
  /** The sentence, exactly as in `source.text`. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  evidence: Evidence;
}

/** Read-only look-ups over a knowledge base; cheap to build, so build one per knowledge base. */
export interface KnowledgeBaseView {
  kb: KnowledgeBase;
  entity(id: string): Entity | undefined;
  source(id: string): Source | undefined;
  entitiesOfType<T extends EntityType>(type: T): Array<Extract<Entity, { type: T }>>;
  quote(evidence: Evidence): Quote;
  /** The original statement's address with a text fragment for the quoted sentence, or null when unknown. */
  originalLink(evidence: Evidence): string | null;
}

export function viewKnowledgeBase(kb: KnowledgeBase): KnowledgeBaseView {
  const entities = new Map(kb.entities.map((entity) => [entity.id, entity]));
  const sources = new Map(kb.sources.map((source) => [source.id, source]));

  const quote = (evidence: Evidence): Quote => {
    const source = sources.get(evidence.sourceId);
    if (!source) throw new Error(`evidence names unknown source "${evidence.sourceId}"`);
    if (evidence.start < 0 || evidence.end > source.text.length || evidence.start >= evidence.end) {
      throw new Error(`evidence [${evidence.start}, ${evidence.end}) is outside source "${source.id}"`);
    }
    const [sentenceStart, sentenceEnd] = sentenceAround(source, evidence);
    return {
      source,
      sentence: source.text.slice(sentenceStart, sentenceEnd),
      sentenceStart,
      sentenceEnd,
      evidence,
    };
  };

  return {
    kb,
    entity: (id) => entities.get(id),
    source: (id) => sources.get(id),
    entitiesOfType: <T extends EntityType>(type: T) =>
      kb.entities.filter((entity): entity is Extract<Entity, { type: T }> => entity.type === type),
    quote,
    originalLink(evidence) {
      const found = quote(evidence);
      if (!found.source.url) return null;
      return found.source.url.split('#')[0] + textFragment(found.sentence);
    },
  };
}

/** The sentence that holds the span's start, widened to the span's end when it crosses a boundary. */
function sentenceAround(source: Source, evidence: Evidence): [number, number] {
  let start = evidence.start;
  let end = evidence.end;
  for (const [s, e] of source.sentences) {
    if (s <= evidence.start && evidence.start < e) start = s;
    if (s < evidence.end && evidence.end <= e) end = e;
  }
  return [start, end];
}

const FRAGMENT_WORDS = 5;

/**
 * A `#:~:text=` fragment that selects the sentence. Long sentences use the `start,end` form so the
 * link stays short and survives small differences in the middle of the page's copy.
 */
export function textFragment(sentence: string): string {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (words.length <= FRAGMENT_WORDS * 2) return `#:~:text=${encodeFragmentPart(words.join(' '))}`;
  const head = words.slice(0, FRAGMENT_WORDS).join(' ');
  const tail = words.slice(-FRAGMENT_WORDS).join(' ');
  return `#:~:text=${encodeFragmentPart(head)},${encodeFragmentPart(tail)}`;
}

// The fragment syntax reserves `-`, `,` and `&`, which encodeURIComponent leaves alone.
function encodeFragmentPart(part: string): string {
  return encodeURIComponent(part).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
