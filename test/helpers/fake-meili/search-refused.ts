/** A request Meilisearch answers with 400 and this error code (e.g. a filter on an attribute that is not filterable). */
export class SearchRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
