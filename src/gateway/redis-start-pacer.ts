import { Redis } from "ioredis";

/**
 * Reserves the next start slot of a vendor in Redis and returns the slot
 * time, in Redis's clock (milliseconds). Slots are `spacing` apart across
 * every process sharing the key, so the vendor's rate limit holds for all of
 * them together. The key expires a minute after its last use.
 */
const RESERVE_SLOT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local spacing = tonumber(ARGV[1])
local next_slot = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, next_slot)
redis.call('SET', KEYS[1], tostring(slot + spacing), 'PX', 60000)
return { tostring(slot), tostring(now) }
`;

/** Spaces attempt starts of a vendor across processes; see `createRedisStartPacer`. */
export interface SharedStartPacer {
  /** Resolves when this process may start its next attempt to `vendor`; rejects when `signal` aborts first. */
  acquire(vendor: string, spacingMs: number, signal: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

/**
 * Creates a start pacer shared through Redis. Each attempt takes the next
 * free slot from a Lua script that runs atomically on the server and reads
 * the server's clock, so processes on machines with skewed clocks still get
 * disjoint slots. `keyPrefix` separates deployments sharing one Redis.
 */
export function createRedisStartPacer(redisUrl: string, keyPrefix = "checkgraph:pacer:"): SharedStartPacer {
  const redis = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  return {
    async acquire(vendor, spacingMs, signal) {
      const [slot, now] = (await redis.eval(RESERVE_SLOT, 1, `${keyPrefix}${vendor}`, String(spacingMs))) as [string, string];
      const waitMs = Number(slot) - Number(now);
      if (waitMs <= 0) return;
      await new Promise<void>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        const timer = setTimeout(() => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        }, waitMs);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },
    async close() {
      await redis.quit();
    },
  };
}
