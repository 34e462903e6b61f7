// Chinese-only messages for the page (the English half of a WorkbookReadError is for the CLI's stderr).

export function describeError(e: unknown): string {
  if (e && typeof e === 'object' && typeof (e as { zh?: unknown }).zh === 'string') return (e as { zh: string }).zh;
  const msg = e instanceof Error ? e.message : String(e);
  return /[\u4e00-\u9fff]/.test(msg) ? msg : '操作没有完成。请稍后重试；如果一再出现，请保存工作簿后重新打开。';
}

export { describeEnsure } from '../plans/repair';

export function statusText(host: 'excel' | 'browser'): string {
  return host === 'excel'
    ? '已连接 Excel。工作表函数 BZR.MINIMUMS、BZR.SCORE 等已可使用。'
    : '独立模式：未连接 Excel。可打开本机的 .xlsx 工作簿（只在浏览器内读取和修改，不会上传），或新建空白工作簿、查看示例班级。';
}
