import fc from 'fast-check';
import { inflateSync, strToU8 } from 'fflate';
import type { CellPatch } from '../../../src/adapters/xlsx/patch/cell-patches';
import { patchSheetCells } from '../../../src/adapters/xlsx/patch/patch-sheet-cells';
import { StyleBook } from '../../../src/adapters/xlsx/patch/style-book';
import { MINIMAL_STYLES_XML } from '../../../src/adapters/xlsx/patch/style-xml';
import type { CellContent, Fill } from '../../../src/engine/plan/types';
import { MAIN_NS } from './helpers/build-package';

/**
 * The patch reads a sheet a chunk at a time and writes out what it has passed: whatever the
 * chunk size, and wherever a chunk ends (inside a tag, a row, a formula), the output is the one
 * the whole part in one chunk gives.
 */
const WHOLE = 1 << 20;
const CHUNKS = [5, 13, 64, 257];

function patched(xml: string, patches: readonly CellPatch[], chunkBytes: number): string {
  const out = patchSheetCells(strToU8(xml), 'xl/worksheets/sheet1.xml', 'S', patches, new StyleBook(MINIMAL_STYLES_XML, 'xl/styles.xml'), chunkBytes);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(inflateSync(out.compressed));
}

const sheet = (rows: string, prefix = ''): string =>
  `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${MAIN_NS}"><${prefix}dimension ref="A1:D9"/>` +
  `<${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}mergeCells count="1"><${prefix}mergeCell ref="C8:D8"/></${prefix}mergeCells></${prefix}worksheet>`;

const ROWS =
  '<row r="1" spans="1:4"><c r="A1" t="inlineStr"><is><t>Uraian é ≥ 𝔸</t></is></c><c r="B1"><v>10</v></c></row>' +
  '<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*2</f><v>20</v></c><c r="B2" s="1"><v>3</v></c></row>' +
  '<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><v>1</v></c></row>' +
  '<row r="4"><c r="A4"><f t="shared" si="0"/><v>8</v></c></row>' +
  '<row><c><v>5</v></c><c><v>6</v></c></row><row r="8" s="1" customFormat="1" ht="20"><c r="C8"><v>7</v></c></row>' +
  '<row r="9" spans="1:2" s="1" customFormat="true"/>';

const content: fc.Arbitrary<CellContent> = fc.oneof(
  fc.record({ kind: fc.constant('number' as const), value: fc.integer({ min: -1000, max: 1000 }), numFmt: fc.constantFrom(undefined, '0.00%') }),
  fc.record({ kind: fc.constant('text' as const), value: fc.string({ unit: 'grapheme', maxLength: 6 }) }),
  fc.record({ kind: fc.constant('formula' as const), formula: fc.constant('SUM(B1:B4)'), cached: fc.integer() }),
  fc.constant({ kind: 'empty' as const }),
);

const patch: fc.Arbitrary<CellPatch> = fc.record(
  { row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 5 }), content, fill: fc.constantFrom<Fill>('error', 'none') },
  { requiredKeys: ['row', 'col'] },
);

/** A plan as the patch takes it: one patch per cell, in row then column order, none in the merge's hidden cell. */
function planOf(patches: readonly CellPatch[]): CellPatch[] {
  const byCell = new Map(patches.filter((p) => !(p.row === 7 && p.col === 3)).map((p) => [`${p.row},${p.col}`, p]));
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

describe('patching a sheet read in chunks', () => {
  test('random plans give the same part at every chunk size', () => {
    fc.assert(
      fc.property(fc.array(patch, { maxLength: 10 }), fc.boolean(), (raw, prefixed) => {
        const xml = sheet(prefixed ? ROWS.replace(/<(\/?)(row|c|f|v|is|t)\b/g, '<$1x:$2') : ROWS, prefixed ? 'x:' : '');
        const plan = planOf(raw);
        const whole = patched(xml, plan, WHOLE);
        for (const size of CHUNKS) expect(patched(xml, plan, size)).toBe(whole);
      }),
      { numRuns: 120 },
    );
  });

  test('a sheet whose rows are out of order, patched again after its survey, at every chunk size', () => {
    const xml = sheet('<row r="5"><c r="A5"><v>5</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="9"><c r="A9"><v>9</v></c></row>');
    const plan: CellPatch[] = [
      { row: 1, col: 1, content: { kind: 'number', value: 22 } },
      { row: 3, col: 0, content: { kind: 'number', value: 4 } },
      { row: 8, col: 1, content: { kind: 'number', value: 99 } },
    ];
    const whole = patched(xml, plan, WHOLE);
    expect(whole).toContain('<row r="4"><c r="A4"><v>4</v></c></row><row r="5">');
    for (const size of CHUNKS) expect(patched(xml, plan, size)).toBe(whole);
  });

  test('the part keeps its byte-order mark and every byte outside the written cells', () => {
    const xml = sheet(ROWS);
    const out = patched(xml, [{ row: 0, col: 1, content: { kind: 'number', value: 11 } }], 7);
    expect(out).toBe(xml.replace('<c r="B1"><v>10</v></c>', '<c r="B1"><v>11</v></c>'));
  });

  test('rows and cells read in one match patch as the tag-by-tag path does', () => {
    // With a prefix on every element nothing is in the one-match forms: the cursor reads it all.
    const prefixed = sheet(ROWS.replace(/<(\/?)(row|c|f|v|is|t)\b/g, '<$1x:$2'), 'x:');
    fc.assert(
      fc.property(fc.array(patch, { maxLength: 10 }), (raw) => {
        const plan = planOf(raw);
        const unprefixed = patched(prefixed, plan, WHOLE).replace(/<(\/?)x:/g, '<$1').replace('xmlns:x=', 'xmlns=');
        expect(patched(sheet(ROWS), plan, WHOLE)).toBe(unprefixed);
      }),
      { numRuns: 200 },
    );
  });
});

