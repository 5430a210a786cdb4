/**
 * The reliability fuzz (issue 7): for each family, thousands of seeded
 * malformed inputs, each of which must end in a result or a clear error
 * within a time bound. For import families the fake-indexeddb database must be
 * unchanged after every refused import, and nothing stored before may be lost
 * after an accepted one. `run.ts` prints the figures. Each family is a file of its own (*-family.ts).
 */
import { roundTripFamily } from './round-trip';
import { caseSeed, rng } from './random';
import type { Family, FamilyResult, Outcome, RunOptions } from './family';
import { describeThrown, pollutionCheck } from './judge-import';
import { backupFamily } from './backup-family';
import { hypothesisFamily } from './hypothesis-family';
import { letterboxdFamily } from './letterboxd-family';
import { extractorFamily } from './extractor-family';
import { largeLibraryFamily } from './large-library-family';
import { concurrentEditsFamily } from './concurrent-edits-family';

export type { Family, FamilyResult, RunOptions };


export const FAMILIES: readonly Family[] = [backupFamily, letterboxdFamily, hypothesisFamily, roundTripFamily, extractorFamily, largeLibraryFamily, concurrentEditsFamily];
export const FAMILY_NAMES = FAMILIES.map((f) => f.name);

/** Runs one family; never throws for a bad case (those are counted as failures). */
export async function runFamily(name: string, opts: RunOptions): Promise<FamilyResult> {
  const family = FAMILIES.find((f) => f.name === name);
  if (!family) throw new Error(`Unknown family ${name}; known: ${FAMILY_NAMES.join(', ')}`);
  const result: FamilyResult = { family: name, tried: 0, refused: 0, accepted: 0, lost: 0, slowestMs: 0, failures: [], reasons: [] };
  const state = await family.setup();
  if (family.name === 'extractor' && !state) {
    result.skipped = 'src/shared/film/index.ts (extractFilm) does not exist yet';
    return result;
  }
  const from = opts.from ?? 0;
  const count = Math.ceil(opts.count * (family.share ?? 1));
  for (let i = from; i < from + count; i++) {
    opts.onProgress?.(i, result);
    const seed = caseSeed(opts.seed, name, i);
    const t0 = performance.now();
    let outcome: Outcome;
    let how = '';
    try {
      const made = family.make(rng(seed), i);
      how = made.how;
      outcome = await family.run(made.input, state);
    } catch (e) {
      outcome = { kind: 'refused', problem: `harness error: ${describeThrown(e)}` };
    }
    const ms = outcome.ms ?? performance.now() - t0;
    result.tried++;
    result[outcome.kind]++;
    result.lost += outcome.lost ?? 0;
    result.slowestMs = Math.max(result.slowestMs, ms);
    const polluted = pollutionCheck();
    const problem = outcome.problem ?? polluted ?? (ms > opts.boundMs ? `took ${Math.round(ms)} ms (bound ${opts.boundMs} ms)` : undefined);
    if (problem || (outcome.lost ?? 0) > 0) result.failures.push({ case: i, seed, how, problem: problem ?? `lost ${outcome.lost}` });
    if (outcome.reason && result.reasons.length < 8) {
      const short = outcome.reason.replace(/\d+/g, 'N').slice(0, 120);
      if (!result.reasons.includes(short)) result.reasons.push(short);
    }
  }
  return result;
}

/** The figures line issue 7 asks for. */
export function figuresLine(r: FamilyResult): string {
  return `reliability: ${r.family} tried=${r.tried} refused=${r.refused} accepted=${r.accepted} lost=${r.lost} slowest_ms=${Math.round(r.slowestMs)}`;
}
