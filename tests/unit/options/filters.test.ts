import { describe, expect, it } from 'vitest';
import { activeFilterCount, highlightPasses, localDay, NO_FILTERS, pagePasses, ratingPasses, sortPages, type Filters } from '../../../src/options/model/filters';
import { buildModel } from '../../../src/options/model/library-model';
import { highlight, page, rating } from './fixtures';

const a = page(1, { title: 'Her', year: 2013 }, {}, { rating: 4, tags: ['Romance'], watchedDate: '2025-01-01' });
const b = page(2, { title: 'Alien', year: 1979 }, {}, { rating: 2.5, tags: ['horror'] });
const c = page(3, null, {}, { rating: null });
const model = buildModel({
  pages: [c, b, a],
  highlights: [highlight('h1', a, 'one'), highlight('h2', a, 'two', { lastStatus: 'orphan' }), highlight('h3', b, 'three')],
  films: [],
});
const row = (p: typeof a) => model.byId.get(p.id)!;
const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });
const titles = (rows: { page: { postTitle: string } }[]) => rows.map((r) => r.page.postTitle);

describe('filters', () => {
  it('counts the filters that are on', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount(f({ tag: 'x', orphaned: true }))).toBe(2);
  });
  it('rating: at least, or unrated', () => {
    expect(model.pages.filter((r) => pagePasses(r, f({ rating: '3' }))).map((r) => r.page.id)).toEqual([a.id]);
    expect(model.pages.filter((r) => pagePasses(r, f({ rating: 'unrated' }))).map((r) => r.page.id)).toEqual([c.id]);
    expect(model.pages.filter((r) => pagePasses(r, f({ rating: '2.5' }))).length).toBe(2);
  });
  it('tag without case, site exactly', () => {
    expect(pagePasses(row(a), f({ tag: 'romance' }))).toBe(true);
    expect(pagePasses(row(b), f({ tag: 'romance' }))).toBe(false);
    expect(pagePasses(row(a), f({ site: a.site }))).toBe(true);
    expect(pagePasses(row(b), f({ site: a.site }))).toBe(false);
  });
  it('saved and watched date ranges, inclusive; no watched date fails a watched filter', () => {
    const day = localDay(a.createdAt);
    expect(pagePasses(row(a), f({ savedFrom: day, savedTo: day }))).toBe(true);
    expect(pagePasses(row(b), f({ savedFrom: day, savedTo: day }))).toBe(false);
    expect(pagePasses(row(a), f({ watchedFrom: '2025-01-01' }))).toBe(true);
    expect(pagePasses(row(a), f({ watchedTo: '2024-12-31' }))).toBe(false);
    expect(pagePasses(row(b), f({ watchedFrom: '2000-01-01' }))).toBe(false);
  });
  it('has highlights, orphaned; orphaned keeps only orphan highlights', () => {
    expect(pagePasses(row(c), f({ hasHighlights: true }))).toBe(false);
    expect(pagePasses(row(a), f({ orphaned: true }))).toBe(true);
    expect(pagePasses(row(b), f({ orphaned: true }))).toBe(false);
    expect(model.highlights.filter((h) => highlightPasses(h, f({ orphaned: true }))).map((h) => h.highlight.id)).toEqual(['h2']);
    expect(model.highlights.filter((h) => highlightPasses(h, f({ tag: 'horror' }))).map((h) => h.highlight.id)).toEqual(['h3']);
  });
  it('Letterboxd ratings pass rating, tag, watched filters and never page-only ones', () => {
    const r = rating('Amélie', 2001, { rating: 4.5, tags: ['Comfort'], watchedDate: '2024-05-01' });
    expect(ratingPasses(r, f({ rating: '4' }))).toBe(true);
    expect(ratingPasses(r, f({ tag: 'comfort' }))).toBe(true);
    expect(ratingPasses(r, f({ watchedFrom: '2024-06-01' }))).toBe(false);
    expect(ratingPasses(r, f({ site: 'x' }))).toBe(false);
    expect(ratingPasses(r, f({ hasHighlights: true }))).toBe(false);
  });
});

describe('sortPages', () => {
  it('keeps the library order for "updated" and does not sort in place', () => {
    const before = titles(model.pages);
    expect(titles(sortPages(model.pages, 'updated'))).toEqual(before);
    sortPages(model.pages, 'film');
    expect(titles(model.pages)).toEqual(before);
  });
  it('sorts by rating, film, saved, watched and highlights, with blanks last', () => {
    expect(titles(sortPages(model.pages, 'rating-high'))).toEqual(['Post 1', 'Post 2', 'Post 3']);
    expect(titles(sortPages(model.pages, 'rating-low'))).toEqual(['Post 2', 'Post 1', 'Post 3']);
    expect(titles(sortPages(model.pages, 'film'))).toEqual(['Post 2', 'Post 1', 'Post 3']);
    expect(titles(sortPages(model.pages, 'saved-new'))).toEqual(['Post 3', 'Post 2', 'Post 1']);
    expect(titles(sortPages(model.pages, 'saved-old'))).toEqual(['Post 1', 'Post 2', 'Post 3']);
    expect(titles(sortPages(model.pages, 'watched'))[0]).toBe('Post 1');
    expect(titles(sortPages(model.pages, 'highlights'))).toEqual(['Post 1', 'Post 2', 'Post 3']);
  });
});
