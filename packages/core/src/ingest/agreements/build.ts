import type { Agreement, Evidence } from '../../model.js';
import type { Events } from '../events.js';
import type { ObjectConcept } from '../lexicon/concepts.js';
import type { AgreementClause } from './extract.js';

/**
 * One agreement per commitment per meeting: clauses with the same object (and qualifier) at the
 * same event are one agreement, whichever statement or language reports them.
 */
export function buildAgreements(
  clauses: AgreementClause[],
  events: Events,
  sourceOrder: string[],
): Agreement[] {
  const groups = new Map<string, AgreementClause[]>();
  for (const clause of clauses) {
    const eventId = eventOf(clause, events);
    const key = [eventId ?? clause.date, clause.objects[0]!.id, clause.qualifier?.id ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), clause]);
  }
  const agreements = [...groups.values()].map((members) => toAgreement(members, events, sourceOrder));
  const seen = new Map<string, number>();
  return agreements.map((agreement) => {
    const count = (seen.get(agreement.id) ?? 0) + 1;
    seen.set(agreement.id, count);
    return count === 1 ? agreement : { ...agreement, id: `${agreement.id}-${count}` };
  });
}

// A commitment dated apart from the statement's meeting ("On July 12, …") belongs to no known event.
function eventOf(clause: AgreementClause, events: Events): string | null {
  const eventId = events.bySource.get(clause.sourceId) ?? null;
  const event = events.events.find((candidate) => candidate.id === eventId);
  return event && event.date === clause.date ? event.id : null;
}

function toAgreement(members: AgreementClause[], events: Events, sourceOrder: string[]): Agreement {
  const first =
    members.find((member) => member.verb && !member.verb.generic) ??
    members.find((member) => member.verb) ??
    members[0]!;
  const main = first.objects[0]!;
  const eventId = eventOf(first, events);
  const verb = first.verb;
  const extra = first.objects.slice(1);
  const summary = {
    en: capitalise(phrase(first, [main, ...extra], first.qualifier, 'en')),
    es: capitalise(phrase(first, [main, ...extra], first.qualifier, 'es')),
  };
  const keyPhrases = { en: new Set<string>(), es: new Set<string>() };
  for (const member of members) {
    for (const object of member.objects) {
      if (!member.verb) continue;
      // With and without what it is about: "accelerate information exchange" alone, and "on
      // priority targets" for a report that says it in other words ("step up the exchange of
      // information on priority targets"), which three concepts besides the verb make specific.
      for (const qualifier of member.qualifier ? [null, member.qualifier] : [null]) {
        keyPhrases.en.add(bare(phrase(member, [object], qualifier, 'en')));
        keyPhrases.es.add(phrase(member, [object], qualifier, 'es'));
      }
    }
    if (member.written) keyPhrases[member.language].add(member.written);
  }
  if (keyPhrases.en.size === 0) keyPhrases.en.add(bare(main.en));
  if (keyPhrases.es.size === 0) keyPhrases.es.add(main.es);

  const evidence: Evidence[] = members.map((member) => ({
    sourceId: member.sourceId,
    start: member.start,
    end: member.end,
  }));
  const sourceIds = sourceOrder.filter((id) => members.some((member) => member.sourceId === id));
  const idParts = [
    eventId ? eventId.replace(/^event\//, '') : first.date,
    verb?.id,
    main.id,
    first.qualifier?.id,
  ].filter(Boolean);
  const agreement: Agreement = {
    id: `agreement/${idParts.join('-')}`,
    type: 'agreement',
    name: summary.en,
    aliases: [],
    evidence: [
      ...new Map(evidence.map((item) => [`${item.sourceId}:${item.start}:${item.end}`, item])).values(),
    ],
    sourceIds,
    summary,
    parties: [...new Set(members.flatMap((member) => member.parties))].sort(),
    date: first.date,
    eventId,
    frameworkId: members.find((member) => member.frameworkId)?.frameworkId ?? null,
    keyPhrases: { en: [...keyPhrases.en], es: [...keyPhrases.es] },
  };
  return agreement;
}

/** "Accelerate information exchange on priority targets", "Fortalecer las acciones contra el tráfico de armas". */
function phrase(
  clause: AgreementClause,
  objects: ObjectConcept[],
  qualifier: ObjectConcept | null,
  language: 'en' | 'es',
): string {
  const verb = clause.verb;
  const shared = verb?.id === 'share' || verb?.id === 'exchange';
  const names = objects.map((object) =>
    shared && object.shared ? object.shared[language] : object[language],
  );
  let out = names.join(language === 'en' ? ' and ' : ' y ');
  if (clause.against) out = `${language === 'en' ? 'actions against' : 'las acciones contra'} ${out}`;
  if (verb) out = `${verb[language]} ${out}`;
  if (qualifier) out += `${language === 'en' ? ' on ' : ' sobre '}${qualifier[language]}`;
  return out.replace(/\ba el\b/g, 'al').replace(/\bde el\b/g, 'del');
}

// "end the fentanyl crisis" → "end fentanyl crisis": key phrases keep only the words that carry meaning.
const bare = (text: string) => text.replace(/\b(the|a|an)\s+/gi, '');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
