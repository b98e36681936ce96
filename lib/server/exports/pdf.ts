import fs from "node:fs";
import { chromium } from "playwright-core";

/** Debian's Chromium; nothing is downloaded (see ../shared/PLATFORM.md). */
export const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];

export class PdfUnavailableError extends Error {
  constructor() {
    super(`PDF export needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium); the HTML and Markdown reports work without it.`);
  }
}

const FOOTER = `<div style="width:100%;font-size:8px;color:#5b6475;padding:0 14mm;display:flex;justify-content:space-between;font-family:system-ui,sans-serif"><span class="title"></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

// Each print starts a browser of its own (a few hundred MB for a second or two): one at a time.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints a standalone HTML document to an A4 PDF with page numbers. The document must not need the
 * network: every request it makes is refused, so report text cannot make the server fetch anything.
 */
export function htmlToPdf(html: string): Promise<Uint8Array> {
  if (!fs.existsSync(CHROMIUM_PATH)) return Promise.reject(new PdfUnavailableError());
  const printed = queue.then(() => print(html));
  queue = printed.catch(() => {});
  return printed;
}

async function print(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "16mm", bottom: "18mm", left: "14mm", right: "14mm" },
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: FOOTER,
    });
  } finally {
    await browser.close();
  }
}
