/**
 * The large-library family (issue 12): export → import round trips at
 * growing sizes, through the paths a large library takes in the product: the
 * backup written from chunked reads (shared/db/read.ts + backupWriter), sent
 * in chunks to the staging (background/import-staging.ts), committed in one
 * transaction into a fresh library, exported again. `lost` counts every line
 * that differs between the source file, the first export and the second, and
 * every line a refused import (the same file, its last record broken) changed.
 * Sizes: mostly small, every 5th case 200 highlights, every 20th 1,000, every
 * 100th 2,000 (3 MB). Each case costs six passes over its library, so the
 * family tries a tenth of the run's count (200 by default); the 150 MB case
 * is `export-backup-150mb` and `import-backup-150mb` in `npm run bench`.
 */
import 'fake-indexeddb/auto';
import { openFreshDb } from '../../support/fake-db';
import { generateLibrary } from '../../support/large-library';
import { genFilms } from '../../support/films-gen';
import { readLibrary, type ReadOnlyDb } from '../../../src/shared/db/read';
import { importFile } from '../../../src/shared/db/import-file';
import { backupWriter, makeBackup } from '../../../src/shared/formats/backup';
import { beginImport, stageChunk, takeStaged } from '../../../src/background/import-staging';
import type { Family, Outcome } from './family';
import { isClear } from './family';
import { describeThrown } from './judge-import';
import { changedLines } from './round-trip';

interface Case {
  seed: number;
  highlights: number;
  films: number;
  /** Chunks the file is cut into on its way to the staging. */
  chunks: number;
}

/** The backup as the options page writes it: chunked reads, streamed. */
async function exportBackup(db: ReadOnlyDb, chunk: number): Promise<string> {
  const parts: string[] = [];
  const w = backupWriter('T', (t) => parts.push(t));
  await readLibrary(db, { pages: (r) => w.add('pages', r), highlights: (r) => w.add('highlights', r), films: (r) => w.add('films', r) }, chunk);
  w.end();
  return parts.join('');
}

/** As the options page sends a file: begun, in chunks, committed. */
async function importInChunks(db: ReadOnlyDb, text: string, chunks: number) {
  const { session } = beginImport({ type: 'library/import-begin', kind: 'backup', name: 'backup.json' });
  const size = Math.max(1, Math.ceil(text.length / chunks));
  for (let at = 0; at < text.length; at += size) stageChunk({ type: 'library/import-chunk', session, text: text.slice(at, at + size) });
  return importFile(db, takeStaged({ type: 'library/import-commit', session }));
}


/** The file with its last page's rating out of range: valid up to its last record, so refused only when read whole. */
function brokenAtTheEnd(text: string): string {
  const at = text.lastIndexOf('"rating": ');
  return at < 0 ? text.replace(/\n}$/, ',\n}') : `${text.slice(0, at)}"rating": 7.25${text.slice(text.indexOf(',', at))}`;
}

export const largeLibraryFamily: Family = {
  name: 'large-library',
  share: 0.1,
  setup: async () => null,
  make(r, i) {
    const highlights = i % 100 === 99 ? 2_000 : i % 20 === 19 ? 1_000 : i % 5 === 4 ? 200 : r.int(0, 30);
    const c: Case = { seed: r.int(1, 1e9), highlights, films: r.chance(0.5) ? r.int(1, 12) : 0, chunks: r.int(1, 12) };
    return { input: c, how: `seed ${c.seed} highlights ${c.highlights} films ${c.films} chunks ${c.chunks}` };
  },
  async run(input): Promise<Outcome> {
    const c = input as Case;
    const lib = { ...generateLibrary(Math.max(1, Math.ceil(c.highlights / 5)), c.highlights, c.seed), films: c.films ? genFilms(c.seed, c.films) : [] };
    const source = JSON.stringify(makeBackup(lib, 'T'), null, 2);
    const a = await openFreshDb(`ll-a-${c.seed}`);
    const b = await openFreshDb(`ll-b-${c.seed}`);
    try {
      await importInChunks(a, source, c.chunks);
      const e1 = await exportBackup(a, 1 + (c.seed % 500));
      await importInChunks(b, e1, c.chunks + 1);
      const e2 = await exportBackup(b, 1000);
      let lost = changedLines(source, e1) + changedLines(e1, e2);
      // A refusal after every chunk arrived writes nothing.
      try {
        await importInChunks(b, brokenAtTheEnd(e1), c.chunks);
        lost++;
      } catch (e) {
        if (!isClear(e)) return { kind: 'refused', problem: `the broken file was refused unclearly: ${describeThrown(e)}` };
      }
      lost += changedLines(e2, await exportBackup(b, 1000));
      return { kind: 'accepted', lost };
    } catch (e) {
      return { kind: 'refused', reason: isClear(e) ? e.message : undefined, problem: `its own export was refused: ${describeThrown(e)}` };
    } finally {
      a.close();
      b.close();
    }
  },
};
