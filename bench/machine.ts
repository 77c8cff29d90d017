// What the figures were measured on: they mean little without the machine, its load and the code.
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages: on a shared machine other jobs take cores from the bench. */
  loadAvg: number[];
  commit: string | null;
}

export function describeMachine(root: string): Machine {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    ramGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAvg: loadavg().map((x) => Math.round(x * 100) / 100),
    commit: git.status === 0 ? git.stdout.trim() : null,
  };
}
