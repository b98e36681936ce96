import { describe, expect, test } from "vitest";
import { extractClaimsOffThread } from "@/lib/server/articles/extract-off-thread";
import { extractClaims } from "@/lib/extract";

// The probe's case: a dense article under the 2 MiB limit took seconds to extract on the server's
// event loop, so every other request (health checks included) waited behind it.
describe("claim extraction runs off the event loop", () => {
  test("while a dense article is extracted, the process keeps serving other work", async () => {
    const unit = "Russian forces lost 5 tanks, 7 drones and 9 artillery systems near Bakhmut, the General Staff said. ";
    const dense = unit.repeat(Math.floor((512 * 1024) / unit.length));
    const order: string[] = [];
    const extraction = extractClaimsOffThread(dense).then((claims) => {
      order.push("extracted");
      return claims;
    });
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push("timer");
        resolve();
      }, 0),
    );
    const claims = await extraction;
    expect(order).toEqual(["timer", "extracted"]);
    expect(claims.length).toBeGreaterThan(1000);
  });

  test("the worker gives the engine's own answer, and serves requests one after another", async () => {
    const texts = ["KYIV (Wire) — Russian strikes killed 7 civilians in Kharkiv on Tuesday, the governor said.", "", "Ukraine received 31 Abrams tanks."];
    const results = await Promise.all(texts.map((text) => extractClaimsOffThread(text)));
    expect(results).toEqual(texts.map((text) => extractClaims(text)));
  });
});
