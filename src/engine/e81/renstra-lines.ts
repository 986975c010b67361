import { cleanSum } from '../compute/result';
import { numberOf, TableAccess } from '../derive/table-access';
import type { Table, TableColumn } from '../recognize/types';
import type { Sheet } from '../workbook/types';
import { indicatorType } from './indicator-type';
import { sourceLines, type SourceLine } from './source-lines';
import { lastQuarter, sumOfQuarters } from './triwulan-rules';

function yearColumns(table: Table, role: 'realisasi' | 'realisasi_anggaran', before: number): TableColumn[] {
  return table.columns
    .filter((c) => c.role === role && c.triwulan === undefined && c.year !== undefined && c.year < before)
    .sort((a, b) => a.year! - b.year!);
}

/**
 * The rows of a Renstra matrix as E.81 sources: its target akhir periode (column 6) and its
 * realisasi up to last year (column 7). Where the matrix has no "s/d tahun lalu" column but one
 * realisasi column per year, column 7 is built from the years before the report year: counts
 * and rupiah add up, a level is its latest year.
 */
export function renstraLines(table: Table, sheet: Sheet, reportYear: number | undefined): SourceLine[] {
  const lines = sourceLines(table, sheet);
  if (reportYear === undefined || table.columns.some((c) => c.role === 'realisasi_lalu')) return lines;
  const kinerja = yearColumns(table, 'realisasi', reportYear).filter((c) => c.measure !== 'Rp');
  const anggaran = yearColumns(table, 'realisasi_anggaran', reportYear);
  if (kinerja.length === 0 && anggaran.length === 0) return lines;
  const t = new TableAccess(table, sheet);
  return lines.map((line) => {
    const years = kinerja.map((c) => numberOf(t.read(line.row, c)));
    const type = indicatorType(line.indikator, line.satuan, line.targetAkhirK);
    const laluK = (type === 'tingkat' ? lastQuarter(years) : sumOfQuarters(years))?.value;
    const rupiah = anggaran.map((c) => numberOf(t.read(line.row, c))).filter((v): v is number => v !== undefined);
    const laluRp = line.first && rupiah.length > 0 ? cleanSum(rupiah.reduce((a, b) => a + b, 0)) : undefined;
    return { ...line, ...(laluK !== undefined ? { laluK } : {}), ...(laluRp !== undefined ? { laluRp } : {}) };
  });
}
