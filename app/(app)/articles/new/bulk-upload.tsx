"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { failureOf } from "./api-client";

/** Many articles at once: the files are uploaded, then imported in the background while the progress page shows how far it got. */
export function BulkUpload({ maxUploadLabel }: { maxUploadLabel: string }) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // One file goes as the request body, which the server streams to disk; several go as a form.
      const form = new FormData();
      for (const file of files) form.append("files", file);
      const response =
        files.length === 1
          ? await fetch(`/api/v1/imports?name=${encodeURIComponent(files[0]!.name)}`, { method: "POST", body: files[0] })
          : await fetch("/api/v1/imports", { method: "POST", body: form });
      if (response.status !== 202) {
        setError((await failureOf(response)).message);
        return;
      }
      router.push(`/imports/${((await response.json()) as { id: string }).id}`);
    } catch {
      setError("The upload did not reach the server");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={upload}>
      <div className="field">
        <label htmlFor="bulk-files">Files (.jsonl, .json, .csv, .txt, .md, .html)</label>
        <input
          id="bulk-files"
          type="file"
          multiple
          accept=".jsonl,.ndjson,.json,.csv,.txt,.md,.markdown,.html,.htm"
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
        <div className="muted">One article per line or object, with a <code>text</code> field; up to {maxUploadLabel} per upload.</div>
      </div>
      <button type="submit" disabled={busy || files.length === 0}>
        {busy ? "Uploading…" : files.length > 1 ? `Import ${files.length} files` : "Import file"}
      </button>{" "}
      {error && <span className="error" role="status">{error}</span>}
    </form>
  );
}
