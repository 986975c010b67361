import { Button, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { BOUND_COMPARATORS, type BoundComparator } from '../../engine/settings/types';
import { useUiText } from '../i18n/ui-text';
import type { BandDraft } from '../settings/settings-draft';

export interface ScaleEditorProps {
  readonly bands: readonly BandDraft[];
  /** Presets are shown, not edited. */
  readonly editable: boolean;
  readonly onChange: (bands: readonly BandDraft[]) => void;
}

const COMPARATOR_TEXT: Readonly<Record<BoundComparator, string>> = { '>': '>', '>=': '≥' };

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS}` },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'middle' },
  comparator: { minWidth: '4.5em' },
  bound: { width: '5.5em' },
  caption: { captionSide: 'bottom', textAlign: 'left', color: tokens.colorNeutralForeground3, paddingTop: tokens.spacingVerticalXXS },
});

/** The bands of the predikat scale, top first; the custom scale can be edited band by band. */
export function ScaleEditor({ bands, editable, onChange }: ScaleEditorProps): JSX.Element {
  const text = useUiText().settings;
  const styles = useStyles();
  const update = (index: number, change: Partial<BandDraft>): void => onChange(bands.map((b, i) => (i === index ? { ...b, ...change } : b)));
  const last = bands.length - 1;
  return (
    <div>
      <table className={styles.table} data-testid="scale-bands">
        <caption className={styles.caption}>{text.bandsCaption}</caption>
        <thead>
          <tr>
            <th className={styles.th}>{text.bandComparator}</th>
            <th className={styles.th}>{text.bandBound}</th>
            <th className={styles.th}>{text.bandLabel}</th>
            {editable && <th className={styles.th} />}
          </tr>
        </thead>
        <tbody>
          {bands.map((band, index) => (
            <tr key={index}>
              {index === last ? (
                <td className={styles.td} colSpan={2}>
                  <Text size={200}>{text.bandBelowRest}</Text>
                </td>
              ) : editable ? (
                <>
                  <td className={styles.td}>
                    <Select
                      className={styles.comparator}
                      size="small"
                      aria-label={`${text.bandComparator} ${index + 1}`}
                      value={band.comparator}
                      onChange={(_e, data) => update(index, { comparator: data.value as BoundComparator })}
                    >
                      {BOUND_COMPARATORS.map((c) => (
                        <option key={c} value={c}>
                          {COMPARATOR_TEXT[c]}
                        </option>
                      ))}
                    </Select>
                  </td>
                  <td className={styles.td}>
                    <Input
                      className={styles.bound}
                      size="small"
                      inputMode="decimal"
                      aria-label={`${text.bandBound} ${index + 1}`}
                      value={band.bound}
                      onChange={(_e, data) => update(index, { bound: data.value })}
                    />
                  </td>
                </>
              ) : (
                <>
                  <td className={styles.td}>{COMPARATOR_TEXT[band.comparator]}</td>
                  <td className={styles.td}>{band.bound}</td>
                </>
              )}
              <td className={styles.td}>
                {editable ? (
                  <Input size="small" aria-label={`${text.bandLabel} ${index + 1}`} value={band.label} onChange={(_e, data) => update(index, { label: data.value })} />
                ) : (
                  band.label
                )}
              </td>
              {editable && (
                <td className={styles.td}>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={text.removeBand(band.label)}
                    disabled={bands.length <= 2}
                    onClick={() => onChange(bands.filter((_b, i) => i !== index))}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <Button
          size="small"
          appearance="subtle"
          icon={<AddRegular />}
          onClick={() => onChange([...bands.slice(0, last), { label: '', comparator: '>', bound: '' }, ...bands.slice(last)])}
        >
          {text.addBand}
        </Button>
      )}
    </div>
  );
}
