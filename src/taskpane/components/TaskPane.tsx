import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { LkjipHost } from '../host';
import { usePaneController } from '../state/use-pane-controller';
import { ActionBar } from './ActionBar';
import { LkjipTheme } from './LkjipTheme';
import { PaneHeader } from './PaneHeader';
import { SettingsDrawer } from './SettingsDrawer';
import { StatusArea } from './StatusArea';
import { SummaryCard } from './SummaryCard';
import { WarningList } from './WarningList';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The Excel task pane, top to bottom: title, actions, progress or outcome, summary, findings. */
export function TaskPane({ host }: { readonly host: LkjipHost }): JSX.Element {
  const controller = usePaneController(host);
  const { state, messages } = controller;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const styles = useStyles();
  return (
    <LkjipTheme messages={messages}>
      <main className={styles.pane}>
        <PaneHeader
          title={messages.title}
          subtitle={messages.subtitle(state.settings.instansi, state.analysis?.year ?? state.settings.tahun) || undefined}
          onOpenSettings={() => setSettingsOpen(true)}
        />
        <ActionBar
          busy={state.busy !== undefined}
          canUndo={state.canUndo}
          onRecalc={() => void controller.recalc()}
          onCheck={() => void controller.check()}
          onBuildE81={() => void controller.buildE81()}
          onUndo={() => void controller.undo()}
          onInsertTemplate={() => void controller.insertTemplate()}
        />
        <StatusArea state={state} onDismissError={controller.dismissError} onDismissNotice={controller.dismissNotice} />
        <SummaryCard analysis={state.analysis} settings={state.settings} />
        {state.analysis && <WarningList warnings={state.analysis.warnings} tables={state.analysis.tables} onSelect={(w) => void controller.showCell(w)} />}
        <SettingsDrawer
          open={settingsOpen}
          settings={state.settings}
          busy={state.busy !== undefined}
          onClose={() => setSettingsOpen(false)}
          onSave={(settings) => {
            setSettingsOpen(false);
            void controller.saveSettings(settings);
          }}
        />
      </main>
    </LkjipTheme>
  );
}
