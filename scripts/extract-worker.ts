/**
 * The claim engine in a worker thread (compiled to dist/cli/extract-worker.mjs): extracting a
 * dense 2 MiB article takes seconds of CPU, which must not stop the web server's event loop.
 */
import { parentPort } from "node:worker_threads";
import { type ExtractOptions, extractClaims } from "@/lib/extract";

parentPort?.on("message", ({ id, text, options }: { id: number; text: string; options: Pick<ExtractOptions, "threshold" | "publishedOn"> }) => {
  parentPort?.postMessage({ id, claims: extractClaims(text, options) });
});
