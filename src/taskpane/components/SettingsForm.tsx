import { Field, Input, makeStyles, Radio, RadioGroup, Select, Switch, tokens } from '@fluentui/react-components';
import {
  BAHASA,
  BATAS_CAPAIAN,
  MODE_TULIS,
  RUMUS_NEGATIF,
  SCALE_PRESETS,
  type Bahasa,
  type BatasCapaian,
  type ModeTulis,
  type RumusNegatif,
  type ScalePreset,
} from '../../engine/settings/types';
import { useUiText } from '../i18n/ui-text';
import { presetBands, withScale, type DraftField, type SettingsDraft } from '../settings/settings-draft';
import { PolaritasEditor } from './PolaritasEditor';
import { ScaleEditor } from './ScaleEditor';

export interface SettingsFormProps {
  readonly draft: SettingsDraft;
  /** Validation messages per field, from `parseSettings`. */
  readonly fieldErrors: Partial<Record<DraftField, string>>;
  readonly onChange: (draft: SettingsDraft) => void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

function batasFromValue(value: string): BatasCapaian {
  return BATAS_CAPAIAN.find((b) => String(b) === value) ?? 'none';
}

/** Every setting of SPEC §8, as plain form fields. */
export function SettingsForm({ draft, fieldErrors, onChange }: SettingsFormProps): JSX.Element {
  const text = useUiText().settings;
  const styles = useStyles();
  const set = (change: Partial<SettingsDraft>): void => onChange({ ...draft, ...change });
  const state = (field: DraftField): { validationState?: 'error'; validationMessage?: string } =>
    fieldErrors[field] ? { validationState: 'error', validationMessage: fieldErrors[field] } : {};
  return (
    <div className={styles.form}>
      <Field label={text.tahun} hint={text.tahunHint} {...state('tahun')}>
        <Input inputMode="numeric" value={draft.tahun} onChange={(_e, d) => set({ tahun: d.value })} />
      </Field>
      <Field label={text.instansi} {...state('instansi')}>
        <Input value={draft.instansi} onChange={(_e, d) => set({ instansi: d.value })} />
      </Field>
      <Field label={text.skala} {...state('skalaPredikat')}>
        <Select value={draft.skalaPredikat} onChange={(_e, d) => onChange(withScale(draft, d.value as ScalePreset))}>
          {SCALE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {text.presetLabel[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field {...state('bands')}>
        <ScaleEditor
          bands={draft.skalaPredikat === 'custom' ? draft.bands : presetBands(draft.skalaPredikat)}
          editable={draft.skalaPredikat === 'custom'}
          onChange={(bands) => set({ bands })}
        />
      </Field>
      <Field label={text.batasCapaian} {...state('batasCapaian')}>
        <Select value={String(draft.batasCapaian)} onChange={(_e, d) => set({ batasCapaian: batasFromValue(d.value) })}>
          {BATAS_CAPAIAN.map((b) => (
            <option key={b} value={String(b)}>
              {text.batasLabel(b)}
            </option>
          ))}
        </Select>
      </Field>
      <Field {...state('batasBawahNol')}>
        <Switch checked={draft.batasBawahNol} label={text.batasBawahNol} onChange={(_e, d) => set({ batasBawahNol: d.checked })} />
      </Field>
      <Field label={text.rumusNegatif} {...state('rumusNegatif')}>
        <RadioGroup value={draft.rumusNegatif} onChange={(_e, d) => set({ rumusNegatif: d.value as RumusNegatif })}>
          {RUMUS_NEGATIF.map((r) => (
            <Radio key={r} value={r} label={text.rumusLabel[r]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={text.polaritas} hint={text.polaritasHint} {...state('polaritas')}>
        <PolaritasEditor entries={draft.polaritas} onChange={(polaritas) => set({ polaritas })} />
      </Field>
      <Field label={text.toleransi} hint={text.toleransiHint} {...state('toleransi')}>
        <Input inputMode="decimal" value={draft.toleransi} onChange={(_e, d) => set({ toleransi: d.value })} />
      </Field>
      <Field label={text.modeTulis} {...state('modeTulis')}>
        <RadioGroup layout="horizontal" value={draft.modeTulis} onChange={(_e, d) => set({ modeTulis: d.value as ModeTulis })}>
          {MODE_TULIS.map((m) => (
            <Radio key={m} value={m} label={text.modeLabel[m]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={text.bahasa} {...state('bahasa')}>
        <Select value={draft.bahasa} onChange={(_e, d) => set({ bahasa: d.value as Bahasa })}>
          {BAHASA.map((b) => (
            <option key={b} value={b}>
              {text.bahasaLabel[b]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
