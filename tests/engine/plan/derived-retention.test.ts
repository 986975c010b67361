import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { deriveWorkbook } from '../../../src/engine/derive/derive-workbook';
import type { Derived } from '../../../src/engine/derive/types';
import type { Workbook } from '../../../src/engine/workbook/types';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { reportYear } from '../../../src/engine/report/report-year';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The derived cells outlive the derivation (a large workbook's are kept until written): they must
 * not hold the derive context, and with it every fact and finding of the workbook, nor their bases,
 * which are read once, when the cell is compared with what it states.
 */
function derivedOf(workbook: Workbook): { derived: readonly Derived[]; context: WeakRef<object> } {
  const tables = recognizeWorkbook(workbook);
  const ctx = deriveWorkbook(workbook, tables, DEFAULT_SETTINGS, reportYear(tables));
  return { derived: ctx.derived, context: new WeakRef(ctx) };
}

describe('derived cells keep nothing of their derivation', () => {
  const withDerived = allFixtures.filter((f) => derivedOf(fixtureWorkbook(f)).derived.length > 0);

  test('most fixtures derive cells', () => {
    expect(withDerived.length).toBeGreaterThanOrEqual(allFixtures.length - 1);
  });

  test.each(withDerived.map((f) => [f.name, f] as const))('%s: the derive context is freed', async (_name, fixture) => {
    const { derived, context } = derivedOf(fixtureWorkbook(fixture));
    // A WeakRef keeps its target alive until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(derived.length).toBeGreaterThan(0);
    for (const d of derived) expect(Object.values(d).filter((v) => typeof v === 'function')).toEqual([]);
    expect(context.deref()).toBeUndefined();
  });
});
