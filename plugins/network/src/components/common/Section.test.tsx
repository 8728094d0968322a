import { render, screen } from '@testing-library/react';
import { Section } from './Section';

describe('Section', () => {
  it('is a region named by its title', () => {
    render(
      <Section
        title="Who may call me"
        aside={<span>3 peers</span>}
        description="From policies"
      >
        <p>table</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'Who may call me' });
    expect(region).toHaveTextContent('3 peers');
    expect(region).toHaveTextContent('From policies');
    expect(region).toHaveTextContent('table');
  });
});
