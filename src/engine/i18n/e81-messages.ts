/**
 * Every user-facing text of Formulir E.81 (SPEC §6): the sheet Buat E.81 writes, the sentences
 * that list what could not be filled, the computations named in warnings, and `lkjip e81`.
 * Numbers arrive already formatted the Indonesian way.
 */

const FACTOR_LABELS = {
  pendorong: 'Faktor pendorong keberhasilan pencapaian:',
  penghambat: 'Faktor penghambat pencapaian kinerja:',
  tindakLanjutTriwulan: 'Tindak lanjut yang diperlukan dalam triwulan berikutnya*):',
  tindakLanjutRenja: 'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya*):',
} as const;

export type TextRowKey = keyof typeof FACTOR_LABELS;

export const e81Sheet = {
  formLabel: 'Formulir E.81',
  title: (instansi: string | undefined): string =>
    `EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH${instansi ? ` ${instansi.toUpperCase()}` : ''}`,
  periode: (year: number | undefined): string =>
    year === undefined ? 'Periode Pelaksanaan: Triwulan I s/d IV Tahun ….' : `Periode Pelaksanaan: Triwulan I s/d IV Tahun ${year}`,
  header: {
    no: 'No',
    sasaran: 'Sasaran',
    kode: 'Kode',
    uraian: 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan',
    indikator: 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)',
    targetAkhir: (year: number | undefined): string =>
      `Target Renstra Perangkat Daerah pada Tahun ${year ?? '….'} (Akhir Periode Renstra Perangkat Daerah)`,
    realisasiLalu: (year: number | undefined): string =>
      `Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu${year ? ` (${year - 1})` : ''}`,
    targetRenja: (year: number | undefined): string =>
      `Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan${year ? ` (${year})` : ''} yang Dievaluasi`,
    triwulan: 'Realisasi Kinerja pada Triwulan',
    triwulanNames: ['I', 'II', 'III', 'IV'] as readonly string[],
    realisasiRenja: 'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi',
    kumulatif: (year: number | undefined): string =>
      `Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun ${year ?? '….'} (Akhir Tahun Pelaksanaan Renja Perangkat Daerah)`,
    tingkatCapaian: (year: number | undefined): string =>
      `Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun ${year ?? '….'} (%)`,
    capaianRenja: 'Capaian Kinerja dan Anggaran Renja Tahun Berjalan (%)',
    unitPd: 'Unit Perangkat Daerah Penanggung Jawab',
    keterangan: 'Keterangan',
    k: 'K',
    rp: 'Rp',
  },
  /** The number row: variant B's labels, and the capaian Renja pair as column 18. */
  numbers: {
    col13: '13 = 9+10+11+12',
    col14: '14 = 7 + 13',
    col15: '15 = 14 / 6 x 100',
    capaianRenja: '18 = 13 / 8 x 100',
  },
  rataRata: 'Rata-rata capaian kinerja (%)',
  predikat: 'Predikat kinerja',
  factorLabels: FACTOR_LABELS,
  note: '*) Diisi oleh Kepala Perangkat Daerah. Kolom 13 K: jumlah triwulan untuk indikator jumlah, triwulan terakhir untuk indikator tingkat (%, indeks, nilai).',
} as const;

/** Sentences naming what Buat E.81 could not fill: nothing is invented, the cells stay empty. */
export const e81Missing = {
  noSource:
    'Tidak ada tabel realisasi anggaran atau kinerja dan anggaran per program/kegiatan/sub kegiatan di buku kerja ini: Formulir E.81 tidak dapat dibuat.',
  noIndicator: (where: string): string =>
    `Tabel sumber ${where} tidak memiliki kolom indikator kinerja: kolom 5 dibiarkan kosong.`,
  noTarget: (where: string): string =>
    `Tabel sumber ${where} tidak memiliki kolom target kinerja: kolom 8 K dan capaian Renja K dibiarkan kosong.`,
  noPagu: (where: string): string => `Tabel sumber ${where} tidak memiliki kolom pagu anggaran: kolom 8 Rp dibiarkan kosong.`,
  noTriwulan:
    'Tidak ada kolom realisasi per triwulan: kolom 9–12 dibiarkan kosong, kolom 13 diambil dari realisasi tahunan tabel sumber.',
  noRealisasi: 'Tidak ada realisasi kinerja maupun realisasi per triwulan: kolom 13–15 K dibiarkan kosong.',
  noRenstra:
    'Tidak ada tabel Renstra (target akhir periode dan realisasi s/d tahun lalu): kolom 6 dan 7 dibiarkan kosong, sehingga kolom 14 dan 15 hanya terisi untuk indikator tingkat.',
  noYear: 'Tahun laporan tidak diketahui: isi tahun di Pengaturan agar judul dan realisasi s/d tahun lalu benar.',
  rowsWithout: (what: string, count: number, examples: readonly string[]): string =>
    `${what} tidak ditemukan untuk ${count} baris${examples.length ? `: ${examples.map((e) => `"${e}"`).join(', ')}${count > examples.length ? ', …' : ''}` : ''}.`,
  what: {
    targetAkhirK: 'Target akhir periode Renstra (kolom 6 K)',
    targetAkhirRp: 'Pagu akhir periode Renstra (kolom 6 Rp)',
    laluK: 'Realisasi s/d tahun lalu (kolom 7 K)',
    laluRp: 'Realisasi anggaran s/d tahun lalu (kolom 7 Rp)',
    targetK: 'Target kinerja Renja (kolom 8 K)',
    pagu: 'Pagu anggaran Renja (kolom 8 Rp)',
    triwulanK: 'Realisasi kinerja per triwulan (kolom 9–12 K)',
    triwulanRp: 'Realisasi anggaran per triwulan (kolom 9–12 Rp)',
    realisasiK: 'Realisasi kinerja tahun berjalan (kolom 13 K)',
    realisasiRp: 'Realisasi anggaran tahun berjalan (kolom 13 Rp)',
  },
} as const;

/** The computations behind derived E.81 cells, quoted in warnings. */
export const e81Basis = {
  sum: (parts: readonly string[], total: string): string => `jumlah triwulan ${parts.join(' + ')} = ${total}`,
  last: (triwulan: number, value: string): string =>
    `indikator tingkat (%, indeks, nilai): realisasi triwulan terakhir yang terisi, triwulan ${['I', 'II', 'III', 'IV'][triwulan - 1]} = ${value}`,
  shares: (parts: readonly string[], total: string): string =>
    `indikator tingkat yang dilaporkan sebagai tambahan per triwulan: ${parts.join(' + ')} = ${total}`,
  kumulatifJumlah: (lalu: string, tahunIni: string): string => `realisasi s/d tahun lalu ${lalu} + realisasi tahun berjalan ${tahunIni}`,
  kumulatifTingkat: (tahunIni: string, lalu: string | undefined): string =>
    `indikator tingkat (%, indeks, nilai): sama dengan realisasi tahun berjalan ${tahunIni}${lalu ? `, tidak ditambah realisasi tahun lalu ${lalu}` : ''}`,
  kemajuan: (kumulatif: string, targetAkhir: string): string => `realisasi s/d tahun berjalan ${kumulatif} ÷ target akhir periode ${targetAkhir} × 100`,
  anggaran: (realisasi: string, pagu: string): string => `realisasi ${realisasi} ÷ pagu ${pagu} × 100`,
  capaianRenja: (realisasi: string, target: string): string => `realisasi tahun berjalan ${realisasi} ÷ target Renja ${target} × 100`,
} as const;

/** Findings that only an E.81 has. */
export const e81Warning = {
  levelAdded: (place: string, lalu: string, tahunIni: string, stated: string, expected: string): string =>
    `${place}: indikator tingkat (%, indeks, nilai) dihitung dengan menjumlahkan realisasi tahun lalu (${lalu}) dan tahun berjalan (${tahunIni}), sehingga tingkat capaian tertulis ${stated}; seharusnya ${expected} (realisasi s/d tahun berjalan sebuah tingkat adalah nilainya tahun ini).`,
} as const;

/** `lkjip e81`. */
export const e81Cli = {
  usage: 'Pemakaian: lkjip e81 BERKAS.xlsx -o HASIL.xlsx [--settings F]',
  done: (output: string, sheet: string, rows: number, kept: number): string =>
    `${output}: lembar ${sheet} dibuat (${rows} baris indikator)${kept > 0 ? `, ${kept} isian teks pengguna dipertahankan` : ''}.`,
  missingHeader: 'Tidak dapat diisi (dibiarkan kosong):',
  missingLine: (sentence: string): string => `  - ${sentence}`,
  notWritten: 'Tidak ada berkas yang ditulis.',
  cannotWrite: (output: string, reason: string): string => `${output}: tidak dapat ditulis. ${reason}`,
  existingChecked: (errors: number, warnings: number): string =>
    `Lembar E.81 yang ada sebelumnya diperiksa: ${errors} galat, ${warnings} peringatan.`,
} as const;
