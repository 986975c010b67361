/**
 * The part of the Excel JavaScript API this adapter uses, as plain structural types.
 *
 * The adapter is written against these types, not against the `Excel` namespace, so the test
 * double in `tests/adapters/office/` can implement exactly this surface. `office-runtime.ts`
 * passes a real `Excel.RequestContext` where an `ExcelContext` is expected: the type checker
 * proves there that the real API fits this description.
 */

/** A loadable proxy: properties can be read only after `load` and a `sync`. */
export interface Loadable<Self> {
  load(propertyNames: string): Self;
}

export interface ClientResult<T> {
  readonly value: T;
}

export interface BorderProps {
  style?: string;
  color?: string;
  weight?: string;
  tintAndShade?: number;
}

/** The subset of `Excel.CellPropertiesFormat` that undo saves and restores. */
export interface CellFormatProps {
  fill?: { color?: string; pattern?: string; patternColor?: string; tintAndShade?: number; patternTintAndShade?: number };
  font?: { bold?: boolean; italic?: boolean; color?: string; name?: string; size?: number; underline?: string; strikethrough?: boolean };
  borders?: { top?: BorderProps; bottom?: BorderProps; left?: BorderProps; right?: BorderProps; diagonalDown?: BorderProps; diagonalUp?: BorderProps };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
}

export interface CellProps {
  format?: CellFormatProps;
}

export interface ColumnProps {
  format?: CellFormatProps & { columnWidth?: number };
}

/** Which format properties to load, in `getCellProperties`' shape (borders: all edges at once). */
export interface CellFormatQuery {
  fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean; patternTintAndShade?: boolean };
  font?: { bold?: boolean; italic?: boolean; color?: boolean; name?: boolean; size?: boolean; underline?: boolean; strikethrough?: boolean };
  borders?: { style?: boolean; color?: boolean; weight?: boolean; tintAndShade?: boolean };
  horizontalAlignment?: boolean;
  verticalAlignment?: boolean;
  wrapText?: boolean;
  indentLevel?: boolean;
}

export interface CellPropsQuery {
  format?: CellFormatQuery;
}

export interface ColumnPropsQuery {
  format?: CellFormatQuery & { columnWidth?: boolean };
}

export interface RangeFill {
  color: string;
  clear(): void;
}

export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface RangeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface RangeFormat {
  readonly fill: RangeFill;
  readonly font: { bold: boolean };
  readonly borders: { getItem(index: BorderEdge): RangeBorder };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

export interface RangeAreas extends Loadable<RangeAreas> {
  readonly isNullObject: boolean;
  /** `Sheet1!A1:B2, Sheet1!C3:D4`: every area with its sheet. */
  readonly address: string;
}

export interface Range extends Loadable<Range> {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Excel types these as `any[][]`; every read goes through a type guard. */
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: RangeFormat;
  getMergedAreasOrNullObject(): RangeAreas;
  getCellProperties(query: CellPropsQuery): ClientResult<CellProps[][]>;
  setCellProperties(props: CellProps[][]): void;
  getColumnProperties(query: ColumnPropsQuery): ClientResult<ColumnProps[]>;
  setColumnProperties(props: ColumnProps[]): void;
  clear(applyTo?: 'All' | 'Contents' | 'Formats'): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
}

export interface FreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
  unfreeze(): void;
  getLocationOrNullObject(): Range;
}

export interface PageZoom {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

export interface PageLayout extends Loadable<PageLayout> {
  orientation: string;
  zoom: PageZoom;
}

export interface Worksheet extends Loadable<Worksheet> {
  readonly isNullObject: boolean;
  name: string;
  /** `Visible`, `Hidden` or `VeryHidden`. */
  visibility: string;
  position: number;
  readonly freezePanes: FreezePanes;
  readonly pageLayout: PageLayout;
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range;
  getRange(address?: string): Range;
  activate(): void;
  delete(): void;
}

export interface WorksheetCollection extends Loadable<WorksheetCollection> {
  readonly items: Worksheet[];
  getItem(key: string): Worksheet;
  getItemOrNullObject(key: string): Worksheet;
  add(name?: string): Worksheet;
}

export interface Application extends Loadable<Application> {
  /** `Automatic`, `AutomaticExceptTables` or `Manual`. */
  calculationMode: string;
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface ExcelContext {
  readonly workbook: { readonly worksheets: WorksheetCollection };
  readonly application: Application;
  sync(): Promise<void>;
  /** Queues a marker; a failed `sync` lists in its error's `traceMessages` the markers it got past. */
  trace(message: string): void;
}

export interface RunOptions {
  /** ExcelApi 1.20: the whole run is one step of Excel's own undo. */
  readonly mergeUndoGroup?: boolean;
}

/** `Excel.run`, or the test double's equivalent. */
export type ExcelRunner = <T>(options: RunOptions, batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** What the host supports beyond the manifest's minimum (ExcelApi 1.13). */
export interface HostCapabilities {
  /** ExcelApi 1.20: `Excel.run({ mergeUndoGroup: true })`. */
  readonly mergeUndoGroup: boolean;
  /** Excel on the web: a request or a response over 5 MB is refused (SPEC §11); desktop Excel has no such limit. */
  readonly payloadLimited: boolean;
}
