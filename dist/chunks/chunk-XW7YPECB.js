import { createRequire as __plumblineCreateRequire } from 'node:module'; const require = __plumblineCreateRequire(import.meta.url);

// src/sources/inventory-file.ts
import { readFile } from "node:fs/promises";

// src/account-ids.ts
var MASK_KEPT_DIGITS = 4;
function maskAccountId(id) {
  return "*".repeat(id.length - MASK_KEPT_DIGITS) + id.slice(-MASK_KEPT_DIGITS);
}
var MASKED_ACCOUNT_ID = /(?<![*0-9])\*{8}[0-9]{4}(?![0-9])/;
function holdsMaskedAccountId(text) {
  return text.includes("********") && MASKED_ACCOUNT_ID.test(text);
}

// src/json-location.ts
function jsonErrorPlace(text) {
  const { offset, reason } = locateJsonError(text);
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column} (${reason})`;
}
function locateJsonError(text) {
  let i = 0;
  const fail2 = (reason, at = i) => {
    throw { offset: at, reason };
  };
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const unexpected = () => i >= text.length ? fail2("unexpected end of input") : fail2(describeUnexpected(text[i]));
  const str = () => {
    i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === "\\") {
        const esc = text[i + 1];
        if (esc === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail2("bad \\u escape in a string", i);
          i += 6;
        } else if (esc !== void 0 && '"\\/bfnrt'.includes(esc)) i += 2;
        else fail2("bad escape in a string", i);
        continue;
      }
      if (ch.charCodeAt(0) < 32) fail2("control character in a string");
      i++;
    }
    fail2("unterminated string");
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") unexpected();
    i += m[0].length;
  };
  const value = (depth) => {
    if (depth > 2e3) fail2("nested more than 2,000 levels deep");
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        ws();
        if (text[i] !== '"') fail2(i >= text.length ? "unexpected end of input" : "expected a double-quoted property name");
        str();
        ws();
        if (text[i] !== ":") fail2(i >= text.length ? "unexpected end of input" : "expected ':' after a property name");
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail2(i >= text.length ? "unexpected end of input" : "expected ',' or '}'");
      }
    }
    if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail2(i >= text.length ? "unexpected end of input" : "expected ',' or ']'");
      }
    }
    if (ch === '"') return str();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (ch === "-" || ch !== void 0 && ch >= "0" && ch <= "9") return num();
    unexpected();
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail2("unexpected text after the JSON value");
    return { offset: i, reason: "invalid JSON" };
  } catch (err) {
    if (err && typeof err === "object" && "offset" in err) return err;
    throw err;
  }
}
function describeUnexpected(ch) {
  const code = ch.charCodeAt(0);
  if (/^[{}[\]:,'=<>#;]$/.test(ch)) return `unexpected character '${ch}'`;
  if (code < 32) return `unexpected control character U+${code.toString(16).padStart(4, "0").toUpperCase()}`;
  return "unexpected bare word; strings need double quotes";
}
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/paths.ts
var parsedPaths = /* @__PURE__ */ new Map();
var MAX_CACHED_PATHS = 2e5;
function parsePath(path) {
  let steps = parsedPaths.get(path);
  if (steps === void 0) {
    steps = Object.freeze(parsePathUncached(path));
    if (parsedPaths.size >= MAX_CACHED_PATHS) parsedPaths.clear();
    parsedPaths.set(path, steps);
  }
  return steps;
}
function parsePathUncached(path) {
  const steps = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  let m;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== void 0) steps.push(m[1]);
    else if (m[2] !== void 0) steps.push(Number(m[2]));
    else steps.push(m[3].replace(/\\(.)/g, "$1"));
  }
  return steps;
}
function formatPath(steps) {
  let out = "";
  for (const step of steps) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[A-Za-z0-9_:-]+$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
function joinPath(base, step) {
  return formatPath([...parsePath(base), step]);
}
function getPath(value, path) {
  const steps = typeof path === "string" ? parsePath(path) : path;
  let current = value;
  for (const step of steps) {
    if (current === null || current === void 0 || typeof current !== "object") return void 0;
    current = current[step];
  }
  return current;
}
function pathsOverlap(a, b) {
  if (a === b || a === "" || b === "") return true;
  const pa = parsePath(a);
  const pb = parsePath(b);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) if (pa[i] !== pb[i]) return false;
  return true;
}
function isUnder(path, ancestor) {
  if (path === ancestor || ancestor === "") return true;
  const p = parsePath(path);
  const a = parsePath(ancestor);
  if (a.length > p.length) return false;
  for (let i = 0; i < a.length; i++) if (p[i] !== a[i]) return false;
  return true;
}
function isPropertyRead(resource, path) {
  const read2 = resource.readProperties;
  if (read2 === void 0) return true;
  const first = parsePath(path)[0];
  return typeof first === "string" && read2.includes(first);
}
var REDACTED = Object.freeze({ redacted: true });
function redactStringsWhere(root, redact) {
  const replaced = [];
  const steps = [];
  const walk = (node) => {
    if (typeof node === "string") {
      if (!redact(node)) return node;
      replaced.push(formatPath(steps));
      return { ...REDACTED };
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        steps.push(i);
        node[i] = walk(node[i]);
        steps.pop();
      }
    } else if (node !== null && typeof node === "object") {
      const record = node;
      for (const key of Object.keys(record)) {
        steps.push(key);
        record[key] = walk(record[key]);
        steps.pop();
      }
    }
    return node;
  };
  walk(root);
  return replaced;
}
function isRedacted(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && value.redacted === true && Object.keys(value).length === 1;
}
function markerPaths(marker, prefix = []) {
  const out = [];
  collectMarkerPaths(marker, [...prefix], out);
  return out;
}
function collectMarkerPaths(marker, steps, out) {
  if (marker === true) {
    out.push(formatPath(steps));
    return;
  }
  if (marker === null || typeof marker !== "object") return;
  if (Array.isArray(marker)) {
    for (let i = 0; i < marker.length; i++) {
      const item = marker[i];
      if (item === false || item === null) continue;
      steps.push(i);
      collectMarkerPaths(item, steps, out);
      steps.pop();
    }
    return;
  }
  for (const key of Object.keys(marker)) {
    const item = marker[key];
    if (item === false || item === null) continue;
    steps.push(key);
    collectMarkerPaths(item, steps, out);
    steps.pop();
  }
}
function stringsAtPaths(values, paths) {
  const found = /* @__PURE__ */ new Set();
  const collect = (value) => {
    if (typeof value === "string") found.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
  };
  for (const path of paths) collect(path === "" ? values : getPath(values, path));
  return found;
}
var patternCache = /* @__PURE__ */ new Map();
function patternSteps(pattern) {
  let steps = patternCache.get(pattern);
  if (steps === void 0) {
    steps = pattern.split(/\.|(?=\[\*\])/).filter((s) => s !== "");
    patternCache.set(pattern, steps);
  }
  return steps;
}
function expandPathPattern(value, pattern) {
  const steps = patternSteps(pattern);
  const out = [];
  const at = [];
  const walk = (node, i) => {
    if (node === void 0 || node === null) return;
    if (i === steps.length) {
      out.push(formatPath(at));
      return;
    }
    const step = steps[i];
    if (step === "[*]") {
      if (!Array.isArray(node)) return;
      node.forEach((item, n) => {
        at.push(n);
        walk(item, i + 1);
        at.pop();
      });
      return;
    }
    if (typeof node !== "object" || Array.isArray(node)) return;
    const keys = step === "*" ? Object.keys(node) : [step];
    for (const key of keys) {
      at.push(key);
      walk(node[key], i + 1);
      at.pop();
    }
  };
  walk(value, 0);
  return out;
}

// src/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var RunError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RunError";
  }
};

// src/write-file.ts
import { randomBytes } from "node:crypto";
import { lstat, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileSafely(path, data, options = {}) {
  const shown = options.shownPath ?? path;
  const folder = dirname(path);
  if (await isSymbolicLink(folder)) {
    throw new InputError(`${shown}: its folder ${folder} is a symbolic link; Plumbline does not write through links, so give an output folder that is a real folder`);
  }
  const existing = await lstatOrUndefined(path);
  if (existing?.isSymbolicLink()) {
    throw new InputError(`${shown} is a symbolic link; Plumbline does not write through links, so remove the link or give another output path`);
  }
  if (existing && options.noOverwrite) throw Object.assign(new Error(`${shown} exists`), { code: "EEXIST" });
  const temporary = join(folder, `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
  let created = false;
  try {
    const handle = await open(temporary, "wx", 420);
    created = true;
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    if (created) await rm(temporary, { force: true });
    throw error;
  }
}
async function isSymbolicLink(path) {
  return (await lstatOrUndefined(path))?.isSymbolicLink() === true;
}
async function lstatOrUndefined(path) {
  try {
    return await lstat(path);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}

// src/sources/inventory-file.ts
var INVENTORY_SCHEMA_VERSION = 1;
var INVENTORY_KIND = "plumbline-inventory";
function redactResource(resource) {
  const out = { ...resource, properties: resource.properties };
  if (resource.sensitive && resource.sensitive.length > 0) {
    const properties = structuredClone(resource.properties);
    for (const path of resource.sensitive) replaceAt(properties, path);
    out.properties = properties;
  }
  return out;
}
function replaceAt(root, path) {
  const steps = parsePath(path);
  let node = root;
  for (let i = 0; i < steps.length - 1; i++) {
    node = node?.[steps[i]];
    if (node === null || typeof node !== "object") return;
  }
  const last = steps[steps.length - 1];
  const parent = node;
  if (last !== void 0 && parent[last] !== void 0) parent[last] = { ...REDACTED };
}
function redactMaskedValues(resource) {
  const masked = redactStringsWhere(resource.properties, holdsMaskedAccountId);
  if (masked.length > 0) resource.sensitive = [.../* @__PURE__ */ new Set([...resource.sensitive ?? [], ...masked])].sort();
}
function buildInventoryFile(input) {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    kind: INVENTORY_KIND,
    tool: input.tool,
    scannedAt: input.scannedAt,
    accounts: input.accounts,
    ...input.primaryAccount ? { primaryAccount: input.primaryAccount } : {},
    regions: input.regions,
    types: input.types,
    resources: input.resources.map(redactResource),
    coverage: input.coverage
  };
}
async function writeInventoryFile(path, inventory) {
  await writeFileSafely(path, JSON.stringify(inventory, null, 1) + "\n");
}
async function readInventoryFile(path, inputName, shownPath = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code ?? "unreadable";
    throw new InputError(`${inputName}: ${shownPath} cannot be read (${why}); give a plumbline-inventory.json written by a live scan`);
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${inputName}: ${shownPath} is not valid JSON at ${jsonErrorPlace(text)}; give a plumbline-inventory.json written by a live scan (or fix the file there)`);
  }
  const file = data;
  if (!file || typeof file !== "object" || file.kind !== INVENTORY_KIND) {
    throw new InputError(`${inputName}: ${shownPath} is not a Plumbline inventory (no "kind": "${INVENTORY_KIND}"); give a plumbline-inventory.json written by a live scan`);
  }
  if (file.schemaVersion !== INVENTORY_SCHEMA_VERSION) {
    throw new InputError(
      `${inputName}: ${shownPath} has inventory schema version ${JSON.stringify(file.schemaVersion)}, this Plumbline reads version ${INVENTORY_SCHEMA_VERSION}; scan again with this version or use the Plumbline version that wrote it`
    );
  }
  if (!Array.isArray(file.resources) || !Array.isArray(file.coverage)) {
    throw new InputError(`${inputName}: ${shownPath} has no resources or coverage list; the file is damaged, scan again`);
  }
  file.resources.forEach((r, i) => {
    if (!r || typeof r.type !== "string" || typeof r.properties !== "object" || r.properties === null) {
      throw new InputError(`${inputName}: ${shownPath} resource #${i + 1} has no type or properties; the file is damaged, scan again`);
    }
    if (r.readProperties !== void 0 && !(Array.isArray(r.readProperties) && r.readProperties.every((p) => typeof p === "string"))) {
      throw new InputError(`${inputName}: ${shownPath} resource #${i + 1} has a readProperties that is not a list of property names; the file is damaged, scan again`);
    }
    r.origin = "live";
    redactMaskedValues(r);
  });
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    kind: INVENTORY_KIND,
    tool: file.tool ?? { name: "Plumbline", version: "unknown" },
    scannedAt: file.scannedAt ?? "",
    accounts: file.accounts ?? [],
    primaryAccount: typeof file.primaryAccount === "string" ? file.primaryAccount : file.accounts?.length === 1 ? file.accounts[0] : void 0,
    regions: file.regions ?? [],
    types: file.types ?? [],
    resources: file.resources,
    coverage: file.coverage
  };
}

// src/auth/arn.ts
var ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role(\/(?:[\x21-\x7e]+\/)?)?([\w+=,.@-]{1,64})$/;
function parseRoleArn(value) {
  const match = ROLE_ARN.exec(value.trim());
  if (!match) return void 0;
  const [, partition, accountId, path = "/", name] = match;
  if (path.length > 512) return void 0;
  return { partition, accountId, name };
}
var ACCOUNT_ID = /^\d{12}$/;
var SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
var EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
var MIN_DURATION_SECONDS = 900;
var MAX_DURATION_SECONDS = 43200;
var CHAINED_MAX_DURATION_SECONDS = 3600;
function isAssumedRoleArn(arn) {
  return /^arn:aws[a-z-]*:sts::\d{12}:assumed-role\//.test(arn);
}

// src/auth/settings.ts
var ROLE_ARN_SHAPE = "arn:aws:iam::123456789012:role/NAME";
function validateAuthSettings(settings, nameOf2) {
  if (settings.roleToAssume !== void 0 && !parseRoleArn(settings.roleToAssume)) {
    throw new InputError(
      `${nameOf2("role-to-assume")}: "${settings.roleToAssume}" is not an IAM role ARN; give the full ARN (${ROLE_ARN_SHAPE}).`
    );
  }
  for (const arn of settings.additionalRoleArns) {
    if (!parseRoleArn(arn)) {
      throw new InputError(
        `${nameOf2("additional-role-arns")}: "${arn}" is not an IAM role ARN; list full role ARNs (${ROLE_ARN_SHAPE}), one per line or comma-separated.`
      );
    }
  }
  if (settings.audience.trim() === "") {
    throw new InputError(`${nameOf2("audience")} is empty; leave it unset for sts.amazonaws.com or give the audience your OIDC provider expects.`);
  }
  if (!SESSION_NAME.test(settings.roleSessionName)) {
    throw new InputError(
      `${nameOf2("role-session-name")}: "${settings.roleSessionName}" is not a valid session name; use 2 to 64 characters of letters, digits and + = , . @ _ -.`
    );
  }
  const duration = settings.roleDurationSeconds;
  if (!Number.isInteger(duration) || duration < MIN_DURATION_SECONDS || duration > MAX_DURATION_SECONDS) {
    throw new InputError(
      `${nameOf2("role-duration-seconds")}: ${duration} is out of range; give whole seconds from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS} (and at most the role's maximum session duration).`
    );
  }
  for (const id of settings.allowedAccountIds) {
    if (!ACCOUNT_ID.test(id)) {
      throw new InputError(`${nameOf2("allowed-account-ids")}: "${id}" is not an AWS account id; list 12-digit account ids.`);
    }
  }
  if (settings.roleExternalId !== void 0 && !EXTERNAL_ID.test(settings.roleExternalId)) {
    throw new InputError(
      `${nameOf2("role-external-id")} is not a valid external id; use 2 to 1224 characters of letters, digits and + = , . @ : / _ -.`
    );
  }
}

// src/secrets.ts
var SECRET_NAME = /(^|[_\-.\s])(password|passwd|pwd|secret|token|private[_-]?key|api[_-]?key|access[_-]?key|secret[_-]?key|credentials?|auth)([_\-.\s]|$)/i;
var NOT_SECRET_NAME = /(arn|_id|name|length|policy|rotation|version|type|kms|enabled|count|age|reuse|expir|path|url|endpoint)$/i;
var SECRET_VALUE = [
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
  /\bgithub_pat_[A-Za-z0-9_]{50,}\b/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\.eyJ(?<=\beyJ[A-Za-z0-9_-]{8,}\.eyJ)[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/,
  /\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}\b/,
  /(?:^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?:$|[^A-Za-z0-9/+=])/
  // AWS secret access key shape
];
function isSecretName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2");
  return SECRET_NAME.test(words) && !NOT_SECRET_NAME.test(words);
}
var ANY_SECRET_VALUE = new RegExp(SECRET_VALUE.map((re) => `(?:${re.source})`).join("|"));
function looksLikeSecretValue(value) {
  if (typeof value !== "string" || value.length < 16) return false;
  return ANY_SECRET_VALUE.test(value);
}
var PLAINLY_NOT_SECRET = /^(true|false|N\/A|no_information|not_supported|\d+|\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)?)?$/i;
function secretLookingPaths(value, options = {}) {
  const out = [];
  const steps = [];
  const walk = (node, name) => {
    if (typeof node === "string") {
      const named = options.byName === true && name !== "" && isSecretName(name) && !PLAINLY_NOT_SECRET.test(node);
      if (named || looksLikeSecretValue(node) || looksLikeEncodedSecret(node)) out.push(formatPath(steps));
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        steps.push(i);
        walk(node[i], name);
        steps.pop();
      }
    } else if (node && typeof node === "object") {
      for (const key of Object.keys(node)) {
        steps.push(key);
        walk(node[key], key);
        steps.pop();
      }
    }
  };
  walk(value, "");
  return out;
}
var FREE_FORM_PAYLOADS = {
  "AWS::EC2::Instance": ["UserData", "SsmAssociations[*].AssociationParameters[*].Value"],
  "AWS::EC2::LaunchTemplate": ["LaunchTemplateData.UserData"],
  "AWS::EC2::SpotFleet": ["SpotFleetRequestConfigData.LaunchSpecifications[*].UserData"],
  "AWS::AutoScaling::LaunchConfiguration": ["UserData"],
  "AWS::Lightsail::Instance": ["UserData"],
  "AWS::Lambda::Function": ["Environment.Variables.*", "Code.ZipFile", "ImageConfig.Command", "ImageConfig.EntryPoint"],
  "AWS::ECS::TaskDefinition": ["ContainerDefinitions[*].Environment[*].Value", "ContainerDefinitions[*].Command", "ContainerDefinitions[*].EntryPoint"],
  "AWS::Batch::JobDefinition": [
    "Parameters",
    "ContainerProperties.Environment[*].Value",
    "ContainerProperties.Command",
    "NodeProperties.NodeRangeProperties[*].Container.Environment[*].Value",
    "NodeProperties.NodeRangeProperties[*].Container.Command",
    "EksProperties.PodProperties.Containers[*].Env[*].Value",
    "EksProperties.PodProperties.Containers[*].Command",
    "EksProperties.PodProperties.Containers[*].Args"
  ],
  "AWS::CodeBuild::Project": ["Environment.EnvironmentVariables[*].Value", "Source.BuildSpec", "SecondarySources[*].BuildSpec"],
  "AWS::SSM::Association": ["Parameters"],
  "AWS::SSM::Parameter": ["Value"],
  "AWS::SSM::Document": ["Content"],
  "AWS::StepFunctions::StateMachine": ["Definition", "DefinitionString", "DefinitionSubstitutions"],
  "AWS::AppRunner::Service": [
    "SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.RuntimeEnvironmentVariables[*].Value",
    "SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.BuildCommand",
    "SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.StartCommand",
    "SourceConfiguration.ImageRepository.ImageConfiguration.RuntimeEnvironmentVariables[*].Value",
    "SourceConfiguration.ImageRepository.ImageConfiguration.StartCommand"
  ],
  "AWS::SageMaker::Model": ["PrimaryContainer.Environment", "Containers[*].Environment"],
  "AWS::SageMaker::NotebookInstanceLifecycleConfig": ["OnCreate[*].Content", "OnStart[*].Content"],
  "AWS::Glue::Job": ["DefaultArguments", "NonOverridableArguments"],
  "AWS::Glue::Connection": ["ConnectionInput.ConnectionProperties"],
  "AWS::ElasticBeanstalk::Environment": ["OptionSettings[*].Value"],
  "AWS::ElasticBeanstalk::ConfigurationTemplate": ["OptionSettings[*].Value"],
  "AWS::EMR::Cluster": ["Configurations", "Steps[*].HadoopJarStep.Args", "BootstrapActions[*].ScriptBootstrapAction.Args"],
  "AWS::EMR::Step": ["HadoopJarStep.Args"],
  "AWS::CloudFormation::Stack": ["Parameters"],
  "AWS::Events::Rule": ["Targets[*].Input", "Targets[*].InputTransformer.InputTemplate", "Targets[*].HttpParameters.HeaderParameters", "Targets[*].HttpParameters.QueryStringParameters"],
  "AWS::Scheduler::Schedule": ["Target.Input"],
  "AWS::Pipes::Pipe": ["TargetParameters.InputTemplate"],
  "AWS::Amplify::App": ["EnvironmentVariables[*].Value", "AutoBranchCreationConfig.EnvironmentVariables[*].Value", "BuildSpec", "BasicAuthConfig.Password"],
  "AWS::Amplify::Branch": ["EnvironmentVariables[*].Value", "BuildSpec"],
  "AWS::ImageBuilder::Component": ["Data"],
  "AWS::MWAA::Environment": ["AirflowConfigurationOptions"],
  "AWS::KinesisAnalyticsV2::Application": ["ApplicationConfiguration.EnvironmentProperties.PropertyGroups[*].PropertyMap"],
  "AWS::GameLift::Fleet": ["RuntimeConfiguration.ServerProcesses[*].Parameters"],
  "AWS::DataPipeline::Pipeline": ["ParameterValues[*].StringValue", "PipelineObjects[*].Fields[*].StringValue"],
  "AWS::AppSync::Resolver": ["RequestMappingTemplate", "ResponseMappingTemplate", "Code"],
  "AWS::AppSync::FunctionConfiguration": ["RequestMappingTemplate", "ResponseMappingTemplate", "Code"],
  "AWS::Synthetics::Canary": ["Code.Script", "RunConfig.EnvironmentVariables"],
  "AWS::CloudFront::Function": ["FunctionCode"],
  "AWS::EKS::Addon": ["ConfigurationValues"],
  "AWS::OpsWorks::App": ["Environment[*].Value"],
  "AWS::CodePipeline::Pipeline": ["Stages[*].Actions[*].Configuration"]
};
var FREE_FORM_NAMES = /* @__PURE__ */ new Set(["UserData"]);
function freeFormPayloadPaths(type, properties) {
  const paths = (FREE_FORM_PAYLOADS[type] ?? []).flatMap((pattern) => expandPathPattern(properties, pattern));
  const steps = [];
  const walk = (node) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        steps.push(i);
        walk(item);
        steps.pop();
      });
    } else if (node !== null && typeof node === "object") {
      for (const key of Object.keys(node)) {
        steps.push(key);
        const value = node[key];
        if (FREE_FORM_NAMES.has(key) && value !== void 0 && value !== null) paths.push(formatPath(steps));
        else walk(value);
        steps.pop();
      }
    }
  };
  walk(properties);
  return [...new Set(paths)];
}
var BASE64_TEXT = /^[A-Za-z0-9+/]{22,}={0,2}$/;
var MAX_DECODED_CHARS = 64 * 1024;
var ASSIGNMENT = /^\s*(?:export\s+|set\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]{0,127})["']?\s*[=:]\s*["']?([^"'\s,;]{1,4096})/;
function secretValuesInText(text) {
  const found = [];
  const scan = (plain) => {
    for (const line of plain.slice(0, MAX_DECODED_CHARS).split(/\r?\n/)) {
      const assignment = ASSIGNMENT.exec(line);
      if (assignment && isSecretName(assignment[1]) && !PLAINLY_NOT_SECRET.test(assignment[2])) found.push(assignment[2]);
      for (const token of line.split(/[\s"'=:,;()[\]{}<>]+/)) if (looksLikeSecretValue(token)) found.push(token);
    }
  };
  scan(text);
  const decoded = decodeBase64Text(text);
  if (decoded !== void 0) scan(decoded);
  return [...new Set(found)];
}
function looksLikeEncodedSecret(value) {
  const decoded = decodeBase64Text(value);
  return decoded !== void 0 && secretValuesInText(decoded).length > 0;
}
function decodeBase64Text(value) {
  if (value.length < 24 || value.length % 4 !== 0 || !BASE64_TEXT.test(value)) return void 0;
  const bytes = Buffer.from(value.slice(0, MAX_DECODED_CHARS / 3 * 4), "base64");
  const text = bytes.toString("utf8");
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 65533) control++;
  }
  return control > text.length / 100 ? void 0 : text;
}
var MIN_RUN_SECRET_LENGTH = 8;
function runSecretValues(sources) {
  const out = /* @__PURE__ */ new Set();
  const specific = (value) => value.length >= MIN_RUN_SECRET_LENGTH && !PLAINLY_NOT_SECRET.test(value);
  const fromText = (value) => {
    if (looksLikeSecretValue(value)) out.add(value);
    for (const found of secretValuesInText(value)) if (specific(found) || looksLikeSecretValue(found)) out.add(found);
  };
  const marked = (value) => {
    if (specific(value)) out.add(value);
    fromText(value);
  };
  const named = (node, name) => {
    if (typeof node === "string") {
      if (name !== "" && isSecretName(name) && specific(node)) out.add(node);
      fromText(node);
    } else if (Array.isArray(node)) node.forEach((item) => named(item, name));
    else if (node !== null && typeof node === "object") for (const [key, value] of Object.entries(node)) named(value, key);
  };
  const lastName = (path) => {
    const steps = parsePath(path);
    for (let i = steps.length - 1; i >= 0; i--) if (typeof steps[i] === "string") return steps[i];
    return "";
  };
  for (const resource of sources.terraform) {
    for (const path of resource.sensitive) {
      const value = path === "" ? resource.values : getPath(resource.values, path);
      if (typeof value === "string") marked(value);
      else named(value, lastName(path));
    }
  }
  for (const resource of sources.live) {
    for (const path of resource.sensitive ?? []) named(getPath(resource.properties, path), lastName(path));
  }
  for (const value of sources.sensitiveValues ?? []) marked(value);
  return [...out];
}

// src/mapping/schema-data.ts
var SCHEMA_DATA = { "AWS::AccessAnalyzer::Analyzer": { "primaryIdentifier": ["Arn"], "readOnly": ["Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["access-analyzer:ListAnalyzers"], "readPermissions": ["access-analyzer:ListAnalyzers", "access-analyzer:GetAnalyzer", "access-analyzer:ListArchiveRules"], "properties": { "AnalyzerConfiguration": { "UnusedAccessConfiguration": { "UnusedAccessAge": 0 } }, "AnalyzerName": 0, "ArchiveRules": { "Filter": { "Contains": 0, "Eq": 0, "Exists": 0, "Neq": 0, "Property": 0 }, "RuleName": 0 }, "Arn": 0, "Tags": { "Key": 0, "Value": 0 }, "Type": 0 } }, "AWS::CloudTrail::Trail": { "primaryIdentifier": ["TrailName"], "readOnly": ["Arn", "SnsTopicArn"], "writeOnly": [], "listRequires": [], "listPermissions": ["CloudTrail:ListTrails", "CloudTrail:GetTrail", "CloudTrail:GetTrailStatus", "CloudTrail:ListTags", "CloudTrail:GetEventSelectors", "CloudTrail:GetInsightSelectors", "CloudTrail:DescribeTrails"], "readPermissions": ["CloudTrail:GetTrail", "CloudTrail:GetTrailStatus", "CloudTrail:ListTags", "CloudTrail:GetEventSelectors", "CloudTrail:GetInsightSelectors", "CloudTrail:DescribeTrails"], "properties": { "AdvancedEventSelectors": { "FieldSelectors": { "EndsWith": 0, "Equals": 0, "Field": 0, "NotEndsWith": 0, "NotEquals": 0, "NotStartsWith": 0, "StartsWith": 0 }, "Name": 0 }, "Arn": 0, "CloudWatchLogsLogGroupArn": 0, "CloudWatchLogsRoleArn": 0, "EnableLogFileValidation": 0, "EventSelectors": { "DataResources": { "Type": 0, "Values": 0 }, "ExcludeManagementEventSources": 0, "IncludeManagementEvents": 0, "ReadWriteType": 0 }, "IncludeGlobalServiceEvents": 0, "InsightSelectors": { "InsightType": 0 }, "IsLogging": 0, "IsMultiRegionTrail": 0, "IsOrganizationTrail": 0, "KMSKeyId": 0, "S3BucketName": 0, "S3KeyPrefix": 0, "SnsTopicArn": 0, "SnsTopicName": 0, "Tags": { "Key": 0, "Value": 0 }, "TrailName": 0 } }, "AWS::DynamoDB::Table": { "primaryIdentifier": ["TableName"], "readOnly": ["Arn", "StreamArn"], "writeOnly": ["ImportSourceSpecification"], "listRequires": [], "listPermissions": ["dynamodb:ListTables"], "readPermissions": ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeContributorInsights", "dynamodb:DescribeKinesisStreamingDestination", "dynamodb:ListTagsOfResource", "dynamodb:GetResourcePolicy"], "properties": { "Arn": 0, "AttributeDefinitions": { "AttributeName": 0, "AttributeType": 0 }, "BillingMode": 0, "ContributorInsightsSpecification": { "Enabled": 0 }, "DeletionProtectionEnabled": 0, "GlobalSecondaryIndexes": { "ContributorInsightsSpecification": { "Enabled": 0 }, "IndexName": 0, "KeySchema": { "AttributeName": 0, "KeyType": 0 }, "OnDemandThroughput": { "MaxReadRequestUnits": 0, "MaxWriteRequestUnits": 0 }, "Projection": { "NonKeyAttributes": 0, "ProjectionType": 0 }, "ProvisionedThroughput": { "ReadCapacityUnits": 0, "WriteCapacityUnits": 0 } }, "ImportSourceSpecification": { "InputCompressionType": 0, "InputFormat": 0, "InputFormatOptions": { "Csv": { "Delimiter": 0, "HeaderList": 0 } }, "S3BucketSource": { "S3Bucket": 0, "S3BucketOwner": 0, "S3KeyPrefix": 0 } }, "KeySchema": 0, "KinesisStreamSpecification": { "ApproximateCreationDateTimePrecision": 0, "StreamArn": 0 }, "LocalSecondaryIndexes": { "IndexName": 0, "KeySchema": { "AttributeName": 0, "KeyType": 0 }, "Projection": { "NonKeyAttributes": 0, "ProjectionType": 0 } }, "OnDemandThroughput": { "MaxReadRequestUnits": 0, "MaxWriteRequestUnits": 0 }, "PointInTimeRecoverySpecification": { "PointInTimeRecoveryEnabled": 0 }, "ProvisionedThroughput": { "ReadCapacityUnits": 0, "WriteCapacityUnits": 0 }, "ResourcePolicy": { "PolicyDocument": "json" }, "SSESpecification": { "KMSMasterKeyId": 0, "SSEEnabled": 0, "SSEType": 0 }, "StreamArn": 0, "StreamSpecification": { "ResourcePolicy": { "PolicyDocument": "json" }, "StreamViewType": 0 }, "TableClass": 0, "TableName": 0, "Tags": { "Key": 0, "Value": 0 }, "TimeToLiveSpecification": { "AttributeName": 0, "Enabled": 0 } } }, "AWS::EC2::FlowLog": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeFlowLogs"], "readPermissions": ["ec2:DescribeFlowLogs"], "properties": { "DeliverCrossAccountRole": 0, "DeliverLogsPermissionArn": 0, "DestinationOptions": { "FileFormat": 0, "HiveCompatiblePartitions": 0, "PerHourPartition": 0 }, "Id": 0, "LogDestination": 0, "LogDestinationType": 0, "LogFormat": 0, "LogGroupName": 0, "MaxAggregationInterval": 0, "ResourceId": 0, "ResourceType": 0, "Tags": { "Key": 0, "Value": 0 }, "TrafficType": 0 } }, "AWS::EC2::Instance": { "primaryIdentifier": ["InstanceId"], "readOnly": ["InstanceId", "PrivateIp", "PublicDnsName", "PublicIp", "PrivateDnsName", "VpcId", "State"], "writeOnly": ["BlockDeviceMappings[*].NoDevice", "BlockDeviceMappings[*].VirtualName", "LicenseSpecifications", "AdditionalInfo", "Ipv6AddressCount", "Ipv6Addresses", "PropagateTagsToVolumeOnCreation"], "listRequires": [], "listPermissions": ["ec2:DescribeInstances"], "readPermissions": ["ec2:DescribeElasticGpus", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVolumes", "ec2:DescribeInstances", "ec2:DescribeInstanceAttribute", "ec2:DescribeInstanceCreditSpecifications", "ec2:DescribeLaunchTemplates", "elastic-inference:DescribeAccelerators", "ssm:DescribeAssociation", "ssm:ListAssociations"], "properties": { "AdditionalInfo": 0, "Affinity": 0, "AvailabilityZone": 0, "BlockDeviceMappings": { "DeviceName": 0, "Ebs": { "DeleteOnTermination": 0, "Encrypted": 0, "Iops": 0, "KmsKeyId": 0, "SnapshotId": 0, "VolumeSize": 0, "VolumeType": 0 }, "NoDevice": "json", "VirtualName": 0 }, "CpuOptions": { "CoreCount": 0, "ThreadsPerCore": 0 }, "CreditSpecification": { "CPUCredits": 0 }, "DisableApiTermination": 0, "EbsOptimized": 0, "ElasticGpuSpecifications": { "Type": 0 }, "ElasticInferenceAccelerators": { "Count": 0, "Type": 0 }, "EnclaveOptions": { "Enabled": 0 }, "HibernationOptions": { "Configured": 0 }, "HostId": 0, "HostResourceGroupArn": 0, "IamInstanceProfile": 0, "ImageId": 0, "InstanceId": 0, "InstanceInitiatedShutdownBehavior": 0, "InstanceType": 0, "Ipv6AddressCount": 0, "Ipv6Addresses": { "Ipv6Address": 0 }, "KernelId": 0, "KeyName": 0, "LaunchTemplate": { "LaunchTemplateId": 0, "LaunchTemplateName": 0, "Version": 0 }, "LicenseSpecifications": { "LicenseConfigurationArn": 0 }, "Monitoring": 0, "NetworkInterfaces": { "AssociateCarrierIpAddress": 0, "AssociatePublicIpAddress": 0, "DeleteOnTermination": 0, "Description": 0, "DeviceIndex": 0, "GroupSet": 0, "Ipv6AddressCount": 0, "Ipv6Addresses": { "Ipv6Address": 0 }, "NetworkInterfaceId": 0, "PrivateIpAddress": 0, "PrivateIpAddresses": { "Primary": 0, "PrivateIpAddress": 0 }, "SecondaryPrivateIpAddressCount": 0, "SubnetId": 0 }, "PlacementGroupName": 0, "PrivateDnsName": 0, "PrivateDnsNameOptions": { "EnableResourceNameDnsAAAARecord": 0, "EnableResourceNameDnsARecord": 0, "HostnameType": 0 }, "PrivateIp": 0, "PrivateIpAddress": 0, "PropagateTagsToVolumeOnCreation": 0, "PublicDnsName": 0, "PublicIp": 0, "RamdiskId": 0, "SecurityGroupIds": 0, "SecurityGroups": 0, "SourceDestCheck": 0, "SsmAssociations": { "AssociationParameters": { "Key": 0, "Value": 0 }, "DocumentName": 0 }, "State": { "Code": 0, "Name": 0 }, "SubnetId": 0, "Tags": { "Key": 0, "Value": 0 }, "Tenancy": 0, "UserData": 0, "Volumes": { "Device": 0, "VolumeId": 0 }, "VpcId": 0 } }, "AWS::EC2::InternetGateway": { "primaryIdentifier": ["InternetGatewayId"], "readOnly": ["InternetGatewayId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeInternetGateways"], "readPermissions": ["ec2:DescribeInternetGateways"], "properties": { "InternetGatewayId": 0, "Tags": { "Key": 0, "Value": 0 } } }, "AWS::EC2::LaunchTemplate": { "primaryIdentifier": ["LaunchTemplateId"], "readOnly": ["DefaultVersionNumber", "LaunchTemplateId", "LatestVersionNumber"], "writeOnly": ["LaunchTemplateData", "VersionDescription", "TagSpecifications"], "listRequires": [], "listPermissions": ["ec2:DescribeLaunchTemplates"], "readPermissions": ["ec2:DescribeLaunchTemplates"], "properties": { "DefaultVersionNumber": 0, "LatestVersionNumber": 0, "LaunchTemplateData": { "BlockDeviceMappings": { "DeviceName": 0, "Ebs": { "DeleteOnTermination": 0, "Encrypted": 0, "Iops": 0, "KmsKeyId": 0, "SnapshotId": 0, "Throughput": 0, "VolumeSize": 0, "VolumeType": 0 }, "NoDevice": 0, "VirtualName": 0 }, "CapacityReservationSpecification": { "CapacityReservationPreference": 0, "CapacityReservationTarget": { "CapacityReservationId": 0, "CapacityReservationResourceGroupArn": 0 } }, "CpuOptions": { "AmdSevSnp": 0, "CoreCount": 0, "ThreadsPerCore": 0 }, "CreditSpecification": { "CpuCredits": 0 }, "DisableApiStop": 0, "DisableApiTermination": 0, "EbsOptimized": 0, "ElasticGpuSpecifications": { "Type": 0 }, "ElasticInferenceAccelerators": { "Count": 0, "Type": 0 }, "EnclaveOptions": { "Enabled": 0 }, "HibernationOptions": { "Configured": 0 }, "IamInstanceProfile": { "Arn": 0, "Name": 0 }, "ImageId": 0, "InstanceInitiatedShutdownBehavior": 0, "InstanceMarketOptions": { "MarketType": 0, "SpotOptions": { "BlockDurationMinutes": 0, "InstanceInterruptionBehavior": 0, "MaxPrice": 0, "SpotInstanceType": 0, "ValidUntil": 0 } }, "InstanceRequirements": { "AcceleratorCount": { "Max": 0, "Min": 0 }, "AcceleratorManufacturers": 0, "AcceleratorNames": 0, "AcceleratorTotalMemoryMiB": { "Max": 0, "Min": 0 }, "AcceleratorTypes": 0, "AllowedInstanceTypes": 0, "BareMetal": 0, "BaselineEbsBandwidthMbps": { "Max": 0, "Min": 0 }, "BurstablePerformance": 0, "CpuManufacturers": 0, "ExcludedInstanceTypes": 0, "InstanceGenerations": 0, "LocalStorage": 0, "LocalStorageTypes": 0, "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice": 0, "MemoryGiBPerVCpu": { "Max": 0, "Min": 0 }, "MemoryMiB": { "Max": 0, "Min": 0 }, "NetworkBandwidthGbps": { "Max": 0, "Min": 0 }, "NetworkInterfaceCount": { "Max": 0, "Min": 0 }, "OnDemandMaxPricePercentageOverLowestPrice": 0, "RequireHibernateSupport": 0, "SpotMaxPricePercentageOverLowestPrice": 0, "TotalLocalStorageGB": { "Max": 0, "Min": 0 }, "VCpuCount": { "Max": 0, "Min": 0 } }, "InstanceType": 0, "KernelId": 0, "KeyName": 0, "LicenseSpecifications": { "LicenseConfigurationArn": 0 }, "MaintenanceOptions": { "AutoRecovery": 0 }, "MetadataOptions": { "HttpEndpoint": 0, "HttpProtocolIpv6": 0, "HttpPutResponseHopLimit": 0, "HttpTokens": 0, "InstanceMetadataTags": 0 }, "Monitoring": { "Enabled": 0 }, "NetworkInterfaces": { "AssociateCarrierIpAddress": 0, "AssociatePublicIpAddress": 0, "ConnectionTrackingSpecification": { "TcpEstablishedTimeout": 0, "UdpStreamTimeout": 0, "UdpTimeout": 0 }, "DeleteOnTermination": 0, "Description": 0, "DeviceIndex": 0, "EnaSrdSpecification": { "EnaSrdEnabled": 0, "EnaSrdUdpSpecification": { "EnaSrdUdpEnabled": 0 } }, "Groups": 0, "InterfaceType": 0, "Ipv4PrefixCount": 0, "Ipv4Prefixes": { "Ipv4Prefix": 0 }, "Ipv6AddressCount": 0, "Ipv6Addresses": { "Ipv6Address": 0 }, "Ipv6PrefixCount": 0, "Ipv6Prefixes": { "Ipv6Prefix": 0 }, "NetworkCardIndex": 0, "NetworkInterfaceId": 0, "PrimaryIpv6": 0, "PrivateIpAddress": 0, "PrivateIpAddresses": { "Primary": 0, "PrivateIpAddress": 0 }, "SecondaryPrivateIpAddressCount": 0, "SubnetId": 0 }, "Placement": { "Affinity": 0, "AvailabilityZone": 0, "GroupId": 0, "GroupName": 0, "HostId": 0, "HostResourceGroupArn": 0, "PartitionNumber": 0, "SpreadDomain": 0, "Tenancy": 0 }, "PrivateDnsNameOptions": { "EnableResourceNameDnsAAAARecord": 0, "EnableResourceNameDnsARecord": 0, "HostnameType": 0 }, "RamDiskId": 0, "SecurityGroupIds": 0, "SecurityGroups": 0, "TagSpecifications": { "ResourceType": 0, "Tags": { "Key": 0, "Value": 0 } }, "UserData": 0 }, "LaunchTemplateId": 0, "LaunchTemplateName": 0, "TagSpecifications": { "ResourceType": 0, "Tags": { "Key": 0, "Value": 0 } }, "VersionDescription": 0 } }, "AWS::EC2::NetworkAcl": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeNetworkAcls"], "readPermissions": ["ec2:DescribeNetworkAcls", "ec2:DescribeTags"], "properties": { "Id": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 } }, "AWS::EC2::NetworkInterface": { "primaryIdentifier": ["Id"], "readOnly": ["Id", "SecondaryPrivateIpAddresses", "PrimaryPrivateIpAddress", "PrimaryIpv6Address", "VpcId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeNetworkInterfaces"], "readPermissions": ["ec2:DescribeNetworkInterfaces"], "properties": { "ConnectionTrackingSpecification": { "TcpEstablishedTimeout": 0, "UdpStreamTimeout": 0, "UdpTimeout": 0 }, "Description": 0, "EnablePrimaryIpv6": 0, "GroupSet": 0, "Id": 0, "InterfaceType": 0, "Ipv4PrefixCount": 0, "Ipv4Prefixes": { "Ipv4Prefix": 0 }, "Ipv6AddressCount": 0, "Ipv6Addresses": { "Ipv6Address": 0 }, "Ipv6PrefixCount": 0, "Ipv6Prefixes": { "Ipv6Prefix": 0 }, "PrimaryIpv6Address": 0, "PrimaryPrivateIpAddress": 0, "PrivateIpAddress": 0, "PrivateIpAddresses": { "Primary": 0, "PrivateIpAddress": 0 }, "SecondaryPrivateIpAddressCount": 0, "SecondaryPrivateIpAddresses": 0, "SourceDestCheck": 0, "SubnetId": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 } }, "AWS::EC2::RouteTable": { "primaryIdentifier": ["RouteTableId"], "readOnly": ["RouteTableId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeRouteTables"], "readPermissions": ["ec2:DescribeRouteTables"], "properties": { "RouteTableId": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 } }, "AWS::EC2::SecurityGroup": { "primaryIdentifier": ["Id"], "readOnly": ["Id", "GroupId"], "writeOnly": ["SecurityGroupIngress[*].SourceSecurityGroupName"], "listRequires": [], "listPermissions": ["ec2:DescribeSecurityGroups"], "readPermissions": ["ec2:DescribeSecurityGroups"], "properties": { "GroupDescription": 0, "GroupId": 0, "GroupName": 0, "Id": 0, "SecurityGroupEgress": { "CidrIp": 0, "CidrIpv6": 0, "Description": 0, "DestinationPrefixListId": 0, "DestinationSecurityGroupId": 0, "FromPort": 0, "IpProtocol": 0, "ToPort": 0 }, "SecurityGroupIngress": { "CidrIp": 0, "CidrIpv6": 0, "Description": 0, "FromPort": 0, "IpProtocol": 0, "SourcePrefixListId": 0, "SourceSecurityGroupId": 0, "SourceSecurityGroupName": 0, "SourceSecurityGroupOwnerId": 0, "ToPort": 0 }, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 } }, "AWS::EC2::SecurityGroupEgress": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeSecurityGroupRules"], "readPermissions": ["ec2:DescribeSecurityGroupRules"], "properties": { "CidrIp": 0, "CidrIpv6": 0, "Description": 0, "DestinationPrefixListId": 0, "DestinationSecurityGroupId": 0, "FromPort": 0, "GroupId": 0, "Id": 0, "IpProtocol": 0, "ToPort": 0 } }, "AWS::EC2::SecurityGroupIngress": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeSecurityGroupRules"], "readPermissions": ["ec2:DescribeSecurityGroups", "ec2:DescribeSecurityGroupRules"], "properties": { "CidrIp": 0, "CidrIpv6": 0, "Description": 0, "FromPort": 0, "GroupId": 0, "GroupName": 0, "Id": 0, "IpProtocol": 0, "SourcePrefixListId": 0, "SourceSecurityGroupId": 0, "SourceSecurityGroupName": 0, "SourceSecurityGroupOwnerId": 0, "ToPort": 0 } }, "AWS::EC2::Subnet": { "primaryIdentifier": ["SubnetId"], "readOnly": ["NetworkAclAssociationId", "SubnetId", "Ipv6CidrBlocks"], "writeOnly": ["EnableLniAtDeviceIndex", "Ipv4IpamPoolId", "Ipv4NetmaskLength", "Ipv6IpamPoolId", "Ipv6NetmaskLength"], "listRequires": [], "listPermissions": ["ec2:DescribeSubnets", "ec2:DescribeNetworkAcls"], "readPermissions": ["ec2:DescribeSubnets", "ec2:DescribeNetworkAcls"], "properties": { "AssignIpv6AddressOnCreation": 0, "AvailabilityZone": 0, "AvailabilityZoneId": 0, "CidrBlock": 0, "EnableDns64": 0, "EnableLniAtDeviceIndex": 0, "Ipv4IpamPoolId": 0, "Ipv4NetmaskLength": 0, "Ipv6CidrBlock": 0, "Ipv6CidrBlocks": 0, "Ipv6IpamPoolId": 0, "Ipv6Native": 0, "Ipv6NetmaskLength": 0, "MapPublicIpOnLaunch": 0, "NetworkAclAssociationId": 0, "OutpostArn": 0, "PrivateDnsNameOptionsOnLaunch": { "EnableResourceNameDnsAAAARecord": 0, "EnableResourceNameDnsARecord": 0, "HostnameType": 0 }, "SubnetId": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 } }, "AWS::EC2::Volume": { "primaryIdentifier": ["VolumeId"], "readOnly": ["VolumeId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeVolumes", "ec2:DescribeTags", "ec2:DescribeVolumeAttribute"], "readPermissions": ["ec2:DescribeVolumes", "ec2:DescribeVolumeAttribute", "ec2:DescribeTags"], "properties": { "AutoEnableIO": 0, "AvailabilityZone": 0, "Encrypted": 0, "Iops": 0, "KmsKeyId": 0, "MultiAttachEnabled": 0, "OutpostArn": 0, "Size": 0, "SnapshotId": 0, "Tags": { "Key": 0, "Value": 0 }, "Throughput": 0, "VolumeId": 0, "VolumeType": 0 } }, "AWS::EC2::VPC": { "primaryIdentifier": ["VpcId"], "readOnly": ["CidrBlockAssociations", "DefaultNetworkAcl", "DefaultSecurityGroup", "Ipv6CidrBlocks", "VpcId"], "writeOnly": ["Ipv4IpamPoolId", "Ipv4NetmaskLength"], "listRequires": [], "listPermissions": ["ec2:DescribeVpcs"], "readPermissions": ["ec2:DescribeVpcs", "ec2:DescribeSecurityGroups", "ec2:DescribeNetworkAcls", "ec2:DescribeVpcAttribute"], "properties": { "CidrBlock": 0, "CidrBlockAssociations": 0, "DefaultNetworkAcl": 0, "DefaultSecurityGroup": 0, "EnableDnsHostnames": 0, "EnableDnsSupport": 0, "InstanceTenancy": 0, "Ipv4IpamPoolId": 0, "Ipv4NetmaskLength": 0, "Ipv6CidrBlocks": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 } }, "AWS::ECR::Repository": { "primaryIdentifier": ["RepositoryName"], "readOnly": ["Arn", "RepositoryUri"], "writeOnly": ["EmptyOnDelete"], "listRequires": [], "listPermissions": ["ecr:DescribeRepositories"], "readPermissions": ["ecr:DescribeRepositories", "ecr:GetLifecyclePolicy", "ecr:GetRepositoryPolicy", "ecr:ListTagsForResource"], "properties": { "Arn": 0, "EmptyOnDelete": 0, "EncryptionConfiguration": { "EncryptionType": 0, "KmsKey": 0 }, "ImageScanningConfiguration": { "ScanOnPush": 0 }, "ImageTagMutability": 0, "LifecyclePolicy": { "LifecyclePolicyText": 0, "RegistryId": 0 }, "RepositoryName": 0, "RepositoryPolicyText": "json", "RepositoryUri": 0, "Tags": { "Key": 0, "Value": 0 } } }, "AWS::EFS::FileSystem": { "primaryIdentifier": ["FileSystemId"], "readOnly": ["Arn", "FileSystemId"], "writeOnly": ["BypassPolicyLockoutSafetyCheck", "ReplicationConfiguration.Destinations[*].AvailabilityZoneName", "ReplicationConfiguration.Destinations[*].KmsKeyId"], "listRequires": [], "listPermissions": ["elasticfilesystem:DescribeBackupPolicy", "elasticfilesystem:DescribeFileSystemPolicy", "elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeLifecycleConfiguration", "elasticfilesystem:DescribeReplicationConfigurations"], "readPermissions": ["elasticfilesystem:DescribeBackupPolicy", "elasticfilesystem:DescribeFileSystemPolicy", "elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeLifecycleConfiguration", "elasticfilesystem:DescribeReplicationConfigurations"], "properties": { "Arn": 0, "AvailabilityZoneName": 0, "BackupPolicy": { "Status": 0 }, "BypassPolicyLockoutSafetyCheck": 0, "Encrypted": 0, "FileSystemId": 0, "FileSystemPolicy": "json", "FileSystemProtection": { "ReplicationOverwriteProtection": 0 }, "FileSystemTags": { "Key": 0, "Value": 0 }, "KmsKeyId": 0, "LifecyclePolicies": { "TransitionToArchive": 0, "TransitionToIA": 0, "TransitionToPrimaryStorageClass": 0 }, "PerformanceMode": 0, "ProvisionedThroughputInMibps": 0, "ReplicationConfiguration": { "Destinations": { "AvailabilityZoneName": 0, "FileSystemId": 0, "KmsKeyId": 0, "Region": 0 } }, "ThroughputMode": 0 } }, "AWS::EKS::Cluster": { "primaryIdentifier": ["Name"], "readOnly": ["Id", "Arn", "Endpoint", "CertificateAuthorityData", "ClusterSecurityGroupId", "EncryptionConfigKeyArn", "OpenIdConnectIssuerUrl", "KubernetesNetworkConfig.ServiceIpv6Cidr"], "writeOnly": ["AccessConfig.BootstrapClusterCreatorAdminPermissions", "BootstrapSelfManagedAddons"], "listRequires": [], "listPermissions": ["eks:ListClusters"], "readPermissions": ["eks:DescribeCluster"], "properties": { "AccessConfig": { "AuthenticationMode": 0, "BootstrapClusterCreatorAdminPermissions": 0 }, "Arn": 0, "BootstrapSelfManagedAddons": 0, "CertificateAuthorityData": 0, "ClusterSecurityGroupId": 0, "EncryptionConfig": { "Provider": { "KeyArn": 0 }, "Resources": 0 }, "EncryptionConfigKeyArn": 0, "Endpoint": 0, "Id": 0, "KubernetesNetworkConfig": { "IpFamily": 0, "ServiceIpv4Cidr": 0, "ServiceIpv6Cidr": 0 }, "Logging": { "ClusterLogging": { "EnabledTypes": { "Type": 0 } } }, "Name": 0, "OpenIdConnectIssuerUrl": 0, "OutpostConfig": { "ControlPlaneInstanceType": 0, "ControlPlanePlacement": { "GroupName": 0 }, "OutpostArns": 0 }, "ResourcesVpcConfig": { "EndpointPrivateAccess": 0, "EndpointPublicAccess": 0, "PublicAccessCidrs": 0, "SecurityGroupIds": 0, "SubnetIds": 0 }, "RoleArn": 0, "Tags": { "Key": 0, "Value": 0 }, "UpgradePolicy": { "SupportType": 0 }, "Version": 0 } }, "AWS::ElasticLoadBalancingV2::Listener": { "primaryIdentifier": ["ListenerArn"], "readOnly": ["ListenerArn"], "writeOnly": ["DefaultActions[*].AuthenticateOidcConfig.ClientSecret"], "listRequires": [], "listPermissions": ["elasticloadbalancing:DescribeListeners"], "readPermissions": ["elasticloadbalancing:DescribeListeners"], "properties": { "AlpnPolicy": 0, "Certificates": { "CertificateArn": 0 }, "DefaultActions": { "AuthenticateCognitoConfig": { "AuthenticationRequestExtraParams": "map", "OnUnauthenticatedRequest": 0, "Scope": 0, "SessionCookieName": 0, "SessionTimeout": 0, "UserPoolArn": 0, "UserPoolClientId": 0, "UserPoolDomain": 0 }, "AuthenticateOidcConfig": { "AuthenticationRequestExtraParams": "map", "AuthorizationEndpoint": 0, "ClientId": 0, "ClientSecret": 0, "Issuer": 0, "OnUnauthenticatedRequest": 0, "Scope": 0, "SessionCookieName": 0, "SessionTimeout": 0, "TokenEndpoint": 0, "UseExistingClientSecret": 0, "UserInfoEndpoint": 0 }, "FixedResponseConfig": { "ContentType": 0, "MessageBody": 0, "StatusCode": 0 }, "ForwardConfig": { "TargetGroupStickinessConfig": { "DurationSeconds": 0, "Enabled": 0 }, "TargetGroups": { "TargetGroupArn": 0, "Weight": 0 } }, "Order": 0, "RedirectConfig": { "Host": 0, "Path": 0, "Port": 0, "Protocol": 0, "Query": 0, "StatusCode": 0 }, "TargetGroupArn": 0, "Type": 0 }, "ListenerArn": 0, "LoadBalancerArn": 0, "MutualAuthentication": { "IgnoreClientCertificateExpiry": 0, "Mode": 0, "TrustStoreArn": 0 }, "Port": 0, "Protocol": 0, "SslPolicy": 0 } }, "AWS::ElasticLoadBalancingV2::LoadBalancer": { "primaryIdentifier": ["LoadBalancerArn"], "readOnly": ["LoadBalancerName", "LoadBalancerFullName", "CanonicalHostedZoneID", "LoadBalancerArn", "DNSName"], "writeOnly": [], "listRequires": [], "listPermissions": ["elasticloadbalancing:DescribeLoadBalancers"], "readPermissions": ["elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeTags"], "properties": { "CanonicalHostedZoneID": 0, "DNSName": 0, "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic": 0, "IpAddressType": 0, "LoadBalancerArn": 0, "LoadBalancerAttributes": { "Key": 0, "Value": 0 }, "LoadBalancerFullName": 0, "LoadBalancerName": 0, "Name": 0, "Scheme": 0, "SecurityGroups": 0, "SubnetMappings": { "AllocationId": 0, "IPv6Address": 0, "PrivateIPv4Address": 0, "SubnetId": 0 }, "Subnets": 0, "Tags": { "Key": 0, "Value": 0 }, "Type": 0 } }, "AWS::GuardDuty::Detector": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["guardduty:ListDetectors"], "readPermissions": ["guardduty:GetDetector"], "properties": { "DataSources": { "Kubernetes": { "AuditLogs": { "Enable": 0 } }, "MalwareProtection": { "ScanEc2InstanceWithFindings": { "EbsVolumes": 0 } }, "S3Logs": { "Enable": 0 } }, "Enable": 0, "Features": { "AdditionalConfiguration": { "Name": 0, "Status": 0 }, "Name": 0, "Status": 0 }, "FindingPublishingFrequency": 0, "Id": 0, "Tags": { "Key": 0, "Value": 0 } } }, "AWS::IAM::Group": { "primaryIdentifier": ["GroupName"], "readOnly": ["Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["iam:ListGroups"], "readPermissions": ["iam:GetGroup", "iam:ListGroupPolicies", "iam:GetGroupPolicy", "iam:ListAttachedGroupPolicies"], "properties": { "Arn": 0, "GroupName": 0, "ManagedPolicyArns": 0, "Path": 0, "Policies": { "PolicyDocument": "json", "PolicyName": 0 } } }, "AWS::IAM::ManagedPolicy": { "primaryIdentifier": ["PolicyArn"], "readOnly": ["PolicyArn", "AttachmentCount", "CreateDate", "DefaultVersionId", "IsAttachable", "PermissionsBoundaryUsageCount", "PolicyId", "UpdateDate"], "writeOnly": [], "listRequires": [], "listPermissions": ["iam:ListPolicies"], "readPermissions": ["iam:GetPolicy", "iam:ListEntitiesForPolicy", "iam:GetPolicyVersion"], "properties": { "AttachmentCount": 0, "CreateDate": 0, "DefaultVersionId": 0, "Description": 0, "Groups": 0, "IsAttachable": 0, "ManagedPolicyName": 0, "Path": 0, "PermissionsBoundaryUsageCount": 0, "PolicyArn": 0, "PolicyDocument": "json", "PolicyId": 0, "Roles": 0, "UpdateDate": 0, "Users": 0 } }, "AWS::IAM::Role": { "primaryIdentifier": ["RoleName"], "readOnly": ["Arn", "RoleId"], "writeOnly": [], "listRequires": [], "listPermissions": ["iam:ListRoles"], "readPermissions": ["iam:GetRole", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:GetRolePolicy"], "properties": { "Arn": 0, "AssumeRolePolicyDocument": "json", "Description": 0, "ManagedPolicyArns": 0, "MaxSessionDuration": 0, "Path": 0, "PermissionsBoundary": 0, "Policies": { "PolicyDocument": "json", "PolicyName": 0 }, "RoleId": 0, "RoleName": 0, "Tags": { "Key": 0, "Value": 0 } } }, "AWS::IAM::User": { "primaryIdentifier": ["UserName"], "readOnly": ["Arn"], "writeOnly": ["LoginProfile.Password"], "listRequires": [], "listPermissions": ["iam:listUsers"], "readPermissions": ["iam:GetUserPolicy", "iam:ListGroupsForUser", "iam:ListAttachedUserPolicies", "iam:ListUserPolicies", "iam:GetUser", "iam:GetLoginProfile"], "properties": { "Arn": 0, "Groups": 0, "LoginProfile": { "Password": 0, "PasswordResetRequired": 0 }, "ManagedPolicyArns": 0, "Path": 0, "PermissionsBoundary": 0, "Policies": { "PolicyDocument": "json", "PolicyName": 0 }, "Tags": { "Key": 0, "Value": 0 }, "UserName": 0 } }, "AWS::KMS::Key": { "primaryIdentifier": ["KeyId"], "readOnly": ["Arn", "KeyId"], "writeOnly": ["PendingWindowInDays", "BypassPolicyLockoutSafetyCheck", "RotationPeriodInDays"], "listRequires": [], "listPermissions": ["kms:ListKeys", "kms:DescribeKey"], "readPermissions": ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListResourceTags"], "properties": { "Arn": 0, "BypassPolicyLockoutSafetyCheck": 0, "Description": 0, "EnableKeyRotation": 0, "Enabled": 0, "KeyId": 0, "KeyPolicy": "json", "KeySpec": 0, "KeyUsage": 0, "MultiRegion": 0, "Origin": 0, "PendingWindowInDays": 0, "RotationPeriodInDays": 0, "Tags": { "Key": 0, "Value": 0 } } }, "AWS::Lambda::Function": { "primaryIdentifier": ["FunctionName"], "readOnly": ["SnapStartResponse", "SnapStartResponse.ApplyOn", "SnapStartResponse.OptimizationStatus", "Arn"], "writeOnly": ["SnapStart", "SnapStart.ApplyOn", "Code", "Code.ImageUri", "Code.S3Bucket", "Code.S3Key", "Code.S3ObjectVersion", "Code.ZipFile"], "listRequires": [], "listPermissions": ["lambda:ListFunctions"], "readPermissions": ["lambda:GetFunction", "lambda:GetFunctionCodeSigningConfig", "lambda:GetFunctionRecursionConfig"], "properties": { "Architectures": 0, "Arn": 0, "Code": { "ImageUri": 0, "S3Bucket": 0, "S3Key": 0, "S3ObjectVersion": 0, "SourceKMSKeyArn": 0, "ZipFile": 0 }, "CodeSigningConfigArn": 0, "DeadLetterConfig": { "TargetArn": 0 }, "Description": 0, "Environment": { "Variables": "map" }, "EphemeralStorage": { "Size": 0 }, "FileSystemConfigs": { "Arn": 0, "LocalMountPath": 0 }, "FunctionName": 0, "Handler": 0, "ImageConfig": { "Command": 0, "EntryPoint": 0, "WorkingDirectory": 0 }, "KmsKeyArn": 0, "Layers": 0, "LoggingConfig": { "ApplicationLogLevel": 0, "LogFormat": 0, "LogGroup": 0, "SystemLogLevel": 0 }, "MemorySize": 0, "PackageType": 0, "RecursiveLoop": 0, "ReservedConcurrentExecutions": 0, "Role": 0, "Runtime": 0, "RuntimeManagementConfig": { "RuntimeVersionArn": 0, "UpdateRuntimeOn": 0 }, "SnapStart": { "ApplyOn": 0 }, "SnapStartResponse": { "ApplyOn": 0, "OptimizationStatus": 0 }, "Tags": { "Key": 0, "Value": 0 }, "Timeout": 0, "TracingConfig": { "Mode": 0 }, "VpcConfig": { "Ipv6AllowedForDualStack": 0, "SecurityGroupIds": 0, "SubnetIds": 0 } } }, "AWS::Lambda::Permission": { "primaryIdentifier": ["FunctionName", "Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": ["FunctionName"], "listPermissions": ["lambda:GetPolicy"], "readPermissions": ["lambda:GetPolicy"], "properties": { "Action": 0, "EventSourceToken": 0, "FunctionName": 0, "FunctionUrlAuthType": 0, "Id": 0, "Principal": 0, "PrincipalOrgID": 0, "SourceAccount": 0, "SourceArn": 0 } }, "AWS::Lambda::Url": { "primaryIdentifier": ["FunctionArn"], "readOnly": ["FunctionUrl", "FunctionArn"], "writeOnly": [], "listRequires": ["TargetFunctionArn"], "listPermissions": ["lambda:ListFunctionUrlConfigs"], "readPermissions": ["lambda:GetFunctionUrlConfig"], "properties": { "AuthType": 0, "Cors": { "AllowCredentials": 0, "AllowHeaders": 0, "AllowMethods": 0, "AllowOrigins": 0, "ExposeHeaders": 0, "MaxAge": 0 }, "FunctionArn": 0, "FunctionUrl": 0, "InvokeMode": 0, "Qualifier": 0, "TargetFunctionArn": 0 } }, "AWS::Logs::LogGroup": { "primaryIdentifier": ["LogGroupName"], "readOnly": ["Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["logs:DescribeLogGroups", "logs:ListTagsForResource"], "readPermissions": ["logs:DescribeLogGroups", "logs:ListTagsForResource", "logs:GetDataProtectionPolicy"], "properties": { "Arn": 0, "DataProtectionPolicy": "json", "KmsKeyId": 0, "LogGroupClass": 0, "LogGroupName": 0, "RetentionInDays": 0, "Tags": { "Key": 0, "Value": 0 } } }, "AWS::RDS::DBCluster": { "primaryIdentifier": ["DBClusterIdentifier"], "readOnly": ["DBClusterArn", "DBClusterResourceId", "Endpoint", "Endpoint.Address", "Endpoint.Port", "ReadEndpoint.Address", "MasterUserSecret.SecretArn", "StorageThroughput"], "writeOnly": ["DBInstanceParameterGroupName", "MasterUserPassword", "RestoreToTime", "RestoreType", "SnapshotIdentifier", "SourceDBClusterIdentifier", "SourceRegion", "UseLatestRestorableTime"], "listRequires": [], "listPermissions": ["rds:DescribeDBClusters"], "readPermissions": ["rds:DescribeDBClusters"], "properties": { "AllocatedStorage": 0, "AssociatedRoles": { "FeatureName": 0, "RoleArn": 0 }, "AutoMinorVersionUpgrade": 0, "AvailabilityZones": 0, "BacktrackWindow": 0, "BackupRetentionPeriod": 0, "CopyTagsToSnapshot": 0, "DBClusterArn": 0, "DBClusterIdentifier": 0, "DBClusterInstanceClass": 0, "DBClusterParameterGroupName": 0, "DBClusterResourceId": 0, "DBInstanceParameterGroupName": 0, "DBSubnetGroupName": 0, "DBSystemId": 0, "DatabaseName": 0, "DeletionProtection": 0, "Domain": 0, "DomainIAMRoleName": 0, "EnableCloudwatchLogsExports": 0, "EnableGlobalWriteForwarding": 0, "EnableHttpEndpoint": 0, "EnableIAMDatabaseAuthentication": 0, "EnableLocalWriteForwarding": 0, "Endpoint": { "Address": 0, "Port": 0 }, "Engine": 0, "EngineLifecycleSupport": 0, "EngineMode": 0, "EngineVersion": 0, "GlobalClusterIdentifier": 0, "Iops": 0, "KmsKeyId": 0, "ManageMasterUserPassword": 0, "MasterUserPassword": 0, "MasterUserSecret": { "KmsKeyId": 0, "SecretArn": 0 }, "MasterUsername": 0, "MonitoringInterval": 0, "MonitoringRoleArn": 0, "NetworkType": 0, "PerformanceInsightsEnabled": 0, "PerformanceInsightsKmsKeyId": 0, "PerformanceInsightsRetentionPeriod": 0, "Port": 0, "PreferredBackupWindow": 0, "PreferredMaintenanceWindow": 0, "PubliclyAccessible": 0, "ReadEndpoint": { "Address": 0 }, "ReplicationSourceIdentifier": 0, "RestoreToTime": 0, "RestoreType": 0, "ScalingConfiguration": { "AutoPause": 0, "MaxCapacity": 0, "MinCapacity": 0, "SecondsBeforeTimeout": 0, "SecondsUntilAutoPause": 0, "TimeoutAction": 0 }, "ServerlessV2ScalingConfiguration": { "MaxCapacity": 0, "MinCapacity": 0 }, "SnapshotIdentifier": 0, "SourceDBClusterIdentifier": 0, "SourceRegion": 0, "StorageEncrypted": 0, "StorageThroughput": 0, "StorageType": 0, "Tags": { "Key": 0, "Value": 0 }, "UseLatestRestorableTime": 0, "VpcSecurityGroupIds": 0 } }, "AWS::RDS::DBInstance": { "primaryIdentifier": ["DBInstanceIdentifier"], "readOnly": ["Endpoint.Address", "Endpoint.Port", "Endpoint.HostedZoneId", "DbiResourceId", "DBInstanceArn", "DBSystemId", "MasterUserSecret.SecretArn", "CertificateDetails.CAIdentifier", "CertificateDetails.ValidTill"], "writeOnly": ["AllowMajorVersionUpgrade", "AutomaticBackupReplicationKmsKeyId", "CertificateRotationRestart", "DBSnapshotIdentifier", "DeleteAutomatedBackups", "MasterUserPassword", "Port", "RestoreTime", "SourceDBInstanceAutomatedBackupsArn", "SourceDBInstanceIdentifier", "SourceDbiResourceId", "SourceRegion", "TdeCredentialPassword", "UseDefaultProcessorFeatures", "UseLatestRestorableTime"], "listRequires": [], "listPermissions": ["rds:DescribeDBInstances"], "readPermissions": ["ec2:DescribeAccountAttributes", "ec2:DescribeAvailabilityZones", "ec2:DescribeInternetGateways", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcAttribute", "ec2:DescribeVpcs", "rds:DescribeDBInstances"], "properties": { "AllocatedStorage": 0, "AllowMajorVersionUpgrade": 0, "AssociatedRoles": { "FeatureName": 0, "RoleArn": 0 }, "AutoMinorVersionUpgrade": 0, "AutomaticBackupReplicationKmsKeyId": 0, "AutomaticBackupReplicationRegion": 0, "AvailabilityZone": 0, "BackupRetentionPeriod": 0, "CACertificateIdentifier": 0, "CertificateDetails": { "CAIdentifier": 0, "ValidTill": 0 }, "CertificateRotationRestart": 0, "CharacterSetName": 0, "CopyTagsToSnapshot": 0, "CustomIAMInstanceProfile": 0, "DBClusterIdentifier": 0, "DBClusterSnapshotIdentifier": 0, "DBInstanceArn": 0, "DBInstanceClass": 0, "DBInstanceIdentifier": 0, "DBName": 0, "DBParameterGroupName": 0, "DBSecurityGroups": 0, "DBSnapshotIdentifier": 0, "DBSubnetGroupName": 0, "DBSystemId": 0, "DbiResourceId": 0, "DedicatedLogVolume": 0, "DeleteAutomatedBackups": 0, "DeletionProtection": 0, "Domain": 0, "DomainAuthSecretArn": 0, "DomainDnsIps": 0, "DomainFqdn": 0, "DomainIAMRoleName": 0, "DomainOu": 0, "EnableCloudwatchLogsExports": 0, "EnableIAMDatabaseAuthentication": 0, "EnablePerformanceInsights": 0, "Endpoint": { "Address": 0, "HostedZoneId": 0, "Port": 0 }, "Engine": 0, "EngineLifecycleSupport": 0, "EngineVersion": 0, "Iops": 0, "KmsKeyId": 0, "LicenseModel": 0, "ManageMasterUserPassword": 0, "MasterUserPassword": 0, "MasterUserSecret": { "KmsKeyId": 0, "SecretArn": 0 }, "MasterUsername": 0, "MaxAllocatedStorage": 0, "MonitoringInterval": 0, "MonitoringRoleArn": 0, "MultiAZ": 0, "NcharCharacterSetName": 0, "NetworkType": 0, "OptionGroupName": 0, "PerformanceInsightsKMSKeyId": 0, "PerformanceInsightsRetentionPeriod": 0, "Port": 0, "PreferredBackupWindow": 0, "PreferredMaintenanceWindow": 0, "ProcessorFeatures": { "Name": 0, "Value": 0 }, "PromotionTier": 0, "PubliclyAccessible": 0, "ReplicaMode": 0, "RestoreTime": 0, "SourceDBClusterIdentifier": 0, "SourceDBInstanceAutomatedBackupsArn": 0, "SourceDBInstanceIdentifier": 0, "SourceDbiResourceId": 0, "SourceRegion": 0, "StorageEncrypted": 0, "StorageThroughput": 0, "StorageType": 0, "Tags": { "Key": 0, "Value": 0 }, "TdeCredentialArn": 0, "TdeCredentialPassword": 0, "Timezone": 0, "UseDefaultProcessorFeatures": 0, "UseLatestRestorableTime": 0, "VPCSecurityGroups": 0 } }, "AWS::S3::Bucket": { "primaryIdentifier": ["BucketName"], "readOnly": ["Arn", "DomainName", "DualStackDomainName", "RegionalDomainName", "WebsiteURL"], "writeOnly": ["AccessControl", "LifecycleConfiguration.Rules[*].NoncurrentVersionExpirationInDays", "LifecycleConfiguration.Rules[*].NoncurrentVersionTransition", "LifecycleConfiguration.Rules[*].Transition", "ReplicationConfiguration.Rules[*].Prefix", "LifecycleConfiguration.Rules[*].ExpiredObjectDeleteMarker"], "listRequires": [], "listPermissions": ["s3:ListAllMyBuckets"], "readPermissions": ["s3:GetAccelerateConfiguration", "s3:GetLifecycleConfiguration", "s3:GetBucketPublicAccessBlock", "s3:GetAnalyticsConfiguration", "s3:GetBucketCORS", "s3:GetEncryptionConfiguration", "s3:GetInventoryConfiguration", "s3:GetBucketLogging", "s3:GetMetricsConfiguration", "s3:GetBucketNotification", "s3:GetBucketVersioning", "s3:GetReplicationConfiguration", "S3:GetBucketWebsite", "s3:GetBucketPublicAccessBlock", "s3:GetBucketObjectLockConfiguration", "s3:GetBucketTagging", "s3:GetBucketOwnershipControls", "s3:GetIntelligentTieringConfiguration", "s3:ListBucket"], "properties": { "AccelerateConfiguration": { "AccelerationStatus": 0 }, "AccessControl": 0, "AnalyticsConfigurations": { "Id": 0, "Prefix": 0, "StorageClassAnalysis": { "DataExport": { "Destination": { "BucketAccountId": 0, "BucketArn": 0, "Format": 0, "Prefix": 0 }, "OutputSchemaVersion": 0 } }, "TagFilters": { "Key": 0, "Value": 0 } }, "Arn": 0, "BucketEncryption": { "ServerSideEncryptionConfiguration": { "BucketKeyEnabled": 0, "ServerSideEncryptionByDefault": { "KMSMasterKeyID": 0, "SSEAlgorithm": 0 } } }, "BucketName": 0, "CorsConfiguration": { "CorsRules": { "AllowedHeaders": 0, "AllowedMethods": 0, "AllowedOrigins": 0, "ExposedHeaders": 0, "Id": 0, "MaxAge": 0 } }, "DomainName": 0, "DualStackDomainName": 0, "IntelligentTieringConfigurations": { "Id": 0, "Prefix": 0, "Status": 0, "TagFilters": { "Key": 0, "Value": 0 }, "Tierings": { "AccessTier": 0, "Days": 0 } }, "InventoryConfigurations": { "Destination": { "BucketAccountId": 0, "BucketArn": 0, "Format": 0, "Prefix": 0 }, "Enabled": 0, "Id": 0, "IncludedObjectVersions": 0, "OptionalFields": 0, "Prefix": 0, "ScheduleFrequency": 0 }, "LifecycleConfiguration": { "Rules": { "AbortIncompleteMultipartUpload": { "DaysAfterInitiation": 0 }, "ExpirationDate": 0, "ExpirationInDays": 0, "ExpiredObjectDeleteMarker": 0, "Id": 0, "NoncurrentVersionExpiration": { "NewerNoncurrentVersions": 0, "NoncurrentDays": 0 }, "NoncurrentVersionExpirationInDays": 0, "NoncurrentVersionTransition": { "NewerNoncurrentVersions": 0, "StorageClass": 0, "TransitionInDays": 0 }, "NoncurrentVersionTransitions": { "NewerNoncurrentVersions": 0, "StorageClass": 0, "TransitionInDays": 0 }, "ObjectSizeGreaterThan": 0, "ObjectSizeLessThan": 0, "Prefix": 0, "Status": 0, "TagFilters": { "Key": 0, "Value": 0 }, "Transition": { "StorageClass": 0, "TransitionDate": 0, "TransitionInDays": 0 }, "Transitions": { "StorageClass": 0, "TransitionDate": 0, "TransitionInDays": 0 } } }, "LoggingConfiguration": { "DestinationBucketName": 0, "LogFilePrefix": 0, "TargetObjectKeyFormat": { "SimplePrefix": "json", "PartitionedPrefix": { "PartitionDateSource": 0 } } }, "MetricsConfigurations": { "AccessPointArn": 0, "Id": 0, "Prefix": 0, "TagFilters": { "Key": 0, "Value": 0 } }, "NotificationConfiguration": { "EventBridgeConfiguration": { "EventBridgeEnabled": 0 }, "LambdaConfigurations": { "Event": 0, "Filter": { "S3Key": { "Rules": { "Name": 0, "Value": 0 } } }, "Function": 0 }, "QueueConfigurations": { "Event": 0, "Filter": { "S3Key": { "Rules": { "Name": 0, "Value": 0 } } }, "Queue": 0 }, "TopicConfigurations": { "Event": 0, "Filter": { "S3Key": { "Rules": { "Name": 0, "Value": 0 } } }, "Topic": 0 } }, "ObjectLockConfiguration": { "ObjectLockEnabled": 0, "Rule": { "DefaultRetention": { "Days": 0, "Mode": 0, "Years": 0 } } }, "ObjectLockEnabled": 0, "OwnershipControls": { "Rules": { "ObjectOwnership": 0 } }, "PublicAccessBlockConfiguration": { "BlockPublicAcls": 0, "BlockPublicPolicy": 0, "IgnorePublicAcls": 0, "RestrictPublicBuckets": 0 }, "RegionalDomainName": 0, "ReplicationConfiguration": { "Role": 0, "Rules": { "DeleteMarkerReplication": { "Status": 0 }, "Destination": { "AccessControlTranslation": { "Owner": 0 }, "Account": 0, "Bucket": 0, "EncryptionConfiguration": { "ReplicaKmsKeyID": 0 }, "Metrics": { "EventThreshold": { "Minutes": 0 }, "Status": 0 }, "ReplicationTime": { "Status": 0, "Time": { "Minutes": 0 } }, "StorageClass": 0 }, "Filter": { "And": { "Prefix": 0, "TagFilters": { "Key": 0, "Value": 0 } }, "Prefix": 0, "TagFilter": { "Key": 0, "Value": 0 } }, "Id": 0, "Prefix": 0, "Priority": 0, "SourceSelectionCriteria": { "ReplicaModifications": { "Status": 0 }, "SseKmsEncryptedObjects": { "Status": 0 } }, "Status": 0 } }, "Tags": { "Key": 0, "Value": 0 }, "VersioningConfiguration": { "Status": 0 }, "WebsiteConfiguration": { "ErrorDocument": 0, "IndexDocument": 0, "RedirectAllRequestsTo": { "HostName": 0, "Protocol": 0 }, "RoutingRules": { "RedirectRule": { "HostName": 0, "HttpRedirectCode": 0, "Protocol": 0, "ReplaceKeyPrefixWith": 0, "ReplaceKeyWith": 0 }, "RoutingRuleCondition": { "HttpErrorCodeReturnedEquals": 0, "KeyPrefixEquals": 0 } } }, "WebsiteURL": 0 } }, "AWS::S3::BucketPolicy": { "primaryIdentifier": ["Bucket"], "readOnly": [], "writeOnly": [], "listRequires": [], "listPermissions": ["s3:GetBucketPolicy", "s3:ListAllMyBuckets"], "readPermissions": ["s3:GetBucketPolicy"], "properties": { "Bucket": 0, "PolicyDocument": "json" } }, "AWS::SecretsManager::Secret": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": ["SecretString", "GenerateSecretString"], "listRequires": [], "listPermissions": ["secretsmanager:ListSecrets"], "readPermissions": ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"], "properties": { "Description": 0, "GenerateSecretString": { "ExcludeCharacters": 0, "ExcludeLowercase": 0, "ExcludeNumbers": 0, "ExcludePunctuation": 0, "ExcludeUppercase": 0, "GenerateStringKey": 0, "IncludeSpace": 0, "PasswordLength": 0, "RequireEachIncludedType": 0, "SecretStringTemplate": 0 }, "Id": 0, "KmsKeyId": 0, "Name": 0, "ReplicaRegions": { "KmsKeyId": 0, "Region": 0 }, "SecretString": 0, "Tags": { "Key": 0, "Value": 0 } } }, "AWS::SecurityHub::Hub": { "primaryIdentifier": ["ARN"], "readOnly": ["ARN", "SubscribedAt"], "writeOnly": ["EnableDefaultStandards"], "listRequires": [], "listPermissions": ["securityhub:DescribeHub", "securityhub:ListTagsForResource"], "readPermissions": ["securityhub:DescribeHub", "securityhub:ListTagsForResource"], "properties": { "ARN": 0, "AutoEnableControls": 0, "ControlFindingGenerator": 0, "EnableDefaultStandards": 0, "SubscribedAt": 0, "Tags": "map" } }, "AWS::SNS::Topic": { "primaryIdentifier": ["TopicArn"], "readOnly": ["TopicArn"], "writeOnly": [], "listRequires": [], "listPermissions": ["sns:ListTopics"], "readPermissions": ["sns:GetTopicAttributes", "sns:ListTagsForResource", "sns:ListSubscriptionsByTopic", "sns:GetDataProtectionPolicy"], "properties": { "ArchivePolicy": "json", "ContentBasedDeduplication": 0, "DataProtectionPolicy": "json", "DeliveryStatusLogging": { "FailureFeedbackRoleArn": 0, "Protocol": 0, "SuccessFeedbackRoleArn": 0, "SuccessFeedbackSampleRate": 0 }, "DisplayName": 0, "FifoTopic": 0, "KmsMasterKeyId": 0, "SignatureVersion": 0, "Subscription": { "Endpoint": 0, "Protocol": 0 }, "Tags": { "Key": 0, "Value": 0 }, "TopicArn": 0, "TopicName": 0, "TracingConfig": 0 } }, "AWS::SQS::Queue": { "primaryIdentifier": ["QueueUrl"], "readOnly": ["QueueUrl", "Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["sqs:ListQueues"], "readPermissions": ["sqs:GetQueueAttributes", "sqs:ListQueueTags"], "properties": { "Arn": 0, "ContentBasedDeduplication": 0, "DeduplicationScope": 0, "DelaySeconds": 0, "FifoQueue": 0, "FifoThroughputLimit": 0, "KmsDataKeyReusePeriodSeconds": 0, "KmsMasterKeyId": 0, "MaximumMessageSize": 0, "MessageRetentionPeriod": 0, "QueueName": 0, "QueueUrl": 0, "ReceiveMessageWaitTimeSeconds": 0, "RedriveAllowPolicy": "json", "RedrivePolicy": "json", "SqsManagedSseEnabled": 0, "Tags": { "Key": 0, "Value": 0 }, "VisibilityTimeout": 0 } } };
var AWSCC_TYPES = {
  "awscc_accessanalyzer_analyzer": "AWS::AccessAnalyzer::Analyzer",
  "awscc_cloudtrail_trail": "AWS::CloudTrail::Trail",
  "awscc_dynamodb_table": "AWS::DynamoDB::Table",
  "awscc_ec2_flow_log": "AWS::EC2::FlowLog",
  "awscc_ec2_instance": "AWS::EC2::Instance",
  "awscc_ec2_internet_gateway": "AWS::EC2::InternetGateway",
  "awscc_ec2_launch_template": "AWS::EC2::LaunchTemplate",
  "awscc_ec2_network_acl": "AWS::EC2::NetworkAcl",
  "awscc_ec2_network_interface": "AWS::EC2::NetworkInterface",
  "awscc_ec2_route_table": "AWS::EC2::RouteTable",
  "awscc_ec2_security_group": "AWS::EC2::SecurityGroup",
  "awscc_ec2_security_group_egress": "AWS::EC2::SecurityGroupEgress",
  "awscc_ec2_security_group_ingress": "AWS::EC2::SecurityGroupIngress",
  "awscc_ec2_subnet": "AWS::EC2::Subnet",
  "awscc_ec2_volume": "AWS::EC2::Volume",
  "awscc_ec2_vpc": "AWS::EC2::VPC",
  "awscc_ecr_repository": "AWS::ECR::Repository",
  "awscc_efs_file_system": "AWS::EFS::FileSystem",
  "awscc_eks_cluster": "AWS::EKS::Cluster",
  "awscc_elasticloadbalancingv2_listener": "AWS::ElasticLoadBalancingV2::Listener",
  "awscc_elasticloadbalancingv2_load_balancer": "AWS::ElasticLoadBalancingV2::LoadBalancer",
  "awscc_guardduty_detector": "AWS::GuardDuty::Detector",
  "awscc_iam_group": "AWS::IAM::Group",
  "awscc_iam_managed_policy": "AWS::IAM::ManagedPolicy",
  "awscc_iam_role": "AWS::IAM::Role",
  "awscc_iam_user": "AWS::IAM::User",
  "awscc_kms_key": "AWS::KMS::Key",
  "awscc_lambda_function": "AWS::Lambda::Function",
  "awscc_lambda_permission": "AWS::Lambda::Permission",
  "awscc_lambda_url": "AWS::Lambda::Url",
  "awscc_logs_log_group": "AWS::Logs::LogGroup",
  "awscc_rds_db_cluster": "AWS::RDS::DBCluster",
  "awscc_rds_db_instance": "AWS::RDS::DBInstance",
  "awscc_s3_bucket": "AWS::S3::Bucket",
  "awscc_s3_bucket_policy": "AWS::S3::BucketPolicy",
  "awscc_secretsmanager_secret": "AWS::SecretsManager::Secret",
  "awscc_securityhub_hub": "AWS::SecurityHub::Hub",
  "awscc_sns_topic": "AWS::SNS::Topic",
  "awscc_sqs_queue": "AWS::SQS::Queue"
};

// src/mapping/schemas.ts
function schemaFacts(cfnType) {
  const record = SCHEMA_DATA[cfnType];
  return record ? { type: cfnType, ...record } : void 0;
}
function writeOnlyPatterns(cfnType) {
  return SCHEMA_DATA[cfnType]?.writeOnly ?? [];
}
function cfnTypeOfAwscc(tfType) {
  return AWSCC_TYPES[tfType];
}
function awsccTypeNames() {
  return Object.keys(AWSCC_TYPES);
}
function expandSchemaPath(properties, pattern) {
  return expandPathPattern(properties, pattern);
}

// src/mapping/builder.ts
function isAtOrUnder(path, ancestor) {
  if (ancestor === "" || path === ancestor) return true;
  return path.startsWith(ancestor) && (path[ancestor.length] === "." || path[ancestor.length] === "[");
}
function matches(paths, src, deep) {
  if (paths.length === 0) return false;
  if (paths.length <= SCAN_AT_MOST || src === "") return matchesAny(paths, src, deep);
  const index = pathsByFirstName(paths);
  return matchesAny(index.get(firstName(src)) ?? [], src, deep) || matchesAny(index.get("") ?? [], src, deep);
}
function matchesAny(paths, src, deep) {
  for (const p of paths) {
    if (isAtOrUnder(src, p)) return true;
    if (deep && isAtOrUnder(p, src)) return true;
  }
  return false;
}
var SCAN_AT_MOST = 4;
function firstName(path) {
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    if (ch === 46 || ch === 91) return path.slice(0, i);
  }
  return path;
}
var firstNameIndexes = /* @__PURE__ */ new WeakMap();
function pathsByFirstName(paths) {
  let index = firstNameIndexes.get(paths);
  if (index === void 0) {
    index = /* @__PURE__ */ new Map();
    for (const p of paths) {
      const name = firstName(p);
      const group = index.get(name);
      if (group === void 0) index.set(name, [p]);
      else group.push(p);
    }
    firstNameIndexes.set(paths, index);
  }
  return index;
}
function isUnknownAttr(tf, path) {
  return tf.unknown.some((u) => isAtOrUnder(path, u));
}
function isPlainName(path) {
  return path !== "" && path.indexOf(".") < 0 && path.indexOf("[") < 0 && path.indexOf("]") < 0;
}
function setPath(target, path, value) {
  if (isPlainName(path)) {
    target[path] = value;
    return;
  }
  const steps = parsePath(path);
  let node = target;
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i];
    let next = node[step];
    if (next === void 0 || next === null || typeof next !== "object") {
      next = typeof steps[i + 1] === "number" ? [] : {};
      node[step] = next;
    }
    node = next;
  }
  node[steps[steps.length - 1]] = value;
}
function deleteKey(target, path) {
  const steps = parsePath(path);
  const last = steps[steps.length - 1];
  if (typeof last !== "string") return;
  let node = target;
  for (const step of steps.slice(0, -1)) {
    if (node === null || typeof node !== "object") return;
    node = node[step];
  }
  if (node && typeof node === "object") delete node[last];
}
function collapse(paths) {
  if (paths.length === 0) return [];
  if (paths.length === 1) return [paths[0]];
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const kept = [];
  for (const p of sorted) if (!kept.some((k) => isAtOrUnder(p, k))) kept.push(p);
  return kept.sort();
}
function childPath(path, key) {
  const step = formatPath([key]);
  if (path === "") return step;
  return step.startsWith("[") ? path + step : `${path}.${step}`;
}
var ResourceBuilder = class {
  constructor(type, tf) {
    this.type = type;
    this.tf = tf;
    const ownRegion = tf.values.region;
    this.region = typeof ownRegion === "string" && ownRegion !== "" ? ownRegion : tf.region;
    this.account = tf.account;
  }
  type;
  tf;
  properties = {};
  id = null;
  /** Resource.part, for one of several resources made from one Terraform resource. */
  part;
  isDefault = false;
  /** Set for global services (IAM): 'global' whatever the provider region. */
  region;
  account;
  records = [];
  unknownPaths = [];
  sensitivePaths = [];
  references = {};
  finishers = [];
  /** Note that property `out` comes from attribute `src` of `from` (the resource itself or a folded companion). */
  // deep: the property is unknown/sensitive when anything at, above or below the source is (a leaf value).
  // Not deep: only when the source itself or an ancestor is (a container whose items are recorded on their own).
  record(out, src, deep = true, from = this.tf) {
    const unknown = matches(from.unknown, src, deep);
    const sensitive = matches(from.sensitive, src, deep);
    const references = from === this.tf ? this.tf.references : void 0;
    const referenced = references !== void 0 && !!references[src] && /^[A-Za-z0-9_-]+$/.test(src);
    if (unknown || sensitive || referenced) this.records.push({ out, src, unknown, sensitive, referenced });
  }
  /** Set a property (unless the value is undefined/null) and record where it came from. */
  set(out, value, sources, from = this.tf) {
    for (const src of sources) this.record(out, src, true, from);
    if (value !== void 0 && value !== null) setPath(this.properties, out, value);
  }
  /** Copy attribute `src` of `from` to property `out`, converted. */
  copy(out, src, convert2, from = this.tf) {
    this.copyValue(out, src, attr(from, src), convert2, from);
  }
  /** copy() when the caller already holds the attribute's value `raw` (read from its parent object). */
  copyValue(out, src, raw, convert2, from = this.tf) {
    const value = raw === void 0 || raw === null ? void 0 : convert2 ? convert2(raw) : raw;
    this.record(out, src, true, from);
    if (value !== void 0 && value !== null) setPath(this.properties, out, value);
  }
  /**
   * Forget property `out` and everything recorded at or under it: a folded companion replaces what the parent's
   * own (deprecated, often computed) inline block said, including its unknown-ness.
   */
  clear(out) {
    deleteKey(this.properties, out);
    for (let i = this.records.length - 1; i >= 0; i--) {
      if (isAtOrUnder(this.records[i].out, out)) this.records.splice(i, 1);
    }
  }
  markUnknown(out) {
    this.unknownPaths.push(out);
  }
  markSensitive(out) {
    this.sensitivePaths.push(out);
  }
  /** Property `out` refers to these Terraform resources (resolved full addresses). */
  addReferences(out, addresses) {
    if (addresses.length === 0) return;
    const list = this.references[out] ??= [];
    for (const a of addresses) if (!list.includes(a)) list.push(a);
  }
  /**
   * For each property copied from a top-level attribute of this resource, note the resources that attribute's
   * expression refers to (`resolve` gives their addresses).
   */
  linkReferences(resolve) {
    const references = this.tf.references;
    if (references === void 0) return;
    const resolved = /* @__PURE__ */ new Map();
    for (const rec of this.records) {
      if (!rec.referenced) continue;
      let addresses = resolved.get(rec.src);
      if (addresses === void 0) resolved.set(rec.src, addresses = resolve(rec.src));
      this.addReferences(rec.out, addresses);
    }
  }
  /** Run just before the resource is finished (after every companion has folded in). */
  onFinish(step) {
    this.finishers.push(step);
  }
  finish() {
    for (const step of this.finishers) step();
    const unknown = [...this.unknownPaths];
    const sensitive = [...this.sensitivePaths];
    for (const rec of this.records) {
      if (rec.unknown) unknown.push(rec.out);
      if (rec.sensitive) sensitive.push(rec.out);
    }
    const unknownCollapsed = collapse(unknown);
    for (const path of unknownCollapsed) deleteKey(this.properties, path);
    for (const pattern of writeOnlyPatterns(this.type)) sensitive.push(...expandSchemaPath(this.properties, pattern));
    sensitive.push(...freeFormPayloadPaths(this.type, this.properties));
    sensitive.push(...secretLookingPaths(this.properties));
    const tf = this.tf;
    const resource = {
      type: this.type,
      id: this.id,
      origin: tf.origin,
      properties: this.properties,
      address: tf.address,
      tfType: tf.type
    };
    if (this.account !== void 0) resource.account = this.account;
    if (this.region !== void 0) resource.region = this.region;
    if (tf.location) resource.location = tf.location;
    if (tf.action) resource.action = tf.action;
    if (this.part !== void 0) resource.part = this.part;
    if (unknownCollapsed.length > 0) resource.unknown = unknownCollapsed;
    const sensitiveCollapsed = collapse(sensitive);
    if (sensitiveCollapsed.length > 0) resource.sensitive = sensitiveCollapsed;
    if (this.isDefault) resource.isDefault = true;
    if (Object.keys(this.references).length > 0) resource.references = this.references;
    return resource;
  }
};
function attr(tf, path) {
  if (isPlainName(path)) return tf.values[path];
  let current = tf.values;
  for (const step of parsePath(path)) {
    if (current === null || current === void 0 || typeof current !== "object") return void 0;
    current = current[step];
  }
  return current;
}

// src/mapping/convert.ts
function block(value) {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === "object" && !Array.isArray(first) ? first : void 0;
}
function blockPath(tf, path) {
  return Array.isArray(attr(tf, path)) ? `${path}[0]` : path;
}
var toNumber = (v) => {
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return v;
};
var toBoolean = (v) => v === "true" ? true : v === "false" ? false : v;
var toStringValue = (v) => typeof v === "number" || typeof v === "boolean" ? String(v) : v;
var parsePolicy = (v) => {
  if (typeof v !== "string") return v;
  try {
    const parsed = JSON.parse(v);
    return parsed !== null && typeof parsed === "object" ? parsed : v;
  } catch {
    return v;
  }
};
var sortedList = (v) => Array.isArray(v) ? [...v].sort() : v;
var nonEmpty = (v) => v === "" ? void 0 : v;
function tagList(map) {
  if (!map || typeof map !== "object" || Array.isArray(map)) return void 0;
  const tags = Object.entries(map).filter(([key]) => !key.startsWith("aws:")).map(([Key, Value]) => ({ Key, Value: String(Value ?? "") })).sort((a, b) => a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0);
  return tags.length > 0 ? tags : void 0;
}
function copyTags(b, out = "Tags") {
  const tf = b.tf;
  const all = tf.values.tags_all;
  if (all && typeof all === "object") b.set(out, tagList(all), ["tags_all"]);
  else if (tf.unknown.some((u) => u === "tags_all" || u === "")) b.record(out, "tags_all");
  else b.copy(out, "tags", tagList);
}
function copyFields(b, fields, outBase = "", srcBase = "", from = b.tf) {
  copyFieldsOf(b, fields, outBase, srcBase, from, srcBase === "" ? from.values : attr(from, srcBase));
}
function copyFieldsOf(b, fields, outBase, srcBase, from, container) {
  for (const [name, attrName, how] of fields) {
    const out = outBase === "" ? name : `${outBase}.${name}`;
    const src = srcBase === "" ? attrName : `${srcBase}.${attrName}`;
    const value = !isPlainName(attrName) ? attr(from, src) : container !== null && typeof container === "object" ? container[attrName] : void 0;
    if (how === void 0 || typeof how === "function") {
      b.copyValue(out, src, value, how, from);
      continue;
    }
    b.record(out, src, false, from);
    if ("one" in how) {
      const inner = block(value);
      if (inner) copyFieldsOf(b, how.one, out, Array.isArray(value) ? `${src}[0]` : src, from, inner);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (item && typeof item === "object") copyFieldsOf(b, how.many, `${out}[${i}]`, `${src}[${i}]`, from, item);
      }
    }
  }
}

// src/mapping/account-facts.ts
var PASSWORD_POLICY_TYPE = "Plumbline::IAM::PasswordPolicy";
var EBS_ENCRYPTION_BY_DEFAULT_TYPE = "Plumbline::EC2::EbsEncryptionByDefault";
var ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = "Plumbline::S3::AccountPublicAccessBlock";
var ACCOUNT_SUMMARY_TYPE = "Plumbline::IAM::AccountSummary";
var CREDENTIAL_REPORT_TYPE = "Plumbline::IAM::CredentialReport";
var orDefault = (fallback) => (v) => toBoolean(v ?? fallback);
var positiveOrAbsent = (v) => {
  const n = toNumber(v);
  return typeof n === "number" && n > 0 ? n : void 0;
};
var passwordPolicy = {
  tfType: "aws_iam_account_password_policy",
  map(tf) {
    const b = new ResourceBuilder(PASSWORD_POLICY_TYPE, tf);
    b.region = "global";
    b.id = tf.account ?? null;
    const v = tf.values;
    b.set("MinimumPasswordLength", toNumber(v.minimum_password_length ?? 6), ["minimum_password_length"]);
    b.set("AllowUsersToChangePassword", orDefault(true)(v.allow_users_to_change_password), ["allow_users_to_change_password"]);
    for (const [property, attrName] of [
      ["RequireSymbols", "require_symbols"],
      ["RequireNumbers", "require_numbers"],
      ["RequireUppercaseCharacters", "require_uppercase_characters"],
      ["RequireLowercaseCharacters", "require_lowercase_characters"]
    ]) {
      b.set(property, orDefault(false)(v[attrName]), [attrName]);
    }
    copyFields(b, [
      ["MaxPasswordAge", "max_password_age", positiveOrAbsent],
      ["PasswordReusePrevention", "password_reuse_prevention", positiveOrAbsent],
      ["HardExpiry", "hard_expiry", toBoolean]
    ]);
    b.set("ExpirePasswords", typeof b.properties.MaxPasswordAge === "number", ["max_password_age"]);
    return b;
  }
};
var ebsEncryptionByDefault = {
  tfType: "aws_ebs_encryption_by_default",
  map(tf) {
    const b = new ResourceBuilder(EBS_ENCRYPTION_BY_DEFAULT_TYPE, tf);
    b.id = tf.account ?? null;
    b.set("EbsEncryptionByDefault", orDefault(true)(tf.values.enabled), ["enabled"]);
    return b;
  }
};
var accountPublicAccessBlock = {
  tfType: "aws_s3_account_public_access_block",
  map(tf) {
    const b = new ResourceBuilder(ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, tf);
    b.region = "global";
    const account = typeof tf.values.account_id === "string" && tf.values.account_id !== "" ? tf.values.account_id : tf.account;
    b.account = account;
    b.id = account ?? null;
    for (const [property, attrName] of [
      ["BlockPublicAcls", "block_public_acls"],
      ["IgnorePublicAcls", "ignore_public_acls"],
      ["BlockPublicPolicy", "block_public_policy"],
      ["RestrictPublicBuckets", "restrict_public_buckets"]
    ]) {
      b.set(property, orDefault(false)(tf.values[attrName]), [attrName]);
    }
    return b;
  }
};

// src/sources/live/types.ts
var DEFAULT_LIVE_TYPES = [
  "AWS::CloudTrail::Trail",
  "AWS::EC2::FlowLog",
  "AWS::EC2::Instance",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::VPC",
  "AWS::EC2::Volume",
  "AWS::EFS::FileSystem",
  "AWS::IAM::Group",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::Role",
  "AWS::IAM::User",
  "AWS::KMS::Key",
  "AWS::Lambda::Function",
  "AWS::Lambda::Permission",
  "AWS::Lambda::Url",
  "AWS::RDS::DBCluster",
  "AWS::RDS::DBInstance",
  "AWS::S3::Bucket",
  "AWS::S3::BucketPolicy"
];
function isGlobalType(type) {
  return type.startsWith("AWS::IAM::") || type.startsWith("Plumbline::IAM::") || type === "Plumbline::S3::AccountPublicAccessBlock";
}
var LIST_ONLY_NOTE = "read from list properties only";
var GLOBAL_REGION = "global";
var FACT_TYPES = [
  ACCOUNT_SUMMARY_TYPE,
  PASSWORD_POLICY_TYPE,
  CREDENTIAL_REPORT_TYPE,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  EBS_ENCRYPTION_BY_DEFAULT_TYPE
];
function knownLiveType(type) {
  return FACT_TYPES.includes(type) || schemaFacts(type) !== void 0;
}

// src/glob.ts
function compileGlob(glob, options = {}) {
  const segments = [];
  let text = "";
  let any = null;
  for (let i = 0; i < glob.length; i++) {
    let ch = glob[i];
    if (options.escapes && ch === "\\" && i + 1 < glob.length) {
      ch = glob[++i];
    } else if (ch === "*") {
      segments.push({ text, any });
      text = "";
      any = null;
      continue;
    } else if (ch === "?") {
      any ??= new Array(text.length).fill(false);
      any.push(true);
      text += "?";
      continue;
    }
    any?.push(false);
    text += ch;
  }
  segments.push({ text, any });
  return { segments };
}
function matchesGlob(compiled, subject) {
  const { segments } = compiled;
  const first = segments[0];
  if (segments.length === 1) return subject.length === first.text.length && segmentAt(first, subject, 0);
  const last = segments[segments.length - 1];
  const end = subject.length - last.text.length;
  if (end < first.text.length) return false;
  if (!segmentAt(first, subject, 0) || !segmentAt(last, subject, end)) return false;
  let from = first.text.length;
  for (let s = 1; s < segments.length - 1; s++) {
    const segment = segments[s];
    if (segment.text === "") continue;
    const at = findSegment(segment, subject, from, end);
    if (at < 0) return false;
    from = at + segment.text.length;
  }
  return true;
}
function segmentAt(segment, subject, offset) {
  const { text, any } = segment;
  if (any === null) return subject.startsWith(text, offset);
  for (let i = 0; i < text.length; i++) {
    if (!any[i] && subject.charCodeAt(offset + i) !== text.charCodeAt(i)) return false;
  }
  return true;
}
function findSegment(segment, subject, from, end) {
  const last = end - segment.text.length;
  if (segment.any === null) {
    const at = subject.indexOf(segment.text, from);
    return at >= 0 && at <= last ? at : -1;
  }
  for (let at = from; at <= last; at++) if (segmentAt(segment, subject, at)) return at;
  return -1;
}
var cache = /* @__PURE__ */ new Map();
function globMatch(glob, text) {
  let compiled = cache.get(glob);
  if (!compiled) {
    compiled = compileGlob(glob);
    cache.set(glob, compiled);
  }
  return matchesGlob(compiled, text);
}

// src/sources/address.ts
function configAddress(address) {
  let out = "";
  let i = 0;
  while (i < address.length) {
    const ch = address[i];
    if (ch === "[") {
      i++;
      if (address[i] === '"') {
        i++;
        while (i < address.length && address[i] !== '"') i += address[i] === "\\" ? 2 : 1;
        i++;
      }
      while (i < address.length && address[i] !== "]") i++;
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
function moduleOf(address) {
  const parts = splitAddress(address);
  const mod = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    if (parts[i] !== "module") break;
    mod.push(`module.${parts[i + 1]}`);
  }
  return mod.join(".");
}
function splitAddress(address) {
  const parts = [];
  let current = "";
  let depth = 0;
  let inString = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (inString) {
      current += ch;
      if (ch === "\\") current += address[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "." && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

// src/mapping/aws/security-group-rules.ts
var PROTOCOL_NAMES = { "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6", all: "-1" };
function normalizeRuleEntry(entry) {
  let protocol = entry.IpProtocol;
  if (protocol !== void 0 && protocol !== null) {
    const p = String(protocol).toLowerCase();
    protocol = PROTOCOL_NAMES[p] ?? p;
  }
  const out = {};
  for (const key of Object.keys(entry)) {
    let value = key === "IpProtocol" ? protocol : entry[key];
    if (key === "FromPort" || key === "ToPort") {
      if (protocol === "-1") continue;
      if (value !== void 0) value = toNumber(value);
    }
    if (value === void 0 || value === null || value === "") continue;
    out[key] = value;
  }
  return out;
}
var SOURCE_FIELD = {
  ingress: { cidr: "CidrIp", ipv6: "CidrIpv6", prefixList: "SourcePrefixListId", group: "SourceSecurityGroupId" },
  egress: { cidr: "CidrIp", ipv6: "CidrIpv6", prefixList: "DestinationPrefixListId", group: "DestinationSecurityGroupId" }
};
function expandRule(tf, direction, shape, ownGroupId) {
  const at = (name) => shape.base === "" ? name : `${shape.base}.${name}`;
  const common = {};
  const commonUnknown = [];
  readCommonField(tf, at(shape.protocol), "IpProtocol", common, commonUnknown);
  readCommonField(tf, at(shape.fromPort), "FromPort", common, commonUnknown);
  readCommonField(tf, at(shape.toPort), "ToPort", common, commonUnknown);
  readCommonField(tf, at("description"), "Description", common, commonUnknown);
  const normalizedCommon = normalizeRuleEntry(common);
  const entries = [];
  const add = (field, value, unknown, source) => {
    const entry = { value: { ...normalizedCommon }, unknownFields: [...commonUnknown], source };
    if (unknown) entry.unknownFields.push(field);
    else if (value !== void 0 && value !== null && value !== "") entry.value[field] = value;
    entries.push(entry);
  };
  for (const [name, kind] of shape.sources) {
    const path = at(name);
    const value = attr(tf, path);
    if (kind === "self") {
      const field2 = SOURCE_FIELD[direction].group;
      if (isUnknownAttr(tf, path)) add(field2, void 0, true, name);
      else if (value === true) add(field2, ownGroupId, typeof ownGroupId !== "string", name);
      continue;
    }
    const field = kind === "group" && typeof value === "string" && !value.startsWith("sg-") && direction === "ingress" ? "SourceSecurityGroupName" : SOURCE_FIELD[direction][kind];
    if (isUnknownAttr(tf, path)) {
      add(field, void 0, true, name);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (item === null || item === void 0) {
          if (isUnknownAttr(tf, `${path}[${i}]`)) add(field, void 0, true, `${name}[${i}]`);
        } else add(field, item, false, `${name}[${i}]`);
      }
    } else if (typeof value === "string" && value !== "") {
      add(field, value, false, name);
    }
  }
  return entries;
}
function readCommonField(tf, path, field, common, unknownFields) {
  if (isUnknownAttr(tf, path)) unknownFields.push(field);
  else common[field] = attr(tf, path);
}
var INLINE_RULE_SOURCES = [
  ["cidr_blocks", "cidr"],
  ["ipv6_cidr_blocks", "ipv6"],
  ["prefix_list_ids", "prefixList"],
  ["security_groups", "group"],
  ["self", "self"]
];
function sortKey(entry) {
  const keys = Object.keys(entry.value).sort();
  return JSON.stringify(keys.map((k) => [k, entry.value[k]])) + JSON.stringify([...entry.unknownFields].sort());
}
var RULE_STATE = /* @__PURE__ */ new WeakMap();
function ruleEntries(group) {
  const state = RULE_STATE.get(group);
  if (state) return state;
  const created = { ingress: [], egress: [] };
  RULE_STATE.set(group, created);
  group.onFinish(() => {
    for (const [direction, property] of [["ingress", "SecurityGroupIngress"], ["egress", "SecurityGroupEgress"]]) {
      const byKey = /* @__PURE__ */ new Map();
      for (const e of created[direction]) {
        const key = sortKey(e);
        if (!byKey.has(key) || e.unknownFields.length > 0) byKey.set(byKey.has(key) ? `${key}#${byKey.size}` : key, e);
      }
      const sorted = [...byKey.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, e]) => e);
      if (sorted.length === 0) continue;
      group.properties[property] = sorted.map((e) => e.value);
      sorted.forEach((e, i) => e.unknownFields.forEach((f) => group.markUnknown(`${property}[${i}].${f}`)));
    }
  });
  return created;
}

// src/mapping/awscc.ts
function awsccAttributeName(name) {
  for (const [from, to] of [["CloudFormation", "Cloudformation"], ["CloudFront", "Cloudfront"], ["CloudWatch", "Cloudwatch"], ["CNAMEs", "Cnames"], ["FSx", "Fsx"]]) {
    name = name.split(from).join(to);
  }
  const cap = (c) => c !== void 0 && c >= "A" && c <= "Z";
  const low = (c) => c !== void 0 && c >= "a" && c <= "z";
  const dig = (c) => c !== void 0 && c >= "0" && c <= "9";
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    const next = name[i + 1];
    if (cap(ch) && low(next) || low(ch) && (cap(next) || dig(next)) || dig(ch) && (cap(next) || low(next))) {
      if (cap(ch) && low(next) && i > 0 && cap(name[i - 1])) out += "_";
      out += ch.toLowerCase();
      if (low(ch) || dig(ch)) out += "_";
      continue;
    }
    out += cap(ch) || low(ch) || dig(ch) ? ch.toLowerCase() : "_";
  }
  return out;
}
var loose = (name) => name.replace(/_/g, "").toLowerCase();
var LOOKUPS = /* @__PURE__ */ new WeakMap();
function invertName(tree, attribute) {
  let lookup = LOOKUPS.get(tree);
  if (!lookup) {
    lookup = /* @__PURE__ */ new Map();
    for (const name of Object.keys(tree)) {
      const looseKey = `~${loose(name)}`;
      if (!lookup.has(looseKey)) lookup.set(looseKey, name);
      lookup.set(awsccAttributeName(name), name);
    }
    LOOKUPS.set(tree, lookup);
  }
  return lookup.get(attribute) ?? lookup.get(`~${loose(attribute)}`);
}
function isTree(node) {
  return typeof node === "object" && node !== null;
}
function convert(value, node) {
  if (value === null || value === void 0) return void 0;
  if (node === "json") return parsePolicy(value);
  if (!isTree(node)) return value;
  if (Array.isArray(value)) return value.map((item) => convert(item, node)).filter((item) => item !== void 0);
  if (typeof value !== "object") return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    const name = invertName(node, key);
    if (name === void 0) continue;
    const converted = convert(child, node[name]);
    if (converted !== void 0) out[name] = converted;
  }
  return out;
}
function translatePath(tree, path, topLevel) {
  const out = [];
  let node = tree;
  for (const step of parsePath(path)) {
    if (typeof step === "number") {
      out.push(step);
      continue;
    }
    if (node === "map") {
      out.push(step);
      node = 0;
      continue;
    }
    if (!isTree(node)) return out.length > 0 ? formatPath(out) : void 0;
    const name = out.length === 0 ? topLevel(step) : invertName(node, step);
    if (name === void 0) return void 0;
    out.push(name);
    node = node[name];
  }
  return formatPath(out);
}
function mapAwscc(tf, cfnType) {
  const facts = schemaFacts(cfnType);
  const tree = facts?.properties ?? {};
  const b = new ResourceBuilder(cfnType, tf);
  if (cfnType.startsWith("AWS::IAM::")) b.region = "global";
  b.id = typeof tf.values.id === "string" && tf.values.id !== "" ? tf.values.id : null;
  const resourcePart = awsccAttributeName(cfnType.split("::")[2] ?? "");
  const topLevel = (key) => {
    const name = key === "id" ? void 0 : invertName(tree, key);
    if (name !== void 0) return name;
    if ("Id" in tree && (key === "id" || key === `${resourcePart}_id`)) return "Id";
    return void 0;
  };
  for (const [key, value] of Object.entries(tf.values)) {
    const name = topLevel(key);
    if (name === void 0) continue;
    if (name === "Id" && key === "id" && tf.values[`${resourcePart}_id`] !== void 0) continue;
    const converted = convert(value, tree[name]);
    if (converted !== void 0) b.properties[name] = converted;
  }
  const tags = b.properties.Tags;
  if (Array.isArray(tags) && !tf.unknown.some((u) => u === "tags" || u.startsWith("tags["))) {
    const canonical = tagList(Object.fromEntries(tags.map((t) => [t.Key, t.Value])));
    if (canonical) b.properties.Tags = canonical;
    else delete b.properties.Tags;
  }
  for (const u of tf.unknown) {
    const path = u === "" ? "" : translatePath(tree, u, topLevel);
    if (path !== void 0) b.markUnknown(path);
  }
  for (const s of tf.sensitive) {
    const path = s === "" ? "" : translatePath(tree, s, topLevel);
    if (path !== void 0) b.markSensitive(path);
  }
  return b;
}

// src/mapping/registry.ts
var PARENT_KEY = {
  aws_s3_bucket: (v) => v.bucket ?? v.id,
  aws_security_group: (v) => v.id,
  aws_default_security_group: (v) => v.id,
  aws_iam_role: (v) => v.name ?? v.id,
  aws_iam_user: (v) => v.name ?? v.id,
  aws_iam_group: (v) => v.name ?? v.id
};
function idFrom(values, ...attrs) {
  for (const a of attrs) {
    const v = values[a];
    if (typeof v === "string" && v !== "") return v;
  }
  return null;
}

// src/mapping/aws/cloudtrail.ts
var orDefault2 = (fallback) => (v) => toBoolean(v ?? fallback);
var FIELDS = [
  ["TrailName", "name"],
  ["S3BucketName", "s3_bucket_name"],
  ["S3KeyPrefix", "s3_key_prefix", nonEmpty],
  ["KMSKeyId", "kms_key_id", nonEmpty],
  ["CloudWatchLogsLogGroupArn", "cloud_watch_logs_group_arn", nonEmpty],
  ["CloudWatchLogsRoleArn", "cloud_watch_logs_role_arn", nonEmpty],
  ["SnsTopicName", "sns_topic_name", nonEmpty],
  ["EventSelectors", "event_selector", {
    many: [
      ["ReadWriteType", "read_write_type"],
      ["IncludeManagementEvents", "include_management_events", toBoolean],
      ["ExcludeManagementEventSources", "exclude_management_event_sources"],
      ["DataResources", "data_resource", { many: [["Type", "type"], ["Values", "values"]] }]
    ]
  }],
  ["AdvancedEventSelectors", "advanced_event_selector", {
    many: [
      ["Name", "name"],
      ["FieldSelectors", "field_selector", {
        many: [
          ["Field", "field"],
          ["Equals", "equals"],
          ["NotEquals", "not_equals"],
          ["StartsWith", "starts_with"],
          ["NotStartsWith", "not_starts_with"],
          ["EndsWith", "ends_with"],
          ["NotEndsWith", "not_ends_with"]
        ]
      }]
    ]
  }],
  ["InsightSelectors", "insight_selector", { many: [["InsightType", "insight_type"]] }],
  ["Arn", "arn"]
];
var cloudTrail = {
  tfType: "aws_cloudtrail",
  map(tf) {
    const b = new ResourceBuilder("AWS::CloudTrail::Trail", tf);
    b.id = idFrom(tf.values, "name");
    copyFields(b, FIELDS);
    for (const [property, attrName, fallback] of [
      ["IsLogging", "enable_logging", true],
      ["IncludeGlobalServiceEvents", "include_global_service_events", true],
      ["IsMultiRegionTrail", "is_multi_region_trail", false],
      ["EnableLogFileValidation", "enable_log_file_validation", false],
      ["IsOrganizationTrail", "is_organization_trail", false]
    ]) {
      b.set(property, orDefault2(fallback)(tf.values[attrName]), [attrName]);
    }
    for (const p of ["EventSelectors", "AdvancedEventSelectors", "InsightSelectors"]) {
      if (Array.isArray(b.properties[p]) && b.properties[p].length === 0) delete b.properties[p];
    }
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/db-instance.ts
var FIELDS2 = [
  ["DBInstanceIdentifier", "identifier"],
  ["DBInstanceClass", "instance_class"],
  ["Engine", "engine"],
  ["EngineVersion", "engine_version"],
  ["AllocatedStorage", "allocated_storage", toStringValue],
  ["MaxAllocatedStorage", "max_allocated_storage", (v) => v === 0 ? void 0 : toNumber(v)],
  ["StorageType", "storage_type", nonEmpty],
  ["Iops", "iops", (v) => v === 0 ? void 0 : toNumber(v)],
  ["StorageEncrypted", "storage_encrypted", toBoolean],
  ["KmsKeyId", "kms_key_id", nonEmpty],
  ["PubliclyAccessible", "publicly_accessible", toBoolean],
  ["BackupRetentionPeriod", "backup_retention_period", toNumber],
  ["MultiAZ", "multi_az", toBoolean],
  ["DeletionProtection", "deletion_protection", toBoolean],
  ["AutoMinorVersionUpgrade", "auto_minor_version_upgrade", toBoolean],
  ["CopyTagsToSnapshot", "copy_tags_to_snapshot", toBoolean],
  ["VPCSecurityGroups", "vpc_security_group_ids", sortedList],
  ["DBSubnetGroupName", "db_subnet_group_name", nonEmpty],
  ["DBParameterGroupName", "parameter_group_name", nonEmpty],
  ["OptionGroupName", "option_group_name", nonEmpty],
  ["DBName", "db_name", nonEmpty],
  ["MasterUsername", "username", nonEmpty],
  ["MasterUserPassword", "password", nonEmpty],
  ["ManageMasterUserPassword", "manage_master_user_password", toBoolean],
  ["Port", "port", toStringValue],
  ["EnableIAMDatabaseAuthentication", "iam_database_authentication_enabled", toBoolean],
  ["EnablePerformanceInsights", "performance_insights_enabled", toBoolean],
  ["EnableCloudwatchLogsExports", "enabled_cloudwatch_logs_exports", sortedList],
  ["MonitoringInterval", "monitoring_interval", toNumber],
  ["CACertificateIdentifier", "ca_cert_identifier", nonEmpty],
  ["AvailabilityZone", "availability_zone", nonEmpty],
  ["LicenseModel", "license_model", nonEmpty],
  ["SourceDBInstanceIdentifier", "replicate_source_db", nonEmpty],
  ["DBInstanceArn", "arn"],
  ["DbiResourceId", "resource_id"]
];
var dbInstance = {
  tfType: "aws_db_instance",
  map(tf) {
    const b = new ResourceBuilder("AWS::RDS::DBInstance", tf);
    b.id = idFrom(tf.values, "identifier");
    copyFields(b, FIELDS2);
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/ebs-volume.ts
var FIELDS3 = [
  ["AvailabilityZone", "availability_zone"],
  ["Encrypted", "encrypted", toBoolean],
  ["KmsKeyId", "kms_key_id", nonEmpty],
  ["Size", "size", toNumber],
  ["VolumeType", "type", nonEmpty],
  ["Iops", "iops", (v) => v === 0 ? void 0 : toNumber(v)],
  ["Throughput", "throughput", (v) => v === 0 ? void 0 : toNumber(v)],
  ["SnapshotId", "snapshot_id", nonEmpty],
  ["MultiAttachEnabled", "multi_attach_enabled", toBoolean],
  ["OutpostArn", "outpost_arn", nonEmpty],
  ["VolumeId", "id"]
];
var ebsVolume = {
  tfType: "aws_ebs_volume",
  map(tf) {
    const b = new ResourceBuilder("AWS::EC2::Volume", tf);
    b.id = idFrom(tf.values, "id");
    copyFields(b, FIELDS3);
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/efs-file-system.ts
var FIELDS4 = [
  ["Encrypted", "encrypted", toBoolean],
  ["KmsKeyId", "kms_key_id", nonEmpty],
  ["PerformanceMode", "performance_mode", nonEmpty],
  ["ThroughputMode", "throughput_mode", nonEmpty],
  ["ProvisionedThroughputInMibps", "provisioned_throughput_in_mibps", (v) => v === 0 ? void 0 : toNumber(v)],
  ["AvailabilityZoneName", "availability_zone_name", nonEmpty],
  ["LifecyclePolicies", "lifecycle_policy", {
    many: [
      ["TransitionToIA", "transition_to_ia", nonEmpty],
      ["TransitionToArchive", "transition_to_archive", nonEmpty],
      ["TransitionToPrimaryStorageClass", "transition_to_primary_storage_class", nonEmpty]
    ]
  }],
  ["FileSystemProtection", "protection", { one: [["ReplicationOverwriteProtection", "replication_overwrite", nonEmpty]] }],
  ["FileSystemId", "id"],
  ["Arn", "arn"]
];
var efsFileSystem = {
  tfType: "aws_efs_file_system",
  map(tf) {
    const b = new ResourceBuilder("AWS::EFS::FileSystem", tf);
    b.id = idFrom(tf.values, "id");
    copyFields(b, FIELDS4);
    copyTags(b, "FileSystemTags");
    return b;
  }
};

// src/mapping/aws/flow-log.ts
var RESOURCE_ATTRS = [
  ["vpc_id", "VPC"],
  ["subnet_id", "Subnet"],
  ["eni_id", "NetworkInterface"],
  ["transit_gateway_id", "TransitGateway"],
  ["transit_gateway_attachment_id", "TransitGatewayAttachment"]
];
var FIELDS5 = [
  ["TrafficType", "traffic_type", nonEmpty],
  ["LogDestinationType", "log_destination_type", nonEmpty],
  ["LogDestination", "log_destination", nonEmpty],
  ["LogGroupName", "log_group_name", nonEmpty],
  ["LogFormat", "log_format", nonEmpty],
  ["DeliverLogsPermissionArn", "iam_role_arn", nonEmpty],
  ["DeliverCrossAccountRole", "deliver_cross_account_role", nonEmpty],
  ["MaxAggregationInterval", "max_aggregation_interval", toNumber],
  ["DestinationOptions", "destination_options", {
    one: [
      ["FileFormat", "file_format", nonEmpty],
      ["HiveCompatiblePartitions", "hive_compatible_partitions", toBoolean],
      ["PerHourPartition", "per_hour_partition", toBoolean]
    ]
  }],
  ["Id", "id"]
];
var flowLog = {
  tfType: "aws_flow_log",
  map(tf) {
    const b = new ResourceBuilder("AWS::EC2::FlowLog", tf);
    b.id = idFrom(tf.values, "id");
    const chosen = RESOURCE_ATTRS.find(([a]) => typeof tf.values[a] === "string" && tf.values[a] !== "" || isUnknownAttr(tf, a));
    if (chosen) {
      b.copy("ResourceId", chosen[0]);
      b.set("ResourceType", chosen[1], []);
    }
    copyFields(b, FIELDS5);
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/iam-principals.ts
var PRINCIPAL_STATE = /* @__PURE__ */ new WeakMap();
function addManagedPolicyArns(b, arns, unknownCount = 0) {
  let state = PRINCIPAL_STATE.get(b);
  if (!state) {
    const created = { arns: [], unknownArns: 0 };
    state = created;
    PRINCIPAL_STATE.set(b, created);
    b.onFinish(() => {
      const known = [...new Set(created.arns)].sort();
      if (known.length > 0) b.properties.ManagedPolicyArns = known;
      for (let i = 0; i < created.unknownArns; i++) b.markUnknown(`ManagedPolicyArns[${known.length + i}]`);
    });
  }
  for (const arn of arns) if (typeof arn === "string" && arn !== "") state.arns.push(arn);
  state.unknownArns += unknownCount;
}
function addInlinePolicy(b, from, nameAttr, policyAttr) {
  const existing = Array.isArray(b.properties.Policies) ? b.properties.Policies : [];
  const index = existing.length;
  b.copy(`Policies[${index}].PolicyName`, nameAttr, void 0, from);
  b.copy(`Policies[${index}].PolicyDocument`, policyAttr, parsePolicy, from);
  if (!Array.isArray(b.properties.Policies) || b.properties.Policies.length === index) {
    setPolicySlot(b, index);
  }
}
function setPolicySlot(b, index) {
  const list = Array.isArray(b.properties.Policies) ? b.properties.Policies : [];
  while (list.length <= index) list.push({});
  b.properties.Policies = list;
}
function managedPolicyArnsOf(b, tf) {
  if (isUnknownAttr(tf, "managed_policy_arns")) {
    b.record("ManagedPolicyArns", "managed_policy_arns");
    return;
  }
  const arns = tf.values.managed_policy_arns;
  if (Array.isArray(arns)) addManagedPolicyArns(b, arns, arns.filter((a) => a === null).length);
}
var ROLE_FIELDS = [
  ["RoleName", "name"],
  ["Path", "path"],
  ["Description", "description", (v) => v === "" ? void 0 : v],
  ["AssumeRolePolicyDocument", "assume_role_policy", parsePolicy],
  ["MaxSessionDuration", "max_session_duration"],
  ["PermissionsBoundary", "permissions_boundary", (v) => v === "" ? void 0 : v],
  ["Arn", "arn"],
  ["RoleId", "unique_id"]
];
var USER_FIELDS = [
  ["UserName", "name"],
  ["Path", "path"],
  ["PermissionsBoundary", "permissions_boundary", (v) => v === "" ? void 0 : v],
  ["Arn", "arn"]
];
var POLICY_FIELDS = [
  ["ManagedPolicyName", "name"],
  ["Path", "path"],
  ["Description", "description", (v) => v === "" ? void 0 : v],
  ["PolicyDocument", "policy", parsePolicy],
  ["PolicyArn", "arn"],
  ["PolicyId", "policy_id"]
];
var iamRole = {
  tfType: "aws_iam_role",
  map(tf) {
    const b = new ResourceBuilder("AWS::IAM::Role", tf);
    b.region = "global";
    b.id = idFrom(tf.values, "name", "id");
    copyFields(b, ROLE_FIELDS);
    if (isUnknownAttr(tf, "inline_policy")) b.record("Policies", "inline_policy");
    const inline = tf.values.inline_policy;
    if (Array.isArray(inline)) {
      inline.forEach((p, i) => {
        if (p && typeof p === "object" && (p.name || p.policy || isUnknownAttr(tf, `inline_policy[${i}]`))) {
          addInlinePolicy(b, tf, `inline_policy[${i}].name`, `inline_policy[${i}].policy`);
        }
      });
    }
    managedPolicyArnsOf(b, tf);
    copyTags(b);
    return b;
  }
};
var iamUser = {
  tfType: "aws_iam_user",
  map(tf) {
    const b = new ResourceBuilder("AWS::IAM::User", tf);
    b.region = "global";
    b.id = idFrom(tf.values, "name", "id");
    copyFields(b, USER_FIELDS);
    copyTags(b);
    return b;
  }
};
var iamGroup = {
  tfType: "aws_iam_group",
  map(tf) {
    const b = new ResourceBuilder("AWS::IAM::Group", tf);
    b.region = "global";
    b.id = idFrom(tf.values, "name", "id");
    copyFields(b, [["GroupName", "name"], ["Path", "path"], ["Arn", "arn"]]);
    return b;
  }
};
var iamPolicy = {
  tfType: "aws_iam_policy",
  map(tf) {
    const b = new ResourceBuilder("AWS::IAM::ManagedPolicy", tf);
    b.region = "global";
    b.id = idFrom(tf.values, "arn");
    copyFields(b, POLICY_FIELDS);
    return b;
  }
};

// src/mapping/aws/iam-attachments.ts
function attachment(tfType, attrName, parentType) {
  return {
    tfType,
    targets: [{ attr: attrName, parentTypes: [parentType] }],
    fold(principal, tf) {
      if (isUnknownAttr(tf, "policy_arn")) addManagedPolicyArns(principal, [], 1);
      else addManagedPolicyArns(principal, [attr(tf, "policy_arn")]);
    }
  };
}
var iamRolePolicyAttachment = attachment("aws_iam_role_policy_attachment", "role", "aws_iam_role");
var iamUserPolicyAttachment = attachment("aws_iam_user_policy_attachment", "user", "aws_iam_user");
var iamGroupPolicyAttachment = attachment("aws_iam_group_policy_attachment", "group", "aws_iam_group");
var iamPolicyAttachment = {
  tfType: "aws_iam_policy_attachment",
  targets: [
    { attr: "roles", parentTypes: ["aws_iam_role"] },
    { attr: "users", parentTypes: ["aws_iam_user"] },
    { attr: "groups", parentTypes: ["aws_iam_group"] }
  ],
  fold(principal, tf) {
    if (isUnknownAttr(tf, "policy_arn")) addManagedPolicyArns(principal, [], 1);
    else addManagedPolicyArns(principal, [attr(tf, "policy_arn")]);
  }
};
function inlinePolicy(tfType, attrName, parentType) {
  return {
    tfType,
    targets: [{ attr: attrName, parentTypes: [parentType] }],
    fold(principal, tf) {
      addInlinePolicy(principal, tf, "name", "policy");
    }
  };
}
var iamRolePolicy = inlinePolicy("aws_iam_role_policy", "role", "aws_iam_role");
var iamUserPolicy = inlinePolicy("aws_iam_user_policy", "user", "aws_iam_user");
var iamGroupPolicy = inlinePolicy("aws_iam_group_policy", "group", "aws_iam_group");

// src/mapping/aws/instance.ts
var EBS = [
  ["Encrypted", "encrypted", toBoolean],
  ["KmsKeyId", "kms_key_id", nonEmpty],
  ["VolumeSize", "volume_size", toNumber],
  ["VolumeType", "volume_type", nonEmpty],
  ["Iops", "iops", (v) => v === 0 ? void 0 : toNumber(v)],
  ["DeleteOnTermination", "delete_on_termination", toBoolean],
  ["SnapshotId", "snapshot_id", nonEmpty]
];
var FIELDS6 = [
  ["ImageId", "ami"],
  ["InstanceType", "instance_type"],
  ["IamInstanceProfile", "iam_instance_profile", nonEmpty],
  ["EbsOptimized", "ebs_optimized", toBoolean],
  ["KeyName", "key_name", nonEmpty],
  ["SubnetId", "subnet_id", nonEmpty],
  ["AvailabilityZone", "availability_zone", nonEmpty],
  ["SecurityGroupIds", "vpc_security_group_ids", sortedList],
  ["Monitoring", "monitoring", toBoolean],
  ["DisableApiTermination", "disable_api_termination", toBoolean],
  ["SourceDestCheck", "source_dest_check", toBoolean],
  ["Tenancy", "tenancy", nonEmpty],
  ["PrivateIpAddress", "private_ip", nonEmpty],
  ["MetadataOptions", "metadata_options", {
    one: [
      ["HttpTokens", "http_tokens", nonEmpty],
      ["HttpEndpoint", "http_endpoint", nonEmpty],
      ["HttpPutResponseHopLimit", "http_put_response_hop_limit", toNumber],
      ["HttpProtocolIpv6", "http_protocol_ipv6", nonEmpty],
      ["InstanceMetadataTags", "instance_metadata_tags", nonEmpty]
    ]
  }],
  ["InstanceId", "id"]
];
var instance = {
  tfType: "aws_instance",
  map(tf) {
    const b = new ResourceBuilder("AWS::EC2::Instance", tf);
    b.id = idFrom(tf.values, "id");
    copyFields(b, FIELDS6);
    const mappings = [];
    for (const kind of ["root_block_device", "ebs_block_device"]) {
      const list = tf.values[kind];
      if (Array.isArray(list)) list.forEach((_, i) => mappings.push([kind, i]));
      else b.record("BlockDeviceMappings", kind, false);
    }
    mappings.forEach(([kind, i], n) => {
      copyFields(b, [["DeviceName", "device_name", nonEmpty]], `BlockDeviceMappings[${n}]`, `${kind}[${i}]`);
      copyFields(b, EBS, `BlockDeviceMappings[${n}].Ebs`, `${kind}[${i}]`);
    });
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/kms-key.ts
var orDefault3 = (fallback) => (v) => toBoolean(v ?? fallback);
var FIELDS7 = [
  ["Description", "description", nonEmpty],
  ["KeyUsage", "key_usage", nonEmpty],
  ["KeySpec", "customer_master_key_spec", nonEmpty],
  ["KeyPolicy", "policy", parsePolicy],
  ["MultiRegion", "multi_region", toBoolean],
  ["PendingWindowInDays", "deletion_window_in_days", toNumber],
  ["RotationPeriodInDays", "rotation_period_in_days", toNumber],
  ["BypassPolicyLockoutSafetyCheck", "bypass_policy_lockout_safety_check", toBoolean],
  ["Arn", "arn"],
  ["KeyId", "key_id"]
];
var kmsKey = {
  tfType: "aws_kms_key",
  map(tf) {
    const b = new ResourceBuilder("AWS::KMS::Key", tf);
    b.id = idFrom(tf.values, "key_id", "id");
    copyFields(b, FIELDS7);
    b.set("Enabled", orDefault3(true)(tf.values.is_enabled), ["is_enabled"]);
    b.set("EnableKeyRotation", orDefault3(false)(tf.values.enable_key_rotation), ["enable_key_rotation"]);
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/lambda-function.ts
var FIELDS8 = [
  ["FunctionName", "function_name"],
  ["Role", "role"],
  ["Runtime", "runtime", nonEmpty],
  ["Handler", "handler", nonEmpty],
  ["Description", "description", nonEmpty],
  ["MemorySize", "memory_size", toNumber],
  ["Timeout", "timeout", toNumber],
  ["PackageType", "package_type", nonEmpty],
  ["Architectures", "architectures"],
  ["Layers", "layers", (v) => Array.isArray(v) && v.length === 0 ? void 0 : v],
  ["KmsKeyArn", "kms_key_arn", nonEmpty],
  ["CodeSigningConfigArn", "code_signing_config_arn", nonEmpty],
  // -1 is Terraform's "no reserved concurrency", which CloudFormation shows by omitting the property.
  ["ReservedConcurrentExecutions", "reserved_concurrent_executions", (v) => v === -1 ? void 0 : toNumber(v)],
  ["TracingConfig", "tracing_config", { one: [["Mode", "mode"]] }],
  ["DeadLetterConfig", "dead_letter_config", { one: [["TargetArn", "target_arn"]] }],
  ["EphemeralStorage", "ephemeral_storage", { one: [["Size", "size", toNumber]] }],
  ["VpcConfig", "vpc_config", {
    one: [
      ["SubnetIds", "subnet_ids", sortedList],
      ["SecurityGroupIds", "security_group_ids", sortedList],
      ["Ipv6AllowedForDualStack", "ipv6_allowed_for_dual_stack", toBoolean]
    ]
  }],
  ["LoggingConfig", "logging_config", {
    one: [
      ["LogFormat", "log_format", nonEmpty],
      ["LogGroup", "log_group", nonEmpty],
      ["ApplicationLogLevel", "application_log_level", nonEmpty],
      ["SystemLogLevel", "system_log_level", nonEmpty]
    ]
  }],
  ["Arn", "arn"]
];
var CODE_FIELDS = [
  ["ImageUri", "image_uri", nonEmpty],
  ["S3Bucket", "s3_bucket", nonEmpty],
  ["S3Key", "s3_key", nonEmpty],
  ["S3ObjectVersion", "s3_object_version", nonEmpty]
];
var lambdaFunction = {
  tfType: "aws_lambda_function",
  map(tf) {
    const b = new ResourceBuilder("AWS::Lambda::Function", tf);
    b.id = idFrom(tf.values, "function_name");
    copyFields(b, FIELDS8);
    copyFields(b, CODE_FIELDS, "Code");
    mapEnvironment(b);
    copyTags(b);
    return b;
  }
};
function mapEnvironment(b) {
  const tf = b.tf;
  if (tf.values.environment === void 0 && !isUnknownAttr(tf, "environment")) return;
  const base = `${blockPath(tf, "environment")}.variables`;
  b.record("Environment.Variables", base, false);
  const variables = attr(tf, base);
  if (!variables || typeof variables !== "object") return;
  for (const [name, value] of Object.entries(variables)) {
    const out = childPath("Environment.Variables", name);
    b.set(out, value, [childPath(base, name)]);
    b.markSensitive(out);
  }
  for (const u of tf.unknown) {
    if (u.startsWith(`${base}.`) || u.startsWith(`${base}[`)) {
      const out = `Environment.Variables${u.slice(base.length)}`;
      b.markUnknown(out);
      b.markSensitive(out);
    }
  }
}

// src/mapping/aws/lambda-function-url.ts
var FIELDS9 = [
  ["TargetFunctionArn", "function_name"],
  ["Qualifier", "qualifier", nonEmpty],
  ["AuthType", "authorization_type"],
  ["InvokeMode", "invoke_mode", nonEmpty],
  ["Cors", "cors", {
    one: [
      ["AllowCredentials", "allow_credentials", toBoolean],
      ["AllowHeaders", "allow_headers"],
      ["AllowMethods", "allow_methods"],
      ["AllowOrigins", "allow_origins"],
      ["ExposeHeaders", "expose_headers"],
      ["MaxAge", "max_age", toNumber]
    ]
  }],
  ["FunctionArn", "function_arn"],
  ["FunctionUrl", "function_url"]
];
var lambdaFunctionUrl = {
  tfType: "aws_lambda_function_url",
  map(tf) {
    const b = new ResourceBuilder("AWS::Lambda::Url", tf);
    b.id = idFrom(tf.values, "function_arn");
    copyFields(b, FIELDS9);
    return b;
  }
};

// src/mapping/aws/lambda-permission.ts
var FIELDS10 = [
  ["FunctionName", "function_name"],
  ["Action", "action"],
  ["Principal", "principal"],
  ["SourceArn", "source_arn", nonEmpty],
  ["SourceAccount", "source_account", nonEmpty],
  ["PrincipalOrgID", "principal_org_id", nonEmpty],
  ["EventSourceToken", "event_source_token", nonEmpty],
  ["FunctionUrlAuthType", "function_url_auth_type", nonEmpty],
  ["Id", "statement_id"]
];
var lambdaPermission = {
  tfType: "aws_lambda_permission",
  map(tf) {
    const b = new ResourceBuilder("AWS::Lambda::Permission", tf);
    const fn = tf.values.function_name;
    const sid = tf.values.statement_id;
    b.id = typeof fn === "string" && fn !== "" && typeof sid === "string" && sid !== "" ? `${fn}|${sid}` : null;
    copyFields(b, FIELDS10);
    return b;
  }
};

// src/mapping/aws/rds-cluster.ts
var FIELDS11 = [
  ["DBClusterIdentifier", "cluster_identifier"],
  ["Engine", "engine"],
  ["EngineVersion", "engine_version"],
  ["EngineMode", "engine_mode", nonEmpty],
  ["DatabaseName", "database_name", nonEmpty],
  ["MasterUsername", "master_username", nonEmpty],
  ["MasterUserPassword", "master_password", nonEmpty],
  ["ManageMasterUserPassword", "manage_master_user_password", toBoolean],
  ["StorageEncrypted", "storage_encrypted", toBoolean],
  ["KmsKeyId", "kms_key_id", nonEmpty],
  ["BackupRetentionPeriod", "backup_retention_period", toNumber],
  ["DeletionProtection", "deletion_protection", toBoolean],
  ["CopyTagsToSnapshot", "copy_tags_to_snapshot", toBoolean],
  ["EnableIAMDatabaseAuthentication", "iam_database_authentication_enabled", toBoolean],
  ["EnableCloudwatchLogsExports", "enabled_cloudwatch_logs_exports", sortedList],
  ["VpcSecurityGroupIds", "vpc_security_group_ids", sortedList],
  ["DBSubnetGroupName", "db_subnet_group_name", nonEmpty],
  ["DBClusterParameterGroupName", "db_cluster_parameter_group_name", nonEmpty],
  ["Port", "port", toNumber],
  ["StorageType", "storage_type", nonEmpty],
  ["AvailabilityZones", "availability_zones", sortedList],
  ["DBClusterArn", "arn"],
  ["DBClusterResourceId", "cluster_resource_id"]
];
var rdsCluster = {
  tfType: "aws_rds_cluster",
  map(tf) {
    const b = new ResourceBuilder("AWS::RDS::DBCluster", tf);
    b.id = idFrom(tf.values, "cluster_identifier");
    copyFields(b, FIELDS11);
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/rds-cluster-instance.ts
var FIELDS12 = [
  ["DBInstanceIdentifier", "identifier"],
  ["DBClusterIdentifier", "cluster_identifier"],
  ["DBInstanceClass", "instance_class"],
  ["Engine", "engine"],
  ["EngineVersion", "engine_version", nonEmpty],
  ["PubliclyAccessible", "publicly_accessible", toBoolean],
  ["AutoMinorVersionUpgrade", "auto_minor_version_upgrade", toBoolean],
  ["CopyTagsToSnapshot", "copy_tags_to_snapshot", toBoolean],
  ["DBSubnetGroupName", "db_subnet_group_name", nonEmpty],
  ["DBParameterGroupName", "db_parameter_group_name", nonEmpty],
  ["AvailabilityZone", "availability_zone", nonEmpty],
  ["CACertificateIdentifier", "ca_cert_identifier", nonEmpty],
  ["EnablePerformanceInsights", "performance_insights_enabled", toBoolean],
  ["MonitoringInterval", "monitoring_interval", toNumber],
  ["PromotionTier", "promotion_tier", toNumber],
  ["DBInstanceArn", "arn"],
  ["DbiResourceId", "dbi_resource_id"]
];
var rdsClusterInstance = {
  tfType: "aws_rds_cluster_instance",
  map(tf) {
    const b = new ResourceBuilder("AWS::RDS::DBInstance", tf);
    b.id = idFrom(tf.values, "identifier");
    copyFields(b, FIELDS12);
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/s3-bucket.ts
var CANNED_ACL = {
  private: "Private",
  "public-read": "PublicRead",
  "public-read-write": "PublicReadWrite",
  "authenticated-read": "AuthenticatedRead",
  "aws-exec-read": "AwsExecRead",
  "bucket-owner-read": "BucketOwnerRead",
  "bucket-owner-full-control": "BucketOwnerFullControl",
  "log-delivery-write": "LogDeliveryWrite"
};
var ENCRYPTION_RULE = [
  ["ServerSideEncryptionByDefault", "apply_server_side_encryption_by_default", {
    one: [
      ["SSEAlgorithm", "sse_algorithm"],
      ["KMSMasterKeyID", "kms_master_key_id", (v) => v === "" ? void 0 : v]
    ]
  }],
  ["BucketKeyEnabled", "bucket_key_enabled", toBoolean]
];
function versioningStatus(status) {
  return status === "Enabled" || status === "Suspended" ? status : void 0;
}
function mapInlineBlocks(b, tf) {
  b.record("VersioningConfiguration", "versioning", false);
  b.record("BucketEncryption.ServerSideEncryptionConfiguration", "server_side_encryption_configuration", false);
  b.record("LoggingConfiguration", "logging", false);
  const versioning = block(tf.values.versioning);
  if (versioning) {
    const path = Array.isArray(tf.values.versioning) ? "versioning[0].enabled" : "versioning.enabled";
    b.set("VersioningConfiguration.Status", versioning.enabled === true ? "Enabled" : void 0, [path]);
  }
  const sse = block(tf.values.server_side_encryption_configuration);
  if (sse) {
    const base = Array.isArray(tf.values.server_side_encryption_configuration) ? "server_side_encryption_configuration[0]" : "server_side_encryption_configuration";
    copyFields(b, [["ServerSideEncryptionConfiguration", "rule", { many: ENCRYPTION_RULE }]], "BucketEncryption", base);
  }
  const logging = block(tf.values.logging);
  if (logging) {
    const base = Array.isArray(tf.values.logging) ? "logging[0]" : "logging";
    copyFields(b, [["DestinationBucketName", "target_bucket"], ["LogFilePrefix", "target_prefix"]], "LoggingConfiguration", base);
  }
  const acl = attr(tf, "acl");
  b.set("AccessControl", typeof acl === "string" ? CANNED_ACL[acl] ?? acl : void 0, ["acl"]);
}
var s3Bucket = {
  tfType: "aws_s3_bucket",
  map(tf) {
    const b = new ResourceBuilder("AWS::S3::Bucket", tf);
    b.id = idFrom(tf.values, "bucket", "id");
    copyFields(b, [
      ["BucketName", "bucket"],
      ["ObjectLockEnabled", "object_lock_enabled", toBoolean],
      ["Arn", "arn"]
    ]);
    if (b.properties.ObjectLockEnabled === false) delete b.properties.ObjectLockEnabled;
    mapInlineBlocks(b, tf);
    copyTags(b);
    return b;
  }
};

// src/mapping/aws/s3-bucket-companions.ts
var BUCKET = [{ attr: "bucket", parentTypes: ["aws_s3_bucket"] }];
var s3BucketVersioning = {
  tfType: "aws_s3_bucket_versioning",
  targets: BUCKET,
  fold(parent, tf) {
    parent.clear("VersioningConfiguration");
    const path = Array.isArray(tf.values.versioning_configuration) ? "versioning_configuration[0].status" : "versioning_configuration.status";
    parent.copy("VersioningConfiguration.Status", path, versioningStatus, tf);
  }
};
var s3BucketEncryption = {
  tfType: "aws_s3_bucket_server_side_encryption_configuration",
  targets: BUCKET,
  fold(parent, tf) {
    parent.clear("BucketEncryption");
    copyFields(parent, [["ServerSideEncryptionConfiguration", "rule", { many: ENCRYPTION_RULE }]], "BucketEncryption", "", tf);
  }
};
var s3BucketLogging = {
  tfType: "aws_s3_bucket_logging",
  targets: BUCKET,
  fold(parent, tf) {
    parent.clear("LoggingConfiguration");
    copyFields(parent, [["DestinationBucketName", "target_bucket"], ["LogFilePrefix", "target_prefix"]], "LoggingConfiguration", "", tf);
  }
};
var s3BucketPublicAccessBlock = {
  tfType: "aws_s3_bucket_public_access_block",
  targets: BUCKET,
  fold(parent, tf) {
    copyFields(parent, [
      ["BlockPublicAcls", "block_public_acls", toBoolean],
      ["BlockPublicPolicy", "block_public_policy", toBoolean],
      ["IgnorePublicAcls", "ignore_public_acls", toBoolean],
      ["RestrictPublicBuckets", "restrict_public_buckets", toBoolean]
    ], "PublicAccessBlockConfiguration", "", tf);
  }
};
var s3BucketOwnershipControls = {
  tfType: "aws_s3_bucket_ownership_controls",
  targets: BUCKET,
  fold(parent, tf) {
    copyFields(parent, [["Rules", "rule", { many: [["ObjectOwnership", "object_ownership"]] }]], "OwnershipControls", "", tf);
  }
};

// src/mapping/aws/s3-bucket-inline-policy.ts
var BUCKET_TYPES = ["aws_s3_bucket"];
function writesPolicy(bucket) {
  if (isUnknownAttr(bucket, "policy")) return bucket.configured?.includes("policy") === true;
  const policy = bucket.values.policy;
  return typeof policy === "string" && policy.trim() !== "" && policy.trim() !== "{}";
}
function inlineBucketPolicies(input, index) {
  const managed = /* @__PURE__ */ new Set();
  for (const tf of input) {
    if (tf.type !== "aws_s3_bucket_policy") continue;
    const byRef = index.byReference(tf, "bucket", BUCKET_TYPES);
    for (const bucket of byRef.length > 0 ? byRef : index.byValueOf(tf, tf.values.bucket, BUCKET_TYPES)) managed.add(bucket);
  }
  const builders = [];
  for (const bucket of input) {
    if (bucket.type !== "aws_s3_bucket" || managed.has(bucket) || !writesPolicy(bucket)) continue;
    const b = new ResourceBuilder("AWS::S3::BucketPolicy", bucket);
    b.id = idFrom(bucket.values, "bucket", "id");
    b.copy("Bucket", "bucket");
    b.copy("PolicyDocument", "policy", parsePolicy);
    b.addReferences("Bucket", [bucket.address]);
    builders.push(b);
  }
  return builders;
}

// src/mapping/aws/s3-bucket-policy.ts
var s3BucketPolicy = {
  tfType: "aws_s3_bucket_policy",
  map(tf) {
    const b = new ResourceBuilder("AWS::S3::BucketPolicy", tf);
    b.id = idFrom(tf.values, "bucket");
    copyFields(b, [["Bucket", "bucket"], ["PolicyDocument", "policy", parsePolicy]]);
    return b;
  }
};

// src/mapping/aws/security-group.ts
function addInlineRules(b, tf) {
  const entries = ruleEntries(b);
  for (const [direction, property] of [["ingress", "SecurityGroupIngress"], ["egress", "SecurityGroupEgress"]]) {
    if (isUnknownAttr(tf, direction)) {
      b.markUnknown(property);
      continue;
    }
    const rules = tf.values[direction];
    if (!Array.isArray(rules)) continue;
    rules.forEach((_, i) => {
      const shape = { base: `${direction}[${i}]`, protocol: "protocol", fromPort: "from_port", toPort: "to_port", sources: INLINE_RULE_SOURCES };
      entries[direction].push(...expandRule(tf, direction, shape, tf.values.id));
    });
  }
}
function mapGroup(tf, isDefault) {
  const b = new ResourceBuilder("AWS::EC2::SecurityGroup", tf);
  b.id = idFrom(tf.values, "id");
  b.isDefault = isDefault;
  if (isDefault) {
    b.set("GroupName", "default", []);
    b.set("GroupDescription", "default VPC security group", []);
  } else {
    copyFields(b, [["GroupName", "name"], ["GroupDescription", "description"]]);
  }
  copyFields(b, [["VpcId", "vpc_id"], ["GroupId", "id"], ["Id", "id"]]);
  addInlineRules(b, tf);
  copyTags(b);
  return b;
}
var securityGroup = { tfType: "aws_security_group", map: (tf) => mapGroup(tf, false) };
var defaultSecurityGroup = { tfType: "aws_default_security_group", map: (tf) => mapGroup(tf, true) };

// src/mapping/aws/security-group-rule-resources.ts
var GROUP = [{ attr: "security_group_id", parentTypes: ["aws_security_group", "aws_default_security_group"] }];
var STANDALONE_TYPE = {
  ingress: "AWS::EC2::SecurityGroupIngress",
  egress: "AWS::EC2::SecurityGroupEgress"
};
function standaloneResources(tf, direction, entries, id, parts) {
  const groupId = attr(tf, "security_group_id");
  const groupKnown = typeof groupId === "string" && groupId !== "" && !isUnknownAttr(tf, "security_group_id");
  return entries.map((entry) => {
    const b = new ResourceBuilder(STANDALONE_TYPE[direction], tf);
    b.id = id;
    if (parts) b.part = entry.source;
    if (groupKnown) b.set("GroupId", groupId, []);
    else b.markUnknown("GroupId");
    for (const [field, value] of Object.entries(entry.value)) b.set(field, value, []);
    for (const field of entry.unknownFields) b.markUnknown(field);
    return b;
  });
}
var SECURITY_GROUP_RULE_SHAPE = {
  base: "",
  protocol: "protocol",
  fromPort: "from_port",
  toPort: "to_port",
  sources: [
    ["cidr_blocks", "cidr"],
    ["ipv6_cidr_blocks", "ipv6"],
    ["prefix_list_ids", "prefixList"],
    ["source_security_group_id", "group"],
    ["self", "self"]
  ]
};
var directionOf = (tf) => attr(tf, "type") === "egress" ? "egress" : "ingress";
var securityGroupRule = {
  tfType: "aws_security_group_rule",
  targets: GROUP,
  fold(group, tf) {
    const direction = directionOf(tf);
    ruleEntries(group)[direction].push(...expandRule(tf, direction, SECURITY_GROUP_RULE_SHAPE, group.tf.values.id));
  },
  standalone(tf) {
    const direction = directionOf(tf);
    return standaloneResources(tf, direction, expandRule(tf, direction, SECURITY_GROUP_RULE_SHAPE, attr(tf, "security_group_id")), null, true);
  }
};
var VPC_RULE_SHAPE = {
  base: "",
  protocol: "ip_protocol",
  fromPort: "from_port",
  toPort: "to_port",
  sources: [
    ["cidr_ipv4", "cidr"],
    ["cidr_ipv6", "ipv6"],
    ["prefix_list_id", "prefixList"],
    ["referenced_security_group_id", "group"]
  ]
};
function vpcRule(direction) {
  return {
    tfType: `aws_vpc_security_group_${direction}_rule`,
    targets: GROUP,
    fold(group, tf) {
      ruleEntries(group)[direction].push(...expandRule(tf, direction, VPC_RULE_SHAPE, group.tf.values.id));
    },
    standalone(tf) {
      const ruleId = attr(tf, "security_group_rule_id");
      const id = typeof ruleId === "string" && ruleId.startsWith("sgr-") ? ruleId : null;
      return standaloneResources(tf, direction, expandRule(tf, direction, VPC_RULE_SHAPE, attr(tf, "security_group_id")), id, false);
    }
  };
}
var vpcSecurityGroupIngressRule = vpcRule("ingress");
var vpcSecurityGroupEgressRule = vpcRule("egress");

// src/mapping/aws/vpc.ts
var FIELDS13 = [
  ["CidrBlock", "cidr_block"],
  ["InstanceTenancy", "instance_tenancy", nonEmpty],
  ["EnableDnsSupport", "enable_dns_support", toBoolean],
  ["EnableDnsHostnames", "enable_dns_hostnames", toBoolean],
  ["Ipv4IpamPoolId", "ipv4_ipam_pool_id", nonEmpty],
  ["Ipv4NetmaskLength", "ipv4_netmask_length"],
  ["Ipv6CidrBlocks", "ipv6_cidr_block", (v) => typeof v === "string" && v !== "" ? [v] : void 0],
  ["DefaultSecurityGroup", "default_security_group_id"],
  ["DefaultNetworkAcl", "default_network_acl_id"],
  ["VpcId", "id"]
];
function mapVpc(tf, isDefault) {
  const b = new ResourceBuilder("AWS::EC2::VPC", tf);
  b.id = idFrom(tf.values, "id");
  b.isDefault = isDefault;
  copyFields(b, FIELDS13);
  copyTags(b);
  return b;
}
var vpc = { tfType: "aws_vpc", map: (tf) => mapVpc(tf, false) };
var defaultVpc = { tfType: "aws_default_vpc", map: (tf) => mapVpc(tf, true) };

// src/mapping/resolve.ts
function moduleInstance(tf) {
  return tf.module ?? moduleOf(tf.address);
}
function resourceOfReference(ref) {
  const parts = splitAddress(configAddress(ref));
  const modules = [];
  let i = 0;
  while (parts[i] === "module" && i + 1 < parts.length) {
    modules.push(`module.${parts[i + 1]}`);
    i += 2;
  }
  const [type, name] = [parts[i], parts[i + 1]];
  if (type === void 0 || name === void 0 || type === "module" || type === "data" || type === "var" || type === "local") return void 0;
  return { modules: modules.join("."), address: `${type}.${name}`, type };
}
var ParentIndex = class {
  constructor(parents) {
    this.parents = parents;
    for (const tf of parents) {
      const key = `${moduleInstance(tf)}|${tf.type}.${tf.name}`;
      const list = this.byConfig.get(key) ?? [];
      list.push(tf);
      this.byConfig.set(key, list);
      if (tf.index !== void 0) {
        const instanceKey = `${key}\0${String(tf.index)}`;
        if (!this.byInstance.has(instanceKey)) this.byInstance.set(instanceKey, tf);
      }
      const value = PARENT_KEY[tf.type]?.(tf.values);
      if (typeof value === "string" && value !== "") {
        const vkey = `${tf.type}|${value}`;
        const vlist = this.byValue.get(vkey) ?? [];
        vlist.push(tf);
        this.byValue.set(vkey, vlist);
      }
    }
  }
  parents;
  byConfig = /* @__PURE__ */ new Map();
  /** The first instance per configuration key and count/for_each key: a module's 500 buckets, each found at once. */
  byInstance = /* @__PURE__ */ new Map();
  byValue = /* @__PURE__ */ new Map();
  /**
   * Module configuration address ('module.a.module.b') and TYPE.NAME → its instances in every module instance.
   * Built on first use: only a reference into a child module needs it, and most plans have none.
   */
  byModuleConfig;
  // The same reference strings ('aws_s3_bucket.data[count.index].id') recur on every instance of a module or
  // count: each is parsed once per index.
  referenceTargets = /* @__PURE__ */ new Map();
  referenceTarget(ref) {
    let target = this.referenceTargets.get(ref);
    if (target === void 0) {
      target = resourceOfReference(ref) ?? null;
      this.referenceTargets.set(ref, target);
    }
    return target;
  }
  /**
   * A resource inside a child module of `from`'s module instance: the instances of that configuration address
   * below `from`'s module instance. A child module called with count or for_each has one per module instance;
   * which one an output of `module.x` names is not known here, so only a single instance is taken.
   */
  inChildModule(from, target) {
    const own = moduleInstance(from);
    const ownConfig = configAddress(own);
    const moduleConfig = ownConfig === "" ? target.modules : `${ownConfig}.${target.modules}`;
    if (this.byModuleConfig === void 0) {
      this.byModuleConfig = /* @__PURE__ */ new Map();
      for (const tf of this.parents) {
        const moduleKey = `${configAddress(moduleInstance(tf))}|${tf.type}.${tf.name}`;
        const inModule = this.byModuleConfig.get(moduleKey);
        if (inModule) inModule.push(tf);
        else this.byModuleConfig.set(moduleKey, [tf]);
      }
    }
    const candidates = (this.byModuleConfig.get(`${moduleConfig}|${target.address}`) ?? []).filter(
      (tf) => own === "" || moduleInstance(tf).startsWith(`${own}.`)
    );
    return candidates.length === 1 ? candidates[0] : void 0;
  }
  /** Resources named by the references of `from.attr`, among `parentTypes` (any type when not given). */
  byReference(from, attrName, parentTypes) {
    const refs = from.references?.[attrName];
    if (refs === void 0 || refs.length === 0) return [];
    const found = [];
    for (const ref of refs) {
      const target = this.referenceTarget(ref);
      if (!target || parentTypes && !parentTypes.includes(target.type)) continue;
      if (target.modules !== "") {
        const child = this.inChildModule(from, target);
        if (child && !found.includes(child)) found.push(child);
        continue;
      }
      const key = `${moduleInstance(from)}|${target.address}`;
      const candidates = this.byConfig.get(key) ?? [];
      const chosen = candidates.length === 1 ? candidates[0] : from.index !== void 0 ? this.byInstance.get(`${key}\0${String(from.index)}`) : void 0;
      if (chosen && !found.includes(chosen)) found.push(chosen);
    }
    return found;
  }
  /** Parents whose name/id equals `value`; with several (same name in two regions), the companion's region wins. */
  byValueOf(from, value, parentTypes) {
    if (typeof value !== "string" || value === "") return [];
    const candidates = parentTypes.flatMap((t) => this.byValue.get(`${t}|${value}`) ?? []);
    if (candidates.length <= 1) return candidates;
    const sameRegion = candidates.filter((c) => c.region === from.region && c.account === from.account);
    return sameRegion.length === 1 ? sameRegion : [];
  }
  /** Addresses of the input resources the references of `from.attr` resolve to (any type). */
  referencedAddresses(from, attrName) {
    return this.byReference(from, attrName).map((tf) => tf.address);
  }
};

// src/mapping/unset-computed.ts
var ABSENT = /* @__PURE__ */ Symbol("absent");
var PROVIDER_DOCS = "registry.terraform.io/providers/hashicorp/aws/latest/docs/resources";
var RDS_NOT_PLAIN_CREATE = ["replicate_source_db", "snapshot_identifier", "restore_to_point_in_time", "s3_import"];
var IMDS_SOURCE = 'EC2 User Guide, "Configure instance metadata options for new instances" (AMI ImdsSupport and account defaults apply)';
var UNSET_COMPUTED_DEFAULTS = [
  // The provider revokes the default allow-all egress rule of a new VPC group and manages only the rules the
  // configuration states; inline rules left out mean none, so the group's rules are exactly the folded
  // aws_security_group_rule / aws_vpc_security_group_*_rule resources.
  {
    name: "security-group-ingress-from-rule-resources",
    tfType: "aws_security_group",
    attribute: "ingress",
    value: [],
    source: `${PROVIDER_DOCS}/security_group ("NOTE on Egress rules")`
  },
  // Same note: "Terraform will remove this default rule" (the ALLOW ALL egress AWS adds to a new group), so
  // the allow-all egress is not modelled: without egress blocks the group has only the folded egress rules.
  {
    name: "security-group-egress-from-rule-resources",
    tfType: "aws_security_group",
    attribute: "egress",
    value: [],
    source: `${PROVIDER_DOCS}/security_group ("NOTE on Egress rules")`
  },
  // An aws_security_group_rule names at most one kind of source; source_security_group_id is Optional+Computed,
  // so a rule with cidr_blocks shows it "known after apply". Left out, the rule has no source group.
  {
    name: "security-group-rule-no-source-group-when-unset",
    tfType: "aws_security_group_rule",
    attribute: "source_security_group_id",
    value: ABSENT,
    source: `${PROVIDER_DOCS}/security_group_rule (source_security_group_id: "Cannot be specified with cidr_blocks, ipv6_cidr_blocks, or self")`
  },
  // A new role has no managed policies until something attaches them; the *_policy_attachment resources fold in.
  {
    name: "iam-role-managed-policies-from-attachments",
    tfType: "aws_iam_role",
    attribute: "managed_policy_arns",
    value: [],
    source: `${PROVIDER_DOCS}/iam_role (managed_policy_arns: "If no blocks are configured, Terraform will not manage any managed policies")`
  },
  // Likewise a new role has no inline policies but the aws_iam_role_policy resources folded in.
  {
    name: "iam-role-inline-policies-from-role-policies",
    tfType: "aws_iam_role",
    attribute: "inline_policy",
    value: [],
    source: `${PROVIDER_DOCS}/iam_role (inline_policy: "If no blocks are configured, Terraform will not manage any inline policies")`
  },
  // A new bucket starts with versioning never enabled (what the provider reads back: enabled = false);
  // aws_s3_bucket_versioning folds in over it.
  {
    name: "s3-bucket-versioning-off-when-new",
    tfType: "aws_s3_bucket",
    attribute: "versioning",
    value: [{ enabled: false, mfa_delete: false }],
    source: 'S3 User Guide, "Using versioning in S3 buckets" (buckets are unversioned by default)'
  },
  // Server access logging is off for a new bucket; aws_s3_bucket_logging folds in over it.
  {
    name: "s3-bucket-logging-off-when-new",
    tfType: "aws_s3_bucket",
    attribute: "logging",
    value: [],
    source: 'S3 User Guide, "Logging requests with server access logging" (disabled by default)'
  },
  // Since 5 January 2023 every bucket gets SSE-S3 (AES256) default encryption, which the provider reads back;
  // aws_s3_bucket_server_side_encryption_configuration folds in over it.
  {
    name: "s3-bucket-sse-s3-when-new",
    tfType: "aws_s3_bucket",
    attribute: "server_side_encryption_configuration",
    value: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: "AES256", kms_master_key_id: "" }], bucket_key_enabled: false }] }],
    source: 'S3 User Guide, "Using server-side encryption with Amazon S3 managed keys (SSE-S3)" (since January 5, 2023)'
  },
  // The canned ACL is a request parameter, not a bucket setting: a new bucket has ACLs disabled
  // (BucketOwnerEnforced, April 2023) and no canned ACL to report, as CloudFormation omits AccessControl.
  {
    name: "s3-bucket-no-canned-acl-when-new",
    tfType: "aws_s3_bucket",
    attribute: "acl",
    value: ABSENT,
    source: 'S3 User Guide, "Controlling ownership of objects and disabling ACLs" (new buckets: BucketOwnerEnforced since April 2023)'
  },
  // Object Lock can only be turned on when asked for; left out, the new bucket has it off.
  {
    name: "s3-bucket-object-lock-off-when-new",
    tfType: "aws_s3_bucket",
    attribute: "object_lock_enabled",
    value: false,
    source: 'S3 User Guide, "Locking objects with Object Lock" (enabled only on request)'
  },
  // Without metadata_options the AMI and account settings decide IMDS: the configuration does not require
  // IMDSv2, which is what ec2-instance-imdsv2-required judges for code.
  {
    name: "instance-metadata-options-unset",
    tfType: "aws_instance",
    attribute: "metadata_options",
    value: ABSENT,
    source: IMDS_SOURCE
  },
  // Inside a metadata_options block, each setting left out is again the AMI's/account's, not the code's.
  ...["http_tokens", "http_endpoint", "http_put_response_hop_limit", "http_protocol_ipv6", "instance_metadata_tags"].map(
    (setting) => ({
      name: "instance-metadata-options-unset",
      tfType: "aws_instance",
      attribute: `metadata_options.${setting}`,
      value: ABSENT,
      source: IMDS_SOURCE
    })
  ),
  // Absent backup retention is the RDS API default of 1 day (rds-instance-backup-enabled reads absent so);
  // replicas and restores are left unknown.
  {
    name: "db-instance-api-defaults",
    tfType: "aws_db_instance",
    attribute: "backup_retention_period",
    value: ABSENT,
    source: 'RDS API Reference, CreateDBInstance BackupRetentionPeriod ("Default: 1")',
    unlessConfigured: RDS_NOT_PLAIN_CREATE
  },
  // CreateDBInstance makes a Single-AZ instance unless MultiAZ is asked for.
  {
    name: "db-instance-api-defaults",
    tfType: "aws_db_instance",
    attribute: "multi_az",
    value: false,
    source: "RDS API Reference, CreateDBInstance MultiAZ (Single-AZ unless requested)",
    unlessConfigured: RDS_NOT_PLAIN_CREATE
  },
  // CreateFileSystem encrypts only when Encrypted is true; the provider sends nothing when it is left out.
  {
    name: "efs-file-system-unencrypted-by-default",
    tfType: "aws_efs_file_system",
    attribute: "encrypted",
    value: false,
    source: "EFS API Reference, CreateFileSystem Encrypted; provider efs/file_system.go sends it only when set",
    unlessConfigured: ["kms_key_id"]
  },
  // A new volume is encrypted only through the account's EBS encryption by default (judged on its own by
  // ec2-ebs-default-encryption-enabled) or an encrypted snapshot: the configuration does not ask for it.
  {
    name: "ebs-volume-encryption-from-account",
    tfType: "aws_ebs_volume",
    attribute: "encrypted",
    value: ABSENT,
    source: 'EC2 User Guide, "Amazon EBS encryption" (encryption by default is an account setting)',
    unlessConfigured: ["snapshot_id", "kms_key_id"]
  }
];
var BY_TYPE = (() => {
  const map = /* @__PURE__ */ new Map();
  for (const entry of UNSET_COMPUTED_DEFAULTS) {
    const list = map.get(entry.tfType) ?? [];
    list.push(entry);
    map.set(entry.tfType, list);
  }
  return map;
})();
function isNew(tf) {
  return tf.origin === "plan" && (tf.action === "create" || tf.action === "replace");
}
function valuePath(values, attribute) {
  const dot = attribute.indexOf(".");
  if (dot < 0) return { path: attribute, key: attribute };
  const block2 = attribute.slice(0, dot);
  const key = attribute.slice(dot + 1);
  return { path: Array.isArray(values[block2]) ? `${block2}[0].${key}` : `${block2}.${key}`, block: block2, key };
}
function applies(values, unknown, entry, configured) {
  if (configured.includes(entry.attribute)) return false;
  if (entry.unlessConfigured?.some((a) => configured.includes(a))) return false;
  const { path, block: block2 } = valuePath(values, entry.attribute);
  if (block2 !== void 0) {
    if (!configured.includes(block2)) return false;
    const value = values[block2];
    if (Array.isArray(value) && value.length !== 1) return false;
  }
  return unknown.includes(path);
}
function withValue(values, attribute, value) {
  const { block: block2, key } = valuePath(values, attribute);
  const put = (target, name) => {
    const copy = { ...target };
    if (value === ABSENT) delete copy[name];
    else copy[name] = cloneJson(value);
    return copy;
  };
  if (block2 === void 0) return put(values, key);
  const current = values[block2];
  if (Array.isArray(current)) return { ...values, [block2]: [put(current[0] ?? {}, key)] };
  return { ...values, [block2]: put(current ?? {}, key) };
}
function applyUnsetComputedDefaults(tf) {
  const entries = BY_TYPE.get(tf.type);
  const configured = tf.configured;
  if (!entries || !configured || !isNew(tf) || tf.unknown.length === 0) return tf;
  let values = tf.values;
  let unknown = tf.unknown;
  for (const entry of entries) {
    if (!applies(values, unknown, entry, configured)) continue;
    const { path } = valuePath(values, entry.attribute);
    values = withValue(values, entry.attribute, entry.value);
    unknown = unknown.filter((u) => !isAtOrUnder(u, path));
  }
  return unknown === tf.unknown ? tf : { ...tf, values, unknown };
}
function cloneJson(value) {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (value !== null && typeof value === "object") {
    const copy = {};
    for (const key of Object.keys(value)) copy[key] = cloneJson(value[key]);
    return copy;
  }
  return value;
}

// src/mapping/index.ts
var RESOURCE_MAPPERS = new Map(
  [
    s3Bucket,
    s3BucketPolicy,
    securityGroup,
    defaultSecurityGroup,
    dbInstance,
    rdsCluster,
    rdsClusterInstance,
    iamRole,
    iamUser,
    iamGroup,
    iamPolicy,
    cloudTrail,
    ebsVolume,
    vpc,
    defaultVpc,
    flowLog,
    kmsKey,
    lambdaFunction,
    lambdaPermission,
    lambdaFunctionUrl,
    efsFileSystem,
    instance,
    passwordPolicy,
    ebsEncryptionByDefault,
    accountPublicAccessBlock
  ].map((m) => [m.tfType, m])
);
var COMPANION_MAPPERS = new Map(
  [
    s3BucketVersioning,
    s3BucketEncryption,
    s3BucketLogging,
    s3BucketPublicAccessBlock,
    s3BucketOwnershipControls,
    securityGroupRule,
    vpcSecurityGroupIngressRule,
    vpcSecurityGroupEgressRule,
    iamRolePolicyAttachment,
    iamUserPolicyAttachment,
    iamGroupPolicyAttachment,
    iamPolicyAttachment,
    iamRolePolicy,
    iamUserPolicy,
    iamGroupPolicy
  ].map((m) => [m.tfType, m])
);
var AWS_TYPE_COVERAGE = {
  resources: [...RESOURCE_MAPPERS.keys()].sort(),
  companions: [...COMPANION_MAPPERS.keys()].sort()
};
var MAPPED_TF_TYPES = /* @__PURE__ */ new Set([
  ...RESOURCE_MAPPERS.keys(),
  ...COMPANION_MAPPERS.keys(),
  ...awsccTypeNames()
]);
function parentsOf(companion, mapper, index) {
  const found = [];
  for (const target of mapper.targets) {
    const value = companion.values[target.attr];
    const byRef = index.byReference(companion, target.attr, target.parentTypes);
    const parents = Array.isArray(value) ? [...byRef, ...value.flatMap((v) => index.byValueOf(companion, v, target.parentTypes))] : byRef.length > 0 ? byRef : index.byValueOf(companion, value, target.parentTypes);
    for (const p of parents) if (!found.some(([f]) => f === p)) found.push([p, target]);
  }
  return found;
}
function singleParentOf(companion, mapper, index, exists) {
  const found = [];
  for (const target of mapper.targets) {
    const value = companion.values[target.attr];
    const known = typeof value === "string" && value !== "" && !isUnknownAttr(companion, target.attr);
    const parents = known ? index.byValueOf(companion, value, target.parentTypes) : index.byReference(companion, target.attr, target.parentTypes);
    for (const p of parents) if (exists(p) && !found.some(([f]) => f === p)) found.push([p, target]);
  }
  return found.length === 1 ? found[0] : void 0;
}
function markPossibleParentsUnknown(companion, mapper, builders) {
  for (const target of mapper.targets) {
    const value = companion.values[target.attr];
    const values = Array.isArray(value) ? value : [value];
    const undecided = isUnknownAttr(companion, target.attr) || values.some((v, i) => v === void 0 || v === null || Array.isArray(value) && isUnknownAttr(companion, `${target.attr}[${i}]`));
    if (!undecided) continue;
    const candidates = [...builders].filter(([tf]) => target.parentTypes.includes(tf.type) && typeof PARENT_KEY[tf.type]?.(tf.values) !== "string");
    if (candidates.length === 0) continue;
    const scratch = new ResourceBuilder(candidates[0][1].type, candidates[0][0]);
    mapper.fold(scratch, companion, target);
    const written = scratch.finish();
    const properties = /* @__PURE__ */ new Set([...Object.keys(written.properties), ...(written.unknown ?? []).map((path) => String(parsePath(path)[0]))]);
    for (const [, builder] of candidates) for (const property of properties) builder.markUnknown(property);
  }
}
function mapTerraform(input) {
  const tf = input.map(applyUnsetComputedDefaults);
  const builders = /* @__PURE__ */ new Map();
  const companions = [];
  const unmapped = [];
  for (const resource of tf) {
    const mapper = RESOURCE_MAPPERS.get(resource.type);
    const companion = COMPANION_MAPPERS.get(resource.type);
    const awsccType = cfnTypeOfAwscc(resource.type);
    if (mapper) builders.set(resource, mapper.map(resource));
    else if (companion) companions.push([resource, companion]);
    else if (awsccType) builders.set(resource, mapAwscc(resource, awsccType));
    else unmapped.push({ address: resource.address, type: resource.type });
  }
  const index = new ParentIndex(tf);
  const standalone = [];
  for (const [resource, mapper] of companions) {
    if (mapper.standalone) {
      const parent = singleParentOf(resource, mapper, index, (p) => builders.has(p));
      if (parent) mapper.fold(builders.get(parent[0]), resource, parent[1]);
      else standalone.push(...mapper.standalone(resource));
      continue;
    }
    const parents = parentsOf(resource, mapper, index).filter(([p]) => builders.has(p));
    if (parents.length === 0) {
      unmapped.push({ address: resource.address, type: resource.type });
      markPossibleParentsUnknown(resource, mapper, builders);
    }
    for (const [parent, target] of parents) mapper.fold(builders.get(parent), resource, target);
  }
  const all = [...builders.values(), ...standalone, ...inlineBucketPolicies(tf, index)];
  const resources = [];
  for (const builder of all) {
    builder.linkReferences((attrName) => index.referencedAddresses(builder.tf, attrName));
    resources.push(builder.finish());
  }
  return { resources, unmapped };
}

// src/rules/helpers.ts
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
function containsRedacted(value) {
  if (isRedacted(value)) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (containsRedacted(item)) return true;
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) if (containsRedacted(value[key])) return true;
  }
  return false;
}
function unknownOverlaps(resource, path) {
  const unknown = resource.unknown;
  if (unknown === void 0) return false;
  for (const u of unknown) if (pathsOverlap(u, path)) return true;
  return false;
}
function walkUnredacted(resource, path) {
  let current = resource.properties;
  if (isRedacted(current)) return UNKNOWN;
  for (const step of parsePath(path)) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[step];
    if (isRedacted(current)) return UNKNOWN;
  }
  return current;
}
function read(resource, path) {
  if (!isPropertyRead(resource, path) || unknownOverlaps(resource, path)) return UNKNOWN;
  const value = walkUnredacted(resource, path);
  return value !== UNKNOWN && containsRedacted(value) ? UNKNOWN : value;
}
function readNode(resource, path) {
  if (!isPropertyRead(resource, path) || (resource.unknown ?? []).some((u) => isUnder(path, u))) return UNKNOWN;
  return walkUnredacted(resource, path);
}
function readList(resource, path) {
  const node = readNode(resource, path);
  if (node === UNKNOWN) return UNKNOWN;
  return Array.isArray(node) ? node : [];
}
function isUnknown(value) {
  return value === UNKNOWN;
}
function and(...facts) {
  if (facts.some((f) => f === false)) return false;
  return facts.some((f) => f === UNKNOWN) ? UNKNOWN : true;
}
function or(...facts) {
  if (facts.some((f) => f === true)) return true;
  return facts.some((f) => f === UNKNOWN) ? UNKNOWN : false;
}
function holds(value, predicate) {
  return value === UNKNOWN ? UNKNOWN : predicate(value);
}
function isTrue(value) {
  return value === true || value === "true";
}
function nameOf(resource) {
  return resource.id ?? resource.address ?? `new ${resource.type}`;
}
function pass(message, path) {
  return path === void 0 ? { status: "pass", message } : { status: "pass", message, path };
}
function fail(message, path) {
  return path === void 0 ? { status: "fail", message } : { status: "fail", message, path };
}
function unknownAt(resource, path, what = path, why = "is known only after apply (or is hidden)") {
  return { status: "unknown", message: `${nameOf(resource)}: ${what} ${why}, so this cannot be judged yet`, path };
}
var NOT_IN_CODE = "is not set in the code and depends on the existing resource";
function isNewInPlan(resource) {
  return resource.origin === "plan" && (resource.action === "create" || resource.action === "replace");
}
function joinOn(view, type, keyPath, owner, ownKeyPath, filter = () => true) {
  const key = ownKey(owner, ownKeyPath);
  const index = joinIndex(view.ofType(type), keyPath);
  const byReference = owner.address === void 0 ? void 0 : index.byReference.get(owner.address);
  const byKey = key === UNKNOWN ? void 0 : index.byKey.get(key);
  const matches2 = [];
  const undecided = [];
  for (const position of mergePositions(byReference, byKey, index.unknownKey)) {
    const candidate = index.candidates[position];
    const refs = candidate.references?.[keyPath] ?? [];
    let keyMatches;
    if (owner.address !== void 0 && refs.includes(owner.address)) keyMatches = true;
    else if (index.keys[position] === UNKNOWN) keyMatches = refs.length > 0 ? false : UNKNOWN;
    else keyMatches = key === UNKNOWN ? false : index.keys[position] === key;
    if (keyMatches === false) continue;
    const belongs = and(filter(candidate), keyMatches);
    if (belongs === true) matches2.push(candidate);
    else if (belongs === UNKNOWN) undecided.push(candidate);
  }
  return { matches: matches2, undecided };
}
var joinIndexes = /* @__PURE__ */ new WeakMap();
function joinIndex(candidates, keyPath) {
  let perPath = joinIndexes.get(candidates);
  if (perPath === void 0) joinIndexes.set(candidates, perPath = /* @__PURE__ */ new Map());
  let index = perPath.get(keyPath);
  if (index !== void 0) return index;
  index = { candidates, keys: [], byKey: /* @__PURE__ */ new Map(), byReference: /* @__PURE__ */ new Map(), unknownKey: [] };
  for (let position = 0; position < candidates.length; position++) {
    const candidate = candidates[position];
    const refs = candidate.references?.[keyPath] ?? [];
    const candidateKey = read(candidate, keyPath);
    index.keys.push(candidateKey);
    for (const address of new Set(refs)) pushTo(index.byReference, address, position);
    if (candidateKey !== UNKNOWN) pushTo(index.byKey, candidateKey, position);
    else if (refs.length === 0) index.unknownKey.push(position);
  }
  perPath.set(keyPath, index);
  return index;
}
function pushTo(map, key, position) {
  const list = map.get(key);
  if (list === void 0) map.set(key, [position]);
  else list.push(position);
}
function mergePositions(...lists) {
  const present = lists.filter((l) => l !== void 0 && l.length > 0);
  if (present.length === 0) return [];
  if (present.length === 1) return present[0];
  return [...new Set(present.flat())].sort((a, b) => a - b);
}
function sameAccount(fact, resource) {
  return fact.account === void 0 || resource.account === void 0 || fact.account === resource.account;
}
function ownKey(resource, path) {
  const value = read(resource, path);
  if (value === UNKNOWN) return UNKNOWN;
  if (typeof value === "string" && value !== "") return value;
  return resource.id ?? UNKNOWN;
}
function referencedBy(view, from, property, type, targetKeyPath) {
  const refs = from.references?.[property] ?? [];
  const value = read(from, property);
  return view.ofType(type).filter((target) => {
    if (target.address !== void 0 && refs.includes(target.address)) return true;
    return value !== UNKNOWN && value !== void 0 && value !== null && value !== "" && ownKey(target, targetKeyPath) === value;
  });
}
function asList(value) {
  if (value === void 0 || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
function statementsOf(document) {
  let doc = document;
  if (typeof doc === "string") {
    try {
      doc = JSON.parse(doc);
    } catch {
      return [];
    }
  }
  if (doc === null || typeof doc !== "object") return [];
  return asList(doc.Statement).filter(
    (s) => s !== null && typeof s === "object" && !Array.isArray(s)
  );
}
function isAllow(statement) {
  return typeof statement.Effect === "string" && statement.Effect.toLowerCase() === "allow";
}
function grantsFullAdmin(statement) {
  if (!isAllow(statement)) return false;
  const actions = asList(statement.Action);
  if (!actions.some((a) => a === "*" || a === "*:*")) return false;
  if (asList(statement.Resource).some((r) => r === "*")) return true;
  const excluded = asList(statement.NotResource);
  return excluded.length > 0 && !excluded.some((r) => r === "*");
}
function isPublicPrincipal(principal) {
  if (principal === "*") return true;
  if (principal !== null && typeof principal === "object" && !Array.isArray(principal)) {
    return asList(principal.AWS).some((p) => p === "*");
  }
  return false;
}
var RESTRICTING_CONDITION_KEYS = new Set(
  [
    "aws:SourceArn",
    "aws:SourceAccount",
    "aws:SourceOwner",
    "aws:SourceVpc",
    "aws:SourceVpce",
    // The account, organisation or OU path that owns the VPC endpoint the request came through.
    "aws:VpceAccount",
    "aws:VpceOrgID",
    "aws:VpceOrgPaths",
    "aws:SourceIp",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
    "aws:PrincipalArn",
    "aws:PrincipalAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:userid",
    "aws:username",
    "aws:ResourceAccount",
    "aws:ResourceOrgID",
    "s3:DataAccessPointAccount",
    "s3:DataAccessPointArn"
  ].map((k) => k.toLowerCase())
);
var CONFINING_OPERATORS = /* @__PURE__ */ new Set(["stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress"]);
function baseOperator(operator) {
  const op = operator.toLowerCase();
  return op.startsWith("foranyvalue:") ? op.slice("foranyvalue:".length) : op;
}
function confiningOperator(operator) {
  return CONFINING_OPERATORS.has(baseOperator(operator));
}
var ARN_CONDITION_KEYS = /* @__PURE__ */ new Set(["aws:principalarn", "aws:sourcearn", "s3:dataaccesspointarn"]);
var WILDCARD_OPERATORS = /* @__PURE__ */ new Set(["stringlike", "arnlike", "arnequals"]);
function admitsAnyone(value, key, operator) {
  if (typeof value !== "string") return false;
  const v = value.trim();
  if (/^\*+$/.test(v) || /\/0+$/.test(v)) return true;
  const op = baseOperator(operator);
  return ARN_CONDITION_KEYS.has(key) && WILDCARD_OPERATORS.has(op) && arnPatternAdmitsAnyOwner(v, op === "stringlike");
}
function arnPatternAdmitsAnyOwner(pattern, wildcardsSpanFields) {
  const fields = pattern.split(":");
  if (fields.length < 6) return wildcardsSpanFields && pattern.includes("*");
  const account = fields[4];
  if (/[*?]/.test(account)) return true;
  const resource = fields.slice(5).join(":");
  return account === "" && /^[*?/:]+$/.test(resource) && /[*?]/.test(resource);
}
function hasRestrictingCondition(statement) {
  const condition = statement.Condition;
  if (condition === null || typeof condition !== "object") return false;
  return Object.entries(condition).some(
    ([operator, block2]) => confiningOperator(operator) && block2 !== null && typeof block2 === "object" && Object.entries(block2).some(([key, value]) => {
      const name = key.toLowerCase();
      const values = asList(value);
      return RESTRICTING_CONDITION_KEYS.has(name) && values.length > 0 && !values.some((v) => admitsAnyone(v, name, operator));
    })
  );
}
function isInternetCidr(value) {
  return typeof value === "string" && /\/0+$/.test(value.trim());
}
function protocolOf(value) {
  if (value === UNKNOWN) return UNKNOWN;
  const p = String(value).toLowerCase();
  if (p === "-1" || p === "all") return "all";
  if (p === "6") return "tcp";
  return p;
}
function readIngressEntry(resource, entryPath) {
  const at = (field) => entryPath === "" ? field : `${entryPath}.${field}`;
  return {
    fromInternet: or(holds(read(resource, at("CidrIp")), isInternetCidr), holds(read(resource, at("CidrIpv6")), isInternetCidr)),
    protocol: protocolOf(read(resource, at("IpProtocol"))),
    fromPort: read(resource, at("FromPort")),
    toPort: read(resource, at("ToPort"))
  };
}
var ingressEntries = /* @__PURE__ */ new WeakMap();
function ingressEntriesOf(resource, list) {
  const cached = ingressEntries.get(list);
  if (cached !== void 0 && cached.unknown === resource.unknown && cached.entries.length === list.length) return cached.entries;
  const entries = list.map((_, i) => readIngressEntry(resource, `SecurityGroupIngress[${i}]`));
  ingressEntries.set(list, { unknown: resource.unknown, entries });
  return entries;
}
function entryOpens(entry, target) {
  const { fromInternet, protocol, fromPort, toPort } = entry;
  const allProtocols = protocol === UNKNOWN ? UNKNOWN : protocol === "all";
  const portsKnown = fromPort !== UNKNOWN && toPort !== UNKNOWN;
  const from = portsKnown ? Number(fromPort) : NaN;
  const to = portsKnown ? Number(toPort) : NaN;
  let portMatch;
  if (target === "all-ports") {
    portMatch = portsKnown ? from <= 0 && to >= 65535 : UNKNOWN;
  } else {
    const tcp = protocol === UNKNOWN ? UNKNOWN : protocol === "tcp";
    portMatch = and(tcp, portsKnown ? from <= target.tcpPort && target.tcpPort <= to : UNKNOWN);
  }
  return and(fromInternet, or(allProtocols, portMatch));
}
function findOpenIngress(resource, target) {
  const list = readList(resource, "SecurityGroupIngress");
  if (list === UNKNOWN) return { verdict: UNKNOWN, path: "SecurityGroupIngress" };
  const entries = ingressEntriesOf(resource, list);
  let undecided;
  for (let i = 0; i < entries.length; i++) {
    const path = `SecurityGroupIngress[${i}]`;
    const verdict = entryOpens(entries[i], target);
    if (verdict === true) return { verdict: true, path };
    if (verdict === UNKNOWN && undecided === void 0) undecided = path;
  }
  return undecided === void 0 ? { verdict: false } : { verdict: UNKNOWN, path: undecided };
}
var SECURITY_GROUP_INGRESS_TYPE = "AWS::EC2::SecurityGroupIngress";
var standaloneEntries = /* @__PURE__ */ new WeakMap();
function standaloneEntry(rule) {
  let entry = standaloneEntries.get(rule);
  if (entry === void 0) standaloneEntries.set(rule, entry = readIngressEntry(rule, ""));
  return entry;
}
function ruleName(rule) {
  return rule.part === void 0 ? nameOf(rule) : `${nameOf(rule)} (${rule.part})`;
}
function judgeOpenIngress(resource, view, target, what) {
  if (resource.type === SECURITY_GROUP_INGRESS_TYPE) {
    const verdict = entryOpens(standaloneEntry(resource), target);
    const name = ruleName(resource);
    if (verdict === true) {
      const source = read(resource, "CidrIpv6") !== void 0 && read(resource, "CidrIp") === void 0 ? "CidrIpv6" : "CidrIp";
      return fail(`Security group rule ${name} allows ${what} from the internet (0.0.0.0/0 or ::/0)`, source);
    }
    if (verdict === UNKNOWN) {
      const path = ["CidrIp", "CidrIpv6", "IpProtocol", "FromPort", "ToPort"].find((field) => read(resource, field) === UNKNOWN) ?? "IpProtocol";
      return unknownAt(resource, path, `${path} of ${name}`);
    }
    return pass(`Security group rule ${name} does not allow ${what} from the internet`);
  }
  const found = findOpenIngress(resource, target);
  if (found.verdict === true) {
    return fail(`Security group ${nameOf(resource)} allows ${what} from the internet (0.0.0.0/0 or ::/0)`, found.path);
  }
  const rules = joinOn(view, SECURITY_GROUP_INGRESS_TYPE, "GroupId", resource, "GroupId", (rule) => entryOpens(standaloneEntry(rule), target));
  if (rules.matches.length > 0) {
    return fail(`Security group ${nameOf(resource)} allows ${what} from the internet (0.0.0.0/0 or ::/0) through ${ruleName(rules.matches[0])}`, "SecurityGroupIngress");
  }
  if (found.verdict === UNKNOWN) return unknownAt(resource, found.path ?? "SecurityGroupIngress", "an ingress rule");
  if (rules.undecided.length > 0) {
    const more = rules.undecided.length > 1 ? ` and ${rules.undecided.length - 1} more` : "";
    return unknownAt(
      resource,
      "SecurityGroupIngress",
      `security group rule ${ruleName(rules.undecided[0])}${more}, which allows ${what} from the internet and whose group could not be determined,`,
      "might belong to it"
    );
  }
  return pass(`Security group ${nameOf(resource)} does not allow ${what} from the internet`, "SecurityGroupIngress");
}

export {
  SEVERITIES,
  InputError,
  RunError,
  parseRoleArn,
  CHAINED_MAX_DURATION_SECONDS,
  isAssumedRoleArn,
  validateAuthSettings,
  parsePath,
  formatPath,
  joinPath,
  pathsOverlap,
  isUnder,
  isPropertyRead,
  redactStringsWhere,
  isRedacted,
  markerPaths,
  stringsAtPaths,
  isSecretName,
  looksLikeSecretValue,
  secretLookingPaths,
  freeFormPayloadPaths,
  runSecretValues,
  SCHEMA_DATA,
  schemaFacts,
  PASSWORD_POLICY_TYPE,
  EBS_ENCRYPTION_BY_DEFAULT_TYPE,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  ACCOUNT_SUMMARY_TYPE,
  CREDENTIAL_REPORT_TYPE,
  DEFAULT_LIVE_TYPES,
  isGlobalType,
  LIST_ONLY_NOTE,
  GLOBAL_REGION,
  FACT_TYPES,
  knownLiveType,
  compileGlob,
  matchesGlob,
  globMatch,
  jsonErrorPlace,
  lineAndColumn,
  configAddress,
  normalizeRuleEntry,
  UNSET_COMPUTED_DEFAULTS,
  mapTerraform,
  UNKNOWN,
  read,
  readNode,
  readList,
  isUnknown,
  or,
  holds,
  isTrue,
  nameOf,
  pass,
  fail,
  unknownAt,
  NOT_IN_CODE,
  isNewInPlan,
  joinOn,
  sameAccount,
  ownKey,
  referencedBy,
  asList,
  statementsOf,
  grantsFullAdmin,
  isPublicPrincipal,
  hasRestrictingCondition,
  judgeOpenIngress,
  maskAccountId,
  writeFileSafely,
  buildInventoryFile,
  writeInventoryFile,
  readInventoryFile
};
