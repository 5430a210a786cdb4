/**
 * Several windows editing one page at once (issue 12): popups, side panels and
 * the library, each an EditSession (src/shared/edits/session.ts, what the UIs
 * run) writing through the background's own edit (editEntry in one
 * transaction, fake-indexeddb), in a random interleaving: tags added and
 * removed, liked toggled, words added to and taken out of the note, writes
 * whose answer never arrives (the window closed), windows reopened on their
 * draft, conflicts resolved every way the reader can.
 *
 * Every change is an atom (a unique tag, a unique word, a like). `lost` counts
 * atoms that vanished without the reader being shown them: an added tag or
 * word missing at the end that no one removed, a removed one back, a like
 * replaced by a write that did not say so. Shown means in a conflict's two
 * versions, a draft the reader discarded, or a "replaced" notice.
 */
import { openFreshDb } from '../../support/fake-db';
import { changeExistingPage, changePage, editEntry, getPage } from '../../../src/shared/db/pages';
import { EditSession, readDraft, type Draft, type EditReply, type Sending } from '../../../src/shared/edits/session';
import { ENTRY_KINDS } from '../../../src/shared/edits/records';
import type { EditOutcome } from '../../../src/shared/messages/types';
import type { EntryEdit } from '../../../src/shared/records/edit';
import type { ReaderEntry } from '../../../src/shared/records';
import type { ReelDatabase } from '../../../src/shared/db/open';
import { rng, type Rng } from './random';
import type { Family, Outcome } from './family';

interface Input {
  seed: number;
  clients: number;
  steps: number;
}

const PAGE = 'https://blog.example/her-review/';
const seedOf = (detection = null) => ({ pageId: PAGE, url: PAGE, title: 'Her', detection });

interface Ledger {
  added: Set<string>;
  removed: Set<string>;
  shown: Set<string>;
  /** Likes the background reported replacing, and writes that replaced one without saying so. */
  silentReplace: number;
  refused: number;
}

const wordsOf = (text: string) => new Set(text.match(/\b[tw]\d+_\d+\b/g) ?? []);

class Window {
  session: EditSession<ReaderEntry>;
  constructor(
    public id: number,
    synced: { rev: number; values: ReaderEntry },
  ) {
    this.session = new EditSession(synced, ENTRY_KINDS);
  }
}

async function stored(db: ReelDatabase) {
  const page = (await getPage(db, PAGE))!;
  return { rev: page.rev ?? 0, values: page.entry };
}

/** The background's entry/update, as page-handlers runs it (by page id, as the library sends it). */
async function write(db: ReelDatabase, sending: Sending<ReaderEntry>, ledger: Ledger): Promise<EditReply<ReaderEntry>> {
  const before = (await getPage(db, PAGE))!.entry;
  let o: EditOutcome = { conflicts: [], replaced: [] };
  const page = await changeExistingPage(db, PAGE, editEntry(sending.edit as EntryEdit, (r) => (o = r)));
  const liked = sending.edit.liked as { from: boolean; to: boolean } | undefined;
  if (liked && before.liked !== liked.from && before.liked !== liked.to && !o.replaced.some((x) => x.field === 'liked')) ledger.silentReplace++;
  return { rev: page.rev ?? 0, values: page.entry, ...o };
}

function edit(r: Rng, w: Window, k: number, ledger: Ledger): void {
  const local = w.session.local;
  const name = `${w.id}_${k}`;
  switch (r.int(0, 4)) {
    case 0: {
      ledger.added.add(`t${name}`);
      w.session.set({ tags: [...local.tags, `t${name}`] });
      break;
    }
    case 1: {
      if (!local.tags.length) return;
      const gone = r.pick(local.tags);
      ledger.removed.add(gone);
      w.session.set({ tags: local.tags.filter((t) => t !== gone) });
      break;
    }
    case 2:
      w.session.set({ liked: !local.liked });
      break;
    case 3: {
      ledger.added.add(`w${name}`);
      const lines = local.note ? local.note.split('\n') : [];
      const at = r.int(0, lines.length);
      if (lines.length && at < lines.length && r.chance(0.5)) lines[at] = `${lines[at]} w${name}`;
      else lines.splice(at, 0, `w${name}`);
      w.session.set({ note: lines.join('\n') });
      break;
    }
    default: {
      const words = [...wordsOf(local.note)];
      if (!words.length) return;
      const gone = r.pick(words);
      ledger.removed.add(gone);
      w.session.set({ note: local.note.replace(new RegExp(` ?\\b${gone}\\b`), '') });
    }
  }
}

/** The reader's answer to each conflict shown: everything in both versions was seen. */
function resolveConflicts(r: Rng, w: Window, ledger: Ledger): void {
  for (const c of w.session.openConflicts()) {
    for (const x of [...wordsOf(c.mine), ...wordsOf(c.theirs)]) ledger.shown.add(x);
    w.session.resolve(c.field as keyof ReaderEntry, r.pick([c.mine, c.theirs, c.both]));
  }
}

async function save(r: Rng, db: ReelDatabase, w: Window, ledger: Ledger): Promise<void> {
  const sending = w.session.begin();
  if (!sending) return;
  try {
    w.session.acknowledge(sending, await write(db, sending, ledger));
  } catch {
    ledger.refused++;
    return;
  }
  resolveConflicts(r, w, ledger);
}

/** The window closes (its last write may have gone out, its answer lost) and opens again on its draft. */
async function reopen(r: Rng, db: ReelDatabase, w: Window, ledger: Ledger): Promise<Window> {
  const draft = JSON.parse(JSON.stringify(w.session.draft())) as Draft<ReaderEntry> | null;
  const sending = w.session.begin();
  if (sending && r.chance(0.5)) await write(db, sending, ledger).catch(() => ledger.refused++);
  const again = new Window(w.id, await stored(db));
  const verdict = again.session.open(readDraft(draft, ENTRY_KINDS));
  if (verdict === 'offered' && draft) {
    if (r.chance(0.5)) again.session.restore(draft);
    // Discarded: the offer listed every change of the draft (see draftSummary), so the reader saw what they let go.
    else for (const x of [...wordsOf(draft.mine.note ?? ''), ...wordsOf(draft.base.note ?? ''), ...(draft.mine.tags ?? []), ...(draft.base.tags ?? [])]) ledger.shown.add(x);
  }
  return again;
}

export const concurrentEditsFamily: Family = {
  name: 'concurrent-edits',
  setup: async () => null,
  make(r) {
    const input: Input = { seed: r.int(0, 2 ** 31 - 1), clients: r.int(2, 4), steps: r.int(10, 60) };
    return { input, how: `${input.clients} windows, ${input.steps} steps, seed ${input.seed}` };
  },
  async run(raw): Promise<Outcome> {
    const { seed, clients, steps } = raw as Input;
    const r = rng(seed);
    const db = await openFreshDb(`edits-${seed}`);
    await changePage(db, seedOf(), (p) => p);
    const ledger: Ledger = { added: new Set(), removed: new Set(), shown: new Set(), silentReplace: 0, refused: 0 };
    const first = await stored(db);
    let windows = Array.from({ length: clients }, (_, i) => new Window(i, first));
    const t0 = performance.now();
    for (let k = 0; k < steps; k++) {
      const i = r.int(0, clients - 1);
      const roll = r.next();
      if (roll < 0.55) edit(r, windows[i], k, ledger);
      else if (roll < 0.9) await save(r, db, windows[i], ledger);
      else windows[i] = await reopen(r, db, windows[i], ledger);
    }
    // Every window saves what it has left (answering conflicts) until nothing is waiting.
    for (let round = 0; round < 5; round++) for (const w of windows) await save(r, db, w, ledger);
    const pending = windows.filter((w) => w.session.begin() || w.session.openConflicts().length).length;
    const ms = performance.now() - t0;
    const final = (await stored(db)).values;
    const present = new Set([...final.tags, ...wordsOf(final.note)]);
    let lost = ledger.silentReplace;
    const missing: string[] = [];
    for (const x of ledger.added) if (!present.has(x) && !ledger.removed.has(x) && !ledger.shown.has(x)) missing.push(x);
    for (const x of ledger.removed) if (present.has(x) && !ledger.shown.has(x)) missing.push(`-${x}`);
    lost += missing.length;
    db.close();
    windows = [];
    if (pending) return { kind: 'accepted', lost, ms, problem: `${pending} windows still had unsaved edits after five rounds` };
    return {
      kind: ledger.refused ? 'refused' : 'accepted',
      lost,
      ms,
      reason: ledger.refused ? 'a write past the record limits' : undefined,
      problem: missing.length ? `lost without being shown: ${missing.slice(0, 5).join(', ')}` : undefined,
    };
  },
};
