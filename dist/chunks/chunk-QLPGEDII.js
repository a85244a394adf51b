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
  const fail = (reason, at = i) => {
    throw { offset: at, reason };
  };
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const unexpected = () => i >= text.length ? fail("unexpected end of input") : fail(describeUnexpected(text[i]));
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
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("bad \\u escape in a string", i);
          i += 6;
        } else if (esc !== void 0 && '"\\/bfnrt'.includes(esc)) i += 2;
        else fail("bad escape in a string", i);
        continue;
      }
      if (ch.charCodeAt(0) < 32) fail("control character in a string");
      i++;
    }
    fail("unterminated string");
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") unexpected();
    i += m[0].length;
  };
  const value = (depth) => {
    if (depth > 2e3) fail("nested more than 2,000 levels deep");
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
        if (text[i] !== '"') fail(i >= text.length ? "unexpected end of input" : "expected a double-quoted property name");
        str();
        ws();
        if (text[i] !== ":") fail(i >= text.length ? "unexpected end of input" : "expected ':' after a property name");
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
        fail(i >= text.length ? "unexpected end of input" : "expected ',' or '}'");
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
        fail(i >= text.length ? "unexpected end of input" : "expected ',' or ']'");
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
    if (i < text.length) fail("unexpected text after the JSON value");
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
  for (const step of steps) out = appendStep(out, step);
  return out;
}
function appendStep(path, step) {
  if (typeof step === "number") return `${path}[${step}]`;
  if (isPlainStep(step)) return path === "" ? step : `${path}.${step}`;
  return `${path}[${JSON.stringify(step)}]`;
}
function isPlainStep(step) {
  if (step.length === 0) return false;
  for (let i = 0; i < step.length; i++) {
    const c = step.charCodeAt(i);
    const plain = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 58 || c === 95 || c === 45;
    if (!plain) return false;
  }
  return true;
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
  const read = resource.readProperties;
  if (read === void 0) return true;
  const first = parsePath(path)[0];
  return typeof first === "string" && read.includes(first);
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
function appendMarkerPaths(marker, path, out) {
  if (marker === true) out.push(path);
  else if (marker !== null && typeof marker === "object") collectMarkerPaths(marker, path, out);
}
function collectMarkerPaths(marker, path, out) {
  if (Array.isArray(marker)) {
    for (let i = 0; i < marker.length; i++) {
      const item = marker[i];
      if (item === true) out.push(appendStep(path, i));
      else if (item !== null && typeof item === "object" && !isEmptyContainer(item)) collectMarkerPaths(item, appendStep(path, i), out);
    }
    return;
  }
  for (const key in marker) {
    const item = marker[key];
    if (item === true) out.push(appendStep(path, key));
    else if (item !== null && typeof item === "object" && !isEmptyContainer(item)) collectMarkerPaths(item, appendStep(path, key), out);
  }
}
function isEmptyContainer(value) {
  return Array.isArray(value) ? value.length === 0 : !hasKeys(value);
}
function hasKeys(object) {
  for (const _ in object) return true;
  return false;
}
function stringsAtPaths(values2, paths) {
  const found = /* @__PURE__ */ new Set();
  const collect = (value) => {
    if (typeof value === "string") found.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
  };
  for (const path of paths) collect(path === "" ? values2 : getPath(values2, path));
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
  const first = steps[0];
  if (first !== void 0 && first !== "*" && first !== "[*]") {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
    const at2 = value[first];
    if (at2 === void 0 || at2 === null) return [];
  }
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
var FRAMEWORK_IDS = ["cis-aws-3.0", "cis-aws-4.0", "cis-aws-5.0", "aws-fsbp"];
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
var INVENTORY_SCHEMA_VERSION = 2;
var INVENTORY_KIND = "plumbline-inventory";
var READABLE_SCHEMA_VERSIONS = [1, INVENTORY_SCHEMA_VERSION];
var READ_MODES = ["full", "list-enriched", "list-only"];
var V1_LIST_ONLY_NOTE = "read from list properties only";
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
function upgradeV1CoverageEntry(entry) {
  if (entry.read === void 0 && typeof entry.note === "string" && entry.note.startsWith(V1_LIST_ONLY_NOTE)) entry.read = "list-only";
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
  const version = file.schemaVersion;
  if (typeof version !== "number" || !READABLE_SCHEMA_VERSIONS.includes(version)) {
    throw new InputError(
      `${inputName}: ${shownPath} has inventory schema version ${JSON.stringify(version)}, this Plumbline reads versions ${READABLE_SCHEMA_VERSIONS.join(" and ")}; scan again with this version or use the Plumbline version that wrote it`
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
  file.coverage.forEach((c, i) => {
    if (!c || typeof c !== "object") throw new InputError(`${inputName}: ${shownPath} coverage entry #${i + 1} is not an object; the file is damaged, scan again`);
    if (version === 1) upgradeV1CoverageEntry(c);
    else if (c.read !== void 0 && !READ_MODES.includes(c.read)) {
      throw new InputError(`${inputName}: ${shownPath} coverage entry #${i + 1} has read ${JSON.stringify(c.read)}, not one of ${READ_MODES.join(", ")}; the file is damaged, scan again`);
    }
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
function validateAuthSettings(settings, nameOf) {
  if (settings.roleToAssume !== void 0 && !parseRoleArn(settings.roleToAssume)) {
    throw new InputError(
      `${nameOf("role-to-assume")}: "${settings.roleToAssume}" is not an IAM role ARN; give the full ARN (${ROLE_ARN_SHAPE}).`
    );
  }
  for (const arn of settings.additionalRoleArns) {
    if (!parseRoleArn(arn)) {
      throw new InputError(
        `${nameOf("additional-role-arns")}: "${arn}" is not an IAM role ARN; list full role ARNs (${ROLE_ARN_SHAPE}), one per line or comma-separated.`
      );
    }
  }
  if (settings.audience.trim() === "") {
    throw new InputError(`${nameOf("audience")} is empty; leave it unset for sts.amazonaws.com or give the audience your OIDC provider expects.`);
  }
  if (!SESSION_NAME.test(settings.roleSessionName)) {
    throw new InputError(
      `${nameOf("role-session-name")}: "${settings.roleSessionName}" is not a valid session name; use 2 to 64 characters of letters, digits and + = , . @ _ -.`
    );
  }
  const duration = settings.roleDurationSeconds;
  if (!Number.isInteger(duration) || duration < MIN_DURATION_SECONDS || duration > MAX_DURATION_SECONDS) {
    throw new InputError(
      `${nameOf("role-duration-seconds")}: ${duration} is out of range; give whole seconds from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS} (and at most the role's maximum session duration).`
    );
  }
  for (const id of settings.allowedAccountIds) {
    if (!ACCOUNT_ID.test(id)) {
      throw new InputError(`${nameOf("allowed-account-ids")}: "${id}" is not an AWS account id; list 12-digit account ids.`);
    }
  }
  if (settings.roleExternalId !== void 0 && !EXTERNAL_ID.test(settings.roleExternalId)) {
    throw new InputError(
      `${nameOf("role-external-id")} is not a valid external id; use 2 to 1224 characters of letters, digits and + = , . @ : / _ -.`
    );
  }
}

// src/model/facts.ts
var PASSWORD_POLICY_TYPE = "Plumbline::IAM::PasswordPolicy";
var EBS_ENCRYPTION_BY_DEFAULT_TYPE = "Plumbline::EC2::EbsEncryptionByDefault";
var ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = "Plumbline::S3::AccountPublicAccessBlock";
var ACCOUNT_SUMMARY_TYPE = "Plumbline::IAM::AccountSummary";
var CREDENTIAL_REPORT_TYPE = "Plumbline::IAM::CredentialReport";
var CONFIG_RECORDER_STATUS_TYPE = "Plumbline::Config::RecorderStatus";
var SERVER_CERTIFICATES_TYPE = "Plumbline::IAM::ServerCertificates";
var VIRTUAL_MFA_DEVICES_TYPE = "Plumbline::IAM::VirtualMfaDevices";
var BUCKET_VERSIONING_TYPE = "Plumbline::S3::BucketVersioning";
var REGION_TYPE = "Plumbline::Account::Region";
var CONFIG_RECORDER_TYPE = "AWS::Config::ConfigurationRecorder";
var REPORT_COLUMNS = [
  "user",
  "arn",
  "user_creation_time",
  "password_enabled",
  "password_last_used",
  "password_last_changed",
  "password_next_rotation",
  "mfa_active",
  ...[1, 2].flatMap((n) => [
    `access_key_${n}_active`,
    `access_key_${n}_last_rotated`,
    `access_key_${n}_last_used_date`,
    `access_key_${n}_last_used_region`,
    `access_key_${n}_last_used_service`,
    `cert_${n}_active`,
    `cert_${n}_last_rotated`
  ])
];
var SUMMARY_KEYS = [
  "AccessKeysPerUserQuota",
  "AccountAccessKeysPresent",
  "AccountMFAEnabled",
  "AccountPasswordPresent",
  "AccountSigningCertificatesPresent",
  "AttachedPoliciesPerGroupQuota",
  "AttachedPoliciesPerRoleQuota",
  "AttachedPoliciesPerUserQuota",
  "GlobalEndpointTokenVersion",
  "GroupPolicySizeQuota",
  "Groups",
  "GroupsPerUserQuota",
  "GroupsQuota",
  "InstanceProfiles",
  "InstanceProfilesQuota",
  "MFADevices",
  "MFADevicesInUse",
  "Policies",
  "PoliciesQuota",
  "PolicySizeQuota",
  "PolicyVersionsInUse",
  "PolicyVersionsInUseQuota",
  "Providers",
  "RolePolicySizeQuota",
  "Roles",
  "RolesQuota",
  "ServerCertificates",
  "ServerCertificatesQuota",
  "SigningCertificatesPerUserQuota",
  "UserPolicySizeQuota",
  "Users",
  "UsersQuota",
  "VersionsPerPolicyQuota"
];
var values = (names) => Object.fromEntries(names.map((name) => [name, 0]));
var FACT_PROPERTIES = {
  [PASSWORD_POLICY_TYPE]: values([
    "MinimumPasswordLength",
    "RequireSymbols",
    "RequireNumbers",
    "RequireUppercaseCharacters",
    "RequireLowercaseCharacters",
    "AllowUsersToChangePassword",
    "ExpirePasswords",
    "MaxPasswordAge",
    "PasswordReusePrevention",
    "HardExpiry"
  ]),
  [EBS_ENCRYPTION_BY_DEFAULT_TYPE]: values(["EbsEncryptionByDefault"]),
  [ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE]: values(["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]),
  [ACCOUNT_SUMMARY_TYPE]: values(SUMMARY_KEYS),
  [CREDENTIAL_REPORT_TYPE]: { GeneratedTime: 0, Users: values(REPORT_COLUMNS) },
  [CONFIG_RECORDER_STATUS_TYPE]: values(["Name", "Recording", "LastStatus"]),
  [VIRTUAL_MFA_DEVICES_TYPE]: { Devices: values(["SerialNumber", "UserArn"]) },
  [SERVER_CERTIFICATES_TYPE]: { ListedAt: 0, Certificates: values(["ServerCertificateName", "ServerCertificateId", "Arn", "Path", "UploadDate", "Expiration"]) },
  [BUCKET_VERSIONING_TYPE]: values(["Bucket", "Status", "MFADelete"]),
  [REGION_TYPE]: values(["AccountId", "Region", "ScannedTypes", "UnreadTypes", "DeletedTypes"])
};
var FACT_TYPES = [
  ACCOUNT_SUMMARY_TYPE,
  PASSWORD_POLICY_TYPE,
  CREDENTIAL_REPORT_TYPE,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  EBS_ENCRYPTION_BY_DEFAULT_TYPE,
  CONFIG_RECORDER_STATUS_TYPE,
  CONFIG_RECORDER_TYPE,
  SERVER_CERTIFICATES_TYPE,
  VIRTUAL_MFA_DEVICES_TYPE,
  BUCKET_VERSIONING_TYPE
];
function regionResource(region, account, origin, scannedTypes) {
  const properties = { Region: region };
  if (account !== void 0) properties.AccountId = account;
  if (scannedTypes !== void 0) properties.ScannedTypes = [...scannedTypes].sort();
  const resource = { type: REGION_TYPE, id: account === void 0 ? region : `${account}/${region}`, region, origin, properties };
  if (account !== void 0) resource.account = account;
  return resource;
}

// src/model/schema-data.ts
var SCHEMA_DATA = { "AWS::AccessAnalyzer::Analyzer": { "primaryIdentifier": ["Arn"], "readOnly": ["Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["access-analyzer:ListAnalyzers"], "readPermissions": ["access-analyzer:ListAnalyzers", "access-analyzer:GetAnalyzer", "access-analyzer:ListArchiveRules"], "properties": { "AnalyzerConfiguration": { "UnusedAccessConfiguration": { "UnusedAccessAge": 0 } }, "AnalyzerName": 0, "ArchiveRules": { "Filter": { "Contains": 0, "Eq": 0, "Exists": 0, "Neq": 0, "Property": 0 }, "RuleName": 0 }, "Arn": 0, "Tags": { "Key": 0, "Value": 0 }, "Type": 0 }, "kinds": { "AnalyzerConfiguration.UnusedAccessConfiguration.UnusedAccessAge": "i", "ArchiveRules": "[", "ArchiveRules.Filter": "[", "ArchiveRules.Filter.Contains": "[s", "ArchiveRules.Filter.Eq": "[s", "ArchiveRules.Filter.Exists": "b", "ArchiveRules.Filter.Neq": "[s", "Tags": "[" } }, "AWS::CloudTrail::Trail": { "primaryIdentifier": ["TrailName"], "readOnly": ["Arn", "SnsTopicArn"], "writeOnly": [], "listRequires": [], "listPermissions": ["CloudTrail:ListTrails", "CloudTrail:GetTrail", "CloudTrail:GetTrailStatus", "CloudTrail:ListTags", "CloudTrail:GetEventSelectors", "CloudTrail:GetInsightSelectors", "CloudTrail:DescribeTrails"], "readPermissions": ["CloudTrail:GetTrail", "CloudTrail:GetTrailStatus", "CloudTrail:ListTags", "CloudTrail:GetEventSelectors", "CloudTrail:GetInsightSelectors", "CloudTrail:DescribeTrails"], "properties": { "AdvancedEventSelectors": { "FieldSelectors": { "EndsWith": 0, "Equals": 0, "Field": 0, "NotEndsWith": 0, "NotEquals": 0, "NotStartsWith": 0, "StartsWith": 0 }, "Name": 0 }, "Arn": 0, "CloudWatchLogsLogGroupArn": 0, "CloudWatchLogsRoleArn": 0, "EnableLogFileValidation": 0, "EventSelectors": { "DataResources": { "Type": 0, "Values": 0 }, "ExcludeManagementEventSources": 0, "IncludeManagementEvents": 0, "ReadWriteType": 0 }, "IncludeGlobalServiceEvents": 0, "InsightSelectors": { "InsightType": 0 }, "IsLogging": 0, "IsMultiRegionTrail": 0, "IsOrganizationTrail": 0, "KMSKeyId": 0, "S3BucketName": 0, "S3KeyPrefix": 0, "SnsTopicArn": 0, "SnsTopicName": 0, "Tags": { "Key": 0, "Value": 0 }, "TrailName": 0 }, "kinds": { "AdvancedEventSelectors": "[", "AdvancedEventSelectors.FieldSelectors": "[", "AdvancedEventSelectors.FieldSelectors.EndsWith": "[s", "AdvancedEventSelectors.FieldSelectors.Equals": "[s", "AdvancedEventSelectors.FieldSelectors.NotEndsWith": "[s", "AdvancedEventSelectors.FieldSelectors.NotEquals": "[s", "AdvancedEventSelectors.FieldSelectors.NotStartsWith": "[s", "AdvancedEventSelectors.FieldSelectors.StartsWith": "[s", "EnableLogFileValidation": "b", "EventSelectors": "[", "EventSelectors.DataResources": "[", "EventSelectors.DataResources.Values": "[s", "EventSelectors.ExcludeManagementEventSources": "[s", "EventSelectors.IncludeManagementEvents": "b", "IncludeGlobalServiceEvents": "b", "InsightSelectors": "[", "IsLogging": "b", "IsMultiRegionTrail": "b", "IsOrganizationTrail": "b", "Tags": "[" } }, "AWS::CloudWatch::Alarm": { "primaryIdentifier": ["AlarmName"], "readOnly": ["Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["cloudwatch:DescribeAlarms"], "readPermissions": ["cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource"], "properties": { "ActionsEnabled": 0, "AlarmActions": 0, "AlarmDescription": 0, "AlarmName": 0, "Arn": 0, "ComparisonOperator": 0, "DatapointsToAlarm": 0, "Dimensions": { "Name": 0, "Value": 0 }, "EvaluateLowSampleCountPercentile": 0, "EvaluationPeriods": 0, "ExtendedStatistic": 0, "InsufficientDataActions": 0, "MetricName": 0, "Metrics": { "AccountId": 0, "Expression": 0, "Id": 0, "Label": 0, "MetricStat": { "Metric": { "Dimensions": { "Name": 0, "Value": 0 }, "MetricName": 0, "Namespace": 0 }, "Period": 0, "Stat": 0, "Unit": 0 }, "Period": 0, "ReturnData": 0 }, "Namespace": 0, "OKActions": 0, "Period": 0, "Statistic": 0, "Tags": { "Key": 0, "Value": 0 }, "Threshold": 0, "ThresholdMetricId": 0, "TreatMissingData": 0, "Unit": 0 }, "kinds": { "ActionsEnabled": "b", "AlarmActions": "[s", "DatapointsToAlarm": "i", "Dimensions": "[", "EvaluationPeriods": "i", "InsufficientDataActions": "[s", "Metrics": "[", "Metrics.MetricStat.Metric.Dimensions": "[", "Metrics.MetricStat.Period": "i", "Metrics.Period": "i", "Metrics.ReturnData": "b", "OKActions": "[s", "Period": "i", "Tags": "[", "Threshold": "n" } }, "AWS::Config::ConfigurationRecorder": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": [], "readPermissions": [], "properties": { "Id": 0, "Name": 0, "RecordingGroup": { "AllSupported": 0, "ExclusionByResourceTypes": { "ResourceTypes": 0 }, "IncludeGlobalResourceTypes": 0, "RecordingStrategy": { "UseOnly": 0 }, "ResourceTypes": 0 }, "RecordingMode": { "RecordingFrequency": 0, "RecordingModeOverrides": { "Description": 0, "RecordingFrequency": 0, "ResourceTypes": 0 } }, "RoleARN": 0 }, "kinds": { "RecordingGroup.AllSupported": "b", "RecordingGroup.ExclusionByResourceTypes.ResourceTypes": "[s", "RecordingGroup.IncludeGlobalResourceTypes": "b", "RecordingGroup.ResourceTypes": "[s", "RecordingMode.RecordingModeOverrides": "[", "RecordingMode.RecordingModeOverrides.ResourceTypes": "[s" } }, "AWS::DynamoDB::Table": { "primaryIdentifier": ["TableName"], "readOnly": ["Arn", "StreamArn"], "writeOnly": ["ImportSourceSpecification"], "listRequires": [], "listPermissions": ["dynamodb:ListTables"], "readPermissions": ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeContributorInsights", "dynamodb:DescribeKinesisStreamingDestination", "dynamodb:ListTagsOfResource", "dynamodb:GetResourcePolicy"], "properties": { "Arn": 0, "AttributeDefinitions": { "AttributeName": 0, "AttributeType": 0 }, "BillingMode": 0, "ContributorInsightsSpecification": { "Enabled": 0 }, "DeletionProtectionEnabled": 0, "GlobalSecondaryIndexes": { "ContributorInsightsSpecification": { "Enabled": 0 }, "IndexName": 0, "KeySchema": { "AttributeName": 0, "KeyType": 0 }, "OnDemandThroughput": { "MaxReadRequestUnits": 0, "MaxWriteRequestUnits": 0 }, "Projection": { "NonKeyAttributes": 0, "ProjectionType": 0 }, "ProvisionedThroughput": { "ReadCapacityUnits": 0, "WriteCapacityUnits": 0 } }, "ImportSourceSpecification": { "InputCompressionType": 0, "InputFormat": 0, "InputFormatOptions": { "Csv": { "Delimiter": 0, "HeaderList": 0 } }, "S3BucketSource": { "S3Bucket": 0, "S3BucketOwner": 0, "S3KeyPrefix": 0 } }, "KeySchema": 0, "KinesisStreamSpecification": { "ApproximateCreationDateTimePrecision": 0, "StreamArn": 0 }, "LocalSecondaryIndexes": { "IndexName": 0, "KeySchema": { "AttributeName": 0, "KeyType": 0 }, "Projection": { "NonKeyAttributes": 0, "ProjectionType": 0 } }, "OnDemandThroughput": { "MaxReadRequestUnits": 0, "MaxWriteRequestUnits": 0 }, "PointInTimeRecoverySpecification": { "PointInTimeRecoveryEnabled": 0 }, "ProvisionedThroughput": { "ReadCapacityUnits": 0, "WriteCapacityUnits": 0 }, "ResourcePolicy": { "PolicyDocument": "json" }, "SSESpecification": { "KMSMasterKeyId": 0, "SSEEnabled": 0, "SSEType": 0 }, "StreamArn": 0, "StreamSpecification": { "ResourcePolicy": { "PolicyDocument": "json" }, "StreamViewType": 0 }, "TableClass": 0, "TableName": 0, "Tags": { "Key": 0, "Value": 0 }, "TimeToLiveSpecification": { "AttributeName": 0, "Enabled": 0 } }, "kinds": { "AttributeDefinitions": "[", "ContributorInsightsSpecification.Enabled": "b", "DeletionProtectionEnabled": "b", "GlobalSecondaryIndexes": "[", "GlobalSecondaryIndexes.ContributorInsightsSpecification.Enabled": "b", "GlobalSecondaryIndexes.KeySchema": "[", "GlobalSecondaryIndexes.OnDemandThroughput.MaxReadRequestUnits": "i", "GlobalSecondaryIndexes.OnDemandThroughput.MaxWriteRequestUnits": "i", "GlobalSecondaryIndexes.Projection.NonKeyAttributes": "[s", "GlobalSecondaryIndexes.ProvisionedThroughput.ReadCapacityUnits": "i", "GlobalSecondaryIndexes.ProvisionedThroughput.WriteCapacityUnits": "i", "ImportSourceSpecification.InputFormatOptions.Csv.HeaderList": "[s", "LocalSecondaryIndexes": "[", "LocalSecondaryIndexes.KeySchema": "[", "LocalSecondaryIndexes.Projection.NonKeyAttributes": "[s", "OnDemandThroughput.MaxReadRequestUnits": "i", "OnDemandThroughput.MaxWriteRequestUnits": "i", "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled": "b", "ProvisionedThroughput.ReadCapacityUnits": "i", "ProvisionedThroughput.WriteCapacityUnits": "i", "SSESpecification.SSEEnabled": "b", "Tags": "[", "TimeToLiveSpecification.Enabled": "b" } }, "AWS::EC2::CustomerGateway": { "primaryIdentifier": ["CustomerGatewayId"], "readOnly": ["CustomerGatewayId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeCustomerGateways"], "readPermissions": ["ec2:DescribeCustomerGateways"], "properties": { "BgpAsn": 0, "BgpAsnExtended": 0, "CertificateArn": 0, "CustomerGatewayId": 0, "DeviceName": 0, "IpAddress": 0, "Tags": { "Key": 0, "Value": 0 }, "Type": 0 }, "kinds": { "BgpAsn": "i", "BgpAsnExtended": "n", "Tags": "[" } }, "AWS::EC2::DHCPOptions": { "primaryIdentifier": ["DhcpOptionsId"], "readOnly": ["DhcpOptionsId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeDhcpOptions"], "readPermissions": ["ec2:DescribeDhcpOptions", "ec2:DescribeTags"], "properties": { "DhcpOptionsId": 0, "DomainName": 0, "DomainNameServers": 0, "Ipv6AddressPreferredLeaseTime": 0, "NetbiosNameServers": 0, "NetbiosNodeType": 0, "NtpServers": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "DomainNameServers": "[s", "Ipv6AddressPreferredLeaseTime": "i", "NetbiosNameServers": "[s", "NetbiosNodeType": "i", "NtpServers": "[s", "Tags": "[" } }, "AWS::EC2::EgressOnlyInternetGateway": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeEgressOnlyInternetGateways"], "readPermissions": ["ec2:DescribeEgressOnlyInternetGateways"], "properties": { "Id": 0, "VpcId": 0 }, "kinds": {} }, "AWS::EC2::EIP": { "primaryIdentifier": ["PublicIp", "AllocationId"], "readOnly": ["PublicIp", "AllocationId"], "writeOnly": ["TransferAddress"], "listRequires": [], "listPermissions": ["ec2:DescribeAddresses"], "readPermissions": ["ec2:DescribeAddresses"], "properties": { "AllocationId": 0, "Domain": 0, "InstanceId": 0, "NetworkBorderGroup": 0, "PublicIp": 0, "PublicIpv4Pool": 0, "Tags": { "Key": 0, "Value": 0 }, "TransferAddress": 0 }, "kinds": { "Tags": "[" } }, "AWS::EC2::FlowLog": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeFlowLogs"], "readPermissions": ["ec2:DescribeFlowLogs"], "properties": { "DeliverCrossAccountRole": 0, "DeliverLogsPermissionArn": 0, "DestinationOptions": { "FileFormat": 0, "HiveCompatiblePartitions": 0, "PerHourPartition": 0 }, "Id": 0, "LogDestination": 0, "LogDestinationType": 0, "LogFormat": 0, "LogGroupName": 0, "MaxAggregationInterval": 0, "ResourceId": 0, "ResourceType": 0, "Tags": { "Key": 0, "Value": 0 }, "TrafficType": 0 }, "kinds": { "DestinationOptions.HiveCompatiblePartitions": "b", "DestinationOptions.PerHourPartition": "b", "MaxAggregationInterval": "i", "Tags": "[" } }, "AWS::EC2::Instance": { "primaryIdentifier": ["InstanceId"], "readOnly": ["InstanceId", "PrivateIp", "PublicDnsName", "PublicIp", "PrivateDnsName", "VpcId", "State"], "writeOnly": ["BlockDeviceMappings[*].NoDevice", "BlockDeviceMappings[*].VirtualName", "LicenseSpecifications", "AdditionalInfo", "Ipv6AddressCount", "Ipv6Addresses", "PropagateTagsToVolumeOnCreation"], "listRequires": [], "listPermissions": ["ec2:DescribeInstances"], "readPermissions": ["ec2:DescribeElasticGpus", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVolumes", "ec2:DescribeInstances", "ec2:DescribeInstanceAttribute", "ec2:DescribeInstanceCreditSpecifications", "ec2:DescribeLaunchTemplates", "elastic-inference:DescribeAccelerators", "ssm:DescribeAssociation", "ssm:ListAssociations"], "properties": { "AdditionalInfo": 0, "Affinity": 0, "AvailabilityZone": 0, "BlockDeviceMappings": { "DeviceName": 0, "Ebs": { "DeleteOnTermination": 0, "Encrypted": 0, "Iops": 0, "KmsKeyId": 0, "SnapshotId": 0, "VolumeSize": 0, "VolumeType": 0 }, "NoDevice": "json", "VirtualName": 0 }, "CpuOptions": { "CoreCount": 0, "ThreadsPerCore": 0 }, "CreditSpecification": { "CPUCredits": 0 }, "DisableApiTermination": 0, "EbsOptimized": 0, "ElasticGpuSpecifications": { "Type": 0 }, "ElasticInferenceAccelerators": { "Count": 0, "Type": 0 }, "EnclaveOptions": { "Enabled": 0 }, "HibernationOptions": { "Configured": 0 }, "HostId": 0, "HostResourceGroupArn": 0, "IamInstanceProfile": 0, "ImageId": 0, "InstanceId": 0, "InstanceInitiatedShutdownBehavior": 0, "InstanceType": 0, "Ipv6AddressCount": 0, "Ipv6Addresses": { "Ipv6Address": 0 }, "KernelId": 0, "KeyName": 0, "LaunchTemplate": { "LaunchTemplateId": 0, "LaunchTemplateName": 0, "Version": 0 }, "LicenseSpecifications": { "LicenseConfigurationArn": 0 }, "Monitoring": 0, "NetworkInterfaces": { "AssociateCarrierIpAddress": 0, "AssociatePublicIpAddress": 0, "DeleteOnTermination": 0, "Description": 0, "DeviceIndex": 0, "GroupSet": 0, "Ipv6AddressCount": 0, "Ipv6Addresses": { "Ipv6Address": 0 }, "NetworkInterfaceId": 0, "PrivateIpAddress": 0, "PrivateIpAddresses": { "Primary": 0, "PrivateIpAddress": 0 }, "SecondaryPrivateIpAddressCount": 0, "SubnetId": 0 }, "PlacementGroupName": 0, "PrivateDnsName": 0, "PrivateDnsNameOptions": { "EnableResourceNameDnsAAAARecord": 0, "EnableResourceNameDnsARecord": 0, "HostnameType": 0 }, "PrivateIp": 0, "PrivateIpAddress": 0, "PropagateTagsToVolumeOnCreation": 0, "PublicDnsName": 0, "PublicIp": 0, "RamdiskId": 0, "SecurityGroupIds": 0, "SecurityGroups": 0, "SourceDestCheck": 0, "SsmAssociations": { "AssociationParameters": { "Key": 0, "Value": 0 }, "DocumentName": 0 }, "State": { "Code": 0, "Name": 0 }, "SubnetId": 0, "Tags": { "Key": 0, "Value": 0 }, "Tenancy": 0, "UserData": 0, "Volumes": { "Device": 0, "VolumeId": 0 }, "VpcId": 0 }, "kinds": { "BlockDeviceMappings": "[", "BlockDeviceMappings.Ebs.DeleteOnTermination": "b", "BlockDeviceMappings.Ebs.Encrypted": "b", "BlockDeviceMappings.Ebs.Iops": "i", "BlockDeviceMappings.Ebs.VolumeSize": "i", "CpuOptions.CoreCount": "i", "CpuOptions.ThreadsPerCore": "i", "DisableApiTermination": "b", "EbsOptimized": "b", "ElasticGpuSpecifications": "[", "ElasticInferenceAccelerators": "[", "ElasticInferenceAccelerators.Count": "i", "EnclaveOptions.Enabled": "b", "HibernationOptions.Configured": "b", "Ipv6AddressCount": "i", "Ipv6Addresses": "[", "LicenseSpecifications": "[", "Monitoring": "b", "NetworkInterfaces": "[", "NetworkInterfaces.AssociateCarrierIpAddress": "b", "NetworkInterfaces.AssociatePublicIpAddress": "b", "NetworkInterfaces.DeleteOnTermination": "b", "NetworkInterfaces.GroupSet": "[s", "NetworkInterfaces.Ipv6AddressCount": "i", "NetworkInterfaces.Ipv6Addresses": "[", "NetworkInterfaces.PrivateIpAddresses": "[", "NetworkInterfaces.PrivateIpAddresses.Primary": "b", "NetworkInterfaces.SecondaryPrivateIpAddressCount": "i", "PrivateDnsNameOptions.EnableResourceNameDnsAAAARecord": "b", "PrivateDnsNameOptions.EnableResourceNameDnsARecord": "b", "PropagateTagsToVolumeOnCreation": "b", "SecurityGroupIds": "[s", "SecurityGroups": "[s", "SourceDestCheck": "b", "SsmAssociations": "[", "SsmAssociations.AssociationParameters": "[", "SsmAssociations.AssociationParameters.Value": "[s", "Tags": "[", "Volumes": "[" } }, "AWS::EC2::InternetGateway": { "primaryIdentifier": ["InternetGatewayId"], "readOnly": ["InternetGatewayId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeInternetGateways"], "readPermissions": ["ec2:DescribeInternetGateways"], "properties": { "InternetGatewayId": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "Tags": "[" } }, "AWS::EC2::LaunchTemplate": { "primaryIdentifier": ["LaunchTemplateId"], "readOnly": ["DefaultVersionNumber", "LaunchTemplateId", "LatestVersionNumber"], "writeOnly": ["LaunchTemplateData", "VersionDescription", "TagSpecifications"], "listRequires": [], "listPermissions": ["ec2:DescribeLaunchTemplates"], "readPermissions": ["ec2:DescribeLaunchTemplates"], "properties": { "DefaultVersionNumber": 0, "LatestVersionNumber": 0, "LaunchTemplateData": { "BlockDeviceMappings": { "DeviceName": 0, "Ebs": { "DeleteOnTermination": 0, "Encrypted": 0, "Iops": 0, "KmsKeyId": 0, "SnapshotId": 0, "Throughput": 0, "VolumeSize": 0, "VolumeType": 0 }, "NoDevice": 0, "VirtualName": 0 }, "CapacityReservationSpecification": { "CapacityReservationPreference": 0, "CapacityReservationTarget": { "CapacityReservationId": 0, "CapacityReservationResourceGroupArn": 0 } }, "CpuOptions": { "AmdSevSnp": 0, "CoreCount": 0, "ThreadsPerCore": 0 }, "CreditSpecification": { "CpuCredits": 0 }, "DisableApiStop": 0, "DisableApiTermination": 0, "EbsOptimized": 0, "ElasticGpuSpecifications": { "Type": 0 }, "ElasticInferenceAccelerators": { "Count": 0, "Type": 0 }, "EnclaveOptions": { "Enabled": 0 }, "HibernationOptions": { "Configured": 0 }, "IamInstanceProfile": { "Arn": 0, "Name": 0 }, "ImageId": 0, "InstanceInitiatedShutdownBehavior": 0, "InstanceMarketOptions": { "MarketType": 0, "SpotOptions": { "BlockDurationMinutes": 0, "InstanceInterruptionBehavior": 0, "MaxPrice": 0, "SpotInstanceType": 0, "ValidUntil": 0 } }, "InstanceRequirements": { "AcceleratorCount": { "Max": 0, "Min": 0 }, "AcceleratorManufacturers": 0, "AcceleratorNames": 0, "AcceleratorTotalMemoryMiB": { "Max": 0, "Min": 0 }, "AcceleratorTypes": 0, "AllowedInstanceTypes": 0, "BareMetal": 0, "BaselineEbsBandwidthMbps": { "Max": 0, "Min": 0 }, "BurstablePerformance": 0, "CpuManufacturers": 0, "ExcludedInstanceTypes": 0, "InstanceGenerations": 0, "LocalStorage": 0, "LocalStorageTypes": 0, "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice": 0, "MemoryGiBPerVCpu": { "Max": 0, "Min": 0 }, "MemoryMiB": { "Max": 0, "Min": 0 }, "NetworkBandwidthGbps": { "Max": 0, "Min": 0 }, "NetworkInterfaceCount": { "Max": 0, "Min": 0 }, "OnDemandMaxPricePercentageOverLowestPrice": 0, "RequireHibernateSupport": 0, "SpotMaxPricePercentageOverLowestPrice": 0, "TotalLocalStorageGB": { "Max": 0, "Min": 0 }, "VCpuCount": { "Max": 0, "Min": 0 } }, "InstanceType": 0, "KernelId": 0, "KeyName": 0, "LicenseSpecifications": { "LicenseConfigurationArn": 0 }, "MaintenanceOptions": { "AutoRecovery": 0 }, "MetadataOptions": { "HttpEndpoint": 0, "HttpProtocolIpv6": 0, "HttpPutResponseHopLimit": 0, "HttpTokens": 0, "InstanceMetadataTags": 0 }, "Monitoring": { "Enabled": 0 }, "NetworkInterfaces": { "AssociateCarrierIpAddress": 0, "AssociatePublicIpAddress": 0, "ConnectionTrackingSpecification": { "TcpEstablishedTimeout": 0, "UdpStreamTimeout": 0, "UdpTimeout": 0 }, "DeleteOnTermination": 0, "Description": 0, "DeviceIndex": 0, "EnaSrdSpecification": { "EnaSrdEnabled": 0, "EnaSrdUdpSpecification": { "EnaSrdUdpEnabled": 0 } }, "Groups": 0, "InterfaceType": 0, "Ipv4PrefixCount": 0, "Ipv4Prefixes": { "Ipv4Prefix": 0 }, "Ipv6AddressCount": 0, "Ipv6Addresses": { "Ipv6Address": 0 }, "Ipv6PrefixCount": 0, "Ipv6Prefixes": { "Ipv6Prefix": 0 }, "NetworkCardIndex": 0, "NetworkInterfaceId": 0, "PrimaryIpv6": 0, "PrivateIpAddress": 0, "PrivateIpAddresses": { "Primary": 0, "PrivateIpAddress": 0 }, "SecondaryPrivateIpAddressCount": 0, "SubnetId": 0 }, "Placement": { "Affinity": 0, "AvailabilityZone": 0, "GroupId": 0, "GroupName": 0, "HostId": 0, "HostResourceGroupArn": 0, "PartitionNumber": 0, "SpreadDomain": 0, "Tenancy": 0 }, "PrivateDnsNameOptions": { "EnableResourceNameDnsAAAARecord": 0, "EnableResourceNameDnsARecord": 0, "HostnameType": 0 }, "RamDiskId": 0, "SecurityGroupIds": 0, "SecurityGroups": 0, "TagSpecifications": { "ResourceType": 0, "Tags": { "Key": 0, "Value": 0 } }, "UserData": 0 }, "LaunchTemplateId": 0, "LaunchTemplateName": 0, "TagSpecifications": { "ResourceType": 0, "Tags": { "Key": 0, "Value": 0 } }, "VersionDescription": 0 }, "kinds": { "LaunchTemplateData.BlockDeviceMappings": "[", "LaunchTemplateData.BlockDeviceMappings.Ebs.DeleteOnTermination": "b", "LaunchTemplateData.BlockDeviceMappings.Ebs.Encrypted": "b", "LaunchTemplateData.BlockDeviceMappings.Ebs.Iops": "i", "LaunchTemplateData.BlockDeviceMappings.Ebs.Throughput": "i", "LaunchTemplateData.BlockDeviceMappings.Ebs.VolumeSize": "i", "LaunchTemplateData.CpuOptions.CoreCount": "i", "LaunchTemplateData.CpuOptions.ThreadsPerCore": "i", "LaunchTemplateData.DisableApiStop": "b", "LaunchTemplateData.DisableApiTermination": "b", "LaunchTemplateData.EbsOptimized": "b", "LaunchTemplateData.ElasticGpuSpecifications": "[", "LaunchTemplateData.ElasticInferenceAccelerators": "[", "LaunchTemplateData.ElasticInferenceAccelerators.Count": "i", "LaunchTemplateData.EnclaveOptions.Enabled": "b", "LaunchTemplateData.HibernationOptions.Configured": "b", "LaunchTemplateData.InstanceMarketOptions.SpotOptions.BlockDurationMinutes": "i", "LaunchTemplateData.InstanceRequirements.AcceleratorCount.Max": "i", "LaunchTemplateData.InstanceRequirements.AcceleratorCount.Min": "i", "LaunchTemplateData.InstanceRequirements.AcceleratorManufacturers": "[s", "LaunchTemplateData.InstanceRequirements.AcceleratorNames": "[s", "LaunchTemplateData.InstanceRequirements.AcceleratorTotalMemoryMiB.Max": "i", "LaunchTemplateData.InstanceRequirements.AcceleratorTotalMemoryMiB.Min": "i", "LaunchTemplateData.InstanceRequirements.AcceleratorTypes": "[s", "LaunchTemplateData.InstanceRequirements.AllowedInstanceTypes": "[s", "LaunchTemplateData.InstanceRequirements.BaselineEbsBandwidthMbps.Max": "i", "LaunchTemplateData.InstanceRequirements.BaselineEbsBandwidthMbps.Min": "i", "LaunchTemplateData.InstanceRequirements.CpuManufacturers": "[s", "LaunchTemplateData.InstanceRequirements.ExcludedInstanceTypes": "[s", "LaunchTemplateData.InstanceRequirements.InstanceGenerations": "[s", "LaunchTemplateData.InstanceRequirements.LocalStorageTypes": "[s", "LaunchTemplateData.InstanceRequirements.MaxSpotPriceAsPercentageOfOptimalOnDemandPrice": "i", "LaunchTemplateData.InstanceRequirements.MemoryGiBPerVCpu.Max": "n", "LaunchTemplateData.InstanceRequirements.MemoryGiBPerVCpu.Min": "n", "LaunchTemplateData.InstanceRequirements.MemoryMiB.Max": "i", "LaunchTemplateData.InstanceRequirements.MemoryMiB.Min": "i", "LaunchTemplateData.InstanceRequirements.NetworkBandwidthGbps.Max": "n", "LaunchTemplateData.InstanceRequirements.NetworkBandwidthGbps.Min": "n", "LaunchTemplateData.InstanceRequirements.NetworkInterfaceCount.Max": "i", "LaunchTemplateData.InstanceRequirements.NetworkInterfaceCount.Min": "i", "LaunchTemplateData.InstanceRequirements.OnDemandMaxPricePercentageOverLowestPrice": "i", "LaunchTemplateData.InstanceRequirements.RequireHibernateSupport": "b", "LaunchTemplateData.InstanceRequirements.SpotMaxPricePercentageOverLowestPrice": "i", "LaunchTemplateData.InstanceRequirements.TotalLocalStorageGB.Max": "n", "LaunchTemplateData.InstanceRequirements.TotalLocalStorageGB.Min": "n", "LaunchTemplateData.InstanceRequirements.VCpuCount.Max": "i", "LaunchTemplateData.InstanceRequirements.VCpuCount.Min": "i", "LaunchTemplateData.LicenseSpecifications": "[", "LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit": "i", "LaunchTemplateData.Monitoring.Enabled": "b", "LaunchTemplateData.NetworkInterfaces": "[", "LaunchTemplateData.NetworkInterfaces.AssociateCarrierIpAddress": "b", "LaunchTemplateData.NetworkInterfaces.AssociatePublicIpAddress": "b", "LaunchTemplateData.NetworkInterfaces.ConnectionTrackingSpecification.TcpEstablishedTimeout": "i", "LaunchTemplateData.NetworkInterfaces.ConnectionTrackingSpecification.UdpStreamTimeout": "i", "LaunchTemplateData.NetworkInterfaces.ConnectionTrackingSpecification.UdpTimeout": "i", "LaunchTemplateData.NetworkInterfaces.DeleteOnTermination": "b", "LaunchTemplateData.NetworkInterfaces.DeviceIndex": "i", "LaunchTemplateData.NetworkInterfaces.EnaSrdSpecification.EnaSrdEnabled": "b", "LaunchTemplateData.NetworkInterfaces.EnaSrdSpecification.EnaSrdUdpSpecification.EnaSrdUdpEnabled": "b", "LaunchTemplateData.NetworkInterfaces.Groups": "[s", "LaunchTemplateData.NetworkInterfaces.Ipv4PrefixCount": "i", "LaunchTemplateData.NetworkInterfaces.Ipv4Prefixes": "[", "LaunchTemplateData.NetworkInterfaces.Ipv6AddressCount": "i", "LaunchTemplateData.NetworkInterfaces.Ipv6Addresses": "[", "LaunchTemplateData.NetworkInterfaces.Ipv6PrefixCount": "i", "LaunchTemplateData.NetworkInterfaces.Ipv6Prefixes": "[", "LaunchTemplateData.NetworkInterfaces.NetworkCardIndex": "i", "LaunchTemplateData.NetworkInterfaces.PrimaryIpv6": "b", "LaunchTemplateData.NetworkInterfaces.PrivateIpAddresses": "[", "LaunchTemplateData.NetworkInterfaces.PrivateIpAddresses.Primary": "b", "LaunchTemplateData.NetworkInterfaces.SecondaryPrivateIpAddressCount": "i", "LaunchTemplateData.Placement.PartitionNumber": "i", "LaunchTemplateData.PrivateDnsNameOptions.EnableResourceNameDnsAAAARecord": "b", "LaunchTemplateData.PrivateDnsNameOptions.EnableResourceNameDnsARecord": "b", "LaunchTemplateData.SecurityGroupIds": "[s", "LaunchTemplateData.SecurityGroups": "[s", "LaunchTemplateData.TagSpecifications": "[", "LaunchTemplateData.TagSpecifications.Tags": "[", "TagSpecifications": "[", "TagSpecifications.Tags": "[" } }, "AWS::EC2::NatGateway": { "primaryIdentifier": ["NatGatewayId"], "readOnly": ["NatGatewayId"], "writeOnly": ["MaxDrainDurationSeconds"], "listRequires": [], "listPermissions": ["ec2:DescribeNatGateways"], "readPermissions": ["ec2:DescribeNatGateways"], "properties": { "AllocationId": 0, "ConnectivityType": 0, "MaxDrainDurationSeconds": 0, "NatGatewayId": 0, "PrivateIpAddress": 0, "SecondaryAllocationIds": 0, "SecondaryPrivateIpAddressCount": 0, "SecondaryPrivateIpAddresses": 0, "SubnetId": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "MaxDrainDurationSeconds": "i", "SecondaryAllocationIds": "[s", "SecondaryPrivateIpAddressCount": "i", "SecondaryPrivateIpAddresses": "[s", "Tags": "[" } }, "AWS::EC2::NetworkAcl": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeNetworkAcls"], "readPermissions": ["ec2:DescribeNetworkAcls", "ec2:DescribeTags"], "properties": { "Id": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 }, "kinds": { "Tags": "[" } }, "AWS::EC2::NetworkAclEntry": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": [], "readPermissions": [], "properties": { "CidrBlock": 0, "Egress": 0, "Icmp": { "Code": 0, "Type": 0 }, "Id": 0, "Ipv6CidrBlock": 0, "NetworkAclId": 0, "PortRange": { "From": 0, "To": 0 }, "Protocol": 0, "RuleAction": 0, "RuleNumber": 0 }, "kinds": { "Egress": "b", "Icmp.Code": "i", "Icmp.Type": "i", "PortRange.From": "i", "PortRange.To": "i", "Protocol": "i", "RuleNumber": "i" } }, "AWS::EC2::NetworkInterface": { "primaryIdentifier": ["Id"], "readOnly": ["Id", "SecondaryPrivateIpAddresses", "PrimaryPrivateIpAddress", "PrimaryIpv6Address", "VpcId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeNetworkInterfaces"], "readPermissions": ["ec2:DescribeNetworkInterfaces"], "properties": { "ConnectionTrackingSpecification": { "TcpEstablishedTimeout": 0, "UdpStreamTimeout": 0, "UdpTimeout": 0 }, "Description": 0, "EnablePrimaryIpv6": 0, "GroupSet": 0, "Id": 0, "InterfaceType": 0, "Ipv4PrefixCount": 0, "Ipv4Prefixes": { "Ipv4Prefix": 0 }, "Ipv6AddressCount": 0, "Ipv6Addresses": { "Ipv6Address": 0 }, "Ipv6PrefixCount": 0, "Ipv6Prefixes": { "Ipv6Prefix": 0 }, "PrimaryIpv6Address": 0, "PrimaryPrivateIpAddress": 0, "PrivateIpAddress": 0, "PrivateIpAddresses": { "Primary": 0, "PrivateIpAddress": 0 }, "SecondaryPrivateIpAddressCount": 0, "SecondaryPrivateIpAddresses": 0, "SourceDestCheck": 0, "SubnetId": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 }, "kinds": { "ConnectionTrackingSpecification.TcpEstablishedTimeout": "i", "ConnectionTrackingSpecification.UdpStreamTimeout": "i", "ConnectionTrackingSpecification.UdpTimeout": "i", "EnablePrimaryIpv6": "b", "GroupSet": "[s", "Ipv4PrefixCount": "i", "Ipv4Prefixes": "[", "Ipv6AddressCount": "i", "Ipv6Addresses": "[", "Ipv6PrefixCount": "i", "Ipv6Prefixes": "[", "PrivateIpAddresses": "[", "PrivateIpAddresses.Primary": "b", "SecondaryPrivateIpAddressCount": "i", "SecondaryPrivateIpAddresses": "[s", "SourceDestCheck": "b", "Tags": "[" } }, "AWS::EC2::PrefixList": { "primaryIdentifier": ["PrefixListId"], "readOnly": ["PrefixListId", "OwnerId", "Version", "Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["EC2:DescribeManagedPrefixLists", "EC2:GetManagedPrefixListEntries"], "readPermissions": ["EC2:GetManagedPrefixListEntries", "EC2:DescribeManagedPrefixLists"], "properties": { "AddressFamily": 0, "Arn": 0, "Entries": { "Cidr": 0, "Description": 0 }, "MaxEntries": 0, "OwnerId": 0, "PrefixListId": 0, "PrefixListName": 0, "Tags": { "Key": 0, "Value": 0 }, "Version": 0 }, "kinds": { "Entries": "[", "MaxEntries": "i", "Tags": "[", "Version": "i" } }, "AWS::EC2::Route": { "primaryIdentifier": ["RouteTableId", "CidrBlock"], "readOnly": ["CidrBlock"], "writeOnly": [], "listRequires": ["RouteTableId"], "listPermissions": ["ec2:DescribeRouteTables"], "readPermissions": ["ec2:DescribeRouteTables"], "properties": { "CarrierGatewayId": 0, "CidrBlock": 0, "CoreNetworkArn": 0, "DestinationCidrBlock": 0, "DestinationIpv6CidrBlock": 0, "DestinationPrefixListId": 0, "EgressOnlyInternetGatewayId": 0, "GatewayId": 0, "InstanceId": 0, "LocalGatewayId": 0, "NatGatewayId": 0, "NetworkInterfaceId": 0, "RouteTableId": 0, "TransitGatewayId": 0, "VpcEndpointId": 0, "VpcPeeringConnectionId": 0 }, "kinds": {} }, "AWS::EC2::RouteTable": { "primaryIdentifier": ["RouteTableId"], "readOnly": ["RouteTableId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeRouteTables"], "readPermissions": ["ec2:DescribeRouteTables"], "properties": { "RouteTableId": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 }, "kinds": { "Tags": "[" } }, "AWS::EC2::SecurityGroup": { "primaryIdentifier": ["Id"], "readOnly": ["Id", "GroupId"], "writeOnly": ["SecurityGroupIngress[*].SourceSecurityGroupName"], "listRequires": [], "listPermissions": ["ec2:DescribeSecurityGroups"], "readPermissions": ["ec2:DescribeSecurityGroups"], "properties": { "GroupDescription": 0, "GroupId": 0, "GroupName": 0, "Id": 0, "SecurityGroupEgress": { "CidrIp": 0, "CidrIpv6": 0, "Description": 0, "DestinationPrefixListId": 0, "DestinationSecurityGroupId": 0, "FromPort": 0, "IpProtocol": 0, "ToPort": 0 }, "SecurityGroupIngress": { "CidrIp": 0, "CidrIpv6": 0, "Description": 0, "FromPort": 0, "IpProtocol": 0, "SourcePrefixListId": 0, "SourceSecurityGroupId": 0, "SourceSecurityGroupName": 0, "SourceSecurityGroupOwnerId": 0, "ToPort": 0 }, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 }, "kinds": { "SecurityGroupEgress": "[", "SecurityGroupEgress.FromPort": "i", "SecurityGroupEgress.ToPort": "i", "SecurityGroupIngress": "[", "SecurityGroupIngress.FromPort": "i", "SecurityGroupIngress.ToPort": "i", "Tags": "[" } }, "AWS::EC2::SecurityGroupEgress": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeSecurityGroupRules"], "readPermissions": ["ec2:DescribeSecurityGroupRules"], "properties": { "CidrIp": 0, "CidrIpv6": 0, "Description": 0, "DestinationPrefixListId": 0, "DestinationSecurityGroupId": 0, "FromPort": 0, "GroupId": 0, "Id": 0, "IpProtocol": 0, "ToPort": 0 }, "kinds": { "FromPort": "i", "ToPort": "i" } }, "AWS::EC2::SecurityGroupIngress": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeSecurityGroupRules"], "readPermissions": ["ec2:DescribeSecurityGroups", "ec2:DescribeSecurityGroupRules"], "properties": { "CidrIp": 0, "CidrIpv6": 0, "Description": 0, "FromPort": 0, "GroupId": 0, "GroupName": 0, "Id": 0, "IpProtocol": 0, "SourcePrefixListId": 0, "SourceSecurityGroupId": 0, "SourceSecurityGroupName": 0, "SourceSecurityGroupOwnerId": 0, "ToPort": 0 }, "kinds": { "FromPort": "i", "ToPort": "i" } }, "AWS::EC2::Subnet": { "primaryIdentifier": ["SubnetId"], "readOnly": ["NetworkAclAssociationId", "SubnetId", "Ipv6CidrBlocks"], "writeOnly": ["EnableLniAtDeviceIndex", "Ipv4IpamPoolId", "Ipv4NetmaskLength", "Ipv6IpamPoolId", "Ipv6NetmaskLength"], "listRequires": [], "listPermissions": ["ec2:DescribeSubnets", "ec2:DescribeNetworkAcls"], "readPermissions": ["ec2:DescribeSubnets", "ec2:DescribeNetworkAcls"], "properties": { "AssignIpv6AddressOnCreation": 0, "AvailabilityZone": 0, "AvailabilityZoneId": 0, "CidrBlock": 0, "EnableDns64": 0, "EnableLniAtDeviceIndex": 0, "Ipv4IpamPoolId": 0, "Ipv4NetmaskLength": 0, "Ipv6CidrBlock": 0, "Ipv6CidrBlocks": 0, "Ipv6IpamPoolId": 0, "Ipv6Native": 0, "Ipv6NetmaskLength": 0, "MapPublicIpOnLaunch": 0, "NetworkAclAssociationId": 0, "OutpostArn": 0, "PrivateDnsNameOptionsOnLaunch": { "EnableResourceNameDnsAAAARecord": 0, "EnableResourceNameDnsARecord": 0, "HostnameType": 0 }, "SubnetId": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 }, "kinds": { "AssignIpv6AddressOnCreation": "b", "EnableDns64": "b", "EnableLniAtDeviceIndex": "i", "Ipv4NetmaskLength": "i", "Ipv6CidrBlocks": "[s", "Ipv6Native": "b", "Ipv6NetmaskLength": "i", "MapPublicIpOnLaunch": "b", "PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsAAAARecord": "b", "PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsARecord": "b", "Tags": "[" } }, "AWS::EC2::SubnetNetworkAclAssociation": { "primaryIdentifier": ["AssociationId"], "readOnly": ["AssociationId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeNetworkAcls"], "readPermissions": ["ec2:DescribeNetworkAcls"], "properties": { "AssociationId": 0, "NetworkAclId": 0, "SubnetId": 0 }, "kinds": {} }, "AWS::EC2::SubnetRouteTableAssociation": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeRouteTables"], "readPermissions": ["ec2:DescribeRouteTables"], "properties": { "Id": 0, "RouteTableId": 0, "SubnetId": 0 }, "kinds": {} }, "AWS::EC2::TransitGateway": { "primaryIdentifier": ["Id"], "readOnly": ["Id", "TransitGatewayArn"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:CreateTransitGateway", "ec2:CreateTags", "ec2:DescribeTransitGateways", "ec2:DescribeTags", "ec2:DeleteTransitGateway", "ec2:DeleteTags", "ec2:ModifyTransitGateway", "ec2:ModifyTransitGatewayOptions"], "readPermissions": ["ec2:CreateTransitGateway", "ec2:CreateTags", "ec2:DescribeTransitGateways", "ec2:DescribeTags", "ec2:DeleteTransitGateway", "ec2:DeleteTags", "ec2:ModifyTransitGateway", "ec2:ModifyTransitGatewayOptions"], "properties": { "AmazonSideAsn": 0, "AssociationDefaultRouteTableId": 0, "AutoAcceptSharedAttachments": 0, "DefaultRouteTableAssociation": 0, "DefaultRouteTablePropagation": 0, "Description": 0, "DnsSupport": 0, "Id": 0, "MulticastSupport": 0, "PropagationDefaultRouteTableId": 0, "Tags": { "Key": 0, "Value": 0 }, "TransitGatewayArn": 0, "TransitGatewayCidrBlocks": 0, "VpnEcmpSupport": 0 }, "kinds": { "AmazonSideAsn": "i", "Tags": "[", "TransitGatewayCidrBlocks": "[s" } }, "AWS::EC2::TransitGatewayVpcAttachment": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": ["AddSubnetIds", "RemoveSubnetIds"], "listRequires": [], "listPermissions": ["ec2:DescribeTransitGatewayAttachments", "ec2:DescribeTransitGatewayVpcAttachments", "ec2:DescribeTags", "ec2:CreateTransitGatewayVpcAttachment", "ec2:CreateTags", "ec2:DeleteTransitGatewayVpcAttachment", "ec2:DeleteTags", "ec2:ModifyTransitGatewayVpcAttachment"], "readPermissions": ["ec2:DescribeTransitGatewayAttachments", "ec2:DescribeTransitGatewayVpcAttachments", "ec2:CreateTransitGatewayVpcAttachment", "ec2:DeleteTransitGatewayVpcAttachment", "ec2:CreateTags", "ec2:DeleteTags", "ec2:DescribeTags", "ec2:DescribeTransitGatewayAttachments", "ec2:ModifyTransitGatewayVpcAttachment"], "properties": { "AddSubnetIds": 0, "Id": 0, "Options": { "ApplianceModeSupport": 0, "DnsSupport": 0, "Ipv6Support": 0 }, "RemoveSubnetIds": 0, "SubnetIds": 0, "Tags": { "Key": 0, "Value": 0 }, "TransitGatewayId": 0, "VpcId": 0 }, "kinds": { "AddSubnetIds": "[s", "RemoveSubnetIds": "[s", "SubnetIds": "[s", "Tags": "[" } }, "AWS::EC2::Volume": { "primaryIdentifier": ["VolumeId"], "readOnly": ["VolumeId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeVolumes", "ec2:DescribeTags", "ec2:DescribeVolumeAttribute"], "readPermissions": ["ec2:DescribeVolumes", "ec2:DescribeVolumeAttribute", "ec2:DescribeTags"], "properties": { "AutoEnableIO": 0, "AvailabilityZone": 0, "Encrypted": 0, "Iops": 0, "KmsKeyId": 0, "MultiAttachEnabled": 0, "OutpostArn": 0, "Size": 0, "SnapshotId": 0, "Tags": { "Key": 0, "Value": 0 }, "Throughput": 0, "VolumeId": 0, "VolumeType": 0 }, "kinds": { "AutoEnableIO": "b", "Encrypted": "b", "Iops": "i", "MultiAttachEnabled": "b", "Size": "i", "Tags": "[", "Throughput": "i" } }, "AWS::EC2::VPC": { "primaryIdentifier": ["VpcId"], "readOnly": ["CidrBlockAssociations", "DefaultNetworkAcl", "DefaultSecurityGroup", "Ipv6CidrBlocks", "VpcId"], "writeOnly": ["Ipv4IpamPoolId", "Ipv4NetmaskLength"], "listRequires": [], "listPermissions": ["ec2:DescribeVpcs"], "readPermissions": ["ec2:DescribeVpcs", "ec2:DescribeSecurityGroups", "ec2:DescribeNetworkAcls", "ec2:DescribeVpcAttribute"], "properties": { "CidrBlock": 0, "CidrBlockAssociations": 0, "DefaultNetworkAcl": 0, "DefaultSecurityGroup": 0, "EnableDnsHostnames": 0, "EnableDnsSupport": 0, "InstanceTenancy": 0, "Ipv4IpamPoolId": 0, "Ipv4NetmaskLength": 0, "Ipv6CidrBlocks": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 }, "kinds": { "CidrBlockAssociations": "[s", "EnableDnsHostnames": "b", "EnableDnsSupport": "b", "Ipv4NetmaskLength": "i", "Ipv6CidrBlocks": "[s", "Tags": "[" } }, "AWS::EC2::VPCEndpoint": { "primaryIdentifier": ["Id"], "readOnly": ["NetworkInterfaceIds", "CreationTimestamp", "DnsEntries", "Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeVpcEndpoints"], "readPermissions": ["ec2:DescribeVpcEndpoints"], "properties": { "CreationTimestamp": 0, "DnsEntries": 0, "Id": 0, "NetworkInterfaceIds": 0, "PolicyDocument": "json", "PrivateDnsEnabled": 0, "RouteTableIds": 0, "SecurityGroupIds": 0, "ServiceName": 0, "SubnetIds": 0, "VpcEndpointType": 0, "VpcId": 0 }, "kinds": { "DnsEntries": "[s", "NetworkInterfaceIds": "[s", "PrivateDnsEnabled": "b", "RouteTableIds": "[s", "SecurityGroupIds": "[s", "SubnetIds": "[s" } }, "AWS::EC2::VPCEndpointService": { "primaryIdentifier": ["ServiceId"], "readOnly": ["ServiceId"], "writeOnly": ["ContributorInsightsEnabled"], "listRequires": [], "listPermissions": ["ec2:DescribeVpcEndpointServiceConfigurations", "cloudwatch:ListManagedInsightRules"], "readPermissions": ["ec2:DescribeVpcEndpointServiceConfigurations", "cloudwatch:ListManagedInsightRules"], "properties": { "AcceptanceRequired": 0, "ContributorInsightsEnabled": 0, "GatewayLoadBalancerArns": 0, "NetworkLoadBalancerArns": 0, "PayerResponsibility": 0, "ServiceId": 0 }, "kinds": { "AcceptanceRequired": "b", "ContributorInsightsEnabled": "b", "GatewayLoadBalancerArns": "[s", "NetworkLoadBalancerArns": "[s" } }, "AWS::EC2::VPCGatewayAttachment": { "primaryIdentifier": ["AttachmentType", "VpcId"], "readOnly": ["AttachmentType"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeInternetGateways", "ec2:DescribeVpnGateways"], "readPermissions": ["ec2:DescribeInternetGateways", "ec2:DescribeVpnGateways"], "properties": { "AttachmentType": 0, "InternetGatewayId": 0, "VpcId": 0, "VpnGatewayId": 0 }, "kinds": {} }, "AWS::EC2::VPCPeeringConnection": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": ["PeerRoleArn"], "listRequires": [], "listPermissions": ["ec2:DescribeVpcPeeringConnections"], "readPermissions": ["ec2:DescribeVpcPeeringConnections"], "properties": { "Id": 0, "PeerOwnerId": 0, "PeerRegion": 0, "PeerRoleArn": 0, "PeerVpcId": 0, "Tags": { "Key": 0, "Value": 0 }, "VpcId": 0 }, "kinds": { "Tags": "[" } }, "AWS::EC2::VPNGateway": { "primaryIdentifier": ["VPNGatewayId"], "readOnly": ["VPNGatewayId"], "writeOnly": [], "listRequires": [], "listPermissions": ["ec2:DescribeVpnGateways"], "readPermissions": ["ec2:DescribeVpnGateways"], "properties": { "AmazonSideAsn": 0, "Tags": { "Key": 0, "Value": 0 }, "Type": 0, "VPNGatewayId": 0 }, "kinds": { "AmazonSideAsn": "i", "Tags": "[" } }, "AWS::ECR::Repository": { "primaryIdentifier": ["RepositoryName"], "readOnly": ["Arn", "RepositoryUri"], "writeOnly": ["EmptyOnDelete"], "listRequires": [], "listPermissions": ["ecr:DescribeRepositories"], "readPermissions": ["ecr:DescribeRepositories", "ecr:GetLifecyclePolicy", "ecr:GetRepositoryPolicy", "ecr:ListTagsForResource"], "properties": { "Arn": 0, "EmptyOnDelete": 0, "EncryptionConfiguration": { "EncryptionType": 0, "KmsKey": 0 }, "ImageScanningConfiguration": { "ScanOnPush": 0 }, "ImageTagMutability": 0, "LifecyclePolicy": { "LifecyclePolicyText": 0, "RegistryId": 0 }, "RepositoryName": 0, "RepositoryPolicyText": "json", "RepositoryUri": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "EmptyOnDelete": "b", "ImageScanningConfiguration.ScanOnPush": "b", "Tags": "[" } }, "AWS::EFS::FileSystem": { "primaryIdentifier": ["FileSystemId"], "readOnly": ["Arn", "FileSystemId"], "writeOnly": ["BypassPolicyLockoutSafetyCheck", "ReplicationConfiguration.Destinations[*].AvailabilityZoneName", "ReplicationConfiguration.Destinations[*].KmsKeyId"], "listRequires": [], "listPermissions": ["elasticfilesystem:DescribeBackupPolicy", "elasticfilesystem:DescribeFileSystemPolicy", "elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeLifecycleConfiguration", "elasticfilesystem:DescribeReplicationConfigurations"], "readPermissions": ["elasticfilesystem:DescribeBackupPolicy", "elasticfilesystem:DescribeFileSystemPolicy", "elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeLifecycleConfiguration", "elasticfilesystem:DescribeReplicationConfigurations"], "properties": { "Arn": 0, "AvailabilityZoneName": 0, "BackupPolicy": { "Status": 0 }, "BypassPolicyLockoutSafetyCheck": 0, "Encrypted": 0, "FileSystemId": 0, "FileSystemPolicy": "json", "FileSystemProtection": { "ReplicationOverwriteProtection": 0 }, "FileSystemTags": { "Key": 0, "Value": 0 }, "KmsKeyId": 0, "LifecyclePolicies": { "TransitionToArchive": 0, "TransitionToIA": 0, "TransitionToPrimaryStorageClass": 0 }, "PerformanceMode": 0, "ProvisionedThroughputInMibps": 0, "ReplicationConfiguration": { "Destinations": { "AvailabilityZoneName": 0, "FileSystemId": 0, "KmsKeyId": 0, "Region": 0 } }, "ThroughputMode": 0 }, "kinds": { "BypassPolicyLockoutSafetyCheck": "b", "Encrypted": "b", "FileSystemTags": "[", "LifecyclePolicies": "[", "ProvisionedThroughputInMibps": "n", "ReplicationConfiguration.Destinations": "[" } }, "AWS::EKS::Cluster": { "primaryIdentifier": ["Name"], "readOnly": ["Id", "Arn", "Endpoint", "CertificateAuthorityData", "ClusterSecurityGroupId", "EncryptionConfigKeyArn", "OpenIdConnectIssuerUrl", "KubernetesNetworkConfig.ServiceIpv6Cidr"], "writeOnly": ["AccessConfig.BootstrapClusterCreatorAdminPermissions", "BootstrapSelfManagedAddons"], "listRequires": [], "listPermissions": ["eks:ListClusters"], "readPermissions": ["eks:DescribeCluster"], "properties": { "AccessConfig": { "AuthenticationMode": 0, "BootstrapClusterCreatorAdminPermissions": 0 }, "Arn": 0, "BootstrapSelfManagedAddons": 0, "CertificateAuthorityData": 0, "ClusterSecurityGroupId": 0, "EncryptionConfig": { "Provider": { "KeyArn": 0 }, "Resources": 0 }, "EncryptionConfigKeyArn": 0, "Endpoint": 0, "Id": 0, "KubernetesNetworkConfig": { "IpFamily": 0, "ServiceIpv4Cidr": 0, "ServiceIpv6Cidr": 0 }, "Logging": { "ClusterLogging": { "EnabledTypes": { "Type": 0 } } }, "Name": 0, "OpenIdConnectIssuerUrl": 0, "OutpostConfig": { "ControlPlaneInstanceType": 0, "ControlPlanePlacement": { "GroupName": 0 }, "OutpostArns": 0 }, "ResourcesVpcConfig": { "EndpointPrivateAccess": 0, "EndpointPublicAccess": 0, "PublicAccessCidrs": 0, "SecurityGroupIds": 0, "SubnetIds": 0 }, "RoleArn": 0, "Tags": { "Key": 0, "Value": 0 }, "UpgradePolicy": { "SupportType": 0 }, "Version": 0 }, "kinds": { "AccessConfig.BootstrapClusterCreatorAdminPermissions": "b", "BootstrapSelfManagedAddons": "b", "EncryptionConfig": "[", "EncryptionConfig.Resources": "[s", "Logging.ClusterLogging.EnabledTypes": "[", "OutpostConfig.OutpostArns": "[s", "ResourcesVpcConfig.EndpointPrivateAccess": "b", "ResourcesVpcConfig.EndpointPublicAccess": "b", "ResourcesVpcConfig.PublicAccessCidrs": "[s", "ResourcesVpcConfig.SecurityGroupIds": "[s", "ResourcesVpcConfig.SubnetIds": "[s", "Tags": "[" } }, "AWS::ElasticLoadBalancingV2::Listener": { "primaryIdentifier": ["ListenerArn"], "readOnly": ["ListenerArn"], "writeOnly": ["DefaultActions[*].AuthenticateOidcConfig.ClientSecret"], "listRequires": [], "listPermissions": ["elasticloadbalancing:DescribeListeners"], "readPermissions": ["elasticloadbalancing:DescribeListeners"], "properties": { "AlpnPolicy": 0, "Certificates": { "CertificateArn": 0 }, "DefaultActions": { "AuthenticateCognitoConfig": { "AuthenticationRequestExtraParams": "map", "OnUnauthenticatedRequest": 0, "Scope": 0, "SessionCookieName": 0, "SessionTimeout": 0, "UserPoolArn": 0, "UserPoolClientId": 0, "UserPoolDomain": 0 }, "AuthenticateOidcConfig": { "AuthenticationRequestExtraParams": "map", "AuthorizationEndpoint": 0, "ClientId": 0, "ClientSecret": 0, "Issuer": 0, "OnUnauthenticatedRequest": 0, "Scope": 0, "SessionCookieName": 0, "SessionTimeout": 0, "TokenEndpoint": 0, "UseExistingClientSecret": 0, "UserInfoEndpoint": 0 }, "FixedResponseConfig": { "ContentType": 0, "MessageBody": 0, "StatusCode": 0 }, "ForwardConfig": { "TargetGroupStickinessConfig": { "DurationSeconds": 0, "Enabled": 0 }, "TargetGroups": { "TargetGroupArn": 0, "Weight": 0 } }, "Order": 0, "RedirectConfig": { "Host": 0, "Path": 0, "Port": 0, "Protocol": 0, "Query": 0, "StatusCode": 0 }, "TargetGroupArn": 0, "Type": 0 }, "ListenerArn": 0, "LoadBalancerArn": 0, "MutualAuthentication": { "IgnoreClientCertificateExpiry": 0, "Mode": 0, "TrustStoreArn": 0 }, "Port": 0, "Protocol": 0, "SslPolicy": 0 }, "kinds": { "AlpnPolicy": "[s", "Certificates": "[", "DefaultActions": "[", "DefaultActions.AuthenticateOidcConfig.UseExistingClientSecret": "b", "DefaultActions.ForwardConfig.TargetGroupStickinessConfig.DurationSeconds": "i", "DefaultActions.ForwardConfig.TargetGroupStickinessConfig.Enabled": "b", "DefaultActions.ForwardConfig.TargetGroups": "[", "DefaultActions.ForwardConfig.TargetGroups.Weight": "i", "DefaultActions.Order": "i", "MutualAuthentication.IgnoreClientCertificateExpiry": "b", "Port": "i" } }, "AWS::ElasticLoadBalancingV2::LoadBalancer": { "primaryIdentifier": ["LoadBalancerArn"], "readOnly": ["LoadBalancerName", "LoadBalancerFullName", "CanonicalHostedZoneID", "LoadBalancerArn", "DNSName"], "writeOnly": [], "listRequires": [], "listPermissions": ["elasticloadbalancing:DescribeLoadBalancers"], "readPermissions": ["elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeTags"], "properties": { "CanonicalHostedZoneID": 0, "DNSName": 0, "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic": 0, "IpAddressType": 0, "LoadBalancerArn": 0, "LoadBalancerAttributes": { "Key": 0, "Value": 0 }, "LoadBalancerFullName": 0, "LoadBalancerName": 0, "Name": 0, "Scheme": 0, "SecurityGroups": 0, "SubnetMappings": { "AllocationId": 0, "IPv6Address": 0, "PrivateIPv4Address": 0, "SubnetId": 0 }, "Subnets": 0, "Tags": { "Key": 0, "Value": 0 }, "Type": 0 }, "kinds": { "LoadBalancerAttributes": "[", "SecurityGroups": "[s", "SubnetMappings": "[", "Subnets": "[s", "Tags": "[" } }, "AWS::GuardDuty::Detector": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": [], "listPermissions": ["guardduty:ListDetectors"], "readPermissions": ["guardduty:GetDetector"], "properties": { "DataSources": { "Kubernetes": { "AuditLogs": { "Enable": 0 } }, "MalwareProtection": { "ScanEc2InstanceWithFindings": { "EbsVolumes": 0 } }, "S3Logs": { "Enable": 0 } }, "Enable": 0, "Features": { "AdditionalConfiguration": { "Name": 0, "Status": 0 }, "Name": 0, "Status": 0 }, "FindingPublishingFrequency": 0, "Id": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "DataSources.Kubernetes.AuditLogs.Enable": "b", "DataSources.MalwareProtection.ScanEc2InstanceWithFindings.EbsVolumes": "b", "DataSources.S3Logs.Enable": "b", "Enable": "b", "Features": "[", "Features.AdditionalConfiguration": "[", "Tags": "[" } }, "AWS::IAM::Group": { "primaryIdentifier": ["GroupName"], "readOnly": ["Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["iam:ListGroups"], "readPermissions": ["iam:GetGroup", "iam:ListGroupPolicies", "iam:GetGroupPolicy", "iam:ListAttachedGroupPolicies"], "properties": { "Arn": 0, "GroupName": 0, "ManagedPolicyArns": 0, "Path": 0, "Policies": { "PolicyDocument": "json", "PolicyName": 0 } }, "kinds": { "ManagedPolicyArns": "[s", "Policies": "[" } }, "AWS::IAM::GroupPolicy": { "primaryIdentifier": ["PolicyName", "GroupName"], "readOnly": [], "writeOnly": [], "listRequires": [], "listPermissions": [], "readPermissions": ["iam:GetGroupPolicy"], "properties": { "GroupName": 0, "PolicyDocument": "json", "PolicyName": 0 }, "kinds": {} }, "AWS::IAM::ManagedPolicy": { "primaryIdentifier": ["PolicyArn"], "readOnly": ["PolicyArn", "AttachmentCount", "CreateDate", "DefaultVersionId", "IsAttachable", "PermissionsBoundaryUsageCount", "PolicyId", "UpdateDate"], "writeOnly": [], "listRequires": [], "listPermissions": ["iam:ListPolicies"], "readPermissions": ["iam:GetPolicy", "iam:ListEntitiesForPolicy", "iam:GetPolicyVersion"], "properties": { "AttachmentCount": 0, "CreateDate": 0, "DefaultVersionId": 0, "Description": 0, "Groups": 0, "IsAttachable": 0, "ManagedPolicyName": 0, "Path": 0, "PermissionsBoundaryUsageCount": 0, "PolicyArn": 0, "PolicyDocument": "json", "PolicyId": 0, "Roles": 0, "UpdateDate": 0, "Users": 0 }, "kinds": { "AttachmentCount": "i", "Groups": "[s", "IsAttachable": "b", "PermissionsBoundaryUsageCount": "i", "Roles": "[s", "Users": "[s" } }, "AWS::IAM::Role": { "primaryIdentifier": ["RoleName"], "readOnly": ["Arn", "RoleId"], "writeOnly": [], "listRequires": [], "listPermissions": ["iam:ListRoles"], "readPermissions": ["iam:GetRole", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:GetRolePolicy"], "properties": { "Arn": 0, "AssumeRolePolicyDocument": "json", "Description": 0, "ManagedPolicyArns": 0, "MaxSessionDuration": 0, "Path": 0, "PermissionsBoundary": 0, "Policies": { "PolicyDocument": "json", "PolicyName": 0 }, "RoleId": 0, "RoleName": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "ManagedPolicyArns": "[s", "MaxSessionDuration": "i", "Policies": "[", "Tags": "[" } }, "AWS::IAM::RolePolicy": { "primaryIdentifier": ["PolicyName", "RoleName"], "readOnly": [], "writeOnly": [], "listRequires": [], "listPermissions": [], "readPermissions": ["iam:GetRolePolicy"], "properties": { "PolicyDocument": "json", "PolicyName": 0, "RoleName": 0 }, "kinds": {} }, "AWS::IAM::ServerCertificate": { "primaryIdentifier": ["ServerCertificateName"], "readOnly": ["Arn"], "writeOnly": ["PrivateKey", "CertificateBody", "CertificateChain"], "listRequires": [], "listPermissions": ["iam:ListServerCertificates", "iam:GetServerCertificate"], "readPermissions": ["iam:GetServerCertificate"], "properties": { "Arn": 0, "CertificateBody": 0, "CertificateChain": 0, "Path": 0, "PrivateKey": 0, "ServerCertificateName": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "Tags": "[" } }, "AWS::IAM::User": { "primaryIdentifier": ["UserName"], "readOnly": ["Arn"], "writeOnly": ["LoginProfile.Password"], "listRequires": [], "listPermissions": ["iam:listUsers"], "readPermissions": ["iam:GetUserPolicy", "iam:ListGroupsForUser", "iam:ListAttachedUserPolicies", "iam:ListUserPolicies", "iam:GetUser", "iam:GetLoginProfile"], "properties": { "Arn": 0, "Groups": 0, "LoginProfile": { "Password": 0, "PasswordResetRequired": 0 }, "ManagedPolicyArns": 0, "Path": 0, "PermissionsBoundary": 0, "Policies": { "PolicyDocument": "json", "PolicyName": 0 }, "Tags": { "Key": 0, "Value": 0 }, "UserName": 0 }, "kinds": { "Groups": "[s", "LoginProfile.PasswordResetRequired": "b", "ManagedPolicyArns": "[s", "Policies": "[", "Tags": "[" } }, "AWS::IAM::UserPolicy": { "primaryIdentifier": ["PolicyName", "UserName"], "readOnly": [], "writeOnly": [], "listRequires": [], "listPermissions": [], "readPermissions": ["iam:GetUserPolicy"], "properties": { "PolicyDocument": "json", "PolicyName": 0, "UserName": 0 }, "kinds": {} }, "AWS::KMS::Alias": { "primaryIdentifier": ["AliasName"], "readOnly": [], "writeOnly": [], "listRequires": [], "listPermissions": ["kms:ListAliases"], "readPermissions": ["kms:ListAliases"], "properties": { "AliasName": 0, "TargetKeyId": 0 }, "kinds": {} }, "AWS::KMS::Key": { "primaryIdentifier": ["KeyId"], "readOnly": ["Arn", "KeyId"], "writeOnly": ["PendingWindowInDays", "BypassPolicyLockoutSafetyCheck", "RotationPeriodInDays"], "listRequires": [], "listPermissions": ["kms:ListKeys", "kms:DescribeKey"], "readPermissions": ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListResourceTags"], "properties": { "Arn": 0, "BypassPolicyLockoutSafetyCheck": 0, "Description": 0, "EnableKeyRotation": 0, "Enabled": 0, "KeyId": 0, "KeyPolicy": "json", "KeySpec": 0, "KeyUsage": 0, "MultiRegion": 0, "Origin": 0, "PendingWindowInDays": 0, "RotationPeriodInDays": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "BypassPolicyLockoutSafetyCheck": "b", "EnableKeyRotation": "b", "Enabled": "b", "MultiRegion": "b", "PendingWindowInDays": "i", "RotationPeriodInDays": "i", "Tags": "[" } }, "AWS::KMS::ReplicaKey": { "primaryIdentifier": ["KeyId"], "readOnly": ["Arn", "KeyId"], "writeOnly": ["PendingWindowInDays"], "listRequires": [], "listPermissions": ["kms:ListKeys", "kms:DescribeKey"], "readPermissions": ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:ListResourceTags"], "properties": { "Arn": 0, "Description": 0, "Enabled": 0, "KeyId": 0, "KeyPolicy": "json", "PendingWindowInDays": 0, "PrimaryKeyArn": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "Enabled": "b", "PendingWindowInDays": "i", "Tags": "[" } }, "AWS::Lambda::Function": { "primaryIdentifier": ["FunctionName"], "readOnly": ["SnapStartResponse", "SnapStartResponse.ApplyOn", "SnapStartResponse.OptimizationStatus", "Arn"], "writeOnly": ["SnapStart", "SnapStart.ApplyOn", "Code", "Code.ImageUri", "Code.S3Bucket", "Code.S3Key", "Code.S3ObjectVersion", "Code.ZipFile"], "listRequires": [], "listPermissions": ["lambda:ListFunctions"], "readPermissions": ["lambda:GetFunction", "lambda:GetFunctionCodeSigningConfig", "lambda:GetFunctionRecursionConfig"], "properties": { "Architectures": 0, "Arn": 0, "Code": { "ImageUri": 0, "S3Bucket": 0, "S3Key": 0, "S3ObjectVersion": 0, "SourceKMSKeyArn": 0, "ZipFile": 0 }, "CodeSigningConfigArn": 0, "DeadLetterConfig": { "TargetArn": 0 }, "Description": 0, "Environment": { "Variables": "map" }, "EphemeralStorage": { "Size": 0 }, "FileSystemConfigs": { "Arn": 0, "LocalMountPath": 0 }, "FunctionName": 0, "Handler": 0, "ImageConfig": { "Command": 0, "EntryPoint": 0, "WorkingDirectory": 0 }, "KmsKeyArn": 0, "Layers": 0, "LoggingConfig": { "ApplicationLogLevel": 0, "LogFormat": 0, "LogGroup": 0, "SystemLogLevel": 0 }, "MemorySize": 0, "PackageType": 0, "RecursiveLoop": 0, "ReservedConcurrentExecutions": 0, "Role": 0, "Runtime": 0, "RuntimeManagementConfig": { "RuntimeVersionArn": 0, "UpdateRuntimeOn": 0 }, "SnapStart": { "ApplyOn": 0 }, "SnapStartResponse": { "ApplyOn": 0, "OptimizationStatus": 0 }, "Tags": { "Key": 0, "Value": 0 }, "Timeout": 0, "TracingConfig": { "Mode": 0 }, "VpcConfig": { "Ipv6AllowedForDualStack": 0, "SecurityGroupIds": 0, "SubnetIds": 0 } }, "kinds": { "Architectures": "[s", "EphemeralStorage.Size": "i", "FileSystemConfigs": "[", "ImageConfig.Command": "[s", "ImageConfig.EntryPoint": "[s", "Layers": "[s", "MemorySize": "i", "ReservedConcurrentExecutions": "i", "Tags": "[", "Timeout": "i", "VpcConfig.Ipv6AllowedForDualStack": "b", "VpcConfig.SecurityGroupIds": "[s", "VpcConfig.SubnetIds": "[s" } }, "AWS::Lambda::Permission": { "primaryIdentifier": ["FunctionName", "Id"], "readOnly": ["Id"], "writeOnly": [], "listRequires": ["FunctionName"], "listPermissions": ["lambda:GetPolicy"], "readPermissions": ["lambda:GetPolicy"], "properties": { "Action": 0, "EventSourceToken": 0, "FunctionName": 0, "FunctionUrlAuthType": 0, "Id": 0, "Principal": 0, "PrincipalOrgID": 0, "SourceAccount": 0, "SourceArn": 0 }, "kinds": {} }, "AWS::Lambda::Url": { "primaryIdentifier": ["FunctionArn"], "readOnly": ["FunctionUrl", "FunctionArn"], "writeOnly": [], "listRequires": ["TargetFunctionArn"], "listPermissions": ["lambda:ListFunctionUrlConfigs"], "readPermissions": ["lambda:GetFunctionUrlConfig"], "properties": { "AuthType": 0, "Cors": { "AllowCredentials": 0, "AllowHeaders": 0, "AllowMethods": 0, "AllowOrigins": 0, "ExposeHeaders": 0, "MaxAge": 0 }, "FunctionArn": 0, "FunctionUrl": 0, "InvokeMode": 0, "Qualifier": 0, "TargetFunctionArn": 0 }, "kinds": { "Cors.AllowCredentials": "b", "Cors.AllowHeaders": "[s", "Cors.AllowMethods": "[s", "Cors.AllowOrigins": "[s", "Cors.ExposeHeaders": "[s", "Cors.MaxAge": "i" } }, "AWS::Logs::LogGroup": { "primaryIdentifier": ["LogGroupName"], "readOnly": ["Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["logs:DescribeLogGroups", "logs:ListTagsForResource"], "readPermissions": ["logs:DescribeLogGroups", "logs:ListTagsForResource", "logs:GetDataProtectionPolicy"], "properties": { "Arn": 0, "DataProtectionPolicy": "json", "KmsKeyId": 0, "LogGroupClass": 0, "LogGroupName": 0, "RetentionInDays": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "RetentionInDays": "i", "Tags": "[" } }, "AWS::Logs::MetricFilter": { "primaryIdentifier": ["LogGroupName", "FilterName"], "readOnly": [], "writeOnly": [], "listRequires": [], "listPermissions": ["logs:DescribeMetricFilters"], "readPermissions": ["logs:DescribeMetricFilters"], "properties": { "FilterName": 0, "FilterPattern": 0, "LogGroupName": 0, "MetricTransformations": { "DefaultValue": 0, "Dimensions": { "Key": 0, "Value": 0 }, "MetricName": 0, "MetricNamespace": 0, "MetricValue": 0, "Unit": 0 } }, "kinds": { "MetricTransformations": "[", "MetricTransformations.DefaultValue": "n", "MetricTransformations.Dimensions": "[" } }, "AWS::RDS::DBCluster": { "primaryIdentifier": ["DBClusterIdentifier"], "readOnly": ["DBClusterArn", "DBClusterResourceId", "Endpoint", "Endpoint.Address", "Endpoint.Port", "ReadEndpoint.Address", "MasterUserSecret.SecretArn", "StorageThroughput"], "writeOnly": ["DBInstanceParameterGroupName", "MasterUserPassword", "RestoreToTime", "RestoreType", "SnapshotIdentifier", "SourceDBClusterIdentifier", "SourceRegion", "UseLatestRestorableTime"], "listRequires": [], "listPermissions": ["rds:DescribeDBClusters"], "readPermissions": ["rds:DescribeDBClusters"], "properties": { "AllocatedStorage": 0, "AssociatedRoles": { "FeatureName": 0, "RoleArn": 0 }, "AutoMinorVersionUpgrade": 0, "AvailabilityZones": 0, "BacktrackWindow": 0, "BackupRetentionPeriod": 0, "CopyTagsToSnapshot": 0, "DBClusterArn": 0, "DBClusterIdentifier": 0, "DBClusterInstanceClass": 0, "DBClusterParameterGroupName": 0, "DBClusterResourceId": 0, "DBInstanceParameterGroupName": 0, "DBSubnetGroupName": 0, "DBSystemId": 0, "DatabaseName": 0, "DeletionProtection": 0, "Domain": 0, "DomainIAMRoleName": 0, "EnableCloudwatchLogsExports": 0, "EnableGlobalWriteForwarding": 0, "EnableHttpEndpoint": 0, "EnableIAMDatabaseAuthentication": 0, "EnableLocalWriteForwarding": 0, "Endpoint": { "Address": 0, "Port": 0 }, "Engine": 0, "EngineLifecycleSupport": 0, "EngineMode": 0, "EngineVersion": 0, "GlobalClusterIdentifier": 0, "Iops": 0, "KmsKeyId": 0, "ManageMasterUserPassword": 0, "MasterUserPassword": 0, "MasterUserSecret": { "KmsKeyId": 0, "SecretArn": 0 }, "MasterUsername": 0, "MonitoringInterval": 0, "MonitoringRoleArn": 0, "NetworkType": 0, "PerformanceInsightsEnabled": 0, "PerformanceInsightsKmsKeyId": 0, "PerformanceInsightsRetentionPeriod": 0, "Port": 0, "PreferredBackupWindow": 0, "PreferredMaintenanceWindow": 0, "PubliclyAccessible": 0, "ReadEndpoint": { "Address": 0 }, "ReplicationSourceIdentifier": 0, "RestoreToTime": 0, "RestoreType": 0, "ScalingConfiguration": { "AutoPause": 0, "MaxCapacity": 0, "MinCapacity": 0, "SecondsBeforeTimeout": 0, "SecondsUntilAutoPause": 0, "TimeoutAction": 0 }, "ServerlessV2ScalingConfiguration": { "MaxCapacity": 0, "MinCapacity": 0 }, "SnapshotIdentifier": 0, "SourceDBClusterIdentifier": 0, "SourceRegion": 0, "StorageEncrypted": 0, "StorageThroughput": 0, "StorageType": 0, "Tags": { "Key": 0, "Value": 0 }, "UseLatestRestorableTime": 0, "VpcSecurityGroupIds": 0 }, "kinds": { "AllocatedStorage": "i", "AssociatedRoles": "[", "AutoMinorVersionUpgrade": "b", "AvailabilityZones": "[s", "BacktrackWindow": "i", "BackupRetentionPeriod": "i", "CopyTagsToSnapshot": "b", "DeletionProtection": "b", "EnableCloudwatchLogsExports": "[s", "EnableGlobalWriteForwarding": "b", "EnableHttpEndpoint": "b", "EnableIAMDatabaseAuthentication": "b", "EnableLocalWriteForwarding": "b", "Iops": "i", "ManageMasterUserPassword": "b", "MonitoringInterval": "i", "PerformanceInsightsEnabled": "b", "PerformanceInsightsRetentionPeriod": "i", "Port": "i", "PubliclyAccessible": "b", "ScalingConfiguration.AutoPause": "b", "ScalingConfiguration.MaxCapacity": "i", "ScalingConfiguration.MinCapacity": "i", "ScalingConfiguration.SecondsBeforeTimeout": "i", "ScalingConfiguration.SecondsUntilAutoPause": "i", "ServerlessV2ScalingConfiguration.MaxCapacity": "n", "ServerlessV2ScalingConfiguration.MinCapacity": "n", "StorageEncrypted": "b", "StorageThroughput": "i", "Tags": "[", "UseLatestRestorableTime": "b", "VpcSecurityGroupIds": "[s" } }, "AWS::RDS::DBInstance": { "primaryIdentifier": ["DBInstanceIdentifier"], "readOnly": ["Endpoint.Address", "Endpoint.Port", "Endpoint.HostedZoneId", "DbiResourceId", "DBInstanceArn", "DBSystemId", "MasterUserSecret.SecretArn", "CertificateDetails.CAIdentifier", "CertificateDetails.ValidTill"], "writeOnly": ["AllowMajorVersionUpgrade", "AutomaticBackupReplicationKmsKeyId", "CertificateRotationRestart", "DBSnapshotIdentifier", "DeleteAutomatedBackups", "MasterUserPassword", "Port", "RestoreTime", "SourceDBInstanceAutomatedBackupsArn", "SourceDBInstanceIdentifier", "SourceDbiResourceId", "SourceRegion", "TdeCredentialPassword", "UseDefaultProcessorFeatures", "UseLatestRestorableTime"], "listRequires": [], "listPermissions": ["rds:DescribeDBInstances"], "readPermissions": ["ec2:DescribeAccountAttributes", "ec2:DescribeAvailabilityZones", "ec2:DescribeInternetGateways", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcAttribute", "ec2:DescribeVpcs", "rds:DescribeDBInstances"], "properties": { "AllocatedStorage": 0, "AllowMajorVersionUpgrade": 0, "AssociatedRoles": { "FeatureName": 0, "RoleArn": 0 }, "AutoMinorVersionUpgrade": 0, "AutomaticBackupReplicationKmsKeyId": 0, "AutomaticBackupReplicationRegion": 0, "AvailabilityZone": 0, "BackupRetentionPeriod": 0, "CACertificateIdentifier": 0, "CertificateDetails": { "CAIdentifier": 0, "ValidTill": 0 }, "CertificateRotationRestart": 0, "CharacterSetName": 0, "CopyTagsToSnapshot": 0, "CustomIAMInstanceProfile": 0, "DBClusterIdentifier": 0, "DBClusterSnapshotIdentifier": 0, "DBInstanceArn": 0, "DBInstanceClass": 0, "DBInstanceIdentifier": 0, "DBName": 0, "DBParameterGroupName": 0, "DBSecurityGroups": 0, "DBSnapshotIdentifier": 0, "DBSubnetGroupName": 0, "DBSystemId": 0, "DbiResourceId": 0, "DedicatedLogVolume": 0, "DeleteAutomatedBackups": 0, "DeletionProtection": 0, "Domain": 0, "DomainAuthSecretArn": 0, "DomainDnsIps": 0, "DomainFqdn": 0, "DomainIAMRoleName": 0, "DomainOu": 0, "EnableCloudwatchLogsExports": 0, "EnableIAMDatabaseAuthentication": 0, "EnablePerformanceInsights": 0, "Endpoint": { "Address": 0, "HostedZoneId": 0, "Port": 0 }, "Engine": 0, "EngineLifecycleSupport": 0, "EngineVersion": 0, "Iops": 0, "KmsKeyId": 0, "LicenseModel": 0, "ManageMasterUserPassword": 0, "MasterUserPassword": 0, "MasterUserSecret": { "KmsKeyId": 0, "SecretArn": 0 }, "MasterUsername": 0, "MaxAllocatedStorage": 0, "MonitoringInterval": 0, "MonitoringRoleArn": 0, "MultiAZ": 0, "NcharCharacterSetName": 0, "NetworkType": 0, "OptionGroupName": 0, "PerformanceInsightsKMSKeyId": 0, "PerformanceInsightsRetentionPeriod": 0, "Port": 0, "PreferredBackupWindow": 0, "PreferredMaintenanceWindow": 0, "ProcessorFeatures": { "Name": 0, "Value": 0 }, "PromotionTier": 0, "PubliclyAccessible": 0, "ReplicaMode": 0, "RestoreTime": 0, "SourceDBClusterIdentifier": 0, "SourceDBInstanceAutomatedBackupsArn": 0, "SourceDBInstanceIdentifier": 0, "SourceDbiResourceId": 0, "SourceRegion": 0, "StorageEncrypted": 0, "StorageThroughput": 0, "StorageType": 0, "Tags": { "Key": 0, "Value": 0 }, "TdeCredentialArn": 0, "TdeCredentialPassword": 0, "Timezone": 0, "UseDefaultProcessorFeatures": 0, "UseLatestRestorableTime": 0, "VPCSecurityGroups": 0 }, "kinds": { "AllowMajorVersionUpgrade": "b", "AssociatedRoles": "[", "AutoMinorVersionUpgrade": "b", "BackupRetentionPeriod": "i", "CertificateRotationRestart": "b", "CopyTagsToSnapshot": "b", "DBSecurityGroups": "[s", "DedicatedLogVolume": "b", "DeleteAutomatedBackups": "b", "DeletionProtection": "b", "DomainDnsIps": "[s", "EnableCloudwatchLogsExports": "[s", "EnableIAMDatabaseAuthentication": "b", "EnablePerformanceInsights": "b", "Iops": "i", "ManageMasterUserPassword": "b", "MaxAllocatedStorage": "i", "MonitoringInterval": "i", "MultiAZ": "b", "PerformanceInsightsRetentionPeriod": "i", "ProcessorFeatures": "[", "PromotionTier": "i", "PubliclyAccessible": "b", "StorageEncrypted": "b", "StorageThroughput": "i", "Tags": "[", "UseDefaultProcessorFeatures": "b", "UseLatestRestorableTime": "b", "VPCSecurityGroups": "[s" } }, "AWS::RDS::DBSubnetGroup": { "primaryIdentifier": ["DBSubnetGroupName"], "readOnly": [], "writeOnly": ["SubnetIds"], "listRequires": [], "listPermissions": ["rds:DescribeDBSubnetGroups"], "readPermissions": ["rds:DescribeDBSubnetGroups", "rds:ListTagsForResource"], "properties": { "DBSubnetGroupDescription": 0, "DBSubnetGroupName": 0, "SubnetIds": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "SubnetIds": "[s", "Tags": "[" } }, "AWS::S3::Bucket": { "primaryIdentifier": ["BucketName"], "readOnly": ["Arn", "DomainName", "DualStackDomainName", "RegionalDomainName", "WebsiteURL"], "writeOnly": ["AccessControl", "LifecycleConfiguration.Rules[*].NoncurrentVersionExpirationInDays", "LifecycleConfiguration.Rules[*].NoncurrentVersionTransition", "LifecycleConfiguration.Rules[*].Transition", "ReplicationConfiguration.Rules[*].Prefix", "LifecycleConfiguration.Rules[*].ExpiredObjectDeleteMarker"], "listRequires": [], "listPermissions": ["s3:ListAllMyBuckets"], "readPermissions": ["s3:GetAccelerateConfiguration", "s3:GetLifecycleConfiguration", "s3:GetBucketPublicAccessBlock", "s3:GetAnalyticsConfiguration", "s3:GetBucketCORS", "s3:GetEncryptionConfiguration", "s3:GetInventoryConfiguration", "s3:GetBucketLogging", "s3:GetMetricsConfiguration", "s3:GetBucketNotification", "s3:GetBucketVersioning", "s3:GetReplicationConfiguration", "S3:GetBucketWebsite", "s3:GetBucketPublicAccessBlock", "s3:GetBucketObjectLockConfiguration", "s3:GetBucketTagging", "s3:GetBucketOwnershipControls", "s3:GetIntelligentTieringConfiguration", "s3:ListBucket"], "properties": { "AccelerateConfiguration": { "AccelerationStatus": 0 }, "AccessControl": 0, "AnalyticsConfigurations": { "Id": 0, "Prefix": 0, "StorageClassAnalysis": { "DataExport": { "Destination": { "BucketAccountId": 0, "BucketArn": 0, "Format": 0, "Prefix": 0 }, "OutputSchemaVersion": 0 } }, "TagFilters": { "Key": 0, "Value": 0 } }, "Arn": 0, "BucketEncryption": { "ServerSideEncryptionConfiguration": { "BucketKeyEnabled": 0, "ServerSideEncryptionByDefault": { "KMSMasterKeyID": 0, "SSEAlgorithm": 0 } } }, "BucketName": 0, "CorsConfiguration": { "CorsRules": { "AllowedHeaders": 0, "AllowedMethods": 0, "AllowedOrigins": 0, "ExposedHeaders": 0, "Id": 0, "MaxAge": 0 } }, "DomainName": 0, "DualStackDomainName": 0, "IntelligentTieringConfigurations": { "Id": 0, "Prefix": 0, "Status": 0, "TagFilters": { "Key": 0, "Value": 0 }, "Tierings": { "AccessTier": 0, "Days": 0 } }, "InventoryConfigurations": { "Destination": { "BucketAccountId": 0, "BucketArn": 0, "Format": 0, "Prefix": 0 }, "Enabled": 0, "Id": 0, "IncludedObjectVersions": 0, "OptionalFields": 0, "Prefix": 0, "ScheduleFrequency": 0 }, "LifecycleConfiguration": { "Rules": { "AbortIncompleteMultipartUpload": { "DaysAfterInitiation": 0 }, "ExpirationDate": 0, "ExpirationInDays": 0, "ExpiredObjectDeleteMarker": 0, "Id": 0, "NoncurrentVersionExpiration": { "NewerNoncurrentVersions": 0, "NoncurrentDays": 0 }, "NoncurrentVersionExpirationInDays": 0, "NoncurrentVersionTransition": { "NewerNoncurrentVersions": 0, "StorageClass": 0, "TransitionInDays": 0 }, "NoncurrentVersionTransitions": { "NewerNoncurrentVersions": 0, "StorageClass": 0, "TransitionInDays": 0 }, "ObjectSizeGreaterThan": 0, "ObjectSizeLessThan": 0, "Prefix": 0, "Status": 0, "TagFilters": { "Key": 0, "Value": 0 }, "Transition": { "StorageClass": 0, "TransitionDate": 0, "TransitionInDays": 0 }, "Transitions": { "StorageClass": 0, "TransitionDate": 0, "TransitionInDays": 0 } } }, "LoggingConfiguration": { "DestinationBucketName": 0, "LogFilePrefix": 0, "TargetObjectKeyFormat": { "SimplePrefix": "json", "PartitionedPrefix": { "PartitionDateSource": 0 } } }, "MetricsConfigurations": { "AccessPointArn": 0, "Id": 0, "Prefix": 0, "TagFilters": { "Key": 0, "Value": 0 } }, "NotificationConfiguration": { "EventBridgeConfiguration": { "EventBridgeEnabled": 0 }, "LambdaConfigurations": { "Event": 0, "Filter": { "S3Key": { "Rules": { "Name": 0, "Value": 0 } } }, "Function": 0 }, "QueueConfigurations": { "Event": 0, "Filter": { "S3Key": { "Rules": { "Name": 0, "Value": 0 } } }, "Queue": 0 }, "TopicConfigurations": { "Event": 0, "Filter": { "S3Key": { "Rules": { "Name": 0, "Value": 0 } } }, "Topic": 0 } }, "ObjectLockConfiguration": { "ObjectLockEnabled": 0, "Rule": { "DefaultRetention": { "Days": 0, "Mode": 0, "Years": 0 } } }, "ObjectLockEnabled": 0, "OwnershipControls": { "Rules": { "ObjectOwnership": 0 } }, "PublicAccessBlockConfiguration": { "BlockPublicAcls": 0, "BlockPublicPolicy": 0, "IgnorePublicAcls": 0, "RestrictPublicBuckets": 0 }, "RegionalDomainName": 0, "ReplicationConfiguration": { "Role": 0, "Rules": { "DeleteMarkerReplication": { "Status": 0 }, "Destination": { "AccessControlTranslation": { "Owner": 0 }, "Account": 0, "Bucket": 0, "EncryptionConfiguration": { "ReplicaKmsKeyID": 0 }, "Metrics": { "EventThreshold": { "Minutes": 0 }, "Status": 0 }, "ReplicationTime": { "Status": 0, "Time": { "Minutes": 0 } }, "StorageClass": 0 }, "Filter": { "And": { "Prefix": 0, "TagFilters": { "Key": 0, "Value": 0 } }, "Prefix": 0, "TagFilter": { "Key": 0, "Value": 0 } }, "Id": 0, "Prefix": 0, "Priority": 0, "SourceSelectionCriteria": { "ReplicaModifications": { "Status": 0 }, "SseKmsEncryptedObjects": { "Status": 0 } }, "Status": 0 } }, "Tags": { "Key": 0, "Value": 0 }, "VersioningConfiguration": { "Status": 0 }, "WebsiteConfiguration": { "ErrorDocument": 0, "IndexDocument": 0, "RedirectAllRequestsTo": { "HostName": 0, "Protocol": 0 }, "RoutingRules": { "RedirectRule": { "HostName": 0, "HttpRedirectCode": 0, "Protocol": 0, "ReplaceKeyPrefixWith": 0, "ReplaceKeyWith": 0 }, "RoutingRuleCondition": { "HttpErrorCodeReturnedEquals": 0, "KeyPrefixEquals": 0 } } }, "WebsiteURL": 0 }, "kinds": { "AnalyticsConfigurations": "[", "AnalyticsConfigurations.TagFilters": "[", "BucketEncryption.ServerSideEncryptionConfiguration": "[", "BucketEncryption.ServerSideEncryptionConfiguration.BucketKeyEnabled": "b", "CorsConfiguration.CorsRules": "[", "CorsConfiguration.CorsRules.AllowedHeaders": "[s", "CorsConfiguration.CorsRules.AllowedMethods": "[s", "CorsConfiguration.CorsRules.AllowedOrigins": "[s", "CorsConfiguration.CorsRules.ExposedHeaders": "[s", "CorsConfiguration.CorsRules.MaxAge": "i", "IntelligentTieringConfigurations": "[", "IntelligentTieringConfigurations.TagFilters": "[", "IntelligentTieringConfigurations.Tierings": "[", "IntelligentTieringConfigurations.Tierings.Days": "i", "InventoryConfigurations": "[", "InventoryConfigurations.Enabled": "b", "InventoryConfigurations.OptionalFields": "[s", "LifecycleConfiguration.Rules": "[", "LifecycleConfiguration.Rules.AbortIncompleteMultipartUpload.DaysAfterInitiation": "i", "LifecycleConfiguration.Rules.ExpirationInDays": "i", "LifecycleConfiguration.Rules.ExpiredObjectDeleteMarker": "b", "LifecycleConfiguration.Rules.NoncurrentVersionExpiration.NewerNoncurrentVersions": "i", "LifecycleConfiguration.Rules.NoncurrentVersionExpiration.NoncurrentDays": "i", "LifecycleConfiguration.Rules.NoncurrentVersionExpirationInDays": "i", "LifecycleConfiguration.Rules.NoncurrentVersionTransition.NewerNoncurrentVersions": "i", "LifecycleConfiguration.Rules.NoncurrentVersionTransition.TransitionInDays": "i", "LifecycleConfiguration.Rules.NoncurrentVersionTransitions": "[", "LifecycleConfiguration.Rules.NoncurrentVersionTransitions.NewerNoncurrentVersions": "i", "LifecycleConfiguration.Rules.NoncurrentVersionTransitions.TransitionInDays": "i", "LifecycleConfiguration.Rules.TagFilters": "[", "LifecycleConfiguration.Rules.Transition.TransitionInDays": "i", "LifecycleConfiguration.Rules.Transitions": "[", "LifecycleConfiguration.Rules.Transitions.TransitionInDays": "i", "MetricsConfigurations": "[", "MetricsConfigurations.TagFilters": "[", "NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled": "b", "NotificationConfiguration.LambdaConfigurations": "[", "NotificationConfiguration.LambdaConfigurations.Filter.S3Key.Rules": "[", "NotificationConfiguration.QueueConfigurations": "[", "NotificationConfiguration.QueueConfigurations.Filter.S3Key.Rules": "[", "NotificationConfiguration.TopicConfigurations": "[", "NotificationConfiguration.TopicConfigurations.Filter.S3Key.Rules": "[", "ObjectLockConfiguration.Rule.DefaultRetention.Days": "i", "ObjectLockConfiguration.Rule.DefaultRetention.Years": "i", "ObjectLockEnabled": "b", "OwnershipControls.Rules": "[", "PublicAccessBlockConfiguration.BlockPublicAcls": "b", "PublicAccessBlockConfiguration.BlockPublicPolicy": "b", "PublicAccessBlockConfiguration.IgnorePublicAcls": "b", "PublicAccessBlockConfiguration.RestrictPublicBuckets": "b", "ReplicationConfiguration.Rules": "[", "ReplicationConfiguration.Rules.Destination.Metrics.EventThreshold.Minutes": "i", "ReplicationConfiguration.Rules.Destination.ReplicationTime.Time.Minutes": "i", "ReplicationConfiguration.Rules.Filter.And.TagFilters": "[", "ReplicationConfiguration.Rules.Priority": "i", "Tags": "[", "WebsiteConfiguration.RoutingRules": "[" } }, "AWS::S3::BucketPolicy": { "primaryIdentifier": ["Bucket"], "readOnly": [], "writeOnly": [], "listRequires": [], "listPermissions": ["s3:GetBucketPolicy", "s3:ListAllMyBuckets"], "readPermissions": ["s3:GetBucketPolicy"], "properties": { "Bucket": 0, "PolicyDocument": "json" }, "kinds": {} }, "AWS::SecretsManager::Secret": { "primaryIdentifier": ["Id"], "readOnly": ["Id"], "writeOnly": ["SecretString", "GenerateSecretString"], "listRequires": [], "listPermissions": ["secretsmanager:ListSecrets"], "readPermissions": ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"], "properties": { "Description": 0, "GenerateSecretString": { "ExcludeCharacters": 0, "ExcludeLowercase": 0, "ExcludeNumbers": 0, "ExcludePunctuation": 0, "ExcludeUppercase": 0, "GenerateStringKey": 0, "IncludeSpace": 0, "PasswordLength": 0, "RequireEachIncludedType": 0, "SecretStringTemplate": 0 }, "Id": 0, "KmsKeyId": 0, "Name": 0, "ReplicaRegions": { "KmsKeyId": 0, "Region": 0 }, "SecretString": 0, "Tags": { "Key": 0, "Value": 0 } }, "kinds": { "GenerateSecretString.ExcludeLowercase": "b", "GenerateSecretString.ExcludeNumbers": "b", "GenerateSecretString.ExcludePunctuation": "b", "GenerateSecretString.ExcludeUppercase": "b", "GenerateSecretString.IncludeSpace": "b", "GenerateSecretString.PasswordLength": "i", "GenerateSecretString.RequireEachIncludedType": "b", "ReplicaRegions": "[", "Tags": "[" } }, "AWS::SecurityHub::Hub": { "primaryIdentifier": ["ARN"], "readOnly": ["ARN", "SubscribedAt"], "writeOnly": ["EnableDefaultStandards"], "listRequires": [], "listPermissions": ["securityhub:DescribeHub", "securityhub:ListTagsForResource"], "readPermissions": ["securityhub:DescribeHub", "securityhub:ListTagsForResource"], "properties": { "ARN": 0, "AutoEnableControls": 0, "ControlFindingGenerator": 0, "EnableDefaultStandards": 0, "SubscribedAt": 0, "Tags": "map" }, "kinds": { "AutoEnableControls": "b", "EnableDefaultStandards": "b" } }, "AWS::SNS::Topic": { "primaryIdentifier": ["TopicArn"], "readOnly": ["TopicArn"], "writeOnly": [], "listRequires": [], "listPermissions": ["sns:ListTopics"], "readPermissions": ["sns:GetTopicAttributes", "sns:ListTagsForResource", "sns:ListSubscriptionsByTopic", "sns:GetDataProtectionPolicy"], "properties": { "ArchivePolicy": "json", "ContentBasedDeduplication": 0, "DataProtectionPolicy": "json", "DeliveryStatusLogging": { "FailureFeedbackRoleArn": 0, "Protocol": 0, "SuccessFeedbackRoleArn": 0, "SuccessFeedbackSampleRate": 0 }, "DisplayName": 0, "FifoTopic": 0, "KmsMasterKeyId": 0, "SignatureVersion": 0, "Subscription": { "Endpoint": 0, "Protocol": 0 }, "Tags": { "Key": 0, "Value": 0 }, "TopicArn": 0, "TopicName": 0, "TracingConfig": 0 }, "kinds": { "ContentBasedDeduplication": "b", "DeliveryStatusLogging": "[", "FifoTopic": "b", "Subscription": "[", "Tags": "[" } }, "AWS::SQS::Queue": { "primaryIdentifier": ["QueueUrl"], "readOnly": ["QueueUrl", "Arn"], "writeOnly": [], "listRequires": [], "listPermissions": ["sqs:ListQueues"], "readPermissions": ["sqs:GetQueueAttributes", "sqs:ListQueueTags"], "properties": { "Arn": 0, "ContentBasedDeduplication": 0, "DeduplicationScope": 0, "DelaySeconds": 0, "FifoQueue": 0, "FifoThroughputLimit": 0, "KmsDataKeyReusePeriodSeconds": 0, "KmsMasterKeyId": 0, "MaximumMessageSize": 0, "MessageRetentionPeriod": 0, "QueueName": 0, "QueueUrl": 0, "ReceiveMessageWaitTimeSeconds": 0, "RedriveAllowPolicy": "json", "RedrivePolicy": "json", "SqsManagedSseEnabled": 0, "Tags": { "Key": 0, "Value": 0 }, "VisibilityTimeout": 0 }, "kinds": { "ContentBasedDeduplication": "b", "DelaySeconds": "i", "FifoQueue": "b", "KmsDataKeyReusePeriodSeconds": "i", "MaximumMessageSize": "i", "MessageRetentionPeriod": "i", "ReceiveMessageWaitTimeSeconds": "i", "SqsManagedSseEnabled": "b", "Tags": "[", "VisibilityTimeout": "i" } } };
var AWSCC_TYPES = {
  "awscc_accessanalyzer_analyzer": "AWS::AccessAnalyzer::Analyzer",
  "awscc_cloudtrail_trail": "AWS::CloudTrail::Trail",
  "awscc_cloudwatch_alarm": "AWS::CloudWatch::Alarm",
  "awscc_config_configuration_recorder": "AWS::Config::ConfigurationRecorder",
  "awscc_dynamodb_table": "AWS::DynamoDB::Table",
  "awscc_ec2_customer_gateway": "AWS::EC2::CustomerGateway",
  "awscc_ec2_dhcp_options": "AWS::EC2::DHCPOptions",
  "awscc_ec2_egress_only_internet_gateway": "AWS::EC2::EgressOnlyInternetGateway",
  "awscc_ec2_eip": "AWS::EC2::EIP",
  "awscc_ec2_flow_log": "AWS::EC2::FlowLog",
  "awscc_ec2_instance": "AWS::EC2::Instance",
  "awscc_ec2_internet_gateway": "AWS::EC2::InternetGateway",
  "awscc_ec2_launch_template": "AWS::EC2::LaunchTemplate",
  "awscc_ec2_nat_gateway": "AWS::EC2::NatGateway",
  "awscc_ec2_network_acl": "AWS::EC2::NetworkAcl",
  "awscc_ec2_network_acl_entry": "AWS::EC2::NetworkAclEntry",
  "awscc_ec2_network_interface": "AWS::EC2::NetworkInterface",
  "awscc_ec2_prefix_list": "AWS::EC2::PrefixList",
  "awscc_ec2_route": "AWS::EC2::Route",
  "awscc_ec2_route_table": "AWS::EC2::RouteTable",
  "awscc_ec2_security_group": "AWS::EC2::SecurityGroup",
  "awscc_ec2_security_group_egress": "AWS::EC2::SecurityGroupEgress",
  "awscc_ec2_security_group_ingress": "AWS::EC2::SecurityGroupIngress",
  "awscc_ec2_subnet": "AWS::EC2::Subnet",
  "awscc_ec2_subnet_network_acl_association": "AWS::EC2::SubnetNetworkAclAssociation",
  "awscc_ec2_subnet_route_table_association": "AWS::EC2::SubnetRouteTableAssociation",
  "awscc_ec2_transit_gateway": "AWS::EC2::TransitGateway",
  "awscc_ec2_transit_gateway_vpc_attachment": "AWS::EC2::TransitGatewayVpcAttachment",
  "awscc_ec2_volume": "AWS::EC2::Volume",
  "awscc_ec2_vpc": "AWS::EC2::VPC",
  "awscc_ec2_vpc_endpoint": "AWS::EC2::VPCEndpoint",
  "awscc_ec2_vpc_endpoint_service": "AWS::EC2::VPCEndpointService",
  "awscc_ec2_vpc_gateway_attachment": "AWS::EC2::VPCGatewayAttachment",
  "awscc_ec2_vpc_peering_connection": "AWS::EC2::VPCPeeringConnection",
  "awscc_ec2_vpn_gateway": "AWS::EC2::VPNGateway",
  "awscc_ecr_repository": "AWS::ECR::Repository",
  "awscc_efs_file_system": "AWS::EFS::FileSystem",
  "awscc_eks_cluster": "AWS::EKS::Cluster",
  "awscc_elasticloadbalancingv2_listener": "AWS::ElasticLoadBalancingV2::Listener",
  "awscc_elasticloadbalancingv2_load_balancer": "AWS::ElasticLoadBalancingV2::LoadBalancer",
  "awscc_guardduty_detector": "AWS::GuardDuty::Detector",
  "awscc_iam_group": "AWS::IAM::Group",
  "awscc_iam_group_policy": "AWS::IAM::GroupPolicy",
  "awscc_iam_managed_policy": "AWS::IAM::ManagedPolicy",
  "awscc_iam_role": "AWS::IAM::Role",
  "awscc_iam_role_policy": "AWS::IAM::RolePolicy",
  "awscc_iam_server_certificate": "AWS::IAM::ServerCertificate",
  "awscc_iam_user": "AWS::IAM::User",
  "awscc_iam_user_policy": "AWS::IAM::UserPolicy",
  "awscc_kms_alias": "AWS::KMS::Alias",
  "awscc_kms_key": "AWS::KMS::Key",
  "awscc_kms_replica_key": "AWS::KMS::ReplicaKey",
  "awscc_lambda_function": "AWS::Lambda::Function",
  "awscc_lambda_permission": "AWS::Lambda::Permission",
  "awscc_lambda_url": "AWS::Lambda::Url",
  "awscc_logs_log_group": "AWS::Logs::LogGroup",
  "awscc_logs_metric_filter": "AWS::Logs::MetricFilter",
  "awscc_rds_db_cluster": "AWS::RDS::DBCluster",
  "awscc_rds_db_instance": "AWS::RDS::DBInstance",
  "awscc_rds_db_subnet_group": "AWS::RDS::DBSubnetGroup",
  "awscc_s3_bucket": "AWS::S3::Bucket",
  "awscc_s3_bucket_policy": "AWS::S3::BucketPolicy",
  "awscc_secretsmanager_secret": "AWS::SecretsManager::Secret",
  "awscc_securityhub_hub": "AWS::SecurityHub::Hub",
  "awscc_sns_topic": "AWS::SNS::Topic",
  "awscc_sqs_queue": "AWS::SQS::Queue"
};

// src/model/schemas.ts
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

// src/sources/live/types.ts
var DEFAULT_LIVE_TYPES = [
  "AWS::AccessAnalyzer::Analyzer",
  "AWS::CloudTrail::Trail",
  "AWS::CloudWatch::Alarm",
  "AWS::EC2::FlowLog",
  "AWS::EC2::Instance",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::VPC",
  "AWS::EC2::Volume",
  "AWS::EFS::FileSystem",
  "AWS::GuardDuty::Detector",
  "AWS::IAM::Group",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::Role",
  "AWS::IAM::User",
  "AWS::KMS::Key",
  "AWS::Lambda::Function",
  "AWS::Lambda::Permission",
  "AWS::Lambda::Url",
  "AWS::Logs::MetricFilter",
  "AWS::RDS::DBCluster",
  "AWS::RDS::DBInstance",
  "AWS::S3::Bucket",
  "AWS::S3::BucketPolicy",
  "AWS::SecurityHub::Hub"
];
function isGlobalType(type) {
  return type.startsWith("AWS::IAM::") || type.startsWith("Plumbline::IAM::") || type === "Plumbline::S3::AccountPublicAccessBlock";
}
var LIST_ONLY_NOTE = "read from list properties only";
var GLOBAL_REGION = "global";
function knownLiveType(type) {
  return FACT_TYPES.includes(type) || schemaFacts(type) !== void 0;
}
var LISTED_UNDER_PARENT = ["AWS::EC2::Route", "AWS::Lambda::Permission", "AWS::Lambda::Url"];

// src/model/policy-document.ts
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
var FREE_FORM_NAME = "UserData";
function freeFormPayloadPaths(type, properties) {
  const paths = tablePayloadPaths(type, properties);
  walkProperties(properties, paths, void 0);
  return [...new Set(paths)];
}
function payloadAndSecretPaths(type, properties) {
  const paths = tablePayloadPaths(type, properties);
  walkProperties(properties, paths, paths);
  return paths;
}
function tablePayloadPaths(type, properties) {
  const patterns = FREE_FORM_PAYLOADS[type];
  if (patterns === void 0) return [];
  const paths = [];
  for (const pattern of patterns) for (const path of expandPathPattern(properties, pattern)) paths.push(path);
  return paths;
}
function walkProperties(properties, payloads, secrets) {
  const steps = [];
  const walk = (node) => {
    if (typeof node === "string") {
      if (secrets !== void 0 && (looksLikeSecretValue(node) || looksLikeEncodedSecret(node))) secrets.push(formatPath(steps));
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        steps.push(i);
        walk(node[i]);
        steps.pop();
      }
    } else if (node !== null && typeof node === "object") {
      for (const key in node) {
        const value = node[key];
        steps.push(key);
        if (key === FREE_FORM_NAME && value !== void 0 && value !== null) payloads.push(formatPath(steps));
        else walk(value);
        steps.pop();
      }
    }
  };
  walk(properties);
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
  const scanned = /* @__PURE__ */ new Set();
  const fromText = (value) => {
    if (scanned.has(value)) return;
    scanned.add(value);
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
  const terraform = sources.terraform;
  for (let r = 0; r < terraform.length; r++) {
    const resource = terraform[r];
    const sensitive = resource.sensitive;
    for (let i = 0; i < sensitive.length; i++) {
      const path = sensitive[i];
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

// src/model/values.ts
var toNumber = (v) => {
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return v;
};

// src/model/security-group-rules.ts
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

export {
  SEVERITIES,
  FRAMEWORK_IDS,
  InputError,
  RunError,
  parseRoleArn,
  CHAINED_MAX_DURATION_SECONDS,
  isAssumedRoleArn,
  validateAuthSettings,
  parsePath,
  formatPath,
  joinPath,
  getPath,
  pathsOverlap,
  isUnder,
  isPropertyRead,
  REDACTED,
  redactStringsWhere,
  isRedacted,
  appendMarkerPaths,
  hasKeys,
  stringsAtPaths,
  PASSWORD_POLICY_TYPE,
  EBS_ENCRYPTION_BY_DEFAULT_TYPE,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  ACCOUNT_SUMMARY_TYPE,
  CREDENTIAL_REPORT_TYPE,
  CONFIG_RECORDER_STATUS_TYPE,
  SERVER_CERTIFICATES_TYPE,
  VIRTUAL_MFA_DEVICES_TYPE,
  BUCKET_VERSIONING_TYPE,
  REGION_TYPE,
  CONFIG_RECORDER_TYPE,
  FACT_PROPERTIES,
  FACT_TYPES,
  regionResource,
  asList,
  statementsOf,
  isSecretName,
  looksLikeSecretValue,
  secretLookingPaths,
  freeFormPayloadPaths,
  payloadAndSecretPaths,
  runSecretValues,
  SCHEMA_DATA,
  schemaFacts,
  writeOnlyPatterns,
  cfnTypeOfAwscc,
  awsccTypeNames,
  expandSchemaPath,
  DEFAULT_LIVE_TYPES,
  isGlobalType,
  LIST_ONLY_NOTE,
  GLOBAL_REGION,
  knownLiveType,
  LISTED_UNDER_PARENT,
  compileGlob,
  matchesGlob,
  globMatch,
  jsonErrorPlace,
  lineAndColumn,
  toNumber,
  normalizeRuleEntry,
  maskAccountId,
  writeFileSafely,
  buildInventoryFile,
  writeInventoryFile,
  readInventoryFile
};
