import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ROLES, type Role } from "@/lib/auth/roles";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { createUser } from "@/lib/server/users/users";
import { startTestDatabase } from "./test-database";
import { freePort } from "@/scripts/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    accounts: Record<Role, { email: string; password: string; name: string }>;
  }
}

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const PASSWORD = "browser-test-password";

function newestSourceTime(target: string): number {
  if (!fs.statSync(target).isDirectory()) return fs.statSync(target).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name === "node_modules") continue;
    newest = Math.max(newest, newestSourceTime(path.join(target, entry.name)));
  }
  return newest;
}

/** Builds the app unless the existing production build is newer than every source file. */
function ensureBuild() {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const sources = Math.max(...["app", "lib", "next.config.js"].map((entry) => newestSourceTime(path.join(root, entry))));
  if (built > sources) return;
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "postgresql://localhost/unused" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error("next build failed");
}

async function waitForHealth(baseUrl: string, app: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited with code ${app.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer ${baseUrl}/api/health within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync("/usr/bin/chromium")) throw new Error("Browser tests need Debian's chromium: apt-get install -y chromium");
  ensureBuild();
  const database = await startTestDatabase("browser");
  useDatabase(database.url);
  const accounts = {} as Record<Role, { email: string; password: string; name: string }>;
  for (const role of ROLES) {
    const user = await createUser({ email: `${role}@browser.test`, name: `Browser ${role}`, role, password: PASSWORD }, SYSTEM_ACTOR);
    accounts[role] = { email: user.email, password: PASSWORD, name: user.name };
  }
  await disconnectDb();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "browser-tests-secret-0123456789", NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Bulk imports, snapshots and feeds run in a worker beside the app, as `npm start` runs it.
  const worker = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(baseUrl, app);
  project.provide("baseUrl", baseUrl);
  project.provide("accounts", accounts);
  project.provide("databaseUrl", database.url);
  return async () => {
    worker.kill("SIGTERM");
    await new Promise((resolve) => (worker.exitCode !== null ? resolve(null) : worker.once("exit", resolve)));
    app.kill("SIGTERM");
    await new Promise((resolve) => (app.exitCode !== null ? resolve(null) : app.once("exit", resolve)));
    await database.stop();
  };
}
