// A deterministic sample class (seeded; no Math.random): roster, settings and records spread over
// the semester that meet the 财经学院 minimums with some bonuses. Used by `npm start`, tests and
// benchmarks.
import type { Day, ProfileId } from '../rules/model';
import { termOfStart } from '../rules/calendar';
import { DEFAULT_PARAMS } from '../rules/params';
import type { RecordInput, TableKey, TemplateOptions } from '../records/schema';
import * as P from './names';

export interface SampleOptions {
  students: number;
  /** Total record rows over the six record tables; default: what the sample needs (about 3 per student). */
  records?: number;
  seed?: number;
  /** 学期开始日期 (Monday of week 1). */
  semesterStart: Day;
  semester?: 1 | 2;
  className?: string;
  advisor?: string;
  major?: string;
  school?: string;
  department?: string;
  profile?: ProfileId;
}

export interface SampleClass {
  options: TemplateOptions;
  rows: Partial<Record<TableKey, RecordInput[]>>;
}

interface SampleStudent {
  id: string;
  name: string;
  gender: '男' | '女';
  dorm: string;
  parentName: string;
  parentContact: string;
  specialCare: string;
}

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
}

function makeStudents(n: number, r: Random): SampleStudent[] {
  const used = new Set<string>();
  const out: SampleStudent[] = [];
  // Names every sample has: they exercise the middle-dot matching of SPEC §2.1.
  const fixed: Array<[string, '男' | '女']> = [
    ['艾力·买买提', '男'],
    ['古丽米拉·阿不都', '女'],
  ];
  for (let i = 0; i < n; i++) {
    const gender: '男' | '女' = i < fixed.length ? fixed[i][1] : r.chance(0.55) ? '女' : '男';
    let name = i < fixed.length ? fixed[i][0] : '';
    let parentName = '';
    for (let tries = 0; name === '' || used.has(name); tries++) {
      if (r.chance(0.25)) {
        const given = r.pick(gender === '男' ? P.UYGHUR_MALE : P.UYGHUR_FEMALE);
        const father = r.pick(P.UYGHUR_MALE);
        name = given === father ? '' : `${given}·${father}`;
      } else {
        const given = r.pick(gender === '男' ? P.GIVEN_MALE : P.GIVEN_FEMALE);
        name = `${r.pick(P.SURNAMES)}${given}`;
      }
      if (tries > 50 && name !== '') name = `${name}${tries}`; // tiny pools, huge classes
    }
    used.add(name);
    if (name.includes('·')) {
      // Uyghur naming: the second part is the father's name.
      const father = name.split('·')[1];
      parentName = `${father}·${r.pick(P.UYGHUR_MALE.filter((x) => x !== father))}`;
    } else {
      parentName = `${name[0]}${r.pick(P.PARENT_GIVEN)}`;
    }
    out.push({
      id: '',
      name,
      gender,
      dorm: '',
      parentName,
      // Visibly made up (138-0000-xxxx), so a sample number is never a real family's phone.
      parentContact: `138-0000-${String(r.int(0, 9_999)).padStart(4, '0')}`,
      specialCare: '',
    });
  }
  // 学号 in roster order; dorms of 4–6 students of one gender.
  const width = n > 99 ? 3 : 2;
  out.forEach((s, i) => (s.id = `2023030${String(i + 1).padStart(width, '0')}`));
  for (const [gender, building] of [
    ['男', '3号楼'],
    ['女', '5号楼'],
  ] as const) {
    const group = out.filter((s) => s.gender === gender);
    // As few dorms of at most 6 as possible, sizes as even as possible (4–6 whenever the group allows).
    const count = Math.ceil(group.length / 6);
    let i = 0;
    for (let k = 0; k < count; k++) {
      const size = Math.floor(group.length / count) + (k < group.length % count ? 1 : 0);
      for (let j = i; j < i + size; j++) group[j].dorm = `${building}${201 + k}`;
      i += size;
    }
  }
  const careTypes = P.INTERVIEW_TOPICS.map((t) => t.care);
  for (const s of r.shuffle([...out]).slice(0, Math.min(3, n))) s.specialCare = r.pick(careTypes);
  return out;
}

/** The sample class: options for createWorkbook and rows for every table. */
export function sampleClass(o: SampleOptions): SampleClass {
  const r = new Random(o.seed ?? 20260907);
  const n = Math.max(1, Math.floor(o.students));
  const start = o.semesterStart;
  const term = termOfStart(start);
  const semester: 1 | 2 = o.semester ?? term.semester;
  const firstYear = term.academicYear;
  const W = DEFAULT_PARAMS.weeks;
  const className = o.className ?? '会计2301';
  const advisor = o.advisor ?? '王丽';
  const options: TemplateOptions = {
    school: o.school ?? '阿克苏职业技术学院',
    department: o.department ?? '财经学院',
    major: o.major ?? '大数据与会计',
    className,
    advisor,
    academicYear: `${firstYear}-${firstYear + 1}`,
    semester,
    semesterStart: start,
    profile: o.profile ?? '财经学院',
    studentCategory: '高职',
    advisorType: '兼职',
  };
  const students = makeStudents(n, r);
  const dorms = [...new Set(students.map((s) => s.dorm))];
  /** A weekday of week w (1-based). */
  const dayIn = (w: number): Day => start + 7 * (w - 1) + r.int(0, 4);
  const anyDay = (): Day => dayIn(r.int(1, W));
  const d = (day: Day) => ({ day });
  const cadre = () => r.pick(students).name;

  // --- base rows: exactly what makes the sample 合格 with some bonuses -------------------------
  const meetings: RecordInput[] = [];
  const meetingWeeks = [1, 3, 5, 8, 11, 14, 17]; // every 3-week block has one; 7 班会 → +3
  const meetingRow = (w: number, kind: '班会' | '班委会'): RecordInput => {
    const absent = kind === '班会' && r.chance(0.4) ? r.int(1, 2) : 0;
    const expected = kind === '班会' ? n : Math.min(n, 7);
    const names = absent
      ? r
          .shuffle([...students])
          .slice(0, absent)
          .map((s) => `${s.name}（${r.pick(['病假', '事假'])}）`)
      : [];
    return {
      kind,
      topic: kind === '班会' ? r.pick(P.MEETING_TOPICS) : r.pick(P.COMMITTEE_TOPICS),
      date: d(dayIn(w)),
      place: r.pick(P.PLACES),
      host: kind === '班会' ? advisor : cadre(),
      recorder: cadre(),
      expected,
      present: expected - names.length,
      absent: names.length ? names.join('、') : null,
      remedy: names.length ? '会后由班长传达会议内容。' : null,
      content: '传达学院通知，总结前阶段班级情况，布置下阶段工作，学生代表发言。',
    };
  };
  for (const w of meetingWeeks) meetings.push(meetingRow(w, '班会'));
  for (const w of [2, 6, 10, 15]) meetings.push(meetingRow(w, '班委会'));

  const talkRow = (names: string[], w: number): RecordInput => ({
    names: names.join('、'),
    date: d(dayIn(w)),
    place: r.pick(P.TALK_PLACES),
    minutes: r.chance(0.2) ? `${r.int(10, 30)}分钟` : r.int(8, 40),
    content: r.pick(P.TALK_TOPICS),
  });
  const talks: RecordInput[] = [];
  const order = r.shuffle([...students]);
  for (let i = 0; i < order.length;) {
    const size = r.chance(0.2) ? Math.min(r.int(2, 3), order.length - i) : 1; // some small group talks
    talks.push(
      talkRow(
        order.slice(i, i + size).map((s) => s.name),
        r.int(1, 14),
      ),
    );
    i += size;
  }
  const twice = Math.min(n, 12); // 12 students talked to twice → +4
  for (const s of order.slice(0, twice)) talks.push(talkRow([s.name], r.int(10, 17)));
  talks.sort((a, b) => (a.date as { day: Day }).day - (b.date as { day: Day }).day);

  const interviews: RecordInput[] = students
    .filter((s) => s.specialCare)
    .map((s) => {
      const t = P.INTERVIEW_TOPICS.find((x) => x.care === s.specialCare) ?? P.INTERVIEW_TOPICS[0];
      return {
        names: s.name,
        className,
        date: d(anyDay()),
        place: '班主任办公室',
        speaker: advisor,
        recorder: advisor,
        careType: t.care,
        minutes: r.int(15, 40),
        content: t.content,
        conclusion: t.conclusion,
        advice: '持续关注，定期回访。',
        studentOpinion: '同意，愿意配合。',
      };
    });

  const activityRow = (a: (typeof P.ACTIVITIES)[number], w: number): RecordInput => ({
    name: a.name,
    type: a.type,
    date: d(dayIn(w)),
    place: a.place,
    organizer: a.organizer,
    leader: cadre(),
    content: `${a.name}，增强班级凝聚力，培养集体荣誉感。`,
    evaluation: '学生参与积极，效果良好；今后可提前做好分工。',
    advisorPresent: '是',
  });
  const activities: RecordInput[] = [
    activityRow(P.ACTIVITIES[0], 3),
    activityRow(P.ACTIVITIES[1], 7),
    activityRow(P.ACTIVITIES[2], 12), // 3 counting activities → +4
    { ...activityRow(P.ACTIVITIES[3], 9), name: '布置期中检查工作', type: '布置检查工作' }, // does not count (M3)
  ];

  const dormVisits: RecordInput[] = [];
  const visitWeeks = [1, 3, 5, 7, 9, 10, 11, 13, 15, 17]; // every 2-week block; 10 visits ≥ 9
  const perVisit = Math.min(dorms.length, Math.ceil((2 * dorms.length) / visitWeeks.length) + 1);
  let next = 0;
  for (const w of visitWeeks) {
    const names: string[] = [];
    for (let k = 0; k < perVisit; k++) names.push(dorms[(next + k) % dorms.length]);
    next = (next + perVisit) % dorms.length;
    const f = r.pick(P.VISIT_FINDINGS);
    dormVisits.push({
      date: d(dayIn(w)),
      dorms: [...new Set(names)].join('、'),
      reason: f.reason,
      problem: f.problem || null,
      handling: f.handling || null,
    });
  }

  const parentContacts: RecordInput[] = [];
  const contactRow = (s: SampleStudent, day: Day): RecordInput => {
    const c = r.pick(P.CONTACT_REASONS);
    return {
      names: s.name,
      date: d(day),
      parentName: s.parentName,
      method: r.pick(['电话', '电话', '微信', '短信', '面谈']),
      reason: c.reason,
      result: c.result,
    };
  };
  const contacted = r.shuffle([...students]);
  const inWindow = Math.min(n, Math.floor(n / 2) + 4); // +4 in this semester
  contacted.slice(0, inWindow).forEach((s) => parentContacts.push(contactRow(s, anyDay())));
  if (semester === 2) {
    // The annual rule counts from 1 August: the rest were contacted in semester 1.
    contacted.slice(inWindow).forEach((s) => parentContacts.push(contactRow(s, start - r.int(30, 120))));
  }
  parentContacts.sort((a, b) => (a.date as { day: Day }).day - (b.date as { day: Day }).day);

  const rows: Record<Exclude<TableKey, 'settings' | 'roster'>, RecordInput[]> = {
    meetings,
    talks,
    interviews,
    activities,
    dormVisits,
    parentContacts,
  };

  if (o.records !== undefined)
    fillTo(rows, Math.max(0, Math.floor(o.records)), r, students, dorms, {
      meetingRow: (w) => meetingRow(w, r.chance(0.7) ? '班会' : '班委会'),
      talkRow: (w) => talkRow([r.pick(students).name], w),
      activityRow: (w) => activityRow(r.pick(P.ACTIVITIES), w),
      contactRow: (w) => contactRow(r.pick(students), dayIn(w)),
      W,
      dayIn,
      advisor,
      className,
    });

  return {
    options,
    rows: {
      roster: students.map((s) => ({
        id: s.id,
        name: s.name,
        gender: s.gender,
        dorm: s.dorm,
        parentName: s.parentName,
        parentContact: s.parentContact,
        specialCare: s.specialCare || null,
        note: null,
      })),
      ...rows,
    },
  };
}

type RecordRows = Record<
  'meetings' | 'talks' | 'interviews' | 'activities' | 'dormVisits' | 'parentContacts',
  RecordInput[]
>;

/** Share of the rows each table gets when a total is asked for. */
const SHARES: Array<[keyof RecordRows, number]> = [
  ['talks', 0.35],
  ['dormVisits', 0.15],
  ['parentContacts', 0.15],
  ['interviews', 0.12],
  ['meetings', 0.12],
  ['activities', 0.11],
];

/** Grows (or trims) the record tables to exactly `total` rows, keeping the base rows first. */
function fillTo(
  rows: RecordRows,
  total: number,
  r: Random,
  students: SampleStudent[],
  dorms: string[],
  make: {
    meetingRow: (w: number) => RecordInput;
    talkRow: (w: number) => RecordInput;
    activityRow: (w: number) => RecordInput;
    contactRow: (w: number) => RecordInput;
    W: number;
    dayIn: (w: number) => Day;
    advisor: string;
    className: string;
  },
): void {
  const quota = SHARES.map(([k, share]) => [k, Math.floor(total * share)] as [keyof RecordRows, number]);
  let rest = total - quota.reduce((s, [, q]) => s + q, 0);
  for (let i = 0; rest > 0; i = (i + 1) % quota.length, rest--) quota[i][1]++;
  for (const [key, q] of quota) {
    const list = rows[key];
    if (list.length > q) {
      list.length = q;
      continue;
    }
    while (list.length < q) {
      const w = r.int(1, make.W);
      switch (key) {
        case 'meetings':
          list.push(make.meetingRow(w));
          break;
        case 'talks':
          list.push(make.talkRow(w));
          break;
        case 'activities':
          list.push(make.activityRow(w));
          break;
        case 'parentContacts':
          list.push(make.contactRow(w));
          break;
        case 'dormVisits': {
          const f = r.pick(P.VISIT_FINDINGS);
          list.push({
            date: { day: make.dayIn(w) },
            dorms: r.chance(0.1) ? '全部' : r.pick(dorms),
            reason: f.reason,
            problem: f.problem || null,
            handling: f.handling || null,
          });
          break;
        }
        case 'interviews': {
          const t = r.pick(P.INTERVIEW_TOPICS);
          list.push({
            names: r.pick(students).name,
            className: make.className,
            date: { day: make.dayIn(w) },
            place: '班主任办公室',
            speaker: make.advisor,
            recorder: make.advisor,
            careType: t.care,
            minutes: r.int(10, 40),
            content: t.content,
            conclusion: t.conclusion,
          });
          break;
        }
      }
    }
  }
}
