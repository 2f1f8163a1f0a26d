/**
 * @module HttpError: an ArchivistError that knows its HTTP status, for conditions that only
 * exist at the HTTP edge (no such route, missing key, rate limit…).
 */
import { ArchivistError } from '../errors.js';

export type HttpErrorCode =
  'bad_request' | 'not_found' | 'unauthorized' | 'forbidden' | 'writes_disabled' | 'unsupported_media_type' | 'too_large' | 'rate_limited';

export class HttpError extends ArchivistError<HttpErrorCode> {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    code: HttpErrorCode,
    message: string,
    /** the field or parameter at fault, when there is one (a page in a body that is too large: `html`) */
    readonly parameter?: string,
  ) {
    super(code, message);
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, 'not_found', `${what} not found`);
