// Builds RawWorkbook values from header + rows arrays, laid out as the gateways lay them out.
import { HEADER_ROW, TABLES, type RawTable, type RawWorkbook, type TableKey } from '../../src/records';

export function table(key: TableKey, header: unknown[], rows: unknown[][], headerRow = HEADER_ROW): RawTable {
  return {
    key,
    name: TABLES[key].table,
    sheet: TABLES[key].sheet,
    headerRow,
    values: [header, ...rows],
    source: 'table',
  };
}

/** The schema's own header of a table. */
export function headerOf(key: TableKey): string[] {
  return TABLES[key].columns.map((c) => c.header);
}

/** A row from an object keyed by header text; columns not given are blank. */
export function rowOf(key: TableKey, cells: Record<string, unknown>): unknown[] {
  return headerOf(key).map((h) => (h in cells ? cells[h] : ''));
}

export function settingsTable(entries: Record<string, unknown>): RawTable {
  return table(
    'settings',
    ['项目', '值'],
    Object.entries(entries).map(([k, v]) => [k, v]),
  );
}

export const DEFAULT_SETTINGS = {
  模板版本: 1,
  班级: '会计2301',
  班主任: '李老师',
  学年度: '2026-2027',
  学期: 1,
  学期开始日期: '2026-09-07',
};

export const ROSTER = [
  { 学号: '2023001', 姓名: '张三', 宿舍: '1-101' },
  { 学号: '2023002', 姓名: '李四', 宿舍: '1-101' },
  { 学号: '2023003', 姓名: '艾力·买买提', 宿舍: '1-102' },
  { 学号: 2023004, 姓名: '王五', 宿舍: '2-201' },
  { 学号: '2023005', 姓名: '王五', 宿舍: '2-201' },
  { 学号: '2023006', 姓名: '赵六', 宿舍: '3号楼 301' },
];

export function rosterTable(students: Array<Record<string, unknown>> = ROSTER): RawTable {
  return table(
    'roster',
    headerOf('roster'),
    students.map((s) => rowOf('roster', s)),
  );
}

/** A workbook with settings and roster, plus the given tables (key → rows as objects by header). */
export function workbook(
  tables: Partial<Record<TableKey, Array<Record<string, unknown>> | RawTable>> = {},
  opts: {
    settings?: Record<string, unknown> | null;
    roster?: Array<Record<string, unknown>> | null;
    date1904?: boolean;
  } = {},
): RawWorkbook {
  const raw: RawWorkbook = { tables: {}, date1904: opts.date1904 ?? false };
  if (opts.settings !== null) raw.tables.settings = settingsTable(opts.settings ?? DEFAULT_SETTINGS);
  if (opts.roster !== null) raw.tables.roster = rosterTable(opts.roster ?? ROSTER);
  for (const [key, v] of Object.entries(tables) as Array<[TableKey, Array<Record<string, unknown>> | RawTable]>) {
    raw.tables[key] = Array.isArray(v)
      ? table(
          key,
          headerOf(key),
          v.map((r) => rowOf(key, r)),
        )
      : v;
  }
  return raw;
}

export const MEETING = {
  编号: 1,
  类型: '班会',
  主题: '开学第一课',
  日期: '2026-09-08',
  地点: '教学楼301',
  主持人: '张三',
  记录人: '李四',
  应到人数: 6,
  实到人数: 6,
  会议内容: '安全教育',
};
export const TALK = { 序号: 1, 姓名: '张三', 日期: '2026-09-10', 地点: '办公室', '时长（分钟）': 10, 谈心内容: '学习' };
export const INTERVIEW = {
  编号: 1,
  学生姓名: '李四',
  日期: '2026-09-11',
  地点: '办公室',
  谈话人: '李老师',
  记录人: '李老师',
  关照类型: '学习困难',
  谈话内容: '学习计划',
  谈话结论: '按时交作业',
};
export const ACTIVITY = {
  编号: 1,
  活动名称: '志愿服务',
  活动类型: '志愿服务',
  日期: '2026-10-01',
  地点: '社区',
  组织单位: '团支部',
  负责人: '张三',
  活动内容及意义: '服务社区',
  效果评价及建议: '良好',
};
export const DORM_VISIT = { 次数: 1, 日期: '2026-09-09', 走访宿舍: '1-101', 事由: '检查卫生' };
export const PARENT_CONTACT = {
  序号: 1,
  学生姓名: '张三',
  日期: '2026-09-20',
  家长姓名: '张父',
  联系方式: '电话',
  事由: '节假日离校',
  结果: '已知悉',
};
