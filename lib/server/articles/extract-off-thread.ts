import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ExtractedClaim } from "@/lib/extract";

export interface OffThreadOptions {
  /** The detector probability a clause needs (the extract.threshold setting); the engine's default when left out. */
  threshold?: number;
  /** When the article was published, as its import recorded it: statements resolve "on Tuesday" to that day. */
  publishedAt?: Date | null;
}

/**
 * Claim extraction on a worker thread, so that one dense article cannot stall every other request
 * of the process for the seconds its extraction takes. One long-lived thread serves the process:
 * extraction is CPU-bound and the machine's other core belongs to PostgreSQL and the web server.
 * The worker is the compiled scripts/extract-worker.ts (`npm run build:cli`, run by postinstall).
 */
const WORKER_FILE = path.join(process.cwd(), "dist", "cli", "extract-worker.mjs");

interface Pending {
  resolve(claims: ExtractedClaim[]): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  worker = null;
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function extractionWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_FILE);
  started.on("message", ({ id, claims }: { id: number; claims: ExtractedClaim[] }) => {
    pending.get(id)?.resolve(claims);
    pending.delete(id);
    // An idle thread must not keep a command-line tool alive once its work is done.
    if (pending.size === 0) started.unref();
  });
  started.on("error", (error) => failAll(error));
  started.on("exit", (code) => {
    if (pending.size > 0) failAll(new Error(`the extraction worker stopped (exit code ${code})`));
    worker = null;
  });
  worker = started;
  return started;
}

export function extractClaimsOffThread(text: string, { threshold, publishedAt }: OffThreadOptions = {}): Promise<ExtractedClaim[]> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const thread = extractionWorker();
    // While an answer is awaited the thread keeps the process alive: a promise alone would not.
    thread.ref();
    thread.postMessage({ id, text, options: { threshold, publishedOn: publishedAt?.toISOString().slice(0, 10) } });
  });
}
