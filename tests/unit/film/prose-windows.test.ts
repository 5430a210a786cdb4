/**
 * The prose reader runs its name-first patterns only around their key words (prose.ts `around`): on any
 * text it must find exactly what one scan of the whole text finds, names cut by no window edge.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_FIRST, around, matches } from '../../../src/shared/film/adapters/prose';

const seed = readFileSync(new URL('../../../../shared/seed/her-review.txt', import.meta.url), 'utf8');

/** A deterministic pseudo-random text of film prose: names, roles and key words at every spacing. */
function prose(seed0: number, words: number): string {
  let x = seed0;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const names = ['Joaquin Phoenix', 'Scarlett Johanssen', 'Amy Adams', 'Theodore Twombly', 'Jean-Luc de la Croix', 'Kang-ho Song', 'J. K. Simmons', 'Samantha', 'Spike Jonze', 'Céline Sciamma', 'Robert Downey Jr.'];
  const glue = ['as', 'plays', 'plays the', 'is his', 'is the lonely', 'and', 'directs', '-directed', "'s new film", '’s “Her', 'voiced by', 'voices', 'lends her voice to', 'stars as', ', as', 'play', 'star', 'who plays'];
  const filler = ['the', 'film', 'quiet', 'and', 'of', 'a', 'with', 'as', 'it', 'is', 'near', 'future', 'Los', 'Angeles', 'In', 'The'];
  const out: string[] = [];
  while (out.length < words) {
    const r = next();
    if (r < 0.15) out.push(pick(names), pick(glue), pick(names));
    else if (r < 0.2) out.push(pick(names) + '.');
    else out.push(...Array.from({ length: 1 + Math.floor(next() * 60) }, () => pick(filler)));
  }
  return out.join(' ').replace(/ (-directed|'s|’s|, as)/g, '$1');
}

const same = (text: string) => {
  for (const [name, p] of Object.entries(NAME_FIRST)) {
    const scan = [...matches(text, p.re)].map((m) => [m.index, m[0]]);
    const windows = [...around(text, p)].map((m) => [m.index, m[0]]);
    expect(windows, name).toEqual(scan);
  }
};

describe('name-first patterns around their key words', () => {
  it('find what one scan finds in the seed review, alone and inside a long page', () => {
    same(seed);
    same(`${prose(1, 20_000)} ${seed} ${prose(2, 20_000)}`);
  });

  it.each([3, 4, 5, 6, 7, 8])('find what one scan finds in generated prose (seed %i)', (n) => {
    const text = prose(n, 8_000);
    const found = Object.values(NAME_FIRST).reduce((k, p) => k + [...matches(text, p.re)].length, 0);
    expect(found).toBeGreaterThan(50); // the text does exercise the patterns
    same(text);
  });
});
