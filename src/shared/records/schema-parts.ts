/** Small valibot building blocks the record schemas share. */
import * as v from 'valibot';
import { LIMITS } from './limits';

export const str = (max = 2_000) => v.pipe(v.string(), v.maxLength(max));
export const httpUrl = (what: string) =>
  v.pipe(v.string(), v.maxLength(LIMITS.url), v.regex(/^https?:\/\//i, `${what} must be an http(s) URL`));
export const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
export const time = v.pipe(v.number(), v.integer(), v.minValue(0));
export const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A record's revision: the background adds one on every edit the reader makes, so a write (or a draft) can say what it was based on. */
export const revision = v.pipe(v.number(), v.integer(), v.minValue(0));
