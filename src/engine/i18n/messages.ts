import type { TableKind } from '../recognize/types';

/** Every user-facing string of the engine and the CLI, per language (SPEC §1: one dictionary). */
export interface Messages {
  readonly kindLabel: Readonly<Record<TableKind, string>>;
  readonly cli: {
    readonly usage: string;
    readonly unknownCommand: (cmd: string) => string;
    readonly noFiles: string;
    readonly missingOption: (option: string) => string;
    readonly unknownOption: (option: string) => string;
    readonly fileNotFound: (file: string) => string;
    readonly cannotRead: (file: string, reason: string) => string;
    readonly fileHeader: (file: string, year: number | undefined, tables: number) => string;
    readonly tableLine: (where: string, kind: string, title: string, dataRows: number) => string;
    readonly noTables: string;
    readonly severityCounts: (errors: number, warnings: number, infos: number) => string;
    readonly recalcUsage: string;
    readonly sameOutput: (file: string) => string;
    readonly recalcDone: (output: string, written: number, corrected: number, errors: number, warnings: number) => string;
    readonly settingsErrors: string;
    readonly warningLine: (severity: 'error' | 'warning' | 'info', code: string, where: string, message: string) => string;
  };
}

export const id: Messages = {
  kindLabel: {
    capaian: 'Capaian Kinerja',
    ringkasan_capaian: 'Ringkasan Pencapaian Sasaran',
    multi_tahun: 'Perbandingan Antar Tahun',
    kemajuan: 'Tingkat Kemajuan s/d Akhir Renstra',
    pembanding: 'Perbandingan dengan Nasional/Provinsi/Kabupaten',
    alokasi_anggaran: 'Alokasi Anggaran per Sasaran',
    kinerja_anggaran: 'Pencapaian Kinerja dan Anggaran',
    efisiensi: 'Efisiensi Penggunaan Anggaran',
    realisasi_anggaran: 'Realisasi Anggaran',
    efisiensi_sdm: 'Efisiensi SDM',
    sarpras: 'Ketersediaan Sarana dan Prasarana',
    efisiensi_sarpras: 'Efisiensi Sarana dan Prasarana',
    renstra: 'Matriks Renstra',
    e81: 'Formulir E.81',
    unknown: 'Tabel tidak dikenal',
  },
  cli: {
    usage: [
      'Pemakaian:',
      '  lkjip check BERKAS.xlsx… [--json] [--settings F]   periksa tanpa mengubah apa pun',
      '  lkjip recalc BERKAS.xlsx -o HASIL.xlsx [--settings F] [--mode nilai|rumus]',
      '  lkjip e81 BERKAS.xlsx -o HASIL.xlsx',
      '  lkjip template -o HASIL.xlsx',
      '',
      'Kode keluar: 0 tanpa galat, 1 ada galat, 2 berkas tidak dapat dibaca.',
    ].join('\n'),
    unknownCommand: (cmd) => `Perintah tidak dikenal: "${cmd}".`,
    noFiles: 'Sebutkan paling sedikit satu berkas .xlsx.',
    missingOption: (option) => `Opsi ${option} memerlukan nilai.`,
    unknownOption: (option) => `Opsi tidak dikenal: ${option}.`,
    fileNotFound: (file) => `Berkas tidak ditemukan: ${file}`,
    cannotRead: (file, reason) => `${file}: tidak dapat dibaca. ${reason}`,
    fileHeader: (file, year, tables) =>
      `${file}${year ? ` — tahun ${year}` : ''}: ${tables} tabel dikenali`,
    tableLine: (where, kind, title, dataRows) => `  ${where}  ${kind}${title ? ` — ${title}` : ''} (${dataRows} baris data)`,
    noTables: '  Tidak ada tabel LKjIP yang dikenali di berkas ini.',
    severityCounts: (errors, warnings, infos) => `  ${errors} galat, ${warnings} peringatan, ${infos} info`,
    recalcUsage: 'Pemakaian: lkjip recalc BERKAS.xlsx -o HASIL.xlsx [--settings F] [--mode nilai|rumus]',
    sameOutput: (file) => `Berkas hasil (${file}) sama dengan berkas masukan: simpan ke nama lain, berkas asli tidak pernah ditimpa.`,
    recalcDone: (output, written, corrected, errors, warnings) =>
      `${output}: ${written} sel turunan ditulis (${corrected} diperbaiki). Tersisa ${errors} galat dan ${warnings} peringatan pada data masukan.`,
    settingsErrors: 'Pengaturan tidak sah:',
    warningLine: (severity, code, where, message) =>
      `  [${{ error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' }[severity]}] ${where} ${code}: ${message}`,
  },
};
