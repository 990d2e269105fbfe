import type { Official } from '../../model.js';
import type { PreparedStatement } from '../prepare.js';
import { assignCountries } from './country.js';
import { findPeople } from './find-people.js';
import { type LocatedMention, resolveOfficials } from './resolve.js';

/** Every official the statements name, resolved across statements and languages. */
export function extractOfficials(statements: PreparedStatement[]): Official[] {
  const located: LocatedMention[] = [];
  for (const { statement, sentences } of statements) {
    for (const sentence of sentences) {
      if (sentence.headline) continue;
      const mentions = findPeople(statement.text, sentence.tokens, statement.language, sentence.tags);
      const countries = assignCountries(statement.text, sentence.tokens, mentions);
      mentions.forEach((mention, index) => {
        located.push({
          sourceId: statement.id,
          date: statement.date,
          language: statement.language,
          text: statement.text,
          mention,
          country: countries[index] ?? null,
        });
      });
    }
  }
  const order = new Map(statements.map(({ statement }, index) => [statement.id, index]));
  return resolveOfficials(located, order);
}
