import fc from 'fast-check';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import { randomWorkbook, settingsVariant } from './helpers/arbitraries';
import { runEngine } from './helpers/plan-invariants';

/**
 * Property-based robustness (issue 7): random grids of junk (huge, negative and tiny numbers,
 * text, errors, booleans, formulas without a cached value) with chaotic merges, in any settings.
 * The engine never throws and never plans a write outside the derived cells.
 */
const RUNS = 300;

test(`random grids with chaotic merges: no throw, no unsafe write (${RUNS} workbooks)`, () => {
  fc.assert(
    fc.property(randomWorkbook, settingsVariant, (workbook, settings) => {
      recognizeWorkbook(workbook);
      expect(runEngine(workbook, settings).violations).toEqual([]);
    }),
    { numRuns: RUNS },
  );
});
