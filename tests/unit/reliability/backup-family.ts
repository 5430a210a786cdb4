/** Damaged backups: every one ends in a clear refusal or an import that loses nothing. */
import { importBackup } from '../../../src/shared/db/import';
import { makeBackup } from '../../../src/shared/formats/backup';
import { damageText, mutateJson } from './mutate';
import { type Rng } from './random';
import { genLibrary } from './library-gen';
import { type Family } from './family';
import { dbState, type DbState, judgedImport, overlap, STORED } from './judge-import';


export const backupFamily: Family = {
  name: 'backup-import',
  setup: () => dbState(STORED.backup),
  make(r, i) {
    // Some incoming libraries overlap the stored one (same ids, older or newer), the rest are new.
    const lib = genLibrary(r, r.int(1, 8), 3, `in${i % 7}`);
    if (r.chance(0.5)) {
      const old = overlap(r, STORED.backup);
      lib.pages.push(...old.pages);
      lib.highlights.push(...old.highlights);
    }
    const backup = JSON.parse(JSON.stringify(makeBackup(lib, new Date(Date.UTC(2024, 0, 1)).toISOString()))) as Record<string, unknown>;
    return damage(r, backup, 0.1);
  },
  run: (input, state) => judgedImport(state as DbState, (db) => importBackup(db, input), false),
};

/**
 * A valid value, mutated 1–3 times (untouched with probability `pIntact`),
 * then sometimes sent as JSON text, itself sometimes damaged.
 */
export function damage(r: Rng, valid: unknown, pIntact: number): { input: unknown; how: string } {
  const hows: string[] = [];
  let value: unknown = valid;
  const n = r.chance(pIntact) ? 0 : r.int(1, 3);
  for (let k = 0; k < n; k++) {
    const m = mutateJson(r, value);
    value = m.value;
    hows.push(m.how);
  }
  if (r.chance(0.4)) {
    let text: string;
    try {
      text = JSON.stringify(value) ?? 'undefined';
    } catch {
      // Too deep for JSON.stringify: the object itself is still tried, as a parsed value.
      return { input: value, how: hows.join('; ') };
    }
    if (r.chance(0.5)) {
      const d = damageText(r, text);
      text = d.value;
      hows.push(d.how);
    }
    return { input: text, how: hows.join('; ') || 'valid (text)' };
  }
  return { input: value, how: hows.join('; ') || 'valid' };
}

