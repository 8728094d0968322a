import type { ReactNode } from 'react';
import {
  Table,
  useTable,
  type ColumnConfig,
  type TableItem,
} from '@backstage/ui';

/** 25 rows keep a page readable without scrolling; 500 policy rules become 20 pages. */
export const PAGE_SIZE = 25;

/**
 * A BUI table that pages itself on the client once it holds more than a page, and shows no pager
 * for the short tables most services have.
 */
export function PagedTable<T extends TableItem>(props: {
  columns: readonly ColumnConfig<T>[];
  data: T[];
  emptyState?: ReactNode;
  pageSize?: number;
}) {
  const { columns, data, emptyState, pageSize = PAGE_SIZE } = props;
  const { tableProps } = useTable<T>({
    mode: 'complete',
    data,
    paginationOptions: { pageSize, pageSizeOptions: [] },
  });
  return (
    <Table
      {...tableProps}
      pagination={
        data.length > pageSize ? tableProps.pagination : { type: 'none' }
      }
      columnConfig={columns}
      emptyState={emptyState}
    />
  );
}
