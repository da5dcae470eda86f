/**
 * Timing on a shared, noisy machine: every contender is warmed up first, then the contenders
 * run in interleaved rounds (so a burst of load from elsewhere hits all of them alike) and
 * each one's median is kept. Both the wall-clock time and the CPU time the process spent
 * (all its threads, so the garbage collector's helpers count) are kept: when other jobs
 * share the cores, wall-clock time stretches with the load while CPU time stays close to
 * the work done, so ratios are taken on CPU time.
 */
"use strict";

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Collects garbage between runs when node was started with --expose-gc. */
function settle() {
  if (typeof global.gc === "function") global.gc();
}

/** CPU time (user + system, all threads of this process) in milliseconds. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times each `run` function: `warmup` untimed rounds, then `reps` timed rounds. Returns, per
 * contender, the median CPU and wall-clock milliseconds, the CPU spread and the last result.
 */
function compare(contenders, { warmup = 2, reps = 7 } = {}) {
  const results = contenders.map(() => undefined);
  for (let w = 0; w < warmup; w++) {
    contenders.forEach((run, i) => {
      results[i] = run();
    });
  }
  const cpu = contenders.map(() => []);
  const wall = contenders.map(() => []);
  for (let r = 0; r < reps; r++) {
    contenders.forEach((run, i) => {
      settle();
      const [startWall, startCpu] = [nowMs(), cpuMs()];
      results[i] = run();
      cpu[i].push(cpuMs() - startCpu);
      wall[i].push(nowMs() - startWall);
    });
  }
  return cpu.map((t, i) => ({
    median: median(t),
    wall: median(wall[i]),
    min: Math.min(...t),
    max: Math.max(...t),
    result: results[i],
  }));
}

module.exports = { compare, cpuMs, median, nowMs, settle };
