import type { Source } from '@enlace/core';
import { formatDate } from '../cards/format-date.js';
import { t, uiLanguage } from '../i18n.js';
import { publisherName } from './publisher-name.js';

export interface StatementListProps {
  sources: readonly Source[];
  /** The viewer's address for one statement. */
  hrefOf(sourceId: string): string;
}

/** Every source statement, newest first, with where it came from. */
export function StatementList({ sources, hrefOf }: StatementListProps) {
  const sorted = [...sources].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return (
    <ul class="statements">
      {sorted.map((source) => (
        <li key={source.id} class="statements__item">
          <a href={hrefOf(source.id)} lang={source.language}>
            {source.title}
          </a>
          <p class="statement__meta">
            {t('viewerPublished', publisherName(source.publisher), formatDate(source.date, uiLanguage()))}
            {' · '}
            {t(source.language === 'es' ? 'optionsLanguageEs' : 'optionsLanguageEn')}
            {source.url && (
              <>
                {' · '}
                <a href={source.url} rel="noopener noreferrer">
                  {t('quoteOriginal')}
                </a>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
