import { describe, expect, it } from 'vitest';
import { criticAgreement } from '../../../src/options/model/critics';
import { ratingHistory } from '../../../src/options/model/film-history';
import { criticLine } from '../../../src/options/model/format';
import { groupFilms } from '../../../src/options/model/grouping';
import { buildModel } from '../../../src/options/model/library-model';
import { page, rating } from './fixtures';

const by = (author: string | undefined, value?: number, best = 5) => ({ author, ...(value === undefined ? {} : { rating: { value, best, worst: 0, normalized: (value / best) * 5 } }) });

function reviewed(n: number, title: string, review: object, yours: number | null, watchedDate: string | null = null) {
  const p = page(n, { title, year: 2000 }, {}, { rating: yours, watchedDate });
  return { ...p, detection: { ...p.detection!, review } };
}

describe('criticAgreement', () => {
  it('compares the reader with each critic on the reviews both rated', () => {
    const pages = [
      reviewed(1, 'A', by('Anna Critic', 8, 10), 4.5),
      reviewed(2, 'B', by('anna critic ', 5), 3),
      reviewed(3, 'C', by('Ben', 3), 3.5),
      reviewed(4, 'D', by('Ben', 2), null), // not rated by the reader
      reviewed(5, 'E', by('Cleo'), 4), // no critic rating
      reviewed(6, 'F', by(undefined, 4), 4), // no author
    ];
    const critics = criticAgreement(buildModel({ pages, highlights: [], films: [] }).pages);
    expect(critics.map((c) => [c.name, c.reviews.length, c.agreement, c.within])).toEqual([
      ['Anna Critic', 2, 75, 1],
      ['Ben', 1, 90, 1],
    ]);
    expect(critics[0].meanLean).toBeCloseTo(-0.75);
  });

  it('says who wrote a review and their rating, on its own scale and on five', () => {
    expect(criticLine(by('Anna', 8, 10))).toBe('by Anna, their rating 8/10 (4 / 5)');
    expect(criticLine(by('Ben', 3.5))).toBe('by Ben, their rating 3.5 / 5');
    expect(criticLine(by(undefined, 72, 100))).toBe('their rating 72/100 (3.6 / 5)');
    expect(criticLine({})).toBe('');
  });
});

describe('ratingHistory', () => {
  it("lists the reader's ratings of a film, pages and Letterboxd, oldest first, by watched date or else save date", () => {
    const pages = [reviewed(1, 'Her', {}, 4, '2024-05-01'), reviewed(2, 'Her', {}, 3), reviewed(3, 'Her', {}, null)];
    const model = buildModel({ pages, highlights: [], films: [rating('Her', 2000, { rating: 5, watchedDate: '2023-01-01' })] });
    const [film] = groupFilms(model.pages, model.ratings);
    const h = ratingHistory(film);
    expect(h.map((e) => [e.day, e.rating, e.watched, e.where.kind])).toEqual([
      ['2023-01-01', 5, true, 'letterboxd'],
      ['2024-05-01', 4, true, 'page'],
      [expect.stringMatching(/^2025-01-1[12]$/), 3, false, 'page'],
    ]);
  });
});
