// The pane's consolidation runner (src/consolidate/browser.ts) on File objects, as the 「汇总」 view
// gives them: the same results as `bzr consolidate`'s per-file reader, bad files listed, progress per
// file, a pause for the page between files, history from an earlier summary's bytes.
import * as fs from 'fs';
import * as path from 'path';
import { consolidateFiles, fileLabel, readClassBlob, workbookFiles } from '../../src/consolidate/browser';
import { readClassFile } from '../../src/consolidate/read-file';
import type { FileProgress } from '../../src/consolidate/browser';
import { TIE_NOTE } from '../../src/rules/quota';
import { summaryBytes } from '../../src/taskpane/consolidate/output';
import { FLAG_DISMISS } from '../../src/rules/history';
import { tmpDir } from '../cli/helpers';
import { classWorkbook, type ClassSpec } from '../consolidate/helpers';

const asFile = (p: string, name = path.basename(p)) => new File([fs.readFileSync(p)], name);
const noPause = () => Promise.resolve();

async function files(dir: string, specs: ClassSpec[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of specs) out.push(await classWorkbook(dir, s));
  return out;
}

describe('consolidateFiles', () => {
  let dir: string;
  let paths: string[];
  beforeAll(async () => {
    dir = tmpDir();
    paths = await files(dir, [
      { className: '会计01', advisor: '甲老师', variant: 'base' }, // 75
      { className: '会计02', advisor: '乙老师', variant: 'base' }, // 75: tied with 甲 at the cut-off
      { className: '会计03', advisor: '丙老师', variant: 'minus3' }, // 72
      { className: '会计04', advisor: '丁老师', variant: 'minus7' }, // 68
      { className: '会计05', advisor: '戊老师', variant: 'fail' },
      { className: '会计06', advisor: '己老师', variant: 'minus4' }, // 71
      { className: '会计07', advisor: '庚老师', variant: 'minus4' }, // 71
    ]);
  }, 120_000);

  it('judges a File exactly as the command line judges the same path', async () => {
    const fromPath = await readClassFile(paths[2]);
    const fromFile = await readClassBlob(asFile(paths[2]), paths[2]);
    expect(fromFile).toEqual(fromPath);
    expect('evaluation' in fromFile && fromFile.evaluation.score).toBe(72);
  });

  it('ranks, applies the quota with the tie rule, and lists a corrupt file and a duplicate class', async () => {
    const picked = paths.map((p) => asFile(p));
    picked.splice(3, 0, new File([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9])], '坏文件.xlsx'));
    picked.push(asFile(paths[5], '会计06-副本.xlsx'));
    const seen: FileProgress[] = [];
    let pauses = 0;
    const { consolidation: c } = await consolidateFiles(picked, {
      ratio: 0.3,
      mask: false,
      onProgress: (p) => seen.push(p),
      yieldToPage: async () => void pauses++,
    });
    // 己老师's class given twice: neither file assessed; 6 advisors left, quota floor(0.3 × 6) = 1.
    expect(c.assessed).toBe(6);
    expect(c.quota).toBe(1);
    const by = Object.fromEntries(c.advisors.map((a) => [a.advisor, a]));
    expect(by['己老师']).toBeUndefined();
    expect([by['甲老师'].result, by['乙老师'].result]).toEqual(['合格', '合格']);
    expect(by['甲老师'].flags).toContain(TIE_NOTE);
    expect(by['戊老师'].result).toBe('不合格');
    expect(by['庚老师'].score).toBe(71);
    expect(c.errors.map((e) => e.file).sort()).toEqual(
      ['会计06-副本.xlsx', '会计06-2026-1.xlsx', '坏文件.xlsx'].sort(),
    );
    expect(c.errors.find((e) => e.file === '坏文件.xlsx')?.message).toMatch(/损坏|不是/);
    expect(c.errors.find((e) => e.file === '会计06-副本.xlsx')?.message).toMatch(/重复/);
    // Progress: every file waits, is read, and ends done or error; the duplicates end as errors.
    expect(pauses).toBe(picked.length);
    const last = new Map<number, FileProgress>();
    for (const p of seen) last.set(p.index, p);
    expect(
      [...last.values()]
        .filter((p) => p.state === 'error')
        .map((p) => p.name)
        .sort(),
    ).toEqual(c.errors.map((e) => e.file).sort());
    expect([...last.values()].filter((p) => p.state === 'done')).toHaveLength(picked.length - 3);
    expect(seen.filter((p) => p.state === 'reading').map((p) => p.index)).toEqual(picked.map((_, i) => i));
  }, 60_000);

  it('refuses a file over the size limit without reading a byte of it', async () => {
    // The refused file is made bigger than the other (its size is checked before any byte is read, so
    // the padding is never seen); the limit lies between the two sizes whatever the generated files weigh.
    const small = asFile(paths[1]);
    const big = new File([fs.readFileSync(paths[0]), new Uint8Array(small.size + 1)], path.basename(paths[0]));
    const read = jest.spyOn(big, 'arrayBuffer');
    const r = await consolidateFiles([big, small], {
      ratio: 0.3,
      mask: false,
      limits: { maxFileBytes: small.size },
      yieldToPage: noPause,
    });
    expect(read).not.toHaveBeenCalled();
    expect(r.consolidation.errors).toEqual([{ file: big.name, message: expect.stringContaining('太大') }]);
    expect(r.consolidation.assessed).toBe(1);
  });

  it('keeps .xlsx files of a picked folder, without Office lock files; names them by their path', () => {
    const inFolder = (name: string, rel: string) => {
      const f = new File(['x'], name);
      Object.defineProperty(f, 'webkitRelativePath', { value: rel });
      return f;
    };
    const kept = workbookFiles([
      inFolder('a.xlsx', '班级/一班/a.xlsx'),
      inFolder('~$a.xlsx', '班级/一班/~$a.xlsx'),
      inFolder('说明.docx', '班级/说明.docx'),
      inFolder('B.XLSX', '班级/B.XLSX'),
    ]);
    expect(kept.map(fileLabel)).toEqual(['班级/一班/a.xlsx', '班级/B.XLSX']);
    expect(fileLabel(new File(['x'], 'c.xlsx'))).toBe('c.xlsx');
  });

  it('reads an earlier summary picked as history: 第九条 after two failed semesters in a row', async () => {
    const d = tmpDir();
    const term = async (semester: 1 | 2) =>
      (
        await files(path.join(d, `t${semester}`), [
          { className: '会计01', advisor: '甲老师', semester, variant: 'base' },
          { className: '会计02', advisor: '乙老师', semester, variant: 'fail' },
        ])
      ).map((p) => asFile(p));
    const first = await consolidateFiles(await term(1), { ratio: 0.3, mask: false, yieldToPage: noPause });
    const past = new File([(await summaryBytes(first.consolidation)) as Uint8Array<ArrayBuffer>], '上学期汇总.xlsx');
    const second = await term(2);
    const without = await consolidateFiles(second, { ratio: 0.3, mask: false, yieldToPage: noPause });
    const withHistory = await consolidateFiles(second, {
      ratio: 0.3,
      mask: false,
      history: [past],
      yieldToPage: noPause,
    });
    const flags = (r: typeof without) => r.consolidation.advisors.find((a) => a.advisor === '乙老师')?.flags;
    expect(flags(without)).not.toContain(FLAG_DISMISS);
    expect(flags(withHistory)).toContain(FLAG_DISMISS);
    expect(withHistory.consolidation.errors).toEqual([]);
    const notSummary = await consolidateFiles(second, {
      ratio: 0.3,
      mask: false,
      history: [second[0]],
      yieldToPage: noPause,
    });
    expect(notSummary.consolidation.errors[0].message).toMatch(
      /^历史汇总无法读取：不是 bzr consolidate 生成的汇总文件/,
    );
  }, 60_000);
});
