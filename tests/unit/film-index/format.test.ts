/** The index file's columnar format: what is written is what is read back, namesakes and all. */
import { describe, expect, it } from 'vitest';
import { FilmIndex, titleKey, wikipediaUrl } from '../../../src/shared/film-index/film-index';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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
    ['Up', 2009, [], [6], 'Up_(2009_film)'],
    ['Solaris', 1972, [], [7], 'Solaris_(film)'],
    ['1984', 1984, [], [8], 'Nineteen_Eighty-Four_(1984_film)'],
  ],
};

describe('film index file', () => {
  const index = FilmIndex.fromBytes(encodeIndex(toColumns(file, titleKey)));

  it('reads back every film with its people, year and article', () => {
    expect(index.size).toBe(8);
    expect(index.byTitle('Her')).toEqual([{ title: 'Her', year: 2013, directors: ['Spike Jonze'], cast: ['Joaquin Phoenix', 'Person 299'], wikipedia: 'Her_(film)' }]);
    expect(index.byTitle('Beyond')[0]).toMatchObject({ title: 'The Beyond', cast: ['Person 194', 'Kyle MacLachlan'], wikipedia: 'The_Beyond' });
    expect(index.byTitle('amelie')[0].title).toBe('Amélie');
  });

  it('keeps namesakes in build order and finds nothing for unknown titles', () => {
    expect(index.byTitle('Dune').map((f) => f.year)).toEqual([2021, 1984]);
    expect(index.byTitle('Parasite')).toEqual([]);
    expect(index.hasTitle('Zzz')).toBe(false);
  });

  it('gives every article name back, short forms and all', () => {
    expect(index.byTitle('Up')[0].wikipedia).toBe('Up_(2009_film)');
    expect(index.byTitle('Solaris')[0].wikipedia).toBe('Solaris_(film)');
    expect(index.byTitle('1984')[0].wikipedia).toBe('Nineteen_Eighty-Four_(1984_film)');
  });

  it('links to Wikipedia with the article name encoded once', () => {
    const shipped = FilmIndex.fromBytes(gunzipSync(readFileSync(new URL('../../../public/film-index/films.bin.gz', import.meta.url))));
    const [film] = shipped.byTitle("101 Dalmatians II: Patch's London Adventure");
    expect(film.wikipedia).toBe("101_Dalmatians_II:_Patch's_London_Adventure");
    // Was "Patch%2527s": the source's percent-encoding encoded again, a link to no article.
    expect(wikipediaUrl(film.wikipedia)).toBe("https://en.wikipedia.org/wiki/101_Dalmatians_II:_Patch's_London_Adventure");
  });

  it('refuses a damaged file', () => {
    const bytes = encodeIndex(toColumns(file, titleKey));
    expect(() => decodeIndex(bytes.subarray(0, bytes.length - 3))).toThrow(/damaged/);
  });

  it('refuses other files', () => {
    expect(() => decodeIndex(new TextEncoder().encode('{"films":[]}'))).toThrow(/not an index/);
  });
});
