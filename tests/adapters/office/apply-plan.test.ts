import { applyPlan } from '../../../src/adapters/office/apply-plan';
import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { restoreUndo } from '../../../src/adapters/office/undo/restore-undo';
import type { CellContent, GeneratedSheet, WritePlan } from '../../../src/engine/plan/types';
import type { Workbook } from '../../../src/engine/workbook/types';
import { officeText } from '../../../src/engine/i18n/office-messages';
import { CURRENT_EXCEL } from './helpers/capabilities';
import { FakeExcel } from './fake-excel/fake-excel';
import { cellKey, dumpState } from './fake-excel/fake-state';
import { rowsOf, sheetOf } from '../../helpers/sheet-rows';

const TRICKY_TEXTS = ['=SUM(A1:A3)', '+62 812 3456', '-', '@pengguna', "'kutip", '2024', '94,95%', '2.684.530.000', 'TRUE', 'benar', '#N/A', '1/2', 'Sangat Baik'];

const base = (): Workbook => ({
  definedNames: [],
  sheets: [sheetOf({ name: 'Data', rows: [[{ value: 'Indikator' }, { value: 'Predikat' }], ...TRICKY_TEXTS.map(() => [{ value: 'x' }, { value: 1 }])], merges: [] })],
});

async function apply(excel: FakeExcel, plan: WritePlan) {
  return excel.run({}, async (context) => {
    const read = await readWorkbook(context, { capabilities: CURRENT_EXCEL });
    return applyPlan(context, read, plan, { keepUndo: true });
  });
}

describe('writing a plan into Excel', () => {
  test('text is always written as text: nothing becomes a formula, a number, a boolean or an error (SPEC §10)', async () => {
    const excel = FakeExcel.of(base());
    const text = (value: string): CellContent => ({ kind: 'text', value });
    const sheet: GeneratedSheet = { name: 'Teks', rows: TRICKY_TEXTS.map((t) => [{ ...text(t) }]), merges: [], columnWidths: [20] };
    await apply(excel, { cells: TRICKY_TEXTS.map((t, i) => ({ sheet: 'Data', row: i + 1, col: 1, content: text(t) })), sheets: [sheet] });
    const data = excel.state.sheets.find((s) => s.name === 'Data')!;
    const teks = excel.state.sheets.find((s) => s.name === 'Teks')!;
    TRICKY_TEXTS.forEach((t, i) => {
      expect(data.cells.get(cellKey(i + 1, 1))).toEqual({ value: t });
      expect(teks.cells.get(cellKey(i, 0))).toEqual({ value: t });
    });
    // Read back through Office.js, every text is the same text, except that `values` cannot tell
    // the text "#N/A" from the error #N/A (the reader takes error literals as errors).
    const read = await excel.run({}, (context) => readWorkbook(context, { capabilities: CURRENT_EXCEL }));
    expect(rowsOf(read.workbook.sheets[1]!).map((r) => r?.[0]?.value)).toEqual(TRICKY_TEXTS.map((t) => (t === '#N/A' ? { error: t } : t)));
  });

  test('a highlight is removed only while it is still ours: a colour the user chose stays', async () => {
    const excel = FakeExcel.of(base());
    const data = excel.state.sheets[0]!;
    data.cells.set(cellKey(1, 0), { value: 'x', format: { fill: { color: '#FFC7CE', pattern: 'Solid' } } });
    data.cells.set(cellKey(2, 0), { value: 'x', format: { fill: { color: '#00B050', pattern: 'Solid' } } });
    await apply(excel, {
      cells: [
        { sheet: 'Data', row: 1, col: 0, fill: 'none' },
        { sheet: 'Data', row: 2, col: 0, fill: 'none' },
        { sheet: 'Data', row: 3, col: 0, fill: 'warning' },
      ],
      sheets: [],
    });
    expect(data.cells.get(cellKey(1, 0))).toEqual({ value: 'x' });
    expect(data.cells.get(cellKey(2, 0))?.format).toEqual({ fill: { color: '#00B050', pattern: 'Solid' } });
    expect(data.cells.get(cellKey(3, 0))?.format).toEqual({ fill: { color: '#FFEB9C', pattern: 'Solid' } });
  });

  test('when a write fails half way, Excel gets its calculation mode back', async () => {
    const excel = FakeExcel.of(base());
    const broken: GeneratedSheet = {
      name: 'Rusak',
      rows: [[{ kind: 'text', value: 'a' }]],
      merges: [{ r1: 0, c1: 0, r2: 0, c2: 1 }, { r1: 0, c1: 1, r2: 0, c2: 2 }],
      columnWidths: [],
    };
    await expect(apply(excel, { cells: [], sheets: [broken] })).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(excel.calculation.history).toEqual(['Manual', 'Automatic']);
    expect(excel.calculation.current).toBe('Automatic');
  });

  test('a workbook already on manual calculation stays on manual', async () => {
    const excel = FakeExcel.of(base());
    excel.calculation.current = 'Manual';
    await apply(excel, { cells: [{ sheet: 'Data', row: 1, col: 1, content: { kind: 'number', value: 2 } }], sheets: [] });
    expect(excel.calculation.history).toEqual([]);
    expect(excel.calculation.current).toBe('Manual');
  });

  test('number formats and values land as whole rectangles, and Batalkan restores the previous ones', async () => {
    const excel = FakeExcel.of(base());
    const before = dumpState(excel.state);
    const result = await apply(excel, {
      cells: TRICKY_TEXTS.map((_, i) => ({ sheet: 'Data', row: i + 1, col: 1, content: { kind: 'number' as const, value: i / 100, numFmt: '0.00%' } })),
      sheets: [],
    });
    // One strip of 13 cells: the number formats and the values, each in one request action.
    // Read (sheet list; everything else at once), snapshot, write.
    expect(excel.syncs.filter((s) => !s.failed).length).toBe(2 + 1 + 1);
    expect(result.cellsWritten).toBe(TRICKY_TEXTS.length);
    await excel.run({}, (context) => restoreUndo(context, result.undo!));
    expect(dumpState(excel.state)).toEqual(before);
  });

  test('a generated sheet replaces a sheet whose name differs only in case (Excel ignores case), in place', async () => {
    const workbook = base();
    const excel = FakeExcel.of({ ...workbook, sheets: [...workbook.sheets, sheetOf({ name: 'peringatan lkjip', rows: [[{ value: 'lama' }]], merges: [] })] });
    const plan: WritePlan = { cells: [], sheets: [{ name: 'Peringatan LKjIP', rows: [[{ kind: 'text', value: 'baru' }]], merges: [], columnWidths: [] }] };
    const result = await apply(excel, plan);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Data', 'peringatan lkjip']);
    expect(excel.state.sheets[1]!.cells.get(cellKey(0, 0))).toEqual({ value: 'baru' });
    expect(result.sheetsWritten).toEqual(['peringatan lkjip']);
  });

  test('a host that refuses print setup still gets the whole write, in the same syncs, with a note', async () => {
    const plan: WritePlan = {
      cells: [{ sheet: 'Data', row: 1, col: 1, content: { kind: 'number', value: 7 } }],
      sheets: [{ name: 'Peringatan LKjIP', rows: [[{ kind: 'text', value: 'Pesan' }]], merges: [], columnWidths: [40], printLandscapeFitWidth: true }],
    };
    const accepting = FakeExcel.of(base());
    const accepted = await apply(accepting, plan);
    const refusing = FakeExcel.of(base(), { refusePageLayout: true });
    const refused = await apply(refusing, plan);

    expect(accepted.notes).toEqual([]);
    expect(refused.notes).toEqual([officeText.notes.pageLayoutSkipped(['Peringatan LKjIP'])]);
    expect(refusing.syncs.length).toBe(accepting.syncs.length);
    const withoutPrintSetup = (excel: FakeExcel): unknown =>
      (dumpState(excel.state) as { orientation: string; zoom: unknown }[]).map(({ orientation: _o, zoom: _z, ...rest }) => rest);
    expect(withoutPrintSetup(refusing)).toEqual(withoutPrintSetup(accepting));
    expect(accepting.state.sheets.find((s) => s.name === 'Peringatan LKjIP')!.orientation).toBe('Landscape');
    expect(refusing.calculation.current).toBe('Automatic');

    const before = dumpState(FakeExcel.of(base()).state);
    await refusing.run({}, (context) => restoreUndo(context, refused.undo!));
    expect(dumpState(refusing.state)).toEqual(before);
  });


  test('a write that fails before the print setup is a failed write, not a refused print setup', async () => {
    const excel = FakeExcel.of(base(), { refusePageLayout: true });
    const broken: GeneratedSheet = {
      name: 'Rusak',
      rows: [[{ kind: 'text', value: 'a' }]],
      merges: [{ r1: 0, c1: 0, r2: 0, c2: 1 }, { r1: 0, c1: 1, r2: 0, c2: 2 }],
      columnWidths: [],
      printLandscapeFitWidth: true,
    };
    await expect(apply(excel, { cells: [], sheets: [broken] })).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(excel.calculation.current).toBe('Automatic');
  });
});
