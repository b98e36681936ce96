import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { dataDir, readEnv } from "@/lib/env";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { redactUrl, resolveDatabase } from "@/lib/server/db/resolve";
import { seedDemo } from "@/lib/server/articles/demo";
import { runCli, UsageError } from "./cli";
import { spawnWorkerProcess } from "./worker-process";

/** A stable secret for the embedded default, so sessions survive restarts; servers must configure their own. */
function embeddedSecret(dir: string): string {
  const file = path.join(dir, "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

await runCli(async () => {
  let options;
  try {
    options = parseArgs({ options: { dev: { type: "boolean", default: false }, demo: { type: "boolean", default: false } } }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const env = readEnv();
  const database = await resolveDatabase(env);
  console.log(`ClaimDesk: database ${database.embedded ? `embedded PostgreSQL in ${dataDir(env)}` : redactUrl(database.url)}`);
  try {
    await migrateDatabase(database.migrationUrl);
    console.log("ClaimDesk: migrations applied");
    if (database.embedded || options.demo || env.SEED_DEMO === "1") {
      useDatabase(database.url);
      const report = await seedDemo(env.DEMO_PASSWORD);
      await disconnectDb();
      for (const user of report.createdUsers) {
        console.log(`ClaimDesk: demo ${user.role} ${user.email} password ${env.DEMO_PASSWORD ? "(from DEMO_PASSWORD)" : user.password}`);
      }
      if (report.importedArticles) console.log(`ClaimDesk: imported ${report.importedArticles} demo articles`);
    }
  } catch (error) {
    await database.release();
    throw error;
  }

  const secret = env.NEXTAUTH_SECRET ?? (database.embedded ? embeddedSecret(dataDir(env)) : undefined);
  if (!secret) {
    await database.release();
    throw new UsageError("NEXTAUTH_SECRET must be set (at least 16 characters) when DATABASE_URL is set");
  }
  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    PORT: String(env.PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Compiled, start.mjs runs serve.mjs beside it; from source (`npm run dev`), serve.ts through tsx.
  const compiled = import.meta.url.endsWith(".mjs");
  const serve = path.join(import.meta.dirname, compiled ? "serve.mjs" : "serve.ts");
  const child = spawn(process.execPath, [...(compiled ? [] : ["--import", "tsx"]), serve, ...(options.dev ? ["--dev"] : [])], { stdio: "inherit", env: childEnv });
  // START_WORKERS=0 for web-only instances when workers run apart (`npm run worker`).
  const workers = env.START_WORKERS === "1" ? spawnWorkerProcess(childEnv) : null;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      child.kill(signal);
      void workers?.stop();
    });
  }
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  await workers?.stop();
  await database.release();
  process.exit(code);
});
