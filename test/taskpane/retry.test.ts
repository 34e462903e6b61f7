// The pane's own reads survive InvalidOperationInCellEditMode (TOOLING "The real host"; the in-memory
// Excel refuses `cellEditSyncs` whole batches as Excel does while a user is typing in a cell): the
// read waits and tries again, and after too many refusals says in Chinese what to do.
import * as office from '../../src/excel';
import { excelDoc } from '../../src/taskpane/session/doc';
import { CELL_EDIT_MESSAGE } from '../../src/taskpane/session/retry';
import { FakeExcel } from '../support/fake-excel';

let fake: FakeExcel;
beforeEach(async () => {
  fake = new FakeExcel([{ name: 'Sheet1' }]);
  await office.ensure(fake.ctx, { className: '会计2301' });
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.ctx),
  };
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

/** Runs `p` to the end, letting the retry's waits pass on the fake clock. */
async function settle<T>(p: Promise<T>): Promise<{ value?: T; error?: Error }> {
  const out: { value?: T; error?: Error } = {};
  let done = false;
  p.then(
    (v) => ((out.value = v), (done = true)),
    (e: Error) => ((out.error = e), (done = true)),
  );
  for (let i = 0; i < 100 && !done; i++) await jest.advanceTimersByTimeAsync(500);
  return out;
}

test('two refused syncs: the read waits, tries again and returns the workbook', async () => {
  const s0 = fake.stats.syncs;
  const want = await office.read(fake.ctx);
  const readSyncs = fake.stats.syncs - s0;
  const s1 = fake.stats.syncs;
  fake.cellEditSyncs = 2;
  const got = await settle(excelDoc().read());
  expect(got.error).toBeUndefined();
  expect(got.value!.raw).toEqual(want.raw);
  // Two refused attempts (one sync each), then one whole read.
  expect(fake.stats.syncs - s1).toBe(2 + readSyncs);
});

test('more refusals than tries: the Chinese message that says what to do', async () => {
  fake.cellEditSyncs = 10;
  const got = await settle(excelDoc().read());
  expect(got.value).toBeUndefined();
  expect(got.error?.message).toBe(CELL_EDIT_MESSAGE);
  expect(got.error?.message).toMatch(/Enter 或 Esc/);
  // It gave up after its tries (3), leaving the remaining refusals unspent.
  expect(fake.cellEditSyncs).toBe(7);
});
