import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { SYSTEM_ACTOR, type Actor } from "@/lib/server/auth/actors";
import { createUser } from "@/lib/server/users/users";

/** The database of the worker running this file (VITEST_POOL_ID counts workers from 1). */
export function workerDatabaseUrl(): string {
  const urls = inject("databaseUrls");
  const url = urls[Number(process.env.VITEST_POOL_ID ?? 1) - 1];
  if (!url) throw new Error(`no test database for worker ${process.env.VITEST_POOL_ID} of ${urls.length}`);
  return url;
}

export const TEST_PASSWORD = "correct horse battery";

/** A fresh user per call, so tests never depend on each other's accounts. */
export async function makeUser(role: Role, password = TEST_PASSWORD): Promise<Actor & { id: string; email: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.local`;
  const user = await createUser({ email, name: `Test ${role}`, role, password }, SYSTEM_ACTOR);
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
