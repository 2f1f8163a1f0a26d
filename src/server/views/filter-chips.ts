/**
 * @module The active filters as chips, each a link that removes it: on the search page above the
 * results, and on a profile, whose counts are narrowed by the same filters.
 */
import { formatDate } from './format.js';
import { html, type SafeHtml } from './html.js';
import { languageName } from './sidebar.js';
import type { FilterKey, PageState } from './urls.js';

const KINDS: readonly { key: FilterKey; label: string; show?: (value: string) => string }[] = [
  { key: 'nation', label: 'Nation' },
  { key: 'person', label: 'Person' },
  { key: 'section', label: 'Section' },
  { key: 'language', label: 'Language', show: languageName },
  { key: 'source', label: 'Source' },
  { key: 'author', label: 'Author' },
];

export interface ChipOptions {
  /** the list's accessible name */
  label: string;
  /** a chip for the words too (a profile, where they are a filter rather than the search) */
  words?: boolean;
}

/** One removable chip per filter value and one for the dates; `without(changes)` is the link with the changes made. */
export function filterChips(state: PageState, without: (changes: Partial<PageState>) => string, opts: ChipOptions): SafeHtml | '' {
  const chips: SafeHtml[] = [];
  if (opts.words && state.q !== '') chips.push(removable('Words: ', state.q, without({ q: '' }), 'words'));
  for (const { key, label, show } of KINDS) {
    for (const value of state[key]) {
      chips.push(removable(`${label}: `, show ? show(value) : value, without({ [key]: state[key].filter((v) => v !== value) }), key));
    }
  }
  if (state.from || state.to) {
    // the one human date format of the page (hits, chips, the range under the inputs)
    const range = `${state.from ? formatDate(`${state.from}T00:00:00Z`) : '…'} – ${state.to ? formatDate(`${state.to}T00:00:00Z`) : '…'}`;
    chips.push(removable('Dates: ', range, without({ from: '', to: '' }), 'date'));
  }
  if (chips.length === 0) return '';
  return html`<ul class="active-filters" aria-label="${opts.label}">${chips}</ul>`;
}

function removable(prefix: string, value: string, href: string, kind: string): SafeHtml {
  return html`<li><a class="chip chip-${kind} chip-remove" href="${href}" title="Remove this filter"><span class="chip-kind">${prefix}</span><span dir="auto">${value}</span><span class="chip-x" aria-hidden="true">×</span><span class="visually-hidden"> (remove)</span></a></li>`;
}
