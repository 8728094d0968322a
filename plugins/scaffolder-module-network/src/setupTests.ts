import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// CI runs every package's tests at once on two cores; waiting longer only slows a failing test.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
