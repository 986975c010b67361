import type { TemplateTable } from '../template-table';
import { noColumn, type TableContext } from './context';

/** Tabel 3.2 Ringkasan: the number of Tabel 3.1 indicators above, at and below target. */
export function tabel32(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const counts = example.ringkasan;
  const persen = example.ringkasanPersen;
  return {
    sheet: text.sheets.tabel(2),
    title: text.titles.ringkasan(ctx.tahun),
    columns: [
      noColumn(ctx),
      { key: 'kategori', header: [h.kategori], width: 48, format: 'text' },
      { key: 'jumlah', header: [h.jumlahIndikator], width: 16, format: 'count' },
      { key: 'persen', header: [h.persentase], width: 14, format: 'percent' },
    ],
    rows: [
      { no: 1, kategori: text.kategori.melampaui, jumlah: counts.melampaui, persen: persen.melampaui },
      { no: 2, kategori: text.kategori.sesuai, jumlah: counts.sesuai, persen: persen.sesuai },
      { no: 3, kategori: text.kategori.tidakMencapai, jumlah: counts.tidakMencapai, persen: persen.tidakMencapai },
    ],
    footers: [{ label: text.footers.jumlah, labelTo: 'kategori', values: { jumlah: example.jumlahIndikator, persen: persen.jumlah } }],
    source: text.source.capaian,
  };
}
