/** Text split around one trailing bracket pair: `81,10 (A)` → head `81,10`, inner `A`. */
export interface Bracketed {
  readonly head: string;
  readonly inner: string;
}

/**
 * Splits `head (inner)` with exactly one pair of round brackets, closing at the end.
 * Done by index, not by regular expression, so that long text cannot make it backtrack.
 */
export function splitBracketed(text: string): Bracketed | undefined {
  const trimmed = text.trim();
  const open = trimmed.indexOf('(');
  if (open < 0 || !trimmed.endsWith(')')) return undefined;
  if (trimmed.indexOf('(', open + 1) >= 0 || trimmed.indexOf(')') !== trimmed.length - 1) return undefined;
  const head = trimmed.slice(0, open).trim();
  const inner = trimmed.slice(open + 1, -1).trim();
  return head === '' || inner === '' ? undefined : { head, inner };
}
