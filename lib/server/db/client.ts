import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { readEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isEmbeddedUrl } from "./embedded-url";

function createClient(pool: pg.Pool) {
  return new PrismaClient({ adapter: new PrismaPg(pool), omit: { user: { passwordHash: true } } });
}

interface Connection {
  pool: pg.Pool;
  prisma: ReturnType<typeof createClient>;
  url: string;
}

const globalForPrisma = globalThis as unknown as { claimdeskDb?: Connection; claimdeskDbUsers?: Set<() => Promise<void>> };
// Whatever else runs on the pool (the job queue) is stopped before the pool is closed.
const users = (globalForPrisma.claimdeskDbUsers ??= new Set());

export function stopBeforeDisconnect(stop: () => Promise<void>): void {
  users.add(stop);
}

/**
 * One pg pool per process, shared by Prisma and the job queue, so that against the embedded
 * server (one connection, see isEmbeddedUrl) the queue's queries wait their turn with Prisma's.
 */
function connect(connectionString = readEnv().DATABASE_URL): Connection {
  if (!connectionString) throw new Error("DATABASE_URL is not set: start ClaimDesk with `npm start`");
  const pool = new pg.Pool({ connectionString, ...(isEmbeddedUrl(connectionString) ? { max: 1 } : {}) });
  return { pool, prisma: createClient(pool), url: connectionString };
}

function connection(): Connection {
  globalForPrisma.claimdeskDb ??= connect();
  return globalForPrisma.claimdeskDb;
}

/** The single Prisma client; created on first use so importing it never needs a database. */
export function db() {
  return connection().prisma;
}

/** The pool behind db(), for the job queue. */
export function dbPool(): pg.Pool {
  return connection().pool;
}

/**
 * The URL the client connects to, for connections of their own: the event stream's LISTEN, and the
 * health check's look past a busy pool.
 */
export function databaseUrl(): string {
  return connection().url;
}

/** For scripts and tests that resolved the database themselves (the embedded one has no fixed URL). */
export function useDatabase(url: string): void {
  globalForPrisma.claimdeskDb = connect(url);
}

export async function disconnectDb(): Promise<void> {
  for (const stop of [...users]) {
    users.delete(stop);
    await stop();
  }
  const current = globalForPrisma.claimdeskDb;
  globalForPrisma.claimdeskDb = undefined;
  if (!current) return;
  await current.prisma.$disconnect();
  await current.pool.end();
}
