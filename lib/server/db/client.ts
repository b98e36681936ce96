import { PrismaPg } from "@prisma/adapter-pg";
import { readEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isEmbeddedUrl } from "./embedded-url";

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: PrismaClient; claimdeskDatabaseUrl?: string };

function createClient(connectionString = readEnv().DATABASE_URL): PrismaClient {
  if (!connectionString) throw new Error("DATABASE_URL is not set: start ClaimDesk with `npm start`");
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

/** The database the client talks to, for checks that must not go through its connection pool. */
export function databaseUrl(): string | undefined {
  return globalForPrisma.claimdeskDatabaseUrl ?? readEnv().DATABASE_URL;
}

/** For scripts and tests that resolved the database themselves (the embedded one has no fixed URL). */
export function useDatabase(url: string): void {
  globalForPrisma.claimdeskPrisma = createClient(url);
  globalForPrisma.claimdeskDatabaseUrl = url;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.claimdeskPrisma?.$disconnect();
  globalForPrisma.claimdeskPrisma = undefined;
  globalForPrisma.claimdeskDatabaseUrl = undefined;
}
