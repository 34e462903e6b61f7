// A searchable picker for students or dorms (Fluent Combobox). Several may be chosen; the cell gets them
// joined with 、 as the paper forms write them.
import * as React from 'react';
import { Combobox, Option } from '@fluentui/react-components';
import { filterOptions, type PickOption } from './roster';

export const SEP = '、';

export function splitPicked(value: string): string[] {
  return value.split(SEP).filter((v) => v !== '');
}

interface Props {
  options: readonly PickOption[];
  value: string;
  onChange(value: string): void;
  multiple: boolean;
  placeholder: string;
  onFocus?(): void;
}

export function Picker({ options, value, onChange, multiple, placeholder, onFocus }: Props) {
  const picked = splitPicked(value);
  const [query, setQuery] = React.useState('');
  const shown = filterOptions(options, query).slice(0, 50);
  return (
    <Combobox
      multiselect={multiple}
      freeform
      placeholder={placeholder}
      value={query}
      selectedOptions={picked}
      onFocus={onFocus}
      onBlur={() => {
        // A name typed that matches nothing in the roster (or there is no roster yet) is kept as typed.
        const typed = query.trim();
        if (typed && !picked.includes(typed) && filterOptions(options, typed).length === 0)
          onChange(multiple ? [...picked, typed].join(SEP) : typed);
        setQuery('');
      }}
      onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      onOptionSelect={(_, data) => {
        onChange(multiple ? data.selectedOptions.join(SEP) : (data.optionValue ?? ''));
        setQuery('');
      }}
    >
      {shown.map((o) => (
        <Option key={o.value} value={o.value} text={o.value}>
          {o.label}
        </Option>
      ))}
      {shown.length === 0 && (
        <Option value="" text="" disabled>
          名册中没有匹配的项
        </Option>
      )}
    </Combobox>
  );
}
