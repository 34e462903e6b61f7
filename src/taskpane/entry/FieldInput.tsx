// One form field, labelled exactly with its column header; the control follows the column's kind.
import * as React from 'react';
import { Caption1, Dropdown, Field, Input, Option, Textarea, Combobox } from '@fluentui/react-components';
import type { ColumnSpec } from '../../records/schema';
import { Picker, splitPicked } from './Picker';
import type { PickOption } from './roster';

interface Props {
  column: ColumnSpec;
  value: string;
  onChange(value: string): void;
  students: readonly PickOption[];
  dorms: readonly PickOption[];
  /** 集体谈心人数上限 on the 谈心 form; undefined elsewhere. */
  groupMax?: number;
  onPickerFocus?(): void;
}

function Choice({ column, value, onChange }: Pick<Props, 'column' | 'value' | 'onChange'>) {
  const allowed = column.allowed ?? [];
  if (column.strict) {
    return (
      <Dropdown
        value={value}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, d) => onChange(d.optionValue ?? '')}
      >
        {allowed.map((a) => (
          <Option key={a}>{a}</Option>
        ))}
      </Dropdown>
    );
  }
  // Not strict: the list offers the usual values and anything typed is kept as typed.
  return (
    <Combobox
      freeform
      value={value}
      selectedOptions={allowed.includes(value) ? [value] : []}
      onInput={(e) => onChange((e.target as HTMLInputElement).value)}
      onOptionSelect={(_, d) => onChange(d.optionValue ?? '')}
    >
      {allowed.map((a) => (
        <Option key={a}>{a}</Option>
      ))}
    </Combobox>
  );
}

export function FieldInput(props: Props) {
  const { column, value, onChange } = props;
  let control: React.ReactNode;
  let hint: React.ReactNode = null;
  switch (column.kind) {
    case 'date':
      control = <Input type="date" value={value} onChange={(_, d) => onChange(d.value)} />;
      break;
    case 'minutes':
    case 'count':
      control = (
        <Input type="number" min={0} inputMode="numeric" value={value} onChange={(_, d) => onChange(d.value)} />
      );
      break;
    case 'longtext':
      control = <Textarea resize="vertical" value={value} onChange={(_, d) => onChange(d.value)} />;
      break;
    case 'choice':
      control = <Choice column={column} value={value} onChange={onChange} />;
      break;
    case 'names': {
      const n = splitPicked(value).length;
      control = (
        <Picker
          multiple
          options={props.students}
          value={value}
          onChange={onChange}
          onFocus={props.onPickerFocus}
          placeholder="输入姓名、学号或拼音首字母"
        />
      );
      hint = (
        <Caption1 role="status">
          已选 {n} 人{props.groupMax !== undefined ? `（集体谈心人数上限 ${props.groupMax} 人）` : ''}
          {n > 0 ? `：${splitPicked(value).join('、')}` : ''}
        </Caption1>
      );
      break;
    }
    case 'dorms':
      control = (
        <Picker multiple options={props.dorms} value={value} onChange={onChange} placeholder="选择宿舍，或“全部”" />
      );
      hint = value ? <Caption1>已选：{value}</Caption1> : null;
      break;
    default:
      control = <Input value={value} onChange={(_, d) => onChange(d.value)} />;
  }
  const over = props.groupMax !== undefined && splitPicked(value).length > props.groupMax;
  return (
    <div>
      <Field
        label={column.header}
        required={column.required}
        validationState={over ? 'error' : 'none'}
        validationMessage={over ? `超过集体谈心人数上限（${props.groupMax} 人），本行将不计入任何学生` : undefined}
      >
        {control}
      </Field>
      {hint}
    </div>
  );
}
