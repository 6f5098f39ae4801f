import { setMaxListeners } from "node:events";
import { cpus } from "node:os";
import { benchGatewayLoad } from "./gateway-load.js";
import { benchOrchestrationOverhead } from "./orchestration-overhead.js";
import { benchParallelVsSequential } from "./parallel-vs-sequential.js";

process.env.CHECKGRAPH_LOG_LEVEL ??= "silent";
// A wave of 64 Sends makes @langchain/core add one abort listener per task to the run's signal
// (raceWithSignal), which passes Node's default warning limit of 10 without any leak.
setMaxListeners(256);
console.log(`checkgraph benchmarks: Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"})`);
await benchParallelVsSequential(Number(process.env.BENCH_RUNS ?? 7));
await benchOrchestrationOverhead([4, 16, 64], Number(process.env.BENCH_OVERHEAD_RUNS ?? 200));
await benchGatewayLoad(Number(process.env.BENCH_APPLICANTS ?? 1000));
