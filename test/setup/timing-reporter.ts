/**
 * A vitest reporter that ends the run with where the time went: per project,
 * its files, tests and wall time (first file started to last file ended), and
 * the slowest files of the run, so that a slow test shows. Runs beside the
 * default reporter.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SLOWEST = 8;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class TimingReporter implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly ended = new Map<string, number>();

  onTestModuleStart(module: TestModule): void {
    this.started.set(module.moduleId, performance.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.ended.set(module.moduleId, performance.now());
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length === 0) return;
    const lines = ['', 'Time by project (wall, first file started to last ended):'];
    const byProject = Map.groupBy(modules, (m) => m.project.name || 'default');
    for (const [name, list] of byProject) {
      const starts = list.map((m) => this.started.get(m.moduleId)).filter((t) => t !== undefined);
      const ends = list.map((m) => this.ended.get(m.moduleId)).filter((t) => t !== undefined);
      const wall = starts.length && ends.length ? Math.max(...ends) - Math.min(...starts) : 0;
      const tests = list.reduce((n, m) => n + [...m.children.allTests()].length, 0);
      lines.push(`  ${name.padEnd(10)} ${String(list.length).padStart(3)} files ${String(tests).padStart(5)} tests  ${seconds(wall).padStart(8)}`);
    }
    lines.push(`Slowest files (time in the file's tests and hooks):`);
    const slowest = [...modules].sort((a, b) => b.diagnostic().duration - a.diagnostic().duration).slice(0, SLOWEST);
    for (const m of slowest)
      lines.push(`  ${seconds(m.diagnostic().duration).padStart(8)}  ${m.project.name.padEnd(8)} ${relative(process.cwd(), m.moduleId)}`);
    console.log(lines.join('\n'));
  }
}
