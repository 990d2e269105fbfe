import type { Role } from '../../model.js';

// A title that opens with one of these heads, with no "Deputy", "Assistant" or "Acting" before it
// (English) and no "adjunto", "auxiliar" or "interino" after it (Spanish).
const CABINET_TITLE =
  /^(?:president|secretary|attorney general|foreign (?:secretary|minister)|presidente|presidenta|secretario|secretaria|fiscal general|canciller)\b(?!\s+(?:adjunt[oa]|auxiliar|interin[oa]|ejecutiv[oa]|particular|privad[oa]|t[eé]cnic[oa])\b)/i;
// What a statement may put before the title itself.
const COUNTRY_QUALIFIER = /^(?:(?:the|el|la)\s+)?(?:u\.?s\.?|united states|mexico['’]s|mexican|us)\s+/i;

/** Whether a role is a head of state's or a cabinet member's, whom the press names by surname alone. */
export function isCabinetLevel(role: Role): boolean {
  return [role.titles.en, role.titles.es].some((title) =>
    CABINET_TITLE.test(title.trim().replace(COUNTRY_QUALIFIER, '')),
  );
}
