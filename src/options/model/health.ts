/**
 * The storage panel's health line (issue 12): what the library holds, and
 * whether it grew enough since the last backup to say "export one".
 * Pure: no browser APIs.
 */
import type { BackupMark, LibraryHealth } from '../../shared/messages/types';
import { bytesLabel, dayLabel, plural } from './format';

/** Records added since the last backup before the reminder shows: this many, and at least this share of the library then. */
export const REMIND_AFTER = { records: 100, share: 0.25 } as const;
/** A library this small with no backup yet is not worth a reminder. */
const FIRST_REMINDER = 20;

const records = (x: { pages: number; highlights: number; films: number }) => x.pages + x.highlights + x.films;

export function healthLine(h: LibraryHealth, usage: number | null): string {
  const held = [plural(h.pages, 'saved page'), plural(h.highlights, 'highlight'), plural(h.films, 'Letterboxd film')].join(', ');
  const backup = h.lastBackup ? `last backup ${dayLabel(h.lastBackup.at)} (${bytesLabel(h.lastBackup.bytes)})` : 'no backup exported yet';
  return `${held}; ${bytesLabel(usage)} on disk; ${backup}.`;
}

/** A reminder to export a backup, or null when the last one is recent enough. */
export function backupReminder(h: LibraryHealth): string | null {
  const now = records(h);
  const last: BackupMark | null = h.lastBackup;
  if (!last) return now >= FIRST_REMINDER ? `You have ${plural(now, 'record')} and no backup: export a backup (JSON) to keep them safe.` : null;
  const grown = now - records(last);
  if (grown < REMIND_AFTER.records || grown < REMIND_AFTER.share * records(last)) return null;
  return `Your library has grown by ${plural(grown, 'record')} since your last backup (${dayLabel(last.at)}): export a new one.`;
}
