import { isMissingMarker } from './missing-markers';
import { parseNumberText } from './parse-number-text';
import { measured } from './reading-result';
import type { ParsedValue } from './types';

const PREFIX = /^([+-]?)(?:rp\.?|idr)\s*(.*)$/iu;
/** `Rp. 2.500.000,-`: the Indonesian way of writing "no sen". */
const NO_CENTS = /\s*[.,]\s*-+$/u;

/**
 * Money typed as text: `Rp. 2.684.530.000,00`, `Rp.920.000`, `IDR 2,860,173,435`,
 * `Rp. 2.581.268.000 ,00`, `-Rp 5.000`, and `2.500.000,-` (the `,-` alone marks money).
 * `Rp -` is a missing marker. `undefined` when the text is not money or not readable.
 */
export function readMoneyText(text: string): ParsedValue | undefined {
  const prefixed = PREFIX.exec(text);
  if (prefixed === null) {
    if (!NO_CENTS.test(text)) return undefined;
    const reading = parseNumberText(text.replace(NO_CENTS, ''), 'money');
    return reading === undefined ? undefined : measured('money', reading);
  }
  const amount = prefixed[2].replace(NO_CENTS, '');
  if (prefixed[1] === '' && amount !== '' && isMissingMarker(amount)) return { kind: 'missing', reason: 'marker' };
  const reading = parseNumberText(prefixed[1] + amount, 'money');
  return reading === undefined ? undefined : measured('money', reading);
}
