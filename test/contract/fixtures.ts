// Inputs shared by the contract suite and the score golden test.
import type { RecordInput, TableKey, TemplateOptions } from '../../src/records/schema';
import { dayFromYMD } from '../../src/rules/days';

export const OPTIONS: TemplateOptions = {
  school: '阿克苏职业技术学院',
  department: '财经学院',
  major: '大数据与会计',
  className: '会计2301',
  advisor: '王老师',
  academicYear: '2026-2027',
  semester: 1,
  semesterStart: dayFromYMD(2026, 9, 7),
};

const day = (m: number, d: number) => ({ day: dayFromYMD(2026, m, d) });

/** Several records per table, with text that Excel would turn into formulas, numbers or dates. */
export const RECORDS: Partial<Record<TableKey, RecordInput[]>> = {
  roster: [
    { id: '001', name: '张三', gender: '男', dorm: '3号楼101', parentName: '张父', parentContact: '13800000000' },
    { id: '002', name: '艾力·买买提', gender: '男', dorm: '3号楼102', parentName: '=买买提', parentContact: '+86 139' },
    { id: '003', name: '李四', gender: '女', dorm: '5号楼201', specialCare: '学习困难', note: '-待观察' },
  ],
  meetings: [
    {
      kind: '班会',
      topic: '开学第一课',
      date: day(9, 8),
      place: '教学楼A201',
      host: '王老师',
      recorder: '李四',
      expected: 3,
      present: 3,
      content: '@全体 安全教育',
    },
    {
      topic: '学风建设',
      date: day(9, 22),
      place: '教学楼A201',
      host: '王老师',
      recorder: '李四',
      expected: 3,
      present: 2,
      absent: '张三（病假）',
      content: '=1+1 不是公式',
    },
  ],
  talks: [
    { names: '张三', date: day(9, 10), place: '办公室', minutes: 15, content: '学习计划' },
    { names: '艾力·买买提、李四', date: day(9, 12), place: '宿舍', minutes: '20分钟', content: '2026-09-12' },
  ],
  interviews: [
    {
      names: '李四',
      className: '会计2301',
      date: day(9, 15),
      place: '办公室',
      speaker: '王老师',
      recorder: '王老师',
      careType: '学习困难',
      minutes: 30,
      content: '期中前辅导',
      conclusion: '制定计划',
    },
  ],
  activities: [
    {
      name: '志愿服务',
      type: '志愿服务',
      date: day(10, 1),
      place: '社区',
      organizer: '团支部',
      leader: '张三',
      content: '敬老院服务',
      evaluation: '效果良好',
      advisorPresent: true,
    },
    {
      name: '主题班会',
      type: '班会',
      date: day(10, 8),
      place: '教室',
      organizer: '班委',
      leader: '李四',
      content: '班会',
      evaluation: '—',
      advisorPresent: false,
    },
  ],
  dormVisits: [
    { date: day(9, 9), dorms: '全部', reason: '检查卫生' },
    { date: day(9, 23), dorms: '3号楼101、5号楼201', reason: '探视病患', problem: '地面潮湿', handling: '已报修' },
  ],
  parentContacts: [
    { names: '张三', date: day(9, 20), parentName: '张父', method: '电话', reason: '节假日离校', result: '已告知' },
  ],
};
