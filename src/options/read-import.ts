/**
 * A chosen file, imported (issue 12): sent to the background in chunks of at
 * most LIMITS.importChunk characters (no message nears the browser's limit),
 * staged there, then committed in one transaction, or only planned for the
 * preview. A Letterboxd export ZIP is opened here (fflate, loaded only when a
 * ZIP is chosen) and each CSV in it sent by its path. A file over the
 * importer's limit (LIMITS.importFile) is refused before it is read.
 */
import { request } from '../platform/messaging';
import { LIMITS } from '../shared/records/limits';
import type { ImportReport } from '../shared/messages/types';
import type { ImportKind } from './views/ImportPanel';

const MB = 1e6;

/** What the Import panel says of its limit, and what a refusal says. */
export const IMPORT_LIMIT_TEXT = `Files of up to ${LIMITS.importFile / MB} MB`;

export function tooLargeText(bytes: number): string {
  return `the file is ${Math.round(bytes / MB)} MB, and Reel Notes imports files of up to ${LIMITS.importFile / MB} MB`;
}

async function isZip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** `text` cut into pieces of at most `size` characters, never between the two halves of a surrogate pair. */
export function* pieces(text: string, size: number): Generator<string> {
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff && end - 1 > at) end--;
    yield text.slice(at, end);
    at = end;
  }
}

/** A file's text, decoded as it is read (UTF-8, a BOM dropped), in pieces of at most `size` characters. */
async function* fileText(file: Blob, size: number): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    if (buffer.length < size) continue;
    const parts = [...pieces(buffer, size)];
    // The last piece may be short: keep it for the next read.
    buffer = parts.pop()!;
    yield* parts;
  }
  if (buffer) yield buffer;
}

async function zipFiles(file: Blob): Promise<{ path: string; text: string }[]> {
  const { unzipSync, strFromU8 } = await import('fflate');
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await file.arrayBuffer()), {
      filter: (f) => {
        if (!/\.csv$/i.test(f.name)) return false;
        total += f.originalSize;
        if (total > LIMITS.importFile) throw new Error(`the files in it are larger than ${LIMITS.importFile / MB} MB together`);
        return true;
      },
    });
  } catch (e) {
    throw new Error(`The ZIP file could not be read: ${(e as Error).message}`);
  }
  const files = Object.entries(entries).map(([path, data]) => ({ path, text: strFromU8(data) }));
  if (!files.length) throw new Error('The ZIP file holds no CSV files: is it a Letterboxd export?');
  return files;
}

export interface ImportOptions {
  preview?: boolean;
  /** Characters sent so far, and the file's size in bytes (about its characters). */
  onProgress?: (sent: number, size: number) => void;
}

/** Sends `file` in chunks and commits it (or, with `preview`, only plans it); the background's refusal arrives as an Error. */
export async function importChosenFile(kind: ImportKind, file: File, options: ImportOptions = {}): Promise<ImportReport> {
  if (file.size > LIMITS.importFile) throw new Error(tooLargeText(file.size));
  const zip = await isZip(file);
  if (zip && kind !== 'letterboxd') throw new Error('This is a ZIP file: only Letterboxd exports are read from a ZIP (choose “Letterboxd export”)');
  const files = zip ? await zipFiles(file) : null;
  const { session, chunkChars } = await request({ type: 'library/import-begin', kind, name: file.name });
  let sent = 0;
  const chunk = async (text: string, path?: string) => {
    await request({ type: 'library/import-chunk', session, text, ...(path === undefined ? {} : { path }) });
    sent += text.length;
    options.onProgress?.(sent, file.size);
  };
  try {
    if (files) {
      // An empty CSV is still sent (as one empty chunk): the import names what it skipped.
      for (const f of files) for (const text of f.text ? pieces(f.text, chunkChars) : ['']) await chunk(text, f.path);
    } else {
      for await (const text of fileText(file, chunkChars)) await chunk(text);
    }
  } catch (e) {
    // The staged chunks are let go at once; nothing was written.
    await request({ type: 'library/import-abort', session }).catch(() => undefined);
    throw e;
  }
  return request({ type: 'library/import-commit', session, preview: options.preview === true });
}
