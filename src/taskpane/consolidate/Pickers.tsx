// Choosing what to consolidate: class workbooks (files or a whole folder), earlier summaries for the
// history flags, the 优秀 ratio and masking. Hidden file inputs behind Fluent buttons.
import * as React from 'react';
import { Button, Caption1, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  ratio: { width: '120px' },
});

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  busy: boolean;
  classCount: number;
  historyCount: number;
  ratioText: string;
  ratioError: string | null;
  mask: boolean;
  onClasses(files: File[]): void;
  onHistory(files: File[]): void;
  onRatio(text: string): void;
  onMask(mask: boolean): void;
  onClear(): void;
}

function Picker(props: {
  label: string;
  name: string;
  folder?: boolean;
  disabled: boolean;
  onPick(files: File[]): void;
}) {
  const input = React.useRef<HTMLInputElement>(null);
  // webkitdirectory is not in React's typings; every current browser supports it.
  const folder = props.folder ? { webkitdirectory: '', directory: '' } : {};
  return (
    <>
      <Button disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={props.folder ? undefined : XLSX_ACCEPT}
        aria-label={props.name}
        {...folder}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) props.onPick(files);
        }}
      />
    </>
  );
}

export function Pickers(p: Props) {
  const s = useStyles();
  return (
    <>
      <div className={s.row}>
        <Picker label="选择班级工作簿…" name="选择班级工作簿" disabled={p.busy} onPick={p.onClasses} />
        <Picker label="选择文件夹…" name="选择班级工作簿所在的文件夹" folder disabled={p.busy} onPick={p.onClasses} />
        <Picker label="添加历史汇总（可选）…" name="选择以前的汇总工作簿" disabled={p.busy} onPick={p.onHistory} />
        {(p.classCount > 0 || p.historyCount > 0) && (
          <Button appearance="subtle" disabled={p.busy} onClick={p.onClear}>
            清空
          </Button>
        )}
      </div>
      <Caption1>
        已选择班级工作簿 {p.classCount} 个
        {p.historyCount > 0 ? `，历史汇总 ${p.historyCount} 个（用于第九条、第三十二条等标记）` : ''}。
        文件只在本机浏览器内读取，不会上传。
      </Caption1>
      <div className={s.row}>
        <Field
          label="优秀比例"
          validationState={p.ratioError ? 'error' : 'none'}
          validationMessage={p.ratioError ?? undefined}
        >
          <Input
            className={s.ratio}
            type="number"
            min={0}
            max={100}
            step={1}
            value={p.ratioText}
            contentAfter="%"
            onChange={(_, d) => p.onRatio(d.value)}
          />
        </Field>
        <Checkbox
          checked={p.mask}
          onChange={(_, d) => p.onMask(d.checked === true)}
          label="脱敏：汇总工作簿中不写学号、学生和家长姓名、电话及自由文本"
        />
      </div>
    </>
  );
}
