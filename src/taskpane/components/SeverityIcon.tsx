import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Severity } from '../../engine/check/codes';
import { useUiText } from '../i18n/ui-text';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  icon: { fontSize: '16px', flexShrink: 0 },
});

/** Red circle, orange triangle, blue i: one per severity, named for screen readers. */
export function SeverityIcon({ severity }: { readonly severity: Severity }): JSX.Element {
  const styles = useStyles();
  const label = useUiText().severity[severity];
  const className = mergeClasses(styles.icon, styles[severity]);
  const Icon = severity === 'error' ? ErrorCircleFilled : severity === 'warning' ? WarningFilled : InfoFilled;
  return <Icon className={className} aria-label={label} role="img" />;
}
