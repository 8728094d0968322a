import { configure } from '@testing-library/react';
import '@testing-library/jest-dom';

// CI runs every package's tests at once on two cores; a page that renders in 2 s alone can take
// longer there. Waiting longer only slows a failing test, never a passing one.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
