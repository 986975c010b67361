import fc from 'fast-check';
import { naturalOrder } from '../../../src/engine/values/natural-order';

describe('naturalOrder', () => {
  it('puts cells and file names in reading order, digit runs as numbers', () => {
    expect(['B10', 'AA3', 'B9', 'B100', 'A10'].sort(naturalOrder)).toEqual(['A10', 'AA3', 'B9', 'B10', 'B100']);
    expect(['opd-10.xlsx', 'opd-2.xlsx', 'OPD-1.xlsx'].sort(naturalOrder)).toEqual(['OPD-1.xlsx', 'opd-2.xlsx', 'opd-10.xlsx']);
  });

  it('orders exactly as localeCompare with the same locale and options', () => {
    const text = fc.array(fc.constantFrom('A', 'b', 'Z', '0', '1', '9', '10', '.', '-', ' ', 'é'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(naturalOrder(a, b))).toBe(Math.sign(a.localeCompare(b, 'en', { numeric: true })));
      }),
      { numRuns: 2000 },
    );
  });
});
