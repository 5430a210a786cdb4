/**
 * One import request, whatever the file: read it whole (parse), plan it
 * against what is stored (the preview stops here), then write the plan in one
 * transaction. Kept as parse → plan → commit so that very large files can be
 * cut in chunks later.
 */
import type { ReelDatabase } from './open';
import { importLibrary } from './import';
import { importFilms } from './films';
import { parseBackup, parseJsonText } from '../formats/backup';
import { fromHypothesisExport } from '../formats/hypothesis';
import { fromAnnotationCollection } from '../formats/web-annotation-read';
import { readLetterboxdFiles } from '../formats/letterboxd-read';
import { ImportError } from '../formats/library';
import type { ImportReport } from '../messages/types';

export interface ImportRequest {
  kind: 'backup' | 'hypothesis' | 'letterboxd' | 'web-annotation';
  text: string;
  name?: string;
  files?: { path: string; text: string }[];
  preview?: boolean;
}

export async function importFile(db: ReelDatabase, req: ImportRequest, now = Date.now()): Promise<ImportReport> {
  const preview = req.preview === true;
  switch (req.kind) {
    case 'backup':
      return { ...(await importLibrary(db, parseBackup(req.text), { preview, now })), preview };
    case 'hypothesis':
    case 'web-annotation': {
      const what = req.kind === 'hypothesis' ? 'The Hypothesis file' : 'The Web Annotation file';
      const data = parseJsonText(req.text, what);
      const incoming = req.kind === 'hypothesis' ? fromHypothesisExport(data, now) : fromAnnotationCollection(data, now);
      const counts = await importLibrary(db, incoming, { pages: 'combine', preview, now });
      const skipped = new Map<string, number>();
      for (const s of incoming.skipped) skipped.set(s.reason, (skipped.get(s.reason) ?? 0) + 1);
      return { ...counts, preview, skipped: [...skipped].map(([reason, count]) => ({ what: 'annotations', count, reason })) };
    }
    case 'letterboxd': {
      const files = req.files?.length ? req.files : [{ path: req.name ?? 'letterboxd.csv', text: req.text }];
      const read = readLetterboxdFiles(files);
      if (!read.items.length && !read.skipped.length) throw new ImportError('The Letterboxd files hold no films');
      const plan = await importFilms(db, read.items, now, preview);
      const skipped = read.skipped.map((s) => ({ what: s.file, count: s.rows, reason: s.reason }));
      if (plan.ambiguous) skipped.push({ what: 'watches', count: plan.ambiguous, reason: 'their title and year name several films; kept under the title alone' });
      return {
        pages: 0,
        highlights: 0,
        films: plan.add.length + plan.replace.length + plan.unchanged,
        added: plan.add.length,
        updated: plan.replace.length,
        unchanged: plan.unchanged,
        watches: plan.watchesAdded,
        skipped,
        preview,
      };
    }
  }
}
