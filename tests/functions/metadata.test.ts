import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

/** functions.json as the webpack build writes it (custom-functions-metadata-plugin runs this generator). */
const FUNCTIONS_FILE = path.resolve(__dirname, '../../src/functions/functions.ts');

interface Parameter {
  name: string;
  optional?: boolean;
  description?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type: string };
}

describe('functions.json generated from the JSDoc of src/functions/functions.ts', () => {
  let functions: FunctionMetadata[];
  let associate: { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
    associate = result.associate;
  }, 60_000);

  test('lists the six functions with their parameters and optional flags', () => {
    const shape = functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.optional === true])]);
    expect(shape).toEqual([
      ['CAPAIAN', 'CAPAIAN', [['target', false], ['realisasi', false], ['polaritas', true], ['batas', true]]],
      ['KEMAJUAN', 'KEMAJUAN', [['target_akhir', false], ['realisasi', false], ['polaritas', true]]],
      ['SERAPAN', 'SERAPAN', [['pagu', false], ['realisasi', false]]],
      ['EFISIENSI', 'EFISIENSI', [['capaian', false], ['pembanding', false]]],
      ['PREDIKAT', 'PREDIKAT', [['nilai', false], ['skala', true]]],
      ['NILAI', 'NILAI', [['teks', false]]],
    ]);
    expect(functions.map((f) => f.result.type)).toEqual(['number', 'number', 'number', 'number', 'string', 'number']);
  });

  test('every function and parameter is described (in Indonesian)', () => {
    for (const f of functions) {
      expect(f.description).toMatch(/\S{3}/);
      for (const p of f.parameters) expect(p.description).toMatch(/\S{3}/);
    }
    expect(functions.find((f) => f.id === 'PREDIKAT')!.parameters[1]!.description).toContain('lkjip-4');
  });

  test('associates each id with its exported function', () => {
    expect(associate.map((a) => [a.id, a.functionName])).toEqual([
      ['CAPAIAN', 'capaian'],
      ['KEMAJUAN', 'kemajuan'],
      ['SERAPAN', 'serapan'],
      ['EFISIENSI', 'efisiensi'],
      ['PREDIKAT', 'predikatNilai'],
      ['NILAI', 'nilai'],
    ]);
  });
});
