import { gridOfRows } from '../src/engine/workbook/cell-grid';
import type { Cell, Sheet, Workbook } from '../src/engine/workbook/types';

/**
 * A synthetic Tabel 3.10 (realisasi anggaran) with `rows` data rows: programs of kegiatan of
 * sub kegiatan under kode rekening, money as numbers, % realisasi as plain numbers, a JUMLAH row.
 */
export function realisasiAnggaranSheet(rows: number): Sheet {
  const grid: (Cell | undefined)[][] = [];
  grid.push([{ value: 'Tabel 3.10 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024' }]);
  grid.push([]);
  grid.push(['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi Anggaran (Rp)', '% Realisasi', 'Sisa Anggaran (Rp)'].map((value) => ({ value })));
  grid.push(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'].map((value) => ({ value })));
  let program = 0;
  let kegiatan = 0;
  let sub = 0;
  for (let i = 0; i < rows; i++) {
    let kode: string;
    let name: string;
    if (i % 50 === 0) {
      program++;
      kegiatan = 0;
      kode = `7.01.${String(program).padStart(2, '0')}`;
      name = `PROGRAM SINTETIS ${program}`;
    } else if (i % 10 === 1) {
      kegiatan++;
      sub = 0;
      kode = `7.01.${String(program).padStart(2, '0')}.2.${String(kegiatan).padStart(2, '0')}`;
      name = `Kegiatan sintetis ${program}.${kegiatan}`;
    } else {
      sub++;
      kode = `7.01.${String(program).padStart(2, '0')}.2.${String(kegiatan).padStart(2, '0')}.${String(sub).padStart(4, '0')}`;
      name = `Sub kegiatan sintetis ${program}.${kegiatan}.${sub}`;
    }
    const pagu = 1_000_000 + ((i * 7919) % 90_000_000);
    const realisasi = Math.round(pagu * 0.93);
    grid.push([
      { value: kode },
      { value: name },
      { value: pagu, numFmt: '#,##0' },
      { value: realisasi, numFmt: '#,##0' },
      { value: 93, numFmt: '0.00' },
      { value: pagu - realisasi, numFmt: '#,##0' },
    ]);
  }
  grid.push([{ value: 'JUMLAH' }, undefined, { value: 0, numFmt: '#,##0' }, { value: 0, numFmt: '#,##0' }]);
  return { name: 'Tabel 3.10', cells: gridOfRows(grid), merges: [] };
}

export function syntheticWorkbook(rows: number): Workbook {
  return { sheets: [realisasiAnggaranSheet(rows)], definedNames: [] };
}
