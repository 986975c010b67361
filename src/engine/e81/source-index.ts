import { indicatorNameKey, itemNameKey } from './keys';
import type { SourceLine } from './source-lines';

function push<K>(map: Map<K, SourceLine[]>, key: K, line: SourceLine): void {
  const list = map.get(key);
  if (list) list.push(line);
  else map.set(key, [line]);
}

/**
 * The lines of one secondary table, found by kode, by program / kegiatan name (the same name
 * appearing twice is told apart by its order) and by indicator name.
 */
export class SourceIndex {
  private readonly byKode = new Map<string, SourceLine[]>();
  private readonly byName = new Map<string, SourceLine[][]>();
  private readonly byIndicator = new Map<string, SourceLine[]>();
  private readonly firstOf = new Map<SourceLine, SourceLine>();

  constructor(readonly lines: readonly SourceLine[]) {
    let current: SourceLine[] | undefined;
    for (const line of lines) {
      if (line.kode) push(this.byKode, line.kode, line);
      if (line.first) {
        current = [line];
        const key = itemNameKey(line.uraian);
        if (key) this.byName.set(key, [...(this.byName.get(key) ?? []), current]);
      } else current?.push(line);
      if (current) this.firstOf.set(line, current[0]!);
      const indicator = indicatorNameKey(line.indikator);
      if (indicator) push(this.byIndicator, indicator, line);
    }
  }

  /** The lines of the same program / kegiatan: same kode, else same name (the `occurrence`-th of that name). */
  item(line: SourceLine, occurrence: number): readonly SourceLine[] {
    if (line.kode) {
      const byKode = this.byKode.get(line.kode);
      if (byKode) return byKode;
    }
    const named = this.byName.get(itemNameKey(line.uraian));
    if (!named || named.length === 0) return [];
    return named[Math.min(occurrence, named.length - 1)]!;
  }

  /** The line of the same indicator of the same item; an indicator listed once in the table matches by name alone. */
  indicator(line: SourceLine, occurrence: number): SourceLine | undefined {
    const key = indicatorNameKey(line.indikator);
    const item = this.item(line, occurrence);
    if (key) {
      const inItem = item.find((s) => indicatorNameKey(s.indikator) === key);
      if (inItem) return inItem;
      const alone = this.byIndicator.get(key);
      return alone && alone.length === 1 ? alone[0] : undefined;
    }
    return item.length === 1 && line.first ? item[0] : undefined;
  }

  /**
   * The first line of the same item: where its rupiah are. When neither kode nor name finds the
   * item (names are spelled differently from table to table), the item of the same indicator.
   */
  money(line: SourceLine, occurrence: number): SourceLine | undefined {
    if (!line.first) return undefined;
    const item = this.item(line, occurrence).find((s) => s.first);
    if (item) return item;
    const byIndicator = line.indikator ? this.indicator(line, occurrence) : undefined;
    return byIndicator && this.firstOf.get(byIndicator);
  }
}
