/** A number the Indonesian way: `18.989.150`, `94,76`. */
export function formatId(value: number, maxDecimals = 2): string {
  const rounded = Number(value.toFixed(maxDecimals));
  const [int, frac] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = (frac ?? '').replace(/0+$/, '');
  return `${rounded < 0 ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

export function formatPercentId(value: number): string {
  return `${formatId(value, 2)}%`;
}
