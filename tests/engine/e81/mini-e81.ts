import type { FixtureCell, FixtureSheet } from '../../fixtures/spec';

/**
 * A small hand-made Formulir E.81 (variant B without Sasaran, with Satuan), for the checker:
 * A No, B Kode, C Program/Kegiatan, D Indikator, E Satuan, F–G col 6, H–I col 7, J–K col 8,
 * L–S triwulan I–IV (K, Rp), T–U col 13, V–W col 14, X–Y col 15. Rows 6–9 are data, row 10 `Jumlah`.
 * `rows` lets a test replace cells: `{ 'T7': 3 }`.
 */
const HEADER: FixtureCell[][] = [
  ['Evaluasi Terhadap Hasil Renja Perangkat Daerah Tahun 2024'],
  [],
  [
    'No', 'Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Satuan',
    'Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)', null,
    'Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu', null,
    'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan', null,
    'Realisasi Kinerja Pada Triwulan', null, null, null, null, null, null, null,
    'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah', null,
    'Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2024', null,
    'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2024 (%)', null,
  ],
  [null, null, null, null, null, null, null, null, null, null, null, 'I', null, 'II', null, 'III', null, 'IV', null],
  [null, null, null, null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'],
];

/** Consistent values, with formulas where Deli Serdang has them. */
const DATA: FixtureCell[][] = [
  // row 6: program, a percentage level: shares 25 % per triwulan add up to 100 %, and column 14 adds last year's 100 %
  [
    1, '7.01.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Persentase Tertib Pelaporan Kinerja', '%',
    100, 1000, 100, 400, 100, 500,
    25, 100, 25, 100, 25, 100, 25, 100,
    { f: 'L6+N6+P6+R6', v: 100 }, { f: 'M6+O6+Q6+S6', v: 400 },
    { f: 'H6+T6', v: 200 }, { f: 'I6+U6', v: 800 },
    { f: 'V6/F6*100', v: 200 }, { f: 'W6/G6*100', v: 80 },
  ],
  // row 7: kegiatan, a count
  [
    2, '7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 'Jumlah Dokumen Perencanaan', 'Dokumen',
    10, 600, 4, 240, 2, 300,
    0, 60, 1, 60, 0, 60, 1, 60,
    2, 240, 6, 480, 60, 80,
  ],
  // row 8: kegiatan, a count
  [
    3, '7.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 'Jumlah Laporan Keuangan', 'Laporan',
    20, 400, 8, 160, 4, 200,
    1, 40, 1, 40, 1, 40, 1, 40,
    4, 160, 12, 320, 60, 80,
  ],
  // row 9: a second program, a typed level (Nilai) whose columns 14 and 15 are right
  [
    4, '7.01.02', 'Program Penyelenggaraan Pemerintahan', 'Indeks Kepuasan Masyarakat', 'Nilai',
    85, 100, 81.7, 40, 82, 50,
    0, 10, 0, 10, 0, 10, 84.5, 10,
    84.5, 40, 84.5, 80, { n: 99.41, fmt: '0.00' }, 80,
  ],
  ['Jumlah', null, null, null, null, null, { f: 'G6+G9', v: 1100 }, null, { f: 'I6+I9', v: 440 }, null, { f: 'K6+K9', v: 550 }],
];

function column(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function miniE81(changes: Readonly<Record<string, FixtureCell>> = {}): FixtureSheet {
  const rows = [...HEADER, ...DATA].map((r) => [...r]);
  for (const [ref, value] of Object.entries(changes)) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const r = Number(m[2]) - 1;
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    const c = column(m[1]!);
    while (row.length <= c) row.push(null);
    row[c] = value;
  }
  return {
    name: 'E81 Dinas',
    rows,
    merges: ['A3:A5', 'B3:B5', 'C3:C5', 'D3:D5', 'E3:E5', 'F3:G4', 'H3:I4', 'J3:K4', 'L3:S3', 'L4:M4', 'N4:O4', 'P4:Q4', 'R4:S4', 'T3:U4', 'V3:W4', 'X3:Y4'],
  };
}
