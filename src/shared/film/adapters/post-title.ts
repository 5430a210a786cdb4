/** The post's headline: "Review: Her (2013)", "Her – film review", "Film Review | Her", "'Dune' review", quoted titles. */
import type { Adapter, Evidence } from '../context';
import { clean, splitYear, tidyTitle, wordCount } from '../text';
import { FILM_REVIEW, FILM_WORD, REVIEW_WORD, notFilm } from '../topics';

const SEP = '\\s*[:|–—\\-•·]\\s*';
/** Shapes with the title before or after a review label. Each is anchored and linear. */
const SHAPES: RegExp[] = [
  new RegExp(`^(?:(?:film|movie|cinema)\\s+)?reviews?(?:\\s+of)?${SEP}(.{1,150})$`, 'i'),
  new RegExp(`^(.{1,150}?)${SEP}(?:an?\\s+|the\\s+)?(?:(?:film|movie|cinema)\\s+)?reviews?\\b.{0,150}$`, 'i'),
  /^(.{1,150}?)\s+(?:(?:film|movie)\s+)?reviews?\s*(?:(?:[:–—\-|,&•·]|by\s)\s*.{0,200})?$/i,
  /^(?:(?:film|movie)\s+)?review\s+of\s+(.{1,150})$/i,
];
const QUOTED = /(?:^|[\s(:—–-])[‘“"'«]([^‘’“”"'«»]{1,80})[’”"'»](?!\p{L})/u;

/** Title from a headline that names its film in quotes: "The new 'Dune' is a great start". */
export function quotedTitle(h: string): string | null {
  const m = QUOTED.exec(h);
  if (!m) return null;
  const t = tidyTitle(m[1]);
  return t && /^[\p{Lu}\d]/u.test(t) && wordCount(t) <= 10 ? t : null;
}

function shape(h: string): string | null {
  for (const re of SHAPES) {
    const m = re.exec(h);
    if (m && m[1]) {
      const t = m[1].trim();
      if (t && !REVIEW_WORD.test(t) && wordCount(t) <= 12 && !/\b(?:in|of|the|a|and|book|tv|album|restaurant|game|theatre|theater|show|series)$/i.test(t)) return t;
    }
  }
  return null;
}

export const postTitle: Adapter = (ctx) => {
  const heads = [ctx.postTitle, ...ctx.metaTitles].filter((h): h is string => !!h).map((h) => clean(h, 300));
  if (!heads.length) return null;
  const ev: Evidence = { source: 'post title', signals: [], score: 0 };
  const main = heads[0];
  // The headline found in the page may be another post's (a sidebar's): og:title and <title> say what the page is too.
  let bad: ReturnType<typeof notFilm> = null;
  let badHead = main;
  for (const h of heads) if ((bad = notFilm(h))) { badHead = h; break; }
  if (bad) {
    ev.score -= bad.weight;
    ev.signals.push(`post title looks like ${bad.why}: "${badHead}"`);
  }
  for (const h of heads) {
    const raw = shape(h);
    if (!raw) continue;
    const q = quotedTitle(raw);
    const { title, year: y } = splitYear(q ?? raw);
    if (!title) continue;
    // "Her movie review & film summary (2013)": the year may sit after the review label.
    const year = y ?? splitYear(h.slice(raw.length)).year;
    ev.title = title;
    ev.titleWeight = 8;
    if (year) ev.year = year;
    // "Film Review: The Grand Budapest Hotel": an explicit film review outweighs words inside the title.
    if (bad && FILM_REVIEW.test(h)) {
      ev.score += bad.weight;
      ev.signals.length = 0;
    }
    if (!bad || FILM_REVIEW.test(h)) {
      ev.score += FILM_REVIEW.test(h) ? 4 : 2.5;
      ev.signals.unshift(`post title: "${h}"`);
    }
    return ev;
  }
  for (const h of heads) {
    const q = quotedTitle(h);
    if (q) {
      const { title, year } = splitYear(q);
      ev.title = title;
      ev.titleWeight = 5;
      if (year) ev.year = year;
      ev.signals.push(`quoted title in headline: "${title}"`);
      break;
    }
  }
  const { title, year } = splitYear(main);
  if (!ev.title && title && wordCount(title) <= 8 && !/[?!]$/.test(title)) {
    // Only trusted when the taxonomy says "film review": decided in the registry.
    ev.title = title;
    ev.titleWeight = year ? 4 : 3;
    if (year) ev.year = year;
  }
  if (!bad && REVIEW_WORD.test(main) && FILM_WORD.test(main) && !/\bin review\b/i.test(main)) {
    ev.score += 1.5;
    ev.signals.push(`post title mentions film review: "${main}"`);
  }
  return ev;
};
