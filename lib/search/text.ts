const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did " +
    "that this these those it its it's their there they them he she his her we our you your i me my not no than then " +
    "so such into over about after before since until up down out also more most some any all each other which who whom " +
    "what when where while will would can could should may might must said says say according told just only very"
  ).split(" "),
);

/** A crude English stem: enough for "soldiers" to meet "soldier" and "killed" to meet "kill". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, "");
  if (w.length > 5 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("es") && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  return w;
}

/** The content words of a text, stemmed; numbers are left to the figure comparison. */
export function contentTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const raw of text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []) {
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    tokens.add(stem(raw));
  }
  return tokens;
}

const NOT_ENTITY = new Set("the a an in on at as but and if when while since after before this that it he she they we i mr mrs ms dr".split(" "));

/**
 * Named things in a statement: runs of capitalised words (and acronyms) not at the start of the
 * sentence, lower-cased, with possessives dropped ("Ukraine's" → "ukraine").
 */
export function namedEntities(text: string): Set<string> {
  const entities = new Set<string>();
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu) ?? [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) entities.add(run.join(" "));
    run = [];
  };
  words.forEach((word, index) => {
    const bare = word.replace(/[’']s$/, "").replace(/\.$/, "");
    const capitalised = /^\p{Lu}/u.test(bare);
    if (capitalised && !(index === 0 && NOT_ENTITY.has(bare.toLowerCase())) && !NOT_ENTITY.has(bare.toLowerCase())) {
      run.push(bare.toLowerCase());
      if (bare !== word.replace(/\.$/, "")) flush();
    } else {
      flush();
    }
  });
  flush();
  return entities;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}
