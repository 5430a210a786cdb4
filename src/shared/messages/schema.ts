/**
 * The message protocol, as validation schemas: the background checks every
 * incoming message against these before acting. Types are derived from them
 * (see ./types.ts), so the contract and its check cannot drift apart.
 * Only the background imports this file at run time; other contexts import types.
 */
import * as v from 'valibot';

const MAX_TEXT = 20_000;
const MAX_NOTE = 100_000;
const str = (max = 2_000) => v.pipe(v.string(), v.maxLength(max));
const url = v.pipe(v.string(), v.maxLength(8_000), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const CastMemberSchema = v.object({
  name: str(300),
  character: v.optional(str(300)),
  voice: v.optional(v.boolean()),
  pageSpelling: v.optional(str(300)),
});

export const FilmSchema = v.object({
  title: v.nullable(str(500)),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200))),
  directors: v.pipe(v.array(str(300)), v.maxLength(50)),
  cast: v.pipe(v.array(CastMemberSchema), v.maxLength(200)),
  wikipedia: v.optional(str(300)),
});

export const DetectionSchema = v.object({
  isReview: v.boolean(),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  signals: v.pipe(v.array(str(500)), v.maxLength(50)),
  film: FilmSchema,
  review: v.object({
    author: v.optional(str(300)),
    published: v.optional(str(100)),
    rating: v.optional(
      v.object({ value: v.number(), best: v.number(), worst: v.number(), normalized: v.pipe(v.number(), v.minValue(0), v.maxValue(5)) }),
    ),
  }),
  features: v.optional(v.pipe(v.record(str(40), v.pipe(v.number(), v.finite())), v.check((r) => Object.keys(r).length <= 40, 'too many features'))),
  alternatives: v.optional(
    v.pipe(v.array(v.object({ title: str(500), year: v.number(), directors: v.pipe(v.array(str(300)), v.maxLength(10)), wikipedia: str(300) })), v.maxLength(10)),
  ),
});

/** What the page tools offer for linking to the film index (see shared/film/candidates.ts). */
export const LinkCandidatesSchema = v.object({
  titles: v.pipe(v.array(v.object({ text: str(300), weight: v.number(), from: str(40) })), v.maxLength(60)),
  names: v.pipe(v.array(str(300)), v.maxLength(3000)),
  years: v.pipe(v.array(v.number()), v.maxLength(20)),
});

export const SelectorSchema = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(str(MAX_TEXT), v.minLength(1)), prefix: v.optional(str(500)), suffix: v.optional(str(500)) }),
  v.object({ type: v.literal('TextPositionSelector'), start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({
    type: v.literal('RangeSelector'),
    startContainer: str(2_000),
    startOffset: v.pipe(v.number(), v.integer(), v.minValue(0)),
    endContainer: str(2_000),
    endOffset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
]);

export const ColorSchema = v.picklist(['yellow', 'green', 'blue', 'pink']);

const HalfStar = v.pipe(
  v.number(),
  v.minValue(0.5),
  v.maxValue(5),
  v.check((n) => Number.isInteger(n * 2), 'rating must be in half stars'),
);
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'));

export const EntryPatchSchema = v.partial(
  v.strictObject({
    rating: v.nullable(HalfStar),
    liked: v.boolean(),
    rewatch: v.boolean(),
    watchedDate: v.nullable(IsoDate),
    tags: v.pipe(v.array(v.pipe(str(100), v.trim(), v.minLength(1))), v.maxLength(100)),
    note: str(MAX_NOTE),
  }),
);

export const CorrectionSchema = v.strictObject({
  isReview: v.optional(v.boolean()),
  film: v.optional(v.partial(FilmSchema)),
});

const HighlightUpdate = v.strictObject({ type: v.literal('highlight/update'), id, note: v.optional(str(MAX_NOTE)), color: v.optional(ColorSchema) });
const HighlightDelete = v.strictObject({ type: v.literal('highlight/delete'), id });

/** Where a page is: its URL and what it says its canonical link is. */
const PageRef = { url, canonical: v.optional(v.nullable(str(8_000))), title: v.optional(str(1_000)) };

/** Messages content scripts may send (the sender must be a tab). */
export const ContentMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('tab/hello'), ...PageRef, likely: v.boolean(), signals: v.pipe(v.array(str(200)), v.maxLength(20)) }),
  v.strictObject({ type: v.literal('tools/ensure') }),
  v.strictObject({ type: v.literal('page/detected'), ...PageRef, detection: DetectionSchema, candidates: v.optional(LinkCandidatesSchema) }),
  v.strictObject({ type: v.literal('highlights/forPage'), ...PageRef }),
  // No note, no edit, no delete: the reader's words are typed and changed only in the
  // extension's own pages. `openPanel` asks for the side panel, focused on the new highlight.
  v.strictObject({
    type: v.literal('highlight/create'),
    ...PageRef,
    text: v.pipe(str(MAX_TEXT), v.minLength(1)),
    selectors: v.pipe(v.array(SelectorSchema), v.minLength(1), v.maxLength(5)),
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
  v.strictObject({ type: v.literal('entry/update'), target: v.union([v.object({ tabId }), v.object({ pageId: id })]), patch: EntryPatchSchema }),
  v.strictObject({ type: v.literal('film/correct'), target: v.union([v.object({ tabId }), v.object({ pageId: id })]), correction: v.nullable(CorrectionSchema) }),
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
  v.strictObject({ type: v.literal('library/export'), format: v.picklist(['backup', 'web-annotation', 'markdown', 'letterboxd']) }),
  v.strictObject({
    type: v.literal('library/import'),
    kind: v.picklist(['backup', 'hypothesis', 'letterboxd', 'web-annotation']),
    text: v.pipe(v.string(), v.maxLength(200_000_000)),
    /** The file's name (a lone Letterboxd CSV is read for what its name says it is). */
    name: v.optional(v.pipe(v.string(), v.maxLength(500))),
    /** Every CSV of a Letterboxd export ZIP, by its path in the ZIP (then `text` is ''). */
    files: v.optional(v.pipe(v.array(v.object({ path: v.pipe(v.string(), v.maxLength(500)), text: v.pipe(v.string(), v.maxLength(200_000_000)) })), v.maxLength(500))),
    /** Plan only: say what would be added, changed and skipped, write nothing. */
    preview: v.optional(v.boolean()),
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
