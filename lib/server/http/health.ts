import { db } from "../db/client";

export type Health = { status: "ok"; db: "ok" } | { status: "error"; db: "unreachable"; reason: string };

export async function checkHealth(timeoutMs = 3000): Promise<Health> {
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { status: "ok", db: "ok" };
  } catch (error) {
    return { status: "error", db: "unreachable", reason: lastMeaningfulLine(error) };
  }
}

// Prisma's messages start with an invocation banner; the cause is on the last line.
function lastMeaningfulLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.at(-1) ?? "unknown error";
}
