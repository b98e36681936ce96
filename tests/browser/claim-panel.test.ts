import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Actor } from "@/lib/server/auth/actors";
import { takeClaim } from "@/lib/server/claims/assignments";
import { addSource } from "@/lib/server/claims/sources";
import { proposeVerdict } from "@/lib/server/claims/verdicts";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { findUserByEmail } from "@/lib/server/users/users";
import { launchChromium, screenshot } from "./chromium";
import { base, importArticle, signedIn } from "./desk-helpers";

let browser: Browser;
let checker: Page;
let editor: Page;
let article: Awaited<ReturnType<typeof importArticle>>;

async function actor(role: "fact_checker" | "editor"): Promise<Actor> {
  const user = await findUserByEmail(inject("accounts")[role].email);
  return { id: user!.id, role, name: user!.name };
}

beforeAll(async () => {
  useDatabase(inject("databaseUrl"));
  browser = await launchChromium();
  checker = await signedIn(browser, "fact_checker", 1440);
  editor = await signedIn(browser, "editor", 1440);
  article = await importArticle(
    checker,
    "Panel words",
    [
      "Emergency services reported that 340 people were evacuated from the Saltivka district overnight.",
      "Officials said 45 tonnes of humanitarian aid arrived in the city by rail on Wednesday.",
    ].join(" "),
  );
});

afterAll(async () => {
  await browser?.close();
  await disconnectDb();
});

describe("the claim panel", () => {
  test("approve asks first, can be undone within the window, and approves after it; contradicting stances are flagged", async () => {
    const claim = article.claims[0]!;
    const fran = await actor("fact_checker");
    await takeClaim(claim.id, {}, fran);
    await addSource(claim.id, { url: "https://dsns.gov.ua/news/1", title: "State Emergency Service report", stance: "supports" }, fran);
    await proposeVerdict(claim.id, { rating: "false", rationale: "The service's report says otherwise." }, fran);

    await editor.goto(`${base()}/claims/${claim.id}`);
    const panel = editor.getByTestId("claim-panel");
    await expect(panel.getByTestId("stance-warning").textContent()).resolves.toContain("The only source supports the claim, but the rating is “False”");
    // On its own page, the claim does not link to itself.
    await expect(panel.getByRole("link", { name: "Open the claim page" }).count()).resolves.toBe(0);

    await panel.getByRole("button", { name: "Approve", exact: true }).click();
    await panel.getByRole("group", { name: "Confirm approval" }).waitFor();
    await screenshot(editor, "approve-confirm");
    await panel.getByRole("button", { name: "Yes, approve" }).click();
    await panel.getByRole("status").filter({ hasText: /Approving in \d+ s/ }).waitFor();
    await screenshot(editor, "approve-undo-window");
    await panel.getByRole("button", { name: "Undo approval" }).click();
    await panel.getByRole("status").filter({ hasText: "Approval undone" }).waitFor();
    // Nothing was sent: the claim still waits for a decision, after the window too.
    await editor.waitForTimeout(11_000);
    const waiting = await editor.request.get(`${base()}/api/v1/claims/${claim.id}`);
    expect(((await waiting.json()) as { status: string }).status).toBe("proposed");

    // A note of spaces passes the browser's `required`; the server's answer names the field, on a line of its own, on a phone too.
    await editor.setViewportSize({ width: 390, height: 844 });
    const note = panel.getByLabel("Note for the fact-checker");
    await expect(note.getAttribute("maxlength")).resolves.toBe("5000");
    await note.fill("   ");
    await panel.getByRole("button", { name: "Return", exact: true }).click();
    const alert = panel.getByRole("alert").filter({ hasText: /^Note is required$/ });
    await alert.waitFor();
    expect((await alert.boundingBox())!.width).toBeGreaterThan(200);
    await screenshot(editor, "phone-return-error");
    await editor.setViewportSize({ width: 1440, height: 900 });

    await panel.getByRole("button", { name: "Approve", exact: true }).click();
    await panel.getByRole("button", { name: "Yes, approve" }).click();
    // Sent once the window has passed; the page then shows the claim approved and locked.
    await panel.getByRole("status").filter({ hasText: /Approving in \d+ s/ }).waitFor();
    await editor.getByTestId("claim-state").filter({ hasText: "Approved" }).waitFor({ timeout: 25_000 });
    await editor.getByText("History").click();
    const history = await editor.getByTestId("history").textContent();
    expect(history).toContain(`${inject("accounts").editor.name} approved the verdict “False”`);
    expect(history).toContain(`${fran.name} took the claim`);
    expect(history).not.toMatch(/verdict\.approve|claim\.take|null/);
    await screenshot(editor, "claim-approved-history");
  });

  test("figures are edited as rows of inputs: add one, then remove it", async () => {
    const claim = article.claims[1]!;
    await checker.goto(`${base()}/articles/${article.id}?claim=${claim.id}`);
    const panel = checker.getByTestId("claim-panel");
    await panel.getByText("Edit claim").click();
    const rows = panel.getByTestId("figure-row");
    const before = await rows.count();
    await panel.getByRole("button", { name: "Add a figure" }).click();
    await rows.nth(before).getByLabel(`Figure ${before + 1} text`).fill("Wednesday");
    await rows.nth(before).getByLabel(`Figure ${before + 1} value`).fill("3");
    await rows.nth(before).getByLabel(`Figure ${before + 1} unit`).fill("day of the week");
    await rows.nth(before).getByLabel(`Figure ${before + 1} qualifier`).selectOption({ label: "Exact" });
    await screenshot(checker, "figures-form");
    await panel.getByRole("button", { name: "Save claim" }).click();
    await panel.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    await checker.reload();
    await expect(checker.getByTestId("claim-panel").textContent()).resolves.toContain("Figures: ");
    const api = (await (await checker.request.get(`${base()}/api/v1/claims/${claim.id}`)).json()) as { figures: { text: string; value: number; unit: string; qualifier: string }[] };
    expect(api.figures).toContainEqual(expect.objectContaining({ text: "Wednesday", value: 3, unit: "day of the week", qualifier: "exact" }));

    const again = checker.getByTestId("claim-panel");
    await again.getByText("Edit claim").click();
    await again.getByRole("button", { name: `Remove figure ${before + 1}` }).click();
    await again.getByRole("button", { name: "Save claim" }).click();
    await again.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    const after = (await (await checker.request.get(`${base()}/api/v1/claims/${claim.id}`)).json()) as { figures: { text: string }[] };
    expect(after.figures.map((figure) => figure.text)).not.toContain("Wednesday");
  });
});
