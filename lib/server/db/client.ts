import { PrismaPg } from "@prisma/adapter-pg";
import { readEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isEmbeddedUrl } from "./embedded-url";

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: PrismaClient; claimdeskDatabaseUrl?: string };

function createClient(connectionString = readEnv().DATABASE_URL): PrismaClient {
  if (!connectionString) throw new Error("DATABASE_URL is not set: start ClaimDesk with `npm start`");
  globalForPrisma.claimdeskDatabaseUrl = connectionString;
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, ...(isEmbeddedUrl(connectionString) ? { max: 1 } : {}) }),
    omit: { user: { passwordHash: true } },
  });
}

/** The single Prisma client; created on first use so importing it never needs a database. */
export function db(): PrismaClient {
  globalForPrisma.claimdeskPrisma ??= createClient();
  return globalForPrisma.claimdeskPrisma;
}

/**
 * The URL the client connects to, for connections of their own: the event stream's LISTEN, and the
 * health check's look past a busy pool.
 */
export function databaseUrl(): string {
  db();
  return globalForPrisma.claimdeskDatabaseUrl!;
}

/** For scripts and tests that resolved the database themselves (the embedded one has no fixed URL). */
export function useDatabase(url: string): void {
  globalForPrisma.claimdeskPrisma = createClient(url);
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.claimdeskPrisma?.$disconnect();
  globalForPrisma.claimdeskPrisma = undefined;
  globalForPrisma.claimdeskDatabaseUrl = undefined;
}
