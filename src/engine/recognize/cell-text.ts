import type { CellValue } from '../workbook/types';
import { isCellError } from '../workbook/types';

/** The text a person sees in a cell holding `v`, trimmed; '' for empty cells and errors. */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  if (typeof v === 'string') return v.trim();
  return String(v);
}
