import { isMissingMarker } from './missing-markers';
import { parseNumberText } from './parse-number-text';
import { measured } from './reading-result';
import type { ParsedValue } from './types';

/**
 * Text ending in `%` is percentage points: `94,95%`, `100 %`, `93.91%`, `99, 01%`.
 * The number is read as a percentage, so `1.000%` is 1 % (decimal reading).
 * `- %` is a missing marker. `undefined` when the text is not a percentage.
 */
export function readPercentText(text: string): ParsedValue | undefined {
  if (!text.endsWith('%')) return undefined;
  const body = text.slice(0, -1).trim();
  if (body !== '' && isMissingMarker(body)) return { kind: 'missing', reason: 'marker' };
  const reading = parseNumberText(body, 'percent');
  return reading === undefined ? undefined : measured('percent', reading);
}
