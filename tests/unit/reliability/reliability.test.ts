import { describe, expect, it } from 'vitest';
import { FAMILIES, figuresLine, runFamily } from './families';
import { caseSeed, rng } from './random';

/** A short run of every family (the full run is `tsx scripts/reliability.ts`). */
describe('reliability fuzz', () => {
  for (const name of ['backup-import', 'letterboxd-import', 'hypothesis-import', 'round-trip', 'extractor', 'large-library', 'concurrent-edits']) {
    it(`${name}: every case ends in a result or a clear error, nothing lost`, async () => {
      const result = await runFamily(name, { seed: 99, count: name === 'extractor' ? 15 : 60, boundMs: 5_000 });
      if (result.skipped) return;
      expect(result.failures, figuresLine(result)).toEqual([]);
      expect(result.lost).toBe(0);
      expect(result.tried).toBe(result.refused + result.accepted);
      // The generator must exercise both outcomes, or it is not testing much.
      // A library's own files are never refused on the way back.
      if (name === 'round-trip' || name === 'large-library') expect(result.refused).toBe(0);
      else if (name === 'concurrent-edits') expect(result.accepted).toBeGreaterThan(0);
      else if (name !== 'extractor') {
        expect(result.refused).toBeGreaterThan(0);
        expect(result.accepted).toBeGreaterThan(0);
      }
    }, 120_000);
  }

  it('makes the same inputs from the same seed, whatever ran before', () => {
    for (const family of FAMILIES) {
      const make = (i: number) => {
        const made = family.make(rng(caseSeed(5, family.name, i)), i);
        try {
          return JSON.stringify(made.input)?.length + made.how;
        } catch {
          return made.how; // too deep to serialise; the description still identifies it
        }
      };
      const forward = [0, 1, 2, 3, 4].map(make);
      const backward = [4, 3, 2, 1, 0].map(make).reverse();
      expect(backward).toEqual(forward);
    }
  });
});
