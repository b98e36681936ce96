/**
 * End-to-end check of the default path a new user takes: no DATABASE_URL, the embedded PostgreSQL,
 * demo data, sign-in over HTTP, and the users CLI both beside the running app and without it.
 */
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";
import { ensureNextBuild } from "./next-build";

const root = path.resolve(import.meta.dirname, "..");
// The compiled tools that `npm start` and `npm run users` run (built by `npm install` and `npm run build`).
const cli = (name: string) => path.join(root, "dist", "cli", `${name}.mjs`);
const password = "smoke-test-password";
const results: { name: string; ok: boolean; detail?: string }[] = [];

const env: NodeJS.ProcessEnv = { ...process.env, DEMO_PASSWORD: password, NEXT_TELEMETRY_DISABLED: "1" };
delete env.DATABASE_URL;
delete env.NEXTAUTH_SECRET;

function check(name: string, ok: boolean, detail?: string) {
  results.push({ name, ok, ...(detail ? { detail } : {}) });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${ok || !detail ? "" : `: ${detail}`}`);
}

// Asynchronous on purpose: blocking the event loop would leave fetch reusing keep-alive sockets the app has closed.
function usersCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli("users"), ...args], { cwd: root, env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * `npm start` on a fresh data folder and a port the OS has just called free, polled until /api/health
 * answers. Another process can take that port before the app binds it; then the app exits at once
 * and is started again, on another port and another fresh folder so it is again a first start.
 */
async function startApp(attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-smoke-"));
    env.DATA_DIR = dataDir;
    const base = `http://127.0.0.1:${await freePort()}`;
    const app = spawn(process.execPath, [cli("start")], {
      cwd: root,
      env: { ...env, PORT: new URL(base).port, NEXTAUTH_URL: base },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const started = { app, base, dataDir, log: "", health: null as unknown };
    app.stdout!.on("data", (chunk: Buffer) => (started.log += chunk.toString()));
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline && app.exitCode === null) {
      try {
        const response = await fetch(`${base}/api/health`);
        if (response.ok) {
          started.health = await response.json();
          return started;
        }
      } catch {
        // still starting
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (app.exitCode === null || attempt === attempts) return started;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

ensureNextBuild();
const { app, base, dataDir, log, health } = await startApp();

try {
  check("the app starts on the embedded database and /api/health answers ok", JSON.stringify(health) === '{"status":"ok","db":"ok"}', `${JSON.stringify(health)} ${log}`);
  check("demo users were created", /demo admin admin@claimdesk\.local/.test(log), log);

  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email: "admin@claimdesk.local", password, json: "true" }),
  });
  const sessionCookie = callback.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).find((cookie) => cookie?.includes("session-token"));
  check("the demo admin signs in", Boolean(sessionCookie), `status ${callback.status}`);
  const me = await fetch(`${base}/api/v1/me`, { headers: { cookie: `${cookies}; ${sessionCookie}` } });
  check("the session identifies the admin", me.ok && ((await me.json()) as { role: string }).role === "admin");
  const articles = await fetch(`${base}/articles`, { headers: { cookie: `${cookies}; ${sessionCookie}` } });
  const listing = await articles.text();
  check("the demo articles are listed", listing.includes("Jens Stoltenberg reiterated support"));
  check("the seed's dateline gives the outlet, not the title", listing.includes("UkrinForm") && !listing.includes("(MENAFN"));

  const listed = await usersCli(["list"]);
  check("the users CLI works beside the running app", listed.status === 0 && listed.stdout.includes("editor@claimdesk.local"), listed.stderr);
  const token = (await usersCli(["token", "--email", "checker@claimdesk.local"])).stdout.trim();
  const viaToken = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  check("a CLI-issued token authenticates API requests", viaToken.ok && ((await viaToken.json()) as { role: string }).role === "fact_checker");
} finally {
  app.kill("SIGTERM");
  await new Promise((resolve) => (app.exitCode !== null ? resolve(null) : app.once("exit", resolve)));
}

const created = await usersCli(["create", "--email", "offline@claimdesk.local", "--name", "Offline", "--role", "viewer", "--password", "offline-password"]);
check("the users CLI works when the app is not running", created.status === 0, created.stderr);
fs.rmSync(dataDir, { recursive: true, force: true });

const failed = results.filter((result) => !result.ok).length;
console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
