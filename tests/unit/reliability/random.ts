import { mulberry32 } from '../../support/seeded-random';
/** A small seeded random source (mulberry32), so every fuzz input can be made again from its seed. */
export interface Rng {
  /** 0 ≤ x < 1 */
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  string(len: number, alphabet?: string): string;
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    string(len, alphabet = 'abcdefghijklmnopqrstuvwxyz ÉéàçñøßΩ漢字🎬"\',\n\\<>&[](){}:;=\t\u0000\ud800') {
      const chars = [...alphabet];
      let s = '';
      for (let i = 0; i < len; i++) s += chars[Math.floor(next() * chars.length)];
      return s;
    },
  };
}

/** Seed for case `i` of a family: independent of how many cases ran before it. */
export function caseSeed(base: number, family: string, i: number): number {
  let h = base ^ 0x9e3779b9;
  for (const c of `${family}:${i}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}
