import type { Bilingual, MeetingEvent, Official } from '../model.js';
import type { PreparedStatement } from './prepare.js';
import { slug } from './text/fold.js';
import { isCapitalised } from './text/tokens.js';

const MEETING_WORDS =
  /\b(meeting|meetings|met|visit|traveled|travelled|held|hosted|reunión|reunion|encuentro|realizada|visita|sede)\b/iu;
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'at', 'en']);
const PARTICIPATION =
  /delegaci|delegation|led by|encabezad|hosted|joined by|spoke with|met with|se reuni|particip/iu;

export interface Events {
  events: MeetingEvent[];
  /** The event each statement reports. */
  bySource: Map<string, string>;
}

/**
 * One meeting per statement, and one for all statements that say they report the same event
 * (`related: … same-event`). Its place is the first "in/en/at <Place>" of a sentence about the
 * meeting; its participants are the officials named where the statements list who took part.
 */
export function extractEvents(statements: PreparedStatement[], officials: Official[]): Events {
  const groups: PreparedStatement[][] = [];
  for (const prepared of statements) {
    const related = new Set(
      prepared.statement.related
        .filter((relation) => relation.relation === 'same-event')
        .map((relation) => relation.sourceId),
    );
    const group = groups.find((members) =>
      members.some(
        (member) =>
          related.has(member.statement.id) ||
          member.statement.related.some(
            (relation) => relation.relation === 'same-event' && relation.sourceId === prepared.statement.id,
          ),
      ),
    );
    if (group) group.push(prepared);
    else groups.push([prepared]);
  }
  const bySource = new Map<string, string>();
  const events = groups.map((members): MeetingEvent => {
    const date = members[0]!.statement.date;
    const place = members.map(findPlace).find((found) => found !== null) ?? null;
    const id = `event/${date}${place ? `-${slug(place)}` : ''}`;
    for (const member of members) bySource.set(member.statement.id, id);
    const sourceIds = members.map((member) => member.statement.id);
    const participantIds = officials
      .filter((official) =>
        official.evidence.some((evidence) => {
          const member = members.find((candidate) => candidate.statement.id === evidence.sourceId);
          const sentence = member?.sentences.find((s) => s.start <= evidence.start && evidence.end <= s.end);
          return sentence !== undefined && PARTICIPATION.test(sentence.text);
        }),
      )
      .map((official) => official.id);
    return { id, name: eventName(date, place), date, place, sourceIds, participantIds };
  });
  return { events: uniqueIds(events, bySource), bySource };
}

function findPlace({ sentences }: PreparedStatement): string | null {
  for (const sentence of sentences) {
    if (sentence.headline || !MEETING_WORDS.test(sentence.text)) continue;
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index++) {
      if (!PLACE_PREPOSITIONS.has(tokens[index]!.text.toLowerCase())) continue;
      let first = index + 1;
      if (['the', 'el', 'la'].includes(tokens[first]?.text ?? '')) first++;
      let last = first;
      // "Washington, D.C.", "Washington D. C.", "the National Palace".
      while (
        tokens[last] &&
        (isCapitalised(tokens[last]!.text) ||
          (tokens[last]!.text === ',' && /^\p{Lu}\./u.test(tokens[last + 1]?.text ?? '')))
      ) {
        last++;
      }
      if (last === first || /^\p{Lu}{2,}$/u.test(tokens[first]!.text)) continue;
      const words = tokens.slice(first, last).map((token) => token.text);
      if (
        words.some((word) =>
          /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
            word,
          ),
        )
      )
        continue;
      return sentence.text.slice(
        tokens[first]!.start - sentence.start,
        tokens[last - 1]!.end - sentence.start,
      );
    }
  }
  return null;
}

function eventName(date: string, place: string | null): Bilingual {
  return {
    en: `Mexico–United States security meeting${place ? `, ${place}` : ''}, ${date}`,
    es: `Reunión de seguridad México–Estados Unidos${place ? `, ${place}` : ''}, ${date}`,
  };
}

function uniqueIds(events: MeetingEvent[], bySource: Map<string, string>): MeetingEvent[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const count = (seen.get(event.id) ?? 0) + 1;
    seen.set(event.id, count);
    if (count === 1) return event;
    const id = `${event.id}-${count}`;
    for (const sourceId of event.sourceIds) bySource.set(sourceId, id);
    return { ...event, id };
  });
}
