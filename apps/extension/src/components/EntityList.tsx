import type { Entity, EntityType } from '@enlace/core';
import { useState } from 'preact/hooks';
import type { CardData } from '../cards/card-data.js';
import { displayName } from '../cards/display-name.js';
import { type MessageKey, t, uiLanguage } from '../i18n.js';
import { searchEntities } from '../viewer/search.js';
import { Card } from './Card.js';

const GROUPS: Array<[EntityType, MessageKey]> = [
  ['official', 'groupOfficials'],
  ['framework', 'groupFrameworks'],
  ['agreement', 'groupAgreements'],
];

export interface EntityListProps {
  entities: readonly Entity[];
  cardOf(entity: Entity): CardData | null;
  openViewer(url: string): void;
}

/** Every official, framework and agreement, searchable, each opening its card in place. */
export function EntityList({ entities, cardOf, openViewer }: EntityListProps) {
  const [query, setQuery] = useState('');
  const found = searchEntities(entities, query);
  return (
    <section class="entities">
      <label class="entities__search">
        {t('viewerSearch')}
        <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      <p role="status" class="entities__count">
        {t('viewerFound', found.length)}
      </p>
      {GROUPS.map(([type, label]) => {
        const ofType = found.filter((entity) => entity.type === type);
        if (ofType.length === 0) return null;
        return (
          <section key={type} data-type={type}>
            <h2>{t(label)}</h2>
            <ul>
              {ofType.map((entity) => (
                <li key={entity.id}>
                  <EntityItem entity={entity} cardOf={cardOf} openViewer={openViewer} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function EntityItem({ entity, cardOf, openViewer }: { entity: Entity } & Omit<EntityListProps, 'entities'>) {
  const [open, setOpen] = useState(false);
  // Cards are built on demand: agreements' summaries and quotes are not needed for a closed list.
  const card = open ? cardOf(entity) : null;
  return (
    <details class="entities__item" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{displayName(entity, uiLanguage())}</summary>
      {card && <Card data={card} openViewer={openViewer} inList />}
    </details>
  );
}
