/** Linking pages to the film index: a title needs a person of that film on the page, never a title alone. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FilmIndex } from '../../../src/shared/film-index/film-index';
import { linkAll, linkFilm } from '../../../src/shared/film-index/link';
import type { LinkCandidates } from '../../../src/shared/film/candidates';
import { loadFilmIndex } from '../../../scripts/film-index-file';
import { extractFilm } from '../../../src/shared/film';
import { parseHtml } from '../../../scripts/detect';
import { filmYear } from '../../../scripts/build-film-index';

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

  it('links a page that names none of its people by the exact title and the year given with it, when that pair is one film', () => {
    const dune = linkFilm(cands(['Dune'], [], [2021]), small);
    expect(dune?.film.year).toBe(2021);
    expect(dune?.people).toEqual([]);
    // A year no film of that title has, a title that is only a headline's first words, or a pair two films share: nothing.
    expect(linkFilm(cands(['Her'], [], [2014]), small)).toBeNull();
    expect(linkFilm(cands(['Her Story'], [], [2013]), small)).toBeNull();
    const twins = new FilmIndex({ attribution: 'test', people: ['A B', 'C D'], films: [['Twins', 1988, [0], []], ['Twins', 1988, [1], []]] });
    expect(linkFilm(cands(['Twins'], [], [1988]), twins)).toBeNull();
    // Whoever the page names outranks a title and year: the 1984 film's actor beats the 2021 year.
    expect(linkFilm(cands(['Dune'], ['Kyle MacLachlan'], [2021]), small)?.film.year).toBe(1984);
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

  it('knows the usual spelling of a person from any film, and leaves alone a name it knows or cannot place', () => {
    expect(index.usualSpelling('Scarlett Johanssen')).toBe('Scarlett Johansson');
    expect(index.usualSpelling('Scarlett Johansson')).toBeNull();
    expect(index.usualSpelling('Johanssen')).toBeNull();
    expect(index.usualSpelling('Quentin Zzyzx')).toBeNull();
  });

  it('gives the seed post the usual spelling of a voice the index does not list with the film, keeping the page\'s', () => {
    const seed = parseHtml(readFileSync('tests/fixtures/pages/wp-bare-her.html', 'utf8'));
    expect(extractFilm(seed, { index }).film.cast).toContainEqual({ name: 'Scarlett Johansson', pageSpelling: 'Scarlett Johanssen', character: 'Samantha', voice: true });
    // Without the index, the page's spelling is all there is.
    expect(extractFilm(seed).film.cast).toContainEqual({ name: 'Scarlett Johanssen', character: 'Samantha', voice: true });
  });

  it("gives the year the film's own article gives, when the list of a year's releases is one year off", () => {
    expect(index.byTitle('Kingsman: The Secret Service').map((f) => f.year)).toEqual([2014]);
    expect(filmYear(2015, 'Kingsman: The Secret Service is a 2014 spy action comedy film directed by Matthew Vaughn.')).toBe(2014);
    // Further apart, the summary's year is about something else (the novel of 1858).
    expect(filmYear(1910, 'The Courtship of Miles Standish is a 1858 poem.')).toBe(1910);
    expect(filmYear(2001, undefined)).toBe(2001);
  });

  it('completes the film of a page that names the title and year but none of its people, and scores nothing for it', () => {
    const page = (title: string) => parseHtml(`<html><head><title>${title} | a film blog</title></head>
      <body><article><h1>${title}</h1><div class="entry-content"><p>Year 2000. Rated PG-13. My rating: 4/5.</p>
      <p>It takes a humorous tone that is familiar to the brothers' other work. The movie's music is the best part of the film, and the review's verdict is warm.</p></div></article></body></html>`);
    const linked = extractFilm(page('Review: O Brother, Where Art Thou? (2000)'), { index });
    const alone = extractFilm(page('Review: O Brother, Where Art Thou? (2000)'), { index: null });
    expect(alone.film.directors).toEqual([]);
    expect(linked.film.directors).toEqual(['Joel Coen', 'Ethan Coen']);
    expect(linked.film.wikipedia).toBe('O_Brother,_Where_Art_Thou?');
    expect(linked.signals[0]).toBe('film index: O Brother, Where Art Thou? (2000), by its title and year');
    expect(linked.confidence).toBe(alone.confidence);
    // Another film's title and year in passing completes nothing: the page's film stays its own.
    const other = extractFilm(parseHtml(`<html><head><title>Review: The Quiet Harbour Keepers | a film blog</title></head><body><article><h1>Review: The Quiet Harbour Keepers</h1>
      <div class="entry-content"><p>My rating: 4/5. The film follows <i>Dune</i> (2021) in spirit, if not in scale; the review is warm.</p></div></article></body></html>`), { index });
    expect(other.film.title).toBe('The Quiet Harbour Keepers');
    expect(other.film.wikipedia).toBeUndefined();
  });

  it('turns round an actor and character the prose read the wrong way, when the linked film lists the actor', () => {
    const doc = parseHtml(`<html><head><title>It (2017) review | a horror blog</title></head><body><article><h1>It (2017) review</h1>
      <div class="entry-content"><p>Directed by Andy Muschietti. The Losers' Club: Jaeden Lieberher (Bill Denbrough) and Sophia Lillis (Beverly Marsh). Rating: 4/5.</p></div></article></body></html>`);
    // Two full names: the page alone cannot tell which is the actor.
    expect(extractFilm(doc, { index: null }).film.cast).toContainEqual({ name: 'Bill Denbrough', character: 'Jaeden Lieberher' });
    const cast = extractFilm(doc, { index }).film.cast;
    expect(cast).toContainEqual({ name: 'Jaeden Lieberher', character: 'Bill Denbrough' });
    expect(cast).toContainEqual({ name: 'Sophia Lillis', character: 'Beverly Marsh' });
    expect(cast.map((c) => c.name)).not.toContain('Bill Denbrough');
    expect(cast.filter((c) => c.name === 'Jaeden Lieberher')).toHaveLength(1);
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
