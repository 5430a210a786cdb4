/** A person credited on screen. `pageSpelling` keeps the page's own spelling when it differs from `name`. */
export interface CastMember { name: string; character?: string; voice?: boolean; pageSpelling?: string }
/** The film a page is about; unknown fields stay null / empty. */
export interface Film {
  title: string | null;
  year: number | null;
  directors: string[];
  cast: CastMember[];
  /** English Wikipedia article name, when the film was linked to the film index. */
  wikipedia?: string;
}
/** The reviewer's own rating; `normalized` is on a 0–5 scale, the original scale is kept in value/best/worst. */
export interface ReviewRating { value: number; best: number; worst: number; normalized: number /* 0–5 */ }
export interface ReviewInfo { author?: string; published?: string; rating?: ReviewRating }
/** Result of {@link extractFilm}. `signals` are human readable reasons, strongest first. */
export interface Detection {
  isReview: boolean;
  confidence: number /* 0–1 */;
  signals: string[];
  film: Film;
  review: ReviewInfo;
  /** The scoring model's inputs (see model.ts), so the background can rescore with the film index and site history. */
  features?: Record<string, number>;
  /** Other films of the index the page may be about (filled in the background), best first. */
  alternatives?: Array<{ title: string; year: number; directors: string[]; wikipedia: string }>;
}
