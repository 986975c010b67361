import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { OfficeHost } from '../../../src/taskpane/office-host';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { CURRENT_EXCEL } from './helpers/capabilities';
import { FakeExcel } from './fake-excel/fake-excel';

describe.each(allFixtures.map((f) => [f.name, f] as const))('clicking a warning on %s', (_name, fixture) => {
  test('activates its sheet and selects its cell, writing nothing', async () => {
    const workbook = fixtureWorkbook(fixture);
    const warning = analyzeWorkbook(workbook, DEFAULT_SETTINGS).warnings[0];
    if (!warning) return expect(analyzeWorkbook(workbook, DEFAULT_SETTINGS).warnings).toEqual([]);
    const excel = FakeExcel.of(workbook);
    await new OfficeHost(excel.run, CURRENT_EXCEL).showCell(warning);
    expect(excel.state.active).toBe(warning.sheet);
    expect(excel.state.selection).toEqual({ sheet: warning.sheet, address: warning.cell });
    expect(excel.written.size).toBe(0);
  });
});
