/**
 * A derived value as an arithmetic expression over cells, so that the `rumus` write mode
 * (SPEC §8) can write it as a live Excel formula instead of a number.
 */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export type Expr =
  | { readonly kind: 'ref'; readonly ref: CellRef }
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'op'; readonly op: '+' | '-' | '*' | '/'; readonly a: Expr; readonly b: Expr }
  | { readonly kind: 'fn'; readonly fn: 'SUM' | 'AVERAGE' | 'MIN' | 'MAX'; readonly args: readonly Expr[] }
  /** Text chosen by bands tested from the top: `value > bound → label` (predikat). */
  | { readonly kind: 'bands'; readonly value: Expr; readonly bands: readonly { readonly above?: number; readonly orEqual?: boolean; readonly label: string }[] };

export const ref = (sheet: string, row: number, col: number): Expr => ({ kind: 'ref', ref: { sheet, row, col } });
export const num = (value: number): Expr => ({ kind: 'num', value });
export const op = (o: '+' | '-' | '*' | '/', a: Expr, b: Expr): Expr => ({ kind: 'op', op: o, a, b });
export const fn = (name: 'SUM' | 'AVERAGE' | 'MIN' | 'MAX', args: readonly Expr[]): Expr => ({ kind: 'fn', fn: name, args });

/** a ÷ b × 100 */
export const percent = (a: Expr, b: Expr): Expr => op('*', op('/', a, b), num(100));

export function refsOf(expr: Expr): CellRef[] {
  switch (expr.kind) {
    case 'ref':
      return [expr.ref];
    case 'num':
      return [];
    case 'op':
      return [...refsOf(expr.a), ...refsOf(expr.b)];
    case 'fn':
      return expr.args.flatMap(refsOf);
    case 'bands':
      return refsOf(expr.value);
  }
}
