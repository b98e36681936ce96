/**
 * The claim engine in a worker thread (compiled to dist/cli/extract-worker.mjs): extracting a
 * dense 2 MiB article takes seconds of CPU, which must not stop the web server's event loop.
 */
import { parentPort } from "node:worker_threads";
import { extractClaims } from "@/lib/extract";

parentPort?.on("message", ({ id, text, threshold }: { id: number; text: string; threshold?: number }) => {
  parentPort?.postMessage({ id, claims: extractClaims(text, { threshold }) });
});
