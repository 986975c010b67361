import fc from 'fast-check';
import { junkBodies, settingsVariant } from './helpers/arbitraries';
import { runEngine } from './helpers/plan-invariants';

/**
 * Property-based robustness (issue 7): every table body of the fixture workbooks replaced by junk
 * under its real header, so that each derive and check rule meets garbage. No throw, no unsafe write.
 */
const RUNS = 150;

test(`junk under real headers (${RUNS} workbooks)`, () => {
  let withTables = 0;
  fc.assert(
    fc.property(junkBodies, settingsVariant, ({ workbook }, settings) => {
      const { analysis, violations } = runEngine(workbook, settings);
      expect(violations).toEqual([]);
      if (analysis.tables.some((t) => t.kind !== 'unknown')) withTables++;
    }),
    { numRuns: RUNS },
  );
  expect(withTables).toBeGreaterThan(RUNS * 0.5);
});
