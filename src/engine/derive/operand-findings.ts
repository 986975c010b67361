import { warningText } from '../i18n/warning-messages';
import { place } from '../workbook/a1';
import type { ParsedValue } from '../values/types';
import type { TableColumn } from '../recognize/types';
import type { DeriveContext } from './context';
import type { TableAccess } from './table-access';

/**
 * Reports what is wrong with an input a computation needed: missing (or a formula never calculated),
 * unreadable, or read under an assumption. Returns true when the value is usable.
 */
export function noteOperand(
  ctx: DeriveContext,
  t: TableAccess,
  row: number,
  column: TableColumn | undefined,
  value: ParsedValue,
  what: string,
): boolean {
  if (!column) return false;
  const where = place(t.name, row, column.col);
  switch (value.kind) {
    case 'missing': {
      if (value.reason === 'uncalculated') ctx.warn('MISSING_VALUE', t.name, row, column.col, warningText.uncalculated(where, what));
      else if (!t.sheet.cells.has(row, column.col) || value.reason === 'empty') ctx.warn('MISSING_VALUE', t.name, row, column.col, warningText.missing(where, what));
      return false;
    }
    case 'invalid':
      ctx.warn('UNPARSEABLE_VALUE', t.name, row, column.col, warningText.unparseable(where, value.raw, what));
      return false;
    case 'grade':
      return true;
    default:
      if (value.assumption) {
        const raw = t.text(row, column);
        const reading = value.assumption === 'decimal_reading' ? `desimal (${value.value})` : `ribuan (${value.value})`;
        ctx.warn('AMBIGUOUS_NUMBER', t.name, row, column.col, warningText.ambiguous(where, raw, reading));
      }
      return true;
  }
}
