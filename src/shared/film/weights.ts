/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = {
  "bias": -2.712,
  "threshold": 1.305,
  "w": {
    "json-ld": 0.604,
    "microdata": 0.532,
    "rdfa": 0,
    "open-graph": -0.028,
    "hreview": 0.19,
    "facts": 0.476,
    "post title": 0.514,
    "taxonomy": 0.66,
    "prose": 0.579,
    "rated": 0.46,
    "article": 0.306,
    "link": 0.456,
    "link director": 0.084,
    "link year": 0.128,
    "site": 0
  }
};
