import type { Severity } from '../check/codes';
import type { TableKind } from '../recognize/types';
import type { Bahasa, BatasCapaian, ModeTulis, RumusNegatif, ScalePreset } from '../settings/types';
import { id as engineId } from './messages';

/** The actions of the task pane and the page, named as the user sees them. */
export type UiAction = 'check' | 'recalc' | 'undo' | 'buildE81' | 'insertTemplate' | 'saveSettings' | 'loadSettings' | 'openFile' | 'showCell';

/** Every user-facing string of the task pane and the standalone page (SPEC §1: one dictionary). */
export interface UiMessages {
  readonly locale: string;
  readonly title: string;
  readonly subtitle: (instansi: string | undefined, year: number | undefined) => string;
  readonly actions: Readonly<Record<UiAction, string>>;
  readonly actionHints: Readonly<Record<'check' | 'recalc' | 'undo' | 'buildE81' | 'insertTemplate', string>>;
  readonly moreActions: string;
  readonly working: Readonly<Record<UiAction, string>>;
  readonly outcome: {
    readonly checked: (findings: number) => string;
    readonly recalculated: (cells: number, sheets: readonly string[]) => string;
    readonly e81Built: (sheets: readonly string[]) => string;
    readonly missingForE81: string;
    readonly templateInserted: (sheets: readonly string[]) => string;
    readonly undone: string;
    readonly nothingToUndo: string;
    readonly settingsSaved: string;
    readonly remaining: (errors: number) => string;
  };
  readonly errors: {
    readonly actionFailed: (action: string, reason: string) => string;
    readonly unexpected: string;
    readonly fileUnreadable: (reason: string) => string;
    readonly notXlsx: (name: string) => string;
    readonly noWorkbook: string;
    readonly dismiss: string;
    readonly previewForeignOrigin: (origin: string) => string;
    readonly previewLoadFailed: (path: string, status: number) => string;
  };
  readonly severity: Readonly<Record<Severity, string>>;
  readonly summary: {
    readonly heading: string;
    readonly notYetChecked: string;
    readonly tablesRecognized: (count: number) => string;
    readonly noTables: string;
    readonly tableCount: (count: number, kind: string) => string;
    readonly rataRata: (value: string, predikat: string | undefined) => string;
    readonly rataRataFrom: (place: string) => string;
    readonly noRataRata: string;
    readonly reportYear: (year: number) => string;
  };
  readonly kindLabel: Readonly<Record<TableKind, string>>;
  readonly warnings: {
    readonly heading: string;
    readonly filterLabel: string;
    readonly all: string;
    readonly none: string;
    readonly noneAtLevel: string;
    readonly groupCount: (count: number) => string;
    readonly goToCell: (place: string) => string;
  };
  readonly settings: {
    readonly heading: string;
    readonly open: string;
    readonly close: string;
    readonly save: string;
    readonly cancel: string;
    readonly invalid: string;
    readonly tahun: string;
    readonly tahunHint: string;
    readonly instansi: string;
    readonly skala: string;
    readonly presetLabel: Readonly<Record<ScalePreset, string>>;
    readonly bandsCaption: string;
    readonly bandLabel: string;
    readonly bandComparator: string;
    readonly bandBound: string;
    readonly bandBelowRest: string;
    readonly addBand: string;
    readonly removeBand: (label: string) => string;
    readonly batasCapaian: string;
    readonly batasLabel: (batas: BatasCapaian) => string;
    readonly batasBawahNol: string;
    readonly rumusNegatif: string;
    readonly rumusLabel: Readonly<Record<RumusNegatif, string>>;
    readonly polaritas: string;
    readonly polaritasHint: string;
    readonly polaritasNegatif: string;
    readonly polaritasPositif: string;
    readonly indicatorName: string;
    readonly addIndicator: string;
    readonly removeIndicator: (name: string) => string;
    readonly toleransi: string;
    readonly toleransiHint: string;
    readonly modeTulis: string;
    readonly modeLabel: Readonly<Record<ModeTulis, string>>;
    readonly bahasa: string;
    readonly bahasaLabel: Readonly<Record<Bahasa, string>>;
  };
  readonly page: {
    readonly title: string;
    readonly intro: string;
    readonly privacy: string;
    readonly openFile: string;
    readonly dropHint: string;
    readonly dropHere: string;
    readonly fileLoaded: (name: string, kilobytes: string) => string;
    readonly tablesHeading: string;
    readonly dataRows: (rows: number) => string;
    readonly findingsInTable: (count: number) => string;
    readonly downloadsHeading: string;
    readonly downloadRecalc: string;
    readonly downloadE81: string;
    readonly downloadHint: string;
    readonly previewHeading: (place: string) => string;
    readonly closePreview: string;
  };
  readonly hostProgress: {
    readonly reading: string;
    readonly analyzing: string;
    readonly planning: string;
    readonly writing: string;
    readonly restoring: string;
  };
}

const idMessages: UiMessages = {
  locale: 'id-ID',
  title: 'LKjIP Bab III',
  subtitle: (instansi, year) => [instansi, year === undefined ? undefined : `Tahun ${year}`].filter(Boolean).join(' · '),
  actions: {
    check: 'Periksa',
    recalc: 'Hitung Ulang',
    undo: 'Batalkan',
    buildE81: 'Buat E.81',
    insertTemplate: 'Sisipkan template',
    saveSettings: 'Simpan pengaturan',
    loadSettings: 'Membaca pengaturan',
    openFile: 'Buka berkas',
    showCell: 'Memilih sel',
  },
  actionHints: {
    recalc: 'Hitung ulang semua angka turunan (capaian, rata-rata, serapan, efisiensi…) dan tulis ke buku kerja',
    check: 'Periksa semua tabel tanpa mengubah apa pun',
    buildE81: 'Buat atau perbarui lembar Formulir E.81 (Permendagri 86/2017)',
    undo: 'Kembalikan buku kerja seperti sebelum perubahan terakhir',
    insertTemplate: 'Tambahkan lembar Tabel 3.1–3.13 kosong dengan judul kolom baku',
  },
  moreActions: 'Tindakan lain',
  working: {
    check: 'Memeriksa buku kerja…',
    recalc: 'Menghitung ulang…',
    undo: 'Membatalkan perubahan…',
    buildE81: 'Menyusun Formulir E.81…',
    insertTemplate: 'Menyisipkan template…',
    saveSettings: 'Menyimpan pengaturan…',
    loadSettings: 'Membaca pengaturan…',
    openFile: 'Membuka berkas…',
    showCell: 'Memilih sel…',
  },
  outcome: {
    checked: (findings) => (findings === 0 ? 'Pemeriksaan selesai: semua angka konsisten.' : `Pemeriksaan selesai: ${findings} temuan.`),
    recalculated: (cells, sheets) =>
      `Hitung Ulang selesai: ${cells} sel ditulis${sheets.length > 0 ? `; lembar ${sheets.join(', ')} diperbarui` : ''}.`,
    e81Built: (sheets) => (sheets.length > 0 ? `Formulir E.81 selesai: lembar ${sheets.join(', ')} ditulis.` : 'Formulir E.81 tidak dibuat.'),
    missingForE81: 'Data berikut tidak ditemukan, kolomnya dibiarkan kosong:',
    templateInserted: (sheets) => `Template disisipkan: ${sheets.length} lembar (${sheets.join(', ')}).`,
    undone: 'Perubahan terakhir sudah dibatalkan.',
    nothingToUndo: 'Tidak ada perubahan yang dapat dibatalkan.',
    settingsSaved: 'Pengaturan disimpan di dalam buku kerja.',
    remaining: (errors) =>
      errors === 0 ? 'Tidak ada galat yang tersisa.' : `${errors} galat masih perlu diperbaiki sendiri (angka masukan yang saling bertentangan).`,
  },
  errors: {
    actionFailed: (action, reason) => `${action} gagal: ${reason}`,
    unexpected: 'terjadi kesalahan yang tidak terduga. Coba lagi; bila tetap gagal, simpan buku kerja lalu buka kembali.',
    fileUnreadable: (reason) => `Berkas tidak dapat dibaca: ${reason}`,
    notXlsx: (name) => `"${name}" bukan berkas .xlsx. Simpan dulu sebagai Buku Kerja Excel (.xlsx), lalu buka lagi.`,
    noWorkbook: 'Belum ada berkas yang dibuka. Buka berkas .xlsx lebih dulu.',
    dismiss: 'Tutup pesan',
    previewForeignOrigin: (origin) => `Pratinjau hanya memuat berkas dari ${origin}.`,
    previewLoadFailed: (path, status) => `Berkas ${path} tidak dapat dimuat (HTTP ${status}).`,
  },
  severity: { error: 'Galat', warning: 'Peringatan', info: 'Info' },
  summary: {
    heading: 'Ringkasan',
    notYetChecked: 'Klik Periksa untuk memeriksa tabel Bab III tanpa mengubah apa pun, atau Hitung Ulang untuk memperbaiki semua angka turunan.',
    tablesRecognized: (count) => `${count} tabel dikenali`,
    noTables: 'Tidak ada tabel LKjIP yang dikenali di buku kerja ini.',
    tableCount: (count, kind) => `${count} ${kind}`,
    rataRata: (value, predikat) => `Rata-rata capaian ${value}${predikat ? ` — ${predikat}` : ''}`,
    rataRataFrom: (place) => `dari ${place}`,
    noRataRata: 'Rata-rata capaian belum dapat dihitung (tidak ada tabel capaian dengan nilai lengkap).',
    reportYear: (year) => `Tahun laporan ${year}`,
  },
  kindLabel: engineId.kindLabel,
  warnings: {
    heading: 'Temuan',
    filterLabel: 'Tampilkan',
    all: 'Semua',
    none: 'Tidak ada temuan: semua angka konsisten.',
    noneAtLevel: 'Tidak ada temuan pada tingkat ini.',
    groupCount: (count) => `${count} temuan`,
    goToCell: (place) => `Pilih sel ${place}`,
  },
  settings: {
    heading: 'Pengaturan',
    open: 'Pengaturan',
    close: 'Tutup',
    save: 'Simpan',
    cancel: 'Batal',
    invalid: 'Pengaturan belum dapat disimpan:',
    tahun: 'Tahun laporan',
    tahunHint: 'Kosongkan untuk membaca tahun dari judul tabel.',
    instansi: 'Nama instansi',
    skala: 'Skala predikat',
    presetLabel: {
      permendagri86: 'Permendagri 86/2017',
      'sakip-5': 'SAKIP, 5 tingkat',
      'lkjip-5': 'LKjIP, 5 tingkat (dengan Istimewa)',
      'lkjip-4': 'LKjIP, 4 tingkat',
      custom: 'Skala sendiri',
    },
    bandsCaption: 'Predikat diuji dari atas ke bawah',
    bandLabel: 'Predikat',
    bandComparator: 'Syarat',
    bandBound: 'Batas bawah',
    bandBelowRest: 'selebihnya',
    addBand: 'Tambah predikat',
    removeBand: (label) => `Hapus predikat ${label}`,
    batasCapaian: 'Batas atas capaian',
    batasLabel: (batas) => (batas === 'none' ? 'Tanpa batas' : `Paling tinggi ${batas}%`),
    batasBawahNol: 'Capaian di bawah 0% dihitung 0%',
    rumusNegatif: 'Rumus capaian indikator negatif (makin kecil makin baik)',
    rumusLabel: { selisih: '(2 × Target − Realisasi) ÷ Target × 100', rasio: 'Target ÷ Realisasi × 100' },
    polaritas: 'Polaritas per indikator',
    polaritasHint: 'Hanya bila tabel tidak punya kolom Polaritas. Tanpa isian, indikator dianggap positif.',
    polaritasNegatif: 'Negatif (makin kecil makin baik)',
    polaritasPositif: 'Positif (makin besar makin baik)',
    indicatorName: 'Nama indikator',
    addIndicator: 'Tambah indikator',
    removeIndicator: (name) => `Hapus ${name}`,
    toleransi: 'Toleransi selisih (poin persen)',
    toleransiHint: 'Selisih sebesar ini atau kurang tidak dilaporkan. 0 = sesuai angka yang tertulis.',
    modeTulis: 'Yang ditulis Hitung Ulang',
    modeLabel: { nilai: 'Nilai', rumus: 'Rumus Excel' },
    bahasa: 'Bahasa tampilan',
    bahasaLabel: { id: 'Bahasa Indonesia', en: 'English' },
  },
  page: {
    title: 'LKjIP Bab III — Periksa dan Hitung Ulang',
    intro: 'Buka berkas Excel (.xlsx) berisi tabel Bab III LKjIP. Semua capaian, rata-rata, serapan anggaran dan efisiensi diperiksa dan dihitung ulang.',
    privacy: 'Berkas diolah di peramban ini saja: tidak ada data yang dikirim ke mana pun.',
    openFile: 'Buka berkas .xlsx',
    dropHint: 'atau tarik berkas ke sini',
    dropHere: 'Lepaskan berkas di sini',
    fileLoaded: (name, kilobytes) => `${name} (${kilobytes} KB)`,
    tablesHeading: 'Tabel yang dikenali',
    dataRows: (rows) => `${rows} baris data`,
    findingsInTable: (count) => `${count} temuan`,
    downloadsHeading: 'Unduh',
    downloadRecalc: 'Unduh hasil hitung ulang',
    downloadE81: 'Unduh E.81',
    downloadHint: 'Klik Hitung Ulang atau Buat E.81 dulu; hasilnya dapat diunduh di sini.',
    previewHeading: (place) => `Isi ${place}`,
    closePreview: 'Tutup pratinjau',
  },
  hostProgress: {
    reading: 'Membaca buku kerja…',
    analyzing: 'Mengenali dan memeriksa tabel…',
    planning: 'Menghitung nilai turunan…',
    writing: 'Menulis hasil ke berkas…',
    restoring: 'Mengembalikan isi berkas…',
  },
};

const enMessages: UiMessages = {
  locale: 'en-GB',
  title: 'LKjIP Chapter III',
  subtitle: (instansi, year) => [instansi, year === undefined ? undefined : `Year ${year}`].filter(Boolean).join(' · '),
  actions: {
    check: 'Check',
    recalc: 'Recalculate',
    undo: 'Undo',
    buildE81: 'Build E.81',
    insertTemplate: 'Insert template',
    saveSettings: 'Save settings',
    loadSettings: 'Reading settings',
    openFile: 'Open file',
    showCell: 'Selecting the cell',
  },
  actionHints: {
    recalc: 'Recompute every derived number (capaian, averages, budget absorption, efficiency…) and write it into the workbook',
    check: 'Check every table without changing anything',
    buildE81: 'Create or refresh the Formulir E.81 sheet (Permendagri 86/2017)',
    undo: 'Restore the workbook as it was before the last change',
    insertTemplate: 'Add empty Tabel 3.1–3.13 sheets with the standard headers',
  },
  moreActions: 'More actions',
  working: {
    check: 'Checking the workbook…',
    recalc: 'Recalculating…',
    undo: 'Undoing the last change…',
    buildE81: 'Building Formulir E.81…',
    insertTemplate: 'Inserting the template…',
    saveSettings: 'Saving settings…',
    loadSettings: 'Reading settings…',
    openFile: 'Opening the file…',
    showCell: 'Selecting the cell…',
  },
  outcome: {
    checked: (findings) => (findings === 0 ? 'Check done: every number is consistent.' : `Check done: ${findings} findings.`),
    recalculated: (cells, sheets) =>
      `Recalculation done: ${cells} cells written${sheets.length > 0 ? `; sheet ${sheets.join(', ')} updated` : ''}.`,
    e81Built: (sheets) => (sheets.length > 0 ? `Formulir E.81 done: sheet ${sheets.join(', ')} written.` : 'Formulir E.81 was not built.'),
    missingForE81: 'Not found, so these columns are left empty:',
    templateInserted: (sheets) => `Template inserted: ${sheets.length} sheets (${sheets.join(', ')}).`,
    undone: 'The last change has been undone.',
    nothingToUndo: 'There is nothing to undo.',
    settingsSaved: 'Settings saved inside the workbook.',
    remaining: (errors) => (errors === 0 ? 'No errors remain.' : `${errors} errors remain to fix by hand (input numbers that contradict each other).`),
  },
  errors: {
    actionFailed: (action, reason) => `${action} failed: ${reason}`,
    unexpected: 'something unexpected went wrong. Try again; if it keeps failing, save the workbook and open it again.',
    fileUnreadable: (reason) => `The file cannot be read: ${reason}`,
    notXlsx: (name) => `"${name}" is not an .xlsx file. Save it as an Excel Workbook (.xlsx) first, then open it again.`,
    noWorkbook: 'No file is open yet. Open an .xlsx file first.',
    dismiss: 'Dismiss',
    previewForeignOrigin: (origin) => `The preview only loads files from ${origin}.`,
    previewLoadFailed: (path, status) => `${path} cannot be loaded (HTTP ${status}).`,
  },
  severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  summary: {
    heading: 'Summary',
    notYetChecked: 'Click Check to check the Chapter III tables without changing anything, or Recalculate to correct every derived number.',
    tablesRecognized: (count) => `${count} tables recognized`,
    noTables: 'No LKjIP table was recognized in this workbook.',
    tableCount: (count, kind) => `${count} ${kind}`,
    rataRata: (value, predikat) => `Average achievement ${value}${predikat ? ` — ${predikat}` : ''}`,
    rataRataFrom: (place) => `from ${place}`,
    noRataRata: 'The average achievement cannot be computed yet (no achievement table with complete values).',
    reportYear: (year) => `Report year ${year}`,
  },
  kindLabel: {
    capaian: 'Performance achievement',
    ringkasan_capaian: 'Achievement summary',
    multi_tahun: 'Year-on-year comparison',
    kemajuan: 'Progress towards the Renstra target',
    pembanding: 'National/provincial/regency comparison',
    alokasi_anggaran: 'Budget allocation per objective',
    kinerja_anggaran: 'Performance and budget',
    efisiensi: 'Budget efficiency',
    realisasi_anggaran: 'Budget realisation',
    efisiensi_sdm: 'Staff efficiency',
    sarpras: 'Facilities availability',
    efisiensi_sarpras: 'Facilities efficiency',
    renstra: 'Renstra matrix',
    e81: 'Formulir E.81',
    unknown: 'Unrecognized table',
  },
  warnings: {
    heading: 'Findings',
    filterLabel: 'Show',
    all: 'All',
    none: 'No findings: every number is consistent.',
    noneAtLevel: 'No findings at this level.',
    groupCount: (count) => `${count} findings`,
    goToCell: (place) => `Select cell ${place}`,
  },
  settings: {
    heading: 'Settings',
    open: 'Settings',
    close: 'Close',
    save: 'Save',
    cancel: 'Cancel',
    invalid: 'The settings cannot be saved yet:',
    tahun: 'Report year',
    tahunHint: 'Leave empty to read the year from the table titles.',
    instansi: 'Agency name',
    skala: 'Rating scale',
    presetLabel: {
      permendagri86: 'Permendagri 86/2017',
      'sakip-5': 'SAKIP, 5 levels',
      'lkjip-5': 'LKjIP, 5 levels (with Istimewa)',
      'lkjip-4': 'LKjIP, 4 levels',
      custom: 'Custom scale',
    },
    bandsCaption: 'Ratings are tested from the top down',
    bandLabel: 'Rating',
    bandComparator: 'Test',
    bandBound: 'Lower bound',
    bandBelowRest: 'the rest',
    addBand: 'Add rating',
    removeBand: (label) => `Remove rating ${label}`,
    batasCapaian: 'Cap on achievement',
    batasLabel: (batas) => (batas === 'none' ? 'No cap' : `At most ${batas}%`),
    batasBawahNol: 'Achievement below 0% counts as 0%',
    rumusNegatif: 'Formula for negative indicators (lower is better)',
    rumusLabel: { selisih: '(2 × Target − Actual) ÷ Target × 100', rasio: 'Target ÷ Actual × 100' },
    polaritas: 'Polarity per indicator',
    polaritasHint: 'Only where a table has no Polaritas column. Without an entry an indicator is positive.',
    polaritasNegatif: 'Negative (lower is better)',
    polaritasPositif: 'Positive (higher is better)',
    indicatorName: 'Indicator name',
    addIndicator: 'Add indicator',
    removeIndicator: (name) => `Remove ${name}`,
    toleransi: 'Tolerance (percentage points)',
    toleransiHint: 'Differences this small or smaller are not reported. 0 = exactly as printed.',
    modeTulis: 'What Recalculate writes',
    modeLabel: { nilai: 'Values', rumus: 'Excel formulas' },
    bahasa: 'Display language',
    bahasaLabel: { id: 'Bahasa Indonesia', en: 'English' },
  },
  page: {
    title: 'LKjIP Chapter III — Check and Recalculate',
    intro: 'Open an Excel file (.xlsx) with the LKjIP Chapter III tables. Every achievement, average, budget absorption and efficiency is checked and recomputed.',
    privacy: 'The file is processed in this browser only: no data is sent anywhere.',
    openFile: 'Open an .xlsx file',
    dropHint: 'or drop a file here',
    dropHere: 'Drop the file here',
    fileLoaded: (name, kilobytes) => `${name} (${kilobytes} KB)`,
    tablesHeading: 'Recognized tables',
    dataRows: (rows) => `${rows} data rows`,
    findingsInTable: (count) => `${count} findings`,
    downloadsHeading: 'Download',
    downloadRecalc: 'Download the recalculated workbook',
    downloadE81: 'Download E.81',
    downloadHint: 'Click Recalculate or Build E.81 first; the result can be downloaded here.',
    previewHeading: (place) => `Contents of ${place}`,
    closePreview: 'Close preview',
  },
  hostProgress: {
    reading: 'Reading the workbook…',
    analyzing: 'Recognizing and checking tables…',
    planning: 'Computing derived values…',
    writing: 'Writing the results into the file…',
    restoring: 'Restoring the file…',
  },
};

const BY_LANGUAGE: Readonly<Record<Bahasa, UiMessages>> = { id: idMessages, en: enMessages };

/** The UI strings in the language of the settings; Indonesian by default. */
export function uiMessages(bahasa: Bahasa = 'id'): UiMessages {
  return BY_LANGUAGE[bahasa];
}
