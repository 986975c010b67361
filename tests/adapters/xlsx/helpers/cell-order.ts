import { parseA1 } from '../../../../src/engine/workbook/a1';

/**
 * Rows of a worksheet's XML whose cells are not in strictly increasing column order, which
 * Excel refuses as a corrupt file (our reader and ExcelJS do not mind, so the read-back tests
 * cannot see it). Cells without `r` follow the one before them.
 */
export function rowsWithCellsOutOfOrder(sheetXml: string): string[] {
  const bad: string[] = [];
  for (const row of sheetXml.match(/<(?:\w+:)?row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g) ?? []) {
    let last = -1;
    for (const cell of row.match(/<(?:\w+:)?c\b[^>]*>/g) ?? []) {
      const r = /\br="([A-Z]+\d+)"/.exec(cell)?.[1];
      const col = r ? parseA1(r)!.col : last + 1;
      if (col <= last) {
        bad.push(row.slice(0, 80));
        break;
      }
      last = col;
    }
  }
  return bad;
}
