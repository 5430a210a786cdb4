/** WordPress/Blogger categories and tags (rel="tag", category-film-reviews classes), article:tag/section metas, URL slug. */
import type { Adapter, Evidence } from '../context';
import { looksLikeName } from '../names';
import { FILM_REVIEW, FILM_WORD, REVIEW_WORD, notFilm } from '../topics';

export const taxonomy: Adapter = (ctx) => {
  const ev: Evidence = { source: 'taxonomy', signals: [], score: 0 };
  const cls = ctx.classTokens.filter((c) => /^(?:category|tag|label)-/.test(c)).map((c) => c.replace(/^(?:category|tag|label)-/, '').replace(/-/g, ' '));
  const all = [...ctx.taxonomy, ...cls];
  const filmReview = all.find((t) => FILM_REVIEW.test(t) || (REVIEW_WORD.test(t) && FILM_WORD.test(t)));
  if (filmReview) {
    ev.score += 4;
    ev.signals.push(`category/tag: ${filmReview}`);
  } else {
    const film = all.find((t) => /^(?:films?|movies?|cinema)$/i.test(t.trim()));
    const review = all.find((t) => /^reviews?$/i.test(t.trim()));
    if (film && review) {
      ev.score += 3;
      ev.signals.push(`category/tag: ${film} + ${review}`);
    } else if (film) {
      ev.score += 1;
      ev.signals.push(`category/tag: ${film}`);
    } else if (review) {
      ev.score += 1;
      ev.signals.push(`category/tag: ${review}`);
    }
  }
  const neg = all.map((t) => ({ t, n: notFilm(t) })).find((x) => x.n && x.n.why !== 'news');
  if (neg?.n && !filmReview) {
    ev.score -= neg.n.weight - 1;
    ev.signals.push(`category/tag looks like ${neg.n.why}: ${neg.t}`);
  }
  ev.spellings = ctx.taxonomy.filter((t) => looksLikeName(t, 2) && !FILM_WORD.test(t) && !REVIEW_WORD.test(t));

  const slug = ctx.url.toLowerCase().replace(/^[a-z]+:\/\/[^/]+/, '').replace(/[?#].*$/, '');
  if (slug) {
    const listy = /\b(?:best|top|\d+-in-review|ranked|worst)\b/.test(slug.replace(/[-_/]/g, ' ')) && /movies|films/.test(slug);
    if (listy) {
      ev.score -= 2;
      ev.signals.push('URL looks like a list');
    } else if (/review/.test(slug) && /movie|film|cinema/.test(slug)) {
      ev.score += 1.5;
      ev.signals.push('URL: film review');
    } else if (/(?:^|[/_-])reviews?(?:[/_.-]|$)/.test(slug)) {
      ev.score += 0.5;
      ev.signals.push('URL: review');
    }
  }
  return ev.signals.length || ev.spellings.length ? ev : null;
};
