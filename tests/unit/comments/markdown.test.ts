import { describe, expect, test } from "vitest";
import { escapeHtml, renderComment } from "@/lib/comments/markdown";

const users = [
  { id: "u1", name: "Eddie Editor" },
  { id: "u2", name: "Eddie" },
  { id: "u3", name: "Cleo <b>Checker</b>" },
];

describe("renderComment", () => {
  test("HTML typed in a comment is shown as text", () => {
    expect(renderComment(`<script>alert("x")</script> & <img src=x onerror=alert(1)>`)).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>",
    );
  });

  test("links are http(s) only; other schemes stay text", () => {
    expect(renderComment("see [the report](https://example.org/a?b=1&c=2)")).toBe(
      '<p>see <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">the report</a></p>',
    );
    expect(renderComment("[click](javascript:alert(1))")).toBe("<p>[click](javascript:alert(1))</p>");
    expect(renderComment("[x](data:text/html,hi)")).not.toContain("<a");
    expect(renderComment("bare http://example.org/x.")).toBe(
      '<p>bare <a href="http://example.org/x" rel="noopener noreferrer nofollow" target="_blank">http://example.org/x</a>.</p>',
    );
  });

  test("a quote in a link target cannot leave the attribute", () => {
    const html = renderComment('[a](https://example.org/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"onmouseover=/);
    expect(html).toContain("&quot;onmouseover=&quot;");
  });

  test("emphasis, strong, quotes and paragraphs", () => {
    expect(renderComment("**sure** and *maybe* but not snake_case_name")).toBe("<p><strong>sure</strong> and <em>maybe</em> but not snake_case_name</p>");
    expect(renderComment("> they said\n> this\n\nI disagree")).toBe("<blockquote><p>they said<br>this</p></blockquote><p>I disagree</p>");
    expect(renderComment("2 * 3 * 4")).toBe("<p>2 * 3 * 4</p>");
  });

  test("mentions of known users are marked, the longest name wins, unknown names stay text", () => {
    expect(renderComment("@Eddie Editor please look; @eddie too; @Nobody here", users)).toBe(
      '<p><span class="mention" data-user-id="u1">@Eddie Editor</span> please look; <span class="mention" data-user-id="u2">@Eddie</span> too; @Nobody here</p>',
    );
    expect(renderComment("mail me at someone@Eddie.org", users)).toBe("<p>mail me at someone@Eddie.org</p>");
    expect(renderComment("@Cleo <b>Checker</b>", users)).toBe('<p><span class="mention" data-user-id="u3">@Cleo &lt;b&gt;Checker&lt;/b&gt;</span></p>');
  });

  test("escapeHtml escapes the five special characters", () => {
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});
