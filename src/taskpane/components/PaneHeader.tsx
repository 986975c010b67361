import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { useUiText } from '../i18n/ui-text';

export interface PaneHeaderProps {
  readonly title: string;
  readonly subtitle?: string;
  readonly onOpenSettings: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

export function PaneHeader({ title, subtitle, onOpenSettings }: PaneHeaderProps): JSX.Element {
  const text = useUiText();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{title}</h1>
        {subtitle && (
          <Text size={200} className={styles.subtitle}>
            {subtitle}
          </Text>
        )}
      </div>
      <Button appearance="subtle" icon={<SettingsRegular />} onClick={onOpenSettings}>
        {text.settings.open}
      </Button>
    </header>
  );
}
