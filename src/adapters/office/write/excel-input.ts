import type { CellContent } from '../../../engine/plan/types';
import { isCellError, type Cell } from '../../../engine/workbook/types';

/** Excel reads these words as booleans when typed (English and Indonesian Excel). */
const BOOLEAN_WORDS = /^\s*(true|false|benar|salah)\s*$/i;

/**
 * Whether Excel would turn this text into something else when it arrives through `values`:
 * a formula (`=`, `+`, `-`, `@`), an error (`#`), a number, percentage or date (any digit, in
 * the user's locale: `94,95%` is a number in Indonesian Excel), a boolean, or a shorter text (a
 * leading apostrophe is eaten).
 */
function excelWouldConvert(text: string): boolean {
  return /^[=+\-@#']/.test(text) || /\d/.test(text) || BOOLEAN_WORDS.test(text);
}

/**
 * Text as it must be sent so that Excel stores exactly this text (SPEC §10): with a leading
 * apostrophe, Excel's own "this is text" mark, whenever Excel would otherwise convert it.
 */
export function textForExcel(text: string): string {
  return excelWouldConvert(text) ? `'${text}` : text;
}

export type ExcelInput = string | number | boolean;

/** What to put in `values`/`formulas` for a planned content. */
export function inputOfContent(content: CellContent): ExcelInput {
  switch (content.kind) {
    case 'number':
      return content.value;
    case 'text':
      return textForExcel(content.value);
    case 'formula':
      return `=${content.formula.replace(/^=/, '')}`;
    case 'empty':
      return '';
  }
}

/** The number format a planned content sets, or null to leave the cell's format as it is. */
export function numberFormatOfContent(content: CellContent): string | null {
  return content.kind === 'number' || content.kind === 'formula' ? (content.numFmt ?? null) : null;
}

/** What Excel's `formulas` shows for the cell after the content is written. */
export function readBackOfContent(content: CellContent): ExcelInput {
  return content.kind === 'text' ? content.value : inputOfContent(content);
}

/** What to put in `formulas` to give a cell back exactly as it was read. */
export function inputOfCell(cell: Cell | undefined): ExcelInput {
  if (!cell) return '';
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return typeof v === 'string' ? textForExcel(v) : v;
}
