/**
 * Reading annotations into pages and highlights: Hypothesis's JSON export
 * (the "Export annotations" file: `{"export_date", "annotations": [...]}`),
 * Hypothesis API search results (`{"total", "rows": [...]}`,
 * https://h.readthedocs.io/en/latest/api-reference/), and W3C Web Annotation
 * collections (web-annotation-read.ts).
 *
 * An annotation with a quote becomes a highlight (its text is the note, its
 * tags its own, every selector kept) to be anchored on the next visit; one
 * without a quote (a page note) becomes part of the page's note, its tags the
 * page's. Replies and annotations of anything but a web page (PDFs, EPUBs)
 * are skipped and listed.
 * Pure: no browser APIs.
 */
import * as v from 'valibot';
import { SelectorSchema } from '../records/selector';
import { parseAnnotations, type ParsedAnnotation } from './annotation-json';
import { HighlightRecordSchema } from '../records/highlight';
import { PageRecordSchema } from '../records/page';
import { emptyEntry, type HighlightRecord, type PageRecord, type Selector } from '../records';
import { pageIdFor, siteFor } from '../page-identity';
import { checkIdentities, parseJsonText, preview } from './backup';
import { clip, describe, ImportError, type Library } from './library';

const List = v.pipe(v.array(v.unknown()), v.maxLength(500_000));
const ExportSchema = v.union([v.looseObject({ annotations: List }), v.looseObject({ rows: List })]);

export interface HypothesisImport extends Library {
  /** Annotations not imported, with why (a reply, a PDF…). */
  skipped: { id: string; reason: string }[];
}

function time(iso: string | null | undefined, fallback: number): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) && t >= 0 ? Math.floor(t) : fallback;
}

/** Quote first (what anchoring tries first and what the reader reads), then position; one of each, each checked. */
function usableSelectors(selectors: readonly unknown[], where: string): Selector[] {
  const out: Selector[] = [];
  for (const raw of selectors) {
    const s = v.safeParse(SelectorSchema, raw);
    // The shared reader passes only these two types; failing here means a limit (a 30,000 character quote).
    if (!s.success) throw new ImportError(`${where}: ${describe(s.issues, 'selector')}`);
    if (out.some((x) => x.type === s.output.type)) continue;
    if (s.output.type === 'TextPositionSelector' && s.output.end < s.output.start) continue;
    out.push(s.output as Selector);
  }
  return out.sort((x, y) => (x.type === 'TextQuoteSelector' ? -1 : y.type === 'TextQuoteSelector' ? 1 : 0));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export interface Extras {
  id: unknown;
  reply: boolean;
  title: string;
  /** RangeSelectors of the first target, which the shared reader does not pass on. */
  ranges: Selector[];
}

/** RangeSelectors (Hypothesis's XPath form) of an annotation's targets. */
export function rangeSelectors(target: unknown): Selector[] {
  const out: Selector[] = [];
  for (const t of Array.isArray(target) ? target : [target]) {
    if (!isObject(t)) continue;
    for (const s of Array.isArray(t.selector) ? t.selector : [t.selector]) {
      if (!isObject(s) || s.type !== 'RangeSelector') continue;
      const checked = v.safeParse(SelectorSchema, { type: s.type, startContainer: s.startContainer, startOffset: s.startOffset, endContainer: s.endContainer, endOffset: s.endOffset });
      if (checked.success && !out.length) out.push(checked.output as Selector);
    }
    if (out.length) break;
  }
  return out;
}

/** What the shared reader leaves out of Hypothesis's annotation: whether it is a reply, the page title, RangeSelectors. */
function hypothesisExtras(raw: unknown): Extras {
  if (!isObject(raw)) return { id: undefined, reply: false, title: '', ranges: [] };
  const reply = Array.isArray(raw.references) && raw.references.length > 0;
  const t = isObject(raw.document) ? raw.document.title : undefined;
  const first = Array.isArray(t) ? t.find((x): x is string => typeof x === 'string') : typeof t === 'string' ? t : '';
  return { id: raw.id, reply, title: (first ?? '').trim().slice(0, 2_000), ranges: rangeSelectors(raw.target) };
}

/**
 * The shared reader of W3C / Hypothesis JSON (src/shared/formats/annotation-json.ts).
 * It reports a malformed file with a plain Error naming the part; that becomes
 * an ImportError. Any other error (a TypeError) is a bug and is not hidden.
 */
export function readAnnotations(data: unknown): ParsedAnnotation[] {
  try {
    return parseAnnotations(data);
  } catch (e) {
    if (e instanceof RangeError) throw new ImportError('The annotation file is nested too deeply to read', { cause: e });
    if (e instanceof Error && e.constructor === Error) throw new ImportError(clip(e.message, 500), { cause: e });
    throw e;
  }
}

interface PageDraft {
  page: PageRecord;
  notes: { at: number; text: string }[];
  tags: string[];
}

/**
 * Pages and highlights from a Hypothesis export (text or parsed JSON).
 * Times come from the file, so importing it twice gives the same records;
 * `now` stands in only for an annotation without a readable date.
 * Throws {@link ImportError} when the file is not a Hypothesis export or an
 * annotation is malformed.
 */
export function fromHypothesisExport(json: unknown, now: number): HypothesisImport {
  const data = typeof json === 'string' ? parseJsonText(json, 'The Hypothesis file') : json;
  const top = v.safeParse(ExportSchema, data);
  if (!top.success) {
    throw new ImportError('This is not a Hypothesis file: expected an export with an "annotations" list or API search results with a "rows" list');
  }
  const lists = top.output as { annotations?: unknown[]; rows?: unknown[] };
  const raws = Array.isArray(lists.rows) ? lists.rows : lists.annotations ?? []; // the shared reader's order of preference
  const parsed = readAnnotations(top.output);
  return annotationsToLibrary(parsed, raws.map(hypothesisExtras), now, (id) => `hypothesis:${id}`);
}

/**
 * Pages and highlights from annotations read by the shared reader, with what
 * it leaves out (`extras`, one per annotation); `highlightId` makes a stable
 * record id from the file's annotation id.
 */
export function annotationsToLibrary(parsed: ParsedAnnotation[], extras: Extras[], now: number, highlightId: (id: string) => string): HypothesisImport {
  const drafts = new Map<string, PageDraft>();
  const highlights: HighlightRecord[] = [];
  const skipped: HypothesisImport['skipped'] = [];
  parsed.forEach((a, i) => {
    const extra = extras[i] ?? { id: a.id, reply: false, title: '', ranges: [] };
    // An id the file does not give would change on every import: importing twice would duplicate.
    if (typeof extra.id !== 'string' || !extra.id || extra.id.length > 190) {
      throw new ImportError(`Annotation ${i + 1}: "id" must be a non-empty string of at most 190 characters`);
    }
    if (extra.reply) {
      skipped.push({ id: a.id, reason: 'replies to other annotations (this library keeps no threads)' });
      return;
    }
    const uri = a.uri ?? '';
    const pageId = uri.length <= 8_000 ? pageIdFor(uri) : null;
    if (!pageId) {
      skipped.push({ id: a.id, reason: `not a web page (${preview(uri)})` });
      return;
    }
    const created = time(a.created, now);
    const updated = Math.max(created, time(a.updated, created));
    let draft = drafts.get(pageId);
    if (!draft) {
      const page: PageRecord = {
        id: pageId,
        url: pageId,
        aliases: [],
        site: siteFor(pageId),
        postTitle: extra.title,
        detection: null,
        correction: null,
        entry: emptyEntry(),
        createdAt: created,
        updatedAt: updated,
      };
      draft = { page, notes: [], tags: [] };
      drafts.set(pageId, draft);
    }
    const page = draft.page;
    page.createdAt = Math.min(page.createdAt, created);
    page.updatedAt = Math.max(page.updatedAt, updated);
    if (!page.postTitle) page.postTitle = extra.title;
    if (uri !== pageId && /^https?:\/\//i.test(uri) && !page.aliases.includes(uri)) page.aliases.push(uri);
    const tags: string[] = [];
    for (const tag of a.tags ?? []) {
      const t = tag.trim();
      if (t && !tags.includes(t)) tags.push(t);
    }
    const note = (a.note ?? '').trim();
    const selectors = usableSelectors(a.selectors, `Annotation ${i + 1} (${clip(a.id, 60)})`);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote || quote.type !== 'TextQuoteSelector') {
      // A page note: its words join the page's note, its tags the page's.
      if (note) draft.notes.push({ at: created, text: note });
      for (const t of tags) if (!draft.tags.includes(t)) draft.tags.push(t);
      return;
    }
    highlights.push({
      id: highlightId(a.id),
      pageId,
      text: quote.exact,
      selectors: [...selectors, ...extra.ranges],
      color: 'yellow',
      note,
      ...(tags.length ? { tags } : {}),
      lastStatus: 'unknown',
      createdAt: created,
      updatedAt: updated,
    });
  });

  const pages: PageRecord[] = [];
  for (const { page, notes, tags } of drafts.values()) {
    page.entry = { ...page.entry, tags, note: notes.sort((x, y) => x.at - y.at).map((n) => n.text).join('\n\n') };
    const checked = v.safeParse(PageRecordSchema, page, { abortEarly: true });
    if (!checked.success) throw new ImportError(`The annotations of ${clip(page.id, 200)}: ${describe(checked.issues)}`);
    pages.push(checked.output as PageRecord);
  }
  const checkedHighlights = highlights.map((h) => {
    const checked = v.safeParse(HighlightRecordSchema, h, { abortEarly: true });
    if (!checked.success) throw new ImportError(`Annotation ${clip(h.id, 80)}: ${describe(checked.issues)}`);
    return checked.output as HighlightRecord;
  });
  checkIdentities(pages, checkedHighlights);
  return { pages, highlights: checkedHighlights, skipped };
}
