import type { Cell, CellValue } from '../../../engine/workbook/types';

/** What Excel's `values` shows for an error: these strings are errors, not text. */
const ERROR_LITERALS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!', '#TIMEOUT!',
]);

function valueOf(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return ERROR_LITERALS.has(value) ? { error: value } : value;
  return null;
}

/**
 * Whether a cell holds a formula. `formulas` drops the apostrophe of text typed as `'=…`
 * (office-js issue #6687), so such text looks like a formula there; its `values` entry is then
 * the same string, which no real formula returns (it would have to compute its own text).
 */
function formulaOf(value: unknown, formula: unknown): string | undefined {
  if (typeof formula !== 'string' || formula.length < 2 || formula[0] !== '=') return undefined;
  if (typeof value === 'string' && value === formula) return undefined;
  return formula.slice(1);
}

/**
 * One cell of the engine's model from the three arrays Excel returns for a range. The number
 * format is kept unless it is `General`; an empty cell is kept only when it carries a format
 * (the .xlsx reader does the same).
 */
export function cellFromExcel(value: unknown, formula: unknown, numberFormat: unknown): Cell | undefined {
  const numFmt = typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General' ? numberFormat : undefined;
  const withFormat = numFmt === undefined ? {} : { numFmt };
  const f = formulaOf(value, formula);
  if (f !== undefined) return { value: valueOf(value), formula: f, ...withFormat };
  if (value === '' || value === null || value === undefined) return numFmt === undefined ? undefined : { value: null, numFmt };
  return { value: valueOf(value), ...withFormat };
}
