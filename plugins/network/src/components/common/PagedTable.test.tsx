import { fireEvent, render, screen, within } from '@testing-library/react';
import { CellText, type ColumnConfig } from '@backstage/ui';
import { PagedTable } from './PagedTable';

interface RuleRow {
  id: number;
  summary: string;
}

const columns: ColumnConfig<RuleRow>[] = [
  {
    id: 'summary',
    label: 'Rule',
    isRowHeader: true,
    cell: row => <CellText title={row.summary} />,
  },
];

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: i, summary: `rule ${i}` }));

function bodyRows() {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body).getAllByRole('row');
}

describe('PagedTable', () => {
  it('shows short tables whole, without a pager', () => {
    render(<PagedTable columns={columns} data={rows(3)} />);
    expect(bodyRows()).toHaveLength(3);
    expect(
      screen.queryByRole('button', { name: /next/i }),
    ).not.toBeInTheDocument();
  });

  it('pages 500 rows 25 at a time', async () => {
    render(<PagedTable columns={columns} data={rows(500)} />);
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText('rule 0')).toBeInTheDocument();
    expect(screen.queryByText('rule 25')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(await screen.findByText('rule 25')).toBeInTheDocument();
    expect(screen.queryByText('rule 0')).not.toBeInTheDocument();
    expect(bodyRows()).toHaveLength(25);
  });

  it('shows the empty state when there is nothing', () => {
    render(
      <PagedTable
        columns={columns}
        data={[]}
        emptyState="No rules select this service."
      />,
    );
    expect(
      screen.getByText('No rules select this service.'),
    ).toBeInTheDocument();
  });
});
