/** The keyboard shortcut for "Save highlight" as the browser has it now (the reader may have remapped it). */
import { browser } from '../platform/browser-api';

export const SAVE_COMMAND = 'save-highlight';

/** The shortcut's keys, '' when the reader removed it, null when the browser cannot say. */
export async function savedShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === SAVE_COMMAND)?.shortcut ?? '';
  } catch {
    return null;
  }
}
