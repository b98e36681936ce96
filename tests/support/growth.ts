/**
 * How the cost of a function grows with its input, for tests that guard against quadratic or
 * catastrophic behaviour. Each input is measured at n and at GROWTH × n: linear code grows about
 * GROWTH times, quadratic code about GROWTH² times, and the bound sits far from both.
 */
export const GROWTH = 16;
export const LINEAR_BOUND = 64;

type StringMethod = "slice" | "substring" | "indexOf" | "lastIndexOf" | "includes" | "startsWith" | "endsWith" | "toLowerCase" | "toUpperCase" | "normalize" | "trim";

/** Characters each string method walks over, from its arguments and result: a lower bound of its work. */
const STRING_METHOD_WORK: Record<StringMethod, (text: string, args: unknown[], result: unknown) => number> = {
  slice: (_, __, result) => (result as string).length,
  substring: (_, __, result) => (result as string).length,
  indexOf: (text, args, result) => ((result as number) < 0 ? text.length : (result as number)) - Number(args[1] ?? 0),
  lastIndexOf: (text, args, result) => Number(args[1] ?? text.length) - Math.max(0, result as number),
  includes: (text, args) => text.length - Number(args[1] ?? 0),
  startsWith: (_, args) => String(args[0]).length,
  endsWith: (_, args) => String(args[0]).length,
  toLowerCase: (text) => text.length,
  toUpperCase: (text) => text.length,
  normalize: (text) => text.length,
  trim: (text) => text.length,
};

/**
 * The characters that regular expressions and the common string built-ins scan while `run` runs:
 * each regular-expression match counts the distance from where it started to where it matched or
 * gave up (String's match, replace, split, search and matchAll all go through `exec`), each string
 * search or copy the characters it walks. Deterministic, so it can be compared exactly.
 *
 * It sees code that scans the same text again and again (a regular expression run on the rest of
 * the text for every word, `indexOf` from the start inside a loop, slicing the remainder each
 * time), but not the backtracking inside one match nor loops in plain JavaScript: those need
 * `cpuTimeGrowth`, in the complexity project that runs alone.
 */
export function countStringWork(run: () => void): number {
  let work = 0;
  const exec = RegExp.prototype.exec;
  const strings = String.prototype as unknown as Record<StringMethod, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(Object.keys(STRING_METHOD_WORK).map((name) => [name, strings[name as StringMethod]])) as Record<StringMethod, (...args: unknown[]) => unknown>;
  RegExp.prototype.exec = function countedExec(this: RegExp, input: string) {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = Reflect.apply(exec, this, [text]) as RegExpExecArray | null;
    const to = match ? match.index + match[0].length : this.sticky ? from : text.length;
    work += 1 + Math.max(0, to - from);
    return match;
  };
  for (const name of Object.keys(STRING_METHOD_WORK) as StringMethod[]) {
    const original = originals[name];
    const measure = STRING_METHOD_WORK[name];
    strings[name] = function counted(this: string, ...args: unknown[]) {
      const result = Reflect.apply(original, this, args);
      work += 1 + Math.max(0, measure(String(this), args, result));
      return result;
    };
  }
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
    for (const name of Object.keys(originals) as StringMethod[]) strings[name] = originals[name];
  }
  return work;
}

/** Work on the GROWTH × n input divided by work on the n input; linear code gives about GROWTH. */
export function workGrowth(make: (n: number) => string, n: number, run: (input: string) => void): number {
  const small = make(n);
  const large = make(GROWTH * n);
  return countStringWork(() => run(large)) / countStringWork(() => run(small));
}

function cpuMilliseconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Times to run `run(input)` back to back so that one sample takes at least 20 ms of CPU. */
function repeatsFor(run: (input: string) => void, input: string): number {
  let repeats = 1;
  while (cpuMilliseconds(() => { for (let r = 0; r < repeats; r++) run(input); }) < 20 && repeats < 4096) repeats *= 2;
  return repeats;
}

/**
 * CPU time (not wall-clock: time spent waiting for a core shared with other processes does not
 * count) on the GROWTH × n input divided by that on the n input, each the median of five samples
 * taken alternately so a change in machine load affects both alike. A sample repeats its input
 * until it takes at least 20 ms, so timer resolution and one-off pauses do not decide it.
 * For the complexity project, which runs alone after the other projects.
 *
 * A reading at or over LINEAR_BOUND is taken again and the lower one kept: CPU time counts the
 * collector's helper threads too, and once on a busy CI machine linear code read 64.7 where it reads
 * 13–25 on a quiet one; code that really grows faster than linearly is slow both times.
 */
export function cpuTimeGrowth(make: (n: number) => string, n: number, run: (input: string) => void): number {
  const first = measuredCpuTimeGrowth(make, n, run);
  return first < LINEAR_BOUND ? first : Math.min(first, measuredCpuTimeGrowth(make, n, run));
}

function measuredCpuTimeGrowth(make: (n: number) => string, n: number, run: (input: string) => void): number {
  const inputs = [make(n), make(GROWTH * n)] as const;
  const repeats = inputs.map((input) => repeatsFor(run, input));
  const samples: [number[], number[]] = [[], []];
  for (let sample = 0; sample < 5; sample++) {
    inputs.forEach((input, size) => {
      samples[size]!.push(cpuMilliseconds(() => { for (let r = 0; r < repeats[size]!; r++) run(input); }) / repeats[size]!);
    });
  }
  return median(samples[1]) / median(samples[0]);
}
