import type { GeneratedSheet } from '../plan/types';
import { SETTINGS_SHEET } from '../workbook/tool-sheets';
import type { Workbook } from '../workbook/types';
import { parseSettings, type SettingsParseResult } from './parse-settings';
import { serializeSettings } from './serialize-settings';
import type { Settings } from './types';

/**
 * Settings live in the workbook itself (SPEC §8) on a very hidden sheet, as JSON in column A
 * (one cell per 30,000 characters): the same place for Excel, the CLI and the browser page.
 */
const CHUNK = 30_000;

/** The settings saved in a workbook; undefined when it has none; errors when they are broken. */
export function readWorkbookSettings(workbook: Workbook): SettingsParseResult | undefined {
  const sheet = workbook.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet) return undefined;
  let json = '';
  for (let r = 0; r < sheet.cells.height; r++) {
    const chunk = sheet.cells.value(r, 0);
    if (typeof chunk === 'string') json += chunk;
  }
  if (json.trim() === '') return undefined;
  try {
    return parseSettings(JSON.parse(json) as unknown);
  } catch {
    return { ok: false, errors: [`Lembar ${SETTINGS_SHEET} tidak berisi JSON yang sah.`] };
  }
}

export function settingsSheet(settings: Settings): GeneratedSheet {
  const json = serializeSettings(settings);
  const rows = [];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([{ kind: 'text' as const, value: json.slice(i, i + CHUNK) }]);
  return { name: SETTINGS_SHEET, rows, merges: [], columnWidths: [80], visibility: 'veryHidden' };
}
