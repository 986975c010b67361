import { parseRangeA1 } from '../../../engine/workbook/a1';
import type { RangeRef } from '../../../engine/workbook/types';
import type { ExcelContext, RangeAreas } from '../excel-surface';
import { a1, rowSlices } from '../ranges';

/** Area references at the end of each `Sheet!A1:B2` item of a `RangeAreas` address. */
const AREA_RE = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*(?=,|$)/g;

/** `'Tabel 3.1'!A3:A4, 'Tabel 3.1'!B3:D3` to rectangles. */
export function parseAreasAddress(address: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of address.matchAll(AREA_RE)) {
    const ref = parseRangeA1(m[1]!.replace(/\$/g, ''));
    if (ref) out.push(ref);
  }
  return out;
}

/**
 * Row-block sizes tried in turn: `getMergedAreasOrNullObject` fails when a range holds more than
 * 512 merged areas, so a sheet is first asked whole, then in ever smaller blocks.
 */
const ATTEMPT_ROWS = [Number.POSITIVE_INFINITY, 1000, 200, 40];

export interface MergesRead {
  readonly bySheet: ReadonlyMap<string, RangeRef[]>;
  /** Sheets whose merges could not be read even in the smallest blocks. */
  readonly incomplete: readonly string[];
}

/**
 * Merged areas of every sheet, all sheets in one `sync`. Only when Excel refuses (too many areas
 * in one request) is it asked again with smaller blocks, so the count of syncs stays constant
 * for ordinary workbooks. A merged area met by two blocks is kept once.
 */
export async function readMergedAreas(context: ExcelContext, sheets: readonly { readonly name: string; readonly used: RangeRef }[]): Promise<MergesRead> {
  for (const rows of ATTEMPT_ROWS) {
    const queued = sheets.flatMap(({ name, used }) =>
      rowSlices(used, Math.min(rows, used.r2 - used.r1 + 1)).map((block) => ({
        name,
        areas: context.workbook.worksheets.getItem(name).getRange(a1(block)).getMergedAreasOrNullObject().load('address') as RangeAreas,
      })),
    );
    try {
      await context.sync();
    } catch {
      continue;
    }
    const bySheet = new Map<string, RangeRef[]>(sheets.map((s) => [s.name, []]));
    const seen = new Set<string>();
    for (const { name, areas } of queued) {
      if (areas.isNullObject) continue;
      for (const ref of parseAreasAddress(areas.address)) {
        const key = `${name}\u0000${a1(ref)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        bySheet.get(name)!.push(ref);
      }
    }
    return { bySheet, incomplete: [] };
  }
  return { bySheet: new Map(), incomplete: sheets.map((s) => s.name) };
}
