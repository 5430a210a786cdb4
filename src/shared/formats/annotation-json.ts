/** Reads W3C Web Annotation and Hypothesis JSON (files and API results) into annotations to anchor or import. Pure. */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../records/selector';

/** One annotation read from W3C or Hypothesis JSON, reduced to what anchoring and the library use. */
export interface ParsedAnnotation {
  id: string;
  /** Text quote and position selectors of the first target that has any (may be empty: a page note). */
  selectors: Selector[];
  note?: string;
  tags?: string[];
  uri?: string;
  created?: string;
  updated?: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const hasType = (o: Json, t: string): boolean => asArray(o.type).includes(t);

function fail(where: string, msg: string): never {
  throw new Error(`${where}: ${msg}`);
}

function readSelector(s: unknown, where: string, out: Selector[], quoteOnly: boolean): void {
  if (!isObject(s)) fail(where, `a selector must be an object, got ${kind(s)}`);
  if (s.type === 'TextQuoteSelector') {
    if (typeof s.exact !== 'string') fail(where, 'TextQuoteSelector needs a string "exact"');
    for (const k of ['prefix', 'suffix'] as const) {
      if (s[k] !== undefined && typeof s[k] !== 'string') fail(where, `TextQuoteSelector "${k}" must be a string`);
    }
    const q: TextQuoteSelector = { type: 'TextQuoteSelector', exact: s.exact };
    if (typeof s.prefix === 'string') q.prefix = s.prefix;
    if (typeof s.suffix === 'string') q.suffix = s.suffix;
    out.push(q);
  } else if (s.type === 'TextPositionSelector') {
    const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!ok(s.start) || !ok(s.end) || (s.end as number) < (s.start as number)) {
      fail(where, 'TextPositionSelector needs integer "start" <= "end", both >= 0');
    }
    // A position inside a refined (e.g. CSS-selected) element is not a page offset.
    if (!quoteOnly) out.push({ type: 'TextPositionSelector', start: s.start, end: s.end } as TextPositionSelector);
  }
  // Other selector types (Range, XPath, CSS, Fragment) carry no text to anchor on; their
  // refinements may.
  if (s.refinedBy !== undefined) {
    asArray(s.refinedBy).forEach((r, i) => readSelector(r, `${where}.refinedBy[${i}]`, out, true));
  }
}

function readTargets(target: unknown, where: string): { selectors: Selector[]; uri?: string } {
  let uri: string | undefined;
  const list = asArray(target);
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    const at = `${where}.target[${i}]`;
    if (typeof t === 'string') {
      uri ??= t;
      continue;
    }
    if (!isObject(t)) fail(at, `a target must be an object or a URL string, got ${kind(t)}`);
    if (typeof t.source === 'string') uri ??= t.source;
    const selectors: Selector[] = [];
    asArray(t.selector).forEach((s, k) => readSelector(s, `${at}.selector[${k}]`, selectors, false));
    if (selectors.length > 0) return { selectors, uri: typeof t.source === 'string' ? t.source : uri };
  }
  return { selectors: [], uri };
}

function readW3CBody(a: Json): { note?: string; tags?: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  if (typeof a.bodyValue === 'string') notes.push(a.bodyValue);
  for (const b of asArray(a.body)) {
    if (typeof b === 'string') continue; // a link to an external body
    if (!isObject(b) || typeof b.value !== 'string') continue;
    if (b.purpose === 'tagging') tags.push(b.value);
    else notes.push(b.value);
  }
  return { note: notes.length ? notes.join('\n\n') : undefined, tags: tags.length ? tags : undefined };
}

function readAnnotation(a: unknown, n: number, hypothesis: boolean): ParsedAnnotation {
  const where = `annotation #${n + 1}`;
  if (!isObject(a)) fail(where, `expected an object, got ${kind(a)}`);
  const rawId = a.id ?? a['@id'];
  const id = typeof rawId === 'string' && rawId ? rawId : typeof rawId === 'number' ? String(rawId) : `annotation-${n + 1}`;
  const label = `${where} (${id})`;
  if (a.target === undefined) {
    if (!hypothesis) fail(label, 'has no "target"');
  }
  const { selectors, uri } = readTargets(a.target, label);
  const out: ParsedAnnotation = { id, selectors };
  if (hypothesis || typeof a.text === 'string') {
    if (a.text !== undefined && typeof a.text !== 'string') fail(label, '"text" must be a string');
    if (a.text) out.note = a.text as string;
    if (a.tags !== undefined) {
      if (!Array.isArray(a.tags) || !a.tags.every((t) => typeof t === 'string')) fail(label, '"tags" must be an array of strings');
      if (a.tags.length) out.tags = a.tags as string[];
    }
  }
  if (!hypothesis) {
    const body = readW3CBody(a);
    if (body.note !== undefined) out.note = body.note;
    if (body.tags) out.tags = body.tags;
  }
  const u = typeof a.uri === 'string' ? a.uri : uri;
  if (u) out.uri = u;
  if (typeof a.created === 'string') out.created = a.created;
  const updated = a.updated ?? a.modified;
  if (typeof updated === 'string') out.updated = updated;
  return out;
}

function readList(items: unknown, where: string, hypothesis: boolean): ParsedAnnotation[] {
  if (!Array.isArray(items)) fail(where, `expected an array of annotations, got ${kind(items)}`);
  return items.map((a, i) => readAnnotation(a, i, hypothesis));
}

/**
 * Reads annotations from parsed JSON: a W3C Web Annotation, an array of them,
 * an `AnnotationCollection` (embedded `first.items`, or `items`) or
 * `AnnotationPage`; Hypothesis API search results (`{"rows": [...]}`) and
 * Hypothesis exports (`{"annotations": [...]}`).
 * @throws Error naming the offending part when the shape is not one of these.
 */
export function parseAnnotations(json: unknown): ParsedAnnotation[] {
  if (Array.isArray(json)) return readList(json, 'annotation array', false);
  if (!isObject(json)) {
    throw new Error(
      `Annotations must be a JSON object or array (W3C Web Annotation(s) or Hypothesis JSON), got ${kind(json)}`,
    );
  }
  if (Array.isArray(json.rows)) return readList(json.rows, 'Hypothesis "rows"', true);
  if (Array.isArray(json.annotations)) return readList(json.annotations, 'Hypothesis "annotations"', true);
  if (hasType(json, 'AnnotationCollection') || json.first !== undefined) {
    const first = json.first;
    if (typeof first === 'string') {
      throw new Error(`AnnotationCollection: "first" is a link (${first}); only collections with embedded pages can be read`);
    }
    if (isObject(first)) {
      const pages: ParsedAnnotation[] = readList(first.items, 'AnnotationCollection.first.items', false);
      if (first.next !== undefined && typeof first.next !== 'string' && isObject(first.next)) {
        pages.push(...parseAnnotations({ type: 'AnnotationCollection', first: first.next }));
      }
      return pages;
    }
    if (Array.isArray(json.items)) return readList(json.items, 'AnnotationCollection.items', false);
    throw new Error('AnnotationCollection: expected "first.items" or "items" to be an array of annotations');
  }
  if (hasType(json, 'AnnotationPage') || Array.isArray(json.items)) return readList(json.items, 'AnnotationPage.items', false);
  if (hasType(json, 'Annotation') || json.target !== undefined) return [readAnnotation(json, 0, false)];
  const keys = Object.keys(json).slice(0, 8).join(', ') || 'none';
  throw new Error(
    'Unrecognised annotation JSON: expected a W3C Annotation, an array of them, an AnnotationCollection, ' +
      `or Hypothesis {"rows": [...]} / {"annotations": [...]}; got an object with keys: ${keys}`,
  );
}
