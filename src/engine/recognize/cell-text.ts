import type { Cell } from '../workbook/types';
import { isCellError } from '../workbook/types';

/** The text a person sees in a cell, trimmed; '' for empty cells and errors. */
export function cellText(cell: Cell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined || isCellError(v)) return '';
  if (typeof v === 'string') return v.trim();
  return String(v);
}
