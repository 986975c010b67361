/**
 * The sheet reader takes common cell and row forms in one pattern match and everything else tag
 * by tag. The same cells written both ways (plain `<c …>`, and with a namespace prefix and single
 * quotes, which only the tag-by-tag path reads) must give the same model.
 */
import fc from 'fast-check';
import { readXlsx } from '../../../src/adapters/xlsx/read-xlsx';
import { emptySimpleCell, locateSimpleCell } from '../../../src/adapters/xlsx/read/simple-cell';
import { toA1 } from '../../../src/engine/workbook/a1';
import { buildPackage, MAIN_NS, stylesXml } from './helpers/build-package';
import { rowsOf } from '../../helpers/sheet-rows';

interface CellSpec {
  readonly col: number;
  readonly withRef: boolean;
  readonly style: number | undefined;
  /** An attribute the reader ignores, before the others (`ph="1"`: show phonetic). */
  readonly extra?: boolean;
  readonly content:
    | { kind: 'number'; value: string }
    | { kind: 'shared'; index: number }
    | { kind: 'inline'; text: string }
    /** Inline rich text (runs): never the one-match form, so the row around it is read on by the cursor. */
    | { kind: 'rich'; runs: readonly string[] }
    | { kind: 'str'; formula: string; value: string }
    | { kind: 'formula'; formula: string; value: string }
    /** A cell of shared formula group `si`: the group's first cell in the part holds the formula (`<f t="shared" ref si>`), later ones `<f t="shared" si/>`. */
    | { kind: 'sharedFormula'; si: number; formula: string; value: string }
    | { kind: 'bool'; value: '0' | '1' }
    | { kind: 'error'; value: string }
    | { kind: 'empty' };
}

const SHARED = ['Capaian', 'a &amp; b', 'baris_x000D_\ndua'];
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const textArb = fc.string({ unit: fc.constantFrom(...'ab 1,%&<>\r\n_x000D_Rp.'.split('')), maxLength: 12 });
const contentArb: fc.Arbitrary<CellSpec['content']> = fc.oneof(
  fc.constantFrom('0', '12', '-1.5E-3', '94.76', '2622290000000').map((value) => ({ kind: 'number' as const, value })),
  fc.integer({ min: 0, max: SHARED.length - 1 }).map((index) => ({ kind: 'shared' as const, index })),
  textArb.map((text) => ({ kind: 'inline' as const, text })),
  fc.array(textArb, { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: 'rich' as const, runs })),
  fc.tuple(textArb, textArb).map(([formula, value]) => ({ kind: 'str' as const, formula: `"${formula}"`, value })),
  fc.constantFrom('SUM(A1:B1)', 'IF(A1<B1,1,0)', 'A1&"x"').map((formula) => ({ kind: 'formula' as const, formula, value: '3' })),
  fc
    .tuple(fc.integer({ min: 0, max: 1 }), fc.constantFrom('A1+B$1', 'SUM($A1:B1)*2', 'IF(C1<>"",C1&"x",0)'))
    .map(([si, formula]) => ({ kind: 'sharedFormula' as const, si, formula, value: '5' })),
  fc.constantFrom('0' as const, '1' as const).map((value) => ({ kind: 'bool' as const, value })),
  fc.constant({ kind: 'error' as const, value: '#DIV/0!' }),
  fc.constant({ kind: 'empty' as const }),
);

const rowArb = fc
  .uniqueArray(
    fc.record({ col: fc.integer({ min: 0, max: 12 }), withRef: fc.boolean(), extra: fc.boolean(), style: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), content: contentArb }),
    { selector: (c) => c.col, maxLength: 6 },
  )
  .map((cells) => [...cells].sort((a, b) => a.col - b.col));

/** `groups`: the shared formula groups whose first cell is already written. */
function cellXml(cell: CellSpec, row: number, p: string, q: string, groups: Set<number>): string {
  const attrs = [
    ...(cell.extra ? [`ph=${q}1${q}`] : []),
    ...(cell.withRef ? [`r=${q}${toA1(row, cell.col)}${q}`] : []),
    ...(cell.style !== undefined ? [`s=${q}${cell.style}${q}`] : []),
  ];
  const type = (t: string): string[] => [`t=${q}${t}${q}`];
  const c = cell.content;
  const open = (extra: string[]): string => `<${p}c${[...attrs, ...extra].map((a) => ` ${a}`).join('')}`;
  switch (c.kind) {
    case 'number':
      return `${open([])}><${p}v>${c.value}</${p}v></${p}c>`;
    case 'shared':
      return `${open(type('s'))}><${p}v>${c.index}</${p}v></${p}c>`;
    case 'inline':
      return `${open(type('inlineStr'))}><${p}is><${p}t xml:space="preserve">${escape(c.text)}</${p}t></${p}is></${p}c>`;
    case 'rich':
      return `${open(type('inlineStr'))}><${p}is>${c.runs.map((t) => `<${p}r><${p}t xml:space="preserve">${escape(t)}</${p}t></${p}r>`).join('')}</${p}is></${p}c>`;
    case 'str':
      return `${open(type('str'))}><${p}f>${escape(c.formula)}</${p}f><${p}v>${escape(c.value)}</${p}v></${p}c>`;
    case 'formula':
      return `${open([])}><${p}f>${escape(c.formula)}</${p}f><${p}v>${c.value}</${p}v></${p}c>`;
    case 'sharedFormula': {
      const master = !groups.has(c.si);
      groups.add(c.si);
      const f = master
        ? `<${p}f t=${q}shared${q} ref=${q}A1:M9${q} si=${q}${c.si}${q}>${escape(c.formula)}</${p}f>`
        : `<${p}f t=${q}shared${q} si=${q}${c.si}${q}/>`;
      return `${open([])}>${f}<${p}v>${c.value}</${p}v></${p}c>`;
    }
    case 'bool':
      return `${open(type('b'))}><${p}v>${c.value}</${p}v></${p}c>`;
    case 'error':
      return `${open(type('e'))}><${p}v>${c.value}</${p}v></${p}c>`;
    case 'empty':
      return `${open([])}/>`;
  }
}

/** A row's start tag: with or without `r`, with attributes the reader ignores; self-closing when it has no cells. */
interface RowOptions {
  readonly withRef: boolean;
  readonly extra: boolean;
}

const rowOptionsArb = fc.record({ withRef: fc.boolean(), extra: fc.boolean() });

function sheetXml(rows: readonly CellSpec[][], p: string, q: string, options: readonly RowOptions[] = []): string {
  const ns = p === '' ? `xmlns="${MAIN_NS}"` : `xmlns:${p.slice(0, -1)}="${MAIN_NS}"`;
  const groups = new Set<number>();
  const body = rows
    .map((cells, r) => {
      const { withRef, extra } = options[r] ?? { withRef: true, extra: false };
      const attrs = `${withRef ? ` r=${q}${r + 1}${q}` : ''}${extra ? ` spans=${q}1:13${q} ht=${q}24.75${q} customHeight=${q}1${q} x14ac:dyDescent=${q}0.25${q}` : ''}`;
      if (cells.length === 0) return `<${p}row${attrs}/>`;
      return `<${p}row${attrs}>${cells.map((c) => cellXml(c, r, p, q, groups)).join('\n  ')}</${p}row>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`;
}

function read(xml: string): unknown {
  const styles = stylesXml('<numFmt numFmtId="164" formatCode="0.00%"/>', '<xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/>');
  const sharedStrings = `<sst xmlns="${MAIN_NS}">${SHARED.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  return rowsOf(readXlsx(buildPackage({ styles, sharedStrings, sheets: [{ name: 'S', xml }] })).sheets[0]!);
}

describe('the one-match cell path reads what the tag-by-tag path reads', () => {
  test('random rows of every cell form, with entities, line ends and missing references', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rowArb, rowOptionsArb), { minLength: 1, maxLength: 6 }), (spec) => {
        const rows = spec.map(([cells]) => cells);
        const options = spec.map(([, o]) => o);
        expect(read(sheetXml(rows, '', '"', options))).toEqual(read(sheetXml(rows, 'x:', "'", options)));
      }),
      { numRuns: 300 },
    );
  });

  test('a known sheet reads to the expected cells on the fast path', () => {
    const xml = sheetXml(
      [
        [
          { col: 0, withRef: true, style: 1, content: { kind: 'number', value: '0.9476' } },
          { col: 1, withRef: false, style: undefined, content: { kind: 'inline', text: 'a & b\r\nc' } },
          { col: 2, withRef: true, style: undefined, content: { kind: 'shared', index: 1 } },
          { col: 3, withRef: true, style: undefined, content: { kind: 'formula', formula: 'IF(A1<B1,1,0)', value: '1' } },
          { col: 4, withRef: true, style: 2, content: { kind: 'empty' } },
          { col: 5, withRef: true, style: undefined, content: { kind: 'sharedFormula', si: 0, formula: 'A1+B$1', value: '5' } },
        ],
        [{ col: 6, withRef: true, style: undefined, content: { kind: 'sharedFormula', si: 0, formula: 'A1+B$1', value: '7' } }],
      ],
      '',
      '"',
    );
    expect(read(xml)).toEqual([
      [
        { value: 0.9476, numFmt: '0.00%' },
        { value: 'a & b\nc' },
        { value: 'a & b' },
        { value: 1, formula: 'IF(A1<B1,1,0)' },
        { value: null, numFmt: '#,##0' },
        { value: 5, formula: 'A1+B$1' },
      ],
      [...Array<undefined>(6).fill(undefined), { value: 7, formula: 'B2+C$1' }],
    ]);
  });

  test("one cell's formula offsets never carry over to the next cell located with the same record", () => {
    const text = '<c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>4</v></c><c r="A2" s="1"/><c r="A3"><v>1</v></c>';
    const c = emptySimpleCell();
    expect(locateSimpleCell(text, 0, c)).toBe(true);
    expect(text.slice(c.formulaTypeStart, c.formulaTypeEnd)).toBe('shared');
    expect(text.slice(c.formulaSiStart, c.formulaSiEnd)).toBe('0');
    for (const at of [c.end, text.indexOf('<c r="A3"')]) {
      expect(locateSimpleCell(text, at, c)).toBe(true);
      expect(c).toMatchObject({ formulaAttributes: false, formulaStart: -1, formulaTypeStart: -1, formulaSiStart: -1 });
    }
  });

  test('every offset of a located cell points at what was written, whatever the attributes and spaces', () => {
    const value = fc.string({ unit: fc.constantFrom(...'Ab09 .:$>/'.split('')), maxLength: 6 });
    const attributesArb = (names: readonly string[]) =>
      fc.uniqueArray(fc.tuple(fc.constantFrom(...names), value), { selector: ([name]) => name, maxLength: names.length });
    const cellArb = fc.record({
      attributes: attributesArb(['r', 's', 't', 'ph', 'cm', 'vm']),
      spaceBeforeClose: fc.boolean(),
      formula: fc.option(fc.record({ attributes: attributesArb(['t', 'si', 'ref', 'ca', 'aca', 'bx']), text: fc.option(value, { nil: undefined }) }), { nil: undefined }),
      content: fc.oneof(fc.constant(undefined), fc.record({ v: value }), fc.record({ is: value })),
      selfClosing: fc.boolean(),
    });
    const attributeXml = (attributes: readonly [string, string][]): string => attributes.map(([n, v]) => ` ${n}="${v}"`).join('');
    fc.assert(
      fc.property(fc.nat(3), cellArb, (indent, cell) => {
        const space = cell.spaceBeforeClose ? ' ' : '';
        const formulaXml = !cell.formula ? '' : `<f${attributeXml(cell.formula.attributes)}${cell.formula.text === undefined ? '/>' : `>${cell.formula.text}</f>`}`;
        const contentXml = !cell.content ? '' : 'v' in cell.content ? `<v>${cell.content.v}</v>` : `<is><t>${cell.content.is}</t></is>`;
        const selfClosing = cell.selfClosing && !cell.formula && !cell.content;
        const start = `${' '.repeat(indent)}<c${attributeXml(cell.attributes)}${space}`;
        const xml = selfClosing ? `${start}/>` : `${start}>${formulaXml}${contentXml}</c>`;
        const text = `<row>${xml}<c/></row>`;
        const c = emptySimpleCell();
        expect(locateSimpleCell(text, 5, c)).toBe(true);
        const slice = (from: number, to: number): string | undefined => (from < 0 ? undefined : text.slice(from, to));
        const attribute = (attributes: readonly [string, string][], name: string): string | undefined => attributes.find(([n]) => n === name)?.[1];
        expect(c.start).toBe(5 + indent);
        expect(c.end).toBe(5 + xml.length);
        expect(c.selfClosing).toBe(selfClosing);
        expect(c.openEnd).toBe(selfClosing ? c.end : 5 + start.length + 1);
        expect(slice(c.refStart, c.refEnd)).toBe(attribute(cell.attributes, 'r'));
        expect(slice(c.styleStart, c.styleEnd)).toBe(attribute(cell.attributes, 's'));
        expect(slice(c.typeStart, c.typeEnd)).toBe(attribute(cell.attributes, 't'));
        const f = selfClosing ? undefined : cell.formula;
        expect(slice(c.formulaStart, c.formulaEnd)).toBe(f ? f.text ?? '' : undefined);
        expect(c.formulaAttributes).toBe((f?.attributes.length ?? 0) > 0);
        expect(slice(c.formulaTypeStart, c.formulaTypeEnd)).toBe(f && attribute(f.attributes, 't'));
        expect(slice(c.formulaSiStart, c.formulaSiEnd)).toBe(f && attribute(f.attributes, 'si'));
        expect(slice(c.formulaRefStart, c.formulaRefEnd)).toBe(f && attribute(f.attributes, 'ref'));
        expect(slice(c.formulaElementStart, c.formulaElementEnd)).toBe(f ? formulaXml : undefined);
        const content = selfClosing ? undefined : cell.content;
        expect(slice(c.valueStart, c.valueEnd)).toBe(content && 'v' in content ? content.v : undefined);
        expect(slice(c.inlineStart, c.inlineEnd)).toBe(content && 'is' in content ? content.is : undefined);
      }),
      { numRuns: 1000 },
    );
  });
});
