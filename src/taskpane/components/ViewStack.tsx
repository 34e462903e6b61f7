// The column every view of the pane is laid out in: its parts one under another with the pane's gap.
// One place for the layout the 录入, 设置与名册 and dashboard views share.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface ViewStackProps {
  /** 'section' for a view that is a landmark (with an aria-label); 'div' inside another view. */
  as?: 'section' | 'div';
  label?: string;
  children?: React.ReactNode;
}

export function ViewStack({ as: Tag = 'div', label, children }: ViewStackProps) {
  const s = useStyles();
  return (
    <Tag className={s.root} aria-label={label}>
      {children}
    </Tag>
  );
}
