import { Button, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { Polaritas } from '../../engine/settings/types';
import { useUiText } from '../i18n/ui-text';
import type { PolaritasDraft } from '../settings/settings-draft';

export interface PolaritasEditorProps {
  readonly entries: readonly PolaritasDraft[];
  readonly onChange: (entries: readonly PolaritasDraft[]) => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', marginBottom: tokens.spacingVerticalXS },
  name: { flexGrow: 1, minWidth: 0 },
  select: { width: '8.5em', flexShrink: 0 },
});

/** Per-indicator polarity overrides: an indicator name and whether lower is better. */
export function PolaritasEditor({ entries, onChange }: PolaritasEditorProps): JSX.Element {
  const text = useUiText().settings;
  const styles = useStyles();
  const update = (index: number, change: Partial<PolaritasDraft>): void => onChange(entries.map((e, i) => (i === index ? { ...e, ...change } : e)));
  return (
    <div>
      {entries.map((entry, index) => (
        <div className={styles.row} key={index}>
          <Input
            className={styles.name}
            size="small"
            aria-label={`${text.indicatorName} ${index + 1}`}
            placeholder={text.indicatorName}
            value={entry.name}
            onChange={(_e, data) => update(index, { name: data.value })}
          />
          <Select
            className={styles.select}
            size="small"
            aria-label={text.polaritas}
            value={entry.polaritas}
            onChange={(_e, data) => update(index, { polaritas: data.value as Polaritas })}
          >
            <option value="negatif">{text.polaritasNegatif}</option>
            <option value="positif">{text.polaritasPositif}</option>
          </Select>
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={text.removeIndicator(entry.name)}
            onClick={() => onChange(entries.filter((_e, i) => i !== index))}
          />
        </div>
      ))}
      <Button size="small" appearance="subtle" icon={<AddRegular />} onClick={() => onChange([...entries, { name: '', polaritas: 'negatif' }])}>
        {text.addIndicator}
      </Button>
    </div>
  );
}
