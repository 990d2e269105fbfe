import nlp from 'compromise';
import type { Statement } from '../corpus/statement.js';
import type { WordTags } from './officials/find-people.js';
import { splitSentences } from './sentences.js';
import { type Token, tokenize } from './text/tokens.js';

export interface PreparedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  tags: Map<number, WordTags>;
  /** A headline or title line: no full stop, or the statement's own title. Not parsed for facts. */
  headline: boolean;
}

export interface PreparedStatement {
  statement: Statement;
  sentences: PreparedSentence[];
}

/** Splits a statement into sentences and words once, for every extractor to share. */
export function prepareStatement(statement: Statement): PreparedStatement {
  const spans = splitSentences(statement.text, statement.language, statement.bodyEnd);
  const sentences = spans.map(([start, end], index): PreparedSentence => {
    const text = statement.text.slice(start, end);
    return {
      index,
      start,
      end,
      text,
      tokens: tokenize(statement.text, start, end),
      tags: statement.language === 'en' ? englishTags(text, start) : new Map(),
      headline: !/[.!?…:;"”»)]$/u.test(text) || text === statement.title,
    };
  });
  return { statement, sentences };
}

function englishTags(sentence: string, offset: number): Map<number, WordTags> {
  const tags = new Map<number, WordTags>();
  const [json] = nlp(sentence).json({ offset: true }) as Array<{
    terms: Array<{ tags: string[]; offset: { start: number } }>;
  }>;
  for (const term of json?.terms ?? []) {
    tags.set(offset + term.offset.start, {
      firstName: term.tags.includes('FirstName'),
      person: term.tags.includes('Person'),
      place: term.tags.includes('Place'),
    });
  }
  return tags;
}
