import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TaskError, WorkerPool } from '../../src/parallel/pool.js';

type Task = { op: 'echo' | 'fail' | 'die'; value: number };

describe('worker pool', () => {
  it('runs tasks on worker threads (TypeScript sources through tsx), errors per task, a dead worker replaced', async () => {
    const pool = new WorkerPool<Task, number>(new URL('./echo-worker.ts', import.meta.url), { size: 2 });
    try {
      const out = await Promise.all([1, 2, 3, 4, 5].map((value) => pool.run({ op: 'echo', value })));
      assert.deepEqual(out, [2, 4, 6, 8, 10]);
      await assert.rejects(
        pool.run({ op: 'fail', value: 7 }),
        (e: Error) => e instanceof TaskError && /failed on 7/.test(e.message),
      );
      await assert.rejects(pool.run({ op: 'die', value: 0 }), /worker died/);
      assert.equal(await pool.run({ op: 'echo', value: 21 }), 42);
    } finally {
      await pool.close();
    }
  });
  it('fails every task, without respawning forever, when the worker module cannot load', async () => {
    const pool = new WorkerPool<Task, number>(new URL('./no-such-worker.ts', import.meta.url), { size: 1 });
    try {
      const results = await Promise.allSettled([1, 2, 3, 4].map((value) => pool.run({ op: 'echo', value })));
      assert.ok(results.every((r) => r.status === 'rejected'));
    } finally {
      await pool.close();
    }
  });
});
