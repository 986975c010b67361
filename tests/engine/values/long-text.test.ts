import { readGrade } from '../../../src/engine/values/grades';
import { parseNumberText } from '../../../src/engine/values/parse-number-text';
import { parseText } from '../../../src/engine/values/parse-text';
import { readUnitNumber } from '../../../src/engine/values/read-unit-number';
import { splitBracketed } from '../../../src/engine/values/bracketed';

/** A cell holds up to 32 767 characters; no reader may backtrack its way into seconds. */
const n = 32767;
const adversarial: readonly string[] = [
  '1' + ' '.repeat(n) + '!',
  '1' + ' 1'.repeat(n / 2) + '!',
  '1 (' + ' '.repeat(n) + 'x',
  '('.repeat(n),
  '1 a' + ' a'.repeat(n / 2) + '!',
  '1,' + '1,'.repeat(n / 2),
  'Baik (' + ' '.repeat(n) + 'A',
  '1' + ' '.repeat(n) + '% %',
  '1' + ' ,'.repeat(n / 2) + ' x',
  '1 ' + 'a '.repeat(n / 2) + '!',
  '1 (' + 'Baik '.repeat(n / 5) + ')(',
];

describe('long text', () => {
  test.each(adversarial.map((text, index) => [index, text] as const))('input %d is rejected quickly', (_index, text) => {
    const started = Date.now();
    expect(parseText(text, 'any').kind).toBe('invalid');
    // the exported readers get no length cap from parseText: they must be linear themselves
    expect(readGrade(text)).toBeUndefined();
    expect(parseNumberText(text, 'any')).toBeUndefined();
    expect(readUnitNumber(text, 'any')).toBeUndefined();
    splitBracketed(text);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('a long dash run is still a marker', () => {
    expect(parseText('-'.repeat(500), 'any')).toEqual({ kind: 'missing', reason: 'marker' });
  });
});
