import { createRequire as __plumblineCreateRequire } from 'node:module'; const require = __plumblineCreateRequire(import.meta.url);
import {
  SETTINGS,
  SEVERITY_RANK,
  buildConfig,
  changesLine,
  compareSeverity,
  coverageLine,
  deltaCounts,
  driftAuthorsLine,
  failingFindings,
  gateWords,
  groupFindings,
  incompleteCoverage,
  lastChangeText,
  maskAccountIds,
  planShards,
  resourceLabel,
  resourcePlace,
  runPipeline,
  shardPlanLine,
  sideLabel,
  sourceLink,
  tally,
  unreadableBase,
  writeOutputFiles
} from "./chunks/chunk-V3F3IU23.js";
import {
  withRetry
} from "./chunks/chunk-6HEVLCAX.js";
import {
  InputError,
  LAST_SCHEDULED_RUN,
  RunError,
  SEVERITIES,
  compareText
} from "./chunks/chunk-JSUYTSAP.js";
import {
  DefaultArtifactClient,
  context,
  error,
  getIDToken,
  getInput,
  getMultilineInput,
  getOctokit,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-6PAOFPHM.js";
import "./chunks/chunk-XC4FGG7F.js";

// src/main.ts
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/publish/publish.ts
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";

// src/report/aggregate.ts
var AGGREGATE_ABOVE_FINDINGS = 50;
function aggregates(findings) {
  return findings.length > AGGREGATE_ABOVE_FINDINGS || findingAccounts(findings).length > 1;
}
function accountOf(finding) {
  const live = finding.sides.find((side) => side.resource.origin === "live");
  return (live ?? finding.sides[0]).resource.account;
}
function findingAccounts(findings) {
  const accounts = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const account = accountOf(finding);
    if (account !== void 0) accounts.add(account);
  }
  return [...accounts].sort(compareText);
}
function ruleTotals(findings) {
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    let total = byRule.get(finding.rule);
    if (!total) {
      total = { rule: finding.rule, title: finding.title, severity: finding.severity, findings: 0, accounts: [], seen: /* @__PURE__ */ new Set() };
      byRule.set(finding.rule, total);
    }
    total.findings++;
    if (compareSeverity(finding.severity, total.severity) < 0) total.severity = finding.severity;
    const account = accountOf(finding);
    if (account !== void 0) total.seen.add(account);
  }
  return [...byRule.values()].map(({ seen, ...total }) => ({ ...total, accounts: [...seen].sort(compareText) })).sort((a, b) => compareSeverity(a.severity, b.severity) || b.findings - a.findings || compareText(a.rule, b.rule));
}
function accountTotals(findings) {
  const byAccount = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const account = accountOf(finding);
    let total = byAccount.get(account);
    if (!total) {
      total = { ...account !== void 0 ? { account } : {}, bySeverity: emptyCounts(), findings: 0 };
      byAccount.set(account, total);
    }
    total.bySeverity[finding.severity]++;
    total.findings++;
  }
  const worstFirst = [...SEVERITIES].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]);
  return [...byAccount.values()].sort(
    (a, b) => Number(a.account === void 0) - Number(b.account === void 0) || worstFirst.reduce((order, severity) => order || b.bySeverity[severity] - a.bySeverity[severity], 0) || compareText(a.account ?? "", b.account ?? "")
  );
}
function emptyCounts() {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
}

// src/report/summary.ts
var DEFAULT_SUMMARY_MAX_BYTES = 1e6;
var DEFAULT_MAX_FINDINGS = AGGREGATE_ABOVE_FINDINGS;
var MAX_RULE_ROWS = 100;
var MAX_ACCOUNT_ROWS = 100;
var ACCOUNTS_NAMED = 3;
var MAX_WARNINGS = 50;
var MAX_CELL_CHARS = 400;
var MAX_UNMAPPED_TYPES_LISTED = 20;
var MAX_INCOMPLETE_LISTED = 20;
function renderSummary(model, opts = {}) {
  const maxBytes = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const head = headSection(model, opts);
  const findings = groupFindings(model.evaluations);
  const totals = aggregates(findings) ? aggregateSection(findings, MAX_RULE_ROWS, MAX_ACCOUNT_ROWS, "###", opts.reportUrl) : "";
  const tail = warningsSection(model.run.warnings);
  const tableHead = findings.length ? ["### Top findings", "", "| Severity | Rule | Resource | Location | Message | Where it stands |", "|---|---|---|---|---|---|"].join("\n") + "\n" : "";
  const limit = Math.min(findings.length, opts.maxFindings ?? DEFAULT_MAX_FINDINGS);
  const fixedBytes = bytes(head) + bytes(totals) + bytes(tableHead) + bytes(tail) + bytes(omittedLine(findings.length)) + 2;
  let budget = maxBytes - fixedBytes;
  const rows = [];
  for (const finding of findings.slice(0, limit)) {
    const row = findingRow(finding, model.run.sourceUrlBase) + "\n";
    const size = bytes(row);
    if (size > budget) break;
    rows.push(row);
    budget -= size;
  }
  const omitted = findings.length - rows.length;
  const findingsSection = findings.length ? `${rows.length ? tableHead + rows.join("") : ""}${omitted ? `
${omittedLine(omitted)}
` : ""}
` : "";
  return truncateBytes(head + totals + findingsSection + tail, maxBytes);
}
function aggregateSection(findings, maxRules, maxAccounts, heading, reportUrl) {
  const rules = ruleTotals(findings);
  const accounts = accountTotals(findings);
  const lines = [
    `${heading} Findings by rule`,
    "",
    "| Rule | Severity | Findings | Accounts |",
    "|---|---|---:|---|",
    ...rules.slice(0, maxRules).map(ruleTotalRow),
    ...moreLine(rules.length - maxRules, "rule", reportUrl),
    ""
  ];
  if (accounts.filter((each) => each.account !== void 0).length > 1) {
    lines.push(
      `${heading} Findings by account`,
      "",
      `| Account | ${SEVERITIES.map(capitalized).join(" | ")} | All |`,
      `|---|${SEVERITIES.map(() => "---:").join("|")}|---:|`,
      ...accounts.slice(0, maxAccounts).map(accountTotalRow),
      ...moreLine(accounts.length - maxAccounts, "account", reportUrl),
      ""
    );
  }
  return lines.join("\n") + "\n";
}
function ruleTotalRow(total) {
  const named = total.accounts.slice(0, ACCOUNTS_NAMED).join(", ");
  const rest = total.accounts.length - ACCOUNTS_NAMED;
  const accounts = total.accounts.length === 0 ? "" : `${total.accounts.length}: ${named}${rest > 0 ? ` and ${rest} more` : ""}`;
  return `| ${escapeMarkdown(total.rule)}: ${escapeMarkdown(cell(total.title))} | ${total.severity} | ${total.findings} | ${escapeMarkdown(accounts)} |`;
}
function accountTotalRow(total) {
  const name = total.account === void 0 ? "(no account: Terraform code)" : escapeMarkdown(cell(total.account));
  return `| ${name} | ${SEVERITIES.map((severity) => total.bySeverity[severity]).join(" | ")} | ${total.findings} |`;
}
function moreLine(count, what, reportUrl) {
  if (count <= 0) return [];
  const report = reportUrl && /^https:\/\/[^\s"'<>()]+$/.test(reportUrl) ? `the [HTML report](${reportUrl})` : "the HTML report";
  return ["", `_\u2026 and ${count} more ${plural(count, what)}: see ${report} and the results JSON._`];
}
function capitalized(word) {
  return word[0].toUpperCase() + word.slice(1);
}
function headSection(model, opts) {
  const { run: run2 } = model;
  const counted = tally(model.evaluations);
  const withErrors = run2.counts.error > 0;
  const lines = [`## Plumbline: ${gateHeadline(run2.gate.verdict)}`, "", `**Gate:** ${gateWords(run2.gate.verdict)}: ${escapeMarkdown(run2.gate.reason)}`, ""];
  const about = [
    run2.repository ? escapeMarkdown(run2.repository) : "",
    run2.commit ? `commit ${escapeMarkdown(run2.commit.slice(0, 12))}` : "",
    run2.event ? `event ${escapeMarkdown(run2.event)}` : "",
    escapeMarkdown(`${run2.tool.name} ${run2.tool.version}`)
  ].filter(Boolean);
  lines.push(about.join(" \xB7 "), "");
  const columns = [
    ["fail", "Failing"],
    ...withErrors ? [["error", "Rule errors"]] : [],
    ["suppressed", "Suppressed"],
    ["unknown", "Unknown"],
    ["pass", "Passed"]
  ];
  lines.push(
    "### Checks by severity",
    "",
    `| Severity | ${columns.map(([, title]) => title).join(" | ")} |`,
    `|---|${columns.map(() => "---:").join("|")}|`
  );
  for (const severity of [...SEVERITIES].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])) {
    const row = counted.bySeverity[severity];
    lines.push(`| ${severity} | ${columns.map(([status]) => row[status]).join(" | ")} |`);
  }
  lines.push(`| **all** | ${columns.map(([status]) => `**${counted.byStatus[status]}**`).join(" | ")} |`, "");
  if (run2.counts.fixed > 0) lines.push(`**Fixed by this change:** ${run2.counts.fixed} ${plural(run2.counts.fixed, "finding")} (not counted as failing).`, "");
  const facts = [];
  if (model.drift.length > 0 || run2.iacCoverage !== null) {
    const d = run2.counts.drift;
    const coverage = run2.iacCoverage !== null ? ` IaC coverage ${run2.iacCoverage}% (managed \xF7 managed, unmanaged and missing).` : "";
    const authors = driftAuthorsLine(model.drift);
    facts.push(`**Drift:** ${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged, ${d.inSync} in sync.${coverage}${authors ? ` ${escapeMarkdown(authors.charAt(0).toUpperCase() + authors.slice(1))}.` : ""}`);
  }
  if (run2.changes) facts.push(`**Changes mode:** ${escapeMarkdown(changesLine(run2.changes))}.`);
  if (model.coverage.length > 0) facts.push(`**Coverage:** ${escapeMarkdown(coverageLine(model.coverage))}.`);
  const noMapping = model.unmapped.filter((item) => item.reason === void 0);
  const gateNote = run2.inputs.failOnUnmapped === true ? "" : " (fail-on-unmapped makes this fail the gate)";
  if (noMapping.length > 0) {
    const types = [...new Set(noMapping.map((item) => item.type))].sort();
    const listed = types.slice(0, MAX_UNMAPPED_TYPES_LISTED).map(escapeMarkdown).join(", ");
    const more = types.length > MAX_UNMAPPED_TYPES_LISTED ? ` and ${types.length - MAX_UNMAPPED_TYPES_LISTED} more` : "";
    facts.push(
      `**Not checked:** ${noMapping.length} Terraform ${plural(noMapping.length, "resource")} of ${types.length} unmapped ${plural(types.length, "type")} (${listed}${more}): no mapping yet, so no rule judged them${gateNote}.`
    );
  }
  const elsewhere = model.unmapped.length - noMapping.length;
  if (elsewhere > 0) {
    facts.push(
      `**Not checked:** ${elsewhere} Terraform ${plural(elsewhere, "resource")} configuring a resource that is not in this configuration (parent not in this configuration; listed in the report): check them where the parent is managed${gateNote}.`
    );
  }
  const cut = (opts.sarifCut?.plan ?? 0) + (opts.sarifCut?.live ?? 0);
  if (cut > 0) {
    facts.push(`**SARIF:** ${cut} lower-severity ${plural(cut, "result")} left out to stay within GitHub's limits.`);
  }
  if (opts.reportUrl && /^https:\/\/[^\s"'<>()]+$/.test(opts.reportUrl)) {
    facts.push(`[Full HTML report](${opts.reportUrl})`);
  }
  if (facts.length) lines.push(facts.join("\n\n"), "");
  lines.push(...deltaSection(model), ...driftSection(model));
  const incomplete = incompleteCoverage(model.coverage);
  if (incomplete.length > 0) {
    lines.push("### Not fully read", "", "| Account | Region | Type | State | Why |", "|---|---|---|---|---|");
    for (const entry of incomplete.slice(0, MAX_INCOMPLETE_LISTED)) {
      const cells = [entry.account, entry.region, entry.type, entry.state, entry.error ?? ""].map((v) => escapeMarkdown(cell(v)));
      lines.push(`| ${cells.join(" | ")} |`);
    }
    if (incomplete.length > MAX_INCOMPLETE_LISTED) lines.push("", `_${incomplete.length - MAX_INCOMPLETE_LISTED} more in the coverage ledger (results JSON)._`);
    lines.push("");
  }
  lines.push(...addedSuppressionsSection(model, MAX_ADDED_LISTED, MAX_CELL_CHARS, "###"));
  return lines.join("\n") + "\n";
}
var MAX_ADDED_LISTED = 100;
var ADDED_KIND_LABELS = {
  inline: "plumbline:ignore",
  "checkov-skip": "checkov:skip",
  config: "config suppression",
  "skip-rules": "skip-rules",
  severity: "severity lowered",
  "drift-ignore": "drift ignore"
};
function addedSuppressionsSection(model, maxRows, maxCell, heading) {
  const added = model.addedSuppressions;
  if (!added || added.length === 0) return [];
  const notApplied = added.some((a) => !a.applied);
  const intro = notApplied ? `${added.length} ${plural(added.length, "suppression")} this change adds, compared with its base, **not applied**: \`ignore-added-suppressions\` is on, so the findings they would silence count.` : `${added.length} ${plural(added.length, "suppression")} this change adds, compared with its base. They apply; \`ignore-added-suppressions: true\` would judge without them.`;
  const rows = added.slice(0, maxRows).map((a) => {
    const location = a.line !== void 0 ? markdownLocation({ file: a.file, line: a.line }, model.run.sourceUrlBase, maxCell) : escapeMarkdown(truncateCell(a.file, maxCell));
    const why = [a.reason, a.detail].filter((part) => Boolean(part)).join("; ");
    const cells = [ADDED_KIND_LABELS[a.kind], a.rule ?? "", a.resource ?? "", why].map((value) => escapeMarkdown(truncateCell(value, maxCell)));
    return `| ${cells[0]} | ${cells[1]} | ${cells[2]} | ${location} | ${cells[3]} | ${a.applied ? "yes" : "**no**"} |`;
  });
  const more = added.length > maxRows ? ["", `_${added.length - maxRows} more in the results JSON (addedSuppressions)._`] : [];
  return [
    `${heading} Suppressions added by this change`,
    "",
    intro,
    "",
    "| Kind | Rule | Resource | Location | Reason | Applied |",
    "|---|---|---|---|---|---|",
    ...rows,
    ...more,
    ""
  ];
}
var DELTA_LABELS = [
  ["introduced", "Introduced by this change"],
  ["fixed", "Fixed by this change"],
  ["drift", "Introduced by drift"],
  ["pre-existing", "Pre-existing"]
];
function deltaSection(model) {
  const { any, counts } = deltaCounts(model.evaluations);
  if (!any) return [];
  return [
    "### Posture delta",
    "",
    `| ${DELTA_LABELS.map(([, title]) => title).join(" | ")} |`,
    `|${DELTA_LABELS.map(() => "---:").join("|")}|`,
    `| ${DELTA_LABELS.map(([label]) => counts[label]).join(" | ")} |`,
    ""
  ];
}
var MAX_DRIFT_LISTED = 30;
function driftSection(model) {
  if (model.drift.length === 0) return [];
  const named = model.drift.some((d) => d.lastChange !== void 0);
  const rows = model.drift.slice(0, MAX_DRIFT_LISTED).map((d) => {
    const resource = escapeMarkdown(cell(d.resource.id ? `${d.resource.type} ${d.resource.id}` : d.resource.type));
    const address = d.address ? escapeMarkdown(cell(d.address)) : "";
    const place = escapeMarkdown(resourcePlace(d.resource));
    const paths = escapeMarkdown(cell([...new Set(d.changes.map((c) => c.path))].join(", ")));
    const who = named ? ` ${escapeMarkdown(cell(lastChangeText(d.lastChange) ?? ""))} |` : "";
    return `| ${d.class} | ${resource} | ${address} | ${place} | ${paths} |${who}`;
  });
  const more = model.drift.length > MAX_DRIFT_LISTED ? ["", `_${model.drift.length - MAX_DRIFT_LISTED} more drift entries in the results JSON._`] : [];
  const header = named ? ["| Class | Resource | Terraform | Account/region | Changed properties | Who changed it |", "|---|---|---|---|---|---|"] : ["| Class | Resource | Terraform | Account/region | Changed properties |", "|---|---|---|---|---|"];
  return ["### Drift", "", ...header, ...rows, ...more, ""];
}
function findingRow(finding, sourceUrlBase) {
  const first = finding.sides[0];
  const place = finding.sides.every((e) => e.resource.origin === "live") ? resourcePlace(first.resource) : "";
  const resource = escapeMarkdown(cell(finding.resource + (place ? ` (${place})` : "")));
  const location = markdownLocation(finding.location, sourceUrlBase, MAX_CELL_CHARS);
  const message = escapeMarkdown(cell(first.path ? `${finding.message} (${first.path})` : finding.message));
  const rule = `${escapeMarkdown(finding.rule)}: ${escapeMarkdown(cell(finding.title))}`;
  return `| ${finding.severity} | ${rule} | ${resource} | ${location} | ${message} | ${standing(finding)} |`;
}
function standing(finding) {
  const sides = escapeMarkdown(cell(finding.sides.map(sideLabel).join("; ")));
  return finding.blocksGate ? `**blocks the gate** \xB7 ${sides}` : sides;
}
function gateHeadline(verdict) {
  return verdict === "pass" ? "\u2705 gate passed" : verdict === "fail" ? "\u274C gate failed" : "\u26AA not gated";
}
function markdownLocation(location, sourceUrlBase, maxChars) {
  if (!location) return "";
  const text = escapeMarkdown(truncateCell(`${location.file}:${location.line}`, maxChars));
  const link = sourceLink(sourceUrlBase, location.file, location.line);
  return link ? `[${text}](${link})` : text;
}
function warningsSection(warnings) {
  if (warnings.length === 0) return "";
  const listed = warnings.slice(0, MAX_WARNINGS).map((warning2) => `- ${escapeMarkdown(cell(warning2))}`);
  if (warnings.length > MAX_WARNINGS) listed.push(`- \u2026 and ${warnings.length - MAX_WARNINGS} more warnings`);
  return ["### Warnings", "", ...listed, ""].join("\n") + "\n";
}
function omittedLine(count) {
  return `_\u2026 and ${count} more ${plural(count, "finding")} not listed here: see the SARIF, the HTML report and the results JSON._`;
}
function escapeMarkdown(text) {
  return inertReferences(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]#+!|~^]/g, "\\$&").replace(/[\r\n]+/g, " ");
}
function cell(text) {
  return truncateCell(text, MAX_CELL_CHARS);
}
var WORD_JOINER = "\u2060";
function inertReferences(text) {
  return text.replace(/@/g, `@${WORD_JOINER}`).replace(/:\/\//g, `:${WORD_JOINER}//`).replace(/(www)\./gi, `$1${WORD_JOINER}.`).replace(/(#|\bGH-)(?=\d)/gi, `$1${WORD_JOINER}`);
}
function truncateCell(text, maxChars) {
  const chars = Array.from(text);
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join("")}\u2026`;
}
function plural(count, word) {
  return count === 1 ? word : `${word}s`;
}
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
function truncateBytes(text, maxBytes) {
  if (bytes(text) <= maxBytes) return text;
  let out = "";
  let size = 0;
  for (const char of text) {
    const charBytes = bytes(char);
    if (size + charBytes > maxBytes) break;
    out += char;
    size += charBytes;
  }
  return out;
}

// src/report/pr-comment.ts
var COMMENT_MARKER = "<!-- plumbline:pr-comment -->";
var MAX_COMMENT_CHARS = 6e4;
var MAX_ROWS = 30;
var MAX_CELL = 300;
var MAX_ADDED_ROWS = 20;
var MAX_RULE_ROWS2 = 20;
var MAX_ACCOUNT_ROWS2 = 20;
function renderPrComment(model, opts = {}) {
  const max = opts.maxChars ?? MAX_COMMENT_CHARS;
  const { run: run2 } = model;
  const link = opts.reportUrl && /^https:\/\/[^\s"'<>()]+$/.test(opts.reportUrl) ? opts.reportUrl : void 0;
  const head = [
    COMMENT_MARKER,
    `### Plumbline: ${gateHeadline(run2.gate.verdict)}`,
    "",
    escapeMarkdown(run2.gate.reason),
    ""
  ];
  const findings = groupFindings(model.evaluations);
  const delta = deltaCounts(model.evaluations).counts;
  const blocking = findings.filter((g) => g.blocksGate).length;
  const facts = [
    `**${run2.counts.findings}** finding(s) (${run2.counts.fail} failing checks)${blocking > 0 ? `, **${blocking} blocking the gate**` : ""}: ${delta.introduced} introduced by this change, ${delta.fixed} fixed by it, ${delta.drift} introduced by drift, ${delta["pre-existing"]} pre-existing.`
  ];
  if (run2.counts.error > 0) facts.push(`**Rule errors:** ${run2.counts.error} evaluation(s) could not complete (listed in the report; not counted as findings).`);
  if (model.drift.length > 0 || run2.iacCoverage !== null) {
    const d = run2.counts.drift;
    const authors = driftAuthorsLine(model.drift);
    facts.push(`**Drift:** ${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged${run2.iacCoverage !== null ? ` \xB7 IaC coverage ${run2.iacCoverage}%` : ""}${authors ? ` \xB7 ${escapeMarkdown(authors)}` : ""}.`);
  }
  if (run2.changes) facts.push(`**Changes mode:** ${escapeMarkdown(changesLine(run2.changes))}.`);
  const incomplete = model.coverage.filter((c) => c.state !== "scanned").length;
  if (incomplete > 0) facts.push(`**Coverage:** ${incomplete} of ${model.coverage.length} (account, region, type) entries were not fully read.`);
  if (run2.counts.unmapped > 0) {
    facts.push(`**Not checked:** ${run2.counts.unmapped} Terraform resource(s): no mapping yet, or their parent is not in this configuration (listed in the report).`);
  }
  if (link) facts.push(`[Full report](${link})`);
  head.push(facts.join("\n"), "");
  head.push(...addedSuppressionsSection(model, MAX_ADDED_ROWS, MAX_CELL, "####"));
  const brought = findings.filter((g) => g.blocksGate || g.delta === "introduced");
  const aggregated = aggregates(findings);
  const ordered = aggregated && brought.length > 0 ? brought : [...brought, ...findings.filter((g) => !g.blocksGate && g.delta !== "introduced")];
  if (aggregated) {
    head.push(aggregateSection(findings, MAX_RULE_ROWS2, MAX_ACCOUNT_ROWS2, "####", link));
    head.push(brought.length > 0 ? `${brought.length} finding(s) this change introduces or that block the gate:` : "The most severe findings:", "", "");
  }
  const table = ["| Severity | Finding | Resource | Location | Where it stands |", "|---|---|---|---|---|"];
  const tail = (omitted) => omitted > 0 ? `
_\u2026 and ${omitted} more finding(s) not listed here${link ? `: see the [full report](${link})` : ": see the HTML report artifact"}._
` : "";
  let body = head.join("\n");
  const rows = [];
  for (const e of ordered.slice(0, MAX_ROWS)) {
    const row = commentRow(e, model.run.sourceUrlBase);
    const candidate = body.length + table.join("\n").length + rows.join("\n").length + row.length + 400;
    if (candidate > max) break;
    rows.push(row);
  }
  if (rows.length > 0) body += [...table, ...rows].join("\n") + "\n";
  body += tail(findings.length - rows.length);
  return body.length <= max ? body : body.slice(0, max - 20) + "\n\n_(truncated)_\n";
}
function commentRow(g, sourceUrlBase) {
  const place = g.sides.every((e) => e.resource.origin === "live") ? resourcePlace(g.sides[0].resource) : "";
  const resource = escapeMarkdown(cell2(g.resource + (place ? ` (${place})` : "")));
  const location = markdownLocation(g.location, sourceUrlBase, MAX_CELL);
  return `| ${g.severity} | ${escapeMarkdown(cell2(g.message))} (${escapeMarkdown(g.rule)}) | ${resource} | ${location} | ${standing(g)} |`;
}
function cell2(text) {
  return truncateCell(text, MAX_CELL);
}

// src/publish/artifact.ts
import { basename, dirname } from "node:path";
async function uploadReportArtifacts(files, settings, client = new DefaultArtifactClient()) {
  const options = settings.retentionDays !== void 0 ? { retentionDays: settings.retentionDays } : {};
  const report = await client.uploadArtifact(basename(files.reportFile), [files.reportFile], dirname(files.reportFile), { ...options, skipArchive: true });
  const data = [files.sarifFile, files.resultsFile, ...files.inventoryFile ? [files.inventoryFile] : []];
  const archived = await client.uploadArtifact(settings.name, data, dirname(files.sarifFile), options);
  const out = { reportArtifactId: report.id, dataArtifactId: archived.id };
  if (report.id !== void 0 && settings.runUrl) out.reportUrl = `${settings.runUrl}/artifacts/${report.id}`;
  return out;
}

// src/publish/code-scanning.ts
import { gzipSync } from "node:zlib";
var DEFAULT_POLL = { maxPolls: 20, intervalMs: 3e3, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
function splitByCategory(log) {
  return log.runs.map((run2) => ({ category: run2.automationDetails?.id?.replace(/\/+$/, "") ?? "plumbline", log: { ...log, runs: [run2] } }));
}
function encodeSarif(log) {
  return gzipSync(Buffer.from(JSON.stringify(log))).toString("base64");
}
async function uploadSarif(request, sarif, target, poll = DEFAULT_POLL) {
  const results = [];
  for (const { category, log } of splitByCategory(sarif)) {
    try {
      const response = await request("POST /repos/{owner}/{repo}/code-scanning/sarifs", {
        owner: target.owner,
        repo: target.repo,
        commit_sha: target.commitSha,
        ref: target.ref,
        sarif: encodeSarif(log),
        ...target.checkoutUri ? { checkout_uri: target.checkoutUri } : {},
        ...target.startedAt ? { started_at: target.startedAt } : {},
        tool_name: "Plumbline"
      });
      results.push({ category, id: String(response.data.id ?? ""), status: "pending" });
    } catch (err) {
      results.push(failure(category, err));
    }
  }
  let waiting = results.filter((upload) => upload.status === "pending");
  for (let round = 0; round < poll.maxPolls && waiting.length > 0; round++) {
    if (round > 0) await poll.sleep(poll.intervalMs);
    for (const upload of waiting) Object.assign(upload, await processingStatus(request, target, upload));
    waiting = waiting.filter((upload) => upload.status === "pending");
  }
  for (const upload of waiting) upload.detail = `still processing after ${poll.maxPolls} checks; see the Security tab`;
  return results;
}
async function processingStatus(request, target, upload) {
  const { category, id } = upload;
  try {
    const response = await request("GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}", { owner: target.owner, repo: target.repo, sarif_id: id });
    const data = response.data;
    if (data.processing_status === "complete") return { category, id, status: "complete" };
    if (data.processing_status === "failed") return { category, id, status: "failed", detail: (data.errors ?? []).join("; ") || "processing failed" };
    return upload;
  } catch (err) {
    return { ...failure(category, err), id };
  }
}
function failure(category, err) {
  const e = err;
  const message = (e.message ?? String(err)).split("\n")[0];
  if (e.status === 403 || e.status === 404) return { category, status: "unavailable", detail: `${e.status}: ${message}` };
  return { category, status: "error", detail: e.status ? `${e.status}: ${message}` : message };
}

// src/publish/pr-comment.ts
var ACTIONS_BOT = { login: "github-actions[bot]", type: "Bot" };
async function upsertPrComment(request, target, body) {
  try {
    const identity = await tokenIdentity(request);
    const existing = identity.author ? await findComment(request, target, identity.author) : void 0;
    if (existing !== void 0) {
      await request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { owner: target.owner, repo: target.repo, comment_id: existing, body });
      return { status: "updated", id: existing };
    }
    const created = await request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    const result = { status: "created", id: Number(created.data.id) };
    if (!identity.author) {
      result.notice = `pull-request comment: a new comment was written instead of updating an earlier one, because the token's identity could not be established (${identity.why}) and only a comment written by that identity is ever edited`;
    }
    return result;
  } catch (err) {
    const e = err;
    const message = (e.message ?? String(err)).split("\n")[0];
    if (e.status === 403 || e.status === 404) {
      return { status: "skipped", detail: `the token cannot write comments here (${e.status}: ${message}); pull requests from forks get a read-only token, and the job needs permissions: pull-requests: write` };
    }
    return { status: "error", detail: e.status ? `${e.status}: ${message}` : message };
  }
}
async function tokenIdentity(request) {
  let installation = false;
  let restFailure;
  try {
    const user = (await request("GET /user", {})).data;
    if (typeof user.login === "string" && user.login !== "") return { author: { login: user.login, type: user.type === "Bot" ? "Bot" : "User" }, why: "GET /user" };
    restFailure = "GET /user answered without a login";
  } catch (err) {
    const e = err;
    installation = e.status === 403 && /not accessible by integration/i.test(e.message ?? "");
    restFailure = `GET /user: ${describe(err)}`;
  }
  let graphqlFailure;
  try {
    const answer = (await request("POST /graphql", { query: "query { viewer { login } }" })).data;
    const login = answer.data?.viewer?.login;
    if (typeof login === "string" && login !== "") return { author: { login, type: login.endsWith("[bot]") ? "Bot" : "User" }, why: "GraphQL viewer" };
    graphqlFailure = `GraphQL viewer: ${answer.errors?.[0]?.message ?? "no login in the answer"}`;
  } catch (err) {
    graphqlFailure = `GraphQL viewer: ${describe(err)}`;
  }
  if (installation) return { author: ACTIONS_BOT, why: `an installation token whose bot GraphQL did not name (${graphqlFailure}): taken as the job's token` };
  return { why: `${restFailure}; ${graphqlFailure}` };
}
async function findComment(request, target, author) {
  const login = author.login.toLowerCase();
  for (let page = 1; page <= 100; page++) {
    const response = await request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100, page });
    const comments = response.data;
    const ours = comments.find(
      (c) => typeof c.body === "string" && c.body.includes(COMMENT_MARKER) && c.user?.login?.toLowerCase() === login && c.user?.type === author.type
    );
    if (ours) return ours.id;
    if (comments.length < 100) return void 0;
  }
  return void 0;
}
function describe(err) {
  const e = err;
  const message = (e?.message ?? String(err)).split("\n")[0];
  return e?.status ? `${e.status}: ${message}` : message;
}

// src/publish/publish.ts
async function publishResults(files, settings, ctx) {
  const out = { warnings: [], notices: [], info: [], failures: [] };
  const fail = (what, why) => {
    out.warnings.push(`${what} failed: ${why}; the files are in the output folder`);
    out.failures.push(what);
  };
  if (settings.uploadReport) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
      out.notices.push("artifacts not uploaded: the Actions runtime (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL) is not available outside a workflow run");
    } else {
      try {
        const uploaded = await uploadReportArtifacts(files, { name: settings.artifactName, retentionDays: settings.retentionDays, runUrl: ctx.runUrl });
        out.reportUrl = uploaded.reportUrl;
        out.info.push(`artifacts uploaded: plumbline-report.html${uploaded.reportUrl ? ` (${uploaded.reportUrl})` : ""} and ${settings.artifactName}`);
      } catch (err) {
        fail("uploading the report artifacts", oneLine(err));
      }
    }
  }
  const [owner, repo] = (ctx.repository ?? "").split("/");
  if (settings.uploadSarif) {
    if (!ctx.request || !owner || !repo || !ctx.sha || !ctx.ref) {
      out.notices.push("SARIF not uploaded to code scanning: no token, repository, commit or ref (the file is on disk for github/codeql-action/upload-sarif)");
    } else {
      try {
        const sarif = JSON.parse(await readFile(files.sarifFile, "utf8"));
        const uploads = await uploadSarif(ctx.request, sarif, {
          owner,
          repo,
          commitSha: ctx.sha,
          ref: ctx.ref,
          checkoutUri: ctx.workspace ? pathToFileURL(ctx.workspace).href : void 0,
          startedAt: ctx.startedAt
        });
        for (const u of uploads) {
          if (u.status === "complete") out.info.push(`code scanning: ${u.category} uploaded and processed`);
          else if (u.status === "pending") out.info.push(`code scanning: ${u.category} uploaded; ${u.detail}`);
          else if (u.status === "unavailable") out.warnings.push(`code scanning is not available for ${ctx.repository} (${u.detail}); ${u.category} was not uploaded. Forks and private repositories without GitHub Advanced Security cannot receive it; the SARIF file stays on disk`);
          else fail(`uploading ${u.category} to code scanning`, u.detail ?? u.status);
        }
      } catch (err) {
        fail("uploading the SARIF to code scanning", oneLine(err));
      }
    }
  }
  if (settings.commentOnPr && ctx.pullRequest !== void 0) {
    if (!ctx.request || !owner || !repo) {
      out.notices.push("pull-request comment skipped: no token");
    } else {
      const body = renderPrComment(ctx.commentModel, { reportUrl: out.reportUrl });
      const result = await upsertPrComment(ctx.request, { owner, repo, issueNumber: ctx.pullRequest }, body);
      if (result.status === "skipped") out.notices.push(`pull-request comment skipped: ${result.detail}`);
      else if (result.status === "error") fail("writing the pull-request comment", result.detail);
      else {
        out.info.push(`pull-request comment ${result.status}`);
        if (result.notice) out.notices.push(result.notice);
      }
    }
  }
  return out;
}
function oneLine(err) {
  const e = err;
  const message = (e?.message ?? String(err)).split("\n")[0];
  return e?.status ? `${e.status}: ${message}` : message;
}

// src/report/annotations.ts
var MAX_ANNOTATIONS_PER_LEVEL = 10;
function selectAnnotations(model) {
  const findings = failingFindings(model.evaluations);
  const shown = { error: [], warning: [] };
  for (const finding of findings) {
    const level = annotationLevel(finding);
    if (!level || !finding.location || shown[level].length >= MAX_ANNOTATIONS_PER_LEVEL) continue;
    shown[level].push(annotation(finding, level, finding.location));
  }
  const annotations = [...shown.error, ...shown.warning];
  const rest = findings.length - annotations.length;
  if (rest <= 0) return { annotations };
  return {
    annotations,
    overflowNotice: `${rest} more ${rest === 1 ? "finding is" : "findings are"} in the job summary, SARIF and report`
  };
}
function annotationLevel(finding) {
  if (finding.severity === "critical" || finding.severity === "high") return "error";
  if (finding.severity === "medium" || finding.severity === "low") return "warning";
  return void 0;
}
function annotation(finding, level, location) {
  const place = finding.resource.origin === "live" ? resourcePlace(finding.resource) : "";
  const subject = resourceLabel(finding.resource) + (place ? ` (${place})` : "");
  const judged = finding.path ? ` [${finding.path}]` : "";
  return {
    level,
    title: `${finding.severity.toUpperCase()} ${finding.rule}: ${finding.title}`,
    message: `${subject}${judged}: ${finding.message}`,
    file: location.file.replace(/\\/g, "/").replace(/^(?:\.\/)+/, ""),
    startLine: Number.isInteger(location.line) && location.line >= 1 ? location.line : 1
  };
}

// src/publish/step.ts
function stepOutputs(model, files, reportUrl = "") {
  const { counts, gate } = model.run;
  const outputs = {
    findings: String(counts.fail),
    suppressed: String(counts.suppressed),
    unknown: String(counts.unknown),
    errors: String(counts.error),
    fixed: String(counts.fixed),
    unmapped: String(counts.unmapped),
    gate: gate.verdict,
    "gate-reason": gate.reason,
    "sarif-file": files.sarifFile,
    "sarif-categories": files.sarifCategories.map((each) => each.category).join("\n"),
    "report-file": files.reportFile,
    "results-file": files.resultsFile,
    "inventory-file": files.inventoryFile ?? "",
    "drift-changed": String(counts.drift.changed),
    "drift-missing": String(counts.drift.missing),
    "drift-unmanaged": String(counts.drift.unmanaged),
    "iac-coverage": model.run.iacCoverage === null ? "" : String(model.run.iacCoverage),
    "coverage-complete": String(model.coverage.every((entry) => entry.state === "scanned")),
    "report-url": reportUrl,
    // Only `command: shards` plans a matrix (main.ts); a scan says it has none.
    matrix: ""
  };
  for (const s of SEVERITIES) outputs[`findings-${s}`] = String(counts.bySeverity[s]);
  return outputs;
}
function setStepOutputs(model, files, reportUrl) {
  for (const [name, value] of Object.entries(stepOutputs(model, files, reportUrl))) setOutput(name, value);
}
async function writeJobSummary(model, files, reportUrl) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(renderSummary(model, { sarifCut: files.sarifCut, reportUrl }), true).write();
}
function emitAnnotations(model) {
  const { annotations, overflowNotice } = selectAnnotations(model);
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine };
    if (a.level === "error") error(a.message, props);
    else warning(a.message, props);
  }
  if (overflowNotice) notice(overflowNotice);
}

// src/sources/base-github.ts
var MAX_LISTED_FILES = 3e3;
var PER_PAGE = 100;
function pullRequestBaseName(pr) {
  return `the base commit ${pr.baseSha.slice(0, 12)} of pull request #${pr.pullNumber}`;
}
function githubBase(request, pr) {
  return {
    name: pullRequestBaseName(pr),
    async changedFiles() {
      const files = [];
      for (let page = 1; page <= MAX_LISTED_FILES / PER_PAGE; page++) {
        const response = await request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: PER_PAGE, page });
        const listed = response.data;
        for (const f of listed) {
          if (typeof f.filename !== "string") continue;
          const status = typeof f.status === "string" ? f.status : "modified";
          files.push({ path: f.filename, status, ...typeof f.previous_filename === "string" ? { previousPath: f.previous_filename } : {} });
        }
        if (listed.length < PER_PAGE) break;
      }
      const expected = pr.changedFiles;
      if (expected !== void 0 && files.length < expected || expected === void 0 && files.length >= MAX_LISTED_FILES) {
        throw new Error(`GitHub listed ${files.length} of the ${expected ?? "more than " + MAX_LISTED_FILES} files the pull request changes (it lists at most ${MAX_LISTED_FILES})`);
      }
      return files;
    },
    async readBase(path) {
      try {
        const response = await request("GET /repos/{owner}/{repo}/contents/{path}", {
          owner: pr.owner,
          repo: pr.repo,
          path,
          ref: pr.baseSha,
          headers: { accept: "application/vnd.github.raw+json" }
        });
        const data = response.data;
        if (typeof data === "string") return data;
        if (data instanceof ArrayBuffer) return Buffer.from(data).toString("utf8");
        if (Array.isArray(data)) return null;
        throw new Error(`GitHub answered ${path} with something other than the file's text`);
      } catch (err) {
        if (err.status === 404) return null;
        throw err;
      }
    }
  };
}

// src/sources/last-run.ts
import { mkdir, mkdtemp, stat } from "node:fs/promises";
import { join } from "node:path";
var INVENTORY_FILE_NAME = "plumbline-inventory.json";
var RUNS_PER_PAGE = 5;
var GITHUB_RETRY = { attempts: 4, baseMs: 500, capMs: 4e3 };
var statusOf = (error2) => {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
};
function githubMessage(error2) {
  const data = error2?.response?.data;
  const message = data && typeof data === "object" ? data.message : void 0;
  return typeof message === "string" && message !== "" ? message.split("\n")[0] : void 0;
}
var retryable = (error2) => {
  const status = statusOf(error2);
  return status === void 0 ? !(error2 instanceof InputError) : status >= 500 || status === 429;
};
async function lastScheduledInventory(options) {
  const nameOf = options.nameOf ?? ((input) => `input ${input}`);
  const since = nameOf("since");
  const sinceWorkflow = nameOf("since-workflow");
  const repository = `${options.owner}/${options.repo}`;
  const workflow = options.workflow.trim();
  const clean = (text) => (options.token ? text.split(options.token).join("***") : text).replace(/[\r\n]+/g, " ");
  if (workflow === "") {
    throw new InputError(`${sinceWorkflow} is empty; with ${since}: ${LAST_SCHEDULED_RUN}, give the scheduled workflow's file name (e.g. scheduled-scan.yml) or its numeric id.`);
  }
  if (workflow.includes("/")) {
    throw new InputError(`${sinceWorkflow}: "${workflow}" is a path; give the workflow's file name only (e.g. scheduled-scan.yml), or its numeric id.`);
  }
  const retry = { ...GITHUB_RETRY, ...options.retry, isRetryable: retryable };
  const failure2 = (error2, doing, tries = `after ${retry.attempts} ${retry.attempts === 1 ? "try" : "tries"}`) => {
    const status = error2?.response ? statusOf(error2) : void 0;
    const said = githubMessage(error2) ?? (error2 instanceof Error ? error2.message : String(error2));
    if (status === 403) {
      return new InputError(
        clean(`${since}: the token may not read GitHub Actions runs and artifacts of ${repository} (${doing}: 403 ${said}); add \`permissions: actions: read\` to the job (and keep the permissions it already has).`)
      );
    }
    if (status === 401) return new InputError(clean(`${since}: GitHub refused the token (${doing}: 401 ${said}); pass the job's token as github-token.`));
    if (status !== void 0 && status < 500 && status !== 429) {
      return new RunError(clean(`${since}: GitHub refused ${doing} (${status} ${said}); try again, or leave ${since} unset for a full scan.`));
    }
    const how = status === void 0 ? `no answer: ${said}` : `${status} ${said}`;
    return new RunError(clean(`${since}: GitHub did not answer ${doing} (${how}, ${tries}); try again later, or leave ${since} unset for a full scan.`));
  };
  let listed;
  try {
    const response = await withRetry(
      () => options.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
        owner: options.owner,
        repo: options.repo,
        workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow,
        event: "schedule",
        status: "success",
        exclude_pull_requests: true,
        per_page: RUNS_PER_PAGE
      }),
      retry
    );
    listed = response.data ?? {};
  } catch (error2) {
    if (statusOf(error2) === 404) {
      throw new InputError(
        clean(`${sinceWorkflow}: no workflow "${workflow}" in ${repository} (GitHub answered 404); give the scheduled workflow's file name under .github/workflows (e.g. scheduled-scan.yml) or its numeric id.`)
      );
    }
    throw failure2(error2, `listing the runs of workflow ${workflow}`);
  }
  const runs = Array.isArray(listed.workflow_runs) ? listed.workflow_runs : [];
  const newest = runs.filter((r) => r.event === "schedule" && r.conclusion === "success" && typeof r.id === "number" && typeof r.created_at === "string").sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[0];
  if (!newest) {
    throw new InputError(
      clean(`${since}: workflow ${workflow} of ${repository} has no successful run triggered by its schedule; let the scheduled workflow succeed once (a run started by hand does not count), or leave ${since} unset for a full scan.`)
    );
  }
  const run2 = {
    id: newest.id,
    url: typeof newest.html_url === "string" ? newest.html_url : `https://github.com/${repository}/actions/runs/${String(newest.id)}`,
    createdAt: newest.created_at
  };
  const runName = `the scheduled run of ${run2.createdAt} (${run2.url})`;
  let artifacts;
  try {
    const response = await withRetry(
      () => options.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", {
        owner: options.owner,
        repo: options.repo,
        run_id: run2.id,
        name: options.artifactName,
        per_page: 100
      }),
      retry
    );
    const data = response.data ?? {};
    artifacts = Array.isArray(data.artifacts) ? data.artifacts : [];
  } catch (error2) {
    throw failure2(error2, `listing the artifacts of ${runName}`);
  }
  const named = artifacts.filter((a) => a.name === options.artifactName && typeof a.id === "number");
  const live = named.filter((a) => a.expired !== true).sort((a, b) => b.id - a.id)[0];
  if (!live) {
    if (named.length > 0) {
      const expiredOn = named.map((a) => a.expires_at).find((at) => typeof at === "string");
      throw new InputError(
        clean(`${since}: the artifact "${options.artifactName}" of ${runName} has expired${expiredOn ? ` (${expiredOn})` : ""}; wait for the next scheduled run, or keep the scheduled run's artifacts longer (retention-days).`)
      );
    }
    throw new InputError(
      clean(`${since}: ${runName} has no artifact "${options.artifactName}"; set report-artifact-name to the name the scheduled workflow uploads its results under, or let the scheduled run upload them.`)
    );
  }
  await mkdir(options.destination, { recursive: true });
  const folder = await mkdtemp(join(options.destination, `run-${run2.id}-`));
  const client = options.artifacts ?? new (await import("./chunks/artifact-2XNXFZHX.js")).DefaultArtifactClient();
  try {
    await withRetry(
      () => client.downloadArtifact(live.id, {
        path: folder,
        findBy: { token: options.token, workflowRunId: run2.id, repositoryOwner: options.owner, repositoryName: options.repo }
      }),
      // The client retries the blob download itself (5 tries, 5 s apart); only GitHub's 5xx on the REST call
      // that redirects to it is retried here.
      { ...retry, isRetryable: (error2) => (statusOf(error2) ?? 0) >= 500 }
    );
  } catch (error2) {
    if (statusOf(error2) === 410) {
      throw new InputError(clean(`${since}: the artifact "${options.artifactName}" of ${runName} has expired (GitHub answered 410); wait for the next scheduled run, or keep the scheduled run's artifacts longer (retention-days).`));
    }
    if (statusOf(error2) === 404) {
      throw new InputError(clean(`${since}: the artifact "${options.artifactName}" of ${runName} is gone (GitHub answered 404 to its download); wait for the next scheduled run.`));
    }
    const tries = statusOf(error2) === void 0 ? "after the artifact client's 5 tries" : void 0;
    throw failure2(error2, `downloading the artifact "${options.artifactName}" of ${runName}`, tries);
  }
  const path = join(folder, INVENTORY_FILE_NAME);
  const found = await stat(path).then(
    (s) => s.isFile(),
    () => false
  );
  if (!found) {
    throw new InputError(
      clean(`${since}: the artifact "${options.artifactName}" of ${runName} holds no ${INVENTORY_FILE_NAME}, so that run did not scan live; give the scheduled workflow a live scan (role-to-assume), or leave ${since} unset for a full scan.`)
    );
  }
  return { path, run: run2 };
}

// src/main.ts
async function run() {
  try {
    const raw = {};
    for (const s of SETTINGS) raw[s.input] = s.kind === "files" || s.kind === "dirs" ? getMultilineInput(s.input) : getInput(s.input);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const config = buildConfig(raw, {
      cwd: workspace,
      event: context.eventName || void 0,
      defaultFallbackLocation: workflowFile() ?? "README.md",
      nameOf: (s) => `input ${s.input}`,
      env: process.env,
      liveDefault: "auto"
    });
    if (config.command === "shards") {
      await planShardsStep(config);
      return;
    }
    const token = config.publish.githubToken;
    const request = token ? getOctokit(token).request : void 0;
    if (config.since === LAST_SCHEDULED_RUN) config.since = await downloadLastScheduledInventory(config.sinceWorkflow ?? "", config.publish.artifactName, token, request);
    const { model, secrets, inventory, hasLive } = await runPipeline(config, { ...runInfo(), base: pullRequestBase(request) }, void 0, {
      getIDToken: (audience) => getIDToken(audience),
      mask: (secret) => setSecret(secret),
      env: process.env,
      info: (line) => info(line),
      nameOf: (input) => `input ${input}`
    });
    for (const secret of secrets) setSecret(secret);
    const redact = config.publish.redactIdentifiers === "auto" ? isPublicRepository() : config.publish.redactIdentifiers;
    const files = await writeOutputFiles(model, config, { inventory, hasLive }, { redactIdentifiers: redact });
    const shown = redact ? maskAccountIds(model) : model;
    for (const warning2 of shown.run.warnings) warning(warning2);
    emitAnnotations(shown);
    const pr = context.payload.pull_request;
    const published = await publishResults(files, config.publish, {
      repository: process.env.GITHUB_REPOSITORY,
      sha: process.env.GITHUB_SHA,
      ref: process.env.GITHUB_REF,
      runUrl: runInfo().runUrl,
      workspace,
      startedAt: model.run.startedAt,
      pullRequest: typeof pr?.number === "number" ? pr.number : void 0,
      request,
      commentModel: shown
    });
    for (const line of published.info) info(line);
    for (const notice2 of published.notices) notice(notice2);
    for (const warning2 of published.warnings) warning(warning2);
    setStepOutputs(model, files, published.reportUrl);
    try {
      await writeJobSummary(shown, files, published.reportUrl);
    } catch (err) {
      warning(`the job summary could not be written: ${err.message}`);
    }
    const { counts, gate } = model.run;
    const unmapped = counts.unmapped > 0 ? `, ${counts.unmapped} Terraform resource(s) not checked (no mapping yet, or parent not in this configuration)` : "";
    info(
      `Plumbline: ${counts.findings} finding(s) in ${counts.fail} failing check(s), ${counts.suppressed} suppressed, ${counts.unknown} unknown${unmapped}; gate ${gateWords(gate.verdict)} (${gate.reason})`
    );
    if (gate.verdict === "fail") setFailed(`Plumbline gate failed: ${gate.reason}`);
    else if (config.publish.failOnPublishError && published.failures.length > 0) {
      setFailed(`Plumbline could not publish: ${published.failures.join(", ")} (fail-on-publish-error is true)`);
    }
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    setFailed(err instanceof InputError ? message : `Plumbline could not complete: ${message}`);
  }
}
async function downloadLastScheduledInventory(workflow, artifactName, token, request) {
  if (!token || !request) {
    throw new InputError("input since: last-scheduled-run reads the scheduled run's artifact through the GitHub API; give github-token (the default is the job's token) and `permissions: actions: read`");
  }
  const found = await lastScheduledInventory({
    request,
    token,
    owner: context.repo.owner,
    repo: context.repo.repo,
    workflow,
    artifactName,
    destination: join2(process.env.RUNNER_TEMP ?? tmpdir(), "plumbline-since")
  });
  info(`since: the inventory of scheduled run ${found.run.url} (started ${found.run.createdAt})`);
  return found.path;
}
async function planShardsStep(config) {
  const plan = await planShards(config, {
    getIDToken: (audience) => getIDToken(audience),
    mask: (secret) => setSecret(secret),
    env: process.env,
    info: (line2) => info(line2),
    nameOf: (input) => `input ${input}`
  });
  for (const warning2 of plan.warnings) warning(warning2);
  const line = shardPlanLine(plan);
  info(line);
  setOutput("matrix", JSON.stringify(plan.matrix));
  await summary.addHeading("Plumbline: shards planned", 2).addRaw(`${line}

`).addTable([
    [{ data: "shard", header: true }, { data: "pairs", header: true }, { data: "resources (previous scan)", header: true }],
    ...plan.matrix.include.map((entry) => [entry.name, String(entry.pairs), entry.resources === void 0 ? "\u2013" : String(entry.resources)])
  ]).write();
}
function pullRequestBase(request) {
  const pr = context.payload.pull_request;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!pr || typeof pr.number !== "number" || typeof pr.base?.sha !== "string" || !owner || !repo) return void 0;
  if (!request) return unreadableBase(pullRequestBaseName({ baseSha: pr.base.sha, pullNumber: pr.number }), "no github-token to read it with");
  const changedFiles = typeof pr.changed_files === "number" ? pr.changed_files : void 0;
  return githubBase(request, { owner, repo, pullNumber: pr.number, baseSha: pr.base.sha, changedFiles });
}
function isPublicRepository() {
  const repository = context.payload.repository;
  return repository?.private === false || repository?.visibility === "public";
}
function workflowFile() {
  const ref = process.env.GITHUB_WORKFLOW_REF;
  const match = ref?.match(/^[^/]+\/[^/]+\/(.+?)@/);
  return match?.[1];
}
function runInfo() {
  const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const repository = process.env.GITHUB_REPOSITORY;
  const pr = context.payload.pull_request;
  const commit = pr?.head?.sha ?? process.env.GITHUB_SHA;
  return {
    repository,
    commit,
    event: context.eventName || void 0,
    runUrl: repository && process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0,
    sourceUrlBase: repository && commit ? `${server}/${repository}/blob/${commit}` : void 0
  };
}

// src/index.ts
await run();
