/**
 * A chosen file as an import request: a Letterboxd export ZIP is opened here
 * (fflate, loaded only when a ZIP is chosen) and every CSV in it sent by its
 * path; any other file is sent as text with its name.
 */
import type { ImportKind } from './views/ImportPanel';

const MAX_UNZIPPED = 200_000_000;

export interface ImportRequest {
  kind: ImportKind;
  text: string;
  name: string;
  files?: { path: string; text: string }[];
}

async function isZip(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

export async function readImport(kind: ImportKind, file: File): Promise<ImportRequest> {
  if (!(await isZip(file))) return { kind, text: await file.text(), name: file.name };
  if (kind !== 'letterboxd') throw new Error('This is a ZIP file: only Letterboxd exports are read from a ZIP (choose “Letterboxd export”)');
  const { unzipSync, strFromU8 } = await import('fflate');
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await file.arrayBuffer()), {
      filter: (f) => {
        if (!/\.csv$/i.test(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_UNZIPPED) throw new Error('the files in it are larger than 200 MB together');
        return true;
      },
    });
  } catch (e) {
    throw new Error(`The ZIP file could not be read: ${(e as Error).message}`);
  }
  const files = Object.entries(entries).map(([path, data]) => ({ path, text: strFromU8(data) }));
  if (!files.length) throw new Error('The ZIP file holds no CSV files: is it a Letterboxd export?');
  return { kind, text: '', name: file.name, files };
}
