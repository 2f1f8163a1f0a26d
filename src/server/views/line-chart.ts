/**
 * @module Several series over the same periods as one inline SVG line chart with axes and a
 * legend (no JavaScript; sizes as SVG attributes, so the CSP needs no inline style).
 */
import { html, join, type SafeHtml } from './html.js';
import { formatCount } from './format.js';

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 48;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 26;
// About this many x-axis labels fit across the chart.
const X_LABELS = 8;

export interface LineSeries {
  name: string;
  values: number[];
  total: number;
}

/** `format` writes a y value ("12", "3.5%"). */
export function lineChart(
  heading: string,
  periods: readonly string[],
  series: readonly LineSeries[],
  format: (v: number) => string,
): SafeHtml {
  const max = Math.max(0, ...series.flatMap((s) => s.values)) || 1;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => round1(LEFT + (periods.length <= 1 ? plotW / 2 : (i / (periods.length - 1)) * plotW));
  const y = (v: number) => round1(TOP + plotH - (v / max) * plotH);
  const step = Math.max(1, Math.ceil(periods.length / X_LABELS));
  const xLabels = periods.map((p, i) =>
    i % step === 0 ? html`<text class="axis-label" x="${x(i)}" y="${HEIGHT - 8}" text-anchor="middle">${p}</text>` : '',
  );
  const yLabels = [0, max / 2, max].map(
    (v) => html`<text class="axis-label" x="${LEFT - 6}" y="${y(v) + 4}" text-anchor="end">${format(v)}</text>`,
  );
  const lines = series.map((s, k) => {
    const points = s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    return periods.length === 1
      ? html`<circle class="series-${k}" cx="${x(0)}" cy="${y(s.values[0] ?? 0)}" r="3"><title>${s.name}</title></circle>`
      : html`<polyline class="series-line series-${k}" points="${points}"><title>${s.name}</title></polyline>`;
  });
  return html`<section class="card chart line-chart" aria-labelledby="trends-title">
  <h2 id="trends-title" class="card-title">${heading}</h2>
  <svg class="chart-svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${heading}" preserveAspectRatio="xMinYMid meet">
    <line class="axis-line" x1="${LEFT}" y1="${TOP + plotH}" x2="${WIDTH - RIGHT}" y2="${TOP + plotH}"></line>
    <line class="axis-line" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${TOP + plotH}"></line>
    ${join(yLabels, '\n')}
    ${join(
      xLabels.filter((l) => l !== ''),
      '\n',
    )}
    ${join(lines, '\n')}
  </svg>
  <ul class="legend">${series.map((s, k) => html`<li><span class="legend-swatch series-${k}" aria-hidden="true"></span><bdi>${s.name}</bdi> <span class="facet-count">${formatCount(s.total)} in all</span></li>`)}</ul>
</section>`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
