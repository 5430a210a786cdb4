/**
 * npx tsx scripts/fit-weights.ts — fits the detection model (src/shared/film/model.ts) on the labelled corpus:
 * logistic regression over the features with input dropout (DROPOUT), L2-regularised toward a prior of each
 * feature's sign (PRIOR), then the threshold that maximises F0.5 (precision
 * counts double: a wrong badge is worse than a missed one). Writes src/shared/film/weights.ts.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURES, LOWERS, rawScore, sigmoid, vector, type Features, type Weights } from '../src/shared/film/model';
import { completeDetection } from '../src/shared/film/apply-link';
import { loadCorpus, repoRoot, type CorpusPage } from './corpus';

export interface Sample { x: number[]; y: number; f: Features }

/** The full feature set of a page (page evidence plus its index link), as the background computes it. */
export function sampleOf(p: CorpusPage): Sample | null {
  if (!p.detection) return null;
  const f = (completeDetection(p.detection, p.links).features ?? {}) as Features;
  return { x: vector(f), y: p.label.isReview ? 1 : 0, f };
}

/** Features are clipped to ±8 before fitting so one huge adapter score cannot dominate. */
const clip = (v: number) => Math.max(-8, Math.min(8, v));

/**
 * The prior each weight is pulled toward: every feature was written as evidence for (or, in LOWERS, against)
 * a review, so a feature the training pages hardly show keeps a modest weight of its sign instead of none.
 * (With a prior of zero, a held-out source whose pages carry the only examples of a kind of evidence,
 * the one RDFa page or the facts boxes of one blog, was scored as if that evidence meant nothing.)
 */
export const PRIOR = Number(process.env.REEL_FIT_PRIOR ?? 0.5);
const priorOf = (k: string) => (k === 'site' ? 0 : LOWERS.has(k as never) ? -PRIOR : PRIOR);

/**
 * Dropout: in each pass every feature of every page is hidden with this probability (the others scaled up to
 * match). A page of an unseen site lacks some kinds of evidence (no tags, no link to the index, no markup),
 * so a kind of evidence must count on its own, not only beside the others it usually comes with: without
 * it, a star rating (12 of the 14 rated pages are reviews) weighed little, since the rated pages of the
 * training folds were recognised by their other evidence anyway. 0.2 is the usual rate for inputs
 * (Srivastava et al., 2014). Held out by source it took recall on real pages from 0.81 to 1.00 (`npm run eval`).
 */
export const DROPOUT = Number(process.env.REEL_FIT_DROPOUT ?? 0.2);

export function fit(samples: Sample[], lambda = Number(process.env.REEL_FIT_LAMBDA ?? 0.002), epochs = 3000, rate = 0.1): Weights {
  const n = FEATURES.length;
  const mu = FEATURES.map(priorOf);
  const w = [...mu];
  let seed = 12345; // a fixed sequence: the same corpus fits the same weights
  const keep = () => DROPOUT === 0 || ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) >= DROPOUT;
  const scale = 1 / (1 - DROPOUT);
  const x = new Array<number>(n);
  let b = 0;
  const pos = samples.filter((s) => s.y === 1).length || 1;
  const neg = samples.length - pos || 1;
  // Classes weighted to equal total mass: reviews are the minority.
  const cw = (y: number) => (y ? samples.length / (2 * pos) : samples.length / (2 * neg));
  for (let e = 0; e < epochs; e++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    for (const s of samples) {
      let z = b;
      for (let i = 0; i < n; i++) {
        x[i] = keep() ? clip(s.x[i]) * (DROPOUT ? scale : 1) : 0;
        z += w[i] * x[i];
      }
      const err = (sigmoid(z) - s.y) * cw(s.y);
      for (let i = 0; i < n; i++) gw[i] += err * x[i];
      gb += err;
    }
    for (let i = 0; i < n; i++) {
      w[i] -= rate * (gw[i] / samples.length + lambda * (w[i] - mu[i]));
      // Signs are fixed by meaning: a corpus quirk must not make evidence count against a review.
      w[i] = LOWERS.has(FEATURES[i]) ? Math.min(0, w[i]) : Math.max(0, w[i]);
    }
    b -= rate * (gb / samples.length);
  }
  const weights: Weights = { bias: round(b), threshold: 0, w: Object.fromEntries(FEATURES.map((k, i) => [k, round(w[i])])) };
  weights.threshold = chooseThreshold(samples, weights);
  // The corpus has no reader history, so the site's weight cannot be fitted: it is set so that the reader's
  // word about pages of this shape on this site decides on its own, unless other evidence argues back.
  weights.w.site = round(weights.threshold - weights.bias + 0.5);
  return weights;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The threshold with the best F0.5 on the samples; the midpoint between neighbouring scores. */
export function chooseThreshold(samples: Sample[], m: Weights): number {
  const scored = samples.map((s) => ({ z: rawScore(clipped(s.f), { ...m, threshold: 0 }), y: s.y })).sort((a, b) => a.z - b.z);
  let best = { f: -1, t: 0 };
  for (let i = 0; i < scored.length; i++) {
    const t = i === 0 ? scored[0].z - 0.5 : (scored[i - 1].z + scored[i].z) / 2;
    let tp = 0, fp = 0, fn = 0;
    for (const s of scored) {
      const yes = s.z >= t;
      if (yes && s.y) tp++;
      else if (yes) fp++;
      else if (s.y) fn++;
    }
    const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
    const f = p + r ? (1.25 * p * r) / (0.25 * p + r) : 0;
    // Ties keep the lower threshold's neighbour only when strictly better: prefer the wider margin.
    if (f > best.f) best = { f, t };
  }
  return round(best.t);
}

/** Features clipped as in fitting (the shipped model clips the same way: see model.ts). */
export function clipped(f: Features): Features {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, clip(v ?? 0)])) as Features;
}

export function writeWeights(m: Weights, file = join(repoRoot, 'src/shared/film/weights.ts')): void {
  const body = `/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = ${JSON.stringify(m, null, 2)};
`;
  writeFileSync(file, body);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { pages } = loadCorpus();
  const samples = pages.map(sampleOf).filter((s): s is Sample => s !== null);
  const m = fit(samples);
  writeWeights(m);
  console.log(`fit-weights: ${samples.length} pages, bias=${m.bias} threshold=${m.threshold}`);
  for (const k of FEATURES) console.log(`  ${k}: ${m.w[k]}`);
}
