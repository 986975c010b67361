import type { Table } from '../recognize/types';

/** The report year: the year most table titles name (`… Tahun 2024`), else undefined. */
export function reportYear(tables: readonly Table[]): number | undefined {
  const counts = new Map<number, number>();
  for (const t of tables) {
    for (const m of (t.title ?? '').matchAll(/\b(20\d\d)\b/g)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
