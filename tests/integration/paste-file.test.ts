import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { importArticle, importArticles } from "@/lib/server/articles/articles";
import { db } from "@/lib/server/db/client";
import { previewFile } from "@/lib/server/imports/file-preview";
import { pastedFileName } from "@/lib/import/paste-format";
import { makeUser } from "./helpers";

const bytes = (text: string) => Readable.from([Buffer.from(text, "utf8")]);

describe("pasted text is read like a file of its format", () => {
  test("the dated format and a dateline fill date and outlet; the same article from a file and pasted is one article", async () => {
    const checker = await makeUser("fact_checker");
    const marker = randomUUID().slice(0, 8);
    const body = `KYIV (Ukrinform) — Ukraine's air force said it shot down 40 of 45 drones overnight, report ${marker}.\n\nThe governor reported that 12 civilians were injured.`;
    const file = ` date 2024-09-10 ${body}`;

    // The file, as /articles/new reads it and the bulk import stores it.
    const fromFile = await previewFile("report.txt", bytes(file), checker);
    expect(fromFile).toMatchObject({ outlet: "Ukrinform", publishedAt: new Date("2024-09-10T00:00:00Z") });
    const [stored] = await importArticles([fromFile], checker);
    expect(stored).toMatchObject({ status: "created" });
    const articleId = (stored as { articleId: string }).articleId;

    // The same text pasted: the form reads it through the same parser and shows the same fields.
    expect(pastedFileName(file)).toBe("pasted.txt");
    expect(await previewFile(pastedFileName(file), bytes(file), checker)).toEqual(fromFile);

    // Saved through the API with no fields, or pasted without its date line: one article.
    expect(await importArticle({ text: file }, checker)).toEqual({ status: "duplicate", articleId });
    expect(await importArticle({ text: body }, checker)).toEqual({ status: "duplicate", articleId });
    expect(await importArticle({ text: ` date 2024-09-11 ${body}` }, checker)).toEqual({ status: "duplicate", articleId });
  });

  test("an article sent as text alone gets the date, outlet and title its file would", async () => {
    const checker = await makeUser("fact_checker");
    const text = ` date 2024-04-03 (MENAFN- UkrinForm) Twelve civilians were injured in Kharkiv, ${randomUUID()}.`;
    const result = await importArticle({ text }, checker);
    const article = await db().article.findUniqueOrThrow({ where: { id: (result as { articleId: string }).articleId } });
    expect(article).toMatchObject({ text, outlet: "UkrinForm", publishedAt: new Date("2024-04-03T00:00:00Z") });
    expect(article.title).not.toContain("date 2024");
    // Fields the sender gave win over the ones read from the text.
    const given = await importArticle({ text: ` date 2024-04-03 (MENAFN- UkrinForm) Other text ${randomUUID()}.`, outlet: "Reuters" }, checker);
    expect((await db().article.findUniqueOrThrow({ where: { id: (given as { articleId: string }).articleId } })).outlet).toBe("Reuters");
  });
});
