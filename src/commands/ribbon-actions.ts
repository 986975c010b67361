import {
  budgetFor,
  buildE81InWorkbook,
  checkWorkbook,
  readSettingsSheet,
  recalcWorkbook,
  settingsOrDefault,
  showCell,
  type ExcelContext,
  type ExcelRunner,
  type HostCapabilities,
} from '../adapters/office';
import { officeText } from '../engine/i18n/office-messages';
import { DEFAULT_SETTINGS } from '../engine/settings/types';
import { WARNINGS_SHEET } from '../engine/workbook/tool-sheets';
import type { RibbonFunction } from './ribbon-functions';

/** What Office passes to an ExecuteFunction handler: it must be told when the command is done. */
export interface CommandEvent {
  completed(): void;
}

export interface RibbonDeps {
  readonly run: ExcelRunner;
  readonly capabilities: HostCapabilities;
  /** Where a failure is told (no pane is open; Excel has no notification API for add-ins). */
  readonly report: (message: string) => void;
}

/**
 * The ribbon's buttons that work without the task pane. Each one shows its outcome in the
 * workbook itself and writes nothing else: Hitung Ulang opens `Peringatan LKjIP`, Periksa
 * selects the most serious problem (writing nothing at all), Buat E.81 opens the E.81 sheet.
 * `event.completed()` is called in every case, also after a failure.
 */
export function ribbonActions(deps: RibbonDeps): Record<RibbonFunction, (event: CommandEvent) => Promise<void>> {
  const options = { capabilities: deps.capabilities, budget: budgetFor(deps.capabilities) };
  const writeRun = deps.capabilities.mergeUndoGroup ? { mergeUndoGroup: true } : {};
  const settingsOf = async (context: ExcelContext) => settingsOrDefault(await readSettingsSheet(context), DEFAULT_SETTINGS);

  const command = (runOptions: { mergeUndoGroup?: boolean }, body: (context: ExcelContext) => Promise<void>) => async (event: CommandEvent) => {
    try {
      await deps.run(runOptions, body);
    } catch (error) {
      deps.report(officeText.commands.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      event.completed();
    }
  };

  return {
    hitungUlang: command(writeRun, async (context) => {
      const result = await recalcWorkbook(context, await settingsOf(context), options);
      if (result.sheetsWritten.includes(WARNINGS_SHEET)) await showCell(context, WARNINGS_SHEET, 'A1');
    }),
    periksa: command({}, async (context) => {
      const { analysis } = await checkWorkbook(context, await settingsOf(context), options);
      const worst = analysis.warnings[0];
      if (worst) await showCell(context, worst.sheet, worst.cell);
    }),
    buatE81: command(writeRun, async (context) => {
      const result = await buildE81InWorkbook(context, await settingsOf(context), options);
      const sheet = result.sheetsWritten[0];
      if (sheet !== undefined) await showCell(context, sheet, 'A1');
    }),
  };
}
