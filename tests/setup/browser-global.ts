import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ROLES, type Role } from "@/lib/auth/roles";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { createUser } from "@/lib/server/users/users";
import { startTestDatabase } from "./test-database";
import { freePort } from "@/scripts/free-port";
import { ensureNextBuild } from "@/scripts/next-build";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    accounts: Record<Role, { email: string; password: string; name: string }>;
  }
}

const root = path.resolve(import.meta.dirname, "../..");
const PASSWORD = "browser-test-password";

async function waitForHealth(baseUrl: string, app: ChildProcess, timeoutMs = 120_000) {
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

/**
 * `next start` on a port the OS has just called free. Another process can take that port before
 * the app binds it; then the app exits at once and is started again on another port.
 */
async function startApp(databaseUrl: string, attempts = 3): Promise<{ app: ChildProcess; baseUrl: string }> {
  for (let attempt = 1; ; attempt++) {
    const baseUrl = `http://127.0.0.1:${await freePort()}`;
    // The same server as `npm start` (scripts/serve.ts), so tests see what users see.
    const app = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
      cwd: root,
      env: { ...process.env, PORT: new URL(baseUrl).port, HOSTNAME: "127.0.0.1", DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "browser-tests-secret-0123456789", NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      await waitForHealth(baseUrl, app);
      return { app, baseUrl };
    } catch (error) {
      if (app.exitCode === null || attempt === attempts) {
        app.kill("SIGTERM");
        throw error;
      }
    }
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync("/usr/bin/chromium")) throw new Error("Browser tests need Debian's chromium: apt-get install -y chromium");
  ensureNextBuild();
  const database = await startTestDatabase("browser");
  useDatabase(database.url);
  const accounts = {} as Record<Role, { email: string; password: string; name: string }>;
  for (const role of ROLES) {
    const user = await createUser({ email: `${role}@browser.test`, name: `Browser ${role}`, role, password: PASSWORD }, SYSTEM_ACTOR);
    accounts[role] = { email: user.email, password: PASSWORD, name: user.name };
  }
  await disconnectDb();

  const { app, baseUrl } = await startApp(database.url);
  // Bulk imports, snapshots and feeds run in a worker beside the app, as `npm start` runs it.
  const worker = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ["ignore", "ignore", "inherit"],
  });
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
