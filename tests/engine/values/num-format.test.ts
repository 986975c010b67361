import { isMoneyFormat, isPercentFormat } from '../../../src/engine/values/num-format';

describe('number formats', () => {
  test.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.00%;[Red]-#,##0.00%', true],
    ['0.00"%"', false],
    ['0.00\\%', false],
    ['#,##0', false],
    ['General', false],
    ['@', false],
    ['', false],
    [undefined, false],
  ])('%j is a percent format: %s', (format, percent) => {
    expect(isPercentFormat(format)).toBe(percent);
  });

  test.each([
    ['"Rp"#,##0', true],
    ['"Rp. "#,##0.00', true],
    ['[$Rp-421]#,##0.00', true],
    ['_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_);_(@_)', true],
    ['[$IDR] #,##0', true],
    ['#,##0;[Red]-#,##0', false],
    ['#,##0.00', false],
    ['0%', false],
    [undefined, false],
  ])('%j is a money format: %s', (format, isMoney) => {
    expect(isMoneyFormat(format)).toBe(isMoney);
  });
});
