import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { can } from "@/lib/auth/permissions";
import { formatOf, IMPORT_EXTENSIONS, parseImportFile } from "@/lib/import/parse-file";
import type { ParsedItem } from "@/lib/import/types";
import { SYSTEM_ACTOR, type Actor } from "@/lib/server/auth/actors";
import { openDatabase } from "@/lib/server/db/open";
import { AppError } from "@/lib/server/http/errors";
import { importLimits } from "@/lib/server/imports/import-limits";
import { importParsedItems, numbered, type ItemResult } from "@/lib/server/imports/import-run";
import { enqueueFigureRegroup } from "@/lib/server/jobs/send";
import { findUserByEmail } from "@/lib/server/users/users";
import { runCli, UsageError } from "./cli";

const USAGE = `usage: npm run import -- [--as EMAIL] FILE...
  imports articles from ${IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(" ")} files, with claim extraction
  --as EMAIL   record the import as this user (default: the system)
  exit code 0 when everything was imported or already there, 1 if anything failed, 2 for usage errors`;

function commandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { as: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

async function* itemsOf(files: string[]): AsyncGenerator<ParsedItem> {
  const limits = importLimits();
  for (const file of files) yield* parseImportFile(path.basename(file), fs.createReadStream(file, { highWaterMark: 256 * 1024 }), limits);
}

async function actingUser(email: string | undefined): Promise<Actor> {
  if (!email) return SYSTEM_ACTOR;
  const user = await findUserByEmail(email);
  if (!user || user.disabledAt) throw new AppError("not_found", `no active user with the email ${email}`);
  if (!can(user, "article:import")) throw new AppError("forbidden", `${email} is a ${user.role} and may not import articles`);
  return { id: user.id, role: user.role, name: user.name };
}

await runCli(async () => {
  const { positionals: files, values } = commandLine(process.argv.slice(2));
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (files.length === 0) throw new UsageError(`name at least one file\n${USAGE}`);
  for (const file of files) {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
    if (!formatOf(file)) throw new UsageError(`unsupported file type: ${file}\n${USAGE}`);
  }

  const database = await openDatabase();
  try {
    const actor = await actingUser(values.as);
    let total = 0;
    for await (const _item of itemsOf(files)) total++;
    const totals = { processed: 0, imported: 0, duplicate: 0, failed: 0, claims: 0 };
    const started = Date.now();
    const failures: ItemResult[] = [];
    const interactive = process.stderr.isTTY;
    await importParsedItems(numbered(itemsOf(files)), actor, { onBatch: (results) => {
      for (const result of results) {
        totals.processed++;
        totals[result.status === "imported" ? "imported" : result.status]++;
        totals.claims += result.claims;
        if (result.status === "failed") failures.push(result);
      }
      const line = `${totals.processed}/${total} items: ${totals.imported} imported, ${totals.duplicate} duplicates, ${totals.failed} failed, ${totals.claims} claims`;
      if (interactive) process.stderr.write(`\r${line}`);
      else console.error(line);
    } });
    if (interactive) process.stderr.write("\n");
    // A worker (of `npm start` or `npm run worker`) brings the figure tracker up to date.
    if (totals.imported > 0) await enqueueFigureRegroup();
    for (const failure of failures) console.error(`failed ${failure.file}${failure.line ? `:${failure.line}` : ""}: ${failure.reason}`);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `imported ${totals.imported}, duplicates ${totals.duplicate}, failed ${totals.failed}, claims ${totals.claims} ` +
        `(${totals.processed} items from ${files.length} file${files.length === 1 ? "" : "s"} in ${seconds.toFixed(1)} s)`,
    );
    if (totals.failed > 0) process.exitCode = 1;
  } finally {
    await database.release();
  }
});
