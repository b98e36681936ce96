import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { ARTICLE_SORTS, ARTICLE_SORT_LABELS } from "@/lib/articles/list";
import { listHref } from "@/lib/paging/list-query";
import { listArticlePage, listOutlets } from "@/lib/server/articles/article-list";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { formatDay } from "@/lib/words/dates";
import { ListProblem, listOrProblem } from "../ui/list-problem";
import { Pager, plainParams, rowsBefore } from "../ui/pager";

export const metadata: Metadata = { title: "Articles" };

const FILTERS = ["sort", "outlet", "from", "to", "unchecked", "archived", "limit"] as const;
const day = (date: Date | null) => (date ? formatDay(date) : "—");

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("article:read");
  const params = plainParams(await searchParams);
  const filters = Object.fromEntries(FILTERS.flatMap((name) => (params[name] ? [[name, params[name]]] : [])));
  const [page, outlets] = await Promise.all([listOrProblem(listArticlePage({ ...filters, cursor: params.cursor }, actor)), listOutlets(actor)]);
  const archived = filters.archived === "true";
  return (
    <main>
      <h1>{archived ? "Archived articles" : "Articles"}</h1>
      <form className="inline filters" method="get" aria-label="Filter articles">
        <label className="inline">Sort
          <select name="sort" defaultValue={filters.sort ?? "published"}>
            {ARTICLE_SORTS.map((sort) => <option key={sort} value={sort}>{ARTICLE_SORT_LABELS[sort]}</option>)}
          </select>
        </label>
        <label className="inline">Outlet
          <select name="outlet" defaultValue={filters.outlet ?? ""}>
            <option value="">Any outlet</option>
            {outlets.map((outlet) => <option key={outlet} value={outlet}>{outlet}</option>)}
          </select>
        </label>
        <label className="inline">Published from <input type="date" name="from" defaultValue={filters.from ?? ""} /></label>
        <label className="inline">to <input type="date" name="to" defaultValue={filters.to ?? ""} /></label>
        <label className="inline"><input type="checkbox" name="unchecked" value="true" defaultChecked={filters.unchecked === "true"} /> Has unchecked claims</label>
        {archived && <input type="hidden" name="archived" value="true" />}
        {filters.limit && <input type="hidden" name="limit" value={filters.limit} />}
        <button type="submit" className="secondary">Show</button>
        {Object.keys(filters).length > 0 && <Link href={archived ? "/articles?archived=true" : "/articles"}>Clear</Link>}
      </form>
      {can(actor, "article:archive") && <p>{archived ? <Link href="/articles">← Articles</Link> : <Link href="/articles?archived=true">Archived articles</Link>}</p>}
      {"problem" in page ? (
        <ListProblem message={page.problem} />
      ) : (
        <>
          <Pager path="/articles" params={filters} at={rowsBefore(params.at)} shown={page.items.length} total={page.total} nextCursor={page.nextCursor} noun="articles" />
          {page.items.length === 0 ? (
            <p className="muted">{Object.keys(filters).length ? "No article matches these filters." : "No articles yet."}</p>
          ) : (
            <table data-testid="articles-table">
              <thead>
                <tr><th>Title</th><th>Outlet</th><th>Published</th><th>Imported</th><th>Checked / claims</th><th>Open</th></tr>
              </thead>
              <tbody>
                {page.items.map((article) => (
                  <tr key={article.id} data-article-id={article.id}>
                    <td><Link href={`/articles/${article.id}`} dir="auto">{article.title}</Link></td>
                    <td>{article.outlet ? <Link href={listHref("/articles", { ...filters, outlet: article.outlet })}>{article.outlet}</Link> : "—"}</td>
                    <td>{day(article.publishedAt)}</td>
                    <td>{day(article.createdAt)}</td>
                    <td data-testid="checked-claims">{`${article.checked} / ${article.claims}`}</td>
                    <td>{article.open}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {page.nextCursor && <Pager path="/articles" params={filters} at={rowsBefore(params.at)} shown={page.items.length} total={page.total} nextCursor={page.nextCursor} noun="articles" />}
        </>
      )}
    </main>
  );
}
