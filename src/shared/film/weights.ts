/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = {
  "bias": -4.976,
  "threshold": 0.603,
  "w": {
    "json-ld": 1.249,
    "microdata": 1.035,
    "rdfa": 1.047,
    "open-graph": 0,
    "hreview": 0.793,
    "facts": 2.012,
    "post title": 0.875,
    "taxonomy": 1.664,
    "prose": 1.126,
    "counter": -1.11,
    "rated": 1.355,
    "first person": 0,
    "opinion": 0,
    "article": 0.066,
    "link": 1.084,
    "link director": 0.225,
    "link year": 0.405,
    "many films": -0.973,
    "reference": -1.781,
    "site": 6.079
  }
};
