/** What the extraction says a page is about: the film, the review, and why. */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { str } from './schema-parts';

/** A person credited on screen. `pageSpelling` keeps the page's own spelling when it differs from `name`. */
export const CastMemberSchema = v.object({
  name: str(LIMITS.name),
  character: v.optional(str(LIMITS.name)),
  voice: v.optional(v.boolean()),
  pageSpelling: v.optional(str(LIMITS.name)),
});

/** The film a page is about; unknown fields stay null / empty. */
export const FilmSchema = v.object({
  title: v.nullable(str(LIMITS.title)),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200))),
  directors: v.pipe(v.array(str(LIMITS.name)), v.maxLength(50)),
  cast: v.pipe(v.array(CastMemberSchema), v.maxLength(200)),
  /** English Wikipedia article name, when the film was linked to the film index. */
  wikipedia: v.optional(str(300)),
});

/** The reviewer's own rating; `normalized` is on a 0–5 scale, the original scale is kept in value/best/worst. */
export const ReviewRatingSchema = v.object({
  value: v.number(),
  best: v.number(),
  worst: v.number(),
  normalized: v.pipe(v.number(), v.minValue(0), v.maxValue(5)),
});

export const ReviewInfoSchema = v.object({
  author: v.optional(str(LIMITS.name)),
  published: v.optional(str(100)),
  rating: v.optional(ReviewRatingSchema),
});

const AlternativeSchema = v.object({
  title: str(LIMITS.title),
  year: v.number(),
  directors: v.pipe(v.array(str(LIMITS.name)), v.maxLength(10)),
  wikipedia: str(300),
});

/** Result of the extraction. `signals` are human readable reasons, strongest first. */
export const DetectionSchema = v.object({
  isReview: v.boolean(),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  signals: v.pipe(v.array(str(500)), v.maxLength(50)),
  film: FilmSchema,
  review: ReviewInfoSchema,
  /** The scoring model's inputs, so the background can rescore with the film index and site history. */
  features: v.optional(
    v.pipe(
      v.record(str(40), v.pipe(v.number(), v.finite())),
      v.check((r) => Object.keys(r).length <= 40, 'too many features'),
    ),
  ),
  /** Other films of the index the page may be about (filled in the background), best first. */
  alternatives: v.optional(v.pipe(v.array(AlternativeSchema), v.maxLength(10))),
});

export type CastMember = v.InferOutput<typeof CastMemberSchema>;
export type Film = v.InferOutput<typeof FilmSchema>;
export type ReviewRating = v.InferOutput<typeof ReviewRatingSchema>;
export type ReviewInfo = v.InferOutput<typeof ReviewInfoSchema>;
export type Detection = v.InferOutput<typeof DetectionSchema>;
