/**
 * One scoring model over every signal: a logistic score of named features (each adapter's evidence, a rating,
 * the page's article shape, the film-index link, the site's history). Weights and the threshold are fitted on
 * the labelled corpus by scripts/fit-weights.ts and committed in weights.ts; nothing here can veto alone.
 */
import { WEIGHTS } from './weights';

export const FEATURES = [
  'json-ld', 'microdata', 'rdfa', 'open-graph', 'hreview', 'facts', 'post title', 'taxonomy', 'prose',
  'counter', 'rated', 'first person', 'opinion', 'article', 'link', 'link director', 'link year', 'many films', 'reference', 'site',
] as const;
export type Feature = (typeof FEATURES)[number];
/** Counter-evidence may only lower the score; every other feature may only raise it (a prior the fit keeps). */
export const LOWERS: ReadonlySet<Feature> = new Set<Feature>(['counter', 'many films', 'reference']);
export type Features = Partial<Record<Feature, number>>;

export interface Weights { bias: number; threshold: number; w: Partial<Record<Feature, number>> }

export function rawScore(f: Features, m: Weights = WEIGHTS): number {
  let z = m.bias;
  // Clipped as in fitting, so one huge adapter score cannot outweigh everything else.
  for (const k of FEATURES) z += (m.w[k] ?? 0) * Math.max(-8, Math.min(8, f[k] ?? 0));
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The decision and a 0–1 confidence (the model's probability, two decimals). */
export function decide(f: Features, m: Weights = WEIGHTS): { isReview: boolean; confidence: number } {
  const z = rawScore(f, m);
  return { isReview: z >= m.threshold, confidence: Math.round(sigmoid(z) * 100) / 100 };
}

/** The features, as a plain vector in FEATURES order (for fitting). */
export const vector = (f: Features) => FEATURES.map((k) => f[k] ?? 0);
