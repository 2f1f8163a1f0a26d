/**
 * @module Results over time as an inline SVG bar chart built from the facet counts (years; the
 * months of that year when every result falls in one year). Bars are links that narrow the
 * date range. Sizes are SVG attributes, not style attributes, so the CSP needs no inline style.
 */
import type { FacetCount } from '../../search/engine.js';
import { html, join, type SafeHtml } from './html.js';
import { formatCount, lastDayOfMonth, monthName, plural } from './format.js';
import { withinPeriod, type PageState } from './urls.js';

// Geometry in SVG user units; the SVG scales to its container's width, so a fixed plot width
// spreads few bars across the card and squeezes many.
const PLOT_WIDTH = 720;
const PLOT_HEIGHT = 84;
const LABEL_SPACE = 18;
const TOP_SPACE = 14;
// A bar fills this share of its slot, up to MAX_BAR_WIDTH (wider bars look like blocks).
const BAR_SHARE = 0.72;
const MAX_BAR_WIDTH = 44;
// A label ("2016", "Mar") needs about this much room; slots narrower than it label every k-th bar.
const LABEL_ROOM = 34;

export interface Bar {
  label: string;
  title: string;
  count: number;
  href: string;
}

export function timelineChart(state: PageState, years: FacetCount[], months: FacetCount[]): SafeHtml | '' {
  const bars = years.length === 1 ? monthBars(state, years[0]!.value, months) : yearBars(state, years);
  if (bars.length === 0) return '';
  return barChart(years.length === 1 ? `Articles per month, ${years[0]!.value}` : 'Articles per year', bars);
}

/** A card with one linked bar per period, heights to scale, labels thinned to fit. */
export function barChart(heading: string, bars: readonly Bar[], id = 'chart-title'): SafeHtml {
  const max = Math.max(...bars.map((b) => b.count), 1);
  const width = PLOT_WIDTH;
  const height = TOP_SPACE + PLOT_HEIGHT + LABEL_SPACE;
  const slot = PLOT_WIDTH / bars.length;
  const barWidth = Math.min(MAX_BAR_WIDTH, slot * BAR_SHARE);
  const labelStep = Math.ceil(LABEL_ROOM / slot);
  const showCounts = slot >= LABEL_ROOM;
  const rects = bars.map((b, i) => {
    const h = b.count === 0 ? 0 : Math.max(2, Math.round((b.count / max) * PLOT_HEIGHT));
    const mid = round1(i * slot + slot / 2);
    const x = round1(mid - barWidth / 2);
    const y = TOP_SPACE + PLOT_HEIGHT - h;
    return html`<a href="${b.href}" class="bar" aria-label="${b.title}"><title>${b.title}</title>
<rect class="bar-hit" x="${round1(i * slot)}" y="0" width="${round1(slot)}" height="${TOP_SPACE + PLOT_HEIGHT}"></rect>
<rect class="bar-fill" x="${x}" y="${y}" width="${round1(barWidth)}" height="${h}" rx="3"></rect>
${b.count > 0 && showCounts ? html`<text class="bar-count" x="${mid}" y="${y - 3}">${compact(b.count)}</text>` : ''}
${i % labelStep === 0 ? html`<text class="bar-label${(i / labelStep) % 2 === 1 ? ' minor' : ''}" x="${mid}" y="${height - 4}">${b.label}</text>` : ''}</a>`;
  });
  return html`<section class="card chart" aria-labelledby="${id}">
  <h2 id="${id}" class="card-title">${heading}</h2>
  <svg class="chart-svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${heading}" preserveAspectRatio="xMinYMid meet">
${join(rects, '\n')}
  </svg>
</section>`;
}

/** Every year from the first to the last with results, gaps shown as empty bars. */
function yearBars(state: PageState, years: FacetCount[]): Bar[] {
  const numeric = years.map((y) => Number(y.value)).filter((y) => Number.isInteger(y));
  if (numeric.length === 0) return [];
  const counts = new Map(years.map((y) => [y.value, y.count]));
  const bars: Bar[] = [];
  for (let y = Math.min(...numeric); y <= Math.max(...numeric); y++) {
    const count = counts.get(String(y)) ?? 0;
    const href = withinPeriod(state, `${y}-01-01`, `${y}-12-31`);
    // a year with results lies within the active range, and so does every year between two of them
    if (href === null) continue;
    bars.push({
      label: String(y),
      title: `${y}: ${plural(count, 'article')}`,
      count,
      href,
    });
  }
  return bars;
}

/** The months of one year, those outside the active date range left out. */
function monthBars(state: PageState, year: string, months: FacetCount[]): Bar[] {
  const counts = new Map(months.map((m) => [m.value, m.count]));
  const bars: Bar[] = [];
  for (let m = 1; m <= 12; m++) {
    const key = `${year}-${String(m).padStart(2, '0')}`;
    const count = counts.get(key) ?? 0;
    const href = withinPeriod(state, `${key}-01`, `${key}-${lastDayOfMonth(Number(year), m)}`);
    // a month outside the active range has nothing to show and no search to link to
    if (href === null) continue;
    bars.push({
      label: monthName(key),
      title: `${monthName(key)} ${year}: ${plural(count, 'article')}`,
      count,
      href,
    });
  }
  return bars;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** 1234 -> "1.2k" so counts fit above a bar. */
function compact(n: number): string {
  return n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : formatCount(n);
}
