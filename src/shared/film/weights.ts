/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = {
  "bias": -2.451,
  "threshold": 1.143,
  "w": {
    "json-ld": 0.577,
    "microdata": 0.61,
    "rdfa": 0,
    "open-graph": -0.037,
    "hreview": 0.174,
    "post title": 0.486,
    "taxonomy": 0.664,
    "prose": 0.499,
    "rated": 0.627,
    "article": 0.322,
    "link": 0.456,
    "link director": 0.139,
    "link year": 0.189,
    "site": 0
  }
};
