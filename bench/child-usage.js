/**
 * Preloaded (node --require) into a child the file benchmarks run: when the child exits it
 * writes its own resource usage (peak resident memory, CPU time) to BENCH_USAGE_FILE.
 */
"use strict";
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  const usage = { maxRssMb: maxRSS / 1024, cpuMs: (userCPUTime + systemCPUTime) / 1000 };
  if (process.env.BENCH_USAGE_FILE)
    writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify(usage));
});
