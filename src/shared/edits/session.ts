/**
 * One surface's editing of one record (the popup's entry form, the library's
 * page editor, a highlight's note, the film correction form): what the reader
 * sees, what the background last said the record holds (and its revision),
 * and the edit that turns one into the other. The hooks in src/ui/ wrap it;
 * the reliability family drives it directly. Pure: no browser APIs.
 *
 * Drafts: what the reader typed and the background has not acknowledged is
 * kept with the revision it was typed on. Opened again on that same revision,
 * the draft is the reader's own latest text and is restored; on a record that
 * moved on (edited elsewhere meanwhile) it is only offered, never applied
 * silently; when the record already holds it, it is dropped.
 */
import { applySet, diffEdit, isEmptyEdit, sameValue, setChange, type Edit, type Kinds, type Replaced, type TextConflict } from './field-edit';
import { merge3 } from './text-merge';

export interface Synced<V> {
  rev: number;
  values: V;
}

export interface EditReply<V> extends Synced<V> {
  conflicts: TextConflict[];
  replaced: Replaced[];
}

/** What is kept in localStorage: the changed fields, what they were typed on, and that record's revision. */
export interface Draft<V> {
  rev: number;
  base: Partial<V>;
  mine: Partial<V>;
}

export interface Sending<V> {
  edit: Edit<V>;
  baseRev: number;
  sent: V;
}

/** A conflict as the reader is shown it: the other version, theirs, against the reader's current text. */
export interface OpenConflict {
  field: string;
  theirs: string;
  mine: string;
  /** Both versions kept where they disagree ("Keep both"). */
  both: string;
}

export class EditSession<V extends object> {
  base: Synced<V>;
  local: V;
  /** For a text field being typed on another copy than `base` (see diffEdit). */
  private textBase: Partial<V> = {};
  private conflicts = new Map<keyof V, TextConflict>();

  constructor(
    synced: Synced<V>,
    readonly kinds: Kinds<V>,
  ) {
    this.base = { rev: synced.rev, values: { ...synced.values } };
    this.local = { ...synced.values };
  }

  private fields = () => Object.keys(this.kinds) as (keyof V)[];

  set(patch: Partial<V>): void {
    this.local = { ...this.local, ...patch };
  }

  dirtyFields(): (keyof V)[] {
    return this.fields().filter((f) => !sameValue(this.local[f], this.base.values[f]));
  }

  /** The edit to send now (conflicted fields wait for the reader's choice), or null when there is none. */
  begin(): Sending<V> | null {
    const edit = diffEdit(this.base.values, this.local, this.kinds, this.textBase, new Set(this.conflicts.keys()));
    return isEmptyEdit(edit) ? null : { edit, baseRev: this.base.rev, sent: { ...this.local } };
  }

  /** The background's answer to `sending`: the record as it is now, merged, with what could not be. */
  acknowledge(sending: Sending<V>, reply: EditReply<V>): void {
    const conflicted = new Set(reply.conflicts.map((c) => c.field));
    for (const c of reply.conflicts) this.conflicts.set(c.field as keyof V, c);
    const fresher = reply.rev >= this.base.rev;
    for (const f of this.fields()) {
      if (conflicted.has(f as string)) continue;
      if (!(f in sending.edit)) {
        // Not part of this write: what changed elsewhere is taken where the reader has not typed.
        if (fresher) this.follow(f, reply.values[f], this.base.values[f]);
        continue;
      }
      this.conflicts.delete(f);
      const kind = this.kinds[f];
      if (sameValue(this.local[f], sending.sent[f])) {
        if (fresher) this.local[f] = reply.values[f];
        delete this.textBase[f];
      } else if (kind === 'set') {
        this.local[f] = applySet(reply.values[f] as string[], setChange(sending.sent[f] as string[], this.local[f] as string[])) as V[keyof V];
      } else if (kind === 'text') {
        // The stored text now holds what was sent: the next write is what was typed since.
        this.textBase[f] = sending.sent[f];
      }
    }
    if (fresher) this.base = { rev: reply.rev, values: { ...reply.values } };
  }

  /** A fresher copy of the record read elsewhere (a reload): taken where the reader has not typed. */
  adopt(synced: Synced<V>): void {
    if (synced.rev <= this.base.rev) return;
    for (const f of this.fields()) this.follow(f, synced.values[f], this.base.values[f]);
    this.base = { rev: synced.rev, values: { ...synced.values } };
  }

  private follow(f: keyof V, next: V[keyof V], old: V[keyof V]): void {
    if (sameValue(this.local[f], old) && !(f in this.textBase)) this.local[f] = next;
    else if (this.kinds[f] === 'set') this.local[f] = applySet(next as string[], setChange(old as string[], this.local[f] as string[])) as V[keyof V];
    else if (this.kinds[f] === 'text' && !(f in this.textBase)) this.textBase[f] = old;
  }

  openConflicts(): OpenConflict[] {
    return [...this.conflicts.values()].map((c) => {
      const mine = String(this.local[c.field as keyof V]);
      const merged = merge3(c.base, mine, c.theirs);
      return { field: c.field, theirs: c.theirs, mine, both: merged.ok ? merged.text : merged.both };
    });
  }

  /** The reader's choice for a conflicted text: it is written over the other version, which they saw. */
  resolve(field: keyof V, text: string): void {
    const c = this.conflicts.get(field);
    if (!c) return;
    this.conflicts.delete(field);
    this.local[field] = text as V[keyof V];
    this.textBase[field] = c.theirs as V[keyof V];
  }

  /** What to keep across a closed window, or null when everything is stored. */
  draft(): Draft<V> | null {
    const dirty = this.dirtyFields();
    if (!dirty.length) return null;
    const base: Partial<V> = {};
    const mine: Partial<V> = {};
    for (const f of dirty) {
      base[f] = (f in this.textBase ? this.textBase[f] : this.base.values[f]) as V[keyof V];
      mine[f] = this.local[f];
    }
    return { rev: this.base.rev, base, mine };
  }

  /**
   * What a draft found on opening means: 'none' (nothing to do, or the record
   * already holds it), 'restored' (typed on this very revision: applied, to be
   * saved), or 'offered' (the record moved on: the reader decides).
   */
  open(draft: Draft<V> | null): 'none' | 'restored' | 'offered' {
    if (!draft) return 'none';
    const fields = (Object.keys(draft.mine) as (keyof V)[]).filter((f) => f in this.kinds);
    if (fields.every((f) => sameValue(draft.mine[f], this.base.values[f]))) return 'none';
    if (draft.rev !== this.base.rev) return 'offered';
    this.restore(draft);
    return 'restored';
  }

  /** Puts a draft's changes on the current copy: texts are merged by the background from what they were typed on. */
  restore(draft: Draft<V>): void {
    for (const f of Object.keys(draft.mine) as (keyof V)[]) {
      if (!(f in this.kinds)) continue;
      const mine = draft.mine[f] as V[keyof V];
      const typedOn = (f in draft.base ? draft.base[f] : undefined) as V[keyof V] | undefined;
      if (this.kinds[f] === 'set') {
        this.local[f] = applySet(this.local[f] as string[], setChange((typedOn ?? this.base.values[f]) as string[], mine as string[])) as V[keyof V];
      } else {
        this.local[f] = mine;
        if (this.kinds[f] === 'text' && typedOn !== undefined) this.textBase[f] = typedOn;
      }
    }
  }
}

/** A draft read back from storage, checked (storage is ours, but written by other versions); an older plain patch has no revision. */
export function readDraft<V extends object>(raw: unknown, kinds: Kinds<V>): Draft<V> | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const isDraft = typeof r.rev === 'number' && typeof r.mine === 'object' && r.mine !== null && typeof r.base === 'object' && r.base !== null;
  const mine = (isDraft ? r.mine : r) as Record<string, unknown>;
  const base = (isDraft ? r.base : {}) as Record<string, unknown>;
  const pick = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([k, val]) => k in kinds && okFor(kinds[k as keyof V], val))) as Partial<V>;
  const out = { rev: isDraft ? (r.rev as number) : -1, base: pick(base), mine: pick(mine) };
  return Object.keys(out.mine).length ? out : null;
}

function okFor(kind: string, value: unknown): boolean {
  if (kind === 'text') return typeof value === 'string';
  if (kind === 'set') return Array.isArray(value) && value.every((t) => typeof t === 'string');
  return value !== undefined;
}
