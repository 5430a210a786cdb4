/**
 * The reader's data model: one home for every record shape. Each file holds a
 * record's valibot schema and the type derived from it; this index gives the
 * types, limits and derived values. Schemas are imported from their own files
 * (`records/page`, `records/highlight`, …) by code that validates: the
 * background, imports and restores.
 * Only the background writes records (see src/background/); the UIs receive copies.
 */
export { LIMITS, HIGHLIGHT_COLORS, type HighlightColor } from './limits';
export type { Selector, TextQuoteSelector, TextPositionSelector, RangeSelector } from './selector';
export type { CastMember, Film, ReviewRating, ReviewInfo, Detection } from './detection';
export type { ReaderEntry, EntryPatch } from './entry';
export type { FilmCorrection, PageRecord } from './page';
export type { HighlightRecord, PageSnapshot } from './highlight';
export type { Library } from './library';
export { emptyEntry, effectiveFilm, effectiveIsReview } from './derive';
