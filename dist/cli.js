import { createRequire as __plumblineCreateRequire } from 'node:module'; const require = __plumblineCreateRequire(import.meta.url);
import {
  ALL_RULES,
  RULE_REGISTRY,
  SETTINGS,
  VERSION,
  argsErrorLine,
  buildConfig,
  defaultWords,
  didYouMean,
  enablePhaseTimings,
  findingsLine,
  formatIgnoreLine,
  formatPhaseTimings,
  frameworkSummaries,
  gateWords,
  gitBase,
  gitTopLevel,
  groupFindings,
  loadRuleFiles,
  parseFrameworkIds,
  phaseDone,
  phaseTimings,
  planShards,
  printable,
  ruleListing,
  rulesDirsOf,
  rulesInFrameworks,
  runPipeline,
  shardPlanLine,
  sideLabel,
  writeOutputFiles
} from "./chunks/chunk-V3F3IU23.js";
import {
  FRAMEWORK_IDS,
  InputError,
  RunError,
  jsonErrorPlace,
  writeFileSafely
} from "./chunks/chunk-JSUYTSAP.js";
import "./chunks/chunk-XC4FGG7F.js";

// src/cli.ts
import { randomBytes } from "node:crypto";
import { parseArgs as parseArgs3 } from "node:util";

// src/cli-catalogue.ts
import { parseArgs } from "node:util";
function rulesLoader(cwd) {
  return async (dirs) => {
    const root = gitTopLevel(cwd) ?? cwd;
    const folders = rulesDirsOf(dirs, cwd, root, "--rules-dir");
    if (folders.length === 0) return ALL_RULES;
    return [...ALL_RULES, ...(await loadRuleFiles(folders, root, RULE_REGISTRY)).rules];
  };
}
function rulesUsage() {
  return [
    "Usage: plumbline rules [--framework ID] [--format table|json] [--rules-dir DIR]",
    "",
    "Lists every rule: id, severity, services, the framework requirements it evidences and its title.",
    "",
    "Options:",
    `  --framework ID      only the rules mapped to this framework (repeatable): ${FRAMEWORK_IDS.join(", ")}`,
    "  --format FORMAT     table (default) or json",
    "  --rules-dir DIR     also list the rules in this folder (repeatable)",
    "  --help              show this help",
    "",
    "Exit codes: 0 listed, 2 usage or input error."
  ].join("\n") + "\n";
}
function frameworksUsage() {
  return [
    "Usage: plumbline frameworks [--format table|json] [--rules-dir DIR]",
    "",
    "Lists each framework Plumbline maps its rules to: its requirements, how many are automated, how many a rule",
    "covers, and the automated requirements no rule covers.",
    "",
    "Options:",
    "  --format FORMAT     table (default) or json",
    "  --rules-dir DIR     count the rules in this folder too (repeatable)",
    "  --help              show this help",
    "",
    "Exit codes: 0 listed, 2 usage or input error."
  ].join("\n") + "\n";
}
function catalogueWritesJson(args) {
  try {
    return parseArgs({ args, options: { format: { type: "string" } }, strict: false, allowPositionals: true }).values.format === "json";
  } catch {
    return false;
  }
}
async function rulesCommand(args, io, loadRules) {
  const options = {
    framework: { type: "string", multiple: true },
    format: { type: "string" },
    "rules-dir": { type: "string", multiple: true },
    help: { type: "boolean" }
  };
  const values = parse(args, options, "plumbline rules --help");
  if (values.help) {
    io.stdout(rulesUsage());
    return 0;
  }
  const format = formatOf(values.format);
  const frameworks = parseFrameworkIds((values.framework ?? []).flatMap((v) => v.split(",")).filter((v) => v.trim() !== ""), "--framework");
  const rules = rulesInFrameworks(await loadRules(values["rules-dir"] ?? []), frameworks);
  const listing = [...rules].map((rule) => ruleListing(rule)).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  io.stdout(format === "json" ? json(listing) : rulesTable(listing, frameworks));
  return 0;
}
async function frameworksCommand(args, io, loadRules) {
  const options = { format: { type: "string" }, "rules-dir": { type: "string", multiple: true }, help: { type: "boolean" } };
  const values = parse(args, options, "plumbline frameworks --help");
  if (values.help) {
    io.stdout(frameworksUsage());
    return 0;
  }
  const format = formatOf(values.format);
  const summaries = frameworkSummaries(await loadRules(values["rules-dir"] ?? []));
  io.stdout(format === "json" ? json(summaries) : frameworksTable(summaries));
  return 0;
}
function parse(args, options, help) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new InputError(argsErrorLine(err, Object.keys(options ?? {}), help));
  }
}
function formatOf(value) {
  const format = (value ?? "table").toLowerCase();
  if (format !== "table" && format !== "json") throw new InputError(`--format: "${value}" is not a format; use table or json`);
  return format;
}
function json(data) {
  return `${JSON.stringify(data, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)}
`;
}
function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(printable));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd());
}
var SHORT = { "cis-aws-3.0": "CIS 3.0", "cis-aws-4.0": "CIS 4.0", "cis-aws-5.0": "CIS 5.0", "aws-fsbp": "FSBP" };
function rulesTable(listing, only) {
  const shown = only.length > 0 ? only : FRAMEWORK_IDS;
  const refs = (rule) => shown.filter((id) => rule.frameworks[id]).map((id) => `${SHORT[id]} ${rule.frameworks[id].join(",")}`).join("; ") || "\u2013";
  const rows = listing.map((rule) => [rule.id + (rule.liveOnly ? " *" : ""), rule.severity, rule.source, rule.services.join(","), refs(rule), rule.title]);
  const custom = listing.filter((rule) => rule.source === "custom").length;
  const liveOnly = listing.filter((rule) => rule.liveOnly).length;
  const scope = only.length > 0 ? ` mapped to ${only.join(", ")}` : "";
  return [
    ...table(["RULE", "SEVERITY", "SOURCE", "SERVICES", "FRAMEWORKS", "TITLE"], rows),
    "",
    `${listing.length} rules${scope}${custom ? ` (${custom} custom)` : ""}.${liveOnly ? ` * live only: judged on a live scan, never on a plan or .tf code (${liveOnly}).` : ""}`
  ].join("\n") + "\n";
}
function frameworksTable(summaries) {
  const rows = summaries.map((s) => [s.id, String(s.requirements), String(s.automated), String(s.covered), `${s.name} ${s.version}`]);
  const lines = [...table(["FRAMEWORK", "REQUIREMENTS", "AUTOMATED", "COVERED", "NAME"], rows), "", "COVERED: requirements at least one rule evidences."];
  for (const s of summaries) {
    if (s.uncoveredAutomated.length === 0) {
      lines.push("", `${s.id}: every automated requirement has a rule`);
      continue;
    }
    lines.push("", `${s.id}: ${s.uncoveredAutomated.length} automated requirements no rule covers`);
    lines.push(...table(["ID", "TITLE"], s.uncoveredAutomated.map((r) => [r.id, r.title])).slice(1).map((line) => `  ${line}`));
  }
  return lines.join("\n") + "\n";
}

// src/drift/ignore-command.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var DEFAULT_OUT = ".plumbline-ignore";
var CLASSES = ["changed", "missing", "unmanaged"];
function ignoreUsage() {
  return [
    "Usage: plumbline ignore --from RESULTS [options]",
    "",
    "Writes an ignore file that accepts the drift of a run as it is: one line per missing or unmanaged resource",
    "(TYPE ID) and one per changed property (TYPE ID PATH). Values are never written.",
    "",
    "Options:",
    "  --from FILE            plumbline-results.json of the run (required)",
    `  --out FILE             where to write (${DEFAULT_OUT}); - writes to standard output`,
    "  --force                overwrite the file when it exists",
    "  --exclude-changed      leave changed resources out",
    "  --exclude-missing      leave missing resources out",
    "  --exclude-unmanaged    leave unmanaged resources out",
    "  --help                 show this help",
    "",
    "Exit codes: 0 written, 2 usage or input error."
  ].join("\n") + "\n";
}
function ignoreWritesToStdout(args) {
  try {
    return parseArgs2({ args, options: { out: { type: "string" } }, strict: false, allowPositionals: true }).values.out === "-";
  } catch {
    return false;
  }
}
async function runIgnoreCommand(args, io) {
  let values;
  const options = {
    from: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    "exclude-changed": { type: "boolean" },
    "exclude-missing": { type: "boolean" },
    "exclude-unmanaged": { type: "boolean" },
    help: { type: "boolean" }
  };
  try {
    values = parseArgs2({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new InputError(argsErrorLine(err, Object.keys(options), "plumbline ignore --help"));
  }
  if (values.help) {
    io.stdout(ignoreUsage());
    return 0;
  }
  const from = values.from;
  if (typeof from !== "string" || from === "") throw new InputError("ignore needs --from RESULTS (a plumbline-results.json); see plumbline ignore --help");
  const include = new Set(CLASSES.filter((c) => !values[`exclude-${c}`]));
  if (include.size === 0) throw new InputError("--exclude-changed, --exclude-missing and --exclude-unmanaged together leave nothing to write; drop one");
  const entries = await readDrift(resolve(io.cwd, from), from);
  const { lines, counts, skipped } = ignoreLines(entries, include);
  for (const note of skipped) io.stderr(`plumbline ignore: ${printable(note)}
`);
  const now = (io.now ?? (() => /* @__PURE__ */ new Date()))();
  const header = [
    `# Drift accepted from ${printable(from)} on ${now.toISOString()}: plumbline ignore wrote this file.`,
    `# ${counts.changed} changed resource(s) (${counts.changedPaths} propert${counts.changedPaths === 1 ? "y" : "ies"}), ${counts.missing} missing, ${counts.unmanaged} unmanaged` + (include.size < CLASSES.length ? ` (left out: ${CLASSES.filter((c) => !include.has(c)).join(", ")})` : "") + ".",
    "# One rule a line: <CloudFormation type> <id glob> [property path]; ! negates; the last matching rule wins."
  ];
  const text = [...header, ...lines.length === 0 ? ["# No drift to accept in this run."] : ["", ...lines]].join("\n") + "\n";
  const out = typeof values.out === "string" && values.out !== "" ? values.out : DEFAULT_OUT;
  if (out === "-") {
    io.stdout(text);
    return 0;
  }
  await writeNew(resolve(io.cwd, out), out, text, values.force === true);
  io.stdout(`plumbline ignore: wrote ${lines.length} rule(s) to ${printable(out)}
`);
  return 0;
}
async function readDrift(path, shown) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") throw new InputError(`--from ${shown}: no such file; give the plumbline-results.json of a run`);
    throw new InputError(`--from ${shown}: cannot be read (${code ?? err.message})`);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(`--from ${shown}: not valid JSON at ${jsonErrorPlace(text)}; give the plumbline-results.json of a run`);
  }
  if (!isObject(doc) || !("schemaVersion" in doc)) throw new InputError(`--from ${shown}: not a Plumbline results file (no schemaVersion); give the plumbline-results.json of a run`);
  if (doc.schemaVersion !== 1) throw new InputError(`--from ${shown}: schemaVersion ${JSON.stringify(doc.schemaVersion)} is not supported (this version reads 1)`);
  if (!Array.isArray(doc.drift)) throw new InputError(`--from ${shown}: has no drift list; it comes from a run without drift detection`);
  return doc.drift.map((entry, i) => driftRow(entry, `--from ${shown}: drift[${i}]`));
}
function driftRow(entry, where) {
  if (!isObject(entry)) throw new InputError(`${where} is not an object`);
  const cls = entry.class;
  if (cls !== "changed" && cls !== "missing" && cls !== "unmanaged") throw new InputError(`${where}: class ${JSON.stringify(cls)} is not changed, missing or unmanaged`);
  const resource = entry.resource;
  if (!isObject(resource) || typeof resource.type !== "string" || resource.type === "") throw new InputError(`${where}: resource has no type`);
  if (resource.id !== null && typeof resource.id !== "string") throw new InputError(`${where}: resource id must be a string or null`);
  const changes = entry.changes ?? [];
  if (!Array.isArray(changes)) throw new InputError(`${where}: changes must be a list`);
  const paths = changes.map((change, j) => {
    if (!isObject(change) || typeof change.path !== "string") throw new InputError(`${where}.changes[${j}] has no path`);
    return change.path;
  });
  const address = typeof entry.address === "string" ? entry.address : typeof resource.address === "string" ? resource.address : void 0;
  return { class: cls, type: resource.type, id: resource.id, address, paths };
}
function ignoreLines(rows, include) {
  const lines = /* @__PURE__ */ new Set();
  const counts = { changed: 0, missing: 0, unmanaged: 0, changedPaths: 0 };
  const skipped = [];
  for (const row of rows) {
    if (!include.has(row.class)) continue;
    const name = `${row.type} ${row.id ?? row.address ?? "(no id)"}`;
    if (row.id === null || row.id === "") {
      skipped.push(`${row.class} ${oneLine(name)} has no identifier; left out (only "${row.type} *" would match it)`);
      continue;
    }
    const subject = formatIgnoreLine(row.type, row.id);
    if (subject === null) {
      skipped.push(`${row.class} ${oneLine(name)} cannot be written as an ignore line; left out`);
      continue;
    }
    if (row.class !== "changed") {
      lines.add(subject);
      counts[row.class]++;
      continue;
    }
    const pathLines = [];
    for (const path of row.paths) {
      const line = path === "" ? null : formatIgnoreLine(row.type, row.id, path);
      if (line === null) skipped.push(`changed ${oneLine(name)}: property path "${oneLine(path)}" cannot be written as an ignore line; left out`);
      else pathLines.push(line);
    }
    if (pathLines.length === 0) {
      if (row.paths.length === 0) skipped.push(`changed ${oneLine(name)} lists no changed property; left out`);
      continue;
    }
    counts.changed++;
    for (const line of pathLines) {
      if (lines.has(line)) continue;
      lines.add(line);
      counts.changedPaths++;
    }
  }
  return { lines: [...lines].sort(compareText), counts, skipped };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function writeNew(path, shown, text, force) {
  try {
    await writeFileSafely(path, text, { shownPath: shown, noOverwrite: !force });
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = err.code;
    if (code === "EEXIST") throw new InputError(`${shown} exists; pass --force to overwrite it, or --out another file`);
    if (code === "ENOENT") throw new InputError(`--out ${shown}: its folder does not exist`);
    throw new InputError(`--out ${shown}: cannot be written (${code ?? err.message})`);
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function oneLine(text) {
  return text.replace(/[\r\n]+/g, " ");
}

// src/report/console-text.ts
function renderConsole(model, opts = {}) {
  const { counts, gate, warnings } = model.run;
  const lines = [];
  const failing = groupFindings(model.evaluations);
  const max = opts.maxFindings ?? 50;
  for (const e of failing.slice(0, max)) lines.push(findingLine(e));
  if (failing.length > max) lines.push(`\u2026 and ${failing.length - max} more (see the report)`);
  if (failing.length > 0) lines.push("");
  const maxDrift = opts.maxFindings ?? 50;
  for (const d of model.drift.slice(0, maxDrift)) lines.push(driftLine(d));
  if (model.drift.length > maxDrift) lines.push(`\u2026 and ${model.drift.length - maxDrift} more drift entries (see the results JSON)`);
  if (model.drift.length > 0) lines.push("");
  const added = model.addedSuppressions ?? [];
  for (const a of added) {
    const what = printable([a.kind, a.rule, a.resource].filter(Boolean).join(" "));
    const note = [a.reason, a.detail].filter(Boolean).join("; ");
    lines.push(`ADDED    ${what}  ${printable(a.file)}${a.line !== void 0 ? `:${a.line}` : ""}${a.applied ? "" : "  [not applied]"}${note ? `
         ${printable(note)}` : ""}`);
  }
  if (added.length > 0) lines.push(`${added.length} suppression(s) added by this change${added.some((a) => !a.applied) ? ", not applied (--ignore-added-suppressions)" : ""}`, "");
  for (const w of warnings) lines.push(`warning: ${printable(w)}`);
  if (warnings.length > 0) lines.push("");
  const bySev = Object.entries(counts.bySeverity).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
  const errors = counts.error > 0 ? `, ${counts.error} rule error${counts.error === 1 ? "" : "s"}` : "";
  const fixed = counts.fixed > 0 ? `; ${counts.fixed} fixed by this change` : "";
  const unmapped = counts.unmapped > 0 ? `; ${counts.unmapped} Terraform resource${counts.unmapped === 1 ? "" : "s"} not checked (no mapping yet, or parent not in this configuration)` : "";
  lines.push(
    `${counts.resources} resources, ${counts.evaluations} checks: ${counts.fail} failed${bySev ? ` (${bySev})` : ""}${errors}, ${counts.pass} passed, ${counts.unknown} unknown, ${counts.suppressed} suppressed${fixed}${unmapped}`
  );
  if (counts.findings > 0) {
    const blocking = failing.filter((g) => g.blocksGate).length;
    lines.push(findingsLine(counts.findings, blocking));
  }
  if (model.drift.length > 0 || model.run.iacCoverage !== null) {
    const d = counts.drift;
    const coverage = model.run.iacCoverage !== null ? `; IaC coverage ${model.run.iacCoverage}%` : "";
    lines.push(`drift: ${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged, ${d.inSync} in sync${coverage}`);
  }
  lines.push(`gate: ${gateWords(gate.verdict)} (${printable(gate.reason)})`);
  for (const f of opts.files ?? []) lines.push(`wrote ${printable(f)}`);
  return lines.join("\n") + "\n";
}
function driftLine(d) {
  const what = printable(`${d.resource.type} ${d.resource.id ?? ""}`.trim());
  const where = printable(d.location ? `${d.location.file}:${d.location.line}` : d.address ?? [d.resource.account, d.resource.region].filter(Boolean).join("/"));
  const paths = [...new Set(d.changes.map((c) => printable(c.path)))];
  const detail = paths.length > 0 ? `
         ${paths.slice(0, 8).join(", ")}${paths.length > 8 ? ` and ${paths.length - 8} more` : ""}` : "";
  return `${d.class.toUpperCase().padEnd(9)} ${what}  ${where}${detail}`;
}
function findingLine(g) {
  const first = g.sides[0];
  const where = printable(g.location ? `${g.location.file}:${g.location.line}` : first.resource.address ?? `${first.resource.type} ${first.resource.id ?? ""}`);
  const who = printable(first.resource.address ?? first.resource.id ?? first.resource.type);
  const blocks = g.blocksGate ? "  BLOCKS THE GATE" : "";
  const sides = g.sides.map((e) => printable(sideLabel(e))).join("; ");
  return `${g.severity.toUpperCase().padEnd(8)} ${printable(g.rule)}  ${who}  ${where}${blocks}
         ${printable(g.message)}
         ${sides}`;
}

// src/cli.ts
var EXIT = { clean: 0, gateFailed: 1, inputError: 2, runError: 3 };
var BOOLEAN_KINDS = /* @__PURE__ */ new Set(["boolean", "live"]);
var CLI_SETTINGS = SETTINGS.filter((s) => s.cli !== void 0);
function usage() {
  const width = Math.max(...CLI_SETTINGS.map((s) => flagText(s).length));
  const line = (flag, text) => `  ${flag.padEnd(width)}  ${text}`;
  const options = CLI_SETTINGS.map((s) => {
    const fallback = defaultWords(s);
    return line(flagText(s), `${s.description}${fallback ? ` Default: ${fallback}.` : ""}`.replace(/`/g, ""));
  });
  return [
    "Usage: plumbline scan [options]",
    "       plumbline shards --shards N [options]               (plans a sharded live scan: prints the GitHub matrix as JSON)",
    "       plumbline ignore --from plumbline-results.json   (writes .plumbline-ignore from a run's drift; plumbline ignore --help)",
    "       plumbline rules [--framework ID] [--format json]  (lists the rules; plumbline rules --help)",
    "       plumbline frameworks [--format json]              (lists the frameworks and their coverage; plumbline frameworks --help)",
    "",
    "Checks a Terraform plan (or .tf code, or state) against AWS posture rules and writes SARIF, an HTML report",
    "and results JSON into the output folder.",
    "",
    "Options:",
    ...options,
    line("--base REF", "compare with this git commit: list the suppressions the change adds (the working tree against REF)"),
    line("--help", "show this help"),
    line("--version", "show the version"),
    "",
    "Exit codes: 0 clean, 1 the gate failed, 2 usage or input error, 3 the run could not complete."
  ].join("\n") + "\n";
}
function flagText({ cli, kind, arg: named }) {
  if (BOOLEAN_KINDS.has(kind)) return `--${cli}`;
  const arg = named ?? (kind === "file" || kind === "files" ? "FILE" : kind === "dir" || kind === "dirs" ? "DIR" : kind === "severity" ? "SEVERITY" : kind === "scope" ? "new|all" : kind === "region" ? "REGION" : "VALUE");
  return `--${cli} ${arg}`;
}
async function runCli(argv, io) {
  if (io.env.GITHUB_ACTIONS !== "true") return runCommand(argv, io);
  const token = randomBytes(16).toString("hex");
  const dataOnStdout = argv[0] === "shards" || argv[0] === "ignore" && ignoreWritesToStdout(argv.slice(1)) || (argv[0] === "rules" || argv[0] === "frameworks") && catalogueWritesJson(argv.slice(1));
  const markers = dataOnStdout ? io.stderr : io.stdout;
  markers(`::stop-commands::${token}
`);
  try {
    return await runCommand(argv, io);
  } finally {
    markers(`::${token}::
`);
  }
}
async function runCommand(argv, io) {
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
    if (command === "ignore") return await runIgnoreCommand(rest, io);
    if (command === "rules") return await rulesCommand(rest, io, rulesLoader(io.cwd));
    if (command === "frameworks") return await frameworksCommand(rest, io, rulesLoader(io.cwd));
    if (command === "shards") return await shards(rest, io);
    if (command !== "scan") {
      const meant = command.startsWith("-") ? didYouMean(command, ["--help", "--version"]) : didYouMean(command, ["scan", "shards", "ignore", "rules", "frameworks"]);
      throw new InputError(`unknown command "${command}"${meant || '; use "plumbline scan", "plumbline shards", "plumbline ignore", "plumbline rules" or "plumbline frameworks"'} (see plumbline --help)`);
    }
    return await scan(rest, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`plumbline: ${printable(err.message)}
`);
      return EXIT.inputError;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`plumbline: the run could not complete: ${printable(message.split("\n")[0])}
`);
    if (!(err instanceof RunError) && io.env.PLUMBLINE_DEBUG && err instanceof Error) io.stderr(`${debugStack(err)}
`);
    return EXIT.runError;
  }
}
function debugStack(err) {
  const stack = err.stack ?? "";
  const frames = stack.indexOf("\n    at ");
  return `${printable(`${err.name}: ${err.message}`)}${frames >= 0 ? stack.slice(frames) : ""}`;
}
function cliSettings(args, io, extra = {}) {
  const options = { help: { type: "boolean" }, ...extra };
  for (const s of CLI_SETTINGS) {
    options[s.cli] = BOOLEAN_KINDS.has(s.kind) ? { type: "boolean" } : { type: "string", multiple: s.kind === "files" || s.kind === "dirs" };
  }
  let parsed;
  try {
    parsed = parseArgs3({ args, options, strict: true, allowPositionals: false });
  } catch (err) {
    throw new InputError(argsErrorLine(err, Object.keys(options), "plumbline --help"));
  }
  if (parsed.values.help) {
    io.stdout(usage());
    return void 0;
  }
  const raw = {};
  for (const s of CLI_SETTINGS) raw[s.input] = parsed.values[s.cli];
  return { raw, values: parsed.values };
}
function cliConfig(raw, io) {
  return buildConfig(raw, {
    cwd: io.cwd,
    event: io.env.GITHUB_EVENT_NAME,
    defaultFallbackLocation: "README.md",
    nameOf: (s) => s.cli ? `--${s.cli}` : s.input,
    env: io.env,
    liveDefault: "off",
    // As Checkov, tfsec and Prowler do: a failed check fails the command unless told otherwise (--fail-on none).
    failOnDefault: "info"
  });
}
var cliNameOf = (input) => {
  const spec = SETTINGS.find((s) => s.input === input);
  return spec?.cli ? `--${spec.cli}` : input;
};
async function shards(args, io) {
  const settings = cliSettings(args, io);
  if (!settings) return EXIT.clean;
  const config = cliConfig({ ...settings.raw, command: "shards", live: settings.raw.live || true }, io);
  const plan = await planShards(config, { mask: () => void 0, env: io.env, info: (line) => io.stderr(`${printable(line)}
`), nameOf: cliNameOf });
  for (const warning of plan.warnings) io.stderr(`plumbline: warning: ${printable(warning)}
`);
  io.stderr(`${printable(shardPlanLine(plan))}
`);
  io.stdout(`${JSON.stringify(plan.matrix)}
`);
  return EXIT.clean;
}
async function scan(args, io) {
  const settings = cliSettings(args, io, { base: { type: "string" } });
  if (!settings) return EXIT.clean;
  const config = cliConfig(settings.raw, io);
  if (io.env.PLUMBLINE_TIMINGS) enablePhaseTimings();
  const baseRef = settings.values.base;
  const base = baseRef !== void 0 ? await gitBase(config.repoRoot, baseRef) : void 0;
  const { model, inventory, hasLive } = await runPipeline(config, { base }, void 0, {
    mask: () => void 0,
    env: io.env,
    info: (line) => io.stderr(`${printable(line)}
`),
    nameOf: cliNameOf
  });
  const files = await writeOutputFiles(model, config, { inventory, hasLive });
  const written = [files.sarifFile, files.reportFile, files.resultsFile, ...files.inventoryFile ? [files.inventoryFile] : []];
  io.stdout(renderConsole(model, { files: written }));
  phaseDone("console");
  if (io.env.PLUMBLINE_TIMINGS) io.stderr(`${formatPhaseTimings(phaseTimings())}
`);
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
