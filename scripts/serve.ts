/**
 * The HTTP server behind `npm start`: Next.js's request handler, behind one rule Next cannot apply
 * itself. Next keeps a client's own X-Forwarded-For header, which any client can set, so the
 * server replaces it with the client's address: the connection's own, or the one a trusted proxy
 * (TRUSTED_PROXIES) recorded. Sign-in throttling reads that header.
 * Usage: serve.ts [--dev]   (PORT, HOSTNAME and TRUSTED_PROXIES from the environment)
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { readEnv } from "@/lib/env";
import { clientAddress, parseTrustedProxies } from "@/lib/http/client-address";

const env = readEnv();
const trusted = parseTrustedProxies(env.TRUSTED_PROXIES);
const dev = process.argv.includes("--dev");
// The project's root: scripts/ from source, dist/cli/ compiled.
const root = path.resolve(import.meta.dirname, import.meta.url.endsWith(".mjs") ? "../.." : "..");
const app = next({ dev, dir: root, hostname: env.HOSTNAME, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
  if (address) request.headers["x-forwarded-for"] = address;
  else delete request.headers["x-forwarded-for"];
  void handle(request, response);
});
server.listen(env.PORT, env.HOSTNAME, () => {
  console.log(`ClaimDesk: listening on http://${env.HOSTNAME ?? "localhost"}:${env.PORT}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
