/**
 * Reading Hypothesis's JSON export (the "Export annotations" file:
 * `{"export_date", "annotations": [...]}` with API-shaped annotations,
 * https://h.readthedocs.io/en/latest/api-reference/) into pages and highlights.
 *
 * An annotation with a quote becomes a highlight (its text is the note) to be
 * anchored on the next visit; one without a quote (a page note) becomes part
 * of the page's note. Tags go on the page. Replies and annotations of
 * anything but a web page (PDFs, EPUBs) are skipped and listed.
 * Pure: no browser APIs.
 */
import * as v from 'valibot';
import { SelectorSchema } from '../messages/schema';
import { HighlightRecordSchema, PageRecordSchema } from '../records-schema';
import { emptyEntry, type HighlightRecord, type PageRecord, type SelectorRecord } from '../records';
import { pageIdFor, siteFor } from '../page-identity';
import { checkIdentities, parseJsonText, preview } from './backup';
import { describe, ImportError, type Library } from './library';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const AnnotationSchema = v.looseObject({
  id: v.pipe(text(190), v.minLength(1)),
  uri: text(8_000),
  text: v.optional(v.nullable(text(100_000))),
  tags: v.optional(v.nullable(v.pipe(v.array(text(1_000)), v.maxLength(1_000)))),
  created: v.optional(v.nullable(text(100))),
  updated: v.optional(v.nullable(text(100))),
  references: v.optional(v.nullable(v.array(v.unknown()))),
  target: v.optional(
    v.nullable(
      v.pipe(
        v.array(v.looseObject({ source: v.optional(v.nullable(text(8_000))), selector: v.optional(v.nullable(v.pipe(v.array(v.unknown()), v.maxLength(50)))) })),
        v.maxLength(50),
      ),
    ),
  ),
  document: v.optional(v.nullable(v.looseObject({ title: v.optional(v.nullable(v.union([text(2_000), v.array(v.unknown())]))) }))),
});

const ExportSchema = v.looseObject({ annotations: v.pipe(v.array(v.unknown()), v.maxLength(500_000)) });

type Annotation = v.InferOutput<typeof AnnotationSchema>;

export interface HypothesisImport extends Library {
  /** Annotations not imported, with why (a reply, a PDF…). */
  skipped: { id: string; reason: string }[];
}

function time(iso: string | null | undefined, fallback: number): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) && t >= 0 ? Math.floor(t) : fallback;
}

/** The quote and position selectors we can anchor with; Hypothesis's RangeSelector and others are dropped. */
function usableSelectors(a: Annotation): SelectorRecord[] {
  const out: SelectorRecord[] = [];
  for (const target of a.target ?? []) {
    for (const raw of target.selector ?? []) {
      const s = v.safeParse(SelectorSchema, raw);
      if (!s.success) continue;
      if (s.output.type === 'TextPositionSelector' && s.output.end < s.output.start) continue;
      if (!out.some((x) => x.type === s.output.type)) out.push(s.output as SelectorRecord);
    }
  }
  // Quote first: it is what anchoring tries first and what the reader reads.
  return out.sort((x, y) => (x.type === 'TextQuoteSelector' ? -1 : y.type === 'TextQuoteSelector' ? 1 : 0));
}

function documentTitle(a: Annotation): string {
  const t = a.document?.title;
  const first = Array.isArray(t) ? t.find((x): x is string => typeof x === 'string') : t;
  return (first ?? '').trim().slice(0, 2_000);
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
    throw new ImportError(`This is not a Hypothesis export: expected an object with an "annotations" list (${describe(top.issues)})`);
  }
  const drafts = new Map<string, PageDraft>();
  const highlights: HighlightRecord[] = [];
  const skipped: HypothesisImport['skipped'] = [];

  top.output.annotations.forEach((raw, i) => {
    const parsed = v.safeParse(AnnotationSchema, raw, { abortEarly: true });
    if (!parsed.success) throw new ImportError(`Annotation ${i + 1}: ${describe(parsed.issues, `annotations[${i}]`)}`);
    const a = parsed.output;
    if (a.references && a.references.length > 0) {
      skipped.push({ id: a.id, reason: 'a reply to another annotation' });
      return;
    }
    const pageId = pageIdFor(a.uri);
    if (!pageId) {
      skipped.push({ id: a.id, reason: `not a web page (${preview(a.uri)})` });
      return;
    }
    const created = time(a.created, now);
    const updated = Math.max(created, time(a.updated, created));
    let draft = drafts.get(pageId);
    if (!draft) {
      const page: PageRecord = {
        id: pageId,
        url: pageId,
        aliases: a.uri !== pageId && /^https?:\/\//i.test(a.uri) ? [a.uri] : [],
        site: siteFor(pageId),
        postTitle: documentTitle(a),
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
    if (!page.postTitle) page.postTitle = documentTitle(a);
    if (a.uri !== pageId && /^https?:\/\//i.test(a.uri) && !page.aliases.includes(a.uri)) page.aliases.push(a.uri);
    for (const tag of a.tags ?? []) {
      const t = tag.trim();
      if (t && !draft.tags.includes(t)) draft.tags.push(t);
    }
    const note = (a.text ?? '').trim();
    const selectors = usableSelectors(a);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote) {
      if (note) draft.notes.push({ at: created, text: note });
      return;
    }
    highlights.push({
      id: `hypothesis:${a.id}`,
      pageId,
      text: quote.exact,
      selectors,
      color: 'yellow',
      note,
      lastStatus: 'unknown',
      createdAt: created,
      updatedAt: updated,
    });
  });

  const pages: PageRecord[] = [];
  for (const { page, notes, tags } of drafts.values()) {
    page.entry = { ...page.entry, tags, note: notes.sort((x, y) => x.at - y.at).map((n) => n.text).join('\n\n') };
    const checked = v.safeParse(PageRecordSchema, page, { abortEarly: true });
    if (!checked.success) throw new ImportError(`The annotations of ${page.id.slice(0, 200)}: ${describe(checked.issues)}`);
    pages.push(checked.output as PageRecord);
  }
  const checkedHighlights = highlights.map((h) => {
    const checked = v.safeParse(HighlightRecordSchema, h, { abortEarly: true });
    if (!checked.success) throw new ImportError(`Annotation ${h.id.slice(11)}: ${describe(checked.issues)}`);
    return checked.output as HighlightRecord;
  });
  checkIdentities(pages, checkedHighlights);
  return { pages, highlights: checkedHighlights, skipped };
}
