import type { ColumnRole, Measure, TableColumn } from './types';

/** What a header path says about its column. */
export type ColumnMeaning = Omit<TableColumn, 'col' | 'path'>;

const MEASURES: Readonly<Record<string, Measure>> = { k: 'K', rp: 'Rp', r: 'Rp', persen: '%' };
const ROMAN: Readonly<Record<string, 1 | 2 | 3 | 4>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const KELOMPOK = /\b(operasi|modal|tak terduga|transfer)\b/;
const MONEY = /\b(anggaran|keuangan|pagu|alokasi|rp|belanja|dana|biaya|dpa)\b/;
const PERCENT = /\b(persen|persentase|capaian|serapan|penyerapan|tingkat)\b/;

/** The role of a column of an E.81 form (Renja/Renstra evaluation), or undefined. */
function e81Role(j: string): ColumnRole | undefined {
  if (!/\b(renja|renstra|rkpd|rpjmd)\b/.test(j)) return undefined;
  if (/\btingkat capaian\b|^(persen|persentase|tingkat) /.test(j)) return 'kemajuan';
  if (/\b(sd|sampai dengan)\b.*\btahun berjalan\b|\brealisasi kinerja dan anggaran (renstra|rpjmd)\b/.test(j)) {
    return 'realisasi_kumulatif';
  }
  if (/\btahun lalu\b/.test(j)) return 'realisasi_lalu';
  if (/\brealisasi\b.*\b(renstra|rpjmd)\b.*\b(sd|sampai dengan)\b.*\b(renja|rkpd)\b/.test(j)) return 'realisasi_lalu';
  if (/\btarget\b.*\b(renstra|rpjmd)\b|\bakhir periode\b/.test(j)) return 'target_akhir';
  if (/\btarget\b/.test(j)) return 'target';
  if (/\brealisasi\b/.test(j)) return 'realisasi';
  if (/\bcapaian\b/.test(j)) return 'capaian';
  return undefined;
}

function yearOf(j: string): number | undefined {
  const years = j.match(/\b(19[5-9]\d|20\d\d|2100)\b/g);
  return years ? Number(years[years.length - 1]) : undefined;
}

function scaleOf(raw: string): number | undefined {
  const t = raw.toLowerCase();
  if (/\(\s*(rp\.?\s*)?000\s*\)|\bribuan\b|\bribu\b/.test(t)) return 1000;
  if (/\bjuta(an)?\b/.test(t)) return 1_000_000;
  return undefined;
}

/** The role of a column from its (normalised) header path alone, before the table's context. */
function roleOf(j: string, leaf: string, raw: string): ColumnRole {
  if (/^(no|nomor|no urut|nmr)$/.test(leaf)) return 'no';
  if (/\b(kode|rekening)\b/.test(j)) return 'kode';
  const e81 = e81Role(j);
  if (e81) return e81;
  if (/\befisiensi\b/.test(j)) return 'efisiensi';
  if (/\bkemajuan\b/.test(j)) return 'kemajuan';
  if (/\bpolaritas\b/.test(j)) return 'polaritas';
  if (/\b(predikat|interpretasi)\b/.test(j)) return 'predikat';
  if (/\bkategori\b/.test(j)) return 'kategori';
  if (/^satuan\b/.test(leaf)) return 'satuan';
  if (/\bselisih\b/.test(j) || (/^(ket|keterangan)$/.test(leaf) && /[+±-]/.test(raw))) return 'selisih';
  if (/^(ket|keterangan|catatan)$/.test(leaf)) return 'keterangan';
  if (/\bnasional\b/.test(j)) return 'pembanding_nasional';
  if (/\bprovinsi\b|\bjatim\b|\bjawa timur\b/.test(j)) return 'pembanding_provinsi';
  if (/\b(kabupaten|kota)\b/.test(j) && !/\btarget\b/.test(j)) return 'pembanding_kabupaten';
  if (/\b(persen|persentase|tingkat) ketersediaan\b|\bketersediaan persen\b/.test(j)) return 'ketersediaan';
  if (/\b(ketersediaan|tersedia|eksisting|rekonsiliasi|rekon)\b|\bjumlah (yang )?ada\b/.test(j)) return 'tersedia';
  if (/\b(kebutuhan|abk|standar)\b/.test(j)) return 'kebutuhan';
  if (/^jumlah\b/.test(leaf) && !MONEY.test(leaf)) return 'jumlah';
  if (/\b(persen|persentase) sisa\b/.test(j)) return 'persen_sisa';
  if (/\bsisa\b/.test(j)) return 'sisa';
  if (/\b(serapan|penyerapan)\b/.test(j)) {
    return /\brealisasi\b/.test(j) && !/\b(persen|persentase|tingkat|capaian)\b/.test(j) ? 'realisasi_anggaran' : 'serapan';
  }
  if (MONEY.test(j)) {
    if (/\brealisasi\b/.test(j)) return PERCENT.test(leaf) ? 'serapan' : 'realisasi_anggaran';
    if (/\bcapaian\b/.test(leaf) || (/\b(persen|persentase)\b/.test(leaf) && /\brealisasi\b/.test(j))) return 'serapan';
    if (/\b(persen|persentase|proporsi)\b/.test(j)) return 'persen_anggaran';
    return 'anggaran';
  }
  if (/\b(persen|persentase) kinerja\b/.test(j)) return 'capaian';
  if (/^(persen|persentase) realisasi$/.test(leaf)) return 'persen';
  if (/\b(capaian|pencapaian)\b/.test(j)) return 'capaian';
  if (/\b(realisasi)\b/.test(j)) return 'realisasi';
  if (/\btarget akhir\b|\bakhir periode\b|\bakhir renstra\b/.test(j)) return 'target_akhir';
  if (/\bkondisi awal\b/.test(j)) return 'kondisi_awal';
  if (/\btarget\b/.test(j)) return 'target';
  if (/\bindikator\b/.test(j)) return 'indikator';
  if (/\b(visi|misi)\b/.test(leaf)) return 'other';
  if (/\bkegiatan\b/.test(j)) return 'uraian';
  if (/\b(sasaran|tujuan|kinerja lainnya|kinerja utama)\b/.test(j)) return 'sasaran';
  if (/\b(laki laki|perempuan|pria|wanita)\b/.test(j)) return 'jumlah';
  if (/\b(uraian|program|kegiatan|urusan|jenis|nama|sarana|prasarana)\b/.test(j)) return 'uraian';
  if (/\b(kategori|klasifikasi|kriteria)\b/.test(j)) return 'kategori';
  if (/\b(jumlah|total|banyaknya)\b/.test(j)) return 'jumlah';
  if (/^(persen|persentase)$/.test(leaf)) return 'persen';
  if (/\b(unit|penanggung jawab|pelaksana)\b/.test(j)) return 'unit_pd';
  return 'other';
}

/** What a column means, from its header path (top to bottom; normalised and raw texts). */
export function classifyColumn(path: readonly string[], rawPath: readonly string[]): ColumnMeaning {
  let parts = [...path];
  let measure: Measure | undefined;
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && MEASURES[last] && (last !== 'persen' || /\btriwulan\b/.test(parts.join(' ')))) {
    measure = MEASURES[last];
    parts = parts.slice(0, -1);
  }
  let triwulan: 1 | 2 | 3 | 4 | undefined;
  const j0 = parts.join(' / ');
  if (/\btriwulan\b/.test(j0)) {
    const tw = [...parts].reverse().map((p) => /(?:^|\btriwulan )(iv|iii|ii|i|[1-4])$/.exec(p)).find(Boolean);
    triwulan = tw ? ROMAN[tw[1]!] : undefined;
  }
  const leaf = parts[parts.length - 1] ?? '';
  const raw = rawPath.join(' ');
  let role: ColumnRole;
  if (triwulan !== undefined) role = measure === '%' ? 'capaian' : 'realisasi';
  else role = roleOf(j0, leaf, raw);
  if (measure === 'Rp') {
    if (role === 'target') role = 'anggaran';
    else if (role === 'realisasi') role = 'realisasi_anggaran';
  }
  const year = yearOf(j0);
  if (role === 'other' && year !== undefined && /^\d{4}$/.test(leaf)) role = 'realisasi';
  const kelompok = KELOMPOK.exec(j0)?.[1];
  const scale = scaleOf(raw);
  return {
    role,
    ...(year !== undefined && role !== 'kode' ? { year } : {}),
    ...(triwulan !== undefined ? { triwulan } : {}),
    ...(measure ? { measure } : {}),
    ...(kelompok && (role === 'anggaran' || role === 'realisasi_anggaran') ? { kelompok } : {}),
    ...(scale ? { scale } : {}),
  };
}

/** Roles that only a header (never an indicator name in a data row) is made of. */
export const CORE_HEADER_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'indikator', 'target', 'realisasi', 'capaian', 'anggaran', 'realisasi_anggaran', 'serapan', 'uraian', 'kategori',
  'tersedia', 'kebutuhan', 'ketersediaan', 'efisiensi', 'kemajuan', 'target_akhir', 'sasaran', 'kode',
]);
