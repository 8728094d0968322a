/**
 * Helpers shared by the suite's Playwright tests (`<package>/e2e-tests/`).
 *
 * @packageDocumentation
 */
export { collectBrowserErrors } from './browserErrors';
