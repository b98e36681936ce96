import type { Metadata } from "next";
import Link from "next/link";
import { listArticles } from "@/lib/server/articles/articles";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { formatDay } from "@/lib/words/dates";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requirePageActor("article:read");
  const articles = await listArticles(actor);
  return (
    <main>
      <h1>Articles</h1>
      {articles.length === 0 ? (
        <p className="muted">No articles yet.</p>
      ) : (
        <table>
          <thead>
            <tr><th>Title</th><th>Outlet</th><th>Published</th><th>Claims</th></tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td><Link href={`/articles/${article.id}`} dir="auto">{article.title}</Link></td>
                <td>{article.outlet ?? "—"}</td>
                <td>{article.publishedAt ? formatDay(article.publishedAt) : "—"}</td>
                <td>{article._count.claims}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
