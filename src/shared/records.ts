/**
 * The shapes the reader's data takes, shared by every context.
 * Only the background writes them (see src/background/); the UIs receive copies.
 */
import type { Detection, Film } from './film/types';

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';
export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];

/** W3C Web Annotation selectors we store (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelectorRecord { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
export interface TextPositionSelectorRecord { type: 'TextPositionSelector'; start: number; end: number }
/** Hypothesis's DOM range (XPaths and offsets): not used to anchor, kept so that nothing an import read is lost. */
export interface RangeSelectorRecord { type: 'RangeSelector'; startContainer: string; startOffset: number; endContainer: string; endOffset: number }
export type SelectorRecord = TextQuoteSelectorRecord | TextPositionSelectorRecord | RangeSelectorRecord;

/** What the reader records about the film they read a review of, modelled on film diaries. */
export interface ReaderEntry {
  /** 0.5–5 in half stars, null when not rated. */
  rating: number | null;
  liked: boolean;
  rewatch: boolean;
  /** ISO date (YYYY-MM-DD) or null. */
  watchedDate: string | null;
  tags: string[];
  /** Markdown, rendered as text-only markup. */
  note: string;
}

/** A reader's correction of the extraction; each field set here wins over what the page says. */
export interface FilmCorrection {
  isReview?: boolean;
  film?: Partial<Film>;
}

export interface PageRecord {
  /** Page identity: canonical link, else the URL without fragment and tracking parameters. */
  id: string;
  url: string;
  /** Every other URL this page was reached at. */
  aliases: string[];
  site: string;
  postTitle: string;
  /** The last extraction seen on the page (null when the page was never detected). */
  detection: Detection | null;
  correction: FilmCorrection | null;
  entry: ReaderEntry;
  createdAt: number;
  updatedAt: number;
}

export interface HighlightRecord {
  id: string;
  pageId: string;
  text: string;
  selectors: SelectorRecord[];
  color: HighlightColor;
  note: string;
  /** Tags of the passage itself (imported annotations carry them); absent when it has none. */
  tags?: string[];
  /** Where the last visit found it; an orphan is kept, never dropped. */
  lastStatus: 'placed' | 'orphan' | 'unknown';
  createdAt: number;
  updatedAt: number;
}

export function emptyEntry(): ReaderEntry {
  return { rating: null, liked: false, rewatch: false, watchedDate: null, tags: [], note: '' };
}

/** The film as the reader should see it: extraction, overridden field by field by their correction. */
export function effectiveFilm(detection: Detection | null, correction: FilmCorrection | null): Film {
  const base: Film = detection?.film ?? { title: null, year: null, directors: [], cast: [] };
  return { ...base, ...(correction?.film ?? {}) };
}

export function effectiveIsReview(detection: Detection | null, correction: FilmCorrection | null): boolean {
  return correction?.isReview ?? detection?.isReview ?? false;
}
