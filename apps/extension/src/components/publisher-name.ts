import { t } from '../i18n.js';

/**
 * A statement's publisher as the reader sees it. The corpus writes "Unknown" where the source does
 * not say who published it: in the reader's language instead, not an English word on a Spanish card.
 */
export function publisherName(publisher: string): string {
  const name = publisher.trim();
  return name === '' || name.toLowerCase() === 'unknown' ? t('publisherUnknown') : name;
}
