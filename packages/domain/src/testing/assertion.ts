/** An assertion failure vitest shows with a diff (it reads `actual`, `expected`, `showDiff`). */
export class SpecAssertionError extends Error {
  readonly showDiff = true;

  constructor(
    message: string,
    readonly actual: unknown,
    readonly expected: unknown,
  ) {
    super(message);
    this.name = 'AssertionError';
  }
}
