/**
 * @module Meilisearch's filter grammar, read the way the server reads it, for the fake server and
 * the filter tests: quoted strings with \ escapes, numbers, = != >= <= > <, AND binding tighter
 * than OR, NOT, parentheses; an array field matches when any element does.
 * @see https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
 * String values compare by `normalize_facet` (milli src/lib.rs): NFKD of the trimmed value,
 * lower-cased, so `section = "business"` matches a document whose section is "Business ".
 */

type Token = { kind: 'str' | 'num' | 'op' | 'word' | 'paren'; text: string };
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'cmp'; field: string; op: string; value: string | number };

/** milli's `normalize_facet`: how Meilisearch keys a string facet value for filters and counts. */
export function normalizeFacet(value: string): string {
  return value.trim().normalize('NFKD').toLowerCase();
}

function lex(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '(' || c === ')') {
      tokens.push({ kind: 'paren', text: c });
      i++;
    } else if (c === '"') {
      let text = '';
      for (i++; filter[i] !== '"'; i++) {
        if (i >= filter.length) throw new Error('unterminated string');
        if (filter[i] === '\\') i++;
        text += filter[i];
      }
      tokens.push({ kind: 'str', text });
      i++;
    } else {
      const m = /^(>=|<=|!=|=|>|<|-?\d+(?:\.\d+)?|[A-Za-z_]+)/.exec(filter.slice(i));
      if (!m) throw new Error(`unexpected ${JSON.stringify(filter.slice(i, i + 10))}`);
      const text = m[1]!;
      tokens.push({ kind: /^[<>=!]/.test(text) ? 'op' : /^-?\d/.test(text) ? 'num' : 'word', text });
      i += text.length;
    }
  }
  return tokens;
}

/** The filter's syntax tree; throws on anything the adapter is not expected to send. */
export function parseFilter(filter: string): FilterNode {
  const tokens = lex(filter);
  let pos = 0;
  const peekWord = (w: string) => tokens[pos]?.kind === 'word' && tokens[pos]!.text === w;
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`filter ${JSON.stringify(filter)}: ${what} at token ${pos}`);
  };
  const or = (): FilterNode => {
    let left = and();
    while (peekWord('OR')) {
      pos++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const and = (): FilterNode => {
    let left = unary();
    while (peekWord('AND')) {
      pos++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): FilterNode => {
    if (peekWord('NOT')) return (pos++, { kind: 'not', operand: unary() });
    if (tokens[pos]?.text === '(') {
      pos++;
      const inner = or();
      expect(tokens[pos++]?.text === ')', 'closing parenthesis expected');
      return inner;
    }
    const [field, op, value] = [tokens[pos++], tokens[pos++], tokens[pos++]];
    expect(field?.kind === 'word', 'field expected');
    expect(op?.kind === 'op', 'operator expected');
    expect(value?.kind === 'str' || value?.kind === 'num', 'value expected');
    return { kind: 'cmp', field: field!.text, op: op!.text, value: value!.kind === 'num' ? Number(value!.text) : value!.text };
  };
  const node = or();
  expect(pos === tokens.length, 'end of filter expected');
  return node;
}

/** The fields a filter names (the server refuses one that is not filterable). */
export function filterFields(node: FilterNode): string[] {
  if (node.kind === 'cmp') return [node.field];
  if (node.kind === 'not') return filterFields(node.operand);
  return [...filterFields(node.left), ...filterFields(node.right)];
}

export function matchesFilter(node: FilterNode, doc: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and':
      return matchesFilter(node.left, doc) && matchesFilter(node.right, doc);
    case 'or':
      return matchesFilter(node.left, doc) || matchesFilter(node.right, doc);
    case 'not':
      return !matchesFilter(node.operand, doc);
    case 'cmp': {
      const raw = doc[node.field];
      const values = (Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw]) as (string | number)[];
      return values.some((v) => compare(v, node.op, node.value));
    }
  }
}

function compare(v: string | number, op: string, want: string | number): boolean {
  const [a, b] = typeof v === 'string' && typeof want === 'string' ? [normalizeFacet(v), normalizeFacet(want)] : [v, want];
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a < b;
  }
}
