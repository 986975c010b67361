import { parseXmlTree } from '../xml/xml-tree';

export const CONTENT_TYPES_PART = '[Content_Types].xml';
export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface ContentTypes {
  /** By lower-case extension without the dot. */
  readonly defaults: ReadonlyMap<string, string>;
  /** By lower-case part name without the leading `/`. */
  readonly overrides: ReadonlyMap<string, string>;
}

export function parseContentTypes(text: string): ContentTypes {
  const root = parseXmlTree(text, CONTENT_TYPES_PART);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const child of root.children) {
    const type = child.attrs.get('ContentType') ?? '';
    if (child.name === 'Default') defaults.set((child.attrs.get('Extension') ?? '').toLowerCase(), type);
    if (child.name === 'Override') overrides.set((child.attrs.get('PartName') ?? '').replace(/^\//, '').toLowerCase(), type);
  }
  return { defaults, overrides };
}

export function allContentTypes(types: ContentTypes): string[] {
  return [...types.defaults.values(), ...types.overrides.values()];
}
