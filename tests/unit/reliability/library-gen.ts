/** A seeded generator of valid libraries: the base every malformed backup is mutated from. */
import type { HighlightRecord, PageRecord } from '../../../src/shared/records';
import type { Library } from '../../../src/shared/formats/library';
import type { Rng } from './random';

const TITLES = ['Her', 'Amélie', 'The Thing', 'Crouching Tiger, Hidden Dragon', 'Parasite', '8½', 'M', 'Tár', 'Ran', 'Heat'];
const PEOPLE = ['Spike Jonze', 'Jean-Pierre Jeunet', 'John Carpenter', 'Ang Lee', 'Bong Joon-ho', 'Federico Fellini', 'Fritz Lang', 'Todd Field'];
const TAGS = ['romance', 'sci-fi', 'horror', 'rewatch', 'paris', 'comfort', 'to-watch', 'essay'];
const T0 = Date.UTC(2023, 0, 1);

export function genLibrary(r: Rng, pages = r.int(3, 12), perPage = 4, idPrefix = 'p'): Library {
  const out: Library = { pages: [], highlights: [] };
  for (let i = 0; i < pages; i++) {
    const id = `https://blog${r.int(1, 5)}.example.com/${idPrefix}${i}/review-${r.int(1, 1e6)}`;
    const titled = r.chance(0.8);
    const created = T0 + r.int(0, 1e10);
    const page: PageRecord = {
      id,
      url: r.chance(0.3) ? `${id}?utm_source=x` : id,
      aliases: r.chance(0.3) ? [`${id}?utm_source=x`] : [],
      site: new URL(id).hostname,
      postTitle: r.string(r.int(0, 40)),
      detection: titled
        ? {
            isReview: r.chance(0.8),
            confidence: r.next(),
            signals: ['JSON-LD Review'],
            film: {
              title: r.pick(TITLES),
              year: r.chance(0.9) ? r.int(1920, 2024) : null,
              directors: [r.pick(PEOPLE)],
              cast: r.chance(0.5) ? [{ name: r.pick(PEOPLE), character: 'X' }] : [],
            },
            review: r.chance(0.5) ? { author: 'A. Critic', rating: { value: 3, best: 4, worst: 0, normalized: 3.75 } } : {},
          }
        : null,
      correction: r.chance(0.2) ? { film: { title: r.pick(TITLES) } } : null,
      entry: {
        rating: r.chance(0.7) ? r.int(1, 10) / 2 : null,
        liked: r.chance(0.5),
        rewatch: r.chance(0.2),
        watchedDate: r.chance(0.5) ? `20${r.int(10, 24)}-0${r.int(1, 9)}-1${r.int(0, 9)}` : null,
        tags: r.chance(0.6) ? [...new Set([r.pick(TAGS), r.pick(TAGS)])] : [],
        note: r.string(r.int(0, 200)),
      },
      createdAt: created,
      updatedAt: created + r.int(0, 1e8),
    };
    out.pages.push(page);
    for (let k = r.int(0, perPage); k > 0; k--) {
      const exact = r.string(r.int(1, 80)).replace(/\u0000/g, '') || 'x';
      const start = r.int(0, 50_000);
      const h: HighlightRecord = {
        id: `${idPrefix}-h-${i}-${k}-${r.int(0, 1e9)}`,
        pageId: id,
        text: exact,
        selectors: [
          { type: 'TextQuoteSelector', exact, prefix: r.string(5), suffix: r.string(5) },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
        color: r.pick(['yellow', 'green', 'blue', 'pink'] as const),
        note: r.string(r.int(0, 100)),
        lastStatus: r.pick(['placed', 'orphan', 'unknown'] as const),
        createdAt: created + k,
        updatedAt: created + k + r.int(0, 1e6),
      };
      out.highlights.push(h);
    }
  }
  return out;
}
