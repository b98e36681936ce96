import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db/client";
import { makeUser } from "./helpers";

describe("concurrent queries through one client", () => {
  test("parallel queries with different parameters each get their own answer", async () => {
    const users = await Promise.all(Array.from({ length: 6 }, (_, index) => makeUser(index % 2 ? "viewer" : "editor")));
    const rounds = await Promise.all(
      Array.from({ length: 40 }, (_, index) => {
        const user = users[index % users.length]!;
        return index % 3 === 0
          ? db().user.findMany({ where: { id: { in: users.map((u) => u.id).slice(0, (index % users.length) + 1) } }, select: { id: true } }).then((rows) => rows.length)
          : db().user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } }).then((row) => row.email);
      }),
    );
    rounds.forEach((answer, index) => {
      const expected = index % 3 === 0 ? (index % users.length) + 1 : users[index % users.length]!.email;
      expect(answer).toBe(expected);
    });
  });
});
