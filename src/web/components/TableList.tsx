import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Severity, Warning } from '../../engine/check/codes';
import type { Table } from '../../engine/recognize/types';
import { parseA1, rangeToA1 } from '../../engine/workbook/a1';
import { useUiText } from '../../taskpane/i18n/ui-text';

export interface TableListProps {
  readonly tables: readonly Table[];
  readonly warnings: readonly Warning[];
  readonly selected: number | undefined;
  readonly onSelect: (index: number) => void;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: tokens.spacingHorizontalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '2px',
    width: '100%',
    height: '100%',
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { border: `2px solid ${tokens.colorBrandStroke1}`, padding: `calc(${tokens.spacingHorizontalS} - 1px)` },
  top: { display: 'flex', width: '100%', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  place: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  title: { color: tokens.colorNeutralForeground3, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' },
});

const BADGE: Readonly<Record<Severity, 'danger' | 'warning' | 'brand'>> = { error: 'danger', warning: 'warning', info: 'brand' };

function inTable(table: Table, w: Warning): boolean {
  const at = w.sheet === table.sheet ? parseA1(w.cell) : undefined;
  return at !== undefined && at.row >= table.range.r1 && at.row <= table.range.r2 && at.col >= table.range.c1 && at.col <= table.range.c2;
}

/** The recognized tables as cards: where, what kind, how many findings; a click previews it. */
export function TableList({ tables, warnings, selected, onSelect }: TableListProps): JSX.Element {
  const text = useUiText();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={text.page.tablesHeading} data-testid="table-list">
      {tables.map((table, index) => {
        const own = warnings.filter((w) => inTable(table, w));
        const worst = own.find((w) => w.severity === 'error') ?? own.find((w) => w.severity === 'warning') ?? own[0];
        const dataRows = table.rows.filter((r) => r.kind.role === 'data').length;
        return (
          <li key={`${table.sheet}!${rangeToA1(table.range)}`}>
            <button type="button" className={mergeClasses(styles.item, selected === index && styles.selected)} aria-pressed={selected === index} onClick={() => onSelect(index)}>
              <span className={styles.top}>
                <span className={styles.place}>{`${table.sheet}!${rangeToA1(table.range)}`}</span>
                {worst && (
                  <Badge size="small" color={BADGE[worst.severity]} aria-label={text.page.findingsInTable(own.length)}>
                    {own.length}
                  </Badge>
                )}
              </span>
              <Text size={200}>{text.kindLabel[table.kind]}</Text>
              {table.title && (
                <Text size={100} className={styles.title}>
                  {table.title}
                </Text>
              )}
              <Text size={100}>{text.page.dataRows(dataRows)}</Text>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
