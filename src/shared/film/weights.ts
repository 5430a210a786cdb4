/** Written by scripts/fit-weights.ts from the labelled corpus: do not edit by hand. */
import type { Weights } from './model';

export const WEIGHTS: Weights = {
  "bias": -3.451,
  "threshold": 0.878,
  "w": {
    "json-ld": 0.886,
    "microdata": 0.84,
    "rdfa": 0.751,
    "open-graph": 0,
    "hreview": 0.836,
    "facts": 1.413,
    "post title": 0.606,
    "taxonomy": 1.557,
    "prose": 0.632,
    "counter": -0.723,
    "rated": 1.552,
    "first person": 0,
    "opinion": 0.002,
    "article": 0.602,
    "link": 0.718,
    "link director": 0.581,
    "link year": 0.79,
    "many films": -0.614,
    "reference": -1.618,
    "site": 4.829
  }
};
