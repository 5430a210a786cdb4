/** Linking pages to the film index: a title needs a person of that film on the page, never a title alone. */
import { describe, expect, it } from 'vitest';
import { FilmIndex } from '../../../src/shared/film-index/film-index';
import { linkAll, linkFilm } from '../../../src/shared/film-index/link';
import type { LinkCandidates } from '../../../src/shared/film/candidates';
import { loadFilmIndex } from '../../../scripts/film-index-file';
import { extractFilm } from '../../../src/shared/film';
import { parseHtml } from '../../../scripts/detect';

// A small index written here, so the rules are tested apart from the data.
const small = new FilmIndex({
  attribution: 'test',
  people: ['David Lynch', 'Kyle MacLachlan', 'Denis Villeneuve', 'Timothée Chalamet', 'Zendaya', 'Spike Jonze', 'Joaquin Phoenix', 'Scarlett Johansson', 'Bo Svenson'],
  films: [
    ['Dune', 1984, [0], [1]],
    ['Dune', 2021, [2], [3, 4]],
    ['Her', 2013, [5], [6, 7], 'Her_(film)'],
    ['Parasite', 1982, [], [8]],
  ],
});

const cands = (titles: string[], names: string[], years: number[] = []): LinkCandidates => ({
  titles: titles.map((text) => ({ text, weight: 3, from: 'headline' })),
  names,
  years,
});

describe('linkFilm', () => {
  it('never links a title alone', () => {
    expect(linkFilm(cands(['Parasite'], ['Bong Joon Ho', 'Song Kang Ho']), small)).toBeNull();
    expect(linkFilm(cands(['Her'], []), small)).toBeNull();
  });

  it('tells namesakes apart by the people on the page', () => {
    expect(linkFilm(cands(['Dune'], ['Denis Villeneuve', 'Rebecca Ferguson']), small)?.film.year).toBe(2021);
    expect(linkFilm(cands(['Dune'], ['Kyle MacLachlan']), small)?.film.year).toBe(1984);
  });

  it('keeps the page spelling of a misspelt name and gives the usual one', () => {
    const link = linkFilm(cands(['Her'], ['Samantha', 'Scarlett Johanssen']), small);
    expect(link?.film.wikipedia).toBe('Her_(film)');
    expect(link?.people).toEqual([{ name: 'Scarlett Johansson', role: 'cast', pageSpelling: 'Scarlett Johanssen' }]);
  });

  it('finds a person inside a longer capitalised run ("This Spike Jonze")', () => {
    expect(linkFilm(cands(['Her'], ['This Spike Jonze']), small)?.people[0]).toEqual({ name: 'Spike Jonze', role: 'director' });
  });

  it('ranks the stated year and more people higher', () => {
    const all = linkAll(cands(['Dune'], ['Kyle MacLachlan', 'Timothée Chalamet'], [2021]), small);
    expect(all.map((l) => l.film.year)).toEqual([2021, 1984]);
  });
});

describe('the committed index', () => {
  const index = loadFilmIndex();

  it('holds the films the issue names, with directors parsed from the summaries', () => {
    expect(index.size).toBeGreaterThan(30_000);
    const her = index.byTitle('Her').find((f) => f.year === 2013);
    expect(her?.directors).toEqual(['Spike Jonze']);
    expect(her?.cast).toContain('Joaquin Phoenix');
    expect(index.byTitle('O Brother, Where Art Thou?')[0].directors).toEqual(['Joel Coen', 'Ethan Coen']);
    expect(index.byTitle('Dune').map((f) => f.year).sort()).toEqual([1984, 2021]);
    expect(index.attribution).toMatch(/Wikipedia/);
  });

  it('names the film of an essay-like headline once its people are on the page', () => {
    const doc = parseHtml(`<html><head><title>The Interview Is a Pretty Smart Movie | Slate</title><meta property="og:type" content="article"></head>
      <body><article><h1>The Interview Is a Pretty Smart Movie</h1><div class="article-body">
      <p>James Franco and Seth Rogen play a talk-show host and his producer sent to North Korea. The film is a satire with more on its mind than its marketing.</p>
      <p>Randall Park is terrific. The movie's jokes land; its scenes are well paced, and the cast is game.</p></div></article></body></html>`);
    const d = extractFilm(doc, { index });
    expect(d.film.title).toBe('The Interview');
    expect(d.film.year).toBe(2014);
    expect(d.film.directors).toEqual(['Seth Rogen', 'Evan Goldberg']);
    expect(d.film.cast.map((c) => c.name)).toEqual(expect.arrayContaining(['James Franco', 'Randall Park']));
  });
});
