import type { TemplateColumn, TemplateRow, TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, score, type TableContext } from './context';

/** Tabel 3.3: target, realisasi and capaian of the report year and the two years before, one group per year. */
export function tabel33(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const first = ctx.tahun - example.years.length + 1;
  const yearColumns: TemplateColumn[] = example.years.flatMap((_, i) => {
    const group = h.tahun(first + i);
    return [
      { key: `target${i}`, header: [group, h.target], width: 11, format: 'input' },
      { key: `realisasi${i}`, header: [group, h.realisasi], width: 11, format: 'input' },
      { key: `capaian${i}`, header: [group, h.capaian], width: 11, format: 'percent' },
    ];
  });
  const row: Record<string, TemplateRow[string]> = { no: 1, sasaran: text.example.sasaran, indikator: text.example.indikator };
  example.years.forEach((y, i) => {
    row[`target${i}`] = y.target;
    row[`realisasi${i}`] = score(y.realisasi);
    row[`capaian${i}`] = y.capaian;
  });
  return {
    sheet: text.sheets.tabel(3),
    title: text.titles.multiTahun,
    columns: [noColumn(ctx), sasaranColumn(ctx), indikatorColumn(ctx), ...yearColumns],
    rows: [row],
    footers: [],
    source: text.source.capaian,
  };
}
