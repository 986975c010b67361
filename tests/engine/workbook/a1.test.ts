import { columnIndex, columnLetters, parseA1, parseRangeA1, rangeToA1, toA1 } from '../../../src/engine/workbook/a1';

describe('A1 helpers', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s and back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test('addresses', () => {
    expect(toA1(0, 0)).toBe('A1');
    expect(toA1(9, 27)).toBe('AB10');
    expect(parseA1('$C$7')).toEqual({ row: 6, col: 2 });
    expect(parseA1('c7')).toEqual({ row: 6, col: 2 });
    expect(parseA1('7C')).toBeUndefined();
    expect(columnIndex('A1')).toBe(-1);
  });

  test('ranges are normalised', () => {
    expect(parseRangeA1('C5:A1')).toEqual({ r1: 0, c1: 0, r2: 4, c2: 2 });
    expect(rangeToA1({ r1: 0, c1: 0, r2: 4, c2: 2 })).toBe('A1:C5');
    expect(rangeToA1({ r1: 2, c1: 1, r2: 2, c2: 1 })).toBe('B3');
    expect(parseRangeA1('x')).toBeUndefined();
  });
});
