/**
 * Every user-facing text of the Excel side of the add-in (the Office JS adapter, the Excel host
 * of the task pane and the ribbon commands), in Indonesian.
 */
export const officeText = {
  progress: {
    readingLayout: 'Membaca daftar lembar kerja…',
    readingCells: (sheets: number, cells: number): string =>
      `Membaca ${cells.toLocaleString('id-ID')} sel dari ${sheets} lembar kerja…`,
    readingSheets: (sheets: number): string => `Membaca isi ${sheets} lembar kerja…`,
    readingMerges: 'Membaca sel yang digabung…',
    analyzing: 'Mengenali dan memeriksa tabel…',
    savingPrevious: 'Menyimpan isi lama untuk Batalkan…',
    writing: (cells: number, sheets: number): string =>
      `Menulis ${cells.toLocaleString('id-ID')} sel${sheets > 0 ? ` dan ${sheets} lembar` : ''}…`,
    undoing: 'Mengembalikan isi sebelum perubahan terakhir…',
    savingSettings: 'Menyimpan pengaturan di buku kerja…',
    readingSettings: 'Membaca pengaturan dari buku kerja…',
  },
  errors: {
    undoStale: (where: string): string =>
      `Batalkan tidak dijalankan: sel ${where} sudah diubah setelah penulisan terakhir, dan mengembalikan isi lama akan menimpa perubahan itu. Gunakan Ctrl+Z di Excel, atau perbaiki sel itu secara manual.`,
    undoSheetGone: (sheet: string): string =>
      `Batalkan tidak dijalankan: lembar "${sheet}" yang ditulis terakhir kali sudah tidak ada.`,
    settingsBroken: (sheet: string, details: readonly string[]): string =>
      `Pengaturan di lembar ${sheet} tidak dapat dipakai: ${details.join(' ')} Simpan ulang pengaturan dari panel.`,
    tooLargeForExcel:
      'Data terlalu besar untuk dikirim ke Excel, bahkan setelah dibagi menjadi bagian kecil. Pisahkan tabel Bab III ke buku kerja yang lebih kecil lalu coba lagi.',
  },
  notes: {
    mergesIncomplete: (sheets: readonly string[]): string =>
      `Sel gabungan di lembar ${sheets.join(', ')} terlalu banyak untuk dibaca Excel: tabel di sana dikenali tanpa informasi penggabungan sel.`,
    undoWithoutMerges: (sheet: string): string =>
      `Lembar "${sheet}" ditulis ulang, tetapi Excel tidak dapat mendaftar sel gabungannya yang lama: Batalkan akan mengembalikan isi dan formatnya tanpa penggabungan sel.`,
    pageLayoutSkipped: (sheets: readonly string[]): string =>
      `Pengaturan cetak (lanskap, muat selebar halaman) tidak dapat diterapkan pada lembar ${sheets.join(', ')}.`,
  },
  commands: {
    failed: (reason: string): string => `LKjIP: perintah gagal. ${reason}`,
  },
} as const;
