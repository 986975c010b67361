import { ribbonActions, type CommandEvent } from '../../../src/commands/ribbon-actions';
import { RIBBON_FUNCTIONS } from '../../../src/commands/ribbon-functions';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { WARNINGS_SHEET } from '../../../src/engine/workbook/tool-sheets';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { CURRENT_EXCEL } from './helpers/capabilities';
import { FakeExcel } from './fake-excel/fake-excel';
import { dumpState } from './fake-excel/fake-state';

function event(): CommandEvent & { calls: number } {
  const e = { calls: 0, completed: () => void e.calls++ };
  return e;
}

const original = fixtureWorkbook(allFixtures[0]!);

function setup() {
  const excel = FakeExcel.of(original);
  const reports: string[] = [];
  const actions = ribbonActions({ run: excel.run, capabilities: CURRENT_EXCEL, report: (m) => reports.push(m) });
  return { excel, reports, actions };
}

describe('ribbon buttons without the task pane', () => {
  test('every ExecuteFunction of the ribbon has a handler', () => {
    expect(Object.keys(setup().actions).sort()).toEqual([...RIBBON_FUNCTIONS].sort());
  });

  test('Hitung Ulang writes, opens Peringatan LKjIP, and completes the event', async () => {
    const { excel, reports, actions } = setup();
    const e = event();
    await actions.hitungUlang(e);
    expect(e.calls).toBe(1);
    expect(reports).toEqual([]);
    expect(excel.state.sheets.some((s) => s.name === WARNINGS_SHEET)).toBe(true);
    expect(excel.state.active).toBe(WARNINGS_SHEET);
    expect(excel.runs).toEqual([{ mergeUndoGroup: true }]);
  });

  test('Periksa writes nothing and selects the most serious problem', async () => {
    const { excel, actions } = setup();
    const before = dumpState(excel.state);
    const e = event();
    await actions.periksa(e);
    expect(e.calls).toBe(1);
    expect(excel.written.size).toBe(0);
    expect(dumpState(excel.state)).toEqual(before);
    const worst = analyzeWorkbook(original, DEFAULT_SETTINGS).warnings[0]!;
    expect(worst.severity).toBe('error');
    expect(excel.state.selection).toEqual({ sheet: worst.sheet, address: worst.cell });
  });

  test('Buat E.81 opens the sheet it wrote', async () => {
    const { excel, actions } = setup();
    await actions.buatE81(event());
    expect(excel.state.active).toBe('E.81');
  });

  test('a failure is reported in Indonesian and the event still completes', async () => {
    const { excel, reports, actions } = setup();
    excel.state.sheets.push({ ...excel.state.sheets[0]!, name: 'LKjIP_Pengaturan', cells: new Map([['0,0', { value: '{"tidakDikenal": 1}' }]]) });
    const e = event();
    await actions.hitungUlang(e);
    expect(e.calls).toBe(1);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^LKjIP: perintah gagal\. Pengaturan di lembar LKjIP_Pengaturan/);
  });
});
