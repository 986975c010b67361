import type ExcelJS from 'exceljs';
import { toA1 } from '../../../../src/engine/workbook/a1';
import type { Cell, Workbook } from '../../../../src/engine/workbook/types';
import { excelJsBytes } from './excel-js';

/**
 * A workbook like the ones staff make: title merged over the table, header, percentages as
 * `0.00%` fractions, money as `#,##0`, shared formulas, a note (comments part), page setup,
 * column widths, a defined name and a hidden sheet. Written by ExcelJS.
 */
export function fixtureWorkbook(): Promise<Uint8Array> {
  return excelJsBytes((wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet('Tabel 3.1', {
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      views: [{ state: 'frozen', ySplit: 2 }],
    });
    ws.columns = [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 16 }];
    ws.getCell('A1').value = 'Tabel 3.1 Capaian Kinerja';
    ws.mergeCells('A1:F1');
    ws.getRow(2).values = ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Pagu'];
    for (let i = 0; i < 12; i++) {
      const r = i + 3;
      ws.getCell(`A${r}`).value = i + 1;
      ws.getCell(`B${r}`).value = `Persentase indikator ${i + 1}`;
      ws.getCell(`C${r}`).value = 80 + i;
      ws.getCell(`D${r}`).value = 75 + 2 * i;
      const capaian = (75 + 2 * i) / (80 + i);
      ws.getCell(`E${r}`).value =
        i === 0
          ? ({ formula: 'D3/C3', result: capaian, shareType: 'shared', ref: 'E3:E14' } as ExcelJS.CellFormulaValue)
          : { sharedFormula: 'E3', result: capaian, date1904: false };
      ws.getCell(`E${r}`).numFmt = '0.00%';
      ws.getCell(`F${r}`).value = 1000000 * (i + 1);
      ws.getCell(`F${r}`).numFmt = '#,##0';
    }
    ws.getCell('B15').value = 'Rata-rata capaian';
    ws.getCell('E15').value = { formula: 'AVERAGE(E3:E14)', result: 0.9 };
    ws.getCell('E15').numFmt = '0.00%';
    ws.getCell('F15').value = { formula: 'SUM(F3:F14)', result: 78000000 };
    ws.getCell('B3').note = 'Sumber: Renstra';
    wb.addWorksheet('Catatan', { state: 'hidden' }).getCell('A1').value = 'rahasia';
    wb.definedNames.add("'Tabel 3.1'!$A$2:$F$15", 'Tabel31');
  });
}

/** Addresses (`Sheet!A1`) of cells whose content or format differ between two reads. */
export function changedCells(before: Workbook, after: Workbook): string[] {
  const out: string[] = [];
  const key = (c: Cell | undefined): string => JSON.stringify(c ?? null);
  before.sheets.forEach((sheet, s) => {
    const other = after.sheets[s];
    const rows = Math.max(sheet.cells.height, other?.cells.height ?? 0);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sheet.cells.rowWidth(r), other?.cells.rowWidth(r) ?? 0);
      for (let c = 0; c < cols; c++) {
        if (key(sheet.cells.cell(r, c)) !== key(other?.cells.cell(r, c))) out.push(`${sheet.name}!${toA1(r, c)}`);
      }
    }
  });
  return out;
}
