import { officeText } from '../../engine/i18n/office-messages';
import type { SettingsParseResult } from '../../engine/settings/parse-settings';
import type { Settings } from '../../engine/settings/types';
import { readWorkbookSettings, settingsSheet } from '../../engine/settings/workbook-settings';
import { SETTINGS_SHEET } from '../../engine/workbook/tool-sheets';
import { applyPlan } from './apply-plan';
import type { ExcelContext } from './excel-surface';
import { OfficeAdapterError } from './office-adapter-error';
import { SheetRows } from './read/cell-blocks';
import { readLayout } from './read/read-layout';
import { rangeRefOf } from './ranges';

/**
 * The settings saved in the workbook (SPEC §8, decision 14): the very hidden `LKjIP_Pengaturan`
 * sheet, read in two syncs. Undefined when the workbook has none.
 */
export async function readSettingsSheet(context: ExcelContext): Promise<SettingsParseResult | undefined> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load('name');
  await context.sync();
  if (sheet.isNullObject) return undefined;
  const used = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return undefined;
  const rows = new SheetRows();
  rows.put(rangeRefOf(used), used.values, used.values, undefined);
  return readWorkbookSettings({ sheets: [{ name: SETTINGS_SHEET, cells: rows.grid(), merges: [] }], definedNames: [] });
}

/** Settings of the workbook, the defaults when it has none; broken settings are an error naming the fields. */
export function settingsOrDefault(result: SettingsParseResult | undefined, defaults: Settings): Settings {
  if (!result) return defaults;
  if (result.ok) return result.settings;
  throw new OfficeAdapterError('settingsBroken', officeText.errors.settingsBroken(SETTINGS_SHEET, result.errors));
}

/** Writes the settings sheet through the same generated-sheet writer as every other sheet. */
export async function writeSettingsSheet(context: ExcelContext, settings: Settings): Promise<void> {
  const layout = await readLayout(context);
  await applyPlan(context, { layout }, { cells: [], sheets: [settingsSheet(settings)] }, { keepUndo: false });
}
