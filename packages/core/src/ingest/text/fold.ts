/** Lower case, no accents, one kind of hyphen and apostrophe: the form names are compared in. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[‘’ʼ]/g, "'");
}

/** The text without accents, case kept: "López Obrador" → "Lopez Obrador". */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** A readable id part: "Omar García Harfuch" → "omar-garcia-harfuch". */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `fold`, one character at a time, so every offset in the result is the same offset in `text`. */
export function foldInPlace(text: string): string {
  let out = '';
  for (const character of text) {
    const folded = fold(character);
    out +=
      folded.length === character.length
        ? folded
        : (folded + ' '.repeat(character.length)).slice(0, character.length);
  }
  return out;
}
