import { Button, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { ArrowUndoRegular, CalculatorRegular, DocumentSearchRegular, DocumentTableRegular, TableAddRegular } from '@fluentui/react-icons';
import { useUiText } from '../i18n/ui-text';

export interface ActionBarProps {
  readonly busy: boolean;
  readonly canUndo: boolean;
  /** False where there is no workbook yet (the page before a file is opened). */
  readonly ready?: boolean;
  readonly onRecalc: () => void;
  readonly onCheck: () => void;
  readonly onBuildE81: () => void;
  readonly onUndo: () => void;
  readonly onInsertTemplate: () => void;
}

const useStyles = makeStyles({
  main: { display: 'flex', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  more: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** Hitung Ulang first and largest, Periksa beside it, the other actions as a row of subtle buttons. */
export function ActionBar(props: ActionBarProps): JSX.Element {
  const text = useUiText();
  const styles = useStyles();
  const disabled = props.busy || props.ready === false;
  return (
    <div role="group" aria-label={text.title}>
      <div className={styles.main}>
        <Tooltip content={text.actionHints.recalc} relationship="description">
          <Button className={styles.grow} appearance="primary" icon={<CalculatorRegular />} disabled={disabled} onClick={props.onRecalc}>
            {text.actions.recalc}
          </Button>
        </Tooltip>
        <Tooltip content={text.actionHints.check} relationship="description">
          <Button className={styles.grow} icon={<DocumentSearchRegular />} disabled={disabled} onClick={props.onCheck}>
            {text.actions.check}
          </Button>
        </Tooltip>
      </div>
      <div className={styles.more}>
        <Tooltip content={text.actionHints.buildE81} relationship="description">
          <Button appearance="subtle" size="small" icon={<DocumentTableRegular />} disabled={disabled} onClick={props.onBuildE81}>
            {text.actions.buildE81}
          </Button>
        </Tooltip>
        <Tooltip content={text.actionHints.undo} relationship="description">
          <Button appearance="subtle" size="small" icon={<ArrowUndoRegular />} disabled={disabled || !props.canUndo} onClick={props.onUndo}>
            {text.actions.undo}
          </Button>
        </Tooltip>
        <Tooltip content={text.actionHints.insertTemplate} relationship="description">
          <Button appearance="subtle" size="small" icon={<TableAddRegular />} disabled={disabled} onClick={props.onInsertTemplate}>
            {text.actions.insertTemplate}
          </Button>
        </Tooltip>
      </div>
    </div>
  );
}
