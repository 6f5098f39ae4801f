/** Returns the median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `task` `warmups` times unmeasured, then `runs` times, and returns each run's wall time in milliseconds. */
export async function timeRuns(runs: number, warmups: number, task: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmups; i += 1) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Times two tasks alternately, `runs` times each after `warmups` unmeasured
 * rounds, so a noisy machine slows both alike. Returns each side's wall times.
 */
export async function timePairedRuns(
  runs: number,
  warmups: number,
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
): Promise<[number[], number[]]> {
  for (let i = 0; i < warmups; i += 1) {
    await first();
    await second();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i += 1) {
    for (const [index, task] of [first, second].entries()) {
      const started = performance.now();
      await task();
      times[index]!.push(performance.now() - started);
    }
  }
  return times;
}

/** Formats milliseconds with one decimal. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
