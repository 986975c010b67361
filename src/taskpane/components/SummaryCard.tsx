import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Card,
  CardHeader,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Severity } from '../../engine/check/codes';
import { formatPercentId } from '../../engine/derive/format-id';
import type { Analysis } from '../../engine/pipeline';
import type { Settings } from '../../engine/settings/types';
import { useUiText } from '../i18n/ui-text';
import { summarizeAnalysis } from '../summary/summarize-analysis';

export interface SummaryCardProps {
  readonly analysis: Analysis | undefined;
  readonly settings: Settings;
}

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'brand'>> = { error: 'danger', warning: 'warning', info: 'brand' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  rataRata: { display: 'flex', flexDirection: 'column' },
  caption: { color: tokens.colorNeutralForeground3 },
  kinds: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  tables: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

/** Counts by severity, the rata-rata capaian with its predikat, and the tables recognized. */
export function SummaryCard({ analysis, settings }: SummaryCardProps): JSX.Element {
  const text = useUiText();
  const styles = useStyles();
  const summary = useMemo(() => (analysis ? summarizeAnalysis(analysis, settings) : undefined), [analysis, settings]);
  return (
    <Card className={styles.card} aria-label={text.summary.heading} data-testid="summary">
      <CardHeader
        header={<Text weight="semibold">{text.summary.heading}</Text>}
        description={summary?.year !== undefined ? <Text size={200} className={styles.caption}>{text.summary.reportYear(summary.year)}</Text> : undefined}
      />
      {!summary && <Text size={200}>{text.summary.notYetChecked}</Text>}
      {summary && (
        <>
          <div className={styles.badges} data-testid="severity-counts">
            {SEVERITIES.map((severity) => (
              <Badge
                key={severity}
                size="large"
                appearance={summary.counts[severity] > 0 ? 'filled' : 'outline'}
                color={summary.counts[severity] > 0 ? BADGE_COLOR[severity] : 'informative'}
              >
                {`${summary.counts[severity]} ${text.severity[severity]}`}
              </Badge>
            ))}
          </div>
          <div className={styles.rataRata} data-testid="rata-rata">
            {summary.rataRata ? (
              <>
                <Text size={400} weight="semibold">
                  {text.summary.rataRata(formatPercentId(summary.rataRata.value), summary.rataRata.predikat)}
                </Text>
                <Text size={200} className={styles.caption}>
                  {text.summary.rataRataFrom(summary.rataRata.cell ? `${summary.rataRata.sheet}!${summary.rataRata.cell}` : summary.rataRata.sheet)}
                </Text>
              </>
            ) : (
              <Text size={200}>{text.summary.noRataRata}</Text>
            )}
          </div>
          {summary.tableCount === 0 ? (
            <Text size={200}>{text.summary.noTables}</Text>
          ) : (
            <Accordion collapsible className={styles.tables}>
              <AccordionItem value="tables">
                <AccordionHeader size="small">{text.summary.tablesRecognized(summary.tableCount)}</AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.kinds}>
                    {summary.kinds.map(({ kind, count }) => (
                      <li key={kind}>
                        <Text size={200}>{text.summary.tableCount(count, text.kindLabel[kind])}</Text>
                      </li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </>
      )}
    </Card>
  );
}
