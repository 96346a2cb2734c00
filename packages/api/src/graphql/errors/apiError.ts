export type ErrorExtensionValue = string | number | boolean | null | readonly string[];

export interface ApiErrorOptions {
  /** Typed details a client may see, next to `code`. */
  extensions?: Readonly<Record<string, ErrorExtensionValue>>;
  /** HTTP status used when the error refuses the whole request (raised before execution). */
  httpStatus?: number;
  httpHeaders?: Readonly<Record<string, string>>;
  /** For the logs only; never sent to clients. */
  cause?: unknown;
}

/**
 * Base of the errors this package raises on purpose. The message is written for the client; the
 * masker sends `message`, `code` and `extensions`, never the stack or the cause.
 */
export abstract class ApiError extends Error {
  abstract readonly code: string;
  readonly extensions: Readonly<Record<string, ErrorExtensionValue>>;
  readonly httpStatus: number | undefined;
  readonly httpHeaders: Readonly<Record<string, string>> | undefined;

  protected constructor(message: string, options: ApiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.extensions = options.extensions ?? {};
    this.httpStatus = options.httpStatus;
    this.httpHeaders = options.httpHeaders;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
