import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef } from 'react';
import type { Severity } from '../../engine/check/codes';
import { columnLetters, rangeToA1, toA1 } from '../../engine/workbook/a1';
import type { RangeRef, Workbook } from '../../engine/workbook/types';
import { useUiText } from '../../taskpane/i18n/ui-text';
import { cellDisplay } from '../cell-display';
import { cellKey, usedPart, type PreviewRegion } from '../preview-region';

export interface TablePreviewProps {
  readonly workbook: Workbook;
  readonly region: PreviewRegion;
  readonly focus?: { readonly row: number; readonly col: number };
  readonly warned: ReadonlyMap<string, Severity>;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  scroller: { overflow: 'auto', maxHeight: '60vh', border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  grid: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  edge: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, padding: '0 4px', textAlign: 'center', position: 'sticky', top: 0, zIndex: 1 },
  rowEdge: { position: 'sticky', left: 0, top: 'auto' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', maxWidth: '22em', verticalAlign: 'top', whiteSpace: 'pre-wrap' },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  focus: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

interface Span {
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** Merged areas inside the region: the top-left cell spans, the others are not drawn. */
function spansIn(merges: readonly RangeRef[], region: RangeRef): { anchors: Map<string, Span>; covered: Set<string> } {
  const anchors = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of merges) {
    const r1 = Math.max(m.r1, region.r1);
    const c1 = Math.max(m.c1, region.c1);
    const r2 = Math.min(m.r2, region.r2);
    const c2 = Math.min(m.c2, region.c2);
    if (r1 > r2 || c1 > c2 || (r1 === r2 && c1 === c2)) continue;
    anchors.set(`${r1}:${c1}`, { rowSpan: r2 - r1 + 1, colSpan: c2 - c1 + 1 });
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${r}:${c}`);
  }
  return { anchors, covered };
}

/** The cells of a table as the file holds them, findings coloured like Hitung Ulang colours them. */
export function TablePreview({ workbook, region, focus, warned, onClose }: TablePreviewProps): JSX.Element | null {
  const text = useUiText().page;
  const styles = useStyles();
  const focused = useRef<HTMLTableCellElement>(null);
  const sheet = workbook.sheets.find((s) => s.name === region.sheet);
  const range = useMemo(() => (sheet ? usedPart(sheet, region.range) : region.range), [sheet, region.range]);
  const { anchors, covered } = useMemo(() => spansIn(sheet?.merges ?? [], range), [sheet, range]);

  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [focus, region]);

  if (!sheet) return null;
  const rows: number[] = [];
  for (let r = range.r1; r <= range.r2; r++) rows.push(r);
  const cols: number[] = [];
  for (let c = range.c1; c <= range.c2; c++) cols.push(c);
  const place = `${region.sheet}!${rangeToA1(range)}`;

  return (
    <section className={styles.root} aria-label={text.previewHeading(place)} data-testid="table-preview">
      <div className={styles.head}>
        <Text weight="semibold">{text.previewHeading(place)}</Text>
        <Button appearance="subtle" size="small" icon={<DismissRegular />} aria-label={text.closePreview} onClick={onClose} />
      </div>
      <div className={styles.scroller}>
        <table className={styles.grid}>
          <thead>
            <tr>
              <th className={styles.edge} />
              {cols.map((c) => (
                <th key={c} className={styles.edge} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={mergeClasses(styles.edge, styles.rowEdge)} scope="row">
                  {r + 1}
                </th>
                {cols.map((c) => {
                  if (covered.has(`${r}:${c}`)) return null;
                  const cell = sheet.cells.cell(r, c);
                  const severity = warned.get(cellKey(region.sheet, r, c));
                  const isFocus = focus !== undefined && focus.row === r && focus.col === c;
                  const span = anchors.get(`${r}:${c}`);
                  return (
                    <td
                      key={c}
                      ref={isFocus ? focused : undefined}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      title={toA1(r, c)}
                      data-cell={toA1(r, c)}
                      data-severity={severity}
                      className={mergeClasses(
                        styles.cell,
                        typeof cell?.value === 'number' && styles.number,
                        severity && styles[severity],
                        isFocus && styles.focus,
                      )}
                    >
                      {cellDisplay(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
