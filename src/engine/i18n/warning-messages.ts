/**
 * Indonesian texts of the warnings (SPEC §7): each names both numbers and the place.
 * Numbers arrive already formatted the Indonesian way (`18.989.150`, `94,76%`).
 */
export const warningText = {
  mismatch: (what: string, place: string, stated: string, computed: string, basis: string): string =>
    `${what} di ${place} tertulis ${stated}, seharusnya ${computed} (${basis}).`,
  formulaDiffers: (place: string, stated: string, computed: string, basis: string): string =>
    `Rumus di ${place} menghasilkan ${stated}, sedangkan hitungan LKjIP memberi ${computed} (${basis}). Sel berisi rumus tidak ditimpa.`,
  crossTable: (what: string, name: string, place: string, value: string, firstPlace: string, firstValue: string): string =>
    `${what} "${name}" di ${place} adalah ${value}, tetapi di ${firstPlace} ${firstValue}.`,
  overBudget: (place: string, realisasi: string, pagu: string): string =>
    `Realisasi anggaran di ${place} (${realisasi}) melebihi pagu (${pagu}).`,
  percentOver100: (place: string, realisasi: string): string =>
    `Realisasi indikator persentase di ${place} adalah ${realisasi}, lebih dari 100%.`,
  capaianOutlier: (place: string, capaian: string): string =>
    `Capaian di ${place} adalah ${capaian}: di luar 0–200%, kemungkinan target atau realisasi salah ketik.`,
  unitMismatch: (place: string, targetUnit: string, realisasiUnit: string): string =>
    `Satuan target (${targetUnit}) dan realisasi (${realisasiUnit}) di ${place} berbeda.`,
  yearMismatch: (place: string, titleYear: number, reportYear: number): string =>
    `Judul tabel di ${place} menyebut tahun ${titleYear}, sedangkan laporan ini tahun ${reportYear}.`,
  missing: (place: string, what: string): string => `Nilai ${what} di ${place} kosong, sehingga tidak dapat dihitung.`,
  uncalculated: (place: string, what: string): string =>
    `Rumus ${what} di ${place} belum pernah dihitung (berkas disimpan tanpa hasil rumus): nilainya dianggap kosong, bukan 0. Buka dan simpan ulang di Excel.`,
  unparseable: (place: string, raw: string, what: string): string =>
    `Isi sel ${place} ("${raw}") tidak dapat dibaca sebagai ${what}.`,
  ambiguous: (place: string, raw: string, reading: string): string =>
    `Angka "${raw}" di ${place} dibaca sebagai ${reading}.`,
  unrecognized: (place: string): string => `Blok tabel di ${place} tidak dikenali sebagai tabel LKjIP; tidak ada yang dihitung di sana.`,
} as const;

/** The name of each derived quantity in messages. */
export const derivedName = {
  capaian: 'Capaian kinerja',
  rata_rata: 'Rata-rata capaian',
  ringkasan: 'Jumlah indikator',
  kemajuan: 'Tingkat kemajuan',
  serapan: 'Persentase realisasi anggaran',
  sisa: 'Sisa anggaran',
  persen_sisa: 'Persentase sisa anggaran',
  persen_anggaran: 'Persentase anggaran',
  efisiensi: 'Tingkat efisiensi',
  ketersediaan: 'Persentase ketersediaan',
  selisih: 'Selisih dengan pembanding',
  predikat: 'Predikat',
  total: 'Jumlah',
  realisasi_tahun_berjalan: 'Realisasi tahun berjalan (kolom 13 E.81)',
  realisasi_kumulatif: 'Realisasi s/d tahun berjalan (kolom 14 E.81)',
} as const;
