// The short-lived cache in front of the actor network.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { TtlCache } from '../../src/server/network.js';

it('answers from the cache within its lifetime, computes again after clear or expiry', async () => {
  let calls = 0;
  const make = async () => ++calls;
  const cache = new TtlCache<number>(60_000);
  assert.equal(await cache.get('a', make), 1);
  assert.equal(await cache.get('a', make), 1);
  assert.equal(await cache.get('b', make), 2);
  cache.clear();
  assert.equal(await cache.get('a', make), 3);
  const expired = new TtlCache<number>(0);
  assert.equal(await expired.get('a', make), 4);
  assert.equal(await expired.get('a', make), 5);
});

it('does not keep failures', async () => {
  const cache = new TtlCache<number>(60_000);
  await assert.rejects(cache.get('a', async () => Promise.reject(new Error('boom'))));
  assert.equal(await cache.get('a', async () => 7), 7);
});
