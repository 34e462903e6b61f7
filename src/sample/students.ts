// The sample's roster: names (the middle-dot names of SPEC §2.1 included), 学号, dorms, parents.
import type { Random } from './random';
import * as P from './names';

export interface SampleStudent {
  id: string;
  name: string;
  gender: '男' | '女';
  dorm: string;
  parentName: string;
  parentContact: string;
  specialCare: string;
}

export function makeStudents(n: number, r: Random): SampleStudent[] {
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
