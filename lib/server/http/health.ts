import net from "node:net";
import { databaseUrl, db } from "../db/client";

export type Health =
  | { status: "ok"; db: "ok" }
  | { status: "ok"; db: "busy"; reason: string }
  | { status: "error"; db: "unreachable"; reason: string };

/** Whether the database server accepts a TCP connection: reachable, whatever the app's pool is doing. */
function acceptsConnections(url: string | undefined, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url ?? "");
    } catch {
      return resolve(false);
    }
    const socket = net.connect({ host: target.hostname.replace(/^\[|\]$/g, ""), port: Number(target.port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * The database answers a query: ok. It does not answer in time but accepts connections: busy, not
 * down (every connection of the app may be held by long work such as a large import). Neither:
 * unreachable, with the reason.
 */
export async function checkHealth(timeoutMs = 3000): Promise<Health> {
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { status: "ok", db: "ok" };
  } catch (error) {
    const reason = lastMeaningfulLine(error);
    if (await acceptsConnections(databaseUrl(), timeoutMs)) return { status: "ok", db: "busy", reason };
    return { status: "error", db: "unreachable", reason };
  }
}

// Prisma's messages start with an invocation banner; the cause is on the last line.
function lastMeaningfulLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.at(-1) ?? "unknown error";
}
