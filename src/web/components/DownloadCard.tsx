import { Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useUiText } from '../../taskpane/i18n/ui-text';

export interface DownloadCardProps {
  readonly recalcName: string | undefined;
  readonly e81Name: string | undefined;
  readonly onDownloadRecalc: () => void;
  readonly onDownloadE81: () => void;
}

const useStyles = makeStyles({
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The recalculated workbook and the E.81, offered once they exist. */
export function DownloadCard({ recalcName, e81Name, onDownloadRecalc, onDownloadE81 }: DownloadCardProps): JSX.Element {
  const text = useUiText().page;
  const styles = useStyles();
  return (
    <Card aria-label={text.downloadsHeading}>
      <CardHeader header={<Text weight="semibold">{text.downloadsHeading}</Text>} />
      <div className={styles.buttons}>
        <Button appearance={recalcName ? 'primary' : 'secondary'} icon={<ArrowDownloadRegular />} disabled={!recalcName} title={recalcName} onClick={onDownloadRecalc}>
          {text.downloadRecalc}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={!e81Name} title={e81Name} onClick={onDownloadE81}>
          {text.downloadE81}
        </Button>
      </div>
      {!recalcName && !e81Name && (
        <Text size={200} className={styles.hint}>
          {text.downloadHint}
        </Text>
      )}
    </Card>
  );
}
