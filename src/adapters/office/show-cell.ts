import type { ExcelContext } from './excel-surface';

/** Brings a cell into view: activates its sheet and selects it (writes nothing). */
export async function showCell(context: ExcelContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
