import { rangeToA1, toA1 } from '../../../../src/engine/workbook/a1';
import type { Cell, Workbook } from '../../../../src/engine/workbook/types';

/** A workbook model as sorted plain data: sheet → A1 → cell, merges as A1 ranges. */
export function modelDump(workbook: Workbook): unknown {
  return workbook.sheets.map((s) => {
    const cells: Record<string, Cell> = {};
    s.cells.forEachCell((r, c) => {
      cells[toA1(r, c)] = s.cells.cell(r, c)!;
    });
    return { name: s.name, hidden: s.hidden ?? false, cells, merges: s.merges.map(rangeToA1).sort() };
  });
}
