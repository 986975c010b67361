import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { PaneState } from '../state/pane-state';
import { useUiText } from '../i18n/ui-text';

export interface StatusAreaProps {
  readonly state: Pick<PaneState, 'busy' | 'error' | 'notice'>;
  readonly onDismissError: () => void;
  readonly onDismissNotice: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  technical: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, wordBreak: 'break-word' },
  details: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, maxHeight: '12em', overflowY: 'auto' },
  body: { whiteSpace: 'normal' },
});

/** Progress while the host works; afterwards what happened, or what went wrong in plain words. */
export function StatusArea({ state, onDismissError, onDismissNotice }: StatusAreaProps): JSX.Element | null {
  const text = useUiText();
  const styles = useStyles();
  const { busy, error, notice } = state;
  if (!busy && !error && !notice) return null;
  return (
    <div className={styles.root}>
      {busy && (
        <div className={styles.progress} role="status" aria-live="polite" data-testid="progress">
          <Text size={200}>{busy.progress?.message ?? text.working[busy.action]}</Text>
          <ProgressBar value={busy.progress?.fraction} thickness="large" aria-label={text.working[busy.action]} />
        </div>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody className={styles.body}>
            {error.text}
            {error.technical && (
              <Text size={100} className={styles.technical}>
                {error.technical}
              </Text>
            )}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={text.errors.dismiss} icon={<DismissRegular />} onClick={onDismissError} />} />
        </MessageBar>
      )}
      {notice && !busy && (
        <MessageBar intent={notice.intent} layout="multiline" role="status">
          <MessageBarBody className={styles.body}>
            {notice.text}
            {notice.details && notice.details.length > 0 && (
              <ul className={styles.details}>
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={text.errors.dismiss} icon={<DismissRegular />} onClick={onDismissNotice} />} />
        </MessageBar>
      )}
    </div>
  );
}
