import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const backendDir = resolve(__dirname, '../..');

/**
 * The real app-config.yaml, made fit for a test backend: file locations absolute (they are
 * written relative to packages/backend, the working directory under `yarn start`), the guest
 * provider allowed under NODE_ENV=test, and catalog processing every 200 ms instead of the
 * production pace. `relocate` may point a location elsewhere (a temp copy).
 */
export function loadAppConfig(
  relocate: (location: {
    type: string;
    target: string;
  }) => string | undefined = () => undefined,
) {
  const config = parse(
    readFileSync(resolve(backendDir, '../../app-config.yaml'), 'utf8'),
  );
  for (const location of config.catalog.locations) {
    location.target =
      relocate(location) ?? resolve(backendDir, location.target);
  }
  config.network.gitops.path = resolve(backendDir, config.network.gitops.path);
  config.auth.providers.guest = { dangerouslyAllowOutsideDevelopment: true };
  config.catalog.processingInterval = { milliseconds: 200 };
  return config;
}

/** Polls `probe` until it returns a value, for up to a minute. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 200));
  }
}
