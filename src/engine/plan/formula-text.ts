import type { CellRef, Expr } from '../derive/expr';
import { toA1 } from '../workbook/a1';

/** How a referenced cell reads as a number in percentage points, or undefined when a formula cannot use it. */
export type RefReading = (ref: CellRef) => 'points' | 'fraction' | undefined;

function sheetPrefix(sheet: string, host: string): string {
  return sheet === host ? '' : `'${sheet.replace(/'/g, "''")}'!`;
}

function numberLiteral(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * An expression as an Excel formula body in the API's invariant syntax (`,` between arguments,
 * `.` as decimal mark; Excel shows `;` in an Indonesian locale). Undefined when a referenced cell
 * holds no number (text such as `94,95%`, a grade, nothing): such a value is written, not a formula.
 */
export function formulaText(expr: Expr, host: string, reading: RefReading): string | undefined {
  switch (expr.kind) {
    case 'num':
      return numberLiteral(expr.value);
    case 'ref': {
      const how = reading(expr.ref);
      if (!how) return undefined;
      const a1 = sheetPrefix(expr.ref.sheet, host) + toA1(expr.ref.row, expr.ref.col);
      return how === 'fraction' ? `(${a1}*100)` : a1;
    }
    case 'op': {
      const a = formulaText(expr.a, host, reading);
      const b = formulaText(expr.b, host, reading);
      return a === undefined || b === undefined ? undefined : `(${a}${expr.op}${b})`;
    }
    case 'fn': {
      const args = expr.args.map((e) => formulaText(e, host, reading));
      return args.some((a) => a === undefined) ? undefined : `${expr.fn}(${args.join(',')})`;
    }
    case 'bands': {
      const value = formulaText(expr.value, host, reading);
      if (value === undefined) return undefined;
      const last = expr.bands[expr.bands.length - 1];
      let out = textLiteral(last?.label ?? '');
      for (let i = expr.bands.length - 2; i >= 0; i--) {
        const b = expr.bands[i]!;
        if (b.above === undefined) continue;
        out = `IF(${value}${b.orEqual ? '>=' : '>'}${numberLiteral(b.above)},${textLiteral(b.label)},${out})`;
      }
      return out;
    }
  }
}
