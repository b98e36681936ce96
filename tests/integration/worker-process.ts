import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { workerDatabaseUrl } from "./helpers";
import { FAST_JOBS_ENV } from "./job-helpers";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * `npm run worker` as a child process on the test database, with the quick test settings. Node
 * loads tsx itself (the tsx command would run the worker in a grandchild that SIGKILL misses).
 */
export function spawnWorker(dataDir: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: { ...process.env, ...FAST_JOBS_ENV, DATABASE_URL: workerDatabaseUrl(), DATA_DIR: dataDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

export async function stopGently(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
