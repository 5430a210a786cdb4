/** schema.org JSON-LD: Review/CriticReview of a Movie, Movie with review, @graph, arrays of types, @id references. */
import type { Adapter, Evidence } from '../context';
import type { CastMember, ReviewInfo } from '../types';
import { clean, yearOf } from '../text';
import { FILM_TYPES, OTHER_ITEM_TYPES, REVIEW_TYPES, makeRating, typeName } from './schema-common';

type Node = Record<string, unknown>;
const MAX_NODES = 5000;
const MAX_SCRIPT = 1_000_000;

function parse(raw: string): unknown {
  const s = raw.slice(0, MAX_SCRIPT).trim().replace(/^<!--/, '').replace(/-->$/, '').replace('<![CDATA[', '').replace(/\]\]>\s*(?:\*\/)?\s*$/, '');
  try {
    return JSON.parse(s);
  } catch {
    // Hand-written JSON-LD often has trailing commas or raw newlines inside strings.
    // CDATA wrappers (`<![CDATA[ … ]]>`), HTML comments and trailing commas.
    const a = s.search(/[[{]/);
    const b = Math.max(s.lastIndexOf('}'), s.lastIndexOf(']'));
    if (a === -1 || b <= a) return undefined;
    try {
      return JSON.parse(s.slice(a, b + 1).replace(/,(\s*[}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function types(n: Node): string[] {
  const t = n['@type'];
  const arr = Array.isArray(t) ? t : [t];
  return arr.filter((x): x is string => typeof x === 'string').map(typeName);
}

function isObj(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, 100) : v === undefined || v === null ? [] : [v];
}

/** Collect every object node, iteratively and bounded. */
function collect(roots: unknown[]): Node[] {
  const out: Node[] = [];
  const stack: Array<{ v: unknown; d: number }> = roots.map((v) => ({ v, d: 0 }));
  while (stack.length && out.length < MAX_NODES) {
    const { v, d } = stack.pop()!;
    if (d > 40) continue;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 500)) stack.push({ v: x, d: d + 1 });
    } else if (isObj(v)) {
      out.push(v);
      for (const k of Object.keys(v).slice(0, 200)) {
        const x = v[k];
        if (typeof x === 'object' && x !== null) stack.push({ v: x, d: d + 1 });
      }
    }
  }
  return out;
}

function text(v: unknown): string {
  if (typeof v === 'string') return clean(v, 300);
  if (Array.isArray(v)) return text(v[0]);
  if (isObj(v)) return text(v.name ?? v['@value']);
  return '';
}

function people(v: unknown, ids: Map<string, Node>): string[] {
  return list(v)
    .map((p) => (isObj(p) && typeof p['@id'] === 'string' && !p.name ? ids.get(p['@id']) ?? p : p))
    .map(text)
    .filter(Boolean);
}

function castOf(movie: Node, ids: Map<string, Node>): CastMember[] {
  const out: CastMember[] = [];
  for (const key of ['actor', 'actors', 'performer']) {
    for (let a of list(movie[key])) {
      if (isObj(a) && typeof a['@id'] === 'string' && !a.name) a = ids.get(a['@id']) ?? a;
      if (isObj(a) && types(a).includes('performancerole')) {
        const name = text(a.actor ?? a.performer);
        const character = text(a.characterName ?? a.roleName);
        if (name) out.push(character ? { name, character } : { name });
      } else {
        const name = text(a);
        if (name) out.push({ name });
      }
    }
  }
  return out;
}

function reviewInfo(r: Node, ids: Map<string, Node>): ReviewInfo {
  const info: ReviewInfo = {};
  const author = people(r.author, ids)[0];
  if (author) info.author = author;
  const pub = text(r.datePublished ?? r.dateCreated);
  if (pub) info.published = pub;
  const rr = isObj(r.reviewRating) ? r.reviewRating : undefined;
  const rating = rr && makeRating(rr.ratingValue, rr.bestRating, rr.worstRating);
  if (rating) info.rating = rating;
  return info;
}

export const jsonLd: Adapter = (ctx) => {
  const scripts = Array.from(ctx.doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 30);
  if (!scripts.length) return null;
  const roots: unknown[] = [];
  let broken = 0;
  for (const s of scripts) {
    const v = parse(s.textContent ?? '');
    if (v === undefined) broken++;
    else roots.push(v);
  }
  const nodes = collect(roots);
  const ids = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1) ids.set(n['@id'], n);
  const deref = (v: unknown): Node | undefined => {
    const first = list(v)[0];
    if (!isObj(first)) return undefined;
    if (typeof first['@id'] === 'string' && !first['@type']) return ids.get(first['@id']) ?? first;
    return first;
  };

  const ev: Evidence = { source: 'json-ld', signals: [], score: 0, structured: true };
  if (broken) ev.signals.push(`json-ld: ${broken} unparseable block(s) ignored`);
  let movie: Node | undefined;
  let review: Node | undefined;
  for (const n of nodes) {
    const t = types(n);
    if (t.some((x) => REVIEW_TYPES.has(x))) {
      const item = deref(n.itemReviewed);
      const it = item ? types(item) : [];
      if (item && it.some((x) => FILM_TYPES.has(x))) {
        review = n;
        movie = item;
        break;
      }
      if (it.some((x) => OTHER_ITEM_TYPES.has(x))) {
        ev.score -= 6;
        ev.signals.push(`schema.org Review of a ${it.find((x) => OTHER_ITEM_TYPES.has(x))}, not a film`);
      }
    }
    if (t.includes('recipe')) {
      ev.score -= 6;
      ev.signals.push('schema.org Recipe');
    }
    if (t.includes('itemlist') && list(n.itemListElement).length > 2) {
      const films = list(n.itemListElement).filter((e) => isObj(e) && (types(e).some((x) => FILM_TYPES.has(x)) || (isObj(e.item) && types(e.item).some((x) => FILM_TYPES.has(x)))));
      if (films.length > 2) {
        ev.score -= 4;
        ev.signals.push('schema.org ItemList of films');
      }
    }
  }
  if (!movie) {
    for (const n of nodes) {
      if (types(n).some((x) => FILM_TYPES.has(x))) {
        const rv = deref(n.review);
        if (rv && !list(n.review).slice(1).length) review = rv;
        movie = n;
        break;
      }
    }
  }
  if (!movie) return ev.signals.length ? ev : null;
  ev.title = text(movie.name) || undefined;
  ev.titleWeight = 10;
  const y = yearOf(movie.dateCreated) ?? yearOf(movie.datePublished) ?? yearOf(movie.releasedEvent && isObj(movie.releasedEvent) ? movie.releasedEvent.startDate : undefined) ?? yearOf(movie.copyrightYear);
  if (y) ev.year = y;
  ev.directors = people(movie.director ?? movie.directors, ids);
  ev.cast = castOf(movie, ids);
  ev.spellings = [...ev.directors, ...ev.cast.map((c) => c.name)];
  if (review) {
    ev.score += 8;
    ev.signals.unshift('schema.org Review of a Movie');
    ev.review = reviewInfo(review, ids);
  } else {
    // A Movie alone names the film (trusted for its title and people) but is no evidence of a review: a film's
    // database page (IMDb-like) has one too.
    ev.titleWeight = 7;
    ev.signals.unshift('schema.org Movie');
  }
  return ev;
};
