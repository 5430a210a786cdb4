/** A page the reader visited: its identity, what was detected there, their correction and their entry. */
import * as v from 'valibot';
import { DetectionSchema, FilmSchema } from './detection';
import { ReaderEntrySchema } from './entry';
import { LIMITS } from './limits';
import { httpUrl, revision, str, time } from './schema-parts';

/** A reader's correction of the extraction; each field set here wins over what the page says. */
export const CorrectionSchema = v.strictObject({
  isReview: v.optional(v.boolean()),
  film: v.optional(v.partial(FilmSchema)),
});

export const PageRecordSchema = v.object({
  /** Page identity: canonical link (same origin), else the URL without fragment and tracking parameters. */
  id: httpUrl('page id'),
  url: httpUrl('page url'),
  /** Every other URL this page was reached at. */
  aliases: v.pipe(v.array(str(LIMITS.url)), v.maxLength(1_000)),
  site: str(500),
  postTitle: str(LIMITS.postTitle),
  /** The last extraction seen on the page (null when the page was never detected). */
  detection: v.nullable(DetectionSchema),
  correction: v.nullable(CorrectionSchema),
  entry: ReaderEntrySchema,
  createdAt: time,
  updatedAt: time,
  /** Since schema v5: one more on every edit of the entry or the correction (absent in older backups: 0). */
  rev: v.optional(revision),
});

export type FilmCorrection = v.InferOutput<typeof CorrectionSchema>;
export type PageRecord = v.InferOutput<typeof PageRecordSchema>;
