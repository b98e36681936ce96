import type { HighlightPart } from "@/lib/search/highlight";

/** Renders a headline with its matched words marked, from plain parts (never raw HTML). */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index} className="search-hit">{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
