/**
 * How values read on the options page.
 * Pure: no browser APIs.
 */
import type { ReviewInfo } from '../../shared/film/types';
import { localDay } from './filters';

export function ratingLabel(rating: number | null): string {
  return rating === null ? '—' : `${rating} / 5`;
}

export function dayLabel(ms: number): string {
  return localDay(ms);
}

export function filmLabel(title: string | null | undefined, year: number | null | undefined): string {
  const t = title?.trim();
  if (!t) return 'No film named';
  return year ? `${t} (${year})` : t;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function bytesLabel(bytes: number | null): string {
  if (bytes === null) return 'unknown';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

/** The first characters of a text on one line, for a table cell. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Only web links become links; anything else is shown as text. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * A link that opens the page scrolled to a passage, with a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/); browsers without them open the page.
 */
export function passageHref(url: string, text: string): string | undefined {
  const base = safeHref(url);
  if (!base) return undefined;
  // "-", "," and "&" have meaning in the fragment syntax, so they are escaped too.
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const directive = words.length <= 12 ? enc(words.join(' ')) : `${enc(words.slice(0, 5).join(' '))},${enc(words.slice(-5).join(' '))}`;
  return `${base.replace(/#.*$/, '')}#:~:text=${directive}`;
}

/** A rating on the 0–5 scale in half-star steps or finer, as "3.5". */
const fiveScale = (n: number) => String(Math.round(n * 10) / 10);

/** The critic's rating as the page gave it and on the reader's 0–5 scale: "7/10 (3.5 / 5)". */
export function criticRatingLabel(r: NonNullable<ReviewInfo['rating']>): string {
  const onFive = `${fiveScale(r.normalized)} / 5`;
  return r.best === 5 ? onFive : `${r.value}/${r.best} (${onFive})`;
}

/** "by Anna Critic, 7/10 (3.5 / 5)": who wrote the review and what they gave, when the page says. */
export function criticLine(review: ReviewInfo | undefined): string {
  if (!review) return '';
  const by = review.author?.trim() ? `by ${review.author.trim()}` : '';
  const rated = review.rating ? `their rating ${criticRatingLabel(review.rating)}` : '';
  return [by, rated].filter(Boolean).join(', ');
}
