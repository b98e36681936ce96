import { describe, expect, test } from "vitest";
import * as assets from "@/app/api/docs/assets/[file]/route";
import * as page from "@/app/api/docs/route";
import * as document from "@/app/api/v1/openapi.json/route";

const asset = (file: string) => assets.GET(new Request(`http://test/api/docs/assets/${file}`), { params: Promise.resolve({ file }) });

describe("the API reference page", () => {
  test("is Swagger UI from the app's own files, reading the served document", async () => {
    const html = await page.GET().text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.every((source) => source.startsWith("/api/docs/assets/")), "no CDN").toBe(true);
    for (const source of sources) {
      const response = await asset(source.split("/").at(-1)!);
      expect(response.status, source).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(20);
    }
    expect(await (await asset("init.js")).text()).toContain('"/api/v1/openapi.json"');
    expect((await document.GET().json()).openapi).toBe("3.1.0");
  });

  test("serves nothing but its own files", async () => {
    for (const file of ["package.json", "..%2F..%2Fpackage.json", "index.html"]) {
      const response = await asset(file);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});
