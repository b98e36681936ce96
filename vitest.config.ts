import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { INTEGRATION_WORKERS } from "./tests/setup/integration-workers";

const alias = { "@": path.resolve(import.meta.dirname) };
// A zone far from UTC, so date handling that silently assumes UTC fails here.
const env = { TZ: "America/Los_Angeles" };

// Even when one `vitest run` runs every project, `groupOrder` runs them one after another in this
// order (each with its own number of workers), so the complexity project runs alone, last.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Vitest's default on two cores is one worker: unit files are independent, so use every core.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], env, maxWorkers: os.availableParallelism(), sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        // CPU-time growth tests: they run alone, after the other projects, so nothing competes with
        // them for the two cores; their files run one at a time for the same reason.
        test: { name: "complexity", include: ["tests/complexity/**/*.test.ts"], env, fileParallelism: false, testTimeout: 120_000, sequence: { groupOrder: 3 } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          env,
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: ["tests/setup/integration-file.ts"],
          // Each worker has a database of its own, which each file empties before it starts.
          maxWorkers: INTEGRATION_WORKERS,
          sequence: { groupOrder: 1 },
          // A limit for hangs, not for speed: the slowest test takes 16 s on a 2-core machine under heavy load.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          env,
          globalSetup: ["tests/setup/browser-global.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
