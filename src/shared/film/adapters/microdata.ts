/** schema.org microdata (itemscope/itemtype/itemprop) and RDFa (typeof/property). */
import type { Adapter, Evidence } from '../context';
import type { CastMember } from '../types';
import { clean, yearOf } from '../text';
import { FILM_TYPES, OTHER_ITEM_TYPES, REVIEW_TYPES, makeRating, typeName } from './schema-common';

interface Dialect { scope: string; type: string; prop: string }
const MICRODATA: Dialect = { scope: '[itemscope]', type: 'itemtype', prop: 'itemprop' };
const RDFA: Dialect = { scope: '[typeof]', type: 'typeof', prop: 'property' };

function typesOf(el: Element, d: Dialect): string[] {
  return (el.getAttribute(d.type) ?? '').split(/\s+/).filter(Boolean).map(typeName);
}

/** Properties whose nearest enclosing item is `scope`. */
function props(scope: Element, name: string, d: Dialect): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(scope.querySelectorAll(`[${d.prop}]`)).slice(0, 500)) {
    const names = (el.getAttribute(d.prop) ?? '').split(/\s+/).map(typeName);
    if (!names.includes(name.toLowerCase())) continue;
    if (el.parentElement?.closest(d.scope) === scope) out.push(el);
  }
  return out;
}

function value(el: Element | undefined, d: Dialect): string {
  if (!el) return '';
  if (el.matches(d.scope)) {
    const n = props(el, 'name', d)[0];
    if (n) return value(n, d);
  }
  return clean(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent, 300);
}

function find(doc: Document, d: Dialect, set: Set<string>): Element[] {
  return Array.from(doc.querySelectorAll(d.scope)).slice(0, 300).filter((el) => typesOf(el, d).some((t) => set.has(t)));
}

function fromDialect(doc: Document, d: Dialect, label: string): Evidence | null {
  const reviews = find(doc, d, REVIEW_TYPES);
  let movie: Element | undefined;
  let review: Element | undefined;
  const ev: Evidence = { source: label, signals: [], score: 0, structured: true };
  for (const r of reviews) {
    const item = props(r, 'itemReviewed', d)[0];
    const it = item ? typesOf(item, d) : [];
    if (item && it.some((t) => FILM_TYPES.has(t))) {
      movie = item;
      review = r;
      break;
    }
    if (it.some((t) => OTHER_ITEM_TYPES.has(t))) {
      ev.score -= 6;
      ev.signals.push(`${label} Review of a ${it.find((t) => OTHER_ITEM_TYPES.has(t))}, not a film`);
    }
  }
  if (!movie) {
    movie = find(doc, d, FILM_TYPES)[0];
    if (movie) {
      const r = props(movie, 'review', d);
      if (r.length === 1) review = r[0];
    }
  }
  if (!movie) return ev.signals.length ? ev : null;
  ev.title = value(props(movie, 'name', d)[0], d) || undefined;
  ev.titleWeight = review ? 10 : 7;
  const y = yearOf(value(props(movie, 'dateCreated', d)[0] ?? props(movie, 'datePublished', d)[0], d));
  if (y) ev.year = y;
  ev.directors = props(movie, 'director', d).map((e) => value(e, d)).filter(Boolean);
  const cast: CastMember[] = [];
  for (const e of [...props(movie, 'actor', d), ...props(movie, 'actors', d)]) {
    const name = value(e, d);
    const ch = e.matches(d.scope) ? value(props(e, 'characterName', d)[0], d) : '';
    if (name) cast.push(ch ? { name, character: ch } : { name });
  }
  ev.cast = cast;
  ev.spellings = [...ev.directors, ...cast.map((c) => c.name)];
  if (review) {
    ev.score += 8;
    ev.signals.unshift(`${label} Review of a Movie`);
    const author = value(props(review, 'author', d)[0], d);
    const pub = value(props(review, 'datePublished', d)[0], d);
    const rr = props(review, 'reviewRating', d)[0];
    ev.review = {};
    if (author) ev.review.author = author;
    if (pub) ev.review.published = pub;
    if (rr) {
      const rating = makeRating(value(props(rr, 'ratingValue', d)[0], d), value(props(rr, 'bestRating', d)[0], d) || undefined, value(props(rr, 'worstRating', d)[0], d) || undefined);
      if (rating) ev.review.rating = rating;
    }
  } else {
    ev.score += 1;
    ev.signals.unshift(`${label} Movie`);
  }
  return ev;
}

export const microdata: Adapter = (ctx) => fromDialect(ctx.doc, MICRODATA, 'microdata');
export const rdfa: Adapter = (ctx) => fromDialect(ctx.doc, RDFA, 'RDFa');
