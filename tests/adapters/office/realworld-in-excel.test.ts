import { readXlsx } from '../../../src/adapters/xlsx/read-xlsx';
import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { planRecalc } from '../../../src/engine/plan/plan-recalc';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { OfficeHost } from '../../../src/taskpane/office-host';
import { describeRealworld, E81_FILE, realworldBytes, SIPD_FILE } from '../../realworld/realworld-files';
import { CURRENT_EXCEL } from './helpers/capabilities';
import { modelDump } from './helpers/model-dump';
import { FakeExcel } from './fake-excel/fake-excel';
import { dumpState } from './fake-excel/fake-state';

/** Workbooks staff really made (a SIPD export, a hand-made E.81 full of merged cells), in Excel. */
describeRealworld('real workbooks in Excel', () => {
  test.each([SIPD_FILE, E81_FILE])('%s: read as the .xlsx reader reads it; Hitung Ulang writes the plan; Batalkan restores it exactly', async (file) => {
    const model = readXlsx(realworldBytes(file));
    const excel = FakeExcel.of(model);
    const before = dumpState(excel.state);
    const read = await excel.run({}, (context) => readWorkbook(context, { capabilities: CURRENT_EXCEL }));
    expect(modelDump(read.workbook)).toEqual(modelDump(model));

    const host = new OfficeHost(excel.run, CURRENT_EXCEL);
    await host.recalc(DEFAULT_SETTINGS);
    const { plan } = planRecalc(model, analyzeWorkbook(model, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    const after = await excel.run({}, (context) => readWorkbook(context, { capabilities: CURRENT_EXCEL }));
    expect(modelDump(after.workbook)).toEqual(modelDump(applyPlanToModel(model, plan)));
    await host.undo();
    expect(dumpState(excel.state)).toEqual(before);
  });
});
