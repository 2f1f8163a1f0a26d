/** Types of bundle.mjs (plain JavaScript: bin/archivist.js loads it before tsx). */
export declare const ENTRIES: {
  readonly cli: string;
  readonly 'parse-worker': string;
  readonly 'prep-worker': string;
  readonly 'facet-worker': string;
  readonly 'hit-worker': string;
};
export declare function bundled(name: keyof typeof ENTRIES): Promise<string | undefined>;
export declare function bundleEntry(entry: string, name: string): Promise<string | undefined>;
export declare function buildBundle(entry: string, name: string): Promise<string>;
