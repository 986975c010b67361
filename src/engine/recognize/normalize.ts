/** Words that LKjIP headers are made of; a token one edit away from one of them is read as it (typos in real files). */
const VOCABULARY = [
  'target', 'realisasi', 'capaian', 'pencapaian', 'kinerja', 'indikator', 'anggaran', 'persentase', 'efisiensi',
  'sasaran', 'program', 'kegiatan', 'ketersediaan', 'kebutuhan', 'kemajuan', 'predikat', 'satuan', 'tingkat',
  'penyerapan', 'renstra', 'triwulan', 'keterangan', 'nasional', 'provinsi', 'kabupaten', 'alokasi', 'uraian',
  'jumlah', 'tersedia', 'polaritas', 'rekening', 'kategori', 'strategis', 'periode', 'realisasi',
];

const SYNONYMS: Readonly<Record<string, string>> = {
  prosentase: 'persentase',
  presentasi: 'persentase',
  propinsi: 'provinsi',
  trw: 'triwulan',
  tw: 'triwulan',
};

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const corrected = new Map<string, string>();

function correctToken(token: string): string {
  const synonym = SYNONYMS[token];
  if (synonym) return synonym;
  if (token.length < 5 || VOCABULARY.includes(token)) return token;
  const known = corrected.get(token);
  if (known !== undefined) return known;
  const match = VOCABULARY.find((word) => withinOneEdit(token, word)) ?? token;
  corrected.set(token, match);
  return match;
}

/**
 * Header text to a comparable form: lower case, `%` as the word `persen`, `s/d` as `sd`,
 * punctuation removed, spaces collapsed, typos one edit away from a header word corrected.
 */
export function normalizeHeader(raw: string): string {
  const text = raw
    .toLowerCase()
    .replace(/%/g, ' persen ')
    .replace(/\bs\s*[/.]\s*d\b\.?/g, ' sd ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (text === '') return '';
  return text.split(' ').map(correctToken).join(' ');
}
