/**
 * @module The API reference page (/api/docs): the OpenAPI document rendered on the server, so a
 * person reads the same description machines get at /api/openapi.json, with no script and no
 * CDN. Each operation: its summary, its parameters (where, required, the allowed values and
 * limits) and its answers.
 */
import { html, type SafeHtml } from './html.js';
import { layout, topBar } from './layout.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Record<string, unknown>;
}
interface Operation {
  summary?: string;
  parameters?: Parameter[];
  security?: unknown[];
  responses: Record<string, { description: string }>;
}
export interface ApiDescription {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

export function apiDocsPage(doc: ApiDescription): SafeHtml {
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
  return layout({
    title: `${doc.info.title} reference`,
    bodyClass: 'page-api-docs',
    skipTo: 'the API reference',
    main: html`${topBar('', false)}
<main id="results" class="api-docs">
  <h1>${doc.info.title} <span class="api-version">${doc.info.version}</span></h1>
  ${doc.info.description ? html`<p>${doc.info.description}</p>` : ''}
  <p>The same description as OpenAPI 3.1 JSON: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are JSON <code>{"error": {"code", "message", "parameter"}}</code>.</p>
  <nav aria-label="Endpoints"><ul class="api-toc">${operations.map(({ path, method }) => html`<li><a href="#${anchor(method, path)}"><code>${method.toUpperCase()} ${path}</code></a></li>`)}</ul></nav>
  ${operations.map(({ path, method, op }) => operation(path, method, op))}
</main>`,
  });
}

function operation(path: string, method: string, op: Operation): SafeHtml {
  return html`<section class="card api-op" id="${anchor(method, path)}">
  <h2><code>${method.toUpperCase()} ${path}</code></h2>
  ${op.summary ? html`<p>${op.summary}</p>` : ''}
  ${op.security && op.security.length > 0 ? html`<p class="api-auth">Needs <code>Authorization: Bearer &lt;ARCHIVIST_API_KEY&gt;</code>.</p>` : ''}
  ${
    op.parameters && op.parameters.length > 0
      ? html`<table class="api-params"><thead><tr><th>parameter</th><th>in</th><th>values</th><th>meaning</th></tr></thead><tbody>${op.parameters.map(
          (p) =>
            html`<tr><td><code>${p.name}</code>${p.required ? ' (required)' : ''}</td><td>${p.in}</td><td>${values(p.schema ?? {})}</td><td>${p.description ?? ''}</td></tr>`,
        )}</tbody></table>`
      : ''
  }
  <dl class="api-responses">${Object.entries(op.responses).map(([status, r]) => html`<dt>${status}</dt><dd>${r.description}</dd>`)}</dl>
</section>`;
}

/** What a parameter's schema allows, in words: "integer 1-100, default 20", "one of all, any". */
function values(schema: Record<string, unknown>): string {
  const items = schema.items as Record<string, unknown> | undefined;
  const base = items ? `list of ${values(items)}` : text(schema.type ?? 'any');
  const parts = [Array.isArray(schema.enum) ? `one of ${schema.enum.map(text).join(', ')}` : base];
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    parts.push(`${text(schema.minimum ?? '')}-${text(schema.maximum ?? '')}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${text(schema.maxLength)} characters`);
  if (schema.maxItems !== undefined) parts.push(`at most ${text(schema.maxItems)}`);
  if (schema.default !== undefined) parts.push(`default ${text(schema.default)}`);
  return parts.join(', ');
}

/** A schema value as the page shows it: numbers and words as they are, anything else as JSON. */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function anchor(method: string, path: string): string {
  return `${method}-${path.replace(/[^a-z0-9]+/giu, '-').replace(/^-|-$/gu, '')}`;
}
