import { describe, expect, test } from "vitest";
import { actorForApiToken } from "@/lib/server/auth/actors";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/http/errors";
import { setDisabled } from "@/lib/server/users/users";
import { makeUser } from "./helpers";

describe("API tokens", () => {
  test("a user issues their own token; it authenticates as them and only its hash is stored", async () => {
    const user = await makeUser("fact_checker");
    const issued = await issueApiToken({ userId: user.id, name: "laptop" }, user);
    expect(await actorForApiToken(issued.token)).toEqual({ id: user.id, role: "fact_checker", name: user.name });
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(JSON.stringify(stored)).not.toContain(issued.token);
    expect(stored.lastUsedAt).not.toBeNull();
  });

  test("unknown tokens authenticate nobody", async () => {
    expect(await actorForApiToken("cd_not-a-real-token")).toBeNull();
  });

  test("only an admin issues tokens for someone else", async () => {
    const editor = await makeUser("editor");
    const other = await makeUser("viewer");
    await expect(issueApiToken({ userId: other.id }, editor)).rejects.toBeInstanceOf(AppError);
    const admin = await makeUser("admin");
    const issued = await issueApiToken({ userId: other.id }, admin);
    expect((await actorForApiToken(issued.token))?.id).toBe(other.id);
  });

  test("disabling a user stops their tokens at once, and enabling them again does not bring the tokens back", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("editor");
    const { token } = await issueApiToken({ userId: user.id }, user);
    await setDisabled({ userId: user.id, disabled: true }, admin);
    expect(await actorForApiToken(token)).toBeNull();
    await setDisabled({ userId: user.id, disabled: false }, admin);
    expect(await actorForApiToken(token)).toBeNull();
    const fresh = await issueApiToken({ userId: user.id }, user);
    expect((await actorForApiToken(fresh.token))?.id).toBe(user.id);
  });
});
