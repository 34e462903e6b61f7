// Rules of applySheet shared by both adapters.
import type { SheetPlan } from './model';

/** The message when a sheet of the plan's name exists and is not ours: nothing was written. */
export function foreignSheetMessage(plan: SheetPlan): string {
  const mark = plan.marker ? `（A1 单元格没有“${plan.marker}”标记）` : '';
  return (
    `工作簿中已有名为“${plan.name}”的工作表，但它不是由本加载项生成的${mark}。` +
    `为免覆盖您的内容，没有写入。请把该工作表改名或移走后重试。`
  );
}
