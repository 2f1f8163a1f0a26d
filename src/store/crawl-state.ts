/**
 * @module The crawler's own tables in archive.db: runs, the frontier (every URL a run has seen,
 * with its state, attempts, where it was found and how it ended), and a small HTTP cache of
 * discovery pages (feeds, sitemaps, listings) so a 304 on them still yields their links.
 * Created idempotently when the crawler opens; the frontier is what makes a killed crawl resume.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';

/** What a frontier URL is expected to be; 'auto' (start URLs) is decided by the response's type. */
export type FrontierKind = 'auto' | 'xml' | 'listing' | 'article';
/** How a URL ended: counted in the summary, except 'alias' (canonical/redirect twins) and 'absent' (a probe that 404ed). */
export type FrontierOutcome = 'fetched' | 'not_modified' | 'failed' | 'skipped' | 'alias' | 'absent';
export type SaveResult = 'new' | 'updated' | 'unchanged';

export interface FrontierItem {
  /** the frontier key (normalised, no trailing slash) */
  url: string;
  /** the URL to request: the key with the path's trailing slash as the link wrote it */
  fetchUrl: string;
  kind: FrontierKind;
  depth: number;
  /** a probe (/rss.xml, /sitemap.xml): a 404 is not a failure */
  optional: boolean;
  discoveredFrom: string | null;
  attempts: number;
}

export interface FrontierResult {
  outcome: FrontierOutcome;
  reason?: string | null;
  save?: SaveResult | null;
  parseError?: string | null;
  attempts?: number;
  status?: number | null;
}

export interface RunTotals {
  fetched: number;
  notModified: number;
  failed: Record<string, number>;
  skipped: Record<string, number>;
  new: number;
  updated: number;
  unchanged: number;
}

export interface CachedDiscovery {
  etag: string | null;
  lastModified: string | null;
  body: Uint8Array | null;
  finalUrl: string | null;
}

// Lower runs first: start pages, then feeds/sitemaps, then articles, then more listing pages, so
// known articles are fetched before the frontier grows and `--max` is reached without reading every listing.
const PRIORITY: Record<FrontierKind, number> = { auto: 0, xml: 1, article: 2, listing: 3 };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS crawl_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_key TEXT NOT NULL,
  start_urls TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  summary TEXT
);
CREATE TABLE IF NOT EXISTS crawl_frontier (
  run_id INTEGER NOT NULL,
  url TEXT NOT NULL,
  fetch_url TEXT,
  kind TEXT NOT NULL,
  priority INTEGER NOT NULL,
  depth INTEGER NOT NULL DEFAULT 0,
  optional INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'pending',
  outcome TEXT,
  reason TEXT,
  save TEXT,
  parse_error TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_status INTEGER,
  discovered_from TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (run_id, url)
);
CREATE INDEX IF NOT EXISTS crawl_frontier_next ON crawl_frontier (run_id, state, priority);
CREATE TABLE IF NOT EXISTS crawl_http_cache (
  url TEXT PRIMARY KEY,
  final_url TEXT,
  etag TEXT,
  last_modified TEXT,
  body BLOB,
  fetched_at TEXT NOT NULL
);
`;

export class CrawlState {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    // frontier tables made before fetch_url existed (development builds) gain the column
    const columns = db.prepare(`PRAGMA table_info(crawl_frontier)`).all() as { name: string }[];
    if (!columns.some((c) => c.name === 'fetch_url')) db.exec(`ALTER TABLE crawl_frontier ADD COLUMN fetch_url TEXT`);
    this.stmt = {
      findOpenRun: db.prepare(`SELECT id FROM crawl_runs WHERE run_key = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1`),
      insertRun: db.prepare(`INSERT INTO crawl_runs (run_key, start_urls, started_at) VALUES (?, ?, ?)`),
      reactivate: db.prepare(`UPDATE crawl_frontier SET state = 'pending' WHERE run_id = ? AND state = 'active'`),
      pruneFinished: db.prepare(`DELETE FROM crawl_frontier WHERE run_id IN (SELECT id FROM crawl_runs WHERE finished_at IS NOT NULL)`),
      enqueue:
        db.prepare(`INSERT OR IGNORE INTO crawl_frontier (run_id, url, fetch_url, kind, priority, depth, optional, discovered_from, updated_at)
        VALUES (@runId, @url, @fetchUrl, @kind, @priority, @depth, @optional, @discoveredFrom, @now)`),
      insertDone:
        db.prepare(`INSERT OR IGNORE INTO crawl_frontier (run_id, url, kind, priority, state, outcome, reason, discovered_from, updated_at)
        VALUES (@runId, @url, @kind, 9, 'done', @outcome, @reason, @discoveredFrom, @now)`),
      next: db.prepare(`SELECT url, coalesce(fetch_url, url) AS fetchUrl, kind, depth, optional, discovered_from AS discoveredFrom, attempts FROM crawl_frontier
        WHERE run_id = ? AND state = 'pending' AND (kind != 'article' OR ?) AND (kind != 'listing' OR ?)
        ORDER BY priority, rowid LIMIT 1`),
      settlePending: db.prepare(`UPDATE crawl_frontier SET state = 'done', outcome = @outcome, reason = @reason, updated_at = @now
        WHERE run_id = @runId AND url = @url AND state = 'pending' AND kind = 'article'`),
      activate: db.prepare(`UPDATE crawl_frontier SET state = 'active', updated_at = ? WHERE run_id = ? AND url = ?`),
      finish: db.prepare(`UPDATE crawl_frontier SET state = 'done', outcome = @outcome, reason = @reason, save = @save,
        parse_error = @parseError, attempts = attempts + @attempts, last_status = @status, updated_at = @now
        WHERE run_id = @runId AND url = @url`),
      counted: db.prepare(`SELECT count(*) AS n FROM crawl_frontier WHERE run_id = ? AND kind = ? AND state != 'pending'
        AND (outcome IS NULL OR outcome IN ('fetched', 'not_modified', 'failed'))`),
      pending: db.prepare(`SELECT count(*) AS n FROM crawl_frontier WHERE run_id = ? AND state != 'done'`),
      totals: db.prepare(`SELECT outcome, reason, save, parse_error AS parseError, count(*) AS n FROM crawl_frontier
        WHERE run_id = ? AND state = 'done' GROUP BY outcome, reason, save, parse_error`),
      finishRun: db.prepare(`UPDATE crawl_runs SET finished_at = ?, summary = ? WHERE id = ?`),
      getCache: db.prepare(`SELECT etag, last_modified AS lastModified, body, final_url AS finalUrl FROM crawl_http_cache WHERE url = ?`),
      putCache: db.prepare(`INSERT INTO crawl_http_cache (url, final_url, etag, last_modified, body, fetched_at)
        VALUES (@url, @finalUrl, @etag, @lastModified, @body, @now)
        ON CONFLICT(url) DO UPDATE SET final_url = excluded.final_url, etag = excluded.etag,
          last_modified = excluded.last_modified, body = excluded.body, fetched_at = excluded.fetched_at`),
    };
  }

  /**
   * The run for these start URLs: the latest unfinished one (its in-flight URLs go back to
   * pending) unless `fresh`, else a new run. Frontier rows of finished runs are dropped then:
   * their totals live on in crawl_runs.summary.
   */
  openRun(runKey: string, startUrls: readonly string[], fresh: boolean): { runId: number; resumed: boolean } {
    return this.db.transaction(() => {
      const open = fresh ? undefined : (this.stmt.findOpenRun.get(runKey) as { id: number } | undefined);
      if (open !== undefined) {
        this.stmt.reactivate.run(open.id);
        return { runId: open.id, resumed: true };
      }
      this.stmt.pruneFinished.run();
      const info = this.stmt.insertRun.run(runKey, JSON.stringify(startUrls), new Date().toISOString());
      return { runId: Number(info.lastInsertRowid), resumed: false };
    })();
  }

  /** Add a URL to the frontier; false when the run already has it (dedupe). */
  enqueue(
    runId: number,
    item: { url: string; fetchUrl?: string; kind: FrontierKind; depth: number; optional?: boolean; discoveredFrom: string | null },
  ): boolean {
    const info = this.stmt.enqueue.run({
      runId,
      url: item.url,
      fetchUrl: item.fetchUrl !== undefined && item.fetchUrl !== item.url ? item.fetchUrl : null,
      kind: item.kind,
      priority: PRIORITY[item.kind],
      depth: item.depth,
      optional: item.optional === true ? 1 : 0,
      discoveredFrom: item.discoveredFrom,
      now: new Date().toISOString(),
    });
    return info.changes > 0;
  }

  /**
   * Record a URL that is settled without a fetch (skipped link, canonical or redirect twin); false
   * if already known. An article twin still waiting in the frontier is settled too: its page is
   * stored. A queued listing or feed is not: a site that names its home page as every article's
   * canonical URL must not stop the crawl's discovery.
   */
  settle(
    runId: number,
    item: { url: string; kind: FrontierKind; outcome: FrontierOutcome; reason: string | null; discoveredFrom: string | null },
  ): boolean {
    const now = new Date().toISOString();
    const info = this.stmt.insertDone.run({ runId, ...item, now });
    if (info.changes > 0) return true;
    if (item.outcome !== 'alias') return false;
    return this.stmt.settlePending.run({ runId, url: item.url, outcome: item.outcome, reason: item.reason, now }).changes > 0;
  }

  /** The next pending URL (marked active), or null; articles/listings only while their budget lasts. */
  claimNext(runId: number, allow: { articles: boolean; listings: boolean }): FrontierItem | null {
    return this.db.transaction(() => {
      const row = this.stmt.next.get(runId, allow.articles ? 1 : 0, allow.listings ? 1 : 0) as
        (Omit<FrontierItem, 'optional'> & { optional: number }) | undefined;
      if (row === undefined) return null;
      this.stmt.activate.run(new Date().toISOString(), runId, row.url);
      return { ...row, optional: row.optional === 1 };
    })();
  }

  finish(runId: number, url: string, r: FrontierResult): void {
    this.stmt.finish.run({
      runId,
      url,
      outcome: r.outcome,
      reason: r.reason ?? null,
      save: r.save ?? null,
      parseError: r.parseError ?? null,
      attempts: r.attempts ?? 0,
      status: r.status ?? null,
      now: new Date().toISOString(),
    });
  }

  /** URLs of a kind this run has claimed for fetching (budget for --max and the listing cap). */
  claimedCount(runId: number, kind: FrontierKind): number {
    return (this.stmt.counted.get(runId, kind) as { n: number }).n;
  }

  /** URLs not yet done (pending or in flight). */
  unfinishedCount(runId: number): number {
    return (this.stmt.pending.get(runId) as { n: number }).n;
  }

  /** The run's summary so far, from the frontier itself (so a resumed run reports the whole run). */
  totals(runId: number): RunTotals {
    const t: RunTotals = { fetched: 0, notModified: 0, failed: {}, skipped: {}, new: 0, updated: 0, unchanged: 0 };
    const rows = this.stmt.totals.all(runId) as {
      outcome: FrontierOutcome;
      reason: string | null;
      save: SaveResult | null;
      parseError: string | null;
      n: number;
    }[];
    for (const r of rows) {
      if (r.outcome === 'fetched') t.fetched += r.n;
      else if (r.outcome === 'not_modified') t.notModified += r.n;
      else if (r.outcome === 'failed') bump(t.failed, r.reason ?? 'unknown', r.n);
      else if (r.outcome === 'skipped') bump(t.skipped, r.reason ?? 'unknown', r.n);
      if (r.parseError !== null) bump(t.failed, r.parseError, r.n);
      if (r.save === 'new') t.new += r.n;
      else if (r.save === 'updated') t.updated += r.n;
      else if (r.save === 'unchanged') t.unchanged += r.n;
    }
    return t;
  }

  finishRun(runId: number, totals: RunTotals): void {
    this.stmt.finishRun.run(new Date().toISOString(), JSON.stringify(totals), runId);
  }

  /** Validators (and, for discovery pages, the body) of the last 200 for a URL. */
  getCache(url: string): CachedDiscovery | null {
    const row = this.stmt.getCache.get(url) as (Omit<CachedDiscovery, 'body'> & { body: Buffer | null }) | undefined;
    if (row === undefined) return null;
    return { ...row, body: row.body === null ? null : gunzipSync(row.body) };
  }

  putCache(url: string, entry: CachedDiscovery): void {
    this.stmt.putCache.run({
      url,
      finalUrl: entry.finalUrl,
      etag: entry.etag,
      lastModified: entry.lastModified,
      body: entry.body === null ? null : gzipSync(entry.body),
      now: new Date().toISOString(),
    });
  }
}

function bump(counts: Record<string, number>, key: string, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}
