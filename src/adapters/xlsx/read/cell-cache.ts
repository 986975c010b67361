import type { Cell } from '../../../engine/workbook/types';
import { detachString } from '../xml/detach-string';

/** Past this many distinct texts a sheet's texts are mostly unique: caching them would only cost. */
const MAX_CACHED_TEXTS = 65536;

/**
 * One Cell object per distinct (text, format) and per format of empty cells. Cells are
 * read-only, and sheets repeat: a SIPD export of 6,201 text cells holds 669 distinct ones
 * (`0,00` alone 3,141 times), so this divides the model's size several times.
 */
export class CellCache {
  /** The cell of each shared string with the number format it was first met with, by index (an array: read for most cells of a sheet). */
  private readonly sharedStrings: (Cell | undefined)[];
  /** Shared strings met again with another number format, by that format. */
  private readonly sharedStringsOtherFormat = new Map<string | undefined, Map<number, Cell>>();
  private readonly texts = new Map<number, Map<string, Cell>>();
  private cachedTexts = 0;
  private readonly empties = new Map<string, Cell>();

  /** `sharedStringCount`: the part's number of shared strings, so that the array is made whole once. */
  constructor(sharedStringCount: number) {
    this.sharedStrings = new Array<Cell | undefined>(sharedStringCount);
  }

  /**
   * The cell of shared string `index` (its text `value`) with number format `numFmt`. Keyed by
   * the index alone (a small integer, no allocation) for the first format a string is met with,
   * which is nearly always its only one.
   */
  sharedString(index: number, value: string, numFmt: string | undefined): Cell {
    const first = this.sharedStrings[index];
    if (first === undefined) {
      const cell = numFmt === undefined ? { value } : { value, numFmt };
      this.sharedStrings[index] = cell;
      return cell;
    }
    if (first.numFmt === numFmt) return first;
    let byIndex = this.sharedStringsOtherFormat.get(numFmt);
    if (!byIndex) this.sharedStringsOtherFormat.set(numFmt, (byIndex = new Map()));
    let cell = byIndex.get(index);
    if (!cell) byIndex.set(index, (cell = numFmt === undefined ? { value } : { value, numFmt }));
    return cell;
  }

  /** The cell of an inline text; `value` may still be a view into the part's text. */
  text(value: string, style: number, numFmt: string | undefined): Cell {
    let byText = this.texts.get(style);
    const known = byText?.get(value);
    if (known) return known;
    const detached = detachString(value);
    const cell = numFmt === undefined ? { value: detached } : { value: detached, numFmt };
    if (this.cachedTexts < MAX_CACHED_TEXTS) {
      if (!byText) this.texts.set(style, (byText = new Map()));
      byText.set(detached, cell);
      this.cachedTexts++;
    }
    return cell;
  }

  /** A formatted cell without a value (whole styled columns are common). */
  empty(numFmt: string): Cell {
    let cell = this.empties.get(numFmt);
    if (!cell) this.empties.set(numFmt, (cell = { value: null, numFmt }));
    return cell;
  }
}
