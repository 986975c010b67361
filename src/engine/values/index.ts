export type { Assumption, ColumnExpectation, GradeScale, MissingReason, ParsedValue } from './types';
export { parseCell } from './parse-cell';
export { parseText } from './parse-text';
export { parseNumberText } from './parse-number-text';
export type { NumberReading } from './parse-number-text';
export { commonRanks, compareGrades, gradeIn, gradeRank, readGrade, scaleSize } from './grades';
export type { CommonRanks, GradeReading } from './grades';
export { isMoneyFormat, isPercentFormat } from './num-format';
