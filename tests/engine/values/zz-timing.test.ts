import { parseText } from '../../../src/engine/values/parse-text';
const n = 32767;
const inputs = [
  '1' + ' '.repeat(n) + '!',
  '1' + ' 1'.repeat(n / 2) + '!',
  '1 (' + ' '.repeat(n) + 'x',
  '('.repeat(n),
  '1 a' + ' a'.repeat(n / 2) + '!',
  '1' + ','.repeat(n),
  '1,' + '1,'.repeat(n / 2),
  '1 ' + '('.repeat(n) + ')',
  'Baik (' + ' '.repeat(n) + 'A',
  '-'.repeat(n) + 'x',
  'Rp' + ' '.repeat(n) + 'x',
  ' '.repeat(n) + '%x',
  '1' + ' '.repeat(n) + '%',
];
test.each(inputs.map((s, i) => [i, s]))('input %d', (_i, s) => {
  const t = Date.now();
  parseText(s as string, 'any');
  console.log(_i, Date.now() - t);
});
