/**
 * Imports of any size (issue 12): the options page sends a file in chunks
 * of at most LIMITS.importChunk characters; they are staged here, in memory,
 * up to LIMITS.importFile characters in all, and nothing reaches the database
 * before the commit, which reads the whole file and writes it in one
 * transaction (or only plans it, for the preview). A refusal at any step
 * (too large, a chunk of an unknown session, a malformed file) writes nothing.
 *
 * In memory rather than in a staging store: a chunk never touches the disk,
 * and a service worker stopped mid-upload loses only the upload (the page is
 * told to start again). One upload at a time: a new one ends any other (a
 * preview still being sent when the reader presses Import), so what is held
 * never exceeds one file's limit.
 */
import { LIMITS } from '../shared/records/limits';
import { ImportError } from '../shared/formats/library';
import type { ImportRequest } from '../shared/db/import-file';
import type { PageMessage, Replies } from '../shared/messages/types';

type Of<T extends PageMessage['type']> = Extract<PageMessage, { type: T }>;

interface Staged {
  kind: ImportRequest['kind'];
  name?: string;
  /** Chunks by file: '' is the file itself, other keys paths in a Letterboxd ZIP. */
  parts: Map<string, string[]>;
  chars: number;
}

const sessions = new Map<string, Staged>();

const megabytes = (chars: number) => `${Math.round(chars / 1e6)} MB`;

export function tooLarge(chars: number): string {
  return `The file is too large to import (${megabytes(chars)} or more): Reel Notes imports files of up to ${megabytes(LIMITS.importFile)}`;
}

export function beginImport(msg: Of<'library/import-begin'>): Replies['library/import-begin'] {
  sessions.clear();
  const session = crypto.randomUUID();
  sessions.set(session, { kind: msg.kind, name: msg.name, parts: new Map(), chars: 0 });
  return { session, chunkChars: LIMITS.importChunk, maxChars: LIMITS.importFile };
}

function sessionOf(id: string): Staged {
  const s = sessions.get(id);
  // The background was restarted mid-upload, another upload began, or the session was refused or ended: nothing was written.
  if (!s) throw new ImportError('The import was interrupted before it finished (nothing was written): choose the file again');
  return s;
}

export function stageChunk(msg: Of<'library/import-chunk'>): Replies['library/import-chunk'] {
  const s = sessionOf(msg.session);
  if (s.chars + msg.text.length > LIMITS.importFile) {
    sessions.delete(msg.session);
    throw new ImportError(tooLarge(s.chars + msg.text.length));
  }
  const key = msg.path ?? '';
  if (key && s.parts.size >= 500 && !s.parts.has(key)) {
    sessions.delete(msg.session);
    throw new ImportError('The ZIP file holds too many files (more than 500): is it a Letterboxd export?');
  }
  const list = s.parts.get(key);
  if (list) list.push(msg.text);
  else s.parts.set(key, [msg.text]);
  s.chars += msg.text.length;
  return { chars: s.chars };
}

/** The staged file as one import request; the session ends (its chunks are let go before the file is read). */
export function takeStaged(msg: Of<'library/import-commit'>): ImportRequest {
  const s = sessionOf(msg.session);
  sessions.delete(msg.session);
  const text = (s.parts.get('') ?? []).join('');
  s.parts.delete('');
  const files = [...s.parts].map(([path, chunks]) => ({ path, text: chunks.join('') }));
  s.parts.clear();
  return { kind: s.kind, name: s.name, text, files: files.length ? files : undefined, preview: msg.preview === true };
}

export function abortImport(msg: Of<'library/import-abort'>): Replies['library/import-abort'] {
  return { aborted: sessions.delete(msg.session) };
}
