import type { Settings } from "../config/settings.js";
import type { VendorClient } from "../gateway/vendor-client.js";
import type { Planner } from "../model/planner.js";
import type { Narrator } from "../model/narrator.js";
import type { Tool } from "../tools/contract.js";
import type { VendorBinding } from "./lazy-vendor-client.js";

/** The vendor gateway as the graph uses it. */
export interface VendorGatewayLike {
  forTask(binding: VendorBinding): VendorClient;
}

/**
 * Services a compiled graph closes over. They are process objects (gateway,
 * sandbox, models), so they are not part of the checkpointed state.
 */
export interface CheckgraphRuntime {
  settings: Settings;
  tools: readonly Tool[];
  planner: Planner;
  narrator: Narrator;
  /** Returns the gateway, creating it on first use. */
  vendorGateway(): Promise<VendorGatewayLike>;
  /**
   * Delay added before each check that calls no vendor, in milliseconds.
   * Benchmarks set it to give local checks a vendor-like latency; 0 otherwise.
   */
  localCheckDelayMs: number;
  /** Loads every check's reference data (lists, ZIP data) ahead of the first run. */
  warmUp(): Promise<void>;
  /** Stops what the runtime started (the in-process sandbox). */
  close(): Promise<void>;
}
