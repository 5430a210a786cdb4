/** What the reader records about the film they read a review of, modelled on film diaries. */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { str } from './schema-parts';

export const HalfStarSchema = v.pipe(
  v.number(),
  v.minValue(0.5),
  v.maxValue(5),
  v.check((n) => Number.isInteger(n * 2), 'rating must be in half stars'),
);
export const IsoDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'));
export const TagsSchema = v.pipe(v.array(v.pipe(str(LIMITS.tag), v.trim(), v.minLength(1))), v.maxLength(LIMITS.tags));

export const ReaderEntrySchema = v.strictObject({
  /** 0.5–5 in half stars, null when not rated. */
  rating: v.nullable(HalfStarSchema),
  liked: v.boolean(),
  rewatch: v.boolean(),
  /** ISO date (YYYY-MM-DD) or null. */
  watchedDate: v.nullable(IsoDateSchema),
  tags: TagsSchema,
  /** Markdown, rendered as text-only markup. */
  note: str(LIMITS.note),
});

/** A change to some fields of an entry. */
export const EntryPatchSchema = v.partial(ReaderEntrySchema);

export type ReaderEntry = v.InferOutput<typeof ReaderEntrySchema>;
export type EntryPatch = v.InferOutput<typeof EntryPatchSchema>;
