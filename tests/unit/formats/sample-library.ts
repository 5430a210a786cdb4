/** A small, realistic library for format tests, and a fresh fake-indexeddb database per test. */
import 'fake-indexeddb/auto';
import { openFreshDb } from '../../support/fake-db';
import type { ReelDatabase } from '../../../src/shared/db/open';
import type { HighlightRecord, PageRecord } from '../../../src/shared/records';
import type { Library } from '../../../src/shared/formats/library';

let n = 0;
export async function freshDb(): Promise<ReelDatabase> {
  return openFreshDb(`test-${++n}`);
}

const T0 = Date.UTC(2024, 2, 1, 10, 0, 0);

export function herPage(over: Partial<PageRecord> = {}): PageRecord {
  return {
    id: 'https://filmdiary.example.com/2014/01/her-review/',
    url: 'https://filmdiary.example.com/2014/01/her-review/?utm_source=x',
    aliases: ['https://filmdiary.example.com/2014/01/her-review/?utm_source=x'],
    site: 'filmdiary.example.com',
    postTitle: 'Her: a love story for the operating system age',
    detection: {
      isReview: true,
      confidence: 0.92,
      signals: ['JSON-LD Review', 'itemReviewed Movie'],
      film: {
        title: 'Her',
        year: 2013,
        directors: ['Spike Jonze'],
        cast: [
          { name: 'Joaquin Phoenix', character: 'Theodore Twombly' },
          { name: 'Scarlett Johansson', character: 'Samantha', voice: true },
        ],
      },
      review: { author: 'M. Critic', published: '2014-01-10', rating: { value: 4, best: 4, worst: 0, normalized: 5 } },
    },
    correction: null,
    entry: { rating: 4.5, liked: true, rewatch: false, watchedDate: '2024-02-14', tags: ['romance', 'sci-fi'], note: 'Warm, *strange*, and sad.\nThe letters scenes.' },
    createdAt: T0,
    updatedAt: T0 + 5_000,
    ...over,
  };
}

export function amelie(over: Partial<PageRecord> = {}): PageRecord {
  return {
    id: 'https://cinemablog.example.org/amelie',
    url: 'https://cinemablog.example.org/amelie',
    aliases: [],
    site: 'cinemablog.example.org',
    postTitle: "Le Fabuleux Destin d'Amélie Poulain",
    detection: {
      isReview: true,
      confidence: 0.7,
      signals: ['og:type article'],
      film: { title: 'Amelie', year: 2001, directors: ['Jean-Pierre Jeunet'], cast: [{ name: 'Audrey Tautou', pageSpelling: 'audrey tautou' }] },
      review: {},
    },
    correction: { film: { title: 'Amélie' } },
    entry: { rating: null, liked: false, rewatch: true, watchedDate: null, tags: [], note: '' },
    createdAt: T0 + 60_000,
    updatedAt: T0 + 60_000,
    ...over,
  };
}

export function notAReview(over: Partial<PageRecord> = {}): PageRecord {
  return {
    id: 'http://someblog.example.net/essay-on-editing',
    url: 'http://someblog.example.net/essay-on-editing',
    aliases: [],
    site: 'someblog.example.net',
    postTitle: 'On editing',
    detection: null,
    correction: null,
    entry: { rating: null, liked: false, rewatch: false, watchedDate: null, tags: ['craft'], note: 'Read again' },
    createdAt: T0 + 120_000,
    updatedAt: T0 + 120_000,
    ...over,
  };
}

export function highlight(id: string, pageId: string, exact: string, start: number, over: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id,
    pageId,
    text: exact,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
    color: 'yellow',
    note: '',
    lastStatus: 'placed',
    createdAt: T0 + start,
    updatedAt: T0 + start,
    ...over,
  };
}

export function sampleLibrary(): Library {
  const her = herPage();
  const am = amelie();
  return {
    pages: [her, am, notAReview()],
    highlights: [
      highlight('7d3f8a52-0b1e-4c41-9c3e-1f2a3b4c5d6e', her.id, 'The past is just a story we tell ourselves.', 1200, { note: 'The line.', color: 'pink' }),
      highlight('a1b2c3d4-e5f6-4789-8abc-def012345678', her.id, 'Phoenix plays it "open", with commas, and\nnewlines', 3400, { lastStatus: 'orphan' }),
      highlight('h-3', am.id, 'les petits plaisirs', 88, { note: 'Crème brûlée' }),
    ],
  };
}

export const stringify = (x: unknown) => JSON.stringify(x);
