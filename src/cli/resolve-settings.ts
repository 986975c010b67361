import { readFile } from 'fs/promises';
import { parseSettings } from '../engine/settings/parse-settings';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings/types';
import { readWorkbookSettings } from '../engine/settings/workbook-settings';
import type { Workbook } from '../engine/workbook/types';

export type SettingsSource =
  | { readonly ok: true; readonly settings: Settings; readonly from: 'file' | 'workbook' | 'default' }
  | { readonly ok: false; readonly errors: readonly string[] };

/** `--settings F` first, else the settings saved in the workbook (SPEC §8), else the defaults. */
export async function resolveSettings(workbook: Workbook, settingsFile: string | undefined): Promise<SettingsSource> {
  if (settingsFile !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(settingsFile, 'utf8')) as unknown;
    } catch (err) {
      return { ok: false, errors: [`Berkas pengaturan ${settingsFile} tidak dapat dibaca sebagai JSON: ${err instanceof Error ? err.message : String(err)}`] };
    }
    const parsed = parseSettings(json);
    return parsed.ok ? { ok: true, settings: parsed.settings, from: 'file' } : { ok: false, errors: parsed.errors };
  }
  const saved = readWorkbookSettings(workbook);
  if (!saved) return { ok: true, settings: DEFAULT_SETTINGS, from: 'default' };
  return saved.ok ? { ok: true, settings: saved.settings, from: 'workbook' } : { ok: false, errors: saved.errors };
}
