import fc from 'fast-check';
import { parseCell, parseCellAt } from '../../../src/engine/values/parse-cell';
import { CellGridBuilder, gridOfRows, type CellGrid } from '../../../src/engine/workbook/cell-grid';
import type { ColumnExpectation } from '../../../src/engine/values/types';
import type { Cell, CellValue } from '../../../src/engine/workbook/types';

const valueArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }),
);

const cellArb: fc.Arbitrary<Cell> = fc
  .record({
    value: valueArb,
    formula: fc.option(fc.constantFrom('A1*2', 'SUM(B1:B9)', ''), { nil: undefined }),
    numFmt: fc.option(fc.constantFrom('0.00%', '#,##0', '0.00', '@'), { nil: undefined }),
  })
  .map((c) => {
    const cell: { value: CellValue; formula?: string; numFmt?: string } = { value: c.value };
    if (c.formula !== undefined) cell.formula = c.formula;
    if (c.numFmt !== undefined) cell.numFmt = c.numFmt;
    return cell;
  });

/** Cells as the readers give them: never a cell with nothing in it. */
const heldCellArb = cellArb.filter((c) => c.value !== null || c.formula !== undefined || c.numFmt !== undefined);

const rowsArb = fc.array(fc.option(fc.array(fc.option(heldCellArb, { nil: undefined, freq: 3 }), { maxLength: 12 }), { nil: undefined, freq: 4 }), { maxLength: 30 });

/** Every cell of a grid with its place, in order. */
function cellsOf(grid: CellGrid): [number, number, Cell | undefined][] {
  const out: [number, number, Cell | undefined][] = [];
  grid.forEachCell((r, c) => out.push([r, c, grid.cell(r, c)]));
  return out;
}

describe('CellGrid', () => {
  test('holds exactly the cells it was given, with each part of each cell', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const grid = gridOfRows(rows);
        const lastRow = rows.reduce((last, row, r) => (row?.some((c) => c !== undefined) ? r : last), -1);
        expect(grid.height).toBe(lastRow + 1);
        let width = 0;
        let size = 0;
        for (let r = -1; r <= rows.length + 1; r++) {
          const row = rows[r] ?? [];
          const rowWidth = row.reduce((w, c, i) => (c === undefined ? w : i + 1), 0);
          width = Math.max(width, rowWidth);
          expect(grid.rowWidth(r)).toBe(rowWidth);
          expect(grid.columnsOf(r)).toEqual(row.flatMap((c, i) => (c === undefined ? [] : [i])));
          for (let c = -1; c <= 13; c++) {
            const cell = r >= 0 && c >= 0 ? row[c] : undefined;
            if (cell) size++;
            expect(grid.cell(r, c)).toEqual(cell);
            expect(grid.has(r, c)).toBe(cell !== undefined);
            expect(grid.value(r, c)).toEqual(cell?.value ?? null);
            expect(grid.formula(r, c)).toBe(cell?.formula);
            expect(grid.numFmt(r, c)).toBe(cell?.numFmt);
          }
        }
        expect(grid.width).toBe(width);
        expect(grid.size).toBe(size);
      }),
      { numRuns: 100 },
    );
  });

  test('visits its cells row by row, left to right', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const seen: [number, number][] = [];
        gridOfRows(rows).forEachCell((r, c) => seen.push([r, c]));
        expect(seen).toEqual(rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (cell ? [[r, c] as [number, number]] : []))));
      }),
      { numRuns: 200 },
    );
  });

  test('cells given out of order, or twice, end in order with the last one given', () => {
    // Small places as often as far ones, so that the same cell is often given twice.
    const placeArb = fc.record({
      row: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
      col: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 16_383 })),
      cell: heldCellArb,
    });
    fc.assert(
      fc.property(fc.array(placeArb, { maxLength: 60 }), (places) => {
        const builder = new CellGridBuilder();
        const last = new Map<string, Cell>();
        for (const p of places) {
          builder.addCell(p.row, p.col, p.cell);
          last.set(`${p.row},${p.col}`, p.cell);
        }
        const grid = builder.build();
        expect(grid.size).toBe(last.size);
        last.forEach((cell, key) => {
          const [r, c] = key.split(',').map(Number) as [number, number];
          expect(grid.cell(r, c)).toEqual(cell);
        });
        const order: number[] = [];
        grid.forEachCell((r, c) => order.push(r * 16_384 + c));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  test('a cell with nothing in it is not a cell; a formula known later is set on its cell', () => {
    const builder = new CellGridBuilder();
    builder.addCell(0, 0, { value: null });
    builder.addCell(0, 1, undefined);
    const pending = builder.add(2, 3, 7, builder.formatId('0.00'), '');
    builder.setFormula(pending, 'D2*2');
    const grid = builder.build();
    expect(grid.size).toBe(1);
    expect(grid.cell(0, 0)).toBeUndefined();
    expect(grid.cell(2, 3)).toEqual({ value: 7, formula: 'D2*2', numFmt: '0.00' });
    expect(grid.height).toBe(3);
    expect(grid.rowWidth(0)).toBe(0);
  });

  test('a shared text is read from its table when asked for, also after the cells are sorted', () => {
    const asked: number[] = [];
    const table = {
      size: 3,
      text: (i: number): string => {
        asked.push(i);
        return ['nol', 'satu', 'dua'][i]!;
      },
      hasText: (): boolean => true,
    };
    const builder = new CellGridBuilder(table);
    builder.addSharedText(2, 1, 2, builder.formatId('@'));
    builder.add(0, 0, 'teks sendiri', 0, undefined);
    builder.addSharedText(1, 3, 0, 0);
    builder.addSharedText(1, 3, 1, 0);
    expect(asked).toEqual([]);
    const grid = builder.build();
    expect(grid.size).toBe(3);
    expect([grid.value(0, 0), grid.value(1, 3), grid.value(2, 1)]).toEqual(['teks sendiri', 'satu', 'dua']);
    expect(grid.cell(2, 1)).toEqual({ value: 'dua', numFmt: '@' });
    expect(asked).toEqual([1, 2, 2]);
    expect(() => builder.addSharedText(3, 0, 3, 0)).toThrow(RangeError);
    expect(() => new CellGridBuilder().addSharedText(0, 0, 0, 0)).toThrow(RangeError);
  });

  test('rebuild copies every cell but the skipped ones, as they were', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 2, max: 5 }), (rows, every) => {
        const skip = (r: number, c: number): boolean => (r + c) % every === 0;
        const kept = rows.map((row, r) => row?.map((cell, c) => (skip(r, c) ? undefined : cell)));
        expect(cellsOf(gridOfRows(rows).rebuild(skip).build())).toEqual(cellsOf(gridOfRows(kept)));
      }),
      { numRuns: 200 },
    );
  });

  test('rebuild keeps a shared text as its index into the same table, read only when asked for', () => {
    const asked: number[] = [];
    const table = { size: 2, text: (i: number): string => (asked.push(i), ['nol', 'satu'][i]!), hasText: (): boolean => true };
    const builder = new CellGridBuilder(table);
    builder.addSharedText(0, 0, 1, builder.formatId('@'));
    builder.addSharedText(0, 1, 0, 0);
    builder.add(1, 0, 5, 0, 'A1*2');
    const copy = builder.build().rebuild((r, c) => r === 0 && c === 1);
    copy.addCell(2, 2, { value: 'baru' });
    const grid = copy.build();
    expect(asked).toEqual([]);
    expect([grid.cell(0, 0), grid.cell(0, 1), grid.cell(1, 0), grid.cell(2, 2)]).toEqual([
      { value: 'satu', numFmt: '@' },
      undefined,
      { value: 5, formula: 'A1*2' },
      { value: 'baru' },
    ]);
  });

  test('collectTextColumns: the columns in range whose value shows text once trimmed, no text made', () => {
    const blanks = ['', ' ', '\t\n', '\u00a0', 'x', ' 7 ', '\u3000y'];
    const textTable = { size: blanks.length, text: (i: number): string => blanks[i]!, hasText: (i: number): boolean => blanks[i]!.trim() !== '' };
    const entryArb = fc.oneof(
      { arbitrary: heldCellArb.map((cell) => ({ cell })), weight: 3 },
      { arbitrary: fc.constantFrom(...blanks).map((value) => ({ cell: { value } })), weight: 2 },
      { arbitrary: fc.nat({ max: blanks.length - 1 }).map((shared) => ({ shared })), weight: 2 },
    );
    const gridRowsArb = fc.array(fc.array(fc.option(entryArb, { nil: undefined }), { maxLength: 10 }), { maxLength: 8 });
    fc.assert(
      fc.property(gridRowsArb, fc.nat({ max: 10 }), fc.nat({ max: 10 }), (rows, a, b) => {
        const builder = new CellGridBuilder(textTable);
        rows.forEach((row, r) =>
          row.forEach((entry, c) => {
            if (entry && 'shared' in entry) builder.addSharedText(r, c, entry.shared, 0);
            else if (entry) builder.addCell(r, c, entry.cell);
          }),
        );
        const grid = builder.build();
        const [c1, c2] = a <= b ? [a, b] : [b, a];
        const out = [99];
        for (let r = -1; r <= rows.length; r++) {
          const expected: number[] = [];
          for (let c = c1; c <= c2; c++) {
            const v = grid.value(r, c);
            if (v !== null && typeof v !== 'object' && String(v).trim() !== '') expected.push(c);
          }
          expect(grid.collectTextColumns(r, c1, c2, out)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a wide sparse sheet: a lone cell at XFD100000', () => {
    const builder = new CellGridBuilder();
    builder.addCell(99_999, 16_383, { value: 'JUMLAH' });
    const grid = builder.build();
    expect([grid.height, grid.width, grid.size]).toEqual([100_000, 16_384, 1]);
    expect(grid.value(99_999, 16_383)).toBe('JUMLAH');
    expect(grid.value(99_999, 16_382)).toBeNull();
  });
});

describe('parseCellAt', () => {
  test('reads the grid cell exactly as parseCell reads the cell object', () => {
    const expectArb = fc.constantFrom<ColumnExpectation>('any', 'percent', 'money', 'count', 'score');
    fc.assert(
      fc.property(fc.array(fc.option(cellArb, { nil: undefined }), { maxLength: 8 }), expectArb, (row, expect_) => {
        const grid = gridOfRows([row]);
        for (let c = 0; c < 9; c++) {
          const held = grid.cell(0, c);
          expect(parseCellAt(grid, 0, c, expect_)).toEqual(parseCell(held, expect_));
          expect(parseCellAt(grid, 0, c, expect_)).toEqual(parseCell(row[c], expect_));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
