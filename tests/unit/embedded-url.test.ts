import { expect, test } from "vitest";
import { embeddedUrl, isEmbeddedUrl } from "@/lib/server/db/embedded-url";

test("clients recognise the embedded server's URL, and only it, so they use a single connection", () => {
  expect(isEmbeddedUrl(embeddedUrl(54321, "secret"))).toBe(true);
  expect(isEmbeddedUrl("postgresql://postgres@127.0.0.1:5432/test")).toBe(false);
  expect(isEmbeddedUrl("not a url")).toBe(false);
});
