/** The storage panel's health line and its reminder to export a backup (issue 12). */
import { describe, expect, it } from 'vitest';
import { backupReminder, healthLine } from '../../../src/options/model/health';

const at = Date.UTC(2026, 0, 10, 12);
const mark = (pages: number, highlights: number) => ({ at, pages, highlights, films: 0, bytes: 2_500_000 });

describe('the library health line', () => {
  it('says what the library holds, its size on disk and the last backup', () => {
    expect(healthLine({ pages: 1200, highlights: 5400, films: 3, lastBackup: mark(1000, 5000) }, 12 * 1024 * 1024)).toBe(
      '1,200 saved pages, 5,400 highlights, 3 Letterboxd films; 12 MB on disk; last backup 2026-01-10 (2.4 MB).',
    );
    expect(healthLine({ pages: 1, highlights: 0, films: 0, lastBackup: null }, null)).toBe('1 saved page, 0 highlights, 0 Letterboxd films; unknown on disk; no backup exported yet.');
  });

  it('reminds to export when the library grew a lot since the last backup, not for a few records', () => {
    expect(backupReminder({ pages: 1050, highlights: 5000, films: 0, lastBackup: mark(1000, 5000) })).toBeNull();
    expect(backupReminder({ pages: 1000, highlights: 6600, films: 0, lastBackup: mark(1000, 5000) })).toBe(
      'Your library has grown by 1,600 records since your last backup (2026-01-10): export a new one.',
    );
    // A small library: a quarter more is a lot, but only from 100 records on.
    expect(backupReminder({ pages: 20, highlights: 40, films: 0, lastBackup: mark(10, 10) })).toBeNull();
    expect(backupReminder({ pages: 100, highlights: 40, films: 0, lastBackup: mark(10, 10) })).toMatch(/grown by 120 records/);
  });

  it('reminds a reader with no backup yet, once there is something to lose', () => {
    expect(backupReminder({ pages: 3, highlights: 5, films: 0, lastBackup: null })).toBeNull();
    expect(backupReminder({ pages: 10, highlights: 30, films: 0, lastBackup: null })).toBe('You have 40 records and no backup: export a backup (JSON) to keep them safe.');
  });
});
