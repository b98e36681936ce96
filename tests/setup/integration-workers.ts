import os from "node:os";

/**
 * Integration files run this many at a time, each worker on a database of its own, so the
 * project's time is bound by the database's latency less than by one file after another.
 */
export const INTEGRATION_WORKERS = Math.min(4, Math.max(2, os.availableParallelism()));
