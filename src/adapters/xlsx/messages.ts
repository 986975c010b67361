/**
 * Every user-facing text of the .xlsx adapter. Indonesian is what staff read; English is
 * kept alongside so the lead can move both into the engine's i18n dictionary.
 */
const id = {
  notZip:
    'Berkas ini bukan .xlsx: isinya bukan buku kerja Excel (mungkin berkas .csv, teks, atau berkas lain yang namanya diganti menjadi .xlsx). Buka berkas di Excel, simpan sebagai .xlsx (Buku Kerja Excel), lalu coba lagi.',
  notZipHtml:
    'Berkas ini bukan .xlsx: isinya halaman web (HTML) yang diberi nama berkas Excel, seperti ekspor sebagian aplikasi. Buka berkas di Excel, simpan sebagai .xlsx (Buku Kerja Excel), lalu coba lagi.',
  ods: 'Berkas ini lembar kerja OpenDocument (.ods), bukan .xlsx. Buka di Excel atau LibreOffice, simpan sebagai .xlsx (Buku Kerja Excel), lalu coba lagi.',
  xls: 'Berkas ini bukan .xlsx: tampaknya berkas Excel lama (.xls). Simpan ulang sebagai .xlsx (Buku Kerja Excel) lalu coba lagi.',
  xlsb: 'Berkas ini Buku Kerja Biner Excel (.xlsb), bukan .xlsx. Simpan ulang sebagai .xlsx (Buku Kerja Excel) lalu coba lagi.',
  encrypted:
    'Berkas ini dilindungi kata sandi (terenkripsi), jadi isinya tidak bisa dibaca. Buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi), simpan, lalu coba lagi.',
  macroEnabled:
    'Berkas ini buku kerja bermakro (.xlsm). Demi keamanan, berkas bermakro tidak diproses. Simpan salinannya sebagai .xlsx (Buku Kerja Excel) lalu coba lagi.',
  tooLarge: 'Berkas ini terlalu besar ({size} MB); batasnya {limit} MB. Pisahkan tabel Bab III ke buku kerja yang lebih kecil lalu coba lagi.',
  zipBomb:
    'Isi berkas ini jauh lebih besar daripada ukuran berkasnya ({detail}), ciri berkas yang sengaja dibuat untuk menghabiskan memori. Demi keamanan berkas tidak dibuka. Jika berkas ini wajar, buka di Excel, simpan ulang, lalu coba lagi.',
  corrupt: 'Berkas .xlsx ini rusak atau tidak lengkap: {detail}. Buka di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.',

  detailMissingPart: 'bagian {part} tidak ada',
  detailBadXml: 'XML bagian {part} tidak valid ({reason}, posisi {offset})',
  detailBadZip: 'struktur zip tidak valid ({reason})',
  detailBadCell: 'sel {cell} di bagian {part} tidak valid ({reason})',
  detailPartTooLarge: 'bagian {part} berukuran {size} MB setelah dibuka; batasnya {limit} MB',
  detailTotalTooLarge: 'total {size} MB setelah dibuka; batasnya {limit} MB',
  detailRatio: 'bagian {part} memampat {ratio}:1; batasnya {limit}:1',
  detailUnexpected: 'isinya tidak bisa dibaca ({reason})',

  reasonUnclosedTag: 'tag {tag} tidak ditutup',
  reasonMismatchedTag: 'tag penutup {tag} tidak cocok',
  reasonBadTag: 'tag tidak lengkap',
  reasonBadAttribute: 'atribut tidak valid',
  reasonUnknownEntity: 'entitas {entity} tidak dikenal',
  reasonDoctype: 'DOCTYPE tidak diizinkan',
  reasonNoRoot: 'tidak ada elemen akar',
  reasonTrailing: 'ada isi setelah elemen akar',
  reasonUnexpectedChild: 'elemen {tag} tidak diharapkan di sini',
  reasonMissingElement: 'elemen {tag} tidak ada',
  reasonUnknownCellType: 'jenis sel "{type}" tidak dikenal',
  reasonBadNumber: 'angka "{value}" tidak valid',
  reasonBadReference: 'alamat "{ref}" tidak valid',
  reasonBadSharedString: 'indeks teks bersama {index} tidak ada',
  reasonNoSharedMaster: 'rumus bersama {si} tidak punya sel induk',
  reasonNoEndOfCentralDirectory: 'akhir direktori zip tidak ditemukan',
  reasonEntryOutOfBounds: 'entri {name} melewati akhir berkas',
  reasonUnsupportedMethod: 'entri {name} memakai kompresi {method} yang tidak didukung',
  reasonSizeMismatch: 'ukuran entri {name} tidak sesuai',
  reasonDuplicateEntry: 'entri {name} muncul dua kali',
  reasonInflateFailed: 'entri {name} tidak bisa dibuka',
  reasonBadEncoding: 'bukan teks UTF-8 yang valid',

  unknownSheet: 'Lembar "{sheet}" tidak ada di buku kerja ini; mungkin namanya sudah diganti. Periksa ulang buku kerja lalu jalankan lagi.',
  mergedCell:
    'Sel {cell} di lembar "{sheet}" berada di dalam sel gabungan {range}; hanya sel kiri-atas ({topLeft}) yang bisa diisi.',
  arrayFormula: 'Sel {cell} di lembar "{sheet}" adalah bagian rumus larik {range}; sel itu tidak bisa diubah sendiri.',
  invalidSheetName: 'Nama lembar "{sheet}" tidak valid untuk Excel (maksimal 31 karakter, tanpa : \\ / ? * [ ]).',
  invalidNumber: 'Nilai untuk sel {cell} di lembar "{sheet}" bukan angka yang bisa disimpan ({value}).',
  writeToGeneratedSheet: 'Rencana menulis sel {cell} di lembar "{sheet}" yang juga dibuat ulang utuh; tulis isinya di lembar buatan itu.',
  notAWorksheet: 'Lembar "{sheet}" bukan lembar kerja biasa (mis. lembar grafik), jadi tidak bisa ditulisi.',
  cellOutOfRange: 'Sel baris {row}, kolom {col} di lembar "{sheet}" berada di luar batas Excel.',
} as const;

export type XlsxMessageKey = keyof typeof id;

const en: Record<XlsxMessageKey, string> = {
  notZip:
    'This file is not an .xlsx: it is not an Excel workbook (perhaps a .csv, a text file, or another file renamed to .xlsx). Open it in Excel, save it as .xlsx (Excel Workbook) and try again.',
  notZipHtml:
    'This file is not an .xlsx: it is a web page (HTML) with an Excel file name, as some applications export. Open it in Excel, save it as .xlsx (Excel Workbook) and try again.',
  ods: 'This file is an OpenDocument spreadsheet (.ods), not an .xlsx. Open it in Excel or LibreOffice, save it as .xlsx (Excel Workbook) and try again.',
  xls: 'This file is not an .xlsx: it looks like an old Excel file (.xls). Save it again as .xlsx (Excel Workbook) and try again.',
  xlsb: 'This file is an Excel Binary Workbook (.xlsb), not an .xlsx. Save it again as .xlsx (Excel Workbook) and try again.',
  encrypted:
    'This file is password-protected (encrypted), so its content cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save and try again.',
  macroEnabled:
    'This file is a macro-enabled workbook (.xlsm). For safety, macro-enabled files are not processed. Save a copy as .xlsx (Excel Workbook) and try again.',
  tooLarge: 'This file is too large ({size} MB); the limit is {limit} MB. Move the Bab III tables to a smaller workbook and try again.',
  zipBomb:
    'The content of this file is far larger than the file itself ({detail}), a sign of a file made to exhaust memory. For safety it is not opened. If the file is genuine, open it in Excel, save it again and try again.',
  corrupt: 'This .xlsx file is damaged or incomplete: {detail}. Open it in Excel, save it again as .xlsx and try again.',

  detailMissingPart: 'part {part} is missing',
  detailBadXml: 'the XML of part {part} is invalid ({reason}, offset {offset})',
  detailBadZip: 'invalid zip structure ({reason})',
  detailBadCell: 'cell {cell} in part {part} is invalid ({reason})',
  detailPartTooLarge: 'part {part} is {size} MB unzipped; the limit is {limit} MB',
  detailTotalTooLarge: '{size} MB in total unzipped; the limit is {limit} MB',
  detailRatio: 'part {part} is compressed {ratio}:1; the limit is {limit}:1',
  detailUnexpected: 'its content cannot be read ({reason})',

  reasonUnclosedTag: 'tag {tag} is not closed',
  reasonMismatchedTag: 'closing tag {tag} does not match',
  reasonBadTag: 'incomplete tag',
  reasonBadAttribute: 'invalid attribute',
  reasonUnknownEntity: 'unknown entity {entity}',
  reasonDoctype: 'DOCTYPE is not allowed',
  reasonNoRoot: 'no root element',
  reasonTrailing: 'content after the root element',
  reasonUnexpectedChild: 'element {tag} is not expected here',
  reasonMissingElement: 'element {tag} is missing',
  reasonUnknownCellType: 'unknown cell type "{type}"',
  reasonBadNumber: 'invalid number "{value}"',
  reasonBadReference: 'invalid reference "{ref}"',
  reasonBadSharedString: 'shared string index {index} does not exist',
  reasonNoSharedMaster: 'shared formula {si} has no master cell',
  reasonNoEndOfCentralDirectory: 'end of the zip directory not found',
  reasonEntryOutOfBounds: 'entry {name} runs past the end of the file',
  reasonUnsupportedMethod: 'entry {name} uses unsupported compression {method}',
  reasonSizeMismatch: 'entry {name} has the wrong size',
  reasonDuplicateEntry: 'entry {name} appears twice',
  reasonInflateFailed: 'entry {name} cannot be unzipped',
  reasonBadEncoding: 'not valid UTF-8 text',

  unknownSheet: 'Sheet "{sheet}" does not exist in this workbook; it may have been renamed. Check the workbook and run again.',
  mergedCell: 'Cell {cell} on sheet "{sheet}" lies inside the merged cell {range}; only its top-left cell ({topLeft}) can be written.',
  arrayFormula: 'Cell {cell} on sheet "{sheet}" is part of the array formula {range}; it cannot be changed on its own.',
  invalidSheetName: 'Sheet name "{sheet}" is not valid in Excel (at most 31 characters, none of : \\ / ? * [ ]).',
  invalidNumber: 'The value for cell {cell} on sheet "{sheet}" is not a number that can be stored ({value}).',
  writeToGeneratedSheet: 'The plan writes cell {cell} on sheet "{sheet}", which it also generates whole; put that content in the generated sheet.',
  notAWorksheet: 'Sheet "{sheet}" is not a worksheet (e.g. a chart sheet), so it cannot be written.',
  cellOutOfRange: 'The cell at row {row}, column {col} on sheet "{sheet}" is outside Excel\'s limits.',
};

export type XlsxLanguage = 'id' | 'en';

const dictionaries: Record<XlsxLanguage, Record<XlsxMessageKey, string>> = { id, en };

/** The message for `key` with `{name}` placeholders filled in. */
export function xlsxMessage(
  key: XlsxMessageKey,
  params: Readonly<Record<string, string | number>> = {},
  language: XlsxLanguage = 'id',
): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
