/** The index file's columnar format: what is written is what is read back, namesakes and all. */
import { describe, expect, it } from 'vitest';
import { FilmIndex, titleKey } from '../../../src/shared/film-index/film-index';
import { decodeIndex, encodeIndex, toColumns, type IndexFile } from '../../../src/shared/film-index/format';

const file: IndexFile = {
  attribution: 'test',
  people: ['Denis Villeneuve', 'Timothée Chalamet', 'David Lynch', 'Kyle MacLachlan', 'Spike Jonze', 'Joaquin Phoenix', ...Array.from({ length: 300 }, (_, i) => `Person ${i}`)],
  films: [
    ['Dune', 2021, [0], [1]],
    ['Her', 2013, [4], [5, 305], 'Her_(film)'],
    ['The Beyond', 1981, [], [200, 3]],
    ['Dune', 1984, [2], [3]],
    ['Amélie', 2001, [], [150]],
  ],
};

describe('film index file', () => {
  const index = FilmIndex.fromBytes(encodeIndex(toColumns(file, titleKey)));

  it('reads back every film with its people, year and article', () => {
    expect(index.size).toBe(5);
    expect(index.byTitle('Her')).toEqual([{ title: 'Her', year: 2013, directors: ['Spike Jonze'], cast: ['Joaquin Phoenix', 'Person 299'], wikipedia: 'Her_(film)' }]);
    expect(index.byTitle('Beyond')[0]).toMatchObject({ title: 'The Beyond', cast: ['Person 194', 'Kyle MacLachlan'], wikipedia: 'The_Beyond' });
    expect(index.byTitle('amelie')[0].title).toBe('Amélie');
  });

  it('keeps namesakes in build order and finds nothing for unknown titles', () => {
    expect(index.byTitle('Dune').map((f) => f.year)).toEqual([2021, 1984]);
    expect(index.byTitle('Parasite')).toEqual([]);
    expect(index.hasTitle('Zzz')).toBe(false);
  });

  it('refuses other files', () => {
    expect(() => decodeIndex(new TextEncoder().encode('{"films":[]}'))).toThrow(/not an index/);
  });
});
