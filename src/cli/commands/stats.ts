/**
 * @module `archivist stats`: archive and index counts. The archive figures never depend on the
 * engine; an unreachable engine shows as engineDocuments null (and a warning), not a failure.
 */
import { join } from 'node:path';
import { Command } from 'commander';
import { withContext } from '../context.js';
import type { AppContext } from '../../app/index.js';
import { formatFacet, printSummary } from '../print.js';
import { EMBEDDED_INDEX_DIR } from '../../config.js';
import { compareFacetCounts } from '../../search/engine.js';

// Enough to see what an archive is about at a glance; the API's facets give the full lists.
const TOP_VALUES = 10;

export interface Stats {
  documents: number;
  rawPages: number;
  pendingIndex: number;
  engineDocuments: number | null;
  engine: string;
  /** why the engine could not count, when it could not (its message, never a stack) */
  engineProblem?: string;
  topNations: { value: string; count: number }[];
  topPersons: { value: string; count: number }[];
}

export async function collectStats(ctx: AppContext): Promise<Stats> {
  let engineDocuments: number | null = null;
  let engineProblem: string | undefined;
  try {
    engineDocuments = await ctx.engine.count();
  } catch (err) {
    // the summary says what is wrong in one line; the stack helps nobody reading `stats`
    engineProblem = err instanceof Error ? err.message : String(err);
    ctx.log.debug({ err }, 'search engine unavailable: engineDocuments unknown');
  }
  return {
    documents: ctx.archive.countDocuments(),
    rawPages: ctx.archive.countRawPages(),
    pendingIndex: ctx.archive.outbox.pending(),
    engineDocuments,
    engine: ctx.engine.name,
    ...(engineProblem === undefined ? {} : { engineProblem }),
    topNations: topEntities(ctx, 'nations'),
    topPersons: topEntities(ctx, 'persons'),
  };
}

/** The most mentioned entities: every name the archive holds counted under the entity it is (one person, many spellings). */
function topEntities(ctx: AppContext, facet: 'nations' | 'persons'): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { value, count } of ctx.archive.topFacet(facet, Number.MAX_SAFE_INTEGER)) {
    const label = ctx.linker.entityOf(facet, value).label;
    counts.set(label, (counts.get(label) ?? 0) + count);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort(compareFacetCounts)
    .slice(0, TOP_VALUES);
}

/** "engine (embedded): 42 documents", or where the engine is and why it did not answer. */
function engineLine(ctx: AppContext, s: Stats): string {
  if (s.engineDocuments !== null) return `engine (${s.engine}): ${s.engineDocuments} documents`;
  const where = s.engine === 'meilisearch' ? (ctx.config.meiliHost ?? 'MEILI_HOST') : join(ctx.config.dataDir, EMBEDDED_INDEX_DIR);
  return `engine: ${s.engine} at ${where}: ${s.engine === 'meilisearch' ? 'unreachable' : 'unavailable'} (${s.engineProblem ?? 'no answer'})`;
}

export const statsCommand = new Command('stats')
  .description('counts: documents, pending index work, engine documents, top nations/persons')
  .option('--json', 'print one JSON object instead of a summary')
  .action(async (opts: { json?: boolean }) => {
    await withContext(async (ctx) => {
      const s = await collectStats(ctx);
      printSummary(s, opts, () => [
        `documents: ${s.documents}`,
        `raw pages: ${s.rawPages}`,
        `pending index: ${s.pendingIndex}`,
        engineLine(ctx, s),
        `top nations: ${formatFacet(s.topNations)}`,
        `top persons: ${formatFacet(s.topPersons)}`,
      ]);
    });
  });
