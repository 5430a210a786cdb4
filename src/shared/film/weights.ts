/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = {
  "bias": -5.075,
  "threshold": 0.889,
  "w": {
    "json-ld": 1.17,
    "microdata": 1.037,
    "rdfa": 1.048,
    "open-graph": 0,
    "hreview": 0.768,
    "facts": 2,
    "post title": 0.921,
    "taxonomy": 1.648,
    "prose": 1.208,
    "counter": -1.122,
    "rated": 1.351,
    "first person": 0,
    "opinion": 0,
    "article": 0.116,
    "link": 0.969,
    "link director": 0.176,
    "link year": 0.299,
    "many films": -0.918,
    "reference": -1.759,
    "site": 6.464
  }
};
