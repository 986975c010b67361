import type { CellValue } from '../workbook/types';
import { isCellError } from '../workbook/types';

/** The text a person sees in a cell holding `v`, trimmed; '' for empty cells and errors. */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  if (typeof v === 'string') return v.trim();
  return String(v);
}

/** Whether `valueText(v)` would be non-empty, without making the text. */
export function valueHasText(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') {
    for (let i = 0; i < v.length; i++) if (!isTrimmed(v.charCodeAt(i))) return true;
    return false;
  }
  return !isCellError(v);
}

/** The characters `String.prototype.trim` removes. */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
