/**
 * The task pane's Periksa, Hitung Ulang and Batalkan through the Office.js adapter, against the
 * strict fake Excel of `tests/adapters/office/` (the workbook read from FILE), in a fresh process:
 *   node --expose-gc dist/bench/children/office-child.js FILE
 * Counts `sync` calls and the largest request and response of each action, as Excel on the web
 * (which refuses more than 5 MB either way) and as desktop Excel (no limit).
 */
import { readFileSync } from 'fs';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import type { Workbook } from '../../src/engine/workbook/types';
import { readWorkbookSettings } from '../../src/engine/settings/workbook-settings';
import { OfficeHost } from '../../src/taskpane/office-host';
import { FakeExcel } from '../../tests/adapters/office/fake-excel/fake-excel';
import { CURRENT_EXCEL, DESKTOP_EXCEL } from '../../tests/adapters/office/helpers/capabilities';
import type { OfficeAction, OfficeActions, OfficeRun } from '../stage-types';
import { printResult, timedAsync } from './child-io';

async function measure(excel: FakeExcel, action: () => Promise<unknown>): Promise<OfficeAction> {
  excel.resetCounters();
  const { wallMs } = await timedAsync(action);
  return {
    syncs: excel.syncCount,
    requestBytesMax: excel.largestRequest,
    responseBytesMax: excel.largestResponse,
    refusedSyncs: excel.syncs.filter((s) => s.failed !== undefined).length,
    wallMs,
  };
}

async function actions(workbook: Workbook, desktop: boolean): Promise<OfficeActions> {
  const saved = readWorkbookSettings(workbook);
  const settings = saved?.ok ? saved.settings : DEFAULT_SETTINGS;
  const excel = FakeExcel.of(workbook, desktop ? { payloadLimit: Number.POSITIVE_INFINITY } : {});
  const host = new OfficeHost(excel.run, desktop ? DESKTOP_EXCEL : CURRENT_EXCEL);
  const check = await measure(excel, () => host.check(settings));
  const recalc = await measure(excel, () => host.recalc(settings));
  const undo = await measure(excel, () => host.undo());
  return { check, recalc, undo };
}

async function main(file: string): Promise<void> {
  const workbook = readXlsx(new Uint8Array(readFileSync(file)));
  printResult({ web: await actions(workbook, false), desktop: await actions(workbook, true) } satisfies OfficeRun);
}

void main(process.argv[2]!);
