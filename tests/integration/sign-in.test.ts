import { describe, expect, test } from "vitest";
import { MAX_FAILURES_PER_MINUTE, signInWithPassword } from "@/lib/server/auth/sign-in";
import { setDisabled } from "@/lib/server/users/users";
import { makeUser, TEST_PASSWORD } from "./helpers";

describe("password sign-in", () => {
  test("the right password signs in; a wrong one and an unknown email get the same answer", async () => {
    const user = await makeUser("fact_checker");
    const ok = await signInWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, "10.0.0.1");
    expect(ok).toEqual({ ok: true, actor: { id: user.id, email: user.email, role: "fact_checker", name: user.name } });
    expect(await signInWithPassword({ email: user.email, password: "wrong password" }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword({ email: "nobody@test.local", password: "whatever" }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  test("after five failures for an account, even the right password waits", async () => {
    const user = await makeUser("editor");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_MINUTE; attempt++) {
      expect((await signInWithPassword({ email: user.email, password: `guess ${attempt}` }, `10.1.0.${attempt}`)).ok).toBe(false);
    }
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "10.1.1.1")).toEqual({ ok: false, reason: "throttled" });
  });

  test("after five failures from an address, other accounts from it wait too", async () => {
    const user = await makeUser("viewer");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_MINUTE; attempt++) {
      await signInWithPassword({ email: `spray${attempt}@test.local`, password: "guess" }, "10.2.0.9");
    }
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "10.2.0.9")).toEqual({ ok: false, reason: "throttled" });
    expect((await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "10.2.0.10")).ok).toBe(true);
  });

  test("a disabled account cannot sign in", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("fact_checker");
    await setDisabled({ userId: user.id, disabled: true }, admin);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "10.3.0.1")).toEqual({ ok: false, reason: "invalid" });
  });
});
