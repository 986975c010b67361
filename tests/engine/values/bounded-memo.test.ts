import { BoundedMemo } from '../../../src/engine/values/bounded-memo';

describe('BoundedMemo', () => {
  it('reads each key once while it is remembered', () => {
    const reads: string[] = [];
    const memo = new BoundedMemo((key) => {
      reads.push(key);
      return key.length;
    });
    expect([memo.get('ab'), memo.get('abc'), memo.get('ab'), memo.get('abc')]).toEqual([2, 3, 2, 3]);
    expect(reads).toEqual(['ab', 'abc']);
  });

  it('starts again empty when full, so that a million distinct keys stay small, and still answers right', () => {
    const reads: string[] = [];
    const memo = new BoundedMemo((key) => {
      reads.push(key);
      return key.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a', 'c'].map((k) => memo.get(k))).toEqual(['A', 'B', 'C', 'A', 'C']);
    // `c` found the memo full ({a, b}): it was emptied, so `a` was read again, then `c` was remembered.
    expect(reads).toEqual(['a', 'b', 'c', 'a']);
  });
});
