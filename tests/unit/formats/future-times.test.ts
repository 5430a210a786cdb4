/** Imported times later than the import are clamped (issue 12): a forged date never wins a later merge. */
import { describe, expect, it } from 'vitest';
import { freshDb, herPage, highlight } from './sample-library';
import { importFile } from '../../../src/shared/db/import-file';
import { makeBackup } from '../../../src/shared/formats/backup';

const T1 = Date.UTC(2025, 0, 1);
const T2 = Date.UTC(2025, 5, 1);
const T3 = Date.UTC(2025, 6, 1);

const backupOf = (note: string, updatedAt: number) => {
  const page = herPage({ updatedAt, entry: { ...herPage().entry, note } });
  const h = highlight('h1', page.id, 'an air of melancholy', 10, { updatedAt, note });
  return JSON.stringify(makeBackup({ pages: [page], highlights: [h], films: [] }, new Date(T1).toISOString()));
};

describe('imported timestamps', () => {
  it('a backup dated 8.64e15 is stored as of its import, and a genuinely newer backup still wins later', async () => {
    const db = await freshDb();
    await importFile(db, { kind: 'backup', text: backupOf('forged', 8.64e15) }, T1);
    const [page] = await db.getAll('pages');
    expect(page.updatedAt).toBe(T1);
    expect((await db.getAll('highlights'))[0].updatedAt).toBe(T1);

    const report = await importFile(db, { kind: 'backup', text: backupOf('written later', T2) }, T3);
    expect(report.updated).toBe(2);
    expect((await db.getAll('pages'))[0].entry.note).toBe('written later');
    expect((await db.getAll('highlights'))[0].note).toBe('written later');
  });

  it('a Hypothesis annotation updated in the future is dated at its import', async () => {
    const db = await freshDb();
    const annotation = {
      id: 'abc123',
      uri: 'https://filmdiary.example.com/2014/01/her-review/',
      text: 'note',
      tags: [],
      created: '2024-01-01T00:00:00Z',
      updated: '2999-01-01T00:00:00Z',
      target: [{ source: 'https://filmdiary.example.com/2014/01/her-review/', selector: [{ type: 'TextQuoteSelector', exact: 'an air of melancholy' }] }],
    };
    await importFile(db, { kind: 'hypothesis', text: JSON.stringify({ annotations: [annotation] }) }, T1);
    for (const r of [...(await db.getAll('pages')), ...(await db.getAll('highlights'))]) expect(r.updatedAt).toBeLessThanOrEqual(T1);
  });
});
