import type { Metadata } from "next";
import Link from "next/link";
import { CLAIM_TYPES } from "@/lib/extract";
import { STATE_LABELS } from "@/lib/review/workflow";
import { claimHref } from "@/lib/search/links";
import { CLAIM_STATES } from "@/lib/search/query";
import { AppError } from "@/lib/server/http/errors";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { listRatings } from "@/lib/server/settings/ratings";
import { RANK_CANDIDATES, search, type SearchResult } from "@/lib/server/search/search";
import { listHref } from "@/lib/paging/list-query";
import { rowsBefore } from "../ui/pager";
import { Highlighted } from "./highlighted";
import { formatDay } from "@/lib/words/dates";
import { CLAIM_TYPE_LABELS, claimTypeLabel } from "@/lib/words/labels";

export const metadata: Metadata = { title: "Search" };

type Params = Record<string, string | string[] | undefined>;
const FIELDS = ["q", "type", "state", "rating", "outlet", "speaker", "from", "to"] as const;

const day = (date: Date | null) => (date ? formatDay(date) : null);

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePageActor("article:read");
  const raw = await searchParams;
  const params = Object.fromEntries(FIELDS.map((field) => [field, typeof raw[field] === "string" ? raw[field] : ""])) as Record<(typeof FIELDS)[number], string>;
  const asked = FIELDS.some((field) => params[field]);
  let result: SearchResult | null = null;
  let problem: string | null = null;
  if (asked) {
    try {
      result = await search({ ...params, ...(typeof raw.cursor === "string" ? { cursor: raw.cursor } : {}) }, actor);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "invalid") throw error;
      // The message names each field and what is wrong with it (lib/words/validation).
      problem = error.message;
    }
  }
  const ratings = await listRatings(actor);
  const at = rowsBefore(raw.at);
  return (
    <main>
      <h1>Search</h1>
      <form method="get" action="/search" className="card search-form" role="search">
        <div className="search-box">
          <input type="search" name="q" defaultValue={params.q} aria-label="Search claims and articles" placeholder='Words, "a phrase", -excluded, or type:casualties speaker:Zelensky' autoFocus />
          <button type="submit">Search</button>
        </div>
        <div className="search-filters">
          <div className="field">
            <label htmlFor="type">Type</label>
            <select id="type" name="type" defaultValue={params.type}>
              <option value="">Any</option>
              {CLAIM_TYPES.map((type) => <option key={type} value={type}>{CLAIM_TYPE_LABELS[type]}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="state">State</label>
            <select id="state" name="state" defaultValue={params.state}>
              <option value="">Any</option>
              {CLAIM_STATES.map((state) => <option key={state} value={state}>{STATE_LABELS[state]}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rating">Rating</label>
            <select id="rating" name="rating" defaultValue={params.rating}>
              <option value="">Any</option>
              {ratings.map((rating) => <option key={rating.key} value={rating.key}>{rating.label}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="outlet">Outlet</label>
            <input id="outlet" name="outlet" defaultValue={params.outlet} />
          </div>
          <div className="field">
            <label htmlFor="speaker">Speaker</label>
            <input id="speaker" name="speaker" defaultValue={params.speaker} />
          </div>
          <div className="field">
            <label htmlFor="from">From</label>
            <input id="from" name="from" type="date" defaultValue={params.from} />
          </div>
          <div className="field">
            <label htmlFor="to">To</label>
            <input id="to" name="to" type="date" defaultValue={params.to} />
          </div>
        </div>
      </form>

      {problem && <p className="error" role="alert">{problem}</p>}
      {result && (
        <div className="search-results">
          <section aria-label="Claims">
            <h2>Claims</h2>
            {result.truncated && <p className="muted">Many claims match: the best of the first ones found are shown. Add words or filters to narrow the search.</p>}
            {result.claims.length === 0 ? (
              <p className="muted">No claims match.</p>
            ) : (
              <ol className="claim-list" data-testid="claim-results">
                {result.claims.map((claim) => (
                  <li key={claim.id} className={`type-${claim.type}`} data-claim-id={claim.id}>
                    <div>
                      <Link href={claimHref(claim.articleId, claim.id)} dir="auto"><Highlighted parts={claim.highlight} /></Link>
                    </div>
                    <div className="search-meta">
                      <span className="badge">{claimTypeLabel(claim.type)}</span> <span className={`badge state-${claim.status}`}>{STATE_LABELS[claim.status as keyof typeof STATE_LABELS] ?? claim.status}</span>{" "}
                      {claim.verdict && <span className="badge verdict-badge">{claim.verdict.ratingLabel}{claim.verdict.state === "proposed" ? " (proposed)" : ""}</span>}{" "}
                      <span className="muted">
                        {[claim.speaker && `said by ${claim.speaker}`, claim.articleTitle, claim.outlet, day(claim.publishedAt)].filter(Boolean).join(" · ")}
                      </span>{" "}
                      <Link href={`/claims/${claim.id}#related-claims`} className="muted">claim and related claims</Link>
                    </div>
                  </li>
                ))}
              </ol>
            )}
            <nav className="pager" aria-label="Pages">
              <span data-testid="list-count">{result.claims.length === 0 ? "No claims" : `${at + 1}–${at + result.claims.length} of ${result.truncated ? `the best ${RANK_CANDIDATES} of many` : result.nextCursor ? `more than ${at + result.claims.length}` : at + result.claims.length} claims`}</span>
              {at > 0 && <Link href={listHref("/search", { ...params })}>← First page</Link>}
              {result.nextCursor && <Link href={listHref("/search", { ...params, cursor: result.nextCursor, at: at + result.claims.length })} rel="next">Next page →</Link>}
            </nav>
          </section>
          {result.articles.length > 0 && (
            <section aria-label="Articles">
              <h2>Articles ({result.articles.length})</h2>
              <ol className="search-articles" data-testid="article-results">
                {result.articles.map((article) => (
                  <li key={article.id}>
                    <Link href={`/articles/${article.id}`} dir="auto">{article.title}</Link>{" "}
                    <span className="muted">{[article.outlet, day(article.publishedAt)].filter(Boolean).join(" · ")}</span>
                    <div className="search-snippet" dir="auto"><Highlighted parts={article.highlight} /></div>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      )}
    </main>
  );
}
