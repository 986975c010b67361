import type { TemplateMessages } from '../../i18n/template-messages';
import type { ExampleValues } from '../example-values';
import { PERCENT_FRACTION_FORMAT, SCORE_FORMAT, WHOLE_PERCENT_FORMAT, type TemplateColumn, type TemplateValue } from '../template-table';

/** What every table module builds from: the report year, the texts and the example's numbers. */
export interface TableContext {
  readonly tahun: number;
  readonly text: TemplateMessages;
  readonly example: ExampleValues;
}

/** A score or index typed with two decimals (87,50). */
export const score = (n: number): TemplateValue => ({ n, fmt: SCORE_FORMAT });

/** A percentage typed as Excel stores `100%` or `98,50%`: the fraction with a percent format. */
export const typedPercent = (points: number): TemplateValue => ({
  n: points / 100,
  fmt: Number.isInteger(points) ? WHOLE_PERCENT_FORMAT : PERCENT_FRACTION_FORMAT,
});

/** A fraction already (0,985) with the percent format it is typed with. */
export const fraction = (n: number): TemplateValue => ({ n, fmt: PERCENT_FRACTION_FORMAT });

export const noColumn = (ctx: TableContext, header: readonly string[] = [ctx.text.headers.no]): TemplateColumn => ({
  key: 'no', header, width: 5, format: 'count',
});

export const sasaranColumn = (ctx: TableContext): TemplateColumn => ({
  key: 'sasaran', header: [ctx.text.headers.sasaran], width: 30, format: 'text',
});

export const indikatorColumn = (ctx: TableContext, label = ctx.text.headers.indikator): TemplateColumn => ({
  key: 'indikator', header: [label], width: 38, format: 'text',
});
