/**
 * Every user-facing text of the Excel custom functions `LKJIP.*`: the messages carried by the
 * `#VALUE!` / `#N/A` errors, in Indonesian. Argument names are the functions' own (`target`,
 * `realisasi`, `pagu`, …).
 */
export const functionsText = {
  missing: (argument: string): string => `Argumen ${argument} kosong atau tidak tersedia (-, N/A, sel kosong).`,
  invalid: (argument: string): string => `Argumen ${argument} tidak dapat dibaca sebagai angka, persen, rupiah atau predikat.`,
  zero: (argument: string): string => `Argumen ${argument} bernilai 0: pembagian dengan nol tidak menghasilkan angka.`,
  notComparable: 'Target dan realisasi tidak dapat dibandingkan (misalnya rupiah dengan persen, atau predikat dengan angka).',
  outOfRange: 'Hasil perhitungan di luar jangkauan angka.',
  polaritas: (text: string): string =>
    `Polaritas "${text}" tidak dikenal. Gunakan positif, negatif, +, -, maksimal atau minimal.`,
  batas: (text: string): string => `Batas capaian "${text}" tidak dikenal. Gunakan 100, 110, 120, atau kosongkan tanpa batas.`,
  skala: (text: string, known: readonly string[]): string =>
    `Skala predikat "${text}" tidak dikenal. Gunakan salah satu: ${known.join(', ')}.`,
  gradeHasNoNumber: (argument: string): string =>
    `Argumen ${argument} berisi predikat tanpa angka, sehingga tidak mempunyai nilai angka.`,
  noBand: 'Nilai tidak masuk ke pita mana pun dalam skala predikat.',
  booleanArgument: (argument: string): string => `Argumen ${argument} berisi TRUE/FALSE, bukan nilai kinerja.`,
} as const;
