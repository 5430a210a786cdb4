import { describe, expect, it } from 'vitest';
import { filmRating, groupFilms, groupPeople, passagesFor, sortFilms, sortPeople } from '../../../src/options/model/grouping';
import { buildModel } from '../../../src/options/model/library-model';
import { highlight, page, rating, T0 } from './fixtures';

const cast = [{ name: 'Joaquin Phoenix', character: 'Theodore' }, { name: 'Amy Adams', character: 'Amy' }];
const her1 = page(1, { title: 'Her', year: 2013, directors: ['Spike Jonze'], cast }, {}, { rating: 3 });
const her2 = page(2, { title: 'her', year: null, directors: ['Spike  Jonze'] }, {}, { rating: 4.5 });
const arrival = page(3, { title: 'Arrival', year: 2016, directors: ['Denis Villeneuve'], cast: [{ name: 'Amy Adams', character: 'Louise Banks' }] });
const nofilm = page(4, null);
const star1 = page(5, { title: 'A Star Is Born', year: 1954 });
const star2 = page(6, { title: 'A Star Is Born', year: 2018 });
const star3 = page(7, { title: 'A Star Is Born', year: null });
const lib = {
  pages: [her1, her2, arrival, nofilm, star1, star2, star3],
  highlights: [highlight('h1', her1, 'Phoenix is wonderful'), highlight('h2', her1, 'The city is pastel'), highlight('h3', arrival, 'Adams carries it')],
  films: [rating('Her', 2013, { rating: 5, directors: ['Spike Jonze'] }), rating('Amélie', 2001, { directors: ['Jean-Pierre Jeunet'] })],
};
const model = buildModel(lib);

describe('groupFilms', () => {
  const films = groupFilms(model.pages, model.ratings);
  const byTitle = (t: string) => films.filter((f) => f.title.toLowerCase() === t.toLowerCase());
  it('one entry per film; a page without year joins the only film of that title', () => {
    const her = byTitle('Her');
    expect(her).toHaveLength(1);
    expect(her[0].pages.map((r) => r.page.id)).toEqual([her1.id, her2.id]);
    expect(her[0].year).toBe(2013);
    expect(her[0].directors).toEqual(['Spike Jonze']);
    expect(her[0].highlightCount).toBe(2);
  });
  it('the reader rating is the most recently changed page’s; Letterboxd joined; Letterboxd-only films listed', () => {
    const her = byTitle('Her')[0];
    expect(her.rating).toBe(4.5);
    expect(her.letterboxd?.rating).toBe(5);
    const amelie = byTitle('Amélie')[0];
    expect(amelie.pages).toEqual([]);
    expect(filmRating(amelie)).toBe(4);
    expect(amelie.latest).toBe(T0);
  });
  it('two Letterboxd films of one title and year ("Rain" and "rain") are two entries', () => {
    const rains = [rating('Rain', 2019, { id: 'lb:https://boxd.it/l8jm' }), rating('rain', 2019, { id: 'lb:https://boxd.it/xDZ8' })];
    const groups = groupFilms([], rains);
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g.letterboxd?.id).sort()).toEqual(['lb:https://boxd.it/l8jm', 'lb:https://boxd.it/xDZ8']);
  });

  it('films with one title and several years stay apart; pages without a film are left out', () => {
    expect(byTitle('A Star Is Born')).toHaveLength(3);
    expect(films.some((f) => f.pages.some((r) => r.page.id === nofilm.id))).toBe(false);
  });
  it('sorts by title, rating, reviews and recency', () => {
    expect(sortFilms(films, 'title').map((f) => f.title).slice(0, 3)).toEqual(['A Star Is Born', 'A Star Is Born', 'A Star Is Born']);
    expect(sortFilms(films, 'rating')[0].title).toBe('Her');
    expect(sortFilms(films, 'reviews')[0].title).toBe('Her');
    expect(sortFilms(films, 'recent')[0].title).toBe('A Star Is Born');
  });
});

describe('groupPeople', () => {
  const people = groupPeople(model.pages, model.ratings);
  const find = (name: string) => people.find((p) => p.name === name)!;
  it('one entry per person across spellings of spacing and case, with roles, films and characters', () => {
    const jonze = people.filter((p) => p.key === 'spike jonze');
    expect(jonze).toHaveLength(1);
    expect(jonze[0].directed).toBe(true);
    expect(jonze[0].films.map((f) => [f.title, f.year])).toEqual([['Her', 2013]]);
    const adams = find('Amy Adams');
    expect(adams.acted).toBe(true);
    expect(adams.directed).toBe(false);
    expect(adams.films.map((f) => `${f.title}:${f.characters.join('/')}`)).toEqual(['Her:Amy', 'Arrival:Louise Banks']);
    expect(adams.pages.map((r) => r.page.id)).toEqual([her1.id, arrival.id]);
    expect(find('Jean-Pierre Jeunet').films[0].title).toBe('Amélie');
  });
  it('sorts by films then name, name matches first when asked', () => {
    const sorted = sortPeople(people, 'films');
    expect(sorted[0].name).toBe('Amy Adams');
    expect(sortPeople(people, 'name')[0].name).toBe('Amy Adams');
    expect(sortPeople(people, 'films', new Set(['denis villeneuve']))[0].name).toBe('Denis Villeneuve');
  });
  it('passages of a person: those naming them first', () => {
    const phoenix = find('Joaquin Phoenix');
    expect(passagesFor(phoenix, (r) => r.highlights).map((h) => h.highlight.id)).toEqual(['h1', 'h2']);
    const adams = find('Amy Adams');
    expect(passagesFor(adams, (r) => r.highlights).map((h) => h.highlight.id)).toEqual(['h3', 'h1', 'h2']);
  });
});
