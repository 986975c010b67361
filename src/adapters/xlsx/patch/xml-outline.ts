import { XmlCursor, type RawAttribute } from '../xml/xml-cursor';

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

interface Building {
  name: string;
  qualifiedName: string;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  attrs: Map<string, string>;
  rawAttributes: RawAttribute[];
  children: Building[];
}

/** The root and its descendants down to `maxDepth` (root = 0), with offsets. */
export function outlineXml(text: string, part: string, maxDepth: number): OutlineElement {
  const cursor = new XmlCursor(text, part);
  const stack: Building[] = [];
  let root: Building | undefined;
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close') {
      const done = stack.pop();
      if (done) {
        done.closeStart = cursor.tagStart;
        done.end = cursor.tagEnd;
      }
      continue;
    }
    const element: Building = {
      name: cursor.localName(),
      qualifiedName: cursor.qualifiedName(),
      start: cursor.tagStart,
      openEnd: cursor.tagEnd,
      closeStart: cursor.tagEnd,
      end: cursor.tagEnd,
      selfClosing: kind === 'empty',
      attrs: cursor.attributes(),
      rawAttributes: cursor.rawAttributes(),
      children: [],
    };
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
