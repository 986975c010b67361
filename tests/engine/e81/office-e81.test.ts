import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { e81Sheet } from '../../../src/engine/i18n/e81-messages';
import { OfficeHost } from '../../../src/taskpane/office-host';
import { cellKey } from '../../adapters/office/fake-excel/fake-state';
import { FakeExcel } from '../../adapters/office/fake-excel/fake-excel';
import { CURRENT_EXCEL } from '../../adapters/office/helpers/capabilities';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { e81Sumber } from '../../fixtures/seeds/e81-sumber';
import { sooko2023 } from '../../fixtures/seeds/sooko-2023';

const SETTINGS = { ...DEFAULT_SETTINGS, instansi: 'Kecamatan Sukamaju' };

/** Buat E.81 and Periksa in the add-in, against the Office.js double of tests/adapters/office. */
describe('Formulir E.81 in the add-in', () => {
  test('Buat E.81 writes the hand-verified numbers; regenerating keeps what the user typed in Excel', async () => {
    const excel = FakeExcel.of(fixtureWorkbook(e81Sumber));
    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    const outcome = await host.buildE81(SETTINGS);
    expect(outcome.sheetsWritten).toEqual(['E.81']);
    expect(outcome.missing).toHaveLength(4);
    const sheet = (): NonNullable<ReturnType<typeof excel.state.sheets.find>> => excel.state.sheets.find((s) => s.name === 'E.81')!;
    const value = (row: number, col: number): unknown => sheet().cells.get(cellKey(row, col))?.value;
    expect([value(8, 2), value(8, 19), value(8, 20), value(8, 21), value(16, 21), value(16, 23)]).toEqual(['7.01.01', 95, 2370650000, 95, 1485, 59.4]);
    expect(outcome.analysis.warnings.filter((w) => w.sheet === 'E.81' && w.severity !== 'info')).toEqual([]);

    const labelRow = [...sheet().cells.entries()].find(([, c]) => c.value === e81Sheet.factorLabels.pendorong)![0].split(',')[0]!;
    sheet().cells.set(cellKey(Number(labelRow), 5), { value: 'Komitmen camat dan seluruh seksi.' });
    await host.buildE81(SETTINGS);
    expect(value(Number(labelRow), 5)).toBe('Komitmen camat dan seluruh seksi.');
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Tabel 3.10', 'Renstra', 'E.81']);
  });

  test('Periksa finds the mistakes of the Sooko E.81 export', async () => {
    const host = new OfficeHost(FakeExcel.of(fixtureWorkbook(sooko2023)).run, CURRENT_EXCEL);
    const analysis = await host.check(DEFAULT_SETTINGS);
    const onE81 = analysis.warnings.filter((w) => w.sheet === 'E.81' && w.code === 'TRIWULAN_SUM_MISMATCH');
    expect(onE81).toHaveLength(25);
    expect(onE81.find((w) => w.cell === 'S36')).toMatchObject({ expected: 247, actual: 425 });
  });
});
