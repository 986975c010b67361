/**
 * A row start tag as writers write it: `<row r="12" spans="1:14" ht="24.75" x14ac:dyDescent="0.25">`
 * (or self-closing, for a row with a height and no cells), double-quoted values free of `<` and
 * entities. Read in one match, so that a sheet whose cells are all simple (see `simple-cell.ts`)
 * never sends V8's optimizing compiler the cursor's code: on a 4,500-row SIPD export the rows
 * alone made it hot.
 */
const SIMPLE_ROW = /[ \t\r\n]*<row(?: [A-Za-z_][\w.:-]*="[^"<&]*")* ?\/?>/y;

const SPACE = 32;
const QUOTE = 34;
const SLASH = 47;
const EQUALS = 61;
const GT = 62;
const R = 114;
const S = 115;
const CUSTOM_FORMAT = 'customFormat=';

/** Offsets of a SIMPLE_ROW match; the values of attributes `r`, `s` and `customFormat`, -1 when absent. */
export interface SimpleRow {
  /** The `<` of `<row`. */
  start: number;
  refStart: number;
  refEnd: number;
  styleStart: number;
  styleEnd: number;
  customFormatStart: number;
  customFormatEnd: number;
  selfClosing: boolean;
  /** Just after the start tag. */
  end: number;
}

export function emptySimpleRow(): SimpleRow {
  return { start: -1, refStart: -1, refEnd: -1, styleStart: -1, styleEnd: -1, customFormatStart: -1, customFormatEnd: -1, selfClosing: false, end: -1 };
}

/** Whether a SIMPLE_ROW starts at `pos` in `text`; if so its offsets go into `out`. */
export function locateSimpleRow(text: string, pos: number, out: SimpleRow): boolean {
  SIMPLE_ROW.lastIndex = pos;
  if (!SIMPLE_ROW.test(text)) return false;
  out.end = SIMPLE_ROW.lastIndex;
  out.selfClosing = text.charCodeAt(out.end - 2) === SLASH;
  let i = text.indexOf('<', pos);
  out.start = i;
  i += 4;
  out.refStart = out.refEnd = out.styleStart = out.styleEnd = out.customFormatStart = out.customFormatEnd = -1;
  // Attributes as the pattern vouched for: ` name="value"`.
  while (text.charCodeAt(i) === SPACE && text.charCodeAt(i + 1) !== SLASH && text.charCodeAt(i + 1) !== GT) {
    const valueStart = text.indexOf('"', i) + 1;
    const valueEnd = text.indexOf('"', valueStart);
    if (valueStart === i + 4 && text.charCodeAt(i + 2) === EQUALS && text.charCodeAt(i + 3) === QUOTE) {
      const name = text.charCodeAt(i + 1);
      if (name === R) (out.refStart = valueStart), (out.refEnd = valueEnd);
      else if (name === S) (out.styleStart = valueStart), (out.styleEnd = valueEnd);
    } else if (valueStart === i + 2 + CUSTOM_FORMAT.length && text.startsWith(CUSTOM_FORMAT, i + 1)) {
      out.customFormatStart = valueStart;
      out.customFormatEnd = valueEnd;
    }
    i = valueEnd + 1;
  }
  return true;
}
