/**
 * Imports in chunks (issue 12): a file is staged chunk by chunk and read only
 * at the commit, in one transaction; a chunk past the importer's limit ends
 * the upload with a clear reason, and nothing is written before a commit.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openFreshDb } from '../../support/fake-db';
import { generateLibrary } from '../../support/large-library';
import { abortImport, beginImport, stageChunk, takeStaged } from '../../../src/background/import-staging';
import { importFile } from '../../../src/shared/db/import-file';
import { exportLibrary } from '../../../src/shared/db/import';
import { makeBackup } from '../../../src/shared/formats/backup';
import { LIMITS } from '../../../src/shared/records/limits';

const backupText = (pages: number, highlights: number, seed = 1) => JSON.stringify(makeBackup(generateLibrary(pages, highlights, seed), 'T'), null, 2);

function send(text: string, size: number, path?: string) {
  const { session } = beginImport({ type: 'library/import-begin', kind: 'backup', name: 'b.json' });
  for (let at = 0; at < text.length; at += size) stageChunk({ type: 'library/import-chunk', session, text: text.slice(at, at + size), ...(path ? { path } : {}) });
  return session;
}

describe('staged imports', () => {
  it('joins the chunks into the file they were cut from, then writes it in one commit', async () => {
    const db = await openFreshDb('staged-ok');
    const text = backupText(30, 120);
    const session = send(text, 997);
    expect(await exportLibrary(db)).toEqual({ pages: [], highlights: [], films: [] });
    const req = takeStaged({ type: 'library/import-commit', session });
    expect(req.text).toBe(text);
    const report = await importFile(db, req);
    expect(report).toMatchObject({ pages: 30, highlights: 120, added: 150, preview: false });
    expect((await exportLibrary(db)).highlights).toHaveLength(120);
    // The session is over: a second commit is refused, clearly.
    expect(() => takeStaged({ type: 'library/import-commit', session })).toThrow(/interrupted.*nothing was written/);
    db.close();
  });

  it('a preview plans and writes nothing', async () => {
    const db = await openFreshDb('staged-preview');
    const session = send(backupText(5, 10), 300);
    expect(await importFile(db, takeStaged({ type: 'library/import-commit', session, preview: true }))).toMatchObject({ added: 15, preview: true });
    expect((await exportLibrary(db)).pages).toHaveLength(0);
    db.close();
  });

  it('refuses a file past the limit halfway, says the limit, and writes nothing', async () => {
    const db = await openFreshDb('staged-too-large');
    const { session } = beginImport({ type: 'library/import-begin', kind: 'backup' });
    const chunk = 'x'.repeat(LIMITS.importChunk);
    const chunks = Math.floor(LIMITS.importFile / LIMITS.importChunk);
    for (let i = 0; i < chunks; i++) stageChunk({ type: 'library/import-chunk', session, text: chunk });
    expect(() => stageChunk({ type: 'library/import-chunk', session, text: 'y' })).toThrow(/too large to import.*up to 200 MB/);
    // The upload is over, its chunks let go: the rest is refused, nothing was written.
    expect(() => stageChunk({ type: 'library/import-chunk', session, text: 'y' })).toThrow(/interrupted/);
    expect(await exportLibrary(db)).toEqual({ pages: [], highlights: [], films: [] });
    db.close();
  });

  it('a file refused at the commit writes nothing, though it came in many chunks', async () => {
    const db = await openFreshDb('staged-bad');
    const good = JSON.parse(backupText(20, 60));
    // The last highlight names a page not in the file: found only when the whole file is read.
    good.highlights[good.highlights.length - 1].pageId = 'https://nowhere.example/';
    const session = send(JSON.stringify(good), 500);
    await expect(importFile(db, takeStaged({ type: 'library/import-commit', session }))).rejects.toThrow(/is not in the backup/);
    expect(await exportLibrary(db)).toEqual({ pages: [], highlights: [], films: [] });
    db.close();
  });

  it('keeps the files of a ZIP apart, and an abort lets the chunks go', () => {
    const { session } = beginImport({ type: 'library/import-begin', kind: 'letterboxd', name: 'export.zip' });
    stageChunk({ type: 'library/import-chunk', session, path: 'ratings.csv', text: 'Date,Name' });
    stageChunk({ type: 'library/import-chunk', session, path: 'diary.csv', text: 'Date,' });
    stageChunk({ type: 'library/import-chunk', session, path: 'ratings.csv', text: ',Year' });
    expect(abortImport({ type: 'library/import-abort', session })).toEqual({ aborted: true });
    expect(() => takeStaged({ type: 'library/import-commit', session })).toThrow(/interrupted/);
    const again = beginImport({ type: 'library/import-begin', kind: 'letterboxd' }).session;
    stageChunk({ type: 'library/import-chunk', session: again, path: 'ratings.csv', text: 'Date,Name' });
    stageChunk({ type: 'library/import-chunk', session: again, path: 'ratings.csv', text: ',Year' });
    expect(takeStaged({ type: 'library/import-commit', session: again }).files).toEqual([{ path: 'ratings.csv', text: 'Date,Name,Year' }]);
  });

  it('takes one upload at a time: a new one (Import pressed while the preview is sent) ends the earlier', () => {
    const preview = beginImport({ type: 'library/import-begin', kind: 'backup' }).session;
    stageChunk({ type: 'library/import-chunk', session: preview, text: '{"format"' });
    const real = beginImport({ type: 'library/import-begin', kind: 'backup' }).session;
    expect(() => stageChunk({ type: 'library/import-chunk', session: preview, text: ': 1}' })).toThrow(/interrupted/);
    stageChunk({ type: 'library/import-chunk', session: real, text: '{}' });
    expect(takeStaged({ type: 'library/import-commit', session: real }).text).toBe('{}');
  });
});
