/**
 * functions.ts against a stand-in for Office's `CustomFunctions` global: it associates every
 * id, returns plain numbers and strings, and throws `CustomFunctions.Error` with the code and
 * Indonesian message of the pure module's result.
 */
class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

const associated = new Map<string, unknown>();
const fake = {
  associate: (id: string, fn: unknown) => associated.set(id, fn),
  Error: FakeCustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};

type Functions = typeof import('../../src/functions/functions');
let functions: Functions;

beforeAll(async () => {
  (globalThis as Record<string, unknown>).CustomFunctions = fake;
  functions = await import('../../src/functions/functions');
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

test('associates the six ids with the exported functions', () => {
  expect([...associated.keys()]).toEqual(['CAPAIAN', 'KEMAJUAN', 'SERAPAN', 'EFISIENSI', 'PREDIKAT', 'NILAI']);
  expect(associated.get('PREDIKAT')).toBe(functions.predikatNilai);
  expect(associated.get('CAPAIAN')).toBe(functions.capaian);
});

test('returns values, throws #VALUE! and #N/A as CustomFunctions.Error with a message', () => {
  expect(functions.capaian(5, 3, 'negatif')).toBe(140);
  expect(functions.predikatNilai(100, 'lkjip-4')).toBe('Baik');
  expect(functions.nilai('81,10 (A)')).toBe(81.1);
  const thrown = (run: () => unknown): FakeCustomFunctionsError => {
    try {
      run();
    } catch (e) {
      return e as FakeCustomFunctionsError;
    }
    throw new Error('no error thrown');
  };
  const missing = thrown(() => functions.capaian('', 5));
  expect(missing).toBeInstanceOf(FakeCustomFunctionsError);
  expect([missing.code, missing.message]).toEqual(['#N/A', expect.stringContaining('target')]);
  const junk = thrown(() => functions.serapan('abc', 5));
  expect([junk.code, junk.message]).toEqual(['#VALUE!', expect.stringContaining('pagu')]);
});
