"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ClipboardEvent, type FormEvent } from "react";
import { pastedFileName } from "@/lib/import/paste-format";
import { EMPTY_DRAFT, draftFrom, failureOf, type ApiFailure, type ArticleDraft } from "./api-client";
import { articleInputSchema } from "@/lib/articles/schema";
import { inputLimits } from "@/lib/words/input-limits";

const SHOWN_FIELDS = new Set(["text", "title", "outlet", "author", "url", "publishedAt"]);
const FIELDS = [
  { name: "title", label: "Title", type: "text" },
  { name: "outlet", label: "Outlet", type: "text" },
  { name: "author", label: "Author", type: "text" },
  { name: "url", label: "URL", type: "url" },
  { name: "publishedAt", label: "Published", type: "date" },
] as const;
const SINGLE_ARTICLE = /\.(txt|text|md|markdown|html?)$/i;

/**
 * One article: pasted, read from a single .txt/.md/.html file, or fetched from a URL. Whatever the
 * source, the importer sees and may correct every field before anything is saved.
 */
export function ArticleForm() {
  const router = useRouter();
  const [draft, setDraft] = useState<ArticleDraft>(EMPTY_DRAFT);
  const [source, setSource] = useState("");
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [busy, setBusy] = useState<"fetch" | "file" | "save" | null>(null);
  const [pageUrl, setPageUrl] = useState("");

  const set = (name: keyof ArticleDraft, value: string) => setDraft((current) => ({ ...current, [name]: value }));

  async function preview(request: Promise<Response>, label: string, kind: "fetch" | "file") {
    setBusy(kind);
    setFailure(null);
    setDuplicateOf(null);
    try {
      const response = await request;
      if (!response.ok) return setFailure(await failureOf(response));
      setDraft(draftFrom((await response.json()) as Record<string, string>));
      setSource(label);
    } catch {
      setFailure({ message: "The server could not be reached" });
    } finally {
      setBusy(null);
    }
  }

  function fetchUrl() {
    void preview(
      fetch("/api/v1/imports/preview", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: pageUrl }) }),
      `Read from ${pageUrl}`,
      "fetch",
    );
  }

  function readFile(file: File | undefined) {
    if (!file) return;
    if (!SINGLE_ARTICLE.test(file.name)) {
      setFailure({ message: `${file.name} may hold many articles: use “Import files” below` });
      return;
    }
    void preview(fetch(`/api/v1/imports/preview?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file }), `Read from ${file.name}`, "file");
  }

  // A whole article pasted into the empty box is read like a file of its format, so the date,
  // outlet and title fill in here exactly as they would from that file.
  function readPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const text = event.clipboardData.getData("text/plain");
    if (draft.text.trim() !== "" || text.trim() === "") return;
    event.preventDefault();
    setDraft((current) => ({ ...current, text }));
    void preview(
      fetch(`/api/v1/imports/preview?name=${encodeURIComponent(pastedFileName(text))}`, { method: "POST", body: text }),
      "Read from the pasted text",
      "file",
    );
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy("save");
    setFailure(null);
    setDuplicateOf(null);
    try {
      const body = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== ""));
      const response = await fetch("/api/v1/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (response.status === 201) {
        router.push(`/articles/${((await response.json()) as { id: string }).id}`);
        return;
      }
      if (response.status === 409) {
        setDuplicateOf(((await response.json()) as { id: string }).id);
        return;
      }
      setFailure(await failureOf(response));
    } catch {
      setFailure({ message: "The server could not be reached; nothing was saved" });
    } finally {
      setBusy(null);
    }
  }

  const fieldError = (name: string) => failure?.fields?.[name] && <div className="error">{failure.fields[name]!.join(" ")}</div>;

  return (
    <>
      <div className="import-sources">
        <div className="field">
          <label htmlFor="page-url">From a web page</label>
          <div className="inline-row">
            <input id="page-url" type="url" placeholder="https://…" value={pageUrl} onChange={(event) => setPageUrl(event.target.value)} />
            <button type="button" className="secondary" onClick={fetchUrl} disabled={!pageUrl || busy !== null}>
              {busy === "fetch" ? "Fetching…" : "Fetch"}
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor="single-file">From a file (.txt, .md, .html)</label>
          <input id="single-file" type="file" accept=".txt,.md,.markdown,.html,.htm" onChange={(event) => readFile(event.target.files?.[0])} disabled={busy !== null} />
        </div>
      </div>
      {source && <p className="muted" data-testid="draft-source">{source}: check the fields below, then save.</p>}
      <form onSubmit={save}>
        <div className="field">
          <label htmlFor="text">Article text</label>
          <textarea id="text" name="text" rows={14} required dir="auto" placeholder="Paste the article exactly as published" value={draft.text} onChange={(event) => set("text", event.target.value)} onPaste={readPaste} />
          {fieldError("text")}
        </div>
        <div className="grid">
          {FIELDS.map((field) => (
            <div className="field" key={field.name}>
              <label htmlFor={field.name}>{field.label}</label>
              <input id={field.name} name={field.name} type={field.type} dir="auto" {...inputLimits(articleInputSchema, field.name)} value={draft[field.name]} onChange={(event) => set(field.name, event.target.value)} />
              {fieldError(field.name)}
            </div>
          ))}
        </div>
        <button type="submit" disabled={busy !== null}>{busy === "save" ? "Importing…" : "Import and find claims"}</button>{" "}
        <span role="status">
          {/* Field problems are shown under their fields; here only a pointer to them, so nothing is said twice. */}
          {failure && <span className="error">{failure.fields && Object.keys(failure.fields).every((name) => SHOWN_FIELDS.has(name)) ? "Correct the fields marked above" : failure.message}</span>}
          {duplicateOf && (
            <span className="notice">
              This article was already imported: <Link href={`/articles/${duplicateOf}`}>open it</Link>
            </span>
          )}
        </span>
      </form>
    </>
  );
}
