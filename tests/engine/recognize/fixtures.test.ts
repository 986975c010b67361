import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import type { Table } from '../../../src/engine/recognize/types';
import { parseRangeA1 } from '../../../src/engine/workbook/a1';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import type { ExpectedTable } from '../../fixtures/spec';
import { describeAsExpected, expectedView } from './expect-tables';

function findTable(tables: readonly Table[], expected: ExpectedTable): Table | undefined {
  const range = parseRangeA1(expected.range)!;
  return tables.find((t) => t.sheet === expected.sheet && t.range.r1 === range.r1);
}

describe.each(allFixtures.map((f) => [f.name, f] as const))('recognition of fixture %s', (_name, fixture) => {
  const tables = recognizeWorkbook(fixtureWorkbook(fixture));

  test.each(fixture.expected.map((e) => [`${e.sheet}!${e.range} (${e.kind})`, e] as const))('%s', (_label, expected) => {
    const table = findTable(tables, expected);
    expect(table).toBeDefined();
    expect(describeAsExpected(table!, expected)).toEqual(expectedView(expected));
    if (expected.title) expect(table!.title?.toLowerCase()).toContain(expected.title.toLowerCase());
  });

  test('no table is found that the fixture does not expect', () => {
    const expected = new Set(fixture.expected.map((e) => `${e.sheet}!${parseRangeA1(e.range)!.r1}`));
    const extra = tables.filter((t) => !expected.has(`${t.sheet}!${t.range.r1}`)).map((t) => `${t.sheet} row ${t.range.r1 + 1}`);
    expect(extra).toEqual([]);
  });
});
