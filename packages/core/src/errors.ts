/**
 * Bad input: a statement file or folder that cannot be read as the corpus format. It always says
 * which file, and the line and field where that is known, so a user can fix it without guessing.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}${field === null ? '' : ` (${field})`}: ${problem}`);
  }
}

/** Wrong command-line arguments: the message says what was expected. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
