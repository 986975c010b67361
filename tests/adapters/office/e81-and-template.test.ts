import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { planE81 } from '../../../src/engine/e81/build-e81';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { readWorkbookSettings } from '../../../src/engine/settings/workbook-settings';
import { templatePlan } from '../../../src/engine/template/template-plan';
import type { Workbook } from '../../../src/engine/workbook/types';
import { OfficeHost } from '../../../src/taskpane/office-host';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { CURRENT_EXCEL, EXCEL_1_14 } from './helpers/capabilities';
import { modelDump } from './helpers/model-dump';
import { FakeExcel } from './fake-excel/fake-excel';
import { dumpState } from './fake-excel/fake-state';
import { sheetOf } from '../../helpers/sheet-rows';

const readBack = (excel: FakeExcel): Promise<Workbook> => excel.run({}, async (context) => (await readWorkbook(context, { capabilities: CURRENT_EXCEL })).workbook);

describe.each(allFixtures.map((f) => [f.name, f] as const))('Buat E.81 on %s', (_name, fixture) => {
  const original = fixtureWorkbook(fixture);
  const { plan, missing } = planE81(original, analyzeWorkbook(original, DEFAULT_SETTINGS), DEFAULT_SETTINGS);

  test('writes the planned E.81 sheet, lists what is missing, and Batalkan removes it again', async () => {
    const excel = FakeExcel.of(original);
    const before = dumpState(excel.state);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    const outcome = await host.buildE81(DEFAULT_SETTINGS);
    expect(outcome.missing).toEqual(missing);
    expect(outcome.sheetsWritten).toEqual(plan.sheets.map((s) => s.name));
    expect(modelDump(await readBack(excel))).toEqual(modelDump(applyPlanToModel(original, plan)));
    for (const g of plan.sheets) {
      const sheet = excel.state.sheets.find((s) => s.name === g.name)!;
      if (g.freeze) expect(sheet.freeze).toMatchObject({ r1: 0, c1: 0 });
      if (g.printLandscapeFitWidth) expect(sheet.orientation).toBe('Landscape');
      expect(sheet.columnWidths.size).toBe(g.columnWidths.length);
    }
    await host.undo();
    expect(dumpState(excel.state)).toEqual(before);
  });

  test('run again, the E.81 sheet is regenerated in place and Batalkan gives back the first one exactly', async () => {
    const excel = FakeExcel.of(original);
    const host = new OfficeHost(excel.run, EXCEL_1_14);
    await host.buildE81(DEFAULT_SETTINGS);
    const first = dumpState(excel.state);
    const order = excel.state.sheets.map((s) => s.name);
    await host.buildE81(DEFAULT_SETTINGS);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(order);
    await host.undo();
    expect(dumpState(excel.state)).toEqual(first);
  });
});

describe('Buat E.81 when Excel will not list merged areas', () => {
  test('regenerating an existing E.81 says that Batalkan cannot give its merged cells back', async () => {
    const original = fixtureWorkbook(allFixtures[0]!);
    const excel = FakeExcel.of(original, { mergedAreasLimit: 0 });
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    await host.buildE81(DEFAULT_SETTINGS);
    expect(host.lastNotes().some((n) => /sel gabungan/.test(n) && n.includes('E.81'))).toBe(false);
    const first = dumpState(excel.state) as { name: string; merges: string[] }[];
    await host.buildE81(DEFAULT_SETTINGS);
    expect(host.lastNotes().some((n) => n.includes('"E.81"'))).toBe(true);
    await host.undo();
    const restored = dumpState(excel.state) as { name: string; merges: string[] }[];
    // Everything but the merges of the rewritten sheet comes back.
    const withoutMerges = (d: { name: string; merges: string[] }[]) => d.map((s) => (s.name === 'E.81' ? { ...s, merges: [] } : s));
    expect(withoutMerges(restored)).toEqual(withoutMerges(first));
  });
});

describe('Sisipkan template', () => {
  test('into a new workbook: every standard sheet, as planned; Batalkan removes them', async () => {
    const blank: Workbook = { definedNames: [], sheets: [sheetOf({ name: 'Sheet1', rows: [], merges: [] })] };
    const excel = FakeExcel.of(blank);
    const before = dumpState(excel.state);
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    const outcome = await host.insertTemplate();
    const plan = templatePlan();
    expect(outcome.sheetsWritten).toEqual(plan.sheets.map((s) => s.name));
    expect(modelDump(await readBack(excel))).toEqual(modelDump(applyPlanToModel(blank, plan)));
    await host.undo();
    expect(dumpState(excel.state)).toEqual(before);
  });

  test('into a filled workbook: existing tables are kept, only the missing sheets are added', async () => {
    const fixture = allFixtures.find((f) => f.name === 'standar')!;
    const original = fixtureWorkbook(fixture);
    const excel = FakeExcel.of(original);
    const outcome = await new OfficeHost(excel.run, CURRENT_EXCEL).insertTemplate();
    const taken = new Set(original.sheets.map((s) => s.name));
    const saved = readWorkbookSettings(original);
    const plan = templatePlan(saved?.ok && saved.settings.tahun !== undefined ? { tahun: saved.settings.tahun } : {});
    expect(outcome.sheetsWritten).toEqual(plan.sheets.map((s) => s.name).filter((n) => !taken.has(n)));
    const after = await readBack(excel);
    for (const sheet of original.sheets) {
      expect(modelDump({ definedNames: [], sheets: [after.sheets.find((s) => s.name === sheet.name)!] })).toEqual(modelDump({ definedNames: [], sheets: [sheet] }));
    }
  });
});
