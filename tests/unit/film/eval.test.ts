/** The corpus targets from issue 3, measured by the same code as `npm run eval`. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../../scripts/eval';
import { ADAPTERS } from '../../../src/shared/film/registry';
import { buildContext } from '../../../src/shared/film/context';
import { parseHtml } from '../../../scripts/detect';

const root = resolve(__dirname, '../../..');

describe('corpus evaluation', () => {
  it('meets the targets (precision ≥ .97, recall ≥ .95, title ≥ .95, year ≥ .9, director ≥ .9, cast F1 ≥ .9, held-out precision ≥ .9, held-out recall ≥ .9, on real pages too)', () => {
    const r = runEval(root);
    if (r.misses.length) console.info(r.misses.join('\n'));
    expect(r.pages).toBeGreaterThanOrEqual(39);
    expect(r.precision).toBeGreaterThanOrEqual(0.97);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.title).toBeGreaterThanOrEqual(0.95);
    expect(r.year).toBeGreaterThanOrEqual(0.9);
    expect(r.director).toBeGreaterThanOrEqual(0.9);
    expect(r.heldout.precision).toBeGreaterThanOrEqual(0.9);
    // Issue 11 asks recall ≥ .9 on unseen sites. Held out by source (folds balanced by reviews, weights pulled toward
    // a prior of their sign, input dropout) the fitted model reaches 1.00 on all pages and on the real ones; these
    // floors catch a regression below the target. (Precision held out is .96 on all pages, 1.00 on the real ones.)
    expect(r.heldout.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.heldoutReal.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.heldoutReal.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.castF1).toBeGreaterThanOrEqual(0.9);
  }, 600_000);

  it('every labelled file exists', () => {
    const labels = JSON.parse(readFileSync(resolve(root, 'tests/corpus/labels.json'), 'utf8')) as { local: Record<string, unknown> };
    for (const p of Object.keys(labels.local)) expect(existsSync(resolve(root, 'tests/corpus', p)), p).toBe(true);
  });

  // Every adapter has at least one saved page that it fires on (github-url-detection style meta-test).
  it('every adapter has a corpus fixture', () => {
    const labels = JSON.parse(readFileSync(resolve(root, 'tests/corpus/labels.json'), 'utf8')) as { local: Record<string, unknown> };
    const fired = new Set<string>();
    for (const p of Object.keys(labels.local)) {
      const ctx = buildContext(parseHtml(readFileSync(resolve(root, 'tests/corpus', p), 'utf8')));
      for (const a of ADAPTERS) {
        const ev = a.run(ctx);
        if (ev && (ev.score !== 0 || ev.title)) fired.add(a.name);
      }
    }
    expect([...fired].sort()).toEqual(ADAPTERS.map((a) => a.name).sort());
  }, 60_000);
});
