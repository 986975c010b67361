import type { FakeCell, FakeValue } from './fake-state';

const ERROR_LITERALS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

/** Loose reading of what Excel would take for a number in an Indonesian or English locale. */
function asNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[-+]?(\d[\d.,]*|[.,]\d+)\s*%?$/.test(t) && !/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t)) return undefined;
  const percent = t.endsWith('%');
  const digits = t.replace('%', '').replace(/[/-](?=\d)/g, '').replace(/[.,](?=\d{3}(\D|$))/g, '').replace(',', '.');
  const n = Number(digits);
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/**
 * What Excel stores when a value arrives through `values` or `formulas`, as if typed: a leading
 * apostrophe makes text (and is dropped), `=…` is a formula, and so is text starting with `+`,
 * `-` or `@` that is not a number; number-like text becomes a number, `TRUE`/`BENAR` a boolean,
 * `#N/A` an error. A text-formatted (`@`) cell keeps any text as text.
 */
export function typedInput(input: unknown, previous: FakeCell | undefined): Pick<FakeCell, 'value' | 'formula'> {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') throw new TypeError(`not a cell value: ${JSON.stringify(input)}`);
  if (input === '') return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (previous?.numberFormat === '@') return { value: input };
  if (input.startsWith('=') && input.length > 1) {
    const formula = input.slice(1);
    // The double cannot calculate: a formula keeps its cached value only when it is unchanged.
    const value: FakeValue = previous?.formula === formula ? previous.value : null;
    return { value, formula };
  }
  if (ERROR_LITERALS.has(input)) return { value: { error: input } };
  if (/^\s*(true|false|benar|salah)\s*$/i.test(input)) return { value: /true|benar/i.test(input) };
  const n = asNumber(input);
  if (n !== undefined) return { value: n };
  if (/^[+\-@]/.test(input)) return { value: null, formula: input.replace(/^@/, '') };
  return { value: input };
}
