import { ringkasan } from '../../compute/ringkasan';
import type { DeriveContext } from '../context';
import { formatId } from '../format-id';
import type { TableAccess } from '../table-access';

type Kategori = 'melampaui' | 'sesuai' | 'tidakMencapai';

function kategoriOf(text: string): Kategori | undefined {
  const t = text.toLowerCase();
  if (/tidak|belum|kurang|di ?bawah/.test(t)) return 'tidakMencapai';
  if (/melampaui|melebihi|lebih/.test(t)) return 'melampaui';
  if (/sesuai|mencapai|tercapai|sama/.test(t)) return 'sesuai';
  return undefined;
}

const LABEL: Readonly<Record<Kategori, string>> = { melampaui: 'capaian > 100%', sesuai: 'capaian = 100%', tidakMencapai: 'capaian < 100%' };

/** Tabel 3.2: the number of indicators above, at and below target, counted from the main capaian table. */
export function deriveRingkasan(ctx: DeriveContext, t: TableAccess): void {
  const kategori = t.column('kategori');
  const jumlah = t.column('jumlah');
  const persen = t.column('persen');
  if (!kategori || !ctx.mainCapaian) return;
  const counts = ringkasan(ctx.mainCapaian);
  const counted = counts.melampaui + counts.sesuai + counts.tidakMencapai;
  for (const r of t.dataRows()) {
    const k = kategoriOf(t.text(r.row, kategori));
    if (!k) continue;
    const n = counts[k];
    if (jumlah) ctx.add({ sheet: t.name, row: r.row, col: jumlah.col, kind: 'ringkasan', value: n, format: 'number', mismatch: 'SUMMARY_COUNT_MISMATCH', basis: () => `${n} dari ${counted} indikator tabel capaian dengan ${LABEL[k]}` });
    if (persen && counted > 0) ctx.add({ sheet: t.name, row: r.row, col: persen.col, kind: 'ringkasan', value: (n / counted) * 100, format: 'percent', mismatch: 'SUMMARY_COUNT_MISMATCH', basis: () => `${n} ÷ ${counted} indikator × 100` });
  }
  for (const f of t.footerRows()) {
    if (f.kind.role !== 'footer' || f.kind.footer !== 'total') continue;
    if (jumlah) ctx.add({ sheet: t.name, row: f.row, col: jumlah.col, kind: 'ringkasan', value: counted, format: 'number', mismatch: 'SUMMARY_COUNT_MISMATCH', basis: () => `jumlah indikator bernilai capaian = ${formatId(counted)}` });
    if (persen && counted > 0) ctx.add({ sheet: t.name, row: f.row, col: persen.col, kind: 'ringkasan', value: 100, format: 'percent', mismatch: 'SUMMARY_COUNT_MISMATCH', basis: () => 'seluruh indikator' });
  }
}
