/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = {
  "bias": -4.395,
  "threshold": 1.394,
  "w": {
    "json-ld": 0.953,
    "microdata": 1.007,
    "rdfa": 0,
    "open-graph": 0,
    "hreview": 0.736,
    "facts": 0.788,
    "post title": 0.575,
    "taxonomy": 1.266,
    "prose": 0.631,
    "counter": -1.023,
    "rated": 1.975,
    "first person": 0,
    "opinion": 0,
    "article": 1.144,
    "link": 0.939,
    "link director": 0,
    "link year": 0.311,
    "many films": -0.671,
    "site": 6.289
  }
};
