import type { ColumnRole, TableColumn, TableKind } from './types';

const SDM = /\b(sdm|pegawai|asn|abk|personil|aparatur|sumber daya manusia)\b/;

/** The kind of a table from the roles of its columns; the title only breaks ties. */
export function tableKind(columns: readonly TableColumn[], normalizedTitle: string): TableKind {
  const has = (...roles: ColumnRole[]): boolean => roles.some((r) => columns.some((c) => c.role === r));
  const headerText = columns.map((c) => c.path.join(' ')).join(' ') + ' ' + normalizedTitle;
  const years = (role: ColumnRole): number =>
    new Set(columns.filter((c) => c.role === role && c.year !== undefined).map((c) => c.year)).size;

  if (has('realisasi_lalu', 'realisasi_kumulatif')) return 'e81';
  // Triwulan columns alone make an E.81 only beside Renstra columns or without a pagu: a Tabel 3.10 may carry them.
  if (columns.some((c) => c.triwulan !== undefined) && (has('target_akhir', 'kemajuan') || !has('anggaran'))) return 'e81';
  if (has('kategori') && has('jumlah', 'persen')) return 'ringkasan_capaian';
  if (has('pembanding_nasional', 'pembanding_provinsi', 'pembanding_kabupaten')) return 'pembanding';
  if (has('kebutuhan', 'tersedia', 'ketersediaan')) {
    if (SDM.test(headerText)) return 'efisiensi_sdm';
    return has('capaian', 'efisiensi') ? 'efisiensi_sarpras' : 'sarpras';
  }
  if (has('efisiensi') && has('capaian', 'serapan')) return 'efisiensi';
  if (has('kondisi_awal') || (years('target') >= 2 && (has('target_akhir') || years('realisasi') < 2))) return 'renstra';
  if (has('target_akhir') && has('kemajuan', 'realisasi')) return 'kemajuan';
  if (years('realisasi') >= 2) return 'multi_tahun';
  if (has('anggaran') && has('realisasi_anggaran', 'serapan')) {
    if (/\brealisasi anggaran\b|\bpenyerapan anggaran\b|\bserapan\b/.test(normalizedTitle)) return 'realisasi_anggaran';
    if (/\bkinerja dan anggaran\b/.test(normalizedTitle)) return 'kinerja_anggaran';
    const kinerja = has('target', 'realisasi', 'capaian');
    const hierarchical = has('kode') || columns.some((c) => c.role === 'uraian' && /\bkegiatan\b/.test(c.path.join(' ')));
    return kinerja && !hierarchical ? 'kinerja_anggaran' : 'realisasi_anggaran';
  }
  if (has('anggaran') && has('persen_anggaran', 'persen', 'indikator', 'sasaran')) return 'alokasi_anggaran';
  if (has('target', 'target_akhir') && has('realisasi')) return 'capaian';
  if (has('indikator') && has('capaian')) return 'capaian';
  // A Perjanjian Kinerja / IKU table: the capaian table before realisasi is known.
  if (has('indikator') && has('target') && has('sasaran')) return 'capaian';
  return 'unknown';
}

const parentPath = (c: TableColumn): string => c.path.slice(0, -1).join(' / ');

/** A `Realisasi` under the same group header as an `Anggaran` (`TA. 2023 / Realisasi`) is money. */
export function applyGroupContext(columns: readonly TableColumn[]): TableColumn[] {
  const moneyGroups = new Set(columns.filter((c) => c.role === 'anggaran' && c.path.length > 1).map(parentPath));
  return columns.map((c) =>
    c.role === 'realisasi' && c.path.length > 1 && moneyGroups.has(parentPath(c)) ? { ...c, role: 'realisasi_anggaran' } : c,
  );
}

/** Roles that depend on the table around them: a bare `%` column, a lone `Program` column. */
export function refineRoles(columns: readonly TableColumn[], kind: TableKind): TableColumn[] {
  const hasSasaran = columns.some((c) => c.role === 'sasaran');
  const has = (role: ColumnRole): boolean => columns.some((c) => c.role === role);
  const uraianCount = columns.filter((c) => c.role === 'uraian').length;
  const capaianIsSerapan = kind === 'realisasi_anggaran' && !has('serapan') && !has('target') && !has('realisasi');
  return columns.map((c) => {
    if (c.role === 'realisasi' && kind === 'efisiensi') return { ...c, role: 'serapan' };
    // `Sasaran Program/Kegiatan` beside a `Program/Kegiatan` name column is the sasaran.
    if (c.role === 'uraian' && uraianCount > 1 && /^sasaran\b/.test(c.path[c.path.length - 1] ?? '')) {
      return { ...c, role: 'sasaran' };
    }
    if (c.role === 'capaian' && capaianIsSerapan) return { ...c, role: 'serapan' };
    if (c.role === 'persen') {
      if (kind === 'realisasi_anggaran' || kind === 'kinerja_anggaran') return { ...c, role: 'serapan' };
      if (kind === 'alokasi_anggaran') return { ...c, role: 'persen_anggaran' };
      if (kind === 'capaian' || kind === 'multi_tahun') return { ...c, role: 'capaian' };
    }
    if (c.role === 'uraian' && hasSasaran && /^program$/.test(c.path[c.path.length - 1] ?? '')) {
      return { ...c, role: 'program' };
    }
    return c;
  });
}
