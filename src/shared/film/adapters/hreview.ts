/** Microformats hReview (class="hreview", .item .fn, .rating, .reviewer, .dtreviewed) and h-review. */
import type { Adapter } from '../context';
import { clean, splitYear } from '../text';
import { makeRating } from './schema-common';

export const hReview: Adapter = (ctx) => {
  const root = ctx.doc.querySelector('.hreview, .h-review');
  if (!root) return null;
  const fn = root.querySelector('.item .fn, .item.fn, .p-item .p-name, .p-item.h-product .p-name, .p-item');
  const { title, year } = splitYear(clean(fn?.textContent, 300));
  const ratingEl = root.querySelector('.rating, .p-rating');
  let rating;
  if (ratingEl) {
    const v = ratingEl.querySelector('.value')?.textContent ?? ratingEl.getAttribute('title') ?? ratingEl.textContent;
    const best = ratingEl.querySelector('.best')?.textContent ?? ratingEl.querySelector('.best')?.getAttribute('title');
    const worst = ratingEl.querySelector('.worst')?.textContent ?? undefined;
    rating = makeRating(clean(v, 20).replace(/\/.*$/, ''), best ?? undefined, worst);
  }
  const author = clean(root.querySelector('.reviewer .fn, .reviewer, .p-author')?.textContent, 100);
  const dt = root.querySelector('.dtreviewed, .dt-published');
  const published = clean(dt?.getAttribute('title') ?? dt?.getAttribute('datetime') ?? dt?.textContent, 60);
  const kind = clean(root.querySelector('.type')?.textContent, 40).toLowerCase();
  const notFilm = kind && !/film|movie/.test(kind) && kind !== 'product';
  return {
    source: 'hreview',
    signals: [notFilm ? `hReview of a ${kind}` : 'hReview'],
    score: notFilm ? -2 : 3,
    structured: true,
    title: title || undefined,
    titleWeight: 9,
    ...(year ? { year } : {}),
    review: { ...(author ? { author } : {}), ...(published ? { published } : {}), ...(rating ? { rating } : {}) },
  };
};
