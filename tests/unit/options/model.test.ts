import { describe, expect, it } from 'vitest';
import { addHighlight, buildModel, filmKeyOf, removeHighlight, removePage, replacePage, restorePage } from '../../../src/options/model/library-model';
import { parseTags } from '../../../src/ui/TagInput';
import { bytesLabel, excerpt, filmLabel, passageHref, ratingLabel, safeHref } from '../../../src/options/model/format';
import { countHighlights, visibleHighlights, visiblePages } from '../../../src/options/model/visible';
import { NO_FILTERS } from '../../../src/options/model/filters';
import { highlight, page, rating } from './fixtures';

const p1 = page(1, { title: 'Her', year: 2013 }, { updatedAt: 300 }, { tags: ['b', 'A'] });
const p2 = page(2, { title: 'Alien', year: 1979 }, { updatedAt: 200, site: 'b.example' }, { tags: ['a'] });
const p3 = page(3, null, { updatedAt: 100 });
const lib = { pages: [p1, p2, p3], highlights: [highlight('h1', p1, 'x', { lastStatus: 'orphan' }), highlight('h2', p2, 'y'), highlight('gone', { ...p3, id: 'https://nowhere.example/' }, 'z')], films: [rating('Amélie', 2001, { tags: ['comfort'] })] };

describe('buildModel', () => {
  const m = buildModel(lib);
  it('joins highlights to pages, counts orphans, drops highlights without a page', () => {
    expect(m.pages.map((r) => r.highlights.length)).toEqual([1, 1, 0]);
    expect(m.pages[0].orphans).toBe(1);
    expect(m.highlights.map((h) => h.highlight.id)).toEqual(['h1', 'h2']);
    expect(m.highlights[1].index).toBe(1);
  });
  it('lists tags once whatever their case, and sites', () => {
    expect(m.tags).toEqual(['b', 'A', 'comfort'].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    expect(m.sites).toContain('b.example');
  });
  it('film key from folded title and year', () => {
    expect(filmKeyOf(' Éclair ', 1990)).toBe('eclair|1990');
    expect(filmKeyOf('', 1990)).toBe('');
    expect(filmKeyOf(null, null)).toBe('');
  });
  it('a correction of the title wins', () => {
    const corrected = { ...p3, correction: { film: { title: 'Vertigo' } } };
    expect(buildModel({ ...lib, pages: [corrected] }).pages[0].film.title).toBe('Vertigo');
  });
});

describe('library updates', () => {
  it('replace, remove and restore a page in its place', () => {
    const edited = { ...p2, postTitle: 'edited' };
    expect(replacePage(lib, edited).pages[1].postTitle).toBe('edited');
    const removed = removePage(lib, p2.id);
    expect(removed.pages.map((p) => p.id)).toEqual([p1.id, p3.id]);
    expect(removed.highlights.map((h) => h.id)).toEqual(['h1', 'gone']);
    const back = restorePage(removed, p2, [lib.highlights[1]]);
    expect(back.pages.map((p) => p.id)).toEqual([p1.id, p2.id, p3.id]);
    expect(back.highlights.map((h) => h.id).sort()).toEqual(['gone', 'h1', 'h2']);
  });
  it('remove and add back a highlight', () => {
    const without = removeHighlight(lib, 'h1');
    expect(without.highlights.map((h) => h.id)).toEqual(['h2', 'gone']);
    expect(addHighlight(without, lib.highlights[0]).highlights).toHaveLength(3);
    expect(addHighlight(lib, lib.highlights[0]).highlights).toHaveLength(3);
  });
});

describe('visible', () => {
  const m = buildModel(lib);
  it('without query or filters, everything in order', () => {
    expect(visiblePages(m.pages, null, NO_FILTERS)).toBe(m.pages);
    expect(countHighlights(m, null, NO_FILTERS)).toBe(2);
    expect(visibleHighlights(m, null, { ...NO_FILTERS, orphaned: true }, 'new').map((h) => h.highlight.id)).toEqual(['h1']);
    expect(visibleHighlights(m, null, NO_FILTERS, 'old').map((h) => h.highlight.id)).toEqual(['h1', 'h2']);
  });
});

describe('tags, formats, CSV', () => {
  it('parses tags: trimmed, collapsed, first spelling kept', () => {
    expect(parseTags(' noir ,  slow   cinema, Noir,, ')).toEqual(['noir', 'slow cinema']);
  });
  it('labels', () => {
    expect(ratingLabel(3.5)).toBe('3.5 / 5');
    expect(ratingLabel(null)).toBe('—');
    expect(filmLabel('Her', 2013)).toBe('Her (2013)');
    expect(filmLabel(' ', null)).toBe('No film named');
    expect(bytesLabel(512)).toBe('512 B');
    expect(bytesLabel(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(excerpt('a\n\n b', 10)).toBe('a b');
    expect(excerpt('abcdefghijkl', 5)).toBe('abcd…');
  });
  it('only web links become links; passage links carry an escaped text fragment', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://x.example/')).toBe('https://x.example/');
    expect(passageHref('https://x.example/a#top', 'well-made, & quiet')).toBe('https://x.example/a#:~:text=well%2Dmade%2C%20%26%20quiet');
    const long = passageHref('https://x.example/a', 'one two three four five six seven eight nine ten eleven twelve thirteen')!;
    expect(long.endsWith('#:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen')).toBe(true);
    expect(passageHref('data:text/html,x', 'a')).toBeUndefined();
  });
});
