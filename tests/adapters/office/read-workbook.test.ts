import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import type { Workbook } from '../../../src/engine/workbook/types';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { CURRENT_EXCEL } from './helpers/capabilities';
import { modelDump } from './helpers/model-dump';
import { FakeExcel } from './fake-excel/fake-excel';
import { sheetOf } from '../../helpers/sheet-rows';

const readThrough = (excel: FakeExcel, capabilities = CURRENT_EXCEL) => excel.run({}, (context) => readWorkbook(context, { capabilities }));

describe.each(allFixtures.map((f) => [f.name, f] as const))('reading %s through Office.js', (_name, fixture) => {
  test('gives the same model as the fixture: values, formats, merges', async () => {
    const model = fixtureWorkbook(fixture);
    const read = await readThrough(FakeExcel.of(model));
    expect(modelDump(read.workbook)).toEqual(modelDump(model));
    expect(read.notes).toEqual([]);
  });
});

describe('cells as Excel holds them', () => {
  const workbook: Workbook = {
    definedNames: [],
    sheets: [
      sheetOf({
        name: 'Rumus',
        merges: [{ r1: 2, c1: 3, r2: 3, c2: 5 }],
        rows: [
          undefined,
          [undefined, undefined, { value: 94.5, formula: 'C3/D3*100', numFmt: '0.00' }, { value: 'Baik', formula: 'IF(C2>90,"Baik","Kurang")' }],
          [undefined, undefined, { value: { error: '#DIV/0!' }, formula: 'C4/0' }, { value: '=bukan rumus' }, { value: '+62 812' }, { value: true }],
          [undefined, undefined, { value: '', formula: 'IF(1,"","x")' }, undefined, undefined, { value: null, numFmt: '0.00%' }],
        ],
      }),
      sheetOf({ name: 'Kosong', rows: [], merges: [] }),
      sheetOf({ name: 'Tersembunyi', rows: [[{ value: 'x' }]], merges: [], hidden: true }),
    ],
  };

  test('formulas keep their cached value, text that looks like a formula stays text, offsets follow the used range', async () => {
    const read = await readThrough(FakeExcel.of(workbook));
    expect(modelDump(read.workbook)).toEqual(modelDump(workbook));
  });

  test('when Excel will not list the merged areas even in small blocks, the rest is read and a note says so', async () => {
    const read = await readThrough(FakeExcel.of(workbook, { mergedAreasLimit: 0 }));
    expect(read.workbook.sheets[0]!.merges).toEqual([]);
    expect(modelDump({ ...read.workbook, sheets: read.workbook.sheets.map((s) => ({ ...s, merges: [] })) })).toEqual(
      modelDump({ ...workbook, sheets: workbook.sheets.map((s) => ({ ...s, merges: [] })) }),
    );
    expect(read.mergesUnknown).toEqual(['Rumus', 'Tersembunyi']);
    expect(read.notes).toEqual([expect.stringMatching(/^Sel gabungan di lembar Rumus, Tersembunyi terlalu banyak/)]);
  });

  test('more than 512 merged areas on a sheet are read in smaller blocks', async () => {
    const merges = Array.from({ length: 700 }, (_, i) => ({ r1: i * 2, c1: 0, r2: i * 2 + 1, c2: 0 }));
    const rows = Array.from({ length: 1400 }, (_, r) => [{ value: r % 2 === 0 ? `Sasaran ${r}` : null }, { value: r }]);
    const many: Workbook = { definedNames: [], sheets: [sheetOf({ name: 'E.81', rows: rows.map((row) => row.map((c) => (c.value === null ? undefined : c))), merges })] };
    const excel = FakeExcel.of(many);
    const read = await readThrough(excel);
    expect(modelDump(read.workbook)).toEqual(modelDump(many));
    expect(excel.syncs.some((s) => s.failed === 'GeneralException')).toBe(true);
  });
});
