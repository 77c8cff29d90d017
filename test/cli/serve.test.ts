// Where `depeche serve` and `npm start` listen: HOST and PORT from the environment, flags first.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { listenOptions, urlOf } from '../../src/cli/serve.js';

it('listens on loopback:8080 unless told otherwise', () => {
  assert.deepEqual(listenOptions({}), { host: '127.0.0.1', port: 8080 });
  assert.deepEqual(listenOptions({ HOST: '0.0.0.0', PORT: '3000' }), { host: '0.0.0.0', port: 3000 });
  assert.deepEqual(listenOptions({ PORT: '3000' }, { port: '0' }), { host: '127.0.0.1', port: 0 });
  assert.deepEqual(listenOptions({ HOST: ' ', PORT: '' }), { host: '127.0.0.1', port: 8080 });
});

it('rejects a port that is not one', () => {
  for (const PORT of ['http', '-1', '70000', '80.5'])
    assert.throws(() => listenOptions({ PORT }), /bad port/);
});

it('prints a URL a browser can open', () => {
  assert.equal(urlOf('127.0.0.1', 8080), 'http://127.0.0.1:8080/');
  assert.equal(urlOf('0.0.0.0', 8080), 'http://127.0.0.1:8080/');
  assert.equal(urlOf('::1', 9000), 'http://[::1]:9000/');
});
