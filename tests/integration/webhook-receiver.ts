import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Answer = { status: number; delayMs?: number };

/**
 * A webhook receiver on 127.0.0.1: records every request with its raw body and answers each path
 * with the next status in its script (the last one repeats), 200 when none is given.
 */
export async function webhookReceiver(scripts: Record<string, Answer[]> = {}) {
  const received: Received[] = [];
  const served = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = request.url ?? "";
      received.push({ path: url, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const script = scripts[url] ?? [{ status: 200 }];
      const count = served.get(url) ?? 0;
      served.set(url, count + 1);
      const answer = script[Math.min(count, script.length - 1)]!;
      setTimeout(() => {
        if (!response.destroyed) response.writeHead(answer.status, { "content-type": "text/plain" }).end("ok");
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    received,
    at: (pathname: string) => received.filter((request) => request.path === pathname),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Verify = (rawBody: string, header: string, secret: string, toleranceSeconds?: number) => boolean;

/** The verification snippet exactly as the README shows it, loaded as a module, so the documented recipe is what the tests run. */
export async function readmeVerifier(): Promise<Verify> {
  const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
  const snippet = /```js\n(import \{ createHmac[\s\S]*?verifyClaimDeskSignature[\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) throw new Error("README has no verifyClaimDeskSignature snippet");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "readme-recipe-")), "verify.mjs");
  fs.writeFileSync(file, snippet);
  return ((await import(file)) as { verifyClaimDeskSignature: Verify }).verifyClaimDeskSignature;
}
