import { columnIndex, columnLetters } from '../../../engine/workbook/a1';

const MAX_ROW = 1048575;
const MAX_COL = 16383;

interface CellToken {
  readonly kind: 'cell';
  readonly col: number;
  readonly row: number;
  readonly colAbsolute: boolean;
  readonly rowAbsolute: boolean;
}

interface ColumnToken {
  readonly kind: 'column';
  readonly col: number;
  readonly absolute: boolean;
}

interface RowToken {
  readonly kind: 'row';
  readonly row: number;
  readonly absolute: boolean;
}

type Token = string | CellToken | ColumnToken | RowToken;

/** A formula split into literal text and references, ready to be moved by any offset. */
export interface ShiftableFormula {
  /** The formula as it reads from a cell `rows` below and `cols` right of the original. */
  shifted(rows: number, cols: number): string;
}

// A token that does not continue into a name, a function call or a sheet prefix.
const END = '(?![A-Za-z0-9_.(!\\\\?\\u0080-\\uFFFF])';
const CELL_RE = new RegExp(`(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})${END}`, 'y');
const COLUMN_RANGE_RE = new RegExp(`(\\$?)([A-Za-z]{1,3}):(\\$?)([A-Za-z]{1,3})${END}`, 'y');
const ROW_RANGE_RE = new RegExp(`(\\$?)([0-9]{1,7}):(\\$?)([0-9]{1,7})${END}`, 'y');
const NUMBER_RE = /[0-9]*\.?[0-9]+(?:[Ee][+-]?[0-9]+)?/y;
const NAME_RE = /[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\?\u0080-\uFFFF]*/y;
const ERROR_RE = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/iy;

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** End of a quoted run (`"…"` or `'…'`) starting at `at`, doubled quotes being escapes. */
function quotedEnd(text: string, at: number, quote: string): number {
  let i = at + 1;
  for (;;) {
    const q = text.indexOf(quote, i);
    if (q < 0) return text.length;
    if (text[q + 1] !== quote) return q + 1;
    i = q + 2;
  }
}

/** End of a bracketed run (`[1]`, `Table1[[#This Row],[Pagu]]`) starting at `at`. */
function bracketEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}

function cellToken(m: RegExpExecArray): CellToken | undefined {
  const col = columnIndex(m[2]!);
  const row = Number(m[4]) - 1;
  if (col > MAX_COL || row < 0 || row > MAX_ROW) return undefined;
  return { kind: 'cell', col, row, colAbsolute: m[1] === '$', rowAbsolute: m[3] === '$' };
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  const push = (token: CellToken | ColumnToken | RowToken): void => {
    if (literal !== '') tokens.push(literal);
    literal = '';
    tokens.push(token);
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    let end = i + 1;
    if (ch === '"' || ch === "'") {
      end = quotedEnd(formula, i, ch);
    } else if (ch === '[') {
      end = bracketEnd(formula, i);
    } else if (ch === '#') {
      end = matchAt(ERROR_RE, formula, i)?.[0].length ?? 1;
      end += i;
    } else if (/[A-Za-z$0-9._\\\u0080-\uFFFF]/.test(ch)) {
      const cell = matchAt(CELL_RE, formula, i);
      const token = cell ? cellToken(cell) : undefined;
      if (cell && token) {
        push(token);
        i += cell[0].length;
        continue;
      }
      const columns = matchAt(COLUMN_RANGE_RE, formula, i);
      if (columns) {
        push({ kind: 'column', col: columnIndex(columns[2]!), absolute: columns[1] === '$' });
        literal = ':';
        push({ kind: 'column', col: columnIndex(columns[4]!), absolute: columns[3] === '$' });
        i += columns[0].length;
        continue;
      }
      const rows = matchAt(ROW_RANGE_RE, formula, i);
      if (rows) {
        push({ kind: 'row', row: Number(rows[2]) - 1, absolute: rows[1] === '$' });
        literal = ':';
        push({ kind: 'row', row: Number(rows[4]) - 1, absolute: rows[3] === '$' });
        i += rows[0].length;
        continue;
      }
      const word = matchAt(NUMBER_RE, formula, i) ?? matchAt(NAME_RE, formula, i);
      if (word && word[0].length > 0) end = i + word[0].length;
    }
    literal += formula.slice(i, end);
    i = end;
  }
  if (literal !== '') tokens.push(literal);
  return tokens;
}

function render(token: Exclude<Token, string>, rows: number, cols: number): string {
  if (token.kind === 'cell') {
    const col = token.colAbsolute ? token.col : token.col + cols;
    const row = token.rowAbsolute ? token.row : token.row + rows;
    if (col < 0 || col > MAX_COL || row < 0 || row > MAX_ROW) return '#REF!';
    return `${token.colAbsolute ? '$' : ''}${columnLetters(col)}${token.rowAbsolute ? '$' : ''}${row + 1}`;
  }
  if (token.kind === 'column') {
    const col = token.absolute ? token.col : token.col + cols;
    if (col < 0 || col > MAX_COL) return '#REF!';
    return `${token.absolute ? '$' : ''}${columnLetters(col)}`;
  }
  const row = token.absolute ? token.row : token.row + rows;
  if (row < 0 || row > MAX_ROW) return '#REF!';
  return `${token.absolute ? '$' : ''}${row + 1}`;
}

/**
 * Prepares `formula` (without `=`) for moving, as Excel fills a shared formula: relative
 * parts of references move, `$` parts stay; text in quotes, names and functions are untouched.
 */
export function shiftableFormula(formula: string): ShiftableFormula {
  const tokens = tokenize(formula);
  return {
    shifted(rows: number, cols: number): string {
      if (rows === 0 && cols === 0) return formula;
      let out = '';
      // Indexed: `for…of` in code not yet optimized allocates an iterator result per token.
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        out += typeof t === 'string' ? t : render(t, rows, cols);
      }
      return out;
    },
  };
}
