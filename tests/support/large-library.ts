/**
 * A seeded generator of large libraries (issues 6 and 12): pages of reviews
 * with notes, tags and ratings, and highlights with selectors, in prose as
 * wide as real reviews (everyday words, accented ones, made-up words), so that
 * search, export and import meet a real reader's mix. The same seed gives the
 * same library everywhere (tests, benchmarks, the reliability run).
 */
import { mulberry32 } from './seeded-random';
import type { HighlightRecord, PageRecord } from '../../src/shared/records';

export const SEED = 20_240_601;

/** mulberry32: small, fast, and the same sequence everywhere. */
function rng(seed: number) {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}

/** Everyday words, a few accented ones, and made-up words so the vocabulary is as wide as real prose. */
const COMMON = (
  'the film light camera frame shot long quiet city night love letter voice memory performance score music silence ' +
  'grief tender lonely bright edit scene dialogue close face window rain train summer winter gesture story ending ' +
  'director actor screen colour warm cold sharp slow patient restless beautiful strange familiar distant human machine'
).split(' ');
const ACCENTED = 'café déjà naïve rôle élan façade crème brûlée Éclair piñata São Paulo Zürich Malmö Kraków Łódź'.split(' ');
const SYLLABLES = 'ka ro mi len tor sa vel un dri pho an es ter bul ig na co rash mon ty qua fel ost lu per gim ba re do'.split(' ');

function makeVocabulary(r: ReturnType<typeof rng>, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(Array.from({ length: 2 + r.int(3) }, () => r.pick(SYLLABLES)).join(''));
  return [...out];
}

let VOCABULARY: string[] = [];
const FIRST = ['Joaquin', 'Scarlett', 'Amy', 'Rooney', 'Spike', 'Greta', 'Céline', 'Agnès', 'Pedro', 'Bong', 'Wong', 'Isabelle', 'Tilda', 'Mads', 'Zoë', 'Penélope', 'Chloé', 'Björn', 'Juliette', 'Song'];
const LAST = ['Phoenix', 'Johansson', 'Adams', 'Mara', 'Jonze', 'Gerwig', 'Sciamma', 'Varda', 'Almodóvar', 'Joon-ho', 'Kar-wai', 'Huppert', 'Swinton', 'Mikkelsen', 'Kravitz', 'Cruz', 'Zhao', 'Borg', 'Binoche', 'Kang-ho', 'Núñez', 'Östlund'];
const SITES = Array.from({ length: 60 }, (_, i) => `critic${i}.example`);
const TAGS = ['favourite', 'rewatch', 'festival', 'noir', 'sci-fi', 'romance', 'documentary', 'animation', 'slow cinema', 'essay', 'comfort', 'classic', 'french', 'korean', 'to write about', 'cinema', 'streaming', 'criterion', 'oscar', 'debut'];

function word(r: ReturnType<typeof rng>): string {
  const x = r.next();
  return x < 0.45 ? r.pick(COMMON) : x < 0.47 ? r.pick(ACCENTED) : r.pick(VOCABULARY);
}

function words(r: ReturnType<typeof rng>, n: number): string {
  return Array.from({ length: n }, () => word(r)).join(' ');
}

function person(r: ReturnType<typeof rng>): string {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generateLibrary(pagesN: number, highlightsN: number, seed = SEED): { pages: PageRecord[]; highlights: HighlightRecord[] } {
  const r = rng(seed);
  VOCABULARY = makeVocabulary(r, 4000);
  const now = Date.UTC(2026, 5, 1);
  const films = Array.from({ length: Math.ceil(pagesN / 3) }, () => ({
    title: cap(words(r, 1 + r.int(3))),
    year: 1950 + r.int(76),
    directors: [person(r)],
    cast: Array.from({ length: 3 + r.int(6) }, () => ({ name: person(r), character: cap(word(r)) })),
  }));
  const pages: PageRecord[] = [];
  for (let i = 0; i < pagesN; i++) {
    const film = r.pick(films);
    const site = r.pick(SITES);
    const createdAt = now - r.int(3 * 365 * 86_400_000);
    const url = `https://${site}/reviews/${i}-${film.title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    pages.push({
      id: url,
      url,
      aliases: [],
      site,
      postTitle: `Review: ${film.title} (${film.year}) — ${words(r, 4)}`,
      detection: {
        isReview: true,
        confidence: 0.9,
        signals: ['JSON-LD Review', 'og:type article'],
        film,
        review: { author: person(r) },
      },
      correction: null,
      entry: {
        rating: r.next() < 0.7 ? (1 + r.int(10)) / 2 : null,
        liked: r.next() < 0.3,
        rewatch: r.next() < 0.1,
        watchedDate: r.next() < 0.5 ? new Date(createdAt - r.int(30) * 86_400_000).toISOString().slice(0, 10) : null,
        tags: r.next() < 0.6 ? [...new Set(Array.from({ length: 1 + r.int(3) }, () => r.pick(TAGS)))] : [],
        note: r.next() < 0.6 ? cap(words(r, 10 + r.int(60))) : '',
      },
      createdAt,
      updatedAt: createdAt + r.int(30 * 86_400_000),
    });
  }
  const highlights: HighlightRecord[] = [];
  for (let i = 0; i < highlightsN; i++) {
    const page = pages[i < pagesN ? i : r.int(pagesN)];
    const text = cap(words(r, 12 + r.int(50)));
    const start = r.int(20_000);
    highlights.push({
      id: `h-${i}`,
      pageId: page.id,
      text,
      selectors: [
        { type: 'TextQuoteSelector', exact: text, prefix: words(r, 5).slice(0, 32), suffix: words(r, 5).slice(0, 32) },
        { type: 'TextPositionSelector', start, end: start + text.length },
      ],
      color: r.pick(['yellow', 'green', 'blue', 'pink'] as const),
      note: r.next() < 0.3 ? cap(words(r, 5 + r.int(30))) : '',
      lastStatus: r.next() < 0.05 ? 'orphan' : 'placed',
      createdAt: page.createdAt + r.int(86_400_000),
      updatedAt: page.createdAt + r.int(86_400_000),
    });
  }
  return { pages, highlights };
}

/** About this many bytes of backup per highlight (with its share of a page at five highlights per page), measured on the generator. */
export const BACKUP_BYTES_PER_HIGHLIGHT = 1_575;

/**
 * A library whose backup is about `bytes` long: five highlights per page.
 * (20,000 pages and 100,000 highlights make 158 MB.)
 */
export function libraryOfSize(bytes: number, seed = SEED): { pages: PageRecord[]; highlights: HighlightRecord[] } {
  const highlights = Math.max(5, Math.round(bytes / BACKUP_BYTES_PER_HIGHLIGHT));
  return generateLibrary(Math.ceil(highlights / 5), highlights, seed);
}
