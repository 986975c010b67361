import { itemNameKey } from './keys';
import type { SourceIndex } from './source-index';
import type { SourceLine } from './source-lines';

const NO_QUARTERS = [undefined, undefined, undefined, undefined] as const;

/** A second indicator row of the same item: name and kode of the item, no rupiah. */
function continuation(item: SourceLine, indicator: SourceLine): SourceLine {
  return {
    sheet: item.sheet,
    row: item.row,
    first: false,
    ...(item.level ? { level: item.level } : {}),
    ...(item.kode ? { kode: item.kode } : {}),
    uraian: item.uraian,
    indikator: indicator.indikator,
    ...(indicator.satuan ? { satuan: indicator.satuan } : {}),
    ...(indicator.polaritas ? { polaritas: indicator.polaritas } : {}),
    triwulanK: NO_QUARTERS,
    triwulanRp: NO_QUARTERS,
  };
}

/**
 * The backbone's rows with indicators: a program / kegiatan listed without one (a realisasi
 * anggaran table has none) takes the indicators of the same item in another table, one row each.
 */
export function withIndicators(primary: readonly SourceLine[], indexes: readonly SourceIndex[]): SourceLine[] {
  const out: SourceLine[] = [];
  const seen = new Map<string, number>();
  primary.forEach((line, i) => {
    const next = primary[i + 1];
    const single = line.first && (!next || next.first);
    let occurrence = 0;
    if (line.first) {
      const key = itemNameKey(line.uraian);
      occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
    }
    if (!single || line.indikator) {
      out.push(line);
      return;
    }
    const indicators = indexes.map((index) => index.item(line, occurrence).filter((s) => s.indikator)).find((found) => found.length > 0) ?? [];
    if (indicators.length === 0) {
      out.push(line);
      return;
    }
    const [head, ...rest] = indicators;
    out.push({ ...line, indikator: head!.indikator, ...(head!.satuan && !line.satuan ? { satuan: head!.satuan } : {}), ...(head!.polaritas && !line.polaritas ? { polaritas: head!.polaritas } : {}) });
    for (const other of rest) out.push(continuation(line, other));
  });
  return out;
}
