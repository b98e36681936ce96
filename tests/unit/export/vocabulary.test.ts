import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildClaimReview, ratingScale } from "@/lib/export/claim-review";
import { isChecked } from "@/lib/export/model";
import { claim, verdict } from "./fixtures";

// The schema.org release kept beside the project (../shared/datasets), as CI checks it out.
const VOCABULARY = path.resolve(import.meta.dirname, "../../../../shared/datasets/schemaorg-current-https.jsonld");

type Ref = { "@id": string };
interface VocabularyNode {
  "@id": string;
  "@type": string | string[];
  "rdfs:subClassOf"?: Ref | Ref[];
  "schema:domainIncludes"?: Ref | Ref[];
  "schema:rangeIncludes"?: Ref | Ref[];
}

const list = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const graph: VocabularyNode[] = JSON.parse(fs.readFileSync(VOCABULARY, "utf8"))["@graph"];
const nodes = new Map(graph.map((node) => [node["@id"], node]));
const isA = (node: VocabularyNode | undefined, kind: string) => node !== undefined && list(node["@type"]).includes(kind);

/** The class and every class it inherits from. */
function lineage(type: string): Set<string> {
  const seen = new Set<string>();
  const queue = [`schema:${type}`];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...list(nodes.get(id)?.["rdfs:subClassOf"]).map((ref) => ref["@id"]));
  }
  return seen;
}

/** Every problem with one JSON-LD node and the nodes inside it, as readable strings. */
function vocabularyProblems(node: Record<string, unknown>, where = "$"): string[] {
  const type = node["@type"];
  if (typeof type !== "string") return [`${where}: no @type`];
  if (!isA(nodes.get(`schema:${type}`), "rdfs:Class")) return [`${where}: schema:${type} is not a type`];
  const ancestors = lineage(type);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@")) continue;
    const property = nodes.get(`schema:${key}`);
    if (!isA(property, "rdf:Property")) {
      problems.push(`${where}.${key}: schema:${key} is not a property`);
      continue;
    }
    if (!list(property!["schema:domainIncludes"]).some((ref) => ancestors.has(ref["@id"]))) {
      problems.push(`${where}.${key}: not a property of ${type}`);
    }
    if (value && typeof value === "object") {
      const inner = value as Record<string, unknown>;
      const innerLineage = lineage(String(inner["@type"]));
      if (!list(property!["schema:rangeIncludes"]).some((ref) => innerLineage.has(ref["@id"]))) {
        problems.push(`${where}.${key}: ${String(inner["@type"])} is not in its range`);
      }
      problems.push(...vocabularyProblems(inner, `${where}.${key}`));
    }
  }
  return problems;
}

const scale = ratingScale([{ value: 1 }, { value: 5 }]);
const context = { organisation: { name: "Desk Checks", url: "https://checks.example" }, scale, reviewUrl: "https://claimdesk.example/review/c" };
const variants = {
  "organisation speaker": claim(),
  "person speaker": claim({ speaker: "Volodymyr Zelensky" }),
  "no speaker, no article details": claim({ speaker: null, article: { id: "a", title: "T", outlet: null, url: null, author: null, publishedAt: null } }),
  unverifiable: claim({ verdict: verdict({ rating: { key: "unverifiable", label: "Unverifiable", value: 0 } }) }),
};

describe("the ClaimReview uses only schema.org's vocabulary", () => {
  test("the vocabulary check itself catches unknown types, unknown properties and misplaced ones", () => {
    expect(vocabularyProblems({ "@type": "ClaimReview", claimReviewed: "x" })).toEqual([]);
    expect(vocabularyProblems({ "@type": "ClaimVerdict" })).toEqual(["$: schema:ClaimVerdict is not a type"]);
    expect(vocabularyProblems({ "@type": "ClaimReview", verdictText: "x" })).toEqual(["$.verdictText: schema:verdictText is not a property"]);
    expect(vocabularyProblems({ "@type": "Claim", claimReviewed: "x" })).toEqual(["$.claimReviewed: not a property of Claim"]);
    expect(vocabularyProblems({ "@type": "ClaimReview", reviewRating: { "@type": "Person", name: "x" } })).toEqual([
      "$.reviewRating: Person is not in its range",
    ]);
  });

  for (const [name, value] of Object.entries(variants)) {
    test(`every type and property exists and fits where it is used (${name})`, () => {
      if (!isChecked(value)) throw new Error("fixture is not checked");
      const { "@context": contextUrl, ...review } = buildClaimReview(value, context);
      expect(contextUrl).toBe("https://schema.org");
      expect(vocabularyProblems(review)).toEqual([]);
    });
  }
});
