import type { Cell, Sheet, Workbook } from '../../../../src/engine/workbook/types';
import { sheetOf } from '../../../helpers/sheet-rows';

/**
 * A Tabel 3.10 (realisasi anggaran) of `rows` sub kegiatan under one kegiatan: money as numbers,
 * % realisasi typed as plain numbers (every seventh one wrong), sisa, and a JUMLAH row that is
 * right. What a large kabupaten-wide workbook looks like to the adapter.
 */
export function realisasiSheet(name: string, rows: number): Sheet {
  const grid: (Cell | undefined)[][] = [];
  grid.push([{ value: 'Tabel 3.10 Realisasi Anggaran per Sub Kegiatan Tahun 2024' }]);
  grid.push([]);
  grid.push(['Kode', 'Sub Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi Anggaran (Rp)', '% Realisasi', 'Sisa Anggaran (Rp)'].map((value) => ({ value })));
  let pagu = 0;
  let realisasi = 0;
  for (let i = 0; i < rows; i++) {
    const p = 1_000_000 + ((i * 7919) % 90_000_000);
    const r = Math.round(p * 0.93);
    pagu += p;
    realisasi += r;
    grid.push([
      { value: `7.01.01.2.01.${String(i + 1).padStart(5, '0')}` },
      { value: `Sub kegiatan sintetis nomor ${i + 1}` },
      { value: p, numFmt: '#,##0' },
      { value: r, numFmt: '#,##0' },
      { value: i % 7 === 0 ? 95 : Math.round((r / p) * 10_000) / 100, numFmt: '0.00' },
      { value: p - r, numFmt: '#,##0' },
    ]);
  }
  grid.push([{ value: 'JUMLAH' }, undefined, { value: pagu, numFmt: '#,##0' }, { value: realisasi, numFmt: '#,##0' }, undefined, { value: pagu - realisasi, numFmt: '#,##0' }]);
  return sheetOf({ name, rows: grid, merges: [] });
}

export function syntheticWorkbook(rows: number, sheets = 1): Workbook {
  return {
    definedNames: [],
    sheets: Array.from({ length: sheets }, (_, i) => realisasiSheet(sheets === 1 ? 'Tabel 3.10' : `Tabel 3.10 (${i + 1})`, rows)),
  };
}
