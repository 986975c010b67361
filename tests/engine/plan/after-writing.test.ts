import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { planRecalc } from '../../../src/engine/plan/plan-recalc';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';

describe.each([['nilai'], ['rumus']] as const)('mode %s', (mode) => {
  const settings: Settings = { ...DEFAULT_SETTINGS, modeTulis: mode };
  test.each(allFixtures.map((f) => [f.name, f] as const))('%s: the warnings left after Hitung Ulang are those of a fresh check of the written workbook', (_n, fixture) => {
    const workbook = fixtureWorkbook(fixture);
    const { plan, after } = planRecalc(workbook, analyzeWorkbook(workbook, settings), settings);
    const written = applyPlanToModel(workbook, { cells: plan.cells, sheets: [] });
    const fresh = analyzeWorkbook(written, settings);
    const view = (ws: typeof fresh.warnings) => ws.map((w) => `${w.sheet}!${w.cell} ${w.code} ${w.message}`).sort();
    expect(view(after.warnings)).toEqual(view(fresh.warnings));
  });
});
