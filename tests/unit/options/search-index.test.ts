import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/options/model/library-model';
import { parseQuery } from '../../../src/options/model/query';
import { buildIndex, narrows, search } from '../../../src/options/model/search-index';
import { highlight, page, rating } from './fixtures';

const her = page(1, { title: 'Her', year: 2013, directors: ['Spike Jonze'], cast: [{ name: 'Joaquin Phoenix', character: 'Theodore' }] }, {}, { tags: ['Romance'], note: 'The letters!' });
const eclair = page(2, { title: 'Éclair au chocolat', year: 1990 }, {}, { note: '' });
const nofilm = page(3, null, { postTitle: 'A festival diary' });
const lib = {
  pages: [her, eclair, nofilm],
  highlights: [
    highlight('h1', her, 'He writes other people’s letters for a living.', { note: 'Beautiful premise' }),
    highlight('h2', her, 'Samantha laughs.'),
    highlight('h3', nofilm, 'A café in Zürich at dawn.'),
  ],
  films: [rating('Amélie', 2001, { directors: ['Jean-Pierre Jeunet'], tags: ['comfort'] })],
};

function run(q: string, previous?: ReturnType<typeof search> | null) {
  const model = buildModel(lib);
  const hits = search(model, buildIndex(model), parseQuery(q), previous);
  return {
    hits,
    pages: model.pages.filter((r) => hits.pages[r.index]).map((r) => r.page.postTitle),
    highlights: model.highlights.filter((h) => hits.highlights[h.index]).map((h) => h.highlight.id),
    ratings: model.ratings.filter((_, i) => hits.ratings[i]).map((f) => f.title),
  };
}

describe('search', () => {
  it('finds film titles without case or accents', () => {
    expect(run('eclair').pages).toEqual(['Post 2']);
    expect(run('ÉCLAIR').pages).toEqual(['Post 2']);
    expect(run('amelie').ratings).toEqual(['Amélie']);
  });
  it('finds people, characters, tags and notes', () => {
    expect(run('jonze').pages).toEqual(['Post 1']);
    expect(run('theodore').pages).toEqual(['Post 1']);
    expect(run('romance').pages).toEqual(['Post 1']);
    expect(run('letters!').pages).toEqual(['Post 1']);
    expect(run('jeunet').ratings).toEqual(['Amélie']);
    expect(run('comfort').ratings).toEqual(['Amélie']);
  });
  it('finds highlight text and notes, and their pages', () => {
    const r = run('zurich');
    expect(r.highlights).toEqual(['h3']);
    expect(r.pages).toEqual(['A festival diary']);
    expect(run('premise').highlights).toEqual(['h1']);
    expect(run("people's").highlights).toEqual(['h1']);
  });
  it('needs every term, in the highlight or its page', () => {
    expect(run('samantha phoenix').highlights).toEqual(['h2']);
    expect(run('samantha zurich').highlights).toEqual([]);
    expect(run('samantha zurich').pages).toEqual([]);
  });
  it('a page matched by its own fields is found without its passages (issue 15: the Highlights view lists only matching passages)', () => {
    const r = run('her 2013');
    expect(r.pages).toEqual(['Post 1']);
    expect(r.highlights).toEqual([]);
    expect(run('theodore').highlights).toEqual([]);
    // One term in the passage, the other in its film: the passage is found.
    expect(run('letters jonze').highlights).toEqual(['h1']);
  });
  it('tolerates typos in longer words, and says which library words it took for them', () => {
    const r = run('teodore');
    expect(r.pages).toEqual(['Post 1']);
    expect(r.hits.needles).toEqual([{ term: 'teodore', near: ['theodore'] }]);
    expect(run('samanta').highlights).toEqual(['h2']);
    expect(run('joaqiun phenix').pages).toEqual(['Post 1']);
    // Short words must be exact: "hex" is not "her".
    expect(run('hex').pages).toEqual([]);
    expect(run('xyzzyplugh').pages).toEqual([]);
  });
  it('narrowing as the reader types gives the fresh result even where a typo makes a longer query find more', () => {
    const model = buildModel(lib);
    const index = buildIndex(model);
    let prev = null as ReturnType<typeof search> | null;
    for (const q of ['t', 'te', 'teo', 'teod', 'teodo', 'teodor', 'teodore', 'teodore l', 'teodore le']) {
      const fresh = search(model, index, parseQuery(q));
      prev = search(model, index, parseQuery(q), prev);
      expect([...prev.pages]).toEqual([...fresh.pages]);
      expect([...prev.highlights]).toEqual([...fresh.highlights]);
    }
    expect([...prev!.pages]).toEqual([1, 0, 0]);
  });
  it('narrows from the previous hits as the reader keeps typing, with the same result as a fresh search', () => {
    expect(narrows(['sam'], ['sama'])).toBe(true);
    expect(narrows(['sam'], ['zurich'])).toBe(false);
    expect(narrows([], ['a'])).toBe(false);
    expect(narrows(['sam', 'ph'], ['phoenix', 'samantha'])).toBe(true);
    const model = buildModel(lib);
    const index = buildIndex(model);
    let prev = null as ReturnType<typeof search> | null;
    for (const q of ['s', 'sa', 'sam', 'sama', 'samantha', 'samantha p', 'samantha ph']) {
      const fresh = search(model, index, parseQuery(q));
      prev = search(model, index, parseQuery(q), prev);
      expect([...prev.pages]).toEqual([...fresh.pages]);
      expect([...prev.highlights]).toEqual([...fresh.highlights]);
      expect([...prev.ratings]).toEqual([...fresh.ratings]);
    }
  });
  it('ignores previous hits of another model', () => {
    const first = run('zurich').hits;
    expect(run('zurich cafe', first).highlights).toEqual(['h3']);
  });
});

describe('IndexBuilder', () => {
  it('built a slice at a time, gives the same index as at once', async () => {
    const { IndexBuilder } = await import('../../../src/options/model/search-index');
    const model = buildModel(lib);
    const whole = buildIndex(model);
    const b = new IndexBuilder(model);
    let steps = 0;
    while (!b.step(() => true, 1)) steps++;
    expect(steps).toBeGreaterThan(2);
    expect(b.finish()).toEqual(whole);
    const half = new IndexBuilder(model);
    half.step(() => true, 2);
    expect(half.finish()).toEqual(whole);
  });
});
