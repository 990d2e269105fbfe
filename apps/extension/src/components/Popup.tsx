import type { EntityType } from '@enlace/core';
import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t, uiLanguage } from '../i18n.js';
import type { PageFound } from '../messages.js';
import { groupFound } from '../popup/group-found.js';

const GROUP_LABEL: Record<EntityType, MessageKey> = {
  official: 'groupOfficials',
  framework: 'groupFrameworks',
  agreement: 'groupAgreements',
};

export interface PopupProps {
  /** What the tab's page found; null when no content script answers (a page we cannot read). */
  ask(): Promise<PageFound | null>;
  nameOf(entityId: string): string | undefined;
  reveal(entityId: string): void;
  setSite(host: string, on: boolean): Promise<void>;
  openOptions(): void;
  openStatements(): void;
  /** How often to ask again while open: the page keeps reading, and a switch restarts it. */
  pollMs?: number;
}

type State = { kind: 'loading' } | { kind: 'unreadable' } | { kind: 'page'; page: PageFound };

export function Popup(props: PopupProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () =>
      props.ask().then(
        (page) => live && setState(page ? { kind: 'page', page } : { kind: 'unreadable' }),
        () => live && setState({ kind: 'unreadable' }),
      );
    refresh();
    const timer = setInterval(refresh, props.pollMs ?? 700);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  return (
    <main class="popup" lang={uiLanguage()}>
      <h1 class="popup__title">{t('extName')}</h1>
      {state.kind === 'loading' && <p class="popup__note">{t('popupLoading')}</p>}
      {state.kind === 'unreadable' && <p class="popup__note">{t('popupUnreadable')}</p>}
      {state.kind === 'page' && <PageView page={state.page} {...props} />}
      <nav class="popup__links">
        <button type="button" class="popup__link" onClick={props.openStatements}>
          {t('popupStatements')}
        </button>
        <button type="button" class="popup__link" onClick={props.openOptions}>
          {t('popupOptions')}
        </button>
      </nav>
    </main>
  );
}

function PageView({ page, nameOf, reveal, setSite }: { page: PageFound } & PopupProps) {
  const groups = groupFound(page.found, nameOf, uiLanguage());
  return (
    <>
      <label class="popup__switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={page.running}
          checked={page.running}
          onChange={(event) => setSite(page.host, event.currentTarget.checked)}
        />
        {t('popupSiteSwitch', page.host)}
      </label>
      {!page.running && <p class="popup__note">{t('popupOff')}</p>}
      {page.running && groups.length === 0 && <p class="popup__note">{t('popupNothing')}</p>}
      {groups.map((group) => (
        <section class="popup__group" key={group.type} data-type={group.type}>
          <h2>
            {t(GROUP_LABEL[group.type])} <span class="popup__count">{group.total}</span>
          </h2>
          <ul>
            {group.entities.map((entity) => (
              <li key={entity.entityId}>
                <button
                  type="button"
                  class="popup__entity"
                  data-entity={entity.entityId}
                  title={t('popupReveal')}
                  onClick={() => reveal(entity.entityId)}
                >
                  <span class="popup__name">{entity.name}</span>{' '}
                  <span class="popup__count" aria-hidden="true">
                    {entity.count}
                  </span>
                  <span class="popup__hidden">{t('popupMentions', entity.count)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
