import type { Fill, GeneratedCellStyle } from '../../../engine/plan/types';
import { BUILTIN_NUMBER_FORMATS, FIRST_CUSTOM_NUMBER_FORMAT_ID, isGeneralFormat } from '../read/number-formats';
import { escapeXmlAttribute } from '../xml/xml-escape';
import { renderStartTag } from './start-tag';
import { boldFontXml, defaultItems, highlightFillXml, isHighlightFillXml, thinBorderXml } from './style-xml';
import { TextEdits } from './text-edits';
import { outlineXml, prefixOf, type OutlineElement } from './xml-outline';

/** The collections of styles.xml this book appends to, in schema order, with their item element. */
const COLLECTIONS = [
  ['numFmts', 'numFmt'],
  ['fonts', 'font'],
  ['fills', 'fill'],
  ['borders', 'border'],
  ['cellStyleXfs', 'xf'],
  ['cellXfs', 'xf'],
] as const;
type CollectionName = (typeof COLLECTIONS)[number][0];
/** Everything that may follow the collections above inside `styleSheet`. */
const LATER_ELEMENTS = ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const BUILTIN_IDS = new Map([...BUILTIN_NUMBER_FORMATS].map(([id, code]) => [code, id]));

interface XfModel {
  readonly attrs: Map<string, string>;
  /** Child elements (`alignment`, `protection`) as written. */
  readonly inner: string;
}

class Collection {
  readonly added: string[] = [];
  /** How many of `added` are defaults Excel expects; alone they are no reason to rewrite the part. */
  defaults = 0;
  /** The first index of each item by its canonical text, built when first asked for. */
  private byCanonical: Map<string, number> | undefined;

  constructor(
    readonly name: CollectionName,
    readonly element: OutlineElement | undefined,
    /** The items the part holds, as outlined with it. */
    readonly elements: readonly OutlineElement[],
    readonly existing: readonly string[],
  ) {}

  get size(): number {
    return this.existing.length + this.added.length;
  }

  item(index: number): string | undefined {
    return index < this.existing.length ? this.existing[index] : this.added[index - this.existing.length];
  }

  append(xml: string): number {
    this.added.push(xml);
    const index = this.size - 1;
    const key = canonical(xml);
    if (this.byCanonical && !this.byCanonical.has(key)) this.byCanonical.set(key, index);
    return index;
  }

  /** The index of an item equal to `xml` (whitespace between tags aside), or -1. */
  indexOf(xml: string): number {
    if (!this.byCanonical) {
      this.byCanonical = new Map();
      for (let i = this.size - 1; i >= 0; i--) this.byCanonical.set(canonical(this.item(i)!), i);
    }
    return this.byCanonical.get(canonical(xml)) ?? -1;
  }
}

function canonical(xml: string): string {
  return xml.replace(/>\s+</g, '><');
}

/**
 * styles.xml as a book of number formats, fonts, fills, borders and cell formats (xf) that
 * only grows: existing entries and their indices are never touched, new ones are appended,
 * and an entry equal to one already there is reused, so a second identical run adds nothing.
 */
export class StyleBook {
  private readonly collections = new Map<CollectionName, Collection>();
  private readonly root: OutlineElement;
  private readonly prefix: string;
  private readonly xfIndexByKey = new Map<string, number>();
  private indexedXfs = 0;
  private readonly customFormats = new Map<number, string>();
  /** Restyle results by (xf, numFmt, fill): a plan restyles many cells the same way. */
  private readonly restyled = new Map<string, number>();
  /** Generated cells' formats by style and number format: a generated sheet repeats a few. */
  private readonly generatedXfs = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly part: string,
  ) {
    const root = outlineXml(text, part, 2);
    this.root = root;
    this.prefix = prefixOf(root);
    for (const [name, itemName] of COLLECTIONS) {
      const element = root.children.find((c) => c.name === name);
      const items = (element?.children ?? []).filter((c) => c.name === itemName);
      this.collections.set(name, new Collection(name, element, items, items.map((c) => text.slice(c.start, c.end))));
      if (name === 'numFmts') {
        for (const c of items) this.customFormats.set(Number(c.attrs.get('numFmtId')), c.attrs.get('formatCode') ?? '');
      }
    }
    this.addMissingDefaults();
  }

  get changed(): boolean {
    return [...this.collections.values()].some((c) => c.added.length > c.defaults);
  }

  /** The cell format for a cell formatted `xf` after giving it `numFmt` and/or `fill`. */
  restyle(xf: number, change: { readonly numFmt?: string; readonly fill?: Fill }): number {
    const memoKey = `${xf}|${change.numFmt ?? ''}|${change.fill ?? ''}`;
    let result = this.restyled.get(memoKey);
    if (result === undefined) {
      result = this.computeRestyle(xf, change);
      this.restyled.set(memoKey, result);
    }
    return result;
  }

  private computeRestyle(xf: number, change: { readonly numFmt?: string; readonly fill?: Fill }): number {
    const cellXfs = this.collection('cellXfs');
    const base = xf >= 0 && xf < cellXfs.size ? xf : 0;
    const model = this.xfModel(base);
    let changed = false;
    if (change.numFmt !== undefined && this.formatCode(Number(model.attrs.get('numFmtId') ?? 0)) !== change.numFmt) {
      model.attrs.set('numFmtId', String(this.numberFormatId(change.numFmt)));
      model.attrs.set('applyNumberFormat', '1');
      changed = true;
    }
    const fillId = Number(model.attrs.get('fillId') ?? 0);
    if (change.fill === 'none') {
      if (this.isHighlightFill(fillId)) {
        model.attrs.set('fillId', '0');
        model.attrs.delete('applyFill');
        changed = true;
      }
    } else if (change.fill !== undefined) {
      const wanted = this.highlightFillId(change.fill);
      if (wanted !== fillId) {
        model.attrs.set('fillId', String(wanted));
        model.attrs.set('applyFill', '1');
        changed = true;
      }
    }
    return changed ? this.findOrAppendXf(model) : base;
  }

  /** The cell format of a cell of a generated sheet. */
  generated(style: GeneratedCellStyle | undefined, numFmt: string | undefined): number {
    const memoKey = style
      ? `${style.bold === true}|${style.wrap === true}|${style.align ?? ''}|${style.border === true}|${style.fill ?? ''}|${numFmt ?? ''}`
      : `|${numFmt ?? ''}`;
    let result = this.generatedXfs.get(memoKey);
    if (result === undefined) {
      result = this.computeGenerated(style, numFmt);
      this.generatedXfs.set(memoKey, result);
    }
    return result;
  }

  private computeGenerated(style: GeneratedCellStyle | undefined, numFmt: string | undefined): number {
    const attrs = new Map<string, string>([
      ['numFmtId', String(numFmt === undefined ? 0 : this.numberFormatId(numFmt))],
      ['fontId', String(style?.bold ? this.boldFontId() : 0)],
      ['fillId', String(style?.fill && style.fill !== 'none' ? this.highlightFillId(style.fill) : 0)],
      ['borderId', String(style?.border ? this.thinBorderId() : 0)],
    ]);
    if (this.collection('cellStyleXfs').size > 0) attrs.set('xfId', '0');
    if (attrs.get('numFmtId') !== '0') attrs.set('applyNumberFormat', '1');
    if (attrs.get('fontId') !== '0') attrs.set('applyFont', '1');
    if (attrs.get('fillId') !== '0') attrs.set('applyFill', '1');
    if (attrs.get('borderId') !== '0') attrs.set('applyBorder', '1');
    let inner = '';
    if (style?.align || style?.wrap) {
      attrs.set('applyAlignment', '1');
      const horizontal = style.align ? ` horizontal="${style.align}"` : '';
      // Vertically centred, so that merged two-row headers read well.
      inner = `<${this.prefix}alignment${horizontal} vertical="center"${style.wrap ? ' wrapText="1"' : ''}/>`;
    }
    return this.findOrAppendXf({ attrs, inner });
  }

  /** The new styles.xml text; the original text itself when nothing was added. */
  serialize(): string {
    if (!this.changed) return this.text;
    const edits = new TextEdits();
    for (const c of this.collections.values()) {
      if (c.added.length === 0) continue;
      const count = String(c.size);
      const element = c.element;
      const items = c.added.join('');
      if (!element) {
        edits.insert(this.insertionPoint(c.name), `<${this.prefix}${c.name} count="${count}">${items}</${this.prefix}${c.name}>`);
      } else if (element.selfClosing) {
        const open = renderStartTag({ qualifiedName: element.qualifiedName, attributes: element.rawAttributes }, { count }, false);
        edits.replace(element.start, element.end, `${open}${items}</${element.qualifiedName}>`);
      } else {
        const open = renderStartTag({ qualifiedName: element.qualifiedName, attributes: element.rawAttributes }, { count }, false);
        edits.replace(element.start, element.openEnd, open);
        edits.insert(element.closeStart, items);
      }
    }
    return edits.apply(this.text);
  }

  private collection(name: CollectionName): Collection {
    const c = this.collections.get(name);
    if (!c) throw new Error(`no collection ${name}`);
    return c;
  }

  /** Excel expects two fills (none, gray125), a font, a border and a cell format to exist. */
  private addMissingDefaults(): void {
    const items = defaultItems(this.prefix);
    if (this.collection('fonts').size === 0) this.collection('fonts').append(items.font);
    const fills = this.collection('fills');
    if (fills.size === 0) fills.append(items.noFill);
    if (fills.size === 1) fills.append(items.grayFill);
    if (this.collection('borders').size === 0) this.collection('borders').append(items.border);
    if (this.collection('cellXfs').size === 0) this.collection('cellXfs').append(items.xf);
    for (const c of this.collections.values()) c.defaults = c.added.length;
  }

  private insertionPoint(name: CollectionName): number {
    const order = COLLECTIONS.map(([n]) => n as string);
    const later = [...order.slice(order.indexOf(name) + 1), ...LATER_ELEMENTS];
    const next = this.root.children.find((c) => later.includes(c.name));
    return next ? next.start : this.root.closeStart;
  }

  private xfModel(index: number): XfModel {
    const xfs = this.collection('cellXfs');
    // An xf of the part was outlined with it; only an added one is read again.
    const outlined = xfs.elements[index];
    if (outlined) return { attrs: new Map(outlined.attrs), inner: this.text.slice(outlined.openEnd, outlined.closeStart) };
    const raw = xfs.item(index) ?? '';
    const element = outlineXml(raw, this.part, 0);
    return { attrs: new Map(element.attrs), inner: raw.slice(element.openEnd, element.closeStart) };
  }

  private xfKey(model: XfModel): string {
    const attrs = [...model.attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${attrs.map(([k, v]) => `${k}=${v}`).join(' ')}|${canonical(model.inner)}`;
  }

  private findOrAppendXf(model: XfModel): number {
    const xfs = this.collection('cellXfs');
    for (; this.indexedXfs < xfs.size; this.indexedXfs++) {
      const key = this.xfKey(this.xfModel(this.indexedXfs));
      if (!this.xfIndexByKey.has(key)) this.xfIndexByKey.set(key, this.indexedXfs);
    }
    const key = this.xfKey(model);
    const known = this.xfIndexByKey.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const attrs = [...model.attrs].map(([k, v]) => ` ${k}="${escapeXmlAttribute(v)}"`).join('');
    const index = xfs.append(model.inner === '' ? `<${p}xf${attrs}/>` : `<${p}xf${attrs}>${model.inner}</${p}xf>`);
    this.xfIndexByKey.set(key, index);
    this.indexedXfs = xfs.size;
    return index;
  }

  private formatCode(id: number): string {
    return this.customFormats.get(id) ?? BUILTIN_NUMBER_FORMATS.get(id) ?? 'General';
  }

  private numberFormatId(code: string): number {
    if (isGeneralFormat(code)) return 0;
    for (const [id, existing] of this.customFormats) if (existing === code) return id;
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    const id = Math.max(FIRST_CUSTOM_NUMBER_FORMAT_ID - 1, ...this.customFormats.keys()) + 1;
    this.customFormats.set(id, code);
    this.collection('numFmts').append(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`);
    return id;
  }

  private isHighlightFill(fillId: number): boolean {
    const xml = this.collection('fills').item(fillId);
    return xml !== undefined && isHighlightFillXml(xml);
  }

  private highlightFillId(fill: Exclude<Fill, 'none'>): number {
    return this.findOrAppend('fills', highlightFillXml(this.prefix, fill));
  }

  private boldFontId(): number {
    const bold = boldFontXml(this.prefix, this.collection('fonts').item(0) ?? '');
    return bold === undefined ? 0 : this.findOrAppend('fonts', bold);
  }

  private thinBorderId(): number {
    return this.findOrAppend('borders', thinBorderXml(this.prefix));
  }

  private findOrAppend(name: CollectionName, xml: string): number {
    const c = this.collection(name);
    const known = c.indexOf(xml);
    return known >= 0 ? known : c.append(xml);
  }
}
