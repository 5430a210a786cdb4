/**
 * The message protocol, as validation schemas: the background checks every
 * incoming message against these before acting. Record fields come from the
 * data model (../records/), and the message types are derived from these
 * schemas (see ./types.ts), so the contract and its check cannot drift apart.
 * Only the background imports this file at run time; other contexts import types.
 */
import * as v from 'valibot';
import { LIMITS } from '../records/limits';
import { str, recordId, revision } from '../records/schema-parts';
import { SelectorsSchema } from '../records/selector';
import { DetectionSchema } from '../records/detection';
import { ColorSchema } from '../records/highlight';
import { CorrectionEditSchema, EntryEditSchema, HighlightEditSchema } from '../records/edit';

const url = v.pipe(v.string(), v.maxLength(LIMITS.url), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));
const id = recordId;
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const ImportKind = v.picklist(['backup', 'hypothesis', 'letterboxd', 'web-annotation']);

/** What the page tools offer for linking to the film index (see shared/film/candidates.ts). */
export const LinkCandidatesSchema = v.object({
  titles: v.pipe(v.array(v.object({ text: str(300), weight: v.number(), from: str(40) })), v.maxLength(60)),
  names: v.pipe(v.array(str(300)), v.maxLength(3000)),
  years: v.pipe(v.array(v.number()), v.maxLength(20)),
});

// Every edit says the revision of the copy it was made on (`base`: the reader's surfaces order copies and
// drafts by it) and, per field, what it changed from, by which the background merges it (records/edit.ts).
const HighlightUpdate = v.strictObject({ type: v.literal('highlight/update'), id, base: revision, edit: HighlightEditSchema });
const HighlightDelete = v.strictObject({ type: v.literal('highlight/delete'), id });

/** Where a page is: its URL and what it says its canonical link is. */
const PageRef = { url, canonical: v.optional(v.nullable(str(LIMITS.url))), title: v.optional(str(1_000)) };

/** Messages content scripts may send (the sender must be a tab). */
export const ContentMessageSchema = v.variant('type', [
  // `likely`: the every-page quick check thinks this may be a review, so the page tools load now.
  v.strictObject({ type: v.literal('tab/hello'), ...PageRef, likely: v.boolean() }),
  v.strictObject({ type: v.literal('tools/ensure') }),
  // The page tools' first message: what the page is about; the answer is its highlights.
  v.strictObject({ type: v.literal('page/load'), ...PageRef, detection: DetectionSchema, candidates: v.optional(LinkCandidatesSchema) }),
  v.strictObject({ type: v.literal('highlights/forPage'), ...PageRef }),
  // No note, no edit, no delete: the reader's words are typed and changed only in the
  // extension's own pages. `openPanel` asks for the side panel, focused on the new highlight.
  v.strictObject({
    type: v.literal('highlight/create'),
    ...PageRef,
    text: v.pipe(str(LIMITS.text), v.minLength(1)),
    selectors: SelectorsSchema,
    color: ColorSchema,
    openPanel: v.optional(v.boolean()),
  }),
  // A trusted click on a painted highlight: the side panel shows it.
  v.strictObject({ type: v.literal('highlight/clicked'), id }),
  v.strictObject({
    type: v.literal('highlights/status'),
    statuses: v.pipe(v.array(v.object({ id, status: v.picklist(['placed', 'orphan']) })), v.maxLength(5_000)),
  }),
]);

/** Messages the extension's own pages (popup, options) may send. */
export const PageMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('popup/state'), tabId }),
  v.strictObject({ type: v.literal('entry/update'), target: v.union([v.object({ tabId }), v.object({ pageId: id })]), base: revision, edit: EntryEditSchema }),
  v.strictObject({ type: v.literal('film/correct'), target: v.union([v.object({ tabId }), v.object({ pageId: id })]), base: revision, edit: CorrectionEditSchema }),
  HighlightUpdate,
  HighlightDelete,
  v.strictObject({ type: v.literal('highlight/scrollTo'), tabId, id }),
  v.strictObject({ type: v.literal('highlight/reattach'), tabId, id }),
  v.strictObject({ type: v.literal('highlights/retry'), tabId }),
  v.strictObject({ type: v.literal('highlights/toggle'), tabId, visible: v.boolean() }),
  v.strictObject({ type: v.literal('library/list') }),
  v.strictObject({ type: v.literal('library/slice'), offset: v.pipe(v.number(), v.integer(), v.minValue(0)), limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5_000)) }),
  v.strictObject({ type: v.literal('page/delete'), pageId: id }),
  v.strictObject({ type: v.literal('page/restore'), snapshot: v.object({ page: v.unknown(), highlights: v.array(v.unknown()) }) }),
  // A small file in one message (tests, an undo); the options page sends files in chunks (below).
  v.strictObject({
    type: v.literal('library/import'),
    kind: ImportKind,
    text: v.pipe(v.string(), v.maxLength(LIMITS.importMessage)),
    /** The file's name (a lone Letterboxd CSV is read for what its name says it is). */
    name: v.optional(v.pipe(v.string(), v.maxLength(500))),
    /** Every CSV of a Letterboxd export ZIP, by its path in the ZIP (then `text` is ''). */
    files: v.optional(v.pipe(v.array(v.object({ path: v.pipe(v.string(), v.maxLength(500)), text: v.pipe(v.string(), v.maxLength(LIMITS.importMessage)) })), v.maxLength(500))),
    /** Plan only: say what would be added, changed and skipped, write nothing. */
    preview: v.optional(v.boolean()),
  }),
  // A file of any size (issue 12): begun, sent in chunks the background stages
  // (up to LIMITS.importFile characters), then committed in one transaction or
  // only planned (`preview`). Nothing is written before the commit.
  v.strictObject({ type: v.literal('library/import-begin'), kind: ImportKind, name: v.optional(v.pipe(v.string(), v.maxLength(500))) }),
  v.strictObject({
    type: v.literal('library/import-chunk'),
    session: str(100),
    /** The file of a Letterboxd ZIP this text belongs to (absent: the file itself). */
    path: v.optional(v.pipe(v.string(), v.maxLength(500))),
    text: v.pipe(v.string(), v.maxLength(LIMITS.importChunk)),
  }),
  v.strictObject({ type: v.literal('library/import-commit'), session: str(100), preview: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('library/import-abort'), session: str(100) }),
  // The storage panel's health line, and what it is measured against: the last backup exported.
  v.strictObject({ type: v.literal('library/health') }),
  v.strictObject({
    type: v.literal('library/exported'),
    pages: v.pipe(v.number(), v.integer(), v.minValue(0)),
    highlights: v.pipe(v.number(), v.integer(), v.minValue(0)),
    films: v.pipe(v.number(), v.integer(), v.minValue(0)),
    bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({ type: v.literal('highlight/restore'), highlight: v.unknown() }),
  v.strictObject({ type: v.literal('film-rating/delete'), id }),
  v.strictObject({ type: v.literal('storage/estimate') }),
  // Painting on or off for the site (origin) of a tab, kept by the background.
  v.strictObject({ type: v.literal('site/painting'), tabId, paint: v.boolean() }),
  // The side panel and popup: other saved reviews of this page's film, and its Letterboxd rating.
  // `film`: the film the reader's view shows, for a review not saved yet (no page record to read it from).
  v.strictObject({
    type: v.literal('film/related'),
    pageId: id,
    film: v.optional(v.strictObject({ title: str(1_000), year: v.nullable(v.pipe(v.number(), v.integer())) })),
  }),
  // The side panel takes the highlight it was opened for (once), to focus its note.
  v.strictObject({ type: v.literal('sidepanel/focus'), tabId }),
]);
