// The header row of the pane's tables, from their column titles; a title may carry a fixed width.
import * as React from 'react';
import { TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';

export type HeadColumn = string | readonly [title: string, width: string | undefined];

export function TableHead({ columns }: { columns: readonly HeadColumn[] }) {
  return (
    <TableHeader>
      <TableRow>
        {columns.map((c) => {
          const [title, width] = typeof c === 'string' ? [c, undefined] : c;
          return (
            <TableHeaderCell key={title} style={width ? { width } : undefined}>
              {title}
            </TableHeaderCell>
          );
        })}
      </TableRow>
    </TableHeader>
  );
}
