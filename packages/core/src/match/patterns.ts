/**
 * What an accepting state means: each pattern is a triple `[flags, a, b]` in `CompiledMatcher`.
 * Shared by the compiler, which writes them, and the scan and document pass, which read them.
 */

/** The low three bits: what the pattern stands for. */
export const CLASS_MASK = 7;
/** An entity alias: `a` is the entity index, `b` the alias index in `entity.aliases`. */
export const ENTITY = 0;
/** Domain vocabulary ("fentanyl", "extradición"): `a` is its weight. */
export const VOCAB = 1;
/** A VOCAB pattern's `b`: the word is another domain's ("cattle"), and its weight counts against this one. */
export const OTHER_DOMAIN = 1;
/** A commitment cue ("agreed", "se comprometieron"). */
export const CUE = 2;
/** A word of an agreement key phrase: `a` is the concept id. */
export const CONCEPT = 3;
/** Mexico or the United States by name, demonym or a "both countries" phrase. */
export const COUNTRY = 4;
/** A COUNTRY pattern's `a`: which side it names; "both countries" names both. */
export const COUNTRY_MX = 1;
export const COUNTRY_US = 2;
export const COUNTRY_BOTH = COUNTRY_MX | COUNTRY_US;
/** Another country: a sentence naming one reports someone else's agreement. */
export const FOREIGN = 5;
/** A negation ("not", "no", "refused"): right before a commitment or inside it, it denies it. */
export const NEGATION = 6;
/** A NEGATION pattern's `a`: a condition ("unless", "if"), which denies from anywhere before the key words. */
export const CONDITION = 1;
/** A COUNTRY pattern's `b`: the meaning holds only on a page known to be in Spanish. */
export const SPANISH_ONLY = 1;

/** Matches a word prefix: no word boundary needed at the end ("extradit" → "extraditions"). */
export const PREFIX = 8;

/** Bits 4–5: the capitalisation the raw text must have. */
export const CASE_SHIFT = 4;
export const CASE_MASK = 3 << CASE_SHIFT;
/** Any case: multi-word names and vocabulary. */
export const CASE_ANY = 0;
/**
 * The last word's first letter upper case: single-token names ("Sheinbaum", not "sheinbaum"), and
 * one name word after particles or a title ("de la Fuente", not "de la fuente").
 */
export const CASE_CAPITALISED = 1 << CASE_SHIFT;
/** Every letter's case as in the alias: acronyms ("GIS", not "gis" or "Gis"). */
export const CASE_EXACT = 2 << CASE_SHIFT;
/** Every letter upper case: acronyms in the compiled-in vocabulary ("US", "EU"). */
export const CASE_UPPER = 3 << CASE_SHIFT;
