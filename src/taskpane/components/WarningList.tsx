import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { Warning } from '../../engine/check/codes';
import type { Table } from '../../engine/recognize/types';
import { useUiText } from '../i18n/ui-text';
import { filterBySeverity, groupBySheet, sheetOrderOf, type SeverityFilter } from '../warnings/group-warnings';
import { SeverityIcon } from './SeverityIcon';

export interface WarningListProps {
  readonly warnings: readonly Warning[];
  readonly tables: readonly Table[];
  readonly onSelect: (warning: Warning) => void;
}

const FILTERS: readonly SeverityFilter[] = ['all', 'error', 'warning', 'info'];
/** Above this many findings only the first sheet with an error starts open, so the list stays readable. */
const OPEN_ALL_UP_TO = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  groupHeader: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, width: '100%' },
  sheetName: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto auto 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    textAlign: 'left',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace, minWidth: '3.2em' },
  message: { wordBreak: 'break-word' },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** The findings grouped by sheet, filtered by severity; a click selects the cell in the workbook. */
export function WarningList({ warnings, tables, onSelect }: WarningListProps): JSX.Element {
  const text = useUiText();
  const styles = useStyles();
  const headingId = useId();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const counts = useMemo(() => {
    const byLevel: Record<SeverityFilter, number> = { all: warnings.length, error: 0, warning: 0, info: 0 };
    for (const w of warnings) byLevel[w.severity] += 1;
    return byLevel;
  }, [warnings]);
  const groups = useMemo(() => groupBySheet(filterBySeverity(warnings, filter), sheetOrderOf(tables)), [warnings, filter, tables]);
  const label = (f: SeverityFilter): string => (f === 'all' ? text.warnings.all : text.severity[f]);
  const shown = groups.reduce((n, g) => n + g.warnings.length, 0);
  const worst = groups.find((g) => g.warnings.some((w) => w.severity === 'error')) ?? groups[0];
  const openItems = shown <= OPEN_ALL_UP_TO ? groups.map((g) => g.sheet) : worst ? [worst.sheet] : [];

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="warnings">
      <h2 id={headingId} className={styles.heading}>
        {text.warnings.heading}
      </h2>
      {warnings.length === 0 ? (
        <Text className={styles.empty}>{text.warnings.none}</Text>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={filter}
            aria-label={text.warnings.filterLabel}
            onTabSelect={(_event, data) => setFilter(data.value as SeverityFilter)}
          >
            {FILTERS.map((f) => (
              <Tab key={f} value={f} disabled={counts[f] === 0 && f !== 'all'}>
                {`${label(f)} ${counts[f]}`}
              </Tab>
            ))}
          </TabList>
          {groups.length === 0 ? (
            <Text className={styles.empty}>{text.warnings.noneAtLevel}</Text>
          ) : (
            <Accordion multiple collapsible defaultOpenItems={openItems} key={`${filter}:${warnings.length}:${groups.map((g) => g.sheet).join('|')}`}>
              {groups.map((group) => (
                <AccordionItem key={group.sheet} value={group.sheet}>
                  <AccordionHeader size="small">
                    <span className={styles.groupHeader}>
                      <span className={styles.sheetName}>{group.sheet}</span>
                      <CounterBadge count={group.warnings.length} size="small" appearance="ghost" color="informative" aria-label={text.warnings.groupCount(group.warnings.length)} />
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={styles.list}>
                      {group.warnings.map((w, i) => (
                        <li key={`${w.cell}:${w.code}:${i}`}>
                          <button
                            type="button"
                            className={styles.item}
                            title={text.warnings.goToCell(`${w.sheet}!${w.cell}`)}
                            data-severity={w.severity}
                            onClick={() => onSelect(w)}
                          >
                            <SeverityIcon severity={w.severity} />
                            <span className={styles.cell}>{w.cell}</span>
                            <span className={styles.message}>{w.message}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
        </>
      )}
    </section>
  );
}
