import type { FixtureCell, FixtureSheet } from '../../tests/fixtures/spec';
import { kegiatanPagu, kegiatanRealisasi, programPagu, programRealisasi, sumOf, type Program } from './hierarchy';

const rp = (n: number): FixtureCell => ({ n, fmt: '#,##0' });
const p2 = (n: number): FixtureCell => ({ n, fmt: '0.00' });
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Row `r` (1-based) of the table: kode, uraian, pagu, realisasi, % realisasi, sisa as a live formula. */
function budgetRow(r: number, kode: string, name: string, pagu: number, realisasi: number, serapanError = 0): FixtureCell[] {
  return [kode, name, rp(pagu), rp(realisasi), p2(round2((realisasi / pagu) * 100) + serapanError), { f: `C${r}-D${r}`, v: pagu - realisasi, fmt: '#,##0' }];
}

/**
 * Tabel 3.10 with one row per program, kegiatan and sub kegiatan, and a JUMLAH row. Seeded
 * mistakes, as real workbooks have them: every 97th sub kegiatan states a % realisasi one point
 * off, every 53rd kegiatan a pagu one million over the sum of its sub kegiatan.
 */
export function tabel310(programs: readonly Program[]): FixtureSheet {
  const rows: FixtureCell[][] = [
    ['Tabel 3.10 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024'],
    [],
    ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi Anggaran (Rp)', '% Realisasi', 'Sisa Anggaran (Rp)'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
  ];
  let subIndex = 0;
  let kegiatanIndex = 0;
  for (const p of programs) {
    rows.push(budgetRow(rows.length + 1, p.kode, p.name.toUpperCase(), programPagu(p), programRealisasi(p)));
    for (const k of p.kegiatan) {
      const extra = ++kegiatanIndex % 53 === 0 ? 1_000_000 : 0;
      rows.push(budgetRow(rows.length + 1, k.kode, k.name, kegiatanPagu(k) + extra, kegiatanRealisasi(k)));
      for (const s of k.subs) {
        rows.push(budgetRow(rows.length + 1, s.kode, s.name, s.pagu, s.realisasi, ++subIndex % 97 === 0 ? 1 : 0));
      }
    }
  }
  const pagu = sumOf(programs, programPagu);
  const realisasi = sumOf(programs, programRealisasi);
  const total = rows.length + 1;
  rows.push(['JUMLAH', null, rp(pagu), rp(realisasi), p2(round2((realisasi / pagu) * 100)), { f: `C${total}-D${total}`, v: pagu - realisasi, fmt: '#,##0' }]);
  rows.push([]);
  rows.push(['Sumber: Laporan Realisasi Anggaran (SIPD) per 31 Desember 2024']);
  return { name: 'Tabel 3.10', rows, merges: [`A${total}:B${total}`] };
}
