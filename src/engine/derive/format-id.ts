/** `1234567` → `1.234.567`: a loop, since this runs for every derived cell's message. */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/** A number the Indonesian way: `18.989.150`, `94,76`. */
export function formatId(value: number, maxDecimals = 2): string {
  const rounded = Number(value.toFixed(maxDecimals));
  const fixed = Math.abs(rounded).toFixed(maxDecimals);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  let end = fixed.length;
  if (dot >= 0) while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48 /* 0 */) end--;
  const frac = dot >= 0 && end > dot + 1 ? fixed.slice(dot + 1, end) : '';
  // `1e+21`, `NaN`, `Infinity`: toFixed gives no plain digits; grouped as before.
  const grouped = /^\d+$/.test(int) ? groupThousands(int) : int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export function formatPercentId(value: number): string {
  return `${formatId(value, 2)}%`;
}
