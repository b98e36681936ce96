import lexicon from "./common-words.json";

let words: Set<string> | null = null;

/**
 * Whether running text writes the word in lower case ("inflation", "hackers"), from the lexicon
 * `npm run build:common-words` gathers from unlabelled news and debate text. Read on first use.
 */
export function isCommonWord(lower: string): boolean {
  words ??= new Set(lexicon.words.split(" "));
  return words.has(lower);
}
