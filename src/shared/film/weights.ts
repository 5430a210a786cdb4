/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = {
  "bias": -4.402,
  "threshold": 1.383,
  "w": {
    "json-ld": 0.952,
    "microdata": 1.004,
    "rdfa": 0,
    "open-graph": 0,
    "hreview": 0.735,
    "facts": 0.791,
    "post title": 0.575,
    "taxonomy": 1.265,
    "prose": 0.63,
    "counter": -1.018,
    "rated": 1.969,
    "first person": 0,
    "opinion": 0,
    "article": 1.134,
    "link": 0.94,
    "link director": 0,
    "link year": 0.313,
    "many films": -0.669,
    "site": 6.285
  }
};
