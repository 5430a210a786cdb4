// @vitest-environment jsdom
/** What the scoring model is told about a page: the features behind a decision a reader would question. */
import { describe, expect, it } from 'vitest';
import { extractFilm } from '../../../src/shared/film';
import { sourceFolds } from '../../../scripts/eval';
import type { CorpusPage } from '../../../scripts/corpus';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const PROSE =
  '<p>Her is a 2013 American romantic drama film written and directed by Spike Jonze. This Spike Jonze written and directed film starring Joaquin Phoenix carries an air of melancholy, with Scarlett Johansson as the voice of Samantha.</p>';

describe('a reference entry about a film', () => {
  const entry = parse(
    `<html><body><article><h1>Her (film)</h1>${PROSE}<h2>Plot</h2><p>Theodore writes letters.</p><h2>Cast</h2><ul><li>Joaquin Phoenix as Theodore</li></ul><h2>Reception</h2><p>Praised.</p><h2>References</h2></article></body></html>`,
  );
  const post = parse(`<html><body><article><h1>Her</h1>${PROSE}<h2>Cast</h2><p>Phoenix is wonderful.</p></article></body></html>`);

  it('counts against a review: encyclopedia headings and a definition first', () => {
    const a = extractFilm(entry);
    const b = extractFilm(post);
    expect(a.features?.reference).toBeGreaterThanOrEqual(2);
    expect(b.features?.reference).toBeUndefined();
    expect(a.confidence).toBeLessThan(b.confidence);
  });
});

describe('review markup in any syntax', () => {
  it('RDFa evidence reaches the model under its feature name', () => {
    const d = extractFilm(
      parse(`<html><body><article vocab="http://schema.org/" typeof="Review"><h1 property="name">Portrait of a Lady on Fire</h1>
        <div property="itemReviewed" typeof="Movie"><meta property="name" content="Portrait of a Lady on Fire">
        <div property="director" typeof="Person"><meta property="name" content="Céline Sciamma"></div></div>
        <div property="reviewBody"><p>Built from looks.</p></div></article></body></html>`),
    );
    expect(d.features?.rdfa).toBeGreaterThan(0);
    expect(d.isReview).toBe(true);
    expect(d.film.title).toBe('Portrait of a Lady on Fire');
  });
});

describe('television', () => {
  it.each(['Babylon 5: The Complete Fourth Season Review', 'The Bear Season Two review'])('"%s" is not a film review', (title) => {
    const d = extractFilm(
      parse(`<html><body class="category-reviews"><article class="post"><h1 class="entry-title">${title}</h1><div class="entry-content"><p>Directed by Spike Jonze, starring Joaquin Phoenix.</p></div></article></body></html>`),
    );
    expect(d.isReview).toBe(false);
    expect(d.signals.join(' ')).toContain('TV');
  });
});

describe('list articles', () => {
  const page = (h1: string, ogTitle: string) =>
    parse(`<html><head><meta property="og:title" content="${ogTitle}"><title>${ogTitle}</title></head><body><article class="post">
      <h1 class="entry-title">${h1}</h1><div class="entry-content"><p>Directed by Damien Chazelle, starring Miles Teller and J. K. Simmons,
      Whiplash is a film about a drummer. I loved its final scene, the film's best.</p></div></article></body></html>`);

  it('a list headline counts against a review even when the headline found is another post\'s', () => {
    const d = extractFilm(page('R.I.P. Edward Herrmann, star of Gilmore Girls', 'The best film scenes of 2014'));
    expect(d.signals.join(' ')).toContain('list article: "The best film scenes of 2014"');
    expect(d.features?.counter).toBeGreaterThan(0);
  });

  it('"the best film of 2014" about one film is no list', () => {
    const d = extractFilm(page('Whiplash is the best film of 2014', 'Whiplash is the best film of 2014'));
    expect(d.signals.join(' ')).not.toContain('list article');
    expect(d.features?.counter).toBeUndefined();
  });
});

describe('cast in brackets', () => {
  const cast = (p: string) =>
    extractFilm(parse(`<html><head><title>Review: Fountain of Youth</title></head><body><article class="post"><h1 class="entry-title">Review: Fountain of Youth</h1>
      <div class="entry-content"><p>Directed by Guy Ritchie. ${p} My rating: 3/5.</p></div></article></body></html>`)).film.cast;

  it('a rank or title before a name marks the character, whichever name is longer', () => {
    expect(cast('The characters are Charlotte (Natalie Portman) and Inspector Jamal Abbas (Arian Moayed), who is a detective.')).toEqual(
      expect.arrayContaining([{ name: 'Natalie Portman', character: 'Charlotte' }, { name: 'Arian Moayed', character: 'Inspector Jamal Abbas' }]),
    );
  });

  it('a lone first name in brackets is a character, never a cast member', () => {
    const names = cast('The protagonist (Nate) is no help; John Krasinski (Luke) leads it.').map((c) => c.name);
    expect(names).not.toContain('Nate');
    expect(names).toContain('John Krasinski');
  });

  it('a voice said to belong to someone names them, with the character before it', () => {
    expect(cast('Samantha, the voice in his ear, belongs to Scarlett Johansson.')).toEqual(
      expect.arrayContaining([{ name: 'Scarlett Johansson', character: 'Samantha', voice: true }]),
    );
    expect(cast('The system has a personality, and a voice: Scarlett Johansson’s.')).toEqual(expect.arrayContaining([{ name: 'Scarlett Johansson', voice: true }]));
    // Nothing but a name after "belongs to" counts, and a voice must be the subject.
    expect(cast('The voice belongs to the night. The house belongs to Ada Lovelace.').map((c) => c.name)).toEqual([]);
  });
});

describe('held-out folds', () => {
  it('keep every source whole and spread the reviews', () => {
    // Sources named so that assigning by name (i % 5) would put every review of A… into two folds.
    const sizes: Array<[string, number, number]> = [['a1', 6, 8], ['a2', 5, 5], ['b1', 4, 7], ['b2', 1, 30], ['c1', 0, 12], ['c2', 2, 2], ['d1', 0, 9], ['e1', 3, 3]];
    const pages = sizes.flatMap(([source, reviews, n]) =>
      Array.from({ length: n }, (_, i) => ({ source, label: { isReview: i < reviews } }) as unknown as CorpusPage),
    );
    const folds = sourceFolds(pages, 5);
    expect([...folds.keys()].sort()).toEqual(sizes.map(([s]) => s).sort());
    const reviews = [0, 1, 2, 3, 4].map((f) => pages.filter((p) => p.label.isReview && folds.get(p.source) === f).length);
    expect(Math.min(...reviews)).toBeGreaterThan(0);
    expect(Math.max(...reviews) - Math.min(...reviews)).toBeLessThanOrEqual(6);
  });
});
