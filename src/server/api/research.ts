/**
 * @module The research endpoints: entity profiles, attention over time and export. Each takes the
 * filter parameters of /api/search (docs/interfaces.md) and answers through the SearchService.
 */
import { pipeline } from 'node:stream/promises';
import type { RequestHandler, Router } from 'express';
import { csvDocument } from '../csv.js';
import type { AppDeps } from '../deps.js';
import { HttpError } from '../http-error.js';
import { parseSearchParams, rejectUnknownParams } from '../params.js';
import {
  DEFAULT_EXPORT_MAX_ROWS,
  exportFileName,
  exportRows,
  parseExportFields,
  parseExportFormat,
  planExport,
  type ExportFormat,
  type ReadDocuments,
} from '../research/export.js';
import { entityProfile, type EntityFacet, type Profile } from '../research/profile.js';
import { parseTrendsParams, trends, type Trends } from '../research/trends.js';
import { hitJson, type SearchService } from '../search-service.js';
import { InputError } from '../../errors.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function researchRoutes(router: Router, deps: AppDeps, service: SearchService): void {
  router.get('/entities/:facet/:value', (async (req, res) => {
    rejectUnknownParams(req.query, 'filters'); // a profile has its own orders and lengths: no sort, page or perPage
    const facet = entityFacet(String(req.params.facet));
    const answer = await entityProfile(service, deps.entities, facet, String(req.params.value), parseSearchParams(req.query));
    if (!answer.found) {
      const { value, suggestions } = answer.unmatched;
      const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
      res
        .status(404)
        .json({ error: { code: 'not_found', message: `no ${facet === 'nations' ? 'nation' : 'person'} "${value}"${hint}` }, suggestions });
      return;
    }
    res.json(profileJson(answer.profile));
  }) as RequestHandler);

  router.get('/timeline', (async (req, res) => {
    rejectUnknownParams(req.query, 'none', ['series', 'from', 'to', 'interval', 'format']);
    const request = parseTrendsParams(req.query);
    const format = req.query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new InputError('invalid_parameter', 'format', 'format must be one of json, csv');
    const answer = await trends(service, request);
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8').attachment('archivist-timeline.csv').send(trendsCsv(answer));
      return;
    }
    res.json({ interval: answer.interval, periods: answer.periods, totals: answer.totals, series: answer.series.map(seriesJson) });
  }) as RequestHandler);

  router.get('/export', (async (req, res) => {
    rejectUnknownParams(req.query, 'filters', ['sort', 'format', 'fields']); // every row, so no page or perPage
    const format = parseExportFormat(req.query.format);
    const fields = parseExportFields(req.query.fields);
    const asked = parseSearchParams({ ...req.query, format: undefined, fields: undefined });
    const { query, total, refusal } = await planExport(service, asked, deps.exportMaxRows ?? DEFAULT_EXPORT_MAX_ROWS);
    if (refusal !== null) throw new HttpError(413, 'too_large', refusal);
    res.attachment(exportFileName(query, format, new Date()));
    res.setHeader('Content-Type', CONTENT_TYPES[format]); // after attachment(), which guesses one from the extension
    res.setHeader('X-Total-Count', String(total));
    const link = deps.entities?.documentLinker?.();
    const read: ReadDocuments = (ids, opts) => deps.getDocuments(ids, opts);
    // an engine failure mid-stream destroys the response: the client sees a broken transfer, never a short file that looks whole
    await pipeline(exportRows(service, query, { format, fields, read, ...(link ? { link } : {}) }), res);
  }) as RequestHandler);
}

function entityFacet(value: string): EntityFacet {
  if (value === 'persons' || value === 'nations') return value;
  throw new InputError('invalid_parameter', 'facet', 'facet must be one of persons, nations');
}

export function profileJson(p: Profile) {
  return {
    entity: p.entity,
    query: {
      q: p.query.q,
      nations: p.query.nations,
      persons: p.query.persons,
      sections: p.query.sections,
      from: p.query.from ?? null,
      to: p.query.to ?? null,
    },
    total: p.total,
    firstMention: p.firstMention,
    lastMention: p.lastMention,
    interval: p.interval,
    timeline: p.timeline,
    coMentions: p.coMentions,
    sections: p.sections,
    latest: p.latest.map(hitJson),
    relevant: p.relevant.map(hitJson),
  };
}

function seriesJson(s: Trends['series'][number]) {
  const q = s.query;
  return {
    spec: s.spec,
    query: { q: q.q, nations: q.nations, persons: q.persons, sections: q.sections },
    total: s.total,
    counts: s.counts,
    shares: s.shares,
  };
}

/** One row per period: the archive's total, then each series' count and share (columns named by the series). */
export function trendsCsv(t: Trends): string {
  const header = ['period', 'all articles', ...t.series.flatMap((s) => [`${s.spec} (count)`, `${s.spec} (share)`])];
  const rows = t.periods.map((period, p) => [period, t.totals[p], ...t.series.flatMap((s) => [s.counts[p], s.shares[p]])]);
  return csvDocument(header, rows as (string | number)[][]);
}
