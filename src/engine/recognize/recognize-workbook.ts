import { isToolSheet } from '../workbook/tool-sheets';
import type { Workbook } from '../workbook/types';
import { recognizeSheet } from './recognize-sheet';
import type { Table } from './types';

/** Every table of every sheet, in sheet order then top to bottom. */
export function recognizeWorkbook(workbook: Workbook): Table[] {
  return workbook.sheets.flatMap((sheet, index) => (isToolSheet(sheet.name) ? [] : recognizeSheet(sheet, index)));
}
