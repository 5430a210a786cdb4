/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = {
  "bias": -3.469,
  "threshold": 0.918,
  "w": {
    "json-ld": 0.885,
    "microdata": 0.841,
    "rdfa": 0.749,
    "open-graph": 0,
    "hreview": 0.833,
    "facts": 1.39,
    "post title": 0.629,
    "taxonomy": 1.53,
    "prose": 0.648,
    "counter": -0.729,
    "rated": 1.495,
    "first person": 0,
    "opinion": 0.002,
    "article": 0.633,
    "link": 0.726,
    "link director": 0.646,
    "link year": 0.672,
    "many films": -0.442,
    "reference": -1.682,
    "site": 4.887
  }
};
