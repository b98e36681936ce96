import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { SYSTEM_ACTOR, type Actor } from "@/lib/server/auth/actors";
import { createUser } from "@/lib/server/users/users";

export const TEST_PASSWORD = "correct horse battery";

/** A fresh user per call, so tests never depend on each other's accounts. */
export async function makeUser(role: Role, password = TEST_PASSWORD): Promise<Actor & { id: string; email: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.local`;
  const user = await createUser({ email, name: `Test ${role}`, role, password }, SYSTEM_ACTOR);
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
