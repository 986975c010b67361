import { unitsDiffer } from '../../../src/engine/compute/units';
import { cell } from './cells';

describe('unitsDiffer (UNIT_MISMATCH)', () => {
  it.each([
    ['500 pelayanan', '3162 laporan', true],
    ['500 Pelayanan', '3162 pelayanan', false],
    ['19 Orang/Bulan', '19 orang', true],
    ['100%', '100 persen', false],
    ['100%', '12 laporan', true],
    ['12 laporan', '12', false],
    ['90', '91', false],
    ['BB', 'A', false],
    ['Rp 1.000', '1.000 rupiah', false],
  ])('%s vs %s → %s', (target, realisasi, differ) => {
    expect(unitsDiffer(cell(target), cell(realisasi))).toBe(differ);
  });

  it('a computed number has no unit', () => {
    expect(unitsDiffer(5, cell('3 laporan'))).toBe(false);
  });
});
