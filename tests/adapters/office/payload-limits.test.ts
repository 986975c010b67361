import { applyPlan } from '../../../src/adapters/office/apply-plan';
import { DEFAULT_BUDGET } from '../../../src/adapters/office/payload';
import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { restoreUndo } from '../../../src/adapters/office/undo/restore-undo';
import type { CellWrite, GeneratedCell, WritePlan } from '../../../src/engine/plan/types';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { OfficeHost } from '../../../src/taskpane/office-host';
import { CURRENT_EXCEL } from './helpers/capabilities';
import { modelDump } from './helpers/model-dump';
import { syntheticWorkbook } from './helpers/synthetic';
import { FakeExcel } from './fake-excel/fake-excel';
import { dumpState, stateFingerprint } from './fake-excel/fake-state';

const LIMIT = 5 * 1024 * 1024;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * A plan the size Hitung Ulang makes for a 50,000-row Tabel 3.10: two derived columns in full,
 * a highlight on every tenth row, and a `Peringatan LKjIP` sheet of 5,000 rows.
 */
function bigPlan(rows: number): WritePlan {
  const cells: CellWrite[] = [];
  for (let i = 0; i < rows; i++) {
    const row = 3 + i;
    cells.push({ sheet: 'Tabel 3.10', row, col: 4, content: { kind: 'number', value: 93 + (i % 100) / 1000, numFmt: '0.00' }, ...(i % 10 === 0 ? { fill: 'error' as const } : {}) });
    cells.push({ sheet: 'Tabel 3.10', row, col: 5, content: { kind: 'number', value: 1000 + i, numFmt: '#,##0' } });
  }
  const text = (value: string): GeneratedCell => ({ kind: 'text', value, style: { border: true, wrap: true } });
  const warnings: GeneratedCell[][] = [['No', 'Lembar', 'Sel', 'Kode', 'Tingkat', 'Pesan'].map((h) => ({ ...text(h), style: { bold: true, border: true, align: 'center' } }))];
  for (let i = 0; i < 5000; i++) {
    warnings.push([
      { kind: 'number', value: i + 1, style: { border: true } },
      text('Tabel 3.10'),
      text(`E${4 + i * 10}`),
      text('SERAPAN_MISMATCH'),
      { ...text('Galat'), style: { border: true, wrap: true, fill: 'error' } },
      text(`% realisasi anggaran di Tabel 3.10!E${4 + i * 10} tertulis 95,00%, seharusnya 93,00% (realisasi ÷ pagu).`),
    ]);
  }
  return { cells, sheets: [{ name: 'Peringatan LKjIP', rows: warnings, merges: [], columnWidths: [6, 22, 8, 26, 12, 110], freeze: { rows: 1, cols: 0 }, printLandscapeFitWidth: true }] };
}

describe('Excel on the web refuses requests and responses over 5 MB', () => {
  test('a 50,000-row sheet: read, write and Batalkan stay under 5 MB per request and per response', async () => {
    const workbook = syntheticWorkbook(50_000);
    const excel = FakeExcel.of(workbook);
    const before = stateFingerprint(excel.state);
    const read = await excel.run({}, (context) => readWorkbook(context, { capabilities: CURRENT_EXCEL }));
    expect(read.workbook.sheets[0]!.cells.height).toBe(50_004);
    const reading = { syncs: excel.syncCount, request: excel.largestRequest, response: excel.largestResponse };
    // Only the first attempt, everything in one response, is refused; the read in parts is not.
    expect(excel.refusedSyncs).toBe(1);

    excel.resetCounters();
    const plan = bigPlan(50_000);
    const result = await excel.run({}, (context) => applyPlan(context, read, plan, { keepUndo: true }));
    const writing = { syncs: excel.syncCount, request: excel.largestRequest, response: excel.largestResponse, estimate: result.largestRequestBytes };
    expect(excel.refusedSyncs).toBe(0);

    excel.resetCounters();
    await excel.run({}, (context) => restoreUndo(context, result.undo!));
    const undoing = { syncs: excel.syncCount, request: excel.largestRequest, response: excel.largestResponse };
    expect(stateFingerprint(excel.state) === before).toBe(true);

    for (const m of [reading, writing, undoing]) {
      expect(m.request).toBeLessThan(LIMIT);
      expect(m.response).toBeLessThan(LIMIT);
    }
    // The adapter's own estimate of a request is never below what the request really weighs.
    expect(writing.estimate).toBeGreaterThanOrEqual(writing.request * 0.9);
    expect(writing.estimate).toBeLessThanOrEqual(DEFAULT_BUDGET.requestBytes);
    console.log(
      [
        'Office.js payloads, 50,000 rows × 6 columns (limit 5 MB):',
        `  read:  ${reading.syncs} syncs, largest request ${mb(reading.request)}, largest response ${mb(reading.response)}`,
        `  write: ${writing.syncs} syncs (snapshot + write, print setup in the last), largest request ${mb(writing.request)}, largest response ${mb(writing.response)}`,
        `  undo:  ${undoing.syncs} syncs, largest request ${mb(undoing.request)}, largest response ${mb(undoing.response)}`,
      ].join('\n'),
    );
  }, 180_000);

  test('when Excel refuses a response as too large, the read is split and still complete', async () => {
    const workbook = syntheticWorkbook(3000);
    const excel = FakeExcel.of(workbook, { payloadLimit: 150 * 1024 });
    const read = await excel.run({}, (context) => readWorkbook(context, { capabilities: CURRENT_EXCEL }));
    expect(modelDump(read.workbook)).toEqual(modelDump(workbook));
    expect(excel.syncs.some((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(Math.max(...excel.syncs.filter((s) => !s.failed).map((s) => s.responseBytes))).toBeLessThanOrEqual(150 * 1024);
  });

  test('with a smaller budget, Hitung Ulang and Batalkan send more, smaller requests and none is refused', async () => {
    const workbook = syntheticWorkbook(3000);
    const excel = FakeExcel.of(workbook, { payloadLimit: 300 * 1024 });
    const before = dumpState(excel.state);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL, { requestBytes: 200 * 1024, responseBytes: 200 * 1024, blockRows: 1000 });
    await host.recalc(DEFAULT_SETTINGS);
    expect(excel.syncs.filter((s) => s.failed === 'RequestPayloadSizeLimitExceeded')).toEqual([]);
    expect(excel.syncCount).toBeGreaterThan(7);
    await host.undo();
    expect(dumpState(excel.state)).toEqual(before);
  });

  test('a workbook Excel refused to send at once is read in parts straight away the next time', async () => {
    const excel = FakeExcel.of(syntheticWorkbook(30_000));
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    const first = await host.check(DEFAULT_SETTINGS);
    const firstRun = { syncs: excel.syncCount, refused: excel.refusedSyncs };
    excel.resetCounters();
    const second = await host.check(DEFAULT_SETTINGS);
    expect(firstRun.refused).toBe(1);
    expect(excel.refusedSyncs).toBe(0);
    expect(excel.syncCount).toBe(firstRun.syncs - 1);
    expect(second.warnings).toEqual(first.warnings);
  }, 120_000);
});
