// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFilm } from '../../../src/shared/film';
import { quickCheck } from '../../../src/shared/film/quick-check';

const html = readFileSync(resolve(__dirname, '../../../public/demo/her-review.html'), 'utf8');
const doc = () => new DOMParser().parseFromString(html, 'text/html');

describe('demo page: Her', () => {
  const d = extractFilm(doc());

  it('is a review, decided from the post structure', () => {
    expect(d.isReview).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.8);
    expect(d.signals).toContain('category/tag: Film Reviews');
  });

  it('finds the one-word title and no invented year', () => {
    expect(d.film.title).toBe('Her');
    expect(d.film.year).toBeNull(); // the page never says 2013; 2014 is the post date
  });

  it('finds the director', () => {
    expect(d.film.directors).toEqual(['Spike Jonze']);
  });

  it('finds exactly the three actors with their characters', () => {
    expect(d.film.cast).toEqual([
      { name: 'Joaquin Phoenix', character: 'Theodore Twombly' },
      { name: 'Scarlett Johansson', character: 'Samantha', voice: true, pageSpelling: 'Scarlett Johanssen' },
      { name: 'Amy Adams', character: 'Amy' },
    ]);
  });

  it('lists no character as a cast member and nobody twice', () => {
    const names = d.film.cast.map((c) => c.name);
    expect(names).not.toContain('Theodore Twombly');
    expect(names).not.toContain('Samantha');
    expect(names).not.toContain('Scarlett Johanssen');
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads the byline and date', () => {
    expect(d.review.author).toBe('Ellie');
    expect(d.review.published?.startsWith('2014-02-16')).toBe(true);
  });

  it('passes the quick check', () => {
    expect(quickCheck(doc()).likely).toBe(true);
  });
});
