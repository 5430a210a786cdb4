/**
 * You and the critics: for each reviewer whose rating the page gave, on the
 * reviews the reader rated too, how close the reader's rating is to theirs.
 * Both on the 0–5 scale (the critic's as detection.review.rating.normalized).
 * Pure: no browser APIs.
 */
import { fold } from './fold';
import type { PageRow } from './library-model';

export interface RatedReview {
  row: PageRow;
  /** The critic's rating on 0–5. */
  theirs: number;
  yours: number;
}

export interface CriticAgreement {
  key: string;
  name: string;
  reviews: RatedReview[];
  /** Mean of |yours − theirs|, in stars. */
  meanGap: number;
  /** Mean of yours − theirs: above 0 when the reader rates higher. */
  meanLean: number;
  /** Reviews where the two ratings are at most half a star apart. */
  within: number;
  /** 100 when every rating is the same, 0 when always 5 stars apart. */
  agreement: number;
}

/** One entry per critic with at least one review the reader rated, most reviews first. */
export function criticAgreement(rows: readonly PageRow[]): CriticAgreement[] {
  const byCritic = new Map<string, { name: string; reviews: RatedReview[] }>();
  for (const row of rows) {
    const review = row.page.detection?.review;
    const name = review?.author?.trim();
    const theirs = review?.rating?.normalized;
    const yours = row.page.entry.rating;
    if (!name || theirs === undefined || !Number.isFinite(theirs) || yours === null) continue;
    const key = fold(name).replace(/\s+/g, ' ');
    let c = byCritic.get(key);
    if (!c) byCritic.set(key, (c = { name, reviews: [] }));
    c.reviews.push({ row, theirs: Math.min(5, Math.max(0, theirs)), yours });
  }
  const out: CriticAgreement[] = [];
  for (const [key, { name, reviews }] of byCritic) {
    const gaps = reviews.map((r) => r.yours - r.theirs);
    const meanGap = gaps.reduce((s, g) => s + Math.abs(g), 0) / gaps.length;
    const meanLean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
    out.push({ key, name, reviews, meanGap, meanLean, within: gaps.filter((g) => Math.abs(g) <= 0.5 + 1e-9).length, agreement: Math.round(100 * (1 - meanGap / 5)) });
  }
  return out.sort((a, b) => b.reviews.length - a.reviews.length || a.name.localeCompare(b.name));
}
