/**
 * A cell in one of the forms nearly every writer uses, whole: `<c r="B2" s="3"/>`,
 * `<c r="B2" t="s"><v>4</v></c>`, `<c r="C2"><f>SUM(A2:B2)</f><v>6</v></c>`,
 * `<c r="C3"><f t="shared" si="0"/><v>7</v></c>`,
 * `<c r="A1" t="inlineStr"><is><t>Teks</t></is></c>`. Attributes are lower-case names with
 * double-quoted values free of `<` and entities. Anything else (prefixes, rich text runs…) is
 * read by the cursor, tag by tag; on a cold start this pattern reads a cell about ten times
 * faster than the cursor does, and a sheet that never needs the cursor's cell path never makes
 * V8 compile it (the E.81 workbook: 655 shared-formula cells had it compiled for its rows).
 */
const SIMPLE_CELL = /[ \t\r\n]*<c(?: [a-z]+="[^"<&]*")* ?(?:\/>|>(?:<f(?: [a-z]+="[^"<&]*")*(?:\/>|>[^<]*<\/f>))?(?:<v>[^<]*<\/v>|<is><t(?: xml:space="preserve")?>[^<]*<\/t><\/is>)?<\/c>)/y;

const SLASH = 47;
const SPACE = 32;
const F = 102;
const I = 105;
const R = 114;
const S = 115;
const T = 116;
const V = 118;

/** Offsets of a SIMPLE_CELL match in the part's text; -1 for a part the cell does not have. */
export interface SimpleCell {
  /** The `<` of `<c`. */
  start: number;
  /** The values of attributes `r`, `s` and `t`, `[start, end)`; -1 when absent. */
  refStart: number;
  refEnd: number;
  styleStart: number;
  styleEnd: number;
  typeStart: number;
  typeEnd: number;
  /** Just after the start tag (`end` when self-closing). */
  openEnd: number;
  selfClosing: boolean;
  /** The formula's text (empty for `<f …/>`); -1 without `<f>`. */
  formulaStart: number;
  formulaEnd: number;
  /** Whether the `<f>` has attributes (`t`, `si`, `ref`, `ca`…). */
  formulaAttributes: boolean;
  /** The values of the `<f>`'s attributes `t`, `si` and `ref`; -1 when absent. */
  formulaTypeStart: number;
  formulaTypeEnd: number;
  formulaSiStart: number;
  formulaSiEnd: number;
  formulaRefStart: number;
  formulaRefEnd: number;
  /** The `<f>` element itself, `[start, end)`. */
  formulaElementStart: number;
  formulaElementEnd: number;
  valueStart: number;
  valueEnd: number;
  inlineStart: number;
  inlineEnd: number;
  /** Just after the element. */
  end: number;
}

export function emptySimpleCell(): SimpleCell {
  return { start: -1, refStart: -1, refEnd: -1, styleStart: -1, styleEnd: -1, typeStart: -1, typeEnd: -1, openEnd: -1, selfClosing: false, formulaStart: -1, formulaEnd: -1, formulaAttributes: false, formulaTypeStart: -1, formulaTypeEnd: -1, formulaSiStart: -1, formulaSiEnd: -1, formulaRefStart: -1, formulaRefEnd: -1, formulaElementStart: -1, formulaElementEnd: -1, valueStart: -1, valueEnd: -1, inlineStart: -1, inlineEnd: -1, end: -1 };
}

/** The `<f>` whose name ends at `i`, as the pattern vouched for: its attributes and text into `out`; returns the offset after it. */
function locateFormula(text: string, i: number, out: SimpleCell): number {
  out.formulaElementStart = i - 2;
  const attributesStart = i;
  let next: number;
  while ((next = text.charCodeAt(i)) === SPACE) {
    const valueStart = text.indexOf('"', i) + 1;
    const valueEnd = text.indexOf('"', valueStart);
    const name = text.charCodeAt(i + 1);
    if (valueStart === i + 4 && name === T) (out.formulaTypeStart = valueStart), (out.formulaTypeEnd = valueEnd);
    else if (valueStart === i + 5 && name === S && text.charCodeAt(i + 2) === I) (out.formulaSiStart = valueStart), (out.formulaSiEnd = valueEnd);
    // Of the three-letter names only `ref` starts with r.
    else if (valueStart === i + 6 && name === R) (out.formulaRefStart = valueStart), (out.formulaRefEnd = valueEnd);
    i = valueEnd + 1;
  }
  out.formulaAttributes = i !== attributesStart;
  if (next === SLASH) {
    out.formulaStart = out.formulaEnd = i;
    return (out.formulaElementEnd = i + 2);
  }
  out.formulaStart = i + 1;
  out.formulaEnd = text.indexOf('<', i + 1);
  return (out.formulaElementEnd = out.formulaEnd + 4);
}

/**
 * Whether a SIMPLE_CELL starts at `pos` in `text`; if so its offsets go into `out`. The pattern
 * is only tested (no match array, no substrings: this runs for every cell of every sheet), and
 * the offsets are then found by walking the text it vouched for.
 */
export function locateSimpleCell(text: string, pos: number, out: SimpleCell): boolean {
  SIMPLE_CELL.lastIndex = pos;
  if (!SIMPLE_CELL.test(text)) return false;
  out.end = SIMPLE_CELL.lastIndex;
  let i = text.indexOf('<', pos);
  out.start = i;
  i += 2;
  out.refStart = out.refEnd = out.styleStart = out.styleEnd = out.typeStart = out.typeEnd = -1;
  // Attributes as the pattern vouched for: ` name="value"`, values without quotes.
  while (text.charCodeAt(i) === SPACE && text.charCodeAt(i + 1) > 96) {
    const valueStart = text.indexOf('"', i) + 1;
    const valueEnd = text.indexOf('"', valueStart);
    if (valueStart === i + 4) {
      const name = text.charCodeAt(i + 1);
      if (name === R) (out.refStart = valueStart), (out.refEnd = valueEnd);
      else if (name === S) (out.styleStart = valueStart), (out.styleEnd = valueEnd);
      else if (name === T) (out.typeStart = valueStart), (out.typeEnd = valueEnd);
    }
    i = valueEnd + 1;
  }
  out.formulaStart = out.formulaEnd = out.valueStart = out.valueEnd = out.inlineStart = out.inlineEnd = -1;
  // Reset before a self-closing cell returns: the record is reused for every cell.
  out.formulaAttributes = false;
  out.formulaTypeStart = out.formulaTypeEnd = out.formulaSiStart = out.formulaSiEnd = out.formulaRefStart = out.formulaRefEnd = -1;
  // Few character reads, each vouched for by the pattern, keep V8's optimized code of this hot
  // function small: compiling it was most of a small workbook's read memory.
  out.selfClosing = text.charCodeAt(out.end - 2) === SLASH;
  if (out.selfClosing) {
    out.openEnd = out.end;
    return true;
  }
  // After the attributes: ` >` or `>`.
  i = text.indexOf('>', i) + 1;
  out.openEnd = i;
  // Then `<f`, `<v>`, `<is>` or `</c>`, told apart by their second character.
  if (text.charCodeAt(i + 1) === F) i = locateFormula(text, i + 2, out);
  const element = text.charCodeAt(i + 1);
  if (element === V) {
    out.valueStart = i + 3;
    out.valueEnd = text.indexOf('<', i + 3);
  } else if (element === I) {
    out.inlineStart = text.indexOf('>', i + 4) + 1;
    out.inlineEnd = text.indexOf('<', out.inlineStart);
  }
  return true;
}
