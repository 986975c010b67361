/**
 * The `LKJIP.*` custom functions of the shared runtime. The JSDoc below is the source of
 * functions.json (custom-functions-metadata-plugin); the rules live in the engine, argument
 * handling in `lkjip-functions.ts`. Errors become `#VALUE!` / `#N/A` with an Indonesian message.
 */
import {
  capaianFunction,
  efisiensiFunction,
  kemajuanFunction,
  nilaiFunction,
  predikatFunction,
  serapanFunction,
  type FunctionResult,
} from './lkjip-functions';

/** The value of a result, or the Excel error it stands for (thrown: Excel shows it in the cell). */
export function unwrap<T>(result: FunctionResult<T>): T {
  if (result.ok) return result.value;
  const code = result.error === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, result.message);
}

/**
 * Capaian kinerja (%): realisasi ÷ target × 100; polaritas negatif: (2 × target − realisasi) ÷ target × 100.
 * @customfunction CAPAIAN CAPAIAN
 * @param target Target kinerja (angka, persen, teks seperti "94,95%" atau predikat seperti "BB").
 * @param realisasi Realisasi kinerja (angka, persen, teks atau predikat).
 * @param [polaritas] "positif" (bawaan, makin tinggi makin baik) atau "negatif" (makin rendah makin baik).
 * @param [batas] Batas atas capaian: 100, 110 atau 120; kosong berarti tanpa batas.
 * @returns Capaian dalam persen (100 = target tercapai).
 */
export function capaian(target: number | string | boolean | null, realisasi: number | string | boolean | null, polaritas?: number | string | boolean | null, batas?: number | string | boolean | null): number {
  return unwrap(capaianFunction(target, realisasi, polaritas, batas));
}

/**
 * Tingkat kemajuan (%): realisasi sampai tahun ini ÷ target akhir periode Renstra × 100.
 * @customfunction KEMAJUAN KEMAJUAN
 * @param target_akhir Target akhir periode Renstra.
 * @param realisasi Realisasi kumulatif sampai tahun ini.
 * @param [polaritas] "positif" (bawaan) atau "negatif".
 * @returns Tingkat kemajuan dalam persen.
 */
export function kemajuan(target_akhir: number | string | boolean | null, realisasi: number | string | boolean | null, polaritas?: number | string | boolean | null): number {
  return unwrap(kemajuanFunction(target_akhir, realisasi, polaritas));
}

/**
 * Penyerapan anggaran (%): realisasi anggaran ÷ pagu × 100.
 * @customfunction SERAPAN SERAPAN
 * @param pagu Pagu anggaran (Rp).
 * @param realisasi Realisasi anggaran (Rp).
 * @returns Penyerapan anggaran dalam persen.
 */
export function serapan(pagu: number | string | boolean | null, realisasi: number | string | boolean | null): number {
  return unwrap(serapanFunction(pagu, realisasi));
}

/**
 * Tingkat efisiensi (poin persen): % capaian kinerja − % penyerapan anggaran (atau % ketersediaan); di atas 0 berarti efisien.
 * @customfunction EFISIENSI EFISIENSI
 * @param capaian Capaian kinerja (%).
 * @param pembanding Penyerapan anggaran atau ketersediaan SDM/sarpras (%).
 * @returns Selisih dalam poin persen.
 */
export function efisiensi(capaian: number | string | boolean | null, pembanding: number | string | boolean | null): number {
  return unwrap(efisiensiFunction(capaian, pembanding));
}

/**
 * Predikat sebuah nilai menurut skala penilaian.
 * @customfunction PREDIKAT PREDIKAT
 * @param nilai Nilai atau capaian (%).
 * @param [skala] "permendagri86" (bawaan), "sakip-5", "lkjip-5" atau "lkjip-4".
 * @returns Predikat, misalnya "Sangat Tinggi" atau "Baik".
 */
export function predikatNilai(nilai: number | string | boolean | null, skala?: number | string | boolean | null): string {
  return unwrap(predikatFunction(nilai, skala));
}

/**
 * Angka dari isi sel seperti yang diketik: "81,10 (A)" → 81,1; "94,95%" → 94,95; "1 inovasi" → 1.
 * @customfunction NILAI NILAI
 * @param teks Isi sel (teks atau angka).
 * @returns Nilai angkanya.
 */
export function nilai(teks: number | string | boolean | null): number {
  return unwrap(nilaiFunction(teks));
}

// custom-functions-metadata-plugin appends the same associations in the webpack build; a second
// association of an id replaces the first. Here they serve runs outside that loader.
if (typeof CustomFunctions !== 'undefined') {
  CustomFunctions.associate('CAPAIAN', capaian);
  CustomFunctions.associate('KEMAJUAN', kemajuan);
  CustomFunctions.associate('SERAPAN', serapan);
  CustomFunctions.associate('EFISIENSI', efisiensi);
  CustomFunctions.associate('PREDIKAT', predikatNilai);
  CustomFunctions.associate('NILAI', nilai);
}
