import type { IsoDate, Language } from '@enlace/core';

/** An ISO date as precise as it is (`2025`, `2025-09`, `2025-09-03`), written the reader's way. */
export function formatDate(date: IsoDate, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || Number.isNaN(year)) return date;
  if (!month) return String(year);
  const when = new Date(Date.UTC(year, month - 1, day || 1));
  const locale = language === 'es' ? 'es-MX' : 'en-US';
  const format: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, format).format(when);
}
