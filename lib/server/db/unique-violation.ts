import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether a write failed on a unique constraint. Prisma reports it as P2002 from its own queries,
 * but as P2010 ("raw query failed") carrying PostgreSQL's SQLSTATE 23505 from `$executeRaw`, which
 * the bulk inserts use.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } } | undefined;
  if (error.code !== "P2010") return false;
  return meta?.code === "23505" || meta?.driverAdapterError?.cause?.originalCode === "23505" || meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation" || /\b23505\b/.test(error.message);
}
