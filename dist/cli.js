import { createRequire as __plumblineCreateRequire } from 'node:module'; const require = __plumblineCreateRequire(import.meta.url);
import {
  SETTINGS,
  VERSION,
  buildConfig,
  compareSeverity,
  runPipeline,
  writeOutputFiles
} from "./chunks/chunk-B2PTOBAL.js";
import {
  InputError,
  RunError
} from "./chunks/chunk-XN6WGRBV.js";
import "./chunks/chunk-4SUDSXOO.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/report/console-text.ts
function renderConsole(model, opts = {}) {
  const { counts, gate, warnings } = model.run;
  const lines = [];
  const failing = model.evaluations.filter((e) => e.status === "fail" && e.delta !== "fixed").sort((a, b) => compareSeverity(a.severity, b.severity) || a.rule.localeCompare(b.rule));
  const max = opts.maxFindings ?? 50;
  for (const e of failing.slice(0, max)) lines.push(findingLine(e));
  if (failing.length > max) lines.push(`\u2026 and ${failing.length - max} more (see the report)`);
  if (failing.length > 0) lines.push("");
  for (const w of warnings) lines.push(`warning: ${w}`);
  if (warnings.length > 0) lines.push("");
  const bySev = Object.entries(counts.bySeverity).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
  lines.push(
    `${counts.resources} resources, ${counts.evaluations} checks: ${counts.fail} failed${bySev ? ` (${bySev})` : ""}, ${counts.pass} passed, ${counts.unknown} unknown, ${counts.suppressed} suppressed`
  );
  lines.push(`gate: ${gate.verdict} (${gate.reason})`);
  for (const f of opts.files ?? []) lines.push(`wrote ${f}`);
  return lines.join("\n") + "\n";
}
function findingLine(e) {
  const where = e.location ? `${e.location.file}:${e.location.line}` : e.resource.address ?? `${e.resource.type} ${e.resource.id ?? ""}`;
  const who = e.resource.address ?? e.resource.id ?? e.resource.type;
  const delta = e.delta === "pre-existing" ? " [pre-existing]" : "";
  const side = e.resource.origin === "live" ? `  [live ${[e.resource.account, e.resource.region].filter(Boolean).join("/")}]` : "";
  return `${e.severity.toUpperCase().padEnd(8)} ${e.rule}  ${who}  ${where}${delta}${side}
         ${e.message}`;
}

// src/cli.ts
var EXIT = { clean: 0, gateFailed: 1, inputError: 2, runError: 3 };
var BOOLEAN_KINDS = /* @__PURE__ */ new Set(["boolean", "live"]);
var CLI_SETTINGS = SETTINGS.filter((s) => s.cli !== void 0);
function usage() {
  const width = Math.max(...CLI_SETTINGS.map((s) => flagText(s).length));
  const line = (flag, text) => `  ${flag.padEnd(width)}  ${text}`;
  const options = CLI_SETTINGS.map((s) => line(flagText(s), s.description.replace(/`/g, "")));
  return [
    "Usage: plumbline scan [options]",
    "",
    "Checks a Terraform plan (or .tf code, or state) against AWS posture rules and writes SARIF, an HTML report",
    "and results JSON into the output folder.",
    "",
    "Options:",
    ...options,
    line("--help", "show this help"),
    line("--version", "show the version"),
    "",
    "Exit codes: 0 clean, 1 the gate failed, 2 usage or input error, 3 the run could not complete."
  ].join("\n") + "\n";
}
function flagText({ cli, kind, arg: named }) {
  if (BOOLEAN_KINDS.has(kind)) return `--${cli}`;
  const arg = named ?? (kind === "file" || kind === "files" ? "FILE" : kind === "dir" ? "DIR" : kind === "severity" ? "SEVERITY" : kind === "scope" ? "new|all" : kind === "region" ? "REGION" : "VALUE");
  return `--${cli} ${arg}`;
}
async function runCli(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === "--version" || command === "-v") {
      io.stdout(`plumbline ${VERSION}
`);
      return EXIT.clean;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.stdout(usage());
      return command === void 0 ? EXIT.inputError : EXIT.clean;
    }
    if (command !== "scan") throw new InputError(`unknown command "${command}"; use "plumbline scan" (see plumbline --help)`);
    return await scan(rest, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`plumbline: ${err.message}
`);
      return EXIT.inputError;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`plumbline: the run could not complete: ${message.split("\n")[0]}
`);
    if (!(err instanceof RunError) && io.env.PLUMBLINE_DEBUG && err instanceof Error) io.stderr(`${err.stack}
`);
    return EXIT.runError;
  }
}
async function scan(args, io) {
  const options = { help: { type: "boolean" } };
  for (const s of CLI_SETTINGS) {
    options[s.cli] = BOOLEAN_KINDS.has(s.kind) ? { type: "boolean" } : { type: "string", multiple: s.kind === "files" };
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (err) {
    throw new InputError(`${err.message.split("\n")[0].replace(/\. To specify.*$/, "")}; see plumbline --help`);
  }
  if (parsed.values.help) {
    io.stdout(usage());
    return EXIT.clean;
  }
  const raw = {};
  for (const s of CLI_SETTINGS) raw[s.input] = parsed.values[s.cli];
  const config = buildConfig(raw, {
    cwd: io.cwd,
    event: io.env.GITHUB_EVENT_NAME,
    defaultFallbackLocation: "README.md",
    nameOf: (s) => s.cli ? `--${s.cli}` : s.input,
    env: io.env,
    liveDefault: "off"
  });
  const { model, inventory, hasLive } = await runPipeline(config, {}, void 0, {
    mask: () => void 0,
    env: io.env,
    info: (line) => io.stderr(`${line}
`),
    nameOf: (input) => {
      const spec = SETTINGS.find((s) => s.input === input);
      return spec?.cli ? `--${spec.cli}` : input;
    }
  });
  const files = await writeOutputFiles(model, config, { inventory, hasLive });
  const written = [files.sarifFile, files.reportFile, files.resultsFile, ...files.inventoryFile ? [files.inventoryFile] : []];
  io.stdout(renderConsole(model, { files: written }));
  return model.run.gate.verdict === "fail" ? EXIT.gateFailed : EXIT.clean;
}

// src/cli-entry.ts
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
});
