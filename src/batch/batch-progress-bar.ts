import cliProgress from "cli-progress";
import type { VendorQueueDepth } from "../gateway/vendor-gateway.js";
import type { VendorUsage } from "../gateway/vendor-client.js";
import type { BatchProgress } from "./run-batch.js";

/** Gateway figures the bar shows next to the batch's own counts. */
export interface GatewayFigures {
  usage(): Record<string, VendorUsage>;
  queueDepths(): Record<string, VendorQueueDepth>;
}

/**
 * A terminal progress bar on standard error: finished requests, throughput,
 * vendor retries and each vendor's queue depth (queued + in flight). It
 * redraws at most every 200 ms and draws nothing when standard error is not a terminal.
 */
export class BatchProgressBar {
  private readonly bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "{bar} {value}/{total} | {rate}/s | retries {retries} | queues {queues}",
      fps: 5,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  private readonly startedAt = performance.now();
  private started = false;

  constructor(private readonly gateway: () => GatewayFigures | null) {}

  /** Draws the bar with each new progress count. */
  update(progress: BatchProgress): void {
    const payload = this.payload(progress.finished);
    if (!this.started) {
      this.bar.start(progress.toRun, progress.finished, payload);
      this.started = true;
      return;
    }
    this.bar.update(progress.finished, payload);
  }

  stop(): void {
    if (this.started) this.bar.stop();
  }

  private payload(finished: number): Record<string, string> {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const gateway = this.gateway();
    const retries = gateway === null ? 0 : Object.values(gateway.usage()).reduce((sum, usage) => sum + usage.retries, 0);
    const queues = gateway === null
      ? "-"
      : Object.entries(gateway.queueDepths()).map(([vendor, depth]) => `${vendor} ${depth.queued}+${depth.inFlight}`).join(", ");
    return { rate: seconds > 0 ? (finished / seconds).toFixed(1) : "0.0", retries: String(retries), queues };
  }
}
