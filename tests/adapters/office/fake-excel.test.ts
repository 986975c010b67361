import { nodeEval } from './helpers/node-eval';
import { FakeExcel } from './fake-excel/fake-excel';
import { dumpState } from './fake-excel/fake-state';
import { sheetOf } from '../../helpers/sheet-rows';

const workbook = () =>
  FakeExcel.of({ definedNames: [], sheets: [sheetOf({ name: 'Data', rows: [[{ value: 'Indikator' }, { value: 90 }]], merges: [] }), sheetOf({ name: 'Lain', rows: [], merges: [] })] });

/** The adapter's tests are only as strict as this double: these show that it fails where Excel fails. */
describe('the strict Excel double', () => {
  test('office-addin-mock answers an unloaded property with a string, which a test would not notice', () => {
    const out = nodeEval(
      "const { OfficeMockObject } = require('office-addin-mock');" +
        "const mock = new OfficeMockObject({ range: { values: [[1]] } });" +
        'process.stdout.write(JSON.stringify(mock.range.values));',
    );
    expect(JSON.parse(out)).toBe('Error, property was not loaded');
  });

  test('a property read before load() and sync() throws, also after load() without sync()', async () => {
    const excel = workbook();
    await excel.run({}, async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([['Indikator', 90]]);
      expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      const props = range.getCellProperties({ format: { fill: { color: true } } });
      expect(() => props.value).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(props.value[0]![0]).toEqual({ format: { fill: { color: '#FFFFFF' } } });
    });
  });

  test('counts syncs and refuses a request over the payload limit as a whole', async () => {
    const excel = FakeExcel.of({ definedNames: [], sheets: [sheetOf({ name: 'Data', rows: [], merges: [] })] }, { payloadLimit: 1000 });
    const before = dumpState(excel.state);
    await expect(
      excel.run({}, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('A1').values = [['kecil']];
        sheet.getRange('A2:A200').values = Array.from({ length: 199 }, () => ['teks yang cukup panjang']);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.syncCount).toBe(1);
    expect(dumpState(excel.state)).toEqual(before);
  });

  test('a failing action stops the batch: what came before it happened, nothing after it', async () => {
    const excel = workbook();
    await expect(
      excel.run({}, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('C1').values = [[1]];
        context.workbook.worksheets.getItem('Tidak Ada').getRange('A1').values = [[2]];
        sheet.getRange('D1').values = [[3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    const cells = excel.state.sheets[0]!.cells;
    expect(cells.get('0,2')?.value).toBe(1);
    expect(cells.get('0,3')).toBeUndefined();
  });

  test('actions queued and never synced fail the run', async () => {
    const excel = workbook();
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [['lupa sync']];
      }),
    ).rejects.toMatchObject({ code: 'Unsynced' });
  });

  test('values arrive as if typed: text that looks like a number or a formula converts, an apostrophe keeps it text', async () => {
    const excel = workbook();
    await excel.run({}, async (context) => {
      context.workbook.worksheets.getItem('Lain').getRange('A1:E1').values = [['94,95%', '=1+1', "'=1+1", '-', "'2.684.530.000"]];
      await context.sync();
    });
    const cells = excel.state.sheets[1]!.cells;
    expect(cells.get('0,0')?.value).toBeCloseTo(0.9495);
    expect(cells.get('0,1')?.formula).toBe('1+1');
    expect(cells.get('0,2')).toEqual({ value: '=1+1' });
    expect(cells.get('0,3')?.formula).toBe('-');
    expect(cells.get('0,4')).toEqual({ value: '2.684.530.000' });
  });

  test('more than 512 merged areas in one request fail, as in Excel', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => ({ r1: i, c1: 0, r2: i, c2: 1 }));
    const excel = FakeExcel.of({ definedNames: [], sheets: [sheetOf({ name: 'Data', rows: [], merges })] });
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:B513').getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });
});
