/**
 * @module Typed errors with stable codes. Codes are the words of docs/document.md / docs/interfaces.md
 * and never change once shipped; context goes in `details` and `cause`, not only the message.
 */

export class ArchivistError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * `err instanceof ArchivistError` narrows to ArchivistError<any> (the class is generic), which makes
 * `err.code` an any; this narrows to ArchivistError<string>.
 */
export function isArchivistError(err: unknown): err is ArchivistError {
  return err instanceof ArchivistError;
}

/** Why a page could not give a Document. */
export type ParseErrorCode = 'not_html' | 'no_article' | 'too_large' | 'decode_failed' | 'read_failed';
export class ParseError extends ArchivistError<ParseErrorCode> {
  override name = 'ParseError';
}

/** Search engine failures; the server maps engine_unavailable to 503 without knowing the engine. */
export type EngineErrorCode = 'engine_unavailable' | 'index_failed' | 'invalid_query';
export class EngineError extends ArchivistError<EngineErrorCode> {
  override name = 'EngineError';
}

/** A bad value at a boundary (environment variable, query parameter, request body). */
export type InputErrorCode = 'invalid_parameter' | 'invalid_config' | 'invalid_body';
export class InputError extends ArchivistError<InputErrorCode> {
  override name = 'InputError';
  constructor(
    code: InputErrorCode,
    readonly parameter: string,
    message: string,
  ) {
    super(code, message, { parameter });
  }
}
