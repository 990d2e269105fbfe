import type { EntityHit } from './document-pass.js';
import { foldString } from './fold.js';
import { NOT_NAMES } from './lexicon.js';
import { CONDITION, COUNTRY_BOTH } from './patterns.js';
import { hasLineBreak, sentenceAround } from './sentences.js';
import { firstAtOrAfter, firstNotBefore, within } from './sorted.js';
import { DOMAIN_WINDOW, type WordsFound } from './words-found.js';

/** One key phrase of one agreement, as concept ids (the first is the phrase's head). */
export interface AgreementPhrase {
  entity: number;
  phrase: number;
  concepts: number[];
}

/** The agreement phrases, with where each head concept leads: a sentence tries only its heads' phrases. */
export interface PhraseIndex {
  phrases: AgreementPhrase[];
  /** Head concept id → indices into `phrases`, ascending. */
  byHead: Map<number, number[]>;
}

export function indexPhrases(phrases: AgreementPhrase[]): PhraseIndex {
  const byHead = new Map<number, number[]>();
  phrases.forEach((phrase, index) => {
    const head = phrase.concepts[0]!;
    const list = byHead.get(head);
    if (list) list.push(index);
    else byHead.set(head, [index]);
  });
  return { phrases, byHead };
}

/** A sentence reporting one or more agreements: the span from the cue to the last key word. */
export interface AgreementHit {
  start: number;
  end: number;
  /** Where the key words begin (the cue may come before). */
  keyStart: number;
  /** Agreement entity indices, in the order the sentence reports them. */
  entities: number[];
  /** The key phrase that matched first. */
  phrase: AgreementPhrase;
  /** The sentence it is in. */
  sentence: [start: number, end: number];
}

/** What a sentence's key words say, before it is known whether the sentence reports it. */
type SentenceMatch = Omit<AgreementHit, 'sentence'>;

/** The key words of one phrase must sit within this many UTF-16 units of each other. */
const PHRASE_WINDOW = 160;
/** And the commitment cue within this distance of them. */
const CUE_REACH = 240;
/** The farthest a phrase's head can start from a cue that reports it. */
const REACH = CUE_REACH + PHRASE_WINDOW;
/** How far before a commitment's cue a negation denies it: "did not agree", "nunca acordaron". */
const NEGATION_REACH = 12;
/** After a negation, folded: "not only", "no sólo". */
const NOT_ONLY = /^(?:only|solo|solamente|unicamente)\b/;

type Span = [start: number, end: number];

/**
 * After a cue, a semicolon or a comma and a subordinating word open a clause of its own, whose key
 * words the governments did not agree to: "agreed to form a group, as the Trump administration
 * presses Mexico to do more against drug cartels", "acordaron…, mientras Washington exige frenar el
 * tráfico de armas". Folded text; "as well as" adds to the commitment, and a clause closed by
 * another comma before the key words was an aside ("agreed, after hours of talks, to…").
 */
const CLAUSE_OPENER =
  /;|,\s*(?:as(?!\s+well)|while|whereas|although|though|because|but(?!\s+also)|mientras|aunque|pero(?!\s+tambien)|porque|ya que|pues|luego de que|despues de que)\b/g;

/**
 * Finds sentences that report an agreement in their own words: a commitment cue, the concepts of
 * one of the agreement's key phrases close together (the head and at least three quarters of the
 * rest), no other country named in the sentence, and the two governments as the ones agreeing
 * (both countries, or a known official or framework, named in the sentence or the one before).
 */
export function findAgreements(
  text: string,
  words: WordsFound,
  phrases: PhraseIndex,
  entityHits: EntityHit[],
): AgreementHit[] {
  if (phrases.phrases.length === 0) return [];
  const { concepts, countries, foreign, negations } = words;
  /** Where concepts that head a phrase start: no phrase matches without its head. */
  const heads: number[] = [];
  /** For each of those, whether some phrase it heads has enough of its key words near it. */
  const mayMatch: boolean[] = [];
  for (const [start, end, id] of concepts) {
    const led = phrases.byHead.get(id);
    if (!led) continue;
    heads.push(start);
    const near = within(concepts, end - PHRASE_WINDOW, start + PHRASE_WINDOW);
    const enough = (hits: typeof near) =>
      led.some((index) => enoughNear(hits, start, end, phrases.phrases[index]!));
    // Key words on another line are in another sentence; most heads fall short without that test.
    mayMatch.push(
      enough(near) &&
        enough(near.filter(([from, to]) => !hasLineBreak(text, Math.min(from, start), Math.max(to, end)))),
    );
  }
  if (!mayMatch.includes(true)) return [];
  const cues = withHeadlineCues(text, words);
  if (cues.length === 0) return [];
  if (countries.length === 0 && entityHits.length === 0) return [];
  // The two governments must be the ones agreeing: the sentence names both countries, or it or the
  // one before it says "both countries" or names one of the officials or frameworks. Mexican
  // lawmakers or two governors agreeing on arms trafficking is not the binational agreement.
  // Two concepts in common words ("hold … meetings") say too little to borrow the parties from the
  // sentence before: "The Security Implementation Group … Its next meeting will be held in Mexico
  // City" reports a date. With the domain's vocabulary ("speed up extraditions") they may. A
  // sentence before that names the two countries apart ("Mexican and U.S. officials met…") lends
  // them only to one whose agreeing party is no one new: "The officials agreed…", "They agreed…";
  // not "Texas lawmakers agreed…".
  const binational = (from: number, to: number, hit: SentenceMatch) => {
    if (words.sidesBetween(from, to) === COUNTRY_BOTH) return true;
    const weak = hit.phrase.concepts.length <= 2 && words.weightBetween(from, to) === 0;
    const context = from > 0 && !weak ? sentenceAround(text, from - 1)[0] : from;
    return (
      within(countries, context, to).some(([, , side]) => side === COUNTRY_BOTH) ||
      anyNameIn(entityHits, context, to) ||
      (context < from &&
        words.sidesBetween(context, from) === COUNTRY_BOTH &&
        noNewParty(text.slice(from, hit.start)))
    );
  };

  // The governments' commitment is about security: the sentence, or the page around it, says a word
  // of it. "Agreed to hold regular meetings on water deliveries" on a page about the Rio Grande is
  // another agreement in the same words; "accelerate extraditions" carries its domain in itself.
  // A sentence whose own words are another domain's is about that, whatever the page says around it:
  // "agreed to share information on exchange rates" below a paragraph on fentanyl seizures.
  const aboutSecurity = (from: number, to: number) =>
    words.weightBetween(from, to) >= 0 && words.weightBetween(from - DOMAIN_WINDOW, to + DOMAIN_WINDOW) > 0;

  // "Will not accelerate extraditions", "no acordaron", "refused to": a negation right before the
  // cue or between it and the key words says the governments did not commit to it. "Not only" and
  // "no sólo" add to a commitment instead. A condition anywhere before the key words makes it one
  // side's demand or a hypothesis: "unless Mexico agreed to curb…", "if both countries agree".
  // Each phrase is judged on its own: "agreed to accelerate extraditions, ruling out joint patrols".
  const denied = ({ span: [cue], keyStart }: PhraseMatch, sentenceStart: number) =>
    within(negations, sentenceStart, Math.max(keyStart, cue + 1)).some(
      ([start, end, condition]) =>
        condition === CONDITION ||
        (start >= cue - NEGATION_REACH && !NOT_ONLY.test(foldString(text.slice(end, end + 14)))),
    );

  /** Whether a cue ending at `cueEnd` governs key words from `keyStart` (see CLAUSE_OPENER). */
  const reaches = (cueEnd: number, keyStart: number) => {
    // Most key words follow their cue with no comma or semicolon between ("agreed to accelerate"),
    // and only those can open a clause: settled without folding. U+037E folds to a semicolon.
    if (!hasClausePunctuation(text, cueEnd, keyStart)) return true;
    const between = foldString(text.slice(cueEnd, keyStart));
    let opened = -1;
    for (const found of between.matchAll(CLAUSE_OPENER)) opened = found.index + found[0].length;
    return opened < 0 || between.includes(',', opened);
  };

  const out: AgreementHit[] = [];
  let done = -1;
  for (const [cueStart, cueEnd] of cues) {
    if (cueStart < done) continue;
    // Most cues ("said", "agreed") report nothing here: without a phrase's head in reach of the
    // cue and on its line (a sentence never crosses one), with enough of that phrase's key words
    // around it, no phrase can match, so the sentence is not delimited at all. Another cue of the
    // same sentence that has one in reach still reads the whole sentence.
    const last = cueEnd + REACH;
    let head = firstAtOrAfter(heads, cueStart - REACH);
    for (; head < heads.length && heads[head]! <= last; head++) {
      const at = heads[head]!;
      if (mayMatch[head] && !hasLineBreak(text, Math.min(at, cueStart), Math.max(at, cueEnd))) break;
    }
    if (head === heads.length || heads[head]! > last) continue;
    const [from, to] = sentenceAround(text, cueStart);
    done = to;
    if (within(foreign, from, to).length > 0) continue;
    const hit = matchSentence(within(cues, from, to), within(concepts, from, to), phrases, reaches, (match) =>
      denied(match, from),
    );
    if (hit && binational(from, to, hit) && aboutSecurity(from, to))
      out.push({ ...hit, sentence: [from, to] });
  }
  return out;
}

/** Two countries that open a sentence, joined as a headline joins them, then "to" and a word. */
const HEADLINE_JOIN = /^(?:,|\s+(?:and|y|e|&))\s+(?:the\s+)?$/i;
/** After the second country: the gap before "to", and a word after it. */
const HEADLINE_TO = /^(\.?\s+)to\s+\p{L}/iu;

/**
 * The cues, with the "to" of a headline that reports a decision in the infinitive: "Mexico, U.S.
 * to boost intelligence sharing on cartels". Only there: "guns smuggled from the U.S. to Mexico"
 * reports nothing.
 */
function withHeadlineCues(text: string, { cues, countries }: WordsFound): Array<[number, number]> {
  const extra: Array<[number, number]> = [];
  for (let k = 1; k < countries.length; k++) {
    const [start, end, side] = countries[k - 1]!;
    const [nextStart, nextEnd, nextSide] = countries[k]!;
    if ((side | nextSide) !== COUNTRY_BOTH || nextStart - end > 10) continue;
    if (!HEADLINE_JOIN.test(text.slice(end, nextStart))) continue;
    const gap = HEADLINE_TO.exec(text.slice(nextEnd, nextEnd + 8))?.[1];
    if (gap === undefined || text.slice(sentenceAround(text, start)[0], start).trim() !== '') continue;
    const to = nextEnd + gap.length;
    extra.push([to, to + 2]);
  }
  return extra.length === 0 ? cues : [...cues, ...extra].sort((a, b) => a[0] - b[0]);
}

type Reaches = (cueEnd: number, keyStart: number) => boolean;

function matchSentence(
  cues: Span[],
  concepts: Array<[number, number, number]>,
  { phrases, byHead }: PhraseIndex,
  reaches: Reaches,
  denied: (match: PhraseMatch) => boolean,
): SentenceMatch | null {
  // In the phrases' own order, as if every phrase were tried: ties below keep the first.
  const tried: number[] = [];
  for (const [, , id] of concepts) {
    const list = byHead.get(id);
    if (list) for (const index of list) if (!tried.includes(index)) tried.push(index);
  }
  if (tried.length === 0) return null;
  tried.sort((a, b) => a - b);
  const matched: PhraseMatch[] = [];
  for (const index of tried) {
    const match = matchPhrase(cues, concepts, phrases[index]!, reaches);
    if (match) matched.push(match);
  }
  // Where one phrase's key words are a strict subset of another's, the sentence reports the more
  // specific agreement ("intercambio de información sobre objetivos prioritarios" is not merely
  // "compartir información"). A phrase's head need not be among them: a longer phrase drops its
  // leading "increase" or "accelerate" (see ConceptTable.phrase), so "increase data exchange on
  // priority cases" is not merely "increase information exchange".
  // A denied phrase is judged after that, so it does not fall back to a vaguer one it contains.
  const found = matched.filter(
    (a) =>
      !matched.some(
        (b) =>
          b.words.length > a.words.length &&
          a.words.every((word, k) => (k === 0 && a.words.length > 1) || b.words.includes(word)),
      ) && !denied(a),
  );
  if (found.length === 0) return null;
  found.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const entities: number[] = [];
  for (const { phrase } of found) if (!entities.includes(phrase.entity)) entities.push(phrase.entity);
  return {
    start: Math.min(...found.map((f) => f.span[0])),
    end: Math.max(...found.map((f) => f.span[1])),
    keyStart: Math.min(...found.map((f) => f.keyStart)),
    entities,
    phrase: found[0]!.phrase,
  };
}

interface PhraseMatch {
  span: Span;
  keyStart: number;
  words: number[];
  phrase: AgreementPhrase;
}

/** How many of a phrase's key words besides its head a sentence must have: three quarters, at least one. */
function wordsNeeded(phrase: AgreementPhrase): number {
  const rest = phrase.concepts.length - 1;
  return rest <= 1 ? rest : Math.max(1, Math.ceil(rest * 0.75));
}

/**
 * Whether enough of the phrase's other key words are among the concepts `near` a head at
 * `[start, end)` and within the phrase window of it: what `matchPhrase` needs, asked before any
 * sentence is delimited. A page that says "agreed to meet again" in every paragraph has a head near
 * its cue each time, and seldom the rest of a phrase.
 */
function enoughNear(
  near: Array<[number, number, number]>,
  start: number,
  end: number,
  phrase: AgreementPhrase,
): boolean {
  let present = 0;
  for (let k = 1; k < phrase.concepts.length; k++) {
    const id = phrase.concepts[k];
    if (near.some((hit) => hit[2] === id && Math.max(end, hit[1]) - Math.min(start, hit[0]) <= PHRASE_WINDOW))
      present++;
  }
  return present >= wordsNeeded(phrase);
}

function matchPhrase(
  cues: Span[],
  concepts: Array<[number, number, number]>,
  phrase: AgreementPhrase,
  reaches: Reaches,
): PhraseMatch | null {
  const ids = phrase.concepts;
  const head = ids[0];
  const needed = wordsNeeded(phrase);
  for (const [headStart, headEnd, id] of concepts) {
    if (id !== head) continue;
    let from = headStart;
    let to = headEnd;
    let present = 0;
    const words = [headStart];
    for (let k = 1; k < ids.length; k++) {
      const other = ids[k];
      let best: [number, number, number] | undefined;
      for (const hit of concepts) {
        if (hit[2] !== other) continue;
        if (!best || Math.abs(hit[0] - headStart) < Math.abs(best[0] - headStart)) best = hit;
      }
      if (!best || Math.max(to, best[1]) - Math.min(from, best[0]) > PHRASE_WINDOW) continue;
      present++;
      words.push(best[0]);
      from = Math.min(from, best[0]);
      to = Math.max(to, best[1]);
    }
    if (present < needed) continue;
    const before = cues.filter(([, e]) => e <= from && from - e <= CUE_REACH).pop();
    if (before && reaches(before[1], from)) return { span: [before[0], to], keyStart: from, words, phrase };
    if (cues.some(([s, e]) => s >= from && e <= to))
      return { span: [from, to], keyStart: from, words, phrase };
    const after = cues.find(([s]) => s >= to && s - to <= CUE_REACH);
    if (after) return { span: [from, after[1]], keyStart: from, words, phrase };
  }
  return null;
}

function hasClausePunctuation(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x2c || code === 0x3b || code === 0x37e) return true;
  }
  return false;
}

/**
 * Who may agree in a sentence that borrows its parties: the ones just named, in other words, or
 * no one ("It was agreed that…", "Se acordó…").
 */
const SAME_PARTIES = new Set(
  (
    'they officials delegations delegates leaders ministers secretaries authorities representatives ' +
    'negotiators teams governments ellos funcionarios autoridades delegaciones delegados lideres ' +
    'titulares representantes ministros secretarios equipos gobiernos ambos ambas dos two se it was ' +
    'were been'
  ).split(' '),
);

/** Whether the words before a cue name no party but the ones the sentence before named. */
function noNewParty(subject: string): boolean {
  return foldString(subject)
    .split(/[^\p{L}]+/u)
    .every((word) => !word || SAME_PARTIES.has(word) || NOT_NAMES.has(word));
}

/** Whether a name (hits in document order) starts in `[from, to)`; a binary search, not a scan. */
function anyNameIn(hits: EntityHit[], from: number, to: number): boolean {
  const at = firstNotBefore(hits.length, (h) => hits[h]!.start < from);
  return at < hits.length && hits[at]!.start < to;
}
