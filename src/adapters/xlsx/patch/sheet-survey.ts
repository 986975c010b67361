import { chunkedXmlCursor } from '../xml/chunked-xml';
import { overwrites, type CellPatch } from './cell-patches';
import { scanSheet, type SharedFormulaCell } from './scan-sheet';

/** The rows in the sheet's document order are not ascending (Excel never writes that): patch again, knowing them all. */
export class RowsOutOfOrder extends Error {}

/** What a first, silent scan of a sheet whose rows are out of order tells the patch. */
export interface SheetSurvey {
  readonly existingRows: ReadonlySet<number>;
  /** Shared formulas whose first cell is overwritten, by shared index. */
  readonly overwrittenMasters: ReadonlyMap<string, SharedFormulaCell>;
}

/** Every row index of the sheet and its overwritten shared formulas, for a sheet whose rows are out of order. */
export function surveySheet(bytes: Uint8Array, part: string, patches: readonly CellPatch[], chunkBytes: number): SheetSurvey {
  const existingRows = new Set<number>();
  const overwrittenMasters = new Map<string, SharedFormulaCell>();
  scanSheet(chunkedXmlCursor(bytes, part, chunkBytes), {
    dimension: () => undefined,
    sheetDataStart: () => undefined,
    sheetDataEnd: () => undefined,
    rowStart: (index) => {
      existingRows.add(index);
      return undefined;
    },
    rowEnd: () => undefined,
    sharedFormula: (cell) => {
      if (cell.formula.ref !== undefined && cell.formula.text !== '' && overwrites(patches, cell.row, cell.col)) {
        overwrittenMasters.set(cell.formula.sharedIndex!, cell);
      }
    },
  });
  return { existingRows, overwrittenMasters };
}
