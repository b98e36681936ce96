/**
 * `npm test`: runs every test stage one after another and ends with how long each took and how many
 * tests passed and failed. Each Vitest project is its own run, with its own isolation and workers
 * (unit files in parallel; integration files in parallel, each worker on a database of its own;
 * browser files in order against one app); the CPU-time complexity tests run after them, alone;
 * the smoke test of the embedded default last. `npm test -- unit integration` runs only the stages
 * named; other arguments go to Vitest.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const STAGES = ["unit", "integration", "browser", "complexity", "smoke"] as const;
type Stage = (typeof STAGES)[number];

interface Outcome {
  stage: Stage;
  seconds: number;
  passed: number;
  failed: number;
  /** The stage failed without any test failing: a setup or collection error. */
  broken: boolean;
}

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "test-results");

function isStage(arg: string): arg is Stage {
  return (STAGES as readonly string[]).includes(arg);
}

/** Runs a command with the output shown as it comes; resolves with its exit code and its standard output. */
function run(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      stdout += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), stdout }));
  });
}

async function runVitest(project: Exclude<Stage, "smoke">, vitestArgs: string[]): Promise<{ code: number; passed: number; failed: number }> {
  const report = path.join(resultsDir, `vitest-${project}.json`);
  fs.rmSync(report, { force: true });
  const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
  const { code } = await run([vitest, "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...vitestArgs]);
  if (!fs.existsSync(report)) return { code, passed: 0, failed: 0 };
  const counts = JSON.parse(fs.readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
  return { code, passed: counts.numPassedTests, failed: counts.numFailedTests };
}

async function runSmoke(): Promise<{ code: number; passed: number; failed: number }> {
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  const { code, stdout } = await run([tsx, path.join(root, "scripts", "smoke-embedded.ts")]);
  const counts = /smoke: (\d+) passed, (\d+) failed/.exec(stdout);
  return { code, passed: Number(counts?.[1] ?? 0), failed: Number(counts?.[2] ?? 0) };
}

function formatSeconds(seconds: number): string {
  return seconds < 90 ? `${Math.round(seconds)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** The arguments with `--project NAME` and `--project=NAME`, as Vitest spells them, turned into stage names. */
function stageArguments(argv: string[]): string[] {
  const args: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const project = arg === "--project" ? argv[++index] : arg.startsWith("--project=") ? arg.slice("--project=".length) : undefined;
    if (project !== undefined && !isStage(project)) {
      console.error(`usage: npm test -- [${STAGES.join("|")}]... [vitest arguments]: no stage "${project}"`);
      process.exit(2);
    }
    args.push(project ?? arg);
  }
  return args;
}

const args = stageArguments(process.argv.slice(2));
const chosen = args.filter(isStage);
// A file or name filter matches tests of some projects only: the others then have nothing to run.
const vitestArgs = args.filter((arg) => !isStage(arg));
if (vitestArgs.length) vitestArgs.push("--passWithNoTests");
const stages = chosen.length ? STAGES.filter((name) => chosen.includes(name)) : STAGES.filter((name) => !vitestArgs.length || name !== "smoke");
fs.mkdirSync(resultsDir, { recursive: true });

const outcomes: Outcome[] = [];
for (const stage of stages) {
  const started = performance.now();
  const { code, passed, failed } = stage === "smoke" ? await runSmoke() : await runVitest(stage, vitestArgs);
  outcomes.push({ stage, seconds: (performance.now() - started) / 1000, passed, failed, broken: code !== 0 && failed === 0 });
}

const total = outcomes.reduce((sum, outcome) => sum + outcome.seconds, 0);
const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
// A stage that could not run counts as one failure, so it cannot pass unnoticed.
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed + (outcome.broken ? 1 : 0), 0);
const broken = outcomes.filter((outcome) => outcome.broken).map((outcome) => `${outcome.stage} did not run to the end`);
console.log(`\ntests: ${outcomes.map((outcome) => `${outcome.stage} ${formatSeconds(outcome.seconds)}`).join(", ")}, total ${formatSeconds(total)}`);
if (broken.length) console.log(`tests: ${broken.join("; ")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
