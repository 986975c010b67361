import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import type { Workbook } from '../../../src/engine/workbook/types';
import { OfficeHost } from '../../../src/taskpane/office-host';
import type { HostCapabilities } from '../../../src/adapters/office/excel-surface';
import { CURRENT_EXCEL, DESKTOP_EXCEL } from './helpers/capabilities';
import { syntheticWorkbook } from './helpers/synthetic';
import { FakeExcel } from './fake-excel/fake-excel';
import { dumpState } from './fake-excel/fake-state';
import { sheetOf } from '../../helpers/sheet-rows';

const LIMIT = 5 * 1024 * 1024;

interface Counts {
  readonly check: number;
  readonly recalc: number;
  readonly undo: number;
  readonly largest: number;
}

/** Periksa, Hitung Ulang and Batalkan on a workbook, with the syncs each took. */
async function counts(workbook: Workbook, desktop = false): Promise<Counts> {
  // Desktop Excel has no payload limit; the double then enforces none.
  const excel = FakeExcel.of(workbook, desktop ? { payloadLimit: Number.POSITIVE_INFINITY } : {});
  const capabilities: HostCapabilities = desktop ? DESKTOP_EXCEL : CURRENT_EXCEL;
  const before = dumpState(excel.state);
  const host = new OfficeHost(excel.run, capabilities);
  await host.check(DEFAULT_SETTINGS);
  const check = excel.syncCount;
  let largest = Math.max(excel.largestRequest, excel.largestResponse);
  excel.resetCounters();
  const outcome = await host.recalc(DEFAULT_SETTINGS);
  expect(outcome.cellsWritten).toBeGreaterThan(0);
  const recalc = excel.syncCount;
  largest = Math.max(largest, excel.largestRequest, excel.largestResponse);
  excel.resetCounters();
  await host.undo();
  expect(dumpState(excel.state)).toEqual(before);
  largest = Math.max(largest, excel.largestRequest, excel.largestResponse);
  return { check, recalc, undo: excel.syncCount, largest };
}

describe('the number of syncs does not grow with rows or sheets', () => {
  let small: Counts;
  beforeAll(async () => {
    small = await counts(syntheticWorkbook(10));
  });

  test('a 10-row table: Periksa 2 syncs, Hitung Ulang 4, Batalkan 4', () => {
    // Periksa: the sheet list, then used ranges, cells and merged areas together. Hitung Ulang
    // adds the snapshot for Batalkan and the write (print setup of Peringatan LKjIP included).
    // Batalkan: sheet list, used ranges, the check that nothing changed since, the write.
    expect(small).toMatchObject({ check: 2, recalc: 4, undo: 4 });
  });

  test('a 10,000-row table takes the same syncs as a 10-row one', async () => {
    const large = await counts(syntheticWorkbook(10_000));
    expect({ ...large, largest: 0 }).toEqual({ ...small, largest: 0 });
    expect(large.largest).toBeLessThan(LIMIT);
  });

  test('20 sheets take the same syncs as one', async () => {
    const many = await counts(syntheticWorkbook(10, 20));
    expect({ ...many, largest: 0 }).toEqual({ ...small, largest: 0 });
  });

  test('desktop Excel: a 50,000-row workbook takes the syncs of a 10-row one', async () => {
    const large = await counts(syntheticWorkbook(50_000), true);
    expect({ check: large.check, recalc: large.recalc, undo: large.undo }).toEqual({ check: 2, recalc: 4, undo: 4 });
  }, 120_000);

  test('an empty sheet beside the tables does not cost the read in parts', async () => {
    const workbook = syntheticWorkbook(10);
    const withEmpty = { ...workbook, sheets: [...workbook.sheets, sheetOf({ name: 'Sheet1', rows: [], merges: [] })] };
    const counted = await counts(withEmpty);
    expect({ check: counted.check, recalc: counted.recalc, undo: counted.undo }).toEqual({ check: small.check, recalc: small.recalc, undo: small.undo });
  });
});
