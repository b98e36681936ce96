import http from "node:http";
import type { AddressInfo } from "node:net";

export type Page = { status?: number; type: string; body: string; headers?: Record<string, string> };

/** A web site on 127.0.0.1 serving the given pages; `requests` records what was asked for. */
export async function localSite(pages: Record<string, Page | ((request: http.IncomingMessage) => Page)>) {
  const requests: { path: string; headers: http.IncomingHttpHeaders }[] = [];
  const server = http.createServer((request, response) => {
    requests.push({ path: request.url ?? "", headers: request.headers });
    const entry = pages[request.url ?? ""];
    const page = typeof entry === "function" ? entry(request) : entry;
    if (!page) return response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    response.writeHead(page.status ?? 200, { "content-type": page.type, ...page.headers }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export const articlePage = (title: string, paragraphs: string[]) =>
  `<!doctype html><html><head><title>${title}</title><meta name="author" content="Olena Petrenko"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join("")}</article>
<footer>All rights reserved.</footer></body></html>`;
