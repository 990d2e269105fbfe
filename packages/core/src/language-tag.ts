import type { Language } from './model.js';

/**
 * The matcher's language for a page's declared language tag (`<html lang>`, BCP 47): its primary
 * subtag, when it is English or Spanish ("es-MX" and "es-419" are Spanish; "est", Estonian, is not).
 */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
  return primary === 'en' || primary === 'es' ? primary : undefined;
}
