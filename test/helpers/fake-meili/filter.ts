/**
 * @module Meilisearch's filter grammar, read the way the server reads it, for the fake server and
 * the filter tests: quoted strings with \ escapes, numbers, = != >= <= > <, `IN [a, b]` and
 * `NOT IN [a, b]`, AND binding tighter than OR, NOT, parentheses; an array field matches when any
 * element does.
 * @see https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
 * String values compare by `normalize_facet` (milli src/lib.rs): NFKD of the trimmed value,
 * lower-cased, so `section = "business"` matches a document whose section is "Business ".
 */

type Token = { kind: 'str' | 'num' | 'op' | 'word' | 'paren' | 'punct'; text: string };
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'cmp'; field: string; op: string; value: string | number }
  | { kind: 'in'; field: string; values: (string | number)[] };

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
    } else if (c === '[' || c === ']' || c === ',') {
      tokens.push({ kind: 'punct', text: c });
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
    const field = tokens[pos++];
    expect(field?.kind === 'word', 'field expected');
    if (peekWord('IN') || (peekWord('NOT') && tokens[pos + 1]?.text === 'IN')) return inList(field!.text);
    const [op, value] = [tokens[pos++], tokens[pos++]];
    expect(op?.kind === 'op', 'operator expected');
    expect(value?.kind === 'str' || value?.kind === 'num', 'value expected');
    return { kind: 'cmp', field: field!.text, op: op!.text, value: value!.kind === 'num' ? Number(value!.text) : value!.text };
  };
  /** `field IN [a, b]` or `field NOT IN [a, b]`, the field already read. */
  const inList = (field: string): FilterNode => {
    const negated = peekWord('NOT');
    pos += negated ? 2 : 1;
    expect(tokens[pos++]?.text === '[', '[ expected');
    const values: (string | number)[] = [];
    while (tokens[pos]?.text !== ']') {
      const value = tokens[pos++];
      expect(value?.kind === 'str' || value?.kind === 'num', 'value expected');
      values.push(value!.kind === 'num' ? Number(value!.text) : value!.text);
      if (tokens[pos]?.text === ',') pos++;
    }
    pos++;
    const node: FilterNode = { kind: 'in', field, values };
    return negated ? { kind: 'not', operand: node } : node;
  };
  const node = or();
  expect(pos === tokens.length, 'end of filter expected');
  return node;
}

/** The fields a filter names (the server refuses one that is not filterable). */
export function filterFields(node: FilterNode): string[] {
  if (node.kind === 'cmp' || node.kind === 'in') return [node.field];
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
    case 'cmp':
      return valuesOf(doc, node.field).some((v) => compare(v, node.op, node.value));
    case 'in':
      return valuesOf(doc, node.field).some((v) => node.values.some((want) => compare(v, '=', want)));
  }
}

function valuesOf(doc: Record<string, unknown>, field: string): (string | number)[] {
  const raw = doc[field];
  return (Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw]) as (string | number)[];
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
