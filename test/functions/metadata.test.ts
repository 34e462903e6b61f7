// The custom functions metadata: generated from the JSDoc of src/functions/functions.ts exactly as the
// webpack plugin does it, compared with a committed golden file (ids, parameter names, types,
// dimensionality, repeating/optional flags). Any change fails until the golden file is regenerated
// on purpose:  UPDATE_GOLDEN=1 npx jest test/functions/metadata
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as F from '../../src/functions/functions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishMetadata } = require('../../scripts/functions-metadata') as { finishMetadata: (t: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, loadTranslations } = require('../../scripts/build-locale-metadata') as {
  localizeMetadata: (en: string, t: unknown) => { json: string; errors: string[] };
  loadTranslations: () => Record<string, { description: string; parameters: Record<string, string> }>;
};

const ROOT = path.join(__dirname, '..', '..');
const INPUT = path.join(ROOT, 'src', 'functions', 'functions.ts');
const GOLDEN = path.join(__dirname, '__golden__', 'functions.metadata.json');

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

/** What the golden file pins: everything but the descriptions. */
function shape(meta: { functions: Fn[] }) {
  return meta.functions.map((f) => ({
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      type: p.type ?? 'any',
      dimensionality: p.dimensionality ?? 'scalar',
      optional: p.optional ?? false,
      repeating: p.repeating ?? false,
    })),
    result: { type: f.result.type ?? 'any', dimensionality: f.result.dimensionality ?? 'scalar' },
  }));
}

const CJK = /[\u4e00-\u9fff]/;

let en: { functions: Fn[] };
let enText: string;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(INPUT, false);
  // The generator exits 0 even for an invalid id: its errors array is the real verdict.
  expect(result.errors).toEqual([]);
  enText = finishMetadata(result.metadataJson); // what webpack.config.js emits as functions.json
  en = JSON.parse(enText);
}, 60_000);

test('metadata matches the golden file', () => {
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, JSON.stringify(shape(en), null, 2) + '\n');
  const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8'));
  expect(shape(en)).toEqual(golden);
});

test('ids are ASCII upper case, names equal ids, and each is exported under its lower-case id', () => {
  const ids = en.functions.map((f) => f.id);
  expect(ids).toEqual(['MINIMUMS', 'SCORE', 'GRADE', 'POINTS', 'QUOTA', 'ALLOWANCE', 'WEEK']);
  for (const f of en.functions) {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(f.name).toBe(f.id);
    expect(typeof (F as Record<string, unknown>)[f.id.toLowerCase()]).toBe('function');
    expect(f.description.length).toBeGreaterThan(10);
    for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(5);
  }
});

test('the tables of MINIMUMS/SCORE/GRADE are one repeating matrix parameter', () => {
  for (const id of ['MINIMUMS', 'SCORE', 'GRADE']) {
    const f = en.functions.find((x) => x.id === id) as Fn;
    expect(f.parameters).toHaveLength(1);
    expect(f.parameters[0]).toMatchObject({ name: 'tables', dimensionality: 'matrix', repeating: true });
  }
  expect(en.functions.find((x) => x.id === 'MINIMUMS')?.result.dimensionality).toBe('matrix');
  expect(en.functions.find((x) => x.id === 'QUOTA')?.result.dimensionality).toBe('matrix');
});

test('error and data-type cells reach every table parameter (top-level flags, in both locales)', () => {
  // docs/excel/custom-functions-json.md: allowErrorForDataTypeAny is a top-level property that applies
  // to every parameter of type any; the generator does not emit it, the build adds it.
  const zh = JSON.parse(localizeMetadata(enText, loadTranslations()).json);
  for (const m of [en, zh] as Array<Record<string, unknown>>) {
    expect(m.allowErrorForDataTypeAny).toBe(true);
    expect(m.allowCustomDataForDataTypeAny).toBe(true);
  }
  const tableParams = en.functions.flatMap((f) => f.parameters.filter((p) => p.dimensionality === 'matrix'));
  expect(tableParams.map((p) => p.type ?? 'any')).toEqual(tableParams.map(() => 'any'));
});

test('zh-CN metadata: identical ids, names, types and order; Chinese descriptions everywhere', () => {
  const { json, errors } = localizeMetadata(enText, loadTranslations());
  expect(errors).toEqual([]);
  const zh = JSON.parse(json) as { functions: Fn[] };
  expect(shape(zh)).toEqual(shape(en));
  for (const f of zh.functions) {
    expect(f.description).toMatch(CJK);
    for (const p of f.parameters) expect(p.description).toMatch(CJK);
  }
  // Everything but descriptions is byte-for-byte the English file.
  const strip = (m: { functions: Fn[] }) =>
    JSON.stringify({
      ...m,
      functions: m.functions.map((f) => ({
        ...f,
        description: '',
        parameters: f.parameters.map((p) => ({ ...p, description: '' })),
      })),
    });
  expect(strip(zh)).toBe(strip(en));
});

test('a missing or stale translation is an error, so no function ships without Chinese text', () => {
  const t = loadTranslations();
  const missing = { ...t, WEEK: { ...t.WEEK, parameters: { date: t.WEEK.parameters.date } } };
  expect(localizeMetadata(enText, missing).errors).toEqual(['zh-CN: no Chinese description for WEEK(semesterStart)']);
  const stale = { ...t, OLD: { description: '旧函数', parameters: {} } };
  expect(localizeMetadata(enText, stale).errors).toEqual([
    'zh-CN: no function OLD in the metadata (stale translation)',
  ]);
});
