/**
 * @module The trends page: up to five searches counted per period on one line chart, as raw
 * counts or as shares of all the archive's articles in each period, with the data as CSV.
 */
import { INTERVALS, type Interval } from '../../search/engine.js';
import { MAX_SERIES, type Trends } from '../research/trends.js';
import { html, type SafeHtml } from './html.js';
import { layout, SITE_NAME, topBar } from './layout.js';
import { lineChart } from './line-chart.js';

export type Measure = 'count' | 'share';

export interface TrendsModel {
  specs: string[];
  from: string;
  to: string;
  interval: Interval | '';
  measure: Measure;
  trends: Trends | null;
  problem?: string;
}

export function trendsPage(m: TrendsModel): SafeHtml {
  return layout({
    title: `Trends · ${SITE_NAME}`,
    bodyClass: 'page-trends',
    skipTo: 'the chart',
    main: html`${topBar('', false)}
<div class="profile-layout trends-layout">
  <main id="results" class="trends" tabindex="-1">
    <p class="breadcrumb"><a href="/" class="back-link">← Search</a> <span aria-hidden="true">/</span> Trends</p>
    <h1 class="profile-title">Attention over time</h1>
    ${form(m)}
    ${m.problem ? html`<div class="alert" role="alert"><strong>We could not draw this chart.</strong> ${m.problem}</div>` : ''}
    ${m.trends && m.trends.periods.length > 0 ? chart(m, m.trends) : m.trends ? html`<p class="facet-empty">The archive has no articles in these dates.</p>` : ''}
  </main>
  <aside class="profile-aside" aria-label="How to write a series">
    <section class="card"><h2 class="card-title">A series is a search</h2>
      <p>Words, <code>"a phrase"</code>, <code>-excluded</code>, and filters: <code>nation:Yemen</code>, <code>person:"Ash Carter"</code>, <code>section:News</code>, <code>language:ar</code>, <code>source:albawaba</code>, <code>author:"Lina Haddad"</code>.</p>
      <p>“Share” divides each count by all the archive's articles of that period, so the archive's own growth does not look like attention.</p>
    </section>
  </aside>
</div>`,
  });
}

function form(m: TrendsModel): SafeHtml {
  const inputs = Array.from({ length: MAX_SERIES }, (_, i) => m.specs[i] ?? '');
  const option = (value: string, label: string, current: string) =>
    html`<option value="${value}"${value === current ? html` selected` : ''}>${label}</option>`;
  return html`<form class="trends-form" method="get" action="/trends">
  ${inputs.map((spec, i) => html`<label>Series ${i + 1} <input class="series-input" type="text" name="series" value="${spec}" dir="auto" maxlength="512"${i === 0 ? html` placeholder="ISIS"` : i === 1 ? html` placeholder="Daesh"` : i === 2 ? html` placeholder="nation:Yemen"` : ''}></label>`)}
  <label>From <input type="date" name="from" value="${m.from}"></label>
  <label>To <input type="date" name="to" value="${m.to}"></label>
  <label>Per <select name="interval">${option('', 'Automatic', m.interval)}${INTERVALS.map((i) => option(i, i, m.interval))}</select></label>
  <label>Show <select name="measure">${option('count', 'Articles', m.measure)}${option('share', 'Share of all articles', m.measure)}</select></label>
  <button type="submit" class="button">Draw</button>
</form>`;
}

function chart(m: TrendsModel, t: Trends): SafeHtml {
  const share = m.measure === 'share';
  const series = t.series.map((s) => ({ name: s.spec, values: share ? s.shares.map((v) => v * 100) : s.counts, total: s.total }));
  const format = share ? (v: number) => `${Math.round(v * 10) / 10}%` : (v: number) => String(Math.round(v));
  const params = new URLSearchParams();
  for (const spec of m.specs) params.append('series', spec);
  if (m.from) params.set('from', m.from);
  if (m.to) params.set('to', m.to);
  params.set('interval', t.interval);
  return html`${lineChart(`${share ? 'Share of all articles' : 'Articles'} per ${t.interval}`, t.periods, series, format)}
<p class="downloads">Data: <a href="/api/timeline?${params.toString()}&amp;format=csv" download>CSV</a> · <a href="/api/timeline?${params.toString()}">JSON</a></p>`;
}
