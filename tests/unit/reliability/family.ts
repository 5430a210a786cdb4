/** What a reliability family is, what one case ends in, and what a run reports. */
import { ImportError } from '../../../src/shared/formats/library';
import type { Rng } from './random';

export interface FamilyResult {
  family: string;
  tried: number;
  refused: number;
  accepted: number;
  lost: number;
  slowestMs: number;
  /** Cases that threw something other than a clear error, or broke the time bound, or left bad output. */
  failures: { case: number; seed: number; how: string; problem: string }[];
  /** Distinct refusal reasons seen (first few), to read what readers would be told. */
  reasons: string[];
  skipped?: string;
}

export interface RunOptions {
  seed: number;
  /** First case number (cases are independent: case i is made from the seed and i only). */
  from?: number;
  count: number;
  /** Per-case bound, milliseconds. */
  boundMs: number;
  /** Called before each case with its number and the counts so far. */
  onProgress?: (i: number, soFar: FamilyResult) => void;
}

export type Outcome = {
  kind: 'accepted' | 'refused';
  reason?: string;
  lost?: number;
  problem?: string;
  /** Time of the part under test, when the case also spends time on set-up (parsing HTML with jsdom). */
  ms?: number;
};

export interface Family {
  name: string;
  /** The share of the run's case count this family tries (a family of costly cases tries fewer; default 1). */
  share?: number;
  setup(): Promise<unknown>;
  make(r: Rng, i: number): { input: unknown; how: string };
  run(input: unknown, state: unknown): Promise<Outcome>;
}

/** An error a reader can act on: our ImportError, with a non-empty message. */
export function isClear(e: unknown): e is ImportError {
  return e instanceof ImportError && typeof e.message === 'string' && e.message.length > 0 && e.message.length < 2_000;
}

