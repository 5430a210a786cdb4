/** One surface's editing session against a record changed elsewhere meanwhile, and its drafts (issue 12). */
import { describe, expect, it } from 'vitest';
import { EditSession, readDraft, type EditReply, type Sending } from '../../../src/shared/edits/session';
import { ENTRY_KINDS } from '../../../src/shared/edits/records';
import { applyEdit } from '../../../src/shared/edits/field-edit';
import { emptyEntry, type ReaderEntry } from '../../../src/shared/records';

/** The background's side, in memory: one record and its revision. */
function server(entry: ReaderEntry = emptyEntry()) {
  const s = { rev: 0, values: entry };
  return {
    s,
    write(sending: Sending<ReaderEntry>): EditReply<ReaderEntry> {
      const r = applyEdit(s.values, sending.edit, ENTRY_KINDS);
      if (r.changed) Object.assign(s, { rev: s.rev + 1, values: r.values });
      return { rev: s.rev, values: s.values, conflicts: r.conflicts, replaced: r.replaced };
    },
  };
}

const save = (srv: ReturnType<typeof server>, session: EditSession<ReaderEntry>) => {
  const sending = session.begin();
  if (sending) session.acknowledge(sending, srv.write(sending));
};

describe('EditSession', () => {
  it('two windows on one record keep both tags, both likes and both notes (merged or offered)', () => {
    const srv = server({ ...emptyEntry(), note: 'Shared start.\n' });
    const a = new EditSession({ ...srv.s }, ENTRY_KINDS);
    const b = new EditSession({ ...srv.s }, ENTRY_KINDS);
    a.set({ tags: ['alpha'], note: 'A rewrote the start.\n' });
    b.set({ tags: ['beta'], liked: true, note: 'Shared start.\nB appended a line.\n' });
    save(srv, a);
    save(srv, b);
    expect(srv.s.values).toMatchObject({ tags: ['alpha', 'beta'], liked: true, note: 'A rewrote the start.\nB appended a line.\n' });
    // B's window now shows what A did too.
    expect(b.local.tags).toEqual(['alpha', 'beta']);
    expect(b.local.note).toBe(srv.s.values.note);
  });

  it('a conflicting note is not written: the reader is shown both and their choice is saved', () => {
    const srv = server();
    const a = new EditSession({ ...srv.s }, ENTRY_KINDS);
    const b = new EditSession({ ...srv.s }, ENTRY_KINDS);
    a.set({ note: 'from A' });
    b.set({ note: 'from B' });
    save(srv, a);
    save(srv, b);
    expect(srv.s.values.note).toBe('from A');
    const [c] = b.openConflicts();
    expect(c).toMatchObject({ field: 'note', theirs: 'from A', mine: 'from B' });
    expect(b.begin()).toBeNull(); // nothing is sent for the note until the reader chooses
    b.resolve('note', c.both);
    save(srv, b);
    expect(srv.s.values.note).toBe('from A\nfrom B');
    expect(b.openConflicts()).toEqual([]);
    expect(b.draft()).toBeNull();
  });

  it('keeps what was typed while a write was on its way, and merges it again', () => {
    const srv = server({ ...emptyEntry(), note: 'one\n' });
    const a = new EditSession({ ...srv.s }, ENTRY_KINDS);
    const other = new EditSession({ ...srv.s }, ENTRY_KINDS);
    other.set({ note: 'one\nfrom elsewhere\n' });
    save(srv, other);
    a.set({ note: 'zero\none\n' });
    const sending = a.begin()!;
    a.set({ note: 'zero\none\n', tags: ['late'] });
    a.set({ note: 'zero!\none\n' });
    a.acknowledge(sending, srv.write(sending));
    expect(a.local.note).toBe('zero!\none\n'); // the reader's screen is not rewritten under their fingers
    save(srv, a);
    expect(srv.s.values.note).toBe('zero!\none\nfrom elsewhere\n');
    expect(srv.s.values.tags).toEqual(['late']);
  });

  it('the known bug: a draft left by a closed popup is offered, not written, over a later edit elsewhere', () => {
    const srv = server({ ...emptyEntry(), note: 'v1' });
    const popup = new EditSession({ ...srv.s }, ENTRY_KINDS);
    popup.set({ note: 'typed in the popup' });
    const draft = popup.draft()!;
    // The popup closed 50 ms later: its write arrived, its acknowledgement did not.
    srv.write(popup.begin()!);
    // The library edits the note.
    const library = new EditSession({ ...srv.s }, ENTRY_KINDS);
    library.set({ note: 'edited in the library' });
    save(srv, library);
    // The popup opens again, without typing.
    const again = new EditSession({ ...srv.s }, ENTRY_KINDS);
    expect(again.open(readDraft(JSON.parse(JSON.stringify(draft)), ENTRY_KINDS))).toBe('offered');
    expect(again.begin()).toBeNull();
    expect(srv.s.values.note).toBe('edited in the library');
  });

  it('a draft the record already holds is dropped; one typed on this very revision is restored', () => {
    const srv = server();
    const popup = new EditSession({ ...srv.s }, ENTRY_KINDS);
    popup.set({ note: 'saved before the popup closed' });
    const draft = popup.draft()!;
    srv.write(popup.begin()!);
    expect(new EditSession({ ...srv.s }, ENTRY_KINDS).open(draft)).toBe('none');

    const unsaved = new EditSession({ ...srv.s }, ENTRY_KINDS);
    unsaved.set({ tags: ['kept'] });
    const d2 = unsaved.draft()!;
    const again = new EditSession({ ...srv.s }, ENTRY_KINDS);
    expect(again.open(d2)).toBe('restored');
    save(srv, again);
    expect(srv.s.values.tags).toEqual(['kept']);
  });

  it('an offered draft, restored, is merged from what it was typed on', () => {
    const srv = server({ ...emptyEntry(), note: 'a\nb\n' });
    const popup = new EditSession({ ...srv.s }, ENTRY_KINDS);
    popup.set({ note: 'a\nb\nc from the draft\n' });
    const draft = popup.draft()!;
    const library = new EditSession({ ...srv.s }, ENTRY_KINDS);
    library.set({ note: 'A\nb\n' });
    save(srv, library);
    const again = new EditSession({ ...srv.s }, ENTRY_KINDS);
    expect(again.open(draft)).toBe('offered');
    again.restore(draft);
    save(srv, again);
    expect(srv.s.values.note).toBe('A\nb\nc from the draft\n');
  });

  it('reads an older plain draft (no revision) as one to offer', () => {
    const d = readDraft<ReaderEntry>({ note: 'old draft', evil: 1 }, ENTRY_KINDS);
    expect(d).toEqual({ rev: -1, base: {}, mine: { note: 'old draft' } });
    expect(readDraft('nonsense', ENTRY_KINDS)).toBeNull();
  });
});
