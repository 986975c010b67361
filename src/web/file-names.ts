/** What the page offers for download, and under which name. */
export type DownloadKind = 'recalc' | 'e81';

const SUFFIX: Readonly<Record<DownloadKind, string>> = { recalc: 'hitung-ulang', e81: 'e81' };

/** `Laporan 2024.xlsx` → `Laporan 2024-hitung-ulang.xlsx`. */
export function downloadName(original: string, kind: DownloadKind): string {
  const base = original.replace(/\.xlsx$/i, '').trim() || 'lkjip';
  return `${base}-${SUFFIX[kind]}.xlsx`;
}
