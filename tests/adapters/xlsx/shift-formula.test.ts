import { shiftableFormula } from '../../../src/adapters/xlsx/formula/shift-formula';

const shift = (formula: string, rows: number, cols: number): string => shiftableFormula(formula).shifted(rows, cols);

describe('shiftableFormula', () => {
  test.each([
    ['A1+B2', 1, 1, 'B2+C3'],
    ['$A1+A$1+$A$1', 2, 3, '$A3+D$1+$A$1'],
    ['SUM(A1:A10)/COUNT(A:A)', 1, 0, 'SUM(A2:A11)/COUNT(A:A)'],
    ['SUM(1:1)+SUM($2:2)', 3, 0, 'SUM(4:4)+SUM($2:5)'],
    ['"A1"&A1', 0, 1, '"A1"&B1'],
    ['"say ""B2"""&B2', 1, 0, '"say ""B2"""&B3'],
    ["'Tabel 3.1'!C5*'It''s A1'!A1", 1, 0, "'Tabel 3.1'!C6*'It''s A1'!A2"],
    ['Sheet2!A1+Data2024!B2', 0, 1, 'Sheet2!B1+Data2024!C2'],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['pagu2024*A1', 1, 0, 'pagu2024*A2'],
    ['1.5E+10*A1+.5', 1, 0, '1.5E+10*A2+.5'],
    ['Table1[[#This Row],[Pagu A1]]+A1', 1, 0, 'Table1[[#This Row],[Pagu A1]]+A2'],
    ['[1]Sheet1!A1', 1, 0, '[1]Sheet1!A2'],
    ['IF(ISERROR(A1),#N/A,#DIV/0!)', 1, 0, 'IF(ISERROR(A2),#N/A,#DIV/0!)'],
    ['_xlfn.XLOOKUP(A1,B:B,C:C)', 0, 1, '_xlfn.XLOOKUP(B1,C:C,D:D)'],
    ['A1', -1, 0, '#REF!'],
    ['XFD1+A1', 0, 1, '#REF!+B1'],
    ['SUMIF(Biaya_Ä1,A1)', 1, 0, 'SUMIF(Biaya_Ä1,A2)'],
  ])('%s moved by (%i, %i) is %s', (formula, rows, cols, expected) => {
    expect(shift(formula, rows, cols)).toBe(expected);
  });

  test('no move gives the formula back unchanged', () => {
    expect(shift('SUM( A1 , B2 )', 0, 0)).toBe('SUM( A1 , B2 )');
  });
});
