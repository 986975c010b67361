import fc from 'fast-check';
import { mutatedFixture, settingsVariant } from './helpers/arbitraries';
import { runEngine } from './helpers/plan-invariants';

/**
 * Property-based robustness (issue 7) on the fixture workbooks rebuilt from real reports: junk in
 * random cells, extra chaotic merges, whole sheets emptied. No throw, no unsafe write.
 */
const RUNS = 100;

test(`junk in random cells, extra merges, emptied sheets (${RUNS} workbooks)`, () => {
  let withWrites = 0;
  fc.assert(
    fc.property(mutatedFixture, settingsVariant, ({ workbook }, settings) => {
      const { plan, violations } = runEngine(workbook, settings);
      expect(violations).toEqual([]);
      if (plan.cells.some((c) => c.content)) withWrites++;
    }),
    { numRuns: RUNS },
  );
  // The property means something only if the plans are not empty.
  expect(withWrites).toBeGreaterThan(RUNS * 0.5);
});
