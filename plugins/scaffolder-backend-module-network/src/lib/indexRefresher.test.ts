import { mockServices } from '@backstage/backend-test-utils';
import {
  LoopbackBackend,
  startLoopbackBackend,
} from '../__testUtils__/loopbackBackend';
import { NetworkIndexRefresher } from './indexRefresher';

describe('NetworkIndexRefresher', () => {
  let backend: LoopbackBackend;
  beforeAll(async () => {
    backend = await startLoopbackBackend({});
  });
  afterAll(() => backend.close());
  beforeEach(() => {
    backend.requests.length = 0;
    backend.failRefreshWith = undefined;
  });

  const refresher = () =>
    new NetworkIndexRefresher({
      discovery: backend.discovery,
      auth: mockServices.auth({ pluginId: 'scaffolder' }),
    });

  it('posts /refresh with a token of the scaffolder itself, not of the user', async () => {
    const logger = mockServices.logger.mock();
    await refresher().refresh(logger);
    expect(backend.requests).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/network/refresh' }),
    ]);
    const token = backend.requests[0].authorization!;
    expect(token).toMatch(/^Bearer mock-service-token:/);
    expect(token).toContain('"sub":"plugin:scaffolder"');
    expect(token).toContain('"target":"network"');
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('only warns when the backend refuses or cannot be reached', async () => {
    backend.failRefreshWith = 503;
    const logger = mockServices.logger.mock();
    await expect(refresher().refresh(logger)).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/HTTP 503: .*sources are not ready.*periodic/),
    );

    const unreachable = new NetworkIndexRefresher({
      discovery: {
        getBaseUrl: async () => 'http://127.0.0.1:1/api/network',
        getExternalBaseUrl: async () => 'http://127.0.0.1:1/api/network',
      },
      auth: mockServices.auth(),
    });
    const quiet = mockServices.logger.mock();
    await expect(unreachable.refresh(quiet)).resolves.toBeUndefined();
    expect(quiet.warn).toHaveBeenCalledTimes(1);
  });
});
