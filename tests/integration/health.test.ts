import { describe, expect, test } from "vitest";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { checkHealth } from "@/lib/server/http/health";
import { workerDatabaseUrl } from "./helpers";

describe("health", () => {
  test("ok when the database answers", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", db: "ok" });
  });

  test("an error with a reason when it does not", async () => {
    useDatabase("postgresql://nobody@127.0.0.1:1/none");
    try {
      const health = await checkHealth(2000);
      expect(health.status).toBe("error");
      expect(health).toMatchObject({ db: "unreachable" });
      expect((health as { reason: string }).reason).toMatch(/reach|connect|refused/i);
    } finally {
      await disconnectDb();
      useDatabase(workerDatabaseUrl());
    }
  });
});
