import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { officeText } from '../../../src/engine/i18n/office-messages';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { planRecalc } from '../../../src/engine/plan/plan-recalc';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';
import { readWorkbookSettings } from '../../../src/engine/settings/workbook-settings';
import { parseA1 } from '../../../src/engine/workbook/a1';
import { SETTINGS_SHEET, WARNINGS_SHEET } from '../../../src/engine/workbook/tool-sheets';
import type { Workbook } from '../../../src/engine/workbook/types';
import { OfficeHost } from '../../../src/taskpane/office-host';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { CURRENT_EXCEL, EXCEL_1_14 } from './helpers/capabilities';
import { modelDump } from './helpers/model-dump';
import { FakeExcel } from './fake-excel/fake-excel';
import { cellKey, cloneState, dumpState } from './fake-excel/fake-state';

const readBack = (excel: FakeExcel): Promise<Workbook> => excel.run({}, async (context) => (await readWorkbook(context, { capabilities: CURRENT_EXCEL })).workbook);
const key = (sheet: string, row: number, col: number): string => `${sheet}\u0000${row}\u0000${col}`;

describe.each(allFixtures.map((f) => [f.name, f] as const))('the add-in on %s in Excel', (_name, fixture) => {
  const original = fixtureWorkbook(fixture);
  const analysis = analyzeWorkbook(original, DEFAULT_SETTINGS);
  const { plan } = planRecalc(original, analysis, DEFAULT_SETTINGS);

  test('Periksa reports what the engine finds and writes nothing', async () => {
    const excel = FakeExcel.of(original);
    const before = dumpState(excel.state);
    const found = await new OfficeHost(excel.run, CURRENT_EXCEL).check(DEFAULT_SETTINGS);
    expect(found.warnings).toEqual(analysis.warnings);
    expect(found.derived).toEqual(analysis.derived);
    expect(excel.written.size).toBe(0);
    expect(dumpState(excel.state)).toEqual(before);
  });

  test('Hitung Ulang writes exactly the plan: the workbook becomes the planned model, no other cell is touched', async () => {
    const excel = FakeExcel.of(original);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    const progress: string[] = [];
    const outcome = await host.recalc(DEFAULT_SETTINGS, (p) => progress.push(p.message));
    expect(progress).toEqual([
      officeText.progress.readingLayout,
      expect.stringMatching(/^Membaca isi \d+ lembar kerja…$/),
      officeText.progress.analyzing,
      officeText.progress.savingPrevious,
      expect.stringMatching(/^Menulis [\d.]+ sel dan 1 lembar…$/),
    ]);

    expect(modelDump(await readBack(excel))).toEqual(modelDump(applyPlanToModel(original, plan)));
    const planned = new Set(plan.cells.map((w) => key(w.sheet, w.row, w.col)));
    const strays = [...excel.written].filter((k) => !k.startsWith(`${WARNINGS_SHEET}\u0000`) && !planned.has(k));
    expect(strays).toEqual([]);
    const derived = new Set(analysis.derived.map((d) => key(d.sheet, d.row, d.col)));
    const inputsWithContent = plan.cells.filter((w) => w.content && !derived.has(key(w.sheet, w.row, w.col)));
    expect(inputsWithContent).toEqual([]);
    expect(outcome.cellsWritten).toBe(plan.cells.filter((w) => w.content).length);
    expect(outcome.sheetsWritten).toEqual([WARNINGS_SHEET]);
    expect(host.canUndo()).toBe(true);
    // Calculation was held on manual during the write and given back.
    expect(excel.calculation.history).toEqual(['Manual', 'Automatic']);
    expect(excel.calculation.current).toBe('Automatic');
  });

  test('highlights carry one colour per severity, on the cells the warnings name', async () => {
    const excel = FakeExcel.of(original);
    const outcome = await new OfficeHost(excel.run, CURRENT_EXCEL).recalc(DEFAULT_SETTINGS);
    const colours = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
    for (const w of plan.cells.filter((c) => c.fill && c.fill !== 'none')) {
      const cell = excel.state.sheets.find((s) => s.name === w.sheet)!.cells.get(cellKey(w.row, w.col));
      expect([w.sheet, w.row, w.col, (cell?.format?.fill as { color?: string } | undefined)?.color]).toEqual([w.sheet, w.row, w.col, colours[w.fill as 'error']]);
    }
    const remaining = outcome.analysis.warnings.filter((w) => w.code !== 'UNRECOGNIZED_TABLE' && parseA1(w.cell));
    expect(remaining.length === 0 || plan.cells.some((c) => c.fill && c.fill !== 'none')).toBe(true);
  });

  test('Batalkan restores the workbook byte for byte: values, formulas, number formats, fills, sheets', async () => {
    const excel = FakeExcel.of(original);
    const before = dumpState(excel.state);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    await host.recalc(DEFAULT_SETTINGS);
    expect(dumpState(excel.state)).not.toEqual(before);
    expect(await host.undo()).toBe(true);
    expect(dumpState(excel.state)).toEqual(before);
    expect(host.canUndo()).toBe(false);
    expect(await host.undo()).toBe(false);
  });

  test('a second Hitung Ulang rewrites Peringatan LKjIP in place, writes the same values, and Batalkan returns to the first run', async () => {
    const excel = FakeExcel.of(original);
    const host = new OfficeHost(excel.run, EXCEL_1_14);
    await host.recalc(DEFAULT_SETTINGS);
    const afterFirst = dumpState(excel.state);
    const modelAfterFirst = modelDump(await readBack(excel));
    await host.recalc(DEFAULT_SETTINGS);
    expect(modelDump(await readBack(excel))).toEqual(modelAfterFirst);
    await host.undo();
    expect(dumpState(excel.state)).toEqual(afterFirst);
  });

  test('settings round trip through the very hidden LKjIP_Pengaturan sheet', async () => {
    const excel = FakeExcel.of(original);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    const saved = readWorkbookSettings(original);
    expect(await host.loadSettings()).toEqual(saved?.ok ? saved.settings : DEFAULT_SETTINGS);
    const mine: Settings = { ...DEFAULT_SETTINGS, tahun: fixture.year, instansi: 'Kecamatan =Uji', batasCapaian: 110, skalaPredikat: 'lkjip-4', toleransi: 0.01 };
    await host.saveSettings(mine);
    expect(await host.loadSettings()).toEqual(mine);
    const sheet = excel.state.sheets.find((s) => s.name === SETTINGS_SHEET)!;
    expect(sheet.visibility).toBe('VeryHidden');
    // Saved twice: still one sheet, same place, same settings.
    await host.saveSettings({ ...mine, toleransi: 0.5 });
    expect(excel.state.sheets.filter((s) => s.name === SETTINGS_SHEET)).toHaveLength(1);
    expect((await host.loadSettings()).toleransi).toBe(0.5);
    // A save is not a write Batalkan undoes.
    expect(host.canUndo()).toBe(false);
  });
});

describe('Batalkan when the workbook moved on', () => {
  const fixture = allFixtures[0]!;
  const original = fixtureWorkbook(fixture);

  test('refuses, and changes nothing, when a written cell was edited since', async () => {
    const excel = FakeExcel.of(original);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    await host.recalc(DEFAULT_SETTINGS);
    const planned = planRecalc(original, analyzeWorkbook(original, DEFAULT_SETTINGS), DEFAULT_SETTINGS).plan.cells.find((w) => w.content)!;
    excel.state.sheets.find((s) => s.name === planned.sheet)!.cells.set(cellKey(planned.row, planned.col), { value: 12345 });
    const edited = cloneState(excel.state);
    await expect(host.undo()).rejects.toThrow(/Batalkan tidak dijalankan/);
    expect(dumpState(excel.state)).toEqual(dumpState(edited));
  });
});

describe('Excel undo groups (ExcelApi 1.20)', () => {
  const original = fixtureWorkbook(allFixtures[0]!);

  test('each write is one Excel.run with mergeUndoGroup where the host has it, and without where it has not', async () => {
    const excel = FakeExcel.of(original);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    await host.check(DEFAULT_SETTINGS);
    await host.recalc(DEFAULT_SETTINGS);
    await host.recalc(DEFAULT_SETTINGS);
    await host.undo();
    // Periksa needs no undo; the two writes and the undo of the second (which rewrote a sheet) are groups.
    expect(excel.runs).toEqual([{}, { mergeUndoGroup: true }, { mergeUndoGroup: true }, { mergeUndoGroup: true }]);

    const older = FakeExcel.of(original);
    const oldHost = new OfficeHost(older.run, EXCEL_1_14);
    await oldHost.recalc(DEFAULT_SETTINGS);
    await oldHost.undo();
    expect(older.runs).toEqual([{}, {}]);
  });

  test('an undo that deletes the sheet the write added runs outside the group', async () => {
    const excel = FakeExcel.of(original);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    await host.recalc(DEFAULT_SETTINGS);
    await host.undo();
    expect(excel.runs).toEqual([{ mergeUndoGroup: true }, {}]);
  });
});
