import { BLANK, classOf, isLower, isUpper } from './fold.js';
import { CASE_CAPITALISED, CASE_EXACT, CASE_MASK, CASE_UPPER } from './patterns.js';

/**
 * Whether `text[start, end)` has the capitalisation a pattern asks for. Only cased letters count,
 * so periods, hyphens and combining marks never get in the way ("EE. UU." against "EE.UU.").
 */
export function caseFits(text: string, start: number, end: number, flags: number, alias: string): boolean {
  const rule = flags & CASE_MASK;
  if (rule === 0) return true;
  if (rule === CASE_CAPITALISED) {
    // The last word's first letter: a single word's, or the name after particles or a title.
    let from = end;
    while (from > start && !(classOf(text.charCodeAt(from - 1)) & BLANK)) from--;
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (isUpper(code)) return true;
      if (isLower(code)) return false;
    }
    return false;
  }
  if (rule === CASE_UPPER) {
    for (let i = start; i < end; i++) if (isLower(text.charCodeAt(i))) return false;
    return true;
  }
  if (rule === CASE_EXACT) {
    let a = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const upper = isUpper(code);
      if (!upper && !isLower(code)) continue;
      while (a < alias.length && !isUpper(alias.charCodeAt(a)) && !isLower(alias.charCodeAt(a))) a++;
      if (a >= alias.length || upper !== isUpper(alias.charCodeAt(a))) return false;
      a++;
    }
    return true;
  }
  return true;
}
