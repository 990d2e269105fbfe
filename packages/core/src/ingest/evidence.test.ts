import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { viewKnowledgeBase } from '../kb.js';
import type { Evidence, KnowledgeBase } from '../model.js';
import { buildKnowledgeBase } from './index.js';
import { fold } from './text/fold.js';

const corpus = fileURLToPath(new URL('../../corpus', import.meta.url));
let kb: KnowledgeBase;
beforeAll(() => {
  kb = buildKnowledgeBase(corpus);
}, 60_000);

const quote = (evidence: Evidence) => {
  const source = kb.sources.find((candidate) => candidate.id === evidence.sourceId);
  expect(source, `source ${evidence.sourceId}`).toBeDefined();
  expect(evidence.start).toBeGreaterThanOrEqual(0);
  expect(evidence.end).toBeGreaterThan(evidence.start);
  expect(evidence.end).toBeLessThanOrEqual(source!.text.length);
  return fold(source!.text.slice(evidence.start, evidence.end));
};

/** Every span the knowledge base holds, with what it claims to show. */
function spans(): Array<{ what: string; evidence: Evidence; words: string[] }> {
  const out: Array<{ what: string; evidence: Evidence; words: string[] }> = [];
  for (const entity of kb.entities) {
    const names = entity.aliases.map((alias) => fold(alias.text));
    if (entity.type === 'official') {
      const surnames = entity.aliases
        .filter((alias) => alias.kind === 'surname')
        .map((alias) => fold(alias.text));
      for (const evidence of entity.evidence)
        out.push({ what: `${entity.id} named`, evidence, words: [...names, ...surnames] });
      for (const role of entity.roles) {
        for (const evidence of role.evidence)
          out.push({ what: `${entity.id} role ${role.title}`, evidence, words: surnames });
      }
    } else if (entity.type === 'framework') {
      for (const evidence of entity.evidence)
        out.push({ what: `${entity.id} named`, evidence, words: names });
      for (const date of entity.dates) {
        for (const evidence of date.evidence)
          out.push({ what: `${entity.id} ${date.event}`, evidence, words: names });
      }
    } else {
      // An agreement's evidence holds a content word of its key phrases (by stem: "acelerando" ~ "acelerar").
      const stems = [...entity.keyPhrases.en, ...entity.keyPhrases.es]
        .flatMap((phrase) => fold(phrase).split(/\W+/))
        .filter((word) => word.length >= 5)
        .map((word) => word.slice(0, 5));
      for (const evidence of entity.evidence) out.push({ what: `${entity.id}`, evidence, words: stems });
    }
  }
  return out;
}

describe('evidence in the built knowledge base', () => {
  it('has evidence for every entity, role and dated fact', () => {
    for (const entity of kb.entities) {
      expect(entity.evidence.length, entity.id).toBeGreaterThan(0);
      if (entity.type === 'official')
        for (const role of entity.roles) expect(role.evidence.length, entity.id).toBeGreaterThan(0);
      if (entity.type === 'framework')
        for (const date of entity.dates) expect(date.evidence.length, entity.id).toBeGreaterThan(0);
    }
  });

  it('points every span inside its source, at text that shows what it claims', () => {
    const all = spans();
    expect(all.length).toBeGreaterThan(100);
    for (const { what, evidence, words } of all) {
      const text = quote(evidence);
      expect(
        words.some((word) => text.includes(word)),
        `${what}: "${text}" should contain one of ${words.slice(0, 4).join(' | ')}`,
      ).toBe(true);
    }
  });

  it('quotes each span with the sentence around it', () => {
    const view = viewKnowledgeBase(kb);
    for (const { evidence } of spans()) {
      const found = view.quote(evidence);
      expect(found.sentenceStart).toBeLessThanOrEqual(evidence.start);
      expect(found.sentenceEnd).toBeGreaterThanOrEqual(evidence.end);
    }
  });

  it('splits every source into sentences that lie inside it, in order', () => {
    for (const source of kb.sources) {
      let previous = 0;
      for (const [start, end] of source.sentences) {
        expect(start).toBeGreaterThanOrEqual(previous);
        expect(end).toBeGreaterThan(start);
        expect(source.text.slice(start, end).trim()).toBe(source.text.slice(start, end));
        previous = end;
      }
      expect(previous).toBeLessThanOrEqual(source.text.length);
    }
  });

  it('links events and agreements to things that exist', () => {
    const ids = new Set(kb.entities.map((entity) => entity.id));
    const events = new Set(kb.events.map((event) => event.id));
    for (const entity of kb.entities) {
      if (entity.type !== 'agreement') continue;
      if (entity.eventId) expect(events.has(entity.eventId), entity.id).toBe(true);
      if (entity.frameworkId) expect(ids.has(entity.frameworkId), entity.id).toBe(true);
    }
    for (const event of kb.events) for (const id of event.participantIds) expect(ids.has(id), id).toBe(true);
    expect(ids.size).toBe(kb.entities.length);
  });
});
