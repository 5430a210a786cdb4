/**
 * Edits as the reader's surfaces send them and the background applies them,
 * field by field, for any record (a page's entry, a highlight, a correction):
 * - a set (tags) changes by what was added and removed, so two windows that
 *   each add a tag both keep theirs;
 * - a text (a note) changes from the copy the reader typed on: when what is
 *   stored moved on meanwhile the two are merged (./text-merge.ts), and when
 *   they cannot be, nothing is written for that field and the conflict goes
 *   back to the reader to choose;
 * - a value (rating, liked, a date, a colour) is set; when it replaces a value
 *   set elsewhere since the reader's copy, the reply says so.
 * Pure: no browser APIs.
 */
import { merge3 } from './text-merge';

export type FieldKind = 'text' | 'set' | 'value';
export type Kinds<V> = { readonly [K in keyof V]: FieldKind };
export type SetChange = { add: string[]; remove: string[] };
export type ValueChange<T> = { from: T; to: T };
export type Edit<V> = { [K in keyof V]?: ValueChange<V[K]> | SetChange };

/** A text both sides changed where no merge is safe: the reader sees both and chooses. */
export interface TextConflict {
  field: string;
  /** The copy the reader's text was typed on, and what is stored now. */
  base: string;
  theirs: string;
}

/** A value the reader's write replaced that was set elsewhere after their copy. */
export interface Replaced {
  field: string;
  theirs: unknown;
  mine: unknown;
}

export interface Applied<V> {
  values: V;
  changed: boolean;
  conflicts: TextConflict[];
  replaced: Replaced[];
}

/** Equality of stored values (JSON with sorted keys: corrections are objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  ) ?? 'undefined';
}

const key = (s: string) => s.toLowerCase();

/** `current` with `remove` taken out and `add` appended (case-insensitively, as tags are typed). */
export function applySet(current: readonly string[], change: SetChange): string[] {
  const removed = new Set(change.remove.map(key));
  const out = current.filter((t) => !removed.has(key(t)));
  for (const t of change.add) if (!out.some((o) => key(o) === key(t))) out.push(t);
  return out;
}

/** What turned `from` into `to`, as a set change. */
export function setChange(from: readonly string[], to: readonly string[]): SetChange {
  const f = new Set(from.map(key));
  const t = new Set(to.map(key));
  return { add: to.filter((x) => !f.has(key(x))), remove: from.filter((x) => !t.has(key(x))) };
}

/** Applies `edit` to what is stored. Never throws for a stale edit: it merges, reports, or leaves a conflict. */
export function applyEdit<V extends object>(stored: V, edit: Edit<V>, kinds: Kinds<V>): Applied<V> {
  const values = { ...stored };
  const conflicts: TextConflict[] = [];
  const replaced: Replaced[] = [];
  for (const field of Object.keys(edit) as (keyof V & string)[]) {
    const change = edit[field];
    if (change === undefined || !(field in kinds)) continue;
    const now = stored[field];
    if (kinds[field] === 'set') {
      values[field] = applySet(now as string[], change as SetChange) as V[typeof field];
    } else if (kinds[field] === 'text') {
      const { from, to } = change as ValueChange<string>;
      const merged = merge3(from, to, now as string);
      if (merged.ok) values[field] = merged.text as V[typeof field];
      else conflicts.push({ field, base: from, theirs: now as string });
    } else {
      const { from, to } = change as ValueChange<unknown>;
      if (!sameValue(now, from) && !sameValue(now, to)) replaced.push({ field, theirs: now, mine: to });
      values[field] = to as V[typeof field];
    }
  }
  const changed = (Object.keys(kinds) as (keyof V)[]).some((f) => !sameValue(values[f], stored[f]));
  return { values, changed, conflicts, replaced };
}

/**
 * The edit that turns the reader's copy `base` into `local`. `textBase` holds,
 * for a text field, the text the local one was typed on when that is not
 * `base` (the reader kept typing while their last write was merged).
 */
export function diffEdit<V extends object>(base: V, local: V, kinds: Kinds<V>, textBase: Partial<V> = {}, skip: ReadonlySet<keyof V> = new Set()): Edit<V> {
  const edit: Edit<V> = {};
  for (const field of Object.keys(kinds) as (keyof V)[]) {
    if (skip.has(field)) continue;
    const from = field in textBase ? (textBase[field] as V[keyof V]) : base[field];
    if (kinds[field] === 'set') {
      const c = setChange(base[field] as string[], local[field] as string[]);
      if (c.add.length || c.remove.length) edit[field] = c;
    } else if (!sameValue(from, local[field]) || !sameValue(base[field], local[field])) {
      edit[field] = { from, to: local[field] };
    }
  }
  return edit;
}

export const isEmptyEdit = (edit: object) => Object.keys(edit).length === 0;
