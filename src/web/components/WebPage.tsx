import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SettingsRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseA1 } from '../../engine/workbook/a1';
import { ActionBar } from '../../taskpane/components/ActionBar';
import { LkjipTheme } from '../../taskpane/components/LkjipTheme';
import { SettingsDrawer } from '../../taskpane/components/SettingsDrawer';
import { StatusArea } from '../../taskpane/components/StatusArea';
import { SummaryCard } from '../../taskpane/components/SummaryCard';
import { WarningList } from '../../taskpane/components/WarningList';
import { usePaneController } from '../../taskpane/state/use-pane-controller';
import { offerDownload } from '../download';
import { downloadName, type DownloadKind } from '../file-names';
import { regionOfCell, regionOfTable, warnedCells, type PreviewRegion } from '../preview-region';
import { readFileBytes } from '../read-file';
import type { WebHost } from '../web-host';
import { DownloadCard } from './DownloadCard';
import { FilePicker } from './FilePicker';
import { TableList } from './TableList';
import { TablePreview } from './TablePreview';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`, boxSizing: 'border-box' },
  frame: { maxWidth: '1400px', margin: '0 auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  intro: { maxWidth: '60em', marginTop: tokens.spacingVerticalXS },
  privacy: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1, marginTop: tokens.spacingVerticalXS },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(320px, 420px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

interface Focus {
  readonly region: PreviewRegion;
  readonly cell?: { readonly row: number; readonly col: number };
}

/**
 * The standalone page: the task pane's own components around an .xlsx held in the browser, with a
 * file picker, the recognized tables and a preview of their cells, and the downloads.
 */
export function WebPage({ host }: { readonly host: WebHost }): JSX.Element {
  const controller = usePaneController(host);
  const { state, messages } = controller;
  const styles = useStyles();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [focus, setFocus] = useState<Focus | undefined>(undefined);
  const analysis = state.analysis;
  const tables = useMemo(() => analysis?.tables ?? [], [analysis]);
  const warned = useMemo(() => warnedCells(analysis?.warnings ?? []), [analysis]);

  useEffect(
    () =>
      host.onShowCell((target) => {
        const region = regionOfCell(tables, target.sheet, target.cell);
        const cell = parseA1(target.cell);
        if (region) setFocus({ region, ...(cell ? { cell } : {}) });
      }),
    [host, tables],
  );

  const openFile = useCallback(
    (file: File) =>
      void controller.perform('openFile', async (onProgress) => {
        onProgress({ message: messages.hostProgress.reading });
        host.open(await readFileBytes(file), file.name);
        setFocus(undefined);
        const settings = await host.loadSettings();
        const result = await host.check(settings, onProgress);
        const text = messages.outcome.checked(result.warnings.length);
        return { settings, analysis: result, notice: { intent: result.warnings.length === 0 ? 'success' : 'info', text } };
      }),
    [controller, host, messages],
  );

  const download = (kind: DownloadKind): void => {
    const bytes = host.download(kind);
    const file = host.openedFile();
    if (bytes && file) offerDownload(bytes, downloadName(file.name, kind));
  };
  const file = host.openedFile();
  const workbook = host.workbook();
  const busy = state.busy !== undefined;

  return (
    <LkjipTheme messages={messages}>
      <div className={styles.page}>
        <div className={styles.frame}>
          <header className={styles.header}>
            <div>
              <h1 className={styles.title}>{messages.page.title}</h1>
              <Text as="p" className={styles.intro}>
                {messages.page.intro}
              </Text>
              <Text as="p" size={200} className={styles.privacy}>
                <ShieldCheckmarkRegular />
                {messages.page.privacy}
              </Text>
            </div>
            <Button appearance="subtle" icon={<SettingsRegular />} disabled={!file} onClick={() => setSettingsOpen(true)}>
              {messages.settings.open}
            </Button>
          </header>
          <FilePicker
            opened={file}
            subtitle={file ? messages.subtitle(state.settings.instansi, analysis?.year ?? state.settings.tahun) || undefined : undefined}
            busy={busy}
            onFile={openFile}
          />
          <div className={styles.columns}>
            <div className={styles.column}>
              <ActionBar
                busy={busy}
                ready={file !== undefined}
                canUndo={state.canUndo}
                onRecalc={() => void controller.recalc()}
                onCheck={() => void controller.check()}
                onBuildE81={() => void controller.buildE81()}
                onUndo={() => void controller.undo()}
                onInsertTemplate={() => void controller.insertTemplate()}
              />
              <StatusArea state={state} onDismissError={controller.dismissError} onDismissNotice={controller.dismissNotice} />
              {file && <SummaryCard analysis={analysis} settings={state.settings} />}
              {file && (
                <DownloadCard
                  recalcName={host.download('recalc') ? downloadName(file.name, 'recalc') : undefined}
                  e81Name={host.download('e81') ? downloadName(file.name, 'e81') : undefined}
                  onDownloadRecalc={() => download('recalc')}
                  onDownloadE81={() => download('e81')}
                />
              )}
              {analysis && <WarningList warnings={analysis.warnings} tables={analysis.tables} onSelect={(w) => void controller.showCell(w)} />}
            </div>
            <div className={styles.column}>
              {analysis && tables.length > 0 && (
                <section className={styles.column} aria-label={messages.page.tablesHeading}>
                  <h2 className={styles.heading}>{messages.page.tablesHeading}</h2>
                  {focus && workbook && (
                    <TablePreview workbook={workbook} region={focus.region} warned={warned} onClose={() => setFocus(undefined)} {...(focus.cell ? { focus: focus.cell } : {})} />
                  )}
                  <TableList
                    tables={tables}
                    warnings={analysis.warnings}
                    selected={focus?.region.tableIndex}
                    onSelect={(index) => {
                      const region = regionOfTable(tables, index);
                      setFocus(region ? { region } : undefined);
                    }}
                  />
                </section>
              )}
            </div>
          </div>
        </div>
        <SettingsDrawer
          open={settingsOpen}
          size="medium"
          settings={state.settings}
          busy={busy}
          onClose={() => setSettingsOpen(false)}
          onSave={(settings) => {
            setSettingsOpen(false);
            void controller.saveSettings(settings);
          }}
        />
      </div>
    </LkjipTheme>
  );
}
