import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const RESTART_DELAY_MS = 1000;

export interface WorkerProcess {
  stop(): Promise<void>;
}

/**
 * Runs `scripts/worker.ts` beside the web server, in a process of its own so extraction does not
 * slow the pages down, and starts it again should it die (its jobs are then resumed).
 */
export function spawnWorkerProcess(env: NodeJS.ProcessEnv): WorkerProcess {
  let child: ChildProcess;
  let stopping = false;
  const start = () => {
    // Compiled (dist/cli), worker.mjs sits beside this file; from source, Node loads tsx itself, so
    // the worker is still this one process and a signal to it reaches the worker.
    const compiled = import.meta.url.endsWith(".mjs");
    const file = path.join(import.meta.dirname, compiled ? "worker.mjs" : "worker.ts");
    child = spawn(process.execPath, [...(compiled ? [] : ["--import", "tsx"]), file], { stdio: "inherit", env });
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`ClaimDesk: the worker stopped (${signal ?? `code ${code}`}); starting it again`);
      setTimeout(start, RESTART_DELAY_MS).unref();
    });
  };
  start();
  return {
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
