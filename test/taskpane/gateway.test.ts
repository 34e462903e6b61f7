// 添加记录 and 撤销 through the pane's gateway module: in Excel (the in-memory Excel counts syncs) and in
// an exceljs workbook held in memory (stand-alone mode).
import * as office from '../../src/excel';
import type { RecordInput } from '../../src/records/schema';
import { dayFromYMD } from '../../src/rules/days';
import { appendInExcel, appendInMemory, removeInExcel, removeInMemory } from '../../src/taskpane/gateway';
import { createWorkbook, read } from '../../src/xlsx';
import { FakeExcel } from '../support/fake-excel';

const talk = (name: string, minutes = 10): RecordInput => ({
  names: name,
  date: { day: dayFromYMD(2026, 9, 15) },
  place: '办公室',
  minutes,
  content: '学习情况',
});

let fake: FakeExcel;
beforeEach(async () => {
  fake = new FakeExcel([{ name: 'Sheet1' }]);
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.ctx),
  };
  await office.ensure(fake.ctx, {});
});
afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

const talkRows = () => fake.grid('谈心记录', 'A4:F8').filter((r) => r.some((v) => v !== ''));

describe('in Excel', () => {
  test('添加记录 takes at most 2 syncs and numbers the row', async () => {
    fake.resetStats();
    const { row } = await appendInExcel('talks', talk('张伟'));
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(row).toBe(4);
    expect(talkRows()).toEqual([[1, '张伟', expect.any(Number), '办公室', 10, '学习情况']]);
  });

  test('撤销 removes exactly the pane’s last row, in 2 syncs, and keeps earlier rows', async () => {
    await appendInExcel('talks', talk('张伟'));
    const second = await appendInExcel('talks', talk('李娜', 6));
    expect(talkRows()).toHaveLength(2);
    fake.resetStats();
    expect(await removeInExcel('talks', second.row, talk('李娜', 6))).toEqual({ removed: true });
    expect(fake.stats.syncs).toBe(2);
    expect(talkRows().map((r) => r[1])).toEqual(['张伟']);
    expect(fake.dump().tables.find((t) => t.name === '谈心记录表')?.range).toBe('A3:F4');
  });

  test('撤销 of the only row empties it and the table keeps its blank row and drop-downs', async () => {
    const before = fake.dump().sheets.find((s) => s.name === '谈心记录')!.validations;
    const { row } = await appendInExcel('talks', talk('张伟'));
    expect(await removeInExcel('talks', row, talk('张伟'))).toEqual({ removed: true });
    expect(talkRows()).toEqual([]);
    expect(fake.dump().tables.find((t) => t.name === '谈心记录表')?.range).toBe('A3:F4');
    expect(fake.dump().sheets.find((s) => s.name === '谈心记录')!.validations).toEqual(before);
  });

  test('a row the user changed since is not removed, and the message says why', async () => {
    const { row } = await appendInExcel('talks', talk('张伟'));
    fake.seedSheet({ name: '谈心记录', cells: { [`E${row}`]: 25 } });
    const r = await removeInExcel('talks', row, talk('张伟'));
    expect(r.removed).toBe(false);
    expect(r).toMatchObject({ reason: expect.stringContaining('已被修改') });
    expect(talkRows()).toHaveLength(1);
  });

  test('a row added after ours is never removed by 撤销', async () => {
    const ours = await appendInExcel('talks', talk('张伟'));
    await appendInExcel('talks', talk('李娜'));
    const r = await removeInExcel('talks', ours.row, talk('张伟'));
    expect(r.removed).toBe(false);
    expect(talkRows()).toHaveLength(2);
  });
});

describe('in memory (stand-alone)', () => {
  test('添加记录 then 撤销 leaves the records as they were', async () => {
    const wb = await createWorkbook({ semesterStart: dayFromYMD(2026, 9, 7) });
    await appendInMemory(wb, 'talks', talk('张伟'));
    const before = read(wb).raw.tables.talks!.values;
    const { row } = await appendInMemory(wb, 'talks', talk('李娜'));
    expect(read(wb).raw.tables.talks!.values).toHaveLength(3);
    expect(await removeInMemory(wb, 'talks', row, talk('李娜'))).toEqual({ removed: true });
    expect(read(wb).raw.tables.talks!.values).toEqual(before);
  });

  test('a changed row is kept', async () => {
    const wb = await createWorkbook({});
    const { row } = await appendInMemory(wb, 'talks', talk('张伟'));
    wb.getWorksheet('谈心记录')!.getCell(`F${row}`).value = '改过的内容';
    expect((await removeInMemory(wb, 'talks', row, talk('张伟'))).removed).toBe(false);
    expect(read(wb).raw.tables.talks!.values).toHaveLength(2);
  });
});
