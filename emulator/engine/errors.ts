// Failures raised while executing a query; index.ts turns each into a QueryOutcome of kind 'error'.

/** A construct the local emulator cannot execute; never answered with a guess. */
export class UnsupportedError extends Error {
  constructor(
    readonly construct: string,
    description: string,
  ) {
    super(`The local emulator does not support ${description}.`);
    this.name = 'UnsupportedError';
  }
}

export type ConstructKind = 'operator' | 'function' | 'aggregation function' | 'expression' | 'statement' | 'parameter' | 'option';

export function unsupported(kind: ConstructKind, construct: string): never {
  throw new UnsupportedError(construct, `the '${construct}' ${kind}`);
}

/** A data-dependent failure the service also reports at run time (e.g. a bad regular expression). */
export class QueryRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryRuntimeError';
  }
}

export class QueryCancelledError extends Error {
  constructor() {
    super('The query was cancelled.');
    this.name = 'QueryCancelledError';
  }
}
