import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { useUiText } from '../../taskpane/i18n/ui-text';
import type { OpenedFile } from '../web-host';

export interface FilePickerProps {
  readonly opened: OpenedFile | undefined;
  /** The instansi and year of the open workbook, when known. */
  readonly subtitle?: string;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
}

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  input: { display: 'none' },
  hint: { color: tokens.colorNeutralForeground3 },
  opened: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', marginLeft: 'auto', minWidth: 0 },
  fileLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, maxWidth: '100%' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/** "Buka berkas .xlsx", or drop the file on the zone. The file is read in the browser only. */
export function FilePicker({ opened, subtitle, busy, onFile }: FilePickerProps): JSX.Element {
  const text = useUiText().page;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const take = (files: FileList | null): void => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    if (!busy) take(event.dataTransfer.files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          take(event.currentTarget.files);
          // Picking the same file again after a change must still reload it.
          event.currentTarget.value = '';
        }}
      />
      <Button appearance="primary" size="large" icon={<FolderOpenRegular />} disabled={busy} onClick={() => input.current?.click()}>
        {text.openFile}
      </Button>
      <Text className={styles.hint}>{dragging ? text.dropHere : text.dropHint}</Text>
      {opened && (
        <span className={styles.opened}>
          <span className={styles.fileLine} data-testid="opened-file">
            <DocumentTableRegular />
            <Text weight="semibold" className={styles.name}>
              {text.fileLoaded(opened.name, (opened.size / 1024).toLocaleString('id-ID', { maximumFractionDigits: 0 }))}
            </Text>
          </span>
          {subtitle && (
            <Text size={200} className={styles.hint}>
              {subtitle}
            </Text>
          )}
        </span>
      )}
    </div>
  );
}
