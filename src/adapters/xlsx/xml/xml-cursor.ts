import type { XlsxMessageKey } from '../messages';
import { badXmlError } from '../read-errors';
import { decodeXmlEntities } from './xml-escape';

export type XmlTagKind = 'open' | 'close' | 'empty' | 'end';

/** Offsets into the scanned text, `[start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

export interface RawAttribute {
  readonly name: string;
  /** The value as written, entities not resolved. */
  readonly raw: string;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const AMPERSAND = 38;
const CARRIAGE_RETURN = 13;

const EMPTY_MATCH = /(?:)/;
/** A tag or comment still unfinished after this many characters is broken, not cut by a chunk. */
const MAX_UNFINISHED_MARKUP = 1 << 20;

/** What follows a start tag's name: attributes (no `<` in values) and `>` or `/>`. */
const START_TAG_REST = /(?:[ \t\r\n]+[^\s=/>"'<]+[ \t\r\n]*=[ \t\r\n]*(?:"[^"<]*"|'[^'<]*'))*[ \t\r\n]*\/?>/y;

/** Whether `text[start, end)` is text as written: no entity and no line end to resolve. */
export function isPlainText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === AMPERSAND || c === CARRIAGE_RETURN) return false;
  }
  return true;
}

/** Whether an `indexOf` result `at` was found before `end`. */
function isBefore(at: number, end: number): boolean {
  return at >= 0 && at < end;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * A pull scanner over the XML of a workbook part. Measured on a 10 MB sheet, saxes took
 * ~230 ms just to walk the tags, this ~15 ms; on a cold start saxes also took 50-80 ms for
 * a 110 KB styles.xml. It walks from tag to tag, checks that tags nest and close, refuses
 * DOCTYPE (no entity expansion, ever), and reports the offsets of each tag so that a part can
 * also be patched in place. Element names are matched on their local part (`x:c` is `c`).
 */
export class XmlCursor {
  kind: XmlTagKind = 'end';
  /** Offset of the current tag's `<`. */
  tagStart = 0;
  /** Offset just after the current tag's `>`. */
  tagEnd = 0;

  private current: string;
  /** Further text of the part, for a part read in chunks; undefined once all of it is in. */
  private source: (() => string | undefined) | undefined;
  private pos: number;
  /** Characters of the part already dropped from `current` (chunked reading). */
  private dropped = 0;
  /** The part's offset from which text is kept when refilling, or -1 (see `pin`). */
  private pinned = -1;
  /** Characters the last refill dropped from the front of the text: local offsets moved back by this. */
  private lastDrop = 0;
  /** Where the text before the current tag starts (the end of the previous tag). */
  private textStart = 0;
  private nameStart = 0;
  private localStart = 0;
  private nameEnd = 0;
  /** Attributes of the current start tag, or -1 while they are not located yet. */
  private attrCount = 0;
  /** Four offsets per attribute of the current tag: name start, name end, value start, value end. */
  private readonly attrBounds: number[] = [];
  /** Name start and end offsets of each open element, two per level. */
  private stack = new Int32Array(64);
  /** The name of an open element whose start tag is no longer in the text (chunked reading). */
  private readonly stackNames: (string | undefined)[] = [];
  private stackSize = 0;
  private rootSeen = false;
  /** What `markupFrom` found last: in which text, searching from where. */
  private markupText: string | undefined;
  private markupSearched = 0;
  private markupAt = -1;
  private readonly onUnknownEntity = (entity: string): never => this.fail('reasonUnknownEntity', { entity });

  /**
   * `text` is the whole part, or its first chunk when `more` gives the rest: chunks may end
   * anywhere; offsets then refer to `text` as it is at the moment (it drops what was read).
   */
  constructor(
    text: string,
    readonly part: string,
    more?: () => string | undefined,
  ) {
    this.current = text;
    this.source = more;
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** The text the offsets of the current tag refer to. */
  get text(): string {
    return this.current;
  }

  /** Moves to the next tag; text between tags is skipped. */
  next(): XmlTagKind {
    this.textStart = this.pos;
    for (;;) {
      const s = this.current;
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) {
        // Nothing but skipped text is left: none of it needs keeping.
        if (this.refill(s.length)) continue;
        return this.finish();
      }
      const c = s.charCodeAt(lt + 1);
      if (c !== c) {
        // `<` is the last character read so far.
        if (this.refill(lt)) continue;
        this.failAt(lt, 'reasonBadTag', {});
      }
      if (c === BANG || c === QUESTION) {
        const end = this.markupEnd(lt);
        if (end < 0) continue;
        this.pos = end;
        continue;
      }
      this.tagStart = lt;
      const kind = c === SLASH ? this.readCloseTag(lt) : this.readStartTag(lt);
      if (kind !== undefined) return kind;
    }
  }

  /** Number of elements open around the scanner (the current open tag included). */
  get depth(): number {
    return this.stackSize;
  }

  isNamed(local: string): boolean {
    return this.nameEnd - this.localStart === local.length && this.current.startsWith(local, this.localStart);
  }

  localName(): string {
    return this.current.slice(this.localStart, this.nameEnd);
  }

  qualifiedName(): string {
    return this.current.slice(this.nameStart, this.nameEnd);
  }

  /** The namespace prefix of the current tag with its colon (`x:`), or ''. */
  prefix(): string {
    return this.current.slice(this.nameStart, this.localStart);
  }

  /** The value of attribute `name` (exact qualified name) of the current start tag, entities resolved. */
  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    if (i < 0) return undefined;
    const k = i * 4;
    return this.decodeAttribute(this.current.slice(this.attrBounds[k + 2]!, this.attrBounds[k + 3]!));
  }

  /**
   * The 0-based integer value of attribute `name` read in place (no string is made), or -1
   * when it is absent or not a plain non-negative integer.
   */
  attrInt(name: string): number {
    const i = this.attrIndex(name);
    if (i < 0) return -1;
    const s = this.current;
    const end = this.attrBounds[i * 4 + 3]!;
    let start = this.attrBounds[i * 4 + 2]!;
    if (start === end) return -1;
    let n = 0;
    for (; start < end; start++) {
      const d = s.charCodeAt(start) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** Puts the offsets of the raw value of attribute `name` into `out`; false when it is absent. */
  attrRange(name: string, out: TextRange): boolean {
    const i = this.attrIndex(name);
    if (i < 0) return false;
    out.start = this.attrBounds[i * 4 + 2]!;
    out.end = this.attrBounds[i * 4 + 3]!;
    return true;
  }

  private attrIndex(name: string): number {
    if (this.attrCount < 0) this.locateAttributes();
    const s = this.current;
    const b = this.attrBounds;
    for (let i = 0; i < this.attrCount; i++) {
      const k = i * 4;
      const ns = b[k]!;
      if (b[k + 1]! - ns === name.length && s.startsWith(name, ns)) return i;
    }
    return -1;
  }

  /** The attributes of the current start tag by qualified name, entities resolved. */
  attributes(): Map<string, string> {
    const map = new Map<string, string>();
    for (const a of this.rawAttributes()) map.set(a.name, this.decodeAttribute(a.raw));
    return map;
  }

  /** Raw XML between the previous tag and the current one (comments and CDATA included). */
  precedingText(): string {
    return this.current.slice(this.textStart, this.tagStart);
  }

  /**
   * Raw text content as an XML parser must give it: line ends normalised to `\n`, entities
   * resolved (so `&#13;` stays a carriage return); an unknown entity is an error.
   */
  decode(raw: string): string {
    const text = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
    return decodeXmlEntities(text, this.onUnknownEntity);
  }

  /** Raw attribute value as an XML parser must give it: literal tabs and line ends become spaces. */
  decodeAttribute(raw: string): string {
    let plain = true;
    for (let i = 0; i < raw.length && plain; i++) plain = raw.charCodeAt(i) > CARRIAGE_RETURN;
    const text = plain ? raw : raw.replace(/\r\n|[\t\n\r]/g, ' ');
    return decodeXmlEntities(text, this.onUnknownEntity);
  }

  /** The attributes of the current start tag in document order, values as written. */
  rawAttributes(): RawAttribute[] {
    if (this.attrCount < 0) this.locateAttributes();
    const s = this.current;
    const b = this.attrBounds;
    const out: RawAttribute[] = [];
    for (let i = 0; i < this.attrCount; i++) {
      const k = i * 4;
      out.push({ name: s.slice(b[k]!, b[k + 1]!), raw: s.slice(b[k + 2]!, b[k + 3]!) });
    }
    return out;
  }

  /**
   * After an open tag: the element's text with entities resolved (CDATA included), leaving
   * the cursor on its close tag. A child element is an error.
   */
  readText(): string {
    const tag = this.qualifiedName();
    let out = '';
    // Raw text is decoded only whole: a chunk may end inside `&amp;` or between `\r` and `\n`.
    let raw = '';
    let i = this.tagEnd;
    for (;;) {
      const s = this.current;
      const lt = s.indexOf('<', i);
      const c = lt < 0 ? NaN : s.charCodeAt(lt + 1);
      if (c !== c || (c === BANG && !this.hasRoomFor(lt, 9))) {
        const keep = lt < 0 ? s.length : lt;
        raw += s.slice(i, keep);
        if (this.refill(keep)) {
          i = keep - this.lastDrop;
          continue;
        }
        this.failAt(s.length, lt < 0 ? 'reasonUnclosedTag' : 'reasonBadTag', { tag });
      }
      raw += s.slice(i, lt);
      if (c === SLASH) {
        this.pos = lt;
        this.next();
        return out + this.decode(raw);
      }
      if (c === BANG || c === QUESTION) {
        const cdata = s.startsWith('<![CDATA[', lt);
        const end = this.markupEnd(lt);
        if (end < 0) {
          i = lt - this.lastDrop;
          continue;
        }
        if (cdata) {
          out += this.decode(raw) + s.slice(lt + 9, end - 3);
          raw = '';
        }
        i = end;
      } else {
        this.pos = lt;
        this.next();
        this.fail('reasonUnexpectedChild', { tag: this.qualifiedName() });
      }
    }
  }

  /**
   * After an open tag: when the element holds plain text only (no entity, no CDATA, no line
   * end to normalise), puts its offsets into `out` and moves to the close tag without making
   * a string; else returns false and stays, for `readText`. The offsets hold until the next
   * move of the cursor, which may refill the text.
   */
  readPlainText(out: TextRange): boolean {
    const s = this.current;
    const start = this.tagEnd;
    const lt = s.indexOf('<', start);
    // The close tag must be read whole, or reading it could refill the text and move `out`.
    if (lt < 0 || s.charCodeAt(lt + 1) !== SLASH || s.indexOf('>', lt) < 0) return false;
    if (!isPlainText(s, start, lt)) return false;
    out.start = start;
    out.end = lt;
    this.pos = lt;
    this.next();
    return true;
  }

  /** The offset in the whole part of `text[0]`: local offsets plus this are offsets in the part. */
  get base(): number {
    return this.dropped;
  }

  /**
   * Keeps the part's text from `partOffset` on when later chunks come in (a reader that copies
   * the text out, such as a patch, pins where it has copied up to).
   */
  pin(partOffset: number): void {
    this.pinned = partOffset;
  }

  /** Where the cursor stands: the end of the last tag, before the next one. */
  get offset(): number {
    return this.pos;
  }

  /**
   * Moves to `offset` in the current text, past elements a reader's fast path read whole (they
   * open and close inside what it skips, so the nesting checks miss nothing).
   */
  skipTo(offset: number): void {
    this.pos = offset;
  }

  /**
   * After an open tag: skips to its close tag, leaving the cursor there, found by searching the
   * text for it, so that the content is neither read nor checked. For content a reader never
   * uses (the fonts and borders of styles.xml: walking them tag by tag was a small workbook's
   * largest read cost). Walks tag by tag as `skipElement` where a search could be wrong: a close
   * tag not in the text read so far, an element of the same name, or a comment, CDATA or
   * processing instruction before it.
   */
  skipUnreadElement(): void {
    const s = this.current;
    const name = this.qualifiedName();
    const from = this.tagEnd;
    // `</name` may be the end of a longer name (`</fontsX`), but then `<fontsX` comes first: walked.
    const close = s.indexOf(`</${name}`, from);
    if (close < 0 || isBefore(s.indexOf(`<${name}`, from), close) || isBefore(this.markupFrom(from), close)) {
      this.skipElement();
      return;
    }
    this.pos = close;
    this.next();
  }

  /**
   * The first `<!` or `<?` at or after `from` in the current text, or -1. Remembered, so that
   * skipping the 600 `xf` of a styles part does not search its whole rest 600 times.
   */
  private markupFrom(from: number): number {
    const s = this.current;
    const known = this.markupText === s && from >= this.markupSearched && (this.markupAt < 0 || this.markupAt >= from);
    if (!known) {
      const comment = s.indexOf('<!', from);
      const instruction = s.indexOf('<?', from);
      this.markupAt = comment < 0 ? instruction : instruction < 0 ? comment : Math.min(comment, instruction);
      this.markupSearched = from;
      this.markupText = s;
    }
    return this.markupAt;
  }

  /**
   * Takes the start tag of an unprefixed element that a reader's fast path read whole at
   * `[start, end)` (name at `start + 1`, `length` characters) as the current open tag, so that
   * its content and end tag can be read either way.
   */
  enterElement(start: number, length: number, end: number): void {
    this.textStart = this.pos;
    this.tagStart = start;
    this.nameStart = this.localStart = start + 1;
    this.nameEnd = start + 1 + length;
    this.tagEnd = end;
    this.kind = 'open';
    this.attrCount = -1;
    this.push();
    this.pos = end;
  }

  /**
   * Whether what follows (after white space) is the plain end tag `</name>` of the innermost open
   * element; if so it is read as the current tag. False leaves the cursor where it was, for `next`.
   */
  closeElementHere(): boolean {
    const level = this.stackSize - 1;
    if (level < 0) return false;
    const s = this.current;
    // Every index is checked against the text's end first: an optimized read past the end of a
    // chunk deoptimizes, and this runs once per row.
    const n = s.length;
    let i = this.pos;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i + 2 >= n || s.charCodeAt(i) !== LT || s.charCodeAt(i + 1) !== SLASH) return false;
    const name = this.stackNames[level];
    const nameEnd = i + 2 + (name === undefined ? this.stack[level * 2 + 1]! - this.stack[level * 2]! : name.length);
    if (nameEnd >= n || s.charCodeAt(nameEnd) !== GT) return false;
    const currentNameStart = this.nameStart;
    this.nameStart = i + 2;
    if (!this.pop(nameEnd)) {
      this.nameStart = currentNameStart;
      return false;
    }
    this.textStart = this.pos;
    this.tagStart = i;
    this.localStart = i + 2;
    for (let k = i + 2; k < nameEnd; k++) if (s.charCodeAt(k) === COLON) this.localStart = k + 1;
    this.nameEnd = nameEnd;
    this.tagEnd = this.pos = nameEnd + 1;
    this.kind = 'close';
    this.attrCount = 0;
    return true;
  }

  /** After an open tag: skips to its close tag, leaving the cursor there. */
  skipElement(): void {
    const depth = this.stackSize;
    for (;;) {
      const kind = this.next();
      if (kind === 'close' && this.stackSize < depth) return;
      if (kind === 'end') return;
    }
  }

  fail(reason: XlsxMessageKey, params: Readonly<Record<string, string>>): never {
    return this.failAt(this.tagStart, reason, params);
  }

  private failAt(offset: number, reason: XlsxMessageKey, params: Readonly<Record<string, string>>): never {
    throw badXmlError(this.part, reason, params, this.dropped + Math.max(0, offset));
  }

  private finish(): 'end' {
    if (this.stackSize > 0) this.failAt(this.current.length, 'reasonUnclosedTag', { tag: this.openName(this.stackSize - 1) });
    if (!this.rootSeen) this.failAt(this.current.length, 'reasonNoRoot', {});
    // The engine remembers the subject of the last successful match (for RegExp.$1): a match
    // on an empty string lets the scanned text, maybe 20 MB, be collected.
    EMPTY_MATCH.exec('');
    this.pos = this.current.length;
    this.tagStart = this.tagEnd = this.current.length;
    this.kind = 'end';
    return 'end';
  }

  /**
   * The end of the comment, CDATA section or processing instruction at `lt`; DOCTYPE is
   * refused. -1 when it ends in text not read yet: the text was refilled, and `lt` is now
   * `lt - lastDrop`.
   */
  private markupEnd(lt: number): number {
    const s = this.current;
    let close: string;
    if (s.startsWith('<?', lt)) close = '?>';
    else if (s.startsWith('<!--', lt)) close = '-->';
    else if (s.startsWith('<![CDATA[', lt)) close = ']]>';
    else if (s.startsWith('<!DOCTYPE', lt)) return this.failAt(lt, 'reasonDoctype', {});
    else if (!this.hasRoomFor(lt, 9)) return this.refill(lt) ? -1 : this.failAt(lt, 'reasonBadTag', {});
    else return this.failAt(lt, 'reasonBadTag', {});
    const end = s.indexOf(close, lt + 2);
    if (end >= 0) return end + close.length;
    return this.refill(lt) ? -1 : this.failAt(lt, 'reasonBadTag', {});
  }

  /** Whether `count` characters from `at` are in the text, or no more text will come. */
  private hasRoomFor(at: number, count: number): boolean {
    return at + count <= this.current.length || this.source === undefined;
  }

  /**
   * Appends the next chunk to the text, dropping what lies before `keepFrom` (or before the pin,
   * when that comes first: `lastDrop` says how much went); false when the part is complete.
   * Offsets move with the text; names of open elements are kept as strings.
   */
  private refill(keepFrom: number): boolean {
    if (!this.source) return false;
    const chunk = this.source();
    if (chunk === undefined) {
      this.source = undefined;
      return false;
    }
    if (this.current.length - keepFrom > MAX_UNFINISHED_MARKUP) this.failAt(keepFrom, 'reasonBadTag', {});
    for (let level = 0; level < this.stackSize; level++) {
      if (this.stackNames[level] === undefined) {
        this.stackNames[level] = this.current.slice(this.stack[level * 2], this.stack[level * 2 + 1]);
      }
    }
    const drop = this.pinned < 0 ? keepFrom : Math.max(0, Math.min(keepFrom, this.pinned - this.dropped));
    // A joined string is flat; `+` would make a rope that every character read goes through.
    this.current = drop < this.current.length ? [this.current.slice(drop), chunk].join('') : chunk;
    this.dropped += drop;
    this.lastDrop = drop;
    this.pos = Math.max(0, this.pos - drop);
    this.textStart = Math.max(0, this.textStart - drop);
    this.tagStart -= drop;
    this.tagEnd -= drop;
    this.nameStart -= drop;
    this.localStart -= drop;
    this.nameEnd -= drop;
    this.attrCount = this.attrCount > 0 ? -1 : this.attrCount;
    return true;
  }

  /** Reads the tag name from `start`; -1 when it runs past the text read so far (then refilled). */
  private readName(start: number): number {
    const s = this.current;
    const len = s.length;
    let i = start;
    this.nameStart = start;
    this.localStart = start;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c === COLON) this.localStart = i + 1;
      else if (c <= 32 || c === SLASH || c === GT || c === EQUALS || c === LT) break;
    }
    if (i >= len && this.refill(this.tagStart)) return -1;
    if (i === start || i >= len) this.failAt(start - 1, 'reasonBadTag', {});
    this.nameEnd = i;
    return i;
  }

  /** Reads the start tag at `lt`; undefined when it runs past the text read so far (then refilled). */
  private readStartTag(lt: number): XmlTagKind | undefined {
    const nameEnd = this.readName(lt + 1);
    if (nameEnd < 0) return undefined;
    const s = this.current;
    let end: number;
    if (s.charCodeAt(nameEnd) === GT) {
      // `<v>`, `<is>`: no attributes, the most common start tags.
      end = nameEnd + 1;
    } else {
      // The native regex engine checks the attribute syntax in one pass, far faster than a
      // character loop on a cold start; attributes are located only when one is asked for.
      START_TAG_REST.lastIndex = nameEnd;
      if (!START_TAG_REST.test(s)) {
        // Maybe only cut short by the end of a chunk: try again with more text.
        if (this.refill(lt)) return undefined;
        this.failAt(lt, 'reasonBadAttribute', {});
      }
      end = START_TAG_REST.lastIndex;
    }
    this.tagEnd = end;
    this.kind = s.charCodeAt(end - 2) === SLASH ? 'empty' : 'open';
    this.attrCount = -1;
    if (this.stackSize === 0) {
      if (this.rootSeen) this.failAt(lt, 'reasonTrailing', {});
      this.rootSeen = true;
    }
    if (this.kind === 'open') this.push();
    this.pos = end;
    return this.kind;
  }

  /** Records the bounds of the current start tag's attributes (syntax already checked). */
  private locateAttributes(): void {
    const s = this.current;
    const b = this.attrBounds;
    const end = this.tagEnd;
    let count = 0;
    let i = this.nameEnd;
    for (;;) {
      let c = s.charCodeAt(i);
      while (isSpace(c)) c = s.charCodeAt(++i);
      if (c === GT || c === SLASH || i >= end) break;
      const eq = s.indexOf('=', i);
      let nameEnd = eq;
      while (isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
      let q = eq + 1;
      while (isSpace(s.charCodeAt(q))) q++;
      const valueEnd = s.indexOf(s.charCodeAt(q) === DOUBLE_QUOTE ? '"' : "'", q + 1);
      const k = count * 4;
      b[k] = i;
      b[k + 1] = nameEnd;
      b[k + 2] = q + 1;
      b[k + 3] = valueEnd;
      count++;
      i = valueEnd + 1;
    }
    this.attrCount = count;
  }

  /** Reads the close tag at `lt`; undefined when it runs past the text read so far (then refilled). */
  private readCloseTag(lt: number): XmlTagKind | undefined {
    const nameEnd = this.readName(lt + 2);
    if (nameEnd < 0) return undefined;
    const s = this.current;
    let i = nameEnd;
    while (isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length && this.refill(lt)) return undefined;
    if (s.charCodeAt(i) !== GT) this.failAt(lt, 'reasonBadTag', {});
    if (!this.pop(nameEnd)) this.failAt(lt, 'reasonMismatchedTag', { tag: s.slice(this.nameStart, nameEnd) });
    this.attrCount = 0;
    this.kind = 'close';
    this.tagEnd = i + 1;
    this.pos = this.tagEnd;
    return 'close';
  }

  private push(): void {
    if (this.stackSize * 2 === this.stack.length) {
      const grown = new Int32Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    const k = this.stackSize * 2;
    this.stack[k] = this.nameStart;
    this.stack[k + 1] = this.nameEnd;
    this.stackNames[this.stackSize] = undefined;
    this.stackSize++;
  }

  /** The name of the open element at `level`. */
  private openName(level: number): string {
    return this.stackNames[level] ?? this.current.slice(this.stack[level * 2], this.stack[level * 2 + 1]);
  }

  /** Closes the innermost open element if the close tag's name (ending at `nameEnd`) matches it. */
  private pop(nameEnd: number): boolean {
    if (this.stackSize === 0) return false;
    const level = this.stackSize - 1;
    const s = this.current;
    const length = nameEnd - this.nameStart;
    const name = this.stackNames[level];
    if (name !== undefined) {
      if (name.length !== length || !s.startsWith(name, this.nameStart)) return false;
    } else {
      const openStart = this.stack[level * 2]!;
      if (this.stack[level * 2 + 1]! - openStart !== length) return false;
      for (let i = 0; i < length; i++) {
        if (s.charCodeAt(openStart + i) !== s.charCodeAt(this.nameStart + i)) return false;
      }
    }
    this.stackSize--;
    return true;
  }
}
