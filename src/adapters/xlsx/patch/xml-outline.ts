import { XmlCursor, type RawAttribute } from '../xml/xml-cursor';
import { startTagAt, type StartTag } from './start-tag';

/** An element of a part with its offsets, for patching the part in place. */
export interface OutlineElement {
  readonly name: string;
  readonly qualifiedName: string;
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just after the start tag. */
  readonly openEnd: number;
  /** Offset of `<` of the end tag (`openEnd` for an empty element). */
  readonly closeStart: number;
  /** Offset just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attrs: ReadonlyMap<string, string>;
  readonly rawAttributes: readonly RawAttribute[];
  readonly children: readonly OutlineElement[];
}

/**
 * An element as the outline finds it. Its attributes are read from its start tag when asked
 * for: a styles part holds hundreds of fonts, fills and formats whose attributes nobody reads.
 */
class OutlineNode implements OutlineElement {
  closeStart: number;
  end: number;
  readonly children: OutlineNode[] = [];
  private tag: StartTag | undefined;
  private attributeMap: Map<string, string> | undefined;

  constructor(
    private readonly text: string,
    private readonly part: string,
    readonly name: string,
    readonly qualifiedName: string,
    readonly start: number,
    readonly openEnd: number,
    readonly selfClosing: boolean,
  ) {
    this.closeStart = openEnd;
    this.end = openEnd;
  }

  get attrs(): ReadonlyMap<string, string> {
    if (!this.attributeMap) {
      const cursor = new XmlCursor(this.text.slice(this.start, this.openEnd), this.part);
      cursor.next();
      this.attributeMap = cursor.attributes();
    }
    return this.attributeMap;
  }

  get rawAttributes(): readonly RawAttribute[] {
    this.tag ??= startTagAt(this.text, this.start, this.openEnd, this.part);
    return this.tag.attributes;
  }
}

/** The root and its descendants down to `maxDepth` (root = 0), with offsets. */
export function outlineXml(text: string, part: string, maxDepth: number): OutlineElement {
  const cursor = new XmlCursor(text, part);
  const stack: OutlineNode[] = [];
  let root: OutlineNode | undefined;
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close') {
      const done = stack.pop();
      if (done) {
        done.closeStart = cursor.tagStart;
        done.end = cursor.tagEnd;
      }
      continue;
    }
    const element = new OutlineNode(text, part, cursor.localName(), cursor.qualifiedName(), cursor.tagStart, cursor.tagEnd, kind === 'empty');
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    if (kind === 'open') {
      if (stack.length < maxDepth) {
        stack.push(element);
      } else {
        cursor.skipElement();
        element.closeStart = cursor.tagStart;
        element.end = cursor.tagEnd;
      }
    }
  }
  if (!root) return cursor.fail('reasonNoRoot', {});
  return root;
}

/** The namespace prefix of an element with its colon (`x:`), or ''. */
export function prefixOf(element: OutlineElement): string {
  return element.qualifiedName.slice(0, element.qualifiedName.length - element.name.length);
}
