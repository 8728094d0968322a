import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { networkPlugin } from './plugin';

describe('networkPlugin', () => {
  it('answers authenticated callers and refuses anonymous ones', async () => {
    const { server } = await startTestBackend({ features: [networkPlugin] });

    await request(server)
      .get('/api/network/health')
      .expect(200, { status: 'ok' });

    const anonymous = await request(server)
      .get('/api/network/health')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });
});
