import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  OverlayDrawer,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../engine/settings/types';
import { useUiText } from '../i18n/ui-text';
import { draftOf, fieldOfError, settingsFromDraft, type DraftField, type SettingsDraft } from '../settings/settings-draft';
import { SettingsForm } from './SettingsForm';

export interface SettingsDrawerProps {
  readonly open: boolean;
  readonly settings: Settings;
  readonly busy: boolean;
  /** `full` in the narrow task pane, `medium` on the page. */
  readonly size?: 'full' | 'medium';
  readonly onSave: (settings: Settings) => void;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  errors: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  errorBar: { marginBottom: tokens.spacingVerticalM },
});

/** Pengaturan: every setting, validated by the engine's own `parseSettings` before it is saved. */
export function SettingsDrawer({ open, settings, busy, size = 'full', onSave, onClose }: SettingsDrawerProps): JSX.Element {
  const text = useUiText().settings;
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<readonly string[]>([]);
  const errorBar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The list of problems is at the top of a long form: bring it into view when Simpan fails.
    if (errors.length > 0) errorBar.current?.scrollIntoView?.({ block: 'start' });
  }, [errors]);

  useEffect(() => {
    if (open) {
      setDraft(draftOf(settings));
      setErrors([]);
    }
  }, [open, settings]);

  const fieldErrors: Partial<Record<DraftField, string>> = {};
  for (const message of errors) {
    const field = fieldOfError(message);
    if (field && !fieldErrors[field]) fieldErrors[field] = message;
  }

  const save = (): void => {
    const result = settingsFromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    onSave(result.settings);
  };

  return (
    <OverlayDrawer open={open} position="end" size={size} onOpenChange={(_e, data) => !data.open && onClose()} aria-label={text.heading}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={text.close} icon={<DismissRegular />} onClick={onClose} />}>
          {text.heading}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {errors.length > 0 && (
          <MessageBar ref={errorBar} intent="error" layout="multiline" className={styles.errorBar} data-testid="settings-errors">
            <MessageBarBody>
              <MessageBarTitle>{text.invalid}</MessageBarTitle>
              <ul className={styles.errors}>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <SettingsForm draft={draft} fieldErrors={fieldErrors} onChange={setDraft} />
      </DrawerBody>
      <DrawerFooter>
        <Button appearance="primary" disabled={busy} onClick={save}>
          {text.save}
        </Button>
        <Button onClick={onClose}>{text.cancel}</Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
