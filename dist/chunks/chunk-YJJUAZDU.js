import { createRequire as __plumblineCreateRequire } from 'node:module'; const require = __plumblineCreateRequire(import.meta.url);
import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  CREDENTIAL_REPORT_TYPE,
  DEFAULT_LIVE_TYPES,
  EBS_ENCRYPTION_BY_DEFAULT_TYPE,
  FACT_TYPES,
  GLOBAL_REGION,
  InputError,
  PASSWORD_POLICY_TYPE,
  SEVERITIES,
  appendMarkerPaths,
  asList,
  awsccTypeNames,
  cfnTypeOfAwscc,
  compileGlob,
  expandSchemaPath,
  formatPath,
  globMatch,
  hasKeys,
  isGlobalType,
  isPropertyRead,
  isRedacted,
  isSecretName,
  isUnder,
  joinPath,
  jsonErrorPlace,
  knownLiveType,
  lineAndColumn,
  looksLikeSecretValue,
  maskAccountId,
  matchesGlob,
  normalizeRuleEntry,
  parsePath,
  pathsOverlap,
  payloadAndSecretPaths,
  redactStringsWhere,
  runSecretValues,
  schemaFacts,
  statementsOf,
  stringsAtPaths,
  toNumber,
  validateAuthSettings,
  writeFileSafely,
  writeInventoryFile,
  writeOnlyPatterns
} from "./chunk-CQU74ODG.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-XC4FGG7F.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit2 = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit2)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit2)
            return true;
          start = i + 1;
          if (strLen - start <= limit2)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last2 = tokens[tokens.length - 1];
      const end = last2 ? last2.offset + last2.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length2 = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length2 += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length2 += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length2 += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length2 += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length: length2 };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last2 = /[ \t]*(.*)/sy;
      last2.lastIndex = pos;
      match = last2.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length2 = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length2, onError);
            i += length2;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length2, onError) {
      const cc = source.substr(offset, length2);
      const ok = cc.length === length2 && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length2 + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index2] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last2 = token.items[token.items.length - 1];
            if (last2 && !last2.sep && !last2.value && last2.start.length > 0 && findNonEmptyIndex(last2.start) === -1 && (token.indent === 0 || last2.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last2.start;
              else
                top.items.push({ start: last2.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last2 = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last2?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last2 = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last2?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance2) {
      instance2.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance2.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance2) {
      instance2.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index2, last2, value) {
          if (data) {
            data.key = field;
            data.index = index2;
            data.first = index2 === 0;
            data.last = !!last2;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance2) {
      instance2.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance2) {
      instance2.registerHelper("if", function(conditional2, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional2)) {
          conditional2 = conditional2.call(this);
        }
        if (!options.hash.includeZero && !conditional2 || _utils.isEmpty(conditional2)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance2.registerHelper("unless", function(conditional2, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance2.helpers["if"].call(this, conditional2, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance2) {
      instance2.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance2.log.apply(instance2, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance2) {
      instance2.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance2) {
      instance2.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log2();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance2) {
      _helpersBlockHelperMissing2["default"](instance2);
      _helpersEach2["default"](instance2);
      _helpersHelperMissing2["default"](instance2);
      _helpersIf2["default"](instance2);
      _helpersLog2["default"](instance2);
      _helpersLookup2["default"](instance2);
      _helpersWith2["default"](instance2);
    }
    function moveHelperToHooks(instance2, helperName, keepHelper) {
      if (instance2.helpers[helperName]) {
        instance2.hooks[helperName] = instance2.helpers[helperName];
        if (!keepHelper) {
          instance2.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance2) {
      instance2.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance2) {
      _decoratorsInline2["default"](instance2);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION2 = "4.7.10";
    exports.VERSION = VERSION2;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template2;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template2(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup2(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// src/config.ts
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var SETTINGS = [
  { input: "terraform-plan", cli: "plan", kind: "file", description: "`terraform show -json` (or `tofu show -json`) of a plan." },
  { input: "terraform-state", cli: "state", kind: "files", description: "State JSON (`terraform show -json`) or raw .tfstate v4 files (action: one per line; CLI: repeat the flag): what drift is measured against; checked itself when no plan is given." },
  { input: "terraform-dir", cli: "tf-dir", kind: "dir", description: "Folder with the .tf code. With a plan it gives file and line locations and inline suppressions; without one it is checked itself." },
  { input: "live", cli: "live", kind: "live", actionDefault: "auto", description: "Scan live AWS: auto, true or false. auto scans when role-to-assume is set or AWS credentials are present (an earlier configure-aws-credentials step), except on pull_request events: a pull request is judged on its plan unless live is true.", defaultText: "action: auto; CLI: only with --live" },
  { input: "inventory", cli: "inventory", kind: "file", description: "A saved live inventory (plumbline-inventory.json from an earlier scan) read instead of scanning." },
  { input: "role-to-assume", kind: "string", description: "IAM role ARN assumed with GitHub's OIDC token (the job needs `permissions: id-token: write`)." },
  { input: "audience", kind: "string", default: "sts.amazonaws.com", description: "Audience of the OIDC token." },
  { input: "role-session-name", kind: "string", default: "plumbline", description: "Session name of the assumed roles." },
  { input: "role-duration-seconds", kind: "integer", default: "3600", description: "Duration of the first role session, 900 to 43200 seconds (chained sessions last at most 3600 and are refreshed)." },
  { input: "additional-role-arns", kind: "list", description: "Roles in further accounts, assumed from the first role with sts:AssumeRole (comma or newline separated)." },
  { input: "role-external-id", kind: "string", description: "External id sent when assuming the additional roles." },
  { input: "allowed-account-ids", kind: "list", description: "Accounts the scan may read (comma or newline separated); any other account stops the run." },
  { input: "regions", cli: "regions", kind: "list", arg: "LIST", description: "Regions to scan (comma separated): names, `all` (every enabled region) and `global` (IAM and account facts, read once).", defaultText: "aws-region and global" },
  { input: "services", cli: "services", kind: "list", arg: "LIST", description: "Only scan types of these services (s3, ec2, iam, ...)." },
  { input: "resource-types", cli: "resource-types", kind: "list", arg: "LIST", description: "CloudFormation types to scan.", defaultText: "every type a rule or the mapping uses, and the account facts" },
  { input: "rate-limit", cli: "rate-limit", kind: "number", arg: "N", default: "20", description: "AWS requests per second per account and region (0 = no limit)." },
  { input: "concurrency", cli: "concurrency", kind: "integer", arg: "N", default: "8", description: "AWS calls in flight." },
  { input: "upload-sarif", kind: "boolean", default: "true", description: "Upload the SARIF to code scanning through the REST API, one upload per category (needs `security-events: write`). The file also stays on disk." },
  { input: "upload-report", kind: "boolean", default: "true", description: "Upload the HTML report as an un-archived artifact (one click opens it) and the SARIF, results JSON and inventory as an archived one." },
  { input: "comment-on-pr", kind: "boolean", default: "true", description: "On pull_request events, write one comment on the pull request and update it on every run (needs `pull-requests: write`)." },
  { input: "github-token", kind: "string", actionDefault: "${{ github.token }}", description: "Token for code scanning and the PR comment." },
  { input: "report-artifact-name", kind: "string", default: "plumbline-results", description: "Name of the archived artifact with the SARIF, results JSON and inventory." },
  { input: "retention-days", kind: "integer", description: "Days to keep the artifacts (1 to 90).", defaultText: "the repository's setting" },
  { input: "fail-on-publish-error", kind: "boolean", default: "false", description: "Fail the step when an upload or the comment fails; otherwise a failure to publish is a warning." },
  { input: "redact-identifiers", kind: "string", default: "auto", description: "Mask AWS account ids in the report, job summary and PR comment: auto, true or false (auto: when the repository is public)." },
  { input: "config", cli: "config", kind: "file", description: "Config file (rules to skip, severity overrides, suppressions).", defaultText: ".plumbline.yml at the repository root when present" },
  { input: "aws-region", cli: "region", kind: "region", default: "us-east-1", description: "Region for STS and account-level calls, the default scan region, and the region of Terraform resources whose provider does not say." },
  { input: "fail-on-severity", cli: "fail-on", kind: "severity", description: "Gate threshold: critical, high, medium, low, info or none (none: findings are reported, not gated).", defaultText: "action: high on pull_request events, none otherwise; CLI: info, so any failed check fails, as in Checkov" },
  { input: "gate-scope", cli: "gate-scope", kind: "scope", description: "`new` fails only on findings the change introduces, `all` on every finding.", defaultText: "new on pull_request events, all otherwise" },
  { input: "fail-on-drift", cli: "fail-on-drift", kind: "boolean", default: "false", description: "Fail when drift is found: a changed, missing or unmanaged resource." },
  { input: "fail-on-incomplete", cli: "fail-on-incomplete", kind: "boolean", default: "false", description: "Fail when some part could not be read (a coverage ledger entry not scanned) or judged (a rule error)." },
  { input: "fail-on-unmapped", cli: "fail-on-unmapped", kind: "boolean", default: "false", description: "Fail when Terraform resources go unchecked because their type has no mapping yet (otherwise a warning)." },
  { input: "ignore-added-suppressions", cli: "ignore-added-suppressions", kind: "boolean", default: "false", description: "On pull requests (CLI: with --base), judge as if the suppressions the change adds were not there; they are listed either way." },
  { input: "output-dir", cli: "out", kind: "string", arg: "DIR", default: "plumbline-out", description: "Where the SARIF, HTML report and results JSON are written." },
  { input: "sarif-category", cli: "sarif-category", kind: "string", arg: "NAME", default: "plumbline", description: "Prefix of the SARIF categories (`<category>/plan`, `<category>/live`)." },
  { input: "sarif-fallback-location", cli: "sarif-fallback-location", kind: "string", arg: "FILE", description: "File where results without a .tf block are placed.", defaultText: "action: the workflow file of the run; CLI: README.md" }
];
function defaultWords(spec) {
  return spec.defaultText ?? spec.default;
}
var REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
function buildConfig(raw, ctx) {
  const spec = (input) => SETTINGS.find((s) => s.input === input);
  const str = (input) => {
    const v = raw[input];
    const given = Array.isArray(v) ? v[v.length - 1] : typeof v === "boolean" ? String(v) : v?.trim();
    return given === void 0 || given === "" ? spec(input).default : given;
  };
  const list = (input) => {
    const v = raw[input];
    const items2 = Array.isArray(v) ? v : typeof v === "string" ? v.split(/\r?\n/) : [];
    return items2.map((s) => s.trim()).filter((s) => s !== "");
  };
  const items = (input) => list(input).flatMap((line) => line.split(/[\s,]+/)).filter((s) => s !== "");
  const optionalNumber = (input, integer, min, max = Infinity) => {
    const value = str(input);
    if (value === void 0) return void 0;
    const n = Number(value);
    if (!Number.isFinite(n) || integer && !Number.isInteger(n) || n < min || n > max) {
      const range2 = max === Infinity ? `${min} or more` : `from ${min} to ${max}`;
      throw new InputError(`${name(input)}: "${value}" is not ${integer ? "a whole number" : "a number"} ${range2}`);
    }
    return n;
  };
  const name = (input) => ctx.nameOf(spec(input));
  const file = (input, value) => {
    const path = resolve(ctx.cwd, value);
    if (!existsSync(path)) throw new InputError(`${name(input)}: ${value} does not exist; check the path (relative paths are read from ${ctx.cwd})`);
    if (!statSync(path).isFile()) throw new InputError(`${name(input)}: ${value} is not a file`);
    return path;
  };
  const numberOf = (input, integer, min, max = Infinity) => {
    const n = optionalNumber(input, integer, min, max);
    if (n === void 0) throw new Error(`setting ${input} has no default in SETTINGS`);
    return n;
  };
  const bool = (input) => {
    const v = raw[input];
    if (typeof v === "boolean") return v;
    const s = (str(input) ?? "false").toLowerCase();
    if (s === "true") return true;
    if (s === "false" || s === "") return false;
    throw new InputError(`${name(input)}: "${s}" is not a boolean; use true or false`);
  };
  const planValue = str("terraform-plan");
  const planFile = planValue ? file("terraform-plan", planValue) : void 0;
  const stateFiles = list("terraform-state").map((s) => file("terraform-state", s));
  const tfDirValue = str("terraform-dir");
  let tfDir;
  if (tfDirValue) {
    tfDir = resolve(ctx.cwd, tfDirValue);
    if (!existsSync(tfDir) || !statSync(tfDir).isDirectory()) {
      throw new InputError(`${name("terraform-dir")}: ${tfDirValue} is not a folder; give the folder that holds the .tf files`);
    }
  }
  const inventoryValue = str("inventory");
  const inventoryFile = inventoryValue ? file("inventory", inventoryValue) : void 0;
  const auth = {
    roleToAssume: str("role-to-assume"),
    audience: str("audience"),
    roleSessionName: str("role-session-name"),
    roleDurationSeconds: numberOf("role-duration-seconds", true, 900, 43200),
    additionalRoleArns: items("additional-role-arns"),
    roleExternalId: str("role-external-id"),
    allowedAccountIds: items("allowed-account-ids"),
    region: "us-east-1"
  };
  const live = liveSetting(str("live"), name("live"), ctx, auth.roleToAssume !== void 0, inventoryFile !== void 0);
  if (live && inventoryFile) {
    throw new InputError(`${name("live")} and ${name("inventory")} both given: scan live or read a saved inventory, not both`);
  }
  if (!planFile && !tfDir && stateFiles.length === 0 && !live && !inventoryFile) {
    throw new InputError(
      `nothing to check: give ${name("terraform-plan")} (a plan from "terraform show -json"), ${name("terraform-dir")} (.tf code), ${name("terraform-state")}, ${name("live")} or ${name("inventory")}`
    );
  }
  const repoRoot = gitTopLevel(tfDir ?? ctx.cwd) ?? (tfDir ?? ctx.cwd);
  const configValue = str("config");
  let configFile;
  if (configValue) configFile = file("config", configValue);
  else {
    const candidates2 = [join(repoRoot, ".plumbline.yml"), join(repoRoot, ".plumbline.yaml")];
    if (tfDir) candidates2.push(join(tfDir, ".plumbline.yml"), join(tfDir, ".plumbline.yaml"));
    configFile = candidates2.find((c) => existsSync(c));
  }
  const region = str("aws-region");
  if (!REGION.test(region)) throw new InputError(`${name("aws-region")}: "${region}" is not an AWS region name; use a name like us-east-1`);
  auth.region = region;
  validateAuthSettings(auth, (input) => name(input));
  const isPullRequest = ctx.event === "pull_request" || ctx.event === "pull_request_target";
  const failOnValue = (str("fail-on-severity") ?? ctx.failOnDefault ?? (isPullRequest ? "high" : "none")).toLowerCase();
  const failOn = parseThreshold(failOnValue, name("fail-on-severity"));
  const scopeValue = (str("gate-scope") ?? (isPullRequest ? "new" : "all")).toLowerCase();
  if (scopeValue !== "new" && scopeValue !== "all") {
    throw new InputError(`${name("gate-scope")}: "${scopeValue}" is not a gate scope; use new or all`);
  }
  const fallback = str("sarif-fallback-location") ?? ctx.defaultFallbackLocation;
  return {
    live,
    inventoryFile,
    auth,
    regions: regionSelection(items("regions"), region, name("regions")),
    liveTypes: liveTypes(items("resource-types"), items("services"), name("resource-types"), name("services")),
    rateLimit: numberOf("rate-limit", false, 0),
    concurrency: numberOf("concurrency", true, 1, 256),
    publish: {
      uploadSarif: bool("upload-sarif"),
      uploadReport: bool("upload-report"),
      commentOnPr: bool("comment-on-pr"),
      githubToken: str("github-token"),
      artifactName: artifactName(str("report-artifact-name"), name("report-artifact-name")),
      retentionDays: optionalNumber("retention-days", true, 1, 90),
      failOnPublishError: bool("fail-on-publish-error"),
      redactIdentifiers: autoBool(str("redact-identifiers"), name("redact-identifiers"))
    },
    planFile,
    stateFiles,
    tfDir,
    configFile,
    awsRegion: region,
    failOn,
    gateScope: scopeValue,
    failOnDrift: bool("fail-on-drift"),
    failOnIncomplete: bool("fail-on-incomplete"),
    failOnUnmapped: bool("fail-on-unmapped"),
    ignoreAddedSuppressions: bool("ignore-added-suppressions"),
    outDir: outputDir(str("output-dir"), ctx.cwd, name("output-dir")),
    sarifCategory: str("sarif-category"),
    sarifFallbackLocation: toRepoPath(repoRoot, resolve(ctx.cwd, fallback)),
    repoRoot,
    event: ctx.event
  };
}
function liveSetting(value, inputName, ctx, roleGiven, inventoryGiven) {
  const v = (value ?? (ctx.liveDefault === "auto" ? "auto" : "false")).toLowerCase();
  if (v === "true") return true;
  if (v === "false") return false;
  if (v !== "auto") throw new InputError(`${inputName}: "${value}" is not auto, true or false`);
  if (inventoryGiven) return false;
  if (ctx.event === "pull_request" || ctx.event === "pull_request_target") return false;
  const env = ctx.env ?? {};
  return roleGiven || Boolean(env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE || env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI);
}
function artifactName(value, inputName) {
  if (/["':<>|*?\\/\r\n]/.test(value)) throw new InputError(`${inputName}: "${value}" holds a character artifact names may not have (" : < > | * ? \\ / or a line break)`);
  return value;
}
function autoBool(value, inputName) {
  const v = (value ?? "auto").toLowerCase();
  if (v === "auto") return "auto";
  if (v === "true" || v === "false") return v === "true";
  throw new InputError(`${inputName}: "${value}" is not auto, true or false`);
}
function regionSelection(values, awsRegion, inputName) {
  if (values.length === 0) return { named: [awsRegion], all: false, global: true };
  const named = [];
  let all = false;
  let global = false;
  for (const raw of values) {
    const v = raw.toLowerCase();
    if (v === "all") all = global = true;
    else if (v === "global") global = true;
    else if (REGION.test(v)) named.push(v);
    else throw new InputError(`${inputName}: "${raw}" is not an AWS region name; use names like us-east-1, or all, or global`);
  }
  return { named: [...new Set(named)], all, global };
}
function liveTypes(given, services, typesName, servicesName) {
  for (const type of given) {
    if (!knownLiveType(type)) {
      throw new InputError(`${typesName}: "${type}" is not a type Plumbline can read; give CloudFormation type names like AWS::S3::Bucket (the README lists them)`);
    }
  }
  const types = given.length > 0 ? [...new Set(given)] : [...DEFAULT_LIVE_TYPES, ...FACT_TYPES];
  if (services.length === 0) return types;
  const serviceOf2 = (type) => type.split("::")[1]?.toLowerCase();
  const known = new Set(types.map(serviceOf2));
  for (const service of services) {
    if (!known.has(service.toLowerCase())) {
      throw new InputError(`${servicesName}: "${service}" matches none of the types to scan; use service names like ${[...known].sort().slice(0, 6).join(", ")}`);
    }
  }
  const wanted = new Set(services.map((s) => s.toLowerCase()));
  return types.filter((t) => wanted.has(serviceOf2(t)));
}
function outputDir(value, cwd, inputName) {
  const dir = resolve(cwd, value);
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(at)) {
      if (!statSync(at).isDirectory()) {
        throw new InputError(`${inputName}: ${value} cannot be the output folder (${at === dir ? "it is a file" : `${relative(cwd, at) || at} is a file`}); give a folder`);
      }
      return dir;
    }
    if (dirname(at) === at) return dir;
  }
}
function parseThreshold(value, inputName) {
  const v = value.trim().toLowerCase();
  if (v === "none" || SEVERITIES.includes(v)) return v;
  throw new InputError(`${inputName}: "${value}" is not a severity; use one of ${SEVERITIES.join(", ")} or none`);
}
function gitTopLevel(from) {
  let dir = resolve(from);
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function toRepoPath(repoRoot, path) {
  const rel = isAbsolute(path) ? relative(repoRoot, path) : path;
  return rel.split(sep).join("/");
}

// src/printable.ts
var CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function printable(value) {
  return value.replace(CONTROL_CHARACTERS, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function hasControlCharacters(value) {
  CONTROL_CHARACTERS.lastIndex = 0;
  return CONTROL_CHARACTERS.test(value);
}

// src/suggest.ts
function closestMatch(input, candidates2) {
  const typed = input.toLowerCase();
  if (typed === "") return void 0;
  const limit2 = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
  let best;
  let prefix;
  for (const candidate of candidates2) {
    const lower = candidate.toLowerCase();
    if (lower === typed) return candidate;
    if (prefix === void 0 && Math.min(lower.length, typed.length) >= 6 && (lower.startsWith(typed) || typed.startsWith(lower))) prefix = candidate;
    if (Math.abs(lower.length - typed.length) > limit2) continue;
    const distance = editDistance(typed, lower, limit2);
    if (distance <= limit2 && (best === void 0 || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? prefix;
}
function didYouMean(input, candidates2, quote = (s) => `"${s}"`) {
  const match = closestMatch(input, candidates2);
  return match === void 0 ? "" : `; did you mean ${quote(match)}?`;
}
function editDistance(a, b, limit2) {
  let previous2 = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit2) return limit2 + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}
function argsErrorLine(err, optionNames, help) {
  const message = err.message.split("\n")[0].replace(/\. To specify.*$/, "");
  const unknown = /^Unknown option '(-{1,2})([^'=]+)/.exec(message);
  const flags = [...optionNames].map((name) => `--${name}`);
  const suggestion = unknown ? didYouMean(`--${unknown[2]}`, flags) : "";
  return suggestion ? `${message}${suggestion} See ${help}` : `${message}; see ${help}`;
}

// src/model/severity.ts
var SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function compareSeverity(a, b) {
  return SEVERITY_RANK[b] - SEVERITY_RANK[a];
}
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0"
};
function meetsThreshold(severity, threshold) {
  if (threshold === "none") return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function gateWords(verdict) {
  return verdict === "not-gated" ? "not gated" : verdict;
}

// src/timings.ts
var enabled = false;
var last = 0;
var phases = [];
function enablePhaseTimings() {
  enabled = true;
  last = 0;
  phases.length = 0;
}
function phaseDone(label) {
  if (!enabled) return;
  const now = performance.now();
  phases.push([label, now - last]);
  last = now;
}
function phaseTimings() {
  return phases;
}
function formatPhaseTimings(timings) {
  const total = timings.reduce((sum2, [, ms]) => sum2 + ms, 0);
  return `timings (ms): ${[...timings, ["total", total]].map(([label, ms]) => `${label}=${Math.round(ms)}`).join(" ")}`;
}

// src/version.ts
var VERSION = "0.1.0";

// src/pipeline.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join5 } from "node:path";

// src/added-suppressions.ts
import { posix } from "node:path";

// src/config-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import { basename } from "node:path";

// src/drift/ignore.ts
import { readFile } from "node:fs/promises";
var LINE_FORMAT = 'write "<type> <id glob> [property path]", e.g. "AWS::S3::Bucket logs-*"';
function parseIgnoreFile(text, source) {
  const rules = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, i) => {
    const rule = parseIgnoreLine(line, `${source}:${i + 1}`);
    if (rule) rules.push(rule);
  });
  return { rules };
}
function parseIgnoreLine(line, source) {
  let rest = line.trimStart();
  if (rest === "" || rest.startsWith("#")) return null;
  const negate = rest.startsWith("!");
  if (negate) rest = rest.slice(1);
  const fail2 = (what) => {
    throw new InputError(`${source}: ${what}; ${LINE_FORMAT}`);
  };
  const fields = splitFields(rest, fail2);
  if (fields.length === 0) fail2('"!" with nothing after it negates nothing');
  if (fields.length > 3) fail2(`${fields.length} fields, at most 3 (escape a space inside an id as "\\ ")`);
  const [type, id, path] = fields;
  if (!isTypeGlob(type)) fail2(`"${type}" is not a CloudFormation type (Service::Provider::Resource, globs allowed)`);
  if (id === void 0) fail2(`"${type}" has no id glob (use * for every resource of the type)`);
  const rule = { negate, type, id, source };
  if (path !== void 0) {
    if (!isPropertyPath(path)) fail2(`"${path}" is not a property path (dotted names with [n] indexes, e.g. Tags or A.B[1].C)`);
    rule.path = formatPath(parsePath(path));
  }
  return rule;
}
function splitFields(text, fail2) {
  const fields = [];
  let current = "";
  let inField = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") {
      if (i + 1 >= text.length) fail2("the line ends in a lone backslash (write \\\\ for a backslash)");
      current += ch + text[++i];
      inField = true;
    } else if (!quoted && (ch === " " || ch === "	")) {
      if (inField) fields.push(current);
      current = "";
      inField = false;
    } else {
      if (ch === '"') quoted = !quoted;
      current += ch;
      inField = true;
    }
  }
  if (quoted) fail2('a double quote is not closed (escape a quote inside an id as \\")');
  if (inField) fields.push(current);
  return fields;
}
var TYPE_SEGMENT = /^[A-Z*?][A-Za-z0-9*?]*$/;
function isTypeGlob(type) {
  const segments = type.split("::");
  return segments.length === 3 && segments.every((s) => TYPE_SEGMENT.test(s));
}
var PATH_NAME = '[^.[\\]"\\s\\\\]+';
var PATH_QUOTED = '\\["(?:[^"\\\\]|\\\\.)*"\\]';
var PROPERTY_PATH = new RegExp(`^(?:${PATH_NAME}|${PATH_QUOTED})(?:\\.${PATH_NAME}|\\[\\d+\\]|${PATH_QUOTED})*$`);
function isPropertyPath(path) {
  return PROPERTY_PATH.test(path);
}
async function readIgnoreFile(path, shownPath) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") throw new InputError(`ignore file ${shownPath} not found; check the path`);
    if (code === "EISDIR") throw new InputError(`ignore file ${shownPath} is a folder; give the file`);
    throw new InputError(`ignore file ${shownPath} cannot be read (${code ?? err.message}); check its permissions`);
  }
  return parseIgnoreFile(text, shownPath);
}
function mergeIgnores(...parts) {
  return { rules: parts.flatMap((p) => p.rules) };
}
function isResourceIgnored(ignore, type, id) {
  if (ignore.baseline && !isResourceIgnored(ignore.baseline, type, id)) return false;
  let ignored = false;
  for (const rule of ignore.rules) {
    if (!matchesResource(rule, type, id)) continue;
    if (rule.path === void 0) ignored = !rule.negate;
    else if (rule.negate) ignored = false;
  }
  return ignored;
}
function isPathIgnored(ignore, type, id, path) {
  if (ignore.baseline && !isPathIgnored(ignore.baseline, type, id, path)) return false;
  let ignored = false;
  for (const rule of ignore.rules) {
    if (!matchesResource(rule, type, id)) continue;
    if (rule.path === void 0) ignored = !rule.negate;
    else if (rule.negate) {
      if (pathsOverlap(path, rule.path)) ignored = false;
    } else if (isUnder(path, rule.path)) ignored = true;
  }
  return ignored;
}
var compiled = /* @__PURE__ */ new WeakMap();
function compile(rule) {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      // Ids need the escape character (an id may contain '*', '?' or spaces); types never hold a backslash.
      type: rule.type.split("::").map((segment) => compileGlob(segment, { escapes: true })),
      id: compileGlob(rule.id, { escapes: true }),
      matchesMissingId: /^\*+$/.test(rule.id)
    };
    compiled.set(rule, c);
  }
  return c;
}
function matchesResource(rule, type, id) {
  const c = compile(rule);
  const segments = type.split("::");
  if (segments.length !== c.type.length || !segments.every((s, i) => matchesGlob(c.type[i], s))) return false;
  return id === null ? c.matchesMissingId : matchesGlob(c.id, id);
}
function formatIgnoreLine(type, id, path) {
  if (!isTypeGlob(type) || /[*?]/.test(type) || id === "" || hasControlCharacters(id.replaceAll("	", " "))) return null;
  const subject = `${type} ${id.replace(/[\\*?" \t]/g, "\\$&")}`;
  if (path === void 0) return subject;
  if (!isPropertyPath(path) || hasControlCharacters(path)) return null;
  return `${subject} ${formatPath(parsePath(path))}`;
}

// src/config-file.ts
var EMPTY_CONFIG_FILE = {
  skipRules: /* @__PURE__ */ new Set(),
  severity: /* @__PURE__ */ new Map(),
  suppressions: [],
  driftIgnore: { rules: [] }
};
var KNOWN_KEYS = /* @__PURE__ */ new Set(["skip-rules", "severity", "suppressions", "drift-ignore"]);
var SUPPRESSION_KEYS = /* @__PURE__ */ new Set(["rule", "resource", "account", "region", "tags", "reason", "expires"]);
function ruleSuggestion(lookup2, name) {
  const match = lookup2.suggest?.(name);
  return match === void 0 ? "" : `; did you mean "${match}"?`;
}
async function readConfigFile(path, lookup2, now) {
  const text = await readFile2(path, "utf8");
  return parseConfigFile(text, basename(path), lookup2, now);
}
function parseConfigFile(text, file, lookup2, now) {
  let doc;
  let yamlDoc;
  try {
    yamlDoc = (0, import_yaml.parseDocument)(text);
    if (yamlDoc.errors.length > 0) throw yamlDoc.errors[0];
    doc = yamlDoc.toJS();
  } catch (err) {
    const e = err;
    const pos = e.linePos?.[0];
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    throw new InputError(`config ${where}: not valid YAML (${firstLine(e.message)}); fix the file`);
  }
  if (doc === null || doc === void 0) return { ...EMPTY_CONFIG_FILE, skipRules: /* @__PURE__ */ new Set(), severity: /* @__PURE__ */ new Map(), driftIgnore: { rules: [] } };
  if (typeof doc !== "object" || Array.isArray(doc)) throw new InputError(`config ${file}: expected a mapping with ${[...KNOWN_KEYS].join(", ")}`);
  const obj = doc;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) throw new InputError(`config ${file}: unknown key "${key}"${didYouMean(key, KNOWN_KEYS) || `; known keys are ${[...KNOWN_KEYS].join(", ")}`}`);
  }
  const rulesOf = (name, where) => {
    if (typeof name !== "string" || name.trim() === "") throw new InputError(`config ${file}: ${where} needs a rule id`);
    const rules = lookup2(name.trim());
    if (rules.length === 0) {
      const suggestion = ruleSuggestion(lookup2, name.trim());
      throw new InputError(`config ${file}: ${where}: unknown rule id "${name}"${suggestion || "; see the rule list in docs/rules.md"}`);
    }
    return rules;
  };
  const lineAt = (path) => {
    const node = yamlDoc.getIn(path, true);
    return node?.range ? lineAndColumn(text, node.range[0]).line : void 0;
  };
  const entryLines = { skipRules: /* @__PURE__ */ new Map(), severity: /* @__PURE__ */ new Map() };
  const skipRules = /* @__PURE__ */ new Set();
  const skip = obj["skip-rules"] ?? [];
  if (!Array.isArray(skip)) throw new InputError(`config ${file}: skip-rules must be a list of rule ids`);
  skip.forEach((name, i) => {
    for (const rule of rulesOf(name, "skip-rules")) {
      skipRules.add(rule.id);
      const line = lineAt(["skip-rules", i]);
      if (line !== void 0) entryLines.skipRules.set(rule.id, line);
    }
  });
  const severity = /* @__PURE__ */ new Map();
  const sev = obj.severity ?? {};
  if (typeof sev !== "object" || Array.isArray(sev)) throw new InputError(`config ${file}: severity must map rule ids to severities`);
  for (const [name, value] of Object.entries(sev)) {
    const level = String(value).toLowerCase();
    if (!SEVERITIES.includes(level)) {
      throw new InputError(`config ${file}: severity of ${name}: "${String(value)}" is not a severity; use one of ${SEVERITIES.join(", ")}`);
    }
    for (const rule of rulesOf(name, `severity of ${name}`)) {
      severity.set(rule.id, level);
      const line = lineAt(["severity", name]);
      if (line !== void 0) entryLines.severity.set(rule.id, line);
    }
  }
  const suppressions = [];
  const list = obj.suppressions ?? [];
  if (!Array.isArray(list)) throw new InputError(`config ${file}: suppressions must be a list`);
  list.forEach((entry2, i) => {
    const where = `suppressions[${i}]`;
    if (!entry2 || typeof entry2 !== "object" || Array.isArray(entry2)) throw new InputError(`config ${file}: ${where} must be a mapping`);
    const s = entry2;
    for (const key of Object.keys(s)) {
      if (!SUPPRESSION_KEYS.has(key)) throw new InputError(`config ${file}: ${where}: unknown key "${key}"; known keys are ${[...SUPPRESSION_KEYS].join(", ")}`);
    }
    const rules = rulesOf(s.rule, where);
    const reason = typeof s.reason === "string" ? s.reason.trim() : "";
    if (reason === "") throw new InputError(`config ${file}: ${where} (${String(s.rule)}) has no reason; say why the finding is accepted`);
    let expires;
    let expired = false;
    if (s.expires !== void 0) {
      const raw = s.expires instanceof Date ? s.expires.toISOString().slice(0, 10) : String(s.expires);
      if (!isCalendarDate(raw)) throw new InputError(`config ${file}: ${where}: expires "${raw}" is not a date; use YYYY-MM-DD`);
      expires = raw;
      expired = (/* @__PURE__ */ new Date(`${raw}T23:59:59.999Z`)).getTime() < now.getTime();
    }
    let tags;
    if (s.tags !== void 0) {
      if (!s.tags || typeof s.tags !== "object" || Array.isArray(s.tags)) throw new InputError(`config ${file}: ${where}: tags must map tag keys to values`);
      tags = Object.fromEntries(
        Object.entries(s.tags).map(([k, v]) => [k, String(asWritten(v, yamlDoc.getIn(["suppressions", i, "tags", k], true)))])
      );
    }
    suppressions.push({
      rules,
      ruleName: String(s.rule),
      resource: optionalString(s.resource, file, `${where}.resource`),
      account: accountId(s.account, yamlDoc.getIn(["suppressions", i, "account"], true), file, `${where}.account`),
      region: optionalString(s.region, file, `${where}.region`),
      tags,
      reason,
      expires,
      expired,
      line: lineAt(["suppressions", i])
    });
  });
  return { skipRules, severity, suppressions, driftIgnore: driftIgnoreRules(obj["drift-ignore"], yamlDoc, file), entryLines };
}
function driftIgnoreRules(value, yamlDoc, file) {
  if (value === void 0 || value === null) return { rules: [] };
  if (!Array.isArray(value)) throw new InputError(`config ${file}: drift-ignore must be a list of "<type> <id glob> [property path]" lines`);
  const rules = [];
  value.forEach((line, i) => {
    const source = `${file}:drift-ignore[${i}]`;
    const node = yamlDoc.getIn(["drift-ignore", i], true);
    if (node?.tag?.startsWith("!") && !node.tag.startsWith("!!")) {
      throw new InputError(`config ${source}: a line starting with ! must be quoted in YAML, e.g. - "${node.tag} ${String(line)}"`);
    }
    if (typeof line !== "string") throw new InputError(`config ${source}: must be a line "<type> <id glob> [property path]", not ${line === null ? "empty" : typeof line}`);
    const rule = parseIgnoreLine(line, `config ${source}`);
    if (rule === null) throw new InputError(`config ${source}: is empty or a comment; remove it`);
    rules.push({ ...rule, source });
  });
  return { rules };
}
function optionalString(value, file, where) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") throw new InputError(`config ${file}: ${where} must be a string`);
  return value;
}
function asWritten(value, node) {
  return typeof value === "number" && (0, import_yaml.isScalar)(node) && typeof node.source === "string" ? node.source : value;
}
function isCalendarDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function accountId(value, node, file, where) {
  if (value === void 0 || value === null) return void 0;
  const written = asWritten(value, node);
  if (typeof written !== "string" && typeof written !== "number") throw new InputError(`config ${file}: ${where} must be a 12-digit AWS account id`);
  const id = String(written).trim();
  if (!/^\d{12}$/.test(id)) throw new InputError(`config ${file}: ${where}: "${id}" is not a 12-digit AWS account id; write it in quotes, e.g. "012345678901"`);
  return id;
}
function firstLine(message) {
  return message.split("\n")[0];
}

// src/sources/hcl/modules.ts
import { readdir, readFile as readFile3, stat } from "node:fs/promises";
import { join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/sources/hcl/lexer.ts
var HclScanError = class extends Error {
  constructor(reason, line, column) {
    super(`${line}:${column}: ${reason}`);
    this.reason = reason;
    this.line = line;
    this.column = column;
    this.name = "HclScanError";
  }
  reason;
  line;
  column;
};
var IDENT_START = /[A-Za-z_]/;
var IDENT_PART = /[A-Za-z0-9_-]/;
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  line = 1;
  lineStart = 0;
  tokens = [];
  comments = [];
  column(at = this.pos) {
    return at - this.lineStart + 1;
  }
  advanceNewline() {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }
  run() {
    const text = this.text;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === "\n") {
        this.tokens.push({ kind: "newline", line: this.line, column: this.column() });
        this.advanceNewline();
      } else if (ch === " " || ch === "	" || ch === "\r") {
        this.pos++;
      } else if (ch === "#" || ch === "/" && text[this.pos + 1] === "/") {
        this.lineComment(ch === "#" ? 1 : 2);
      } else if (ch === "/" && text[this.pos + 1] === "*") {
        this.blockComment();
      } else if (ch === '"') {
        this.quotedString();
      } else if (ch === "<" && text[this.pos + 1] === "<" && this.heredocAhead()) {
        this.heredoc();
      } else if (ch === "{") {
        this.tokens.push({ kind: "open", line: this.line, column: this.column() });
        this.pos++;
      } else if (ch === "}") {
        this.tokens.push({ kind: "close", line: this.line, column: this.column() });
        this.pos++;
      } else if (ch === "=" && text[this.pos + 1] !== "=" && text[this.pos + 1] !== ">") {
        this.tokens.push({ kind: "equals", line: this.line, column: this.column() });
        this.pos++;
      } else if (IDENT_START.test(ch)) {
        const start = this.pos;
        while (this.pos < text.length && IDENT_PART.test(text[this.pos])) this.pos++;
        this.tokens.push({ kind: "ident", line: this.line, column: this.column(start), value: text.slice(start, this.pos) });
      } else {
        const start = this.pos;
        if (ch === "=" || ch === "!" || ch === "<" || ch === ">") this.pos += text[this.pos + 1] === "=" || text[this.pos + 1] === ">" ? 2 : 1;
        else this.pos++;
        this.tokens.push({ kind: "other", line: this.line, column: this.column(this.pos - 1), value: text.slice(start, this.pos) });
      }
    }
  }
  lineComment(markerLength) {
    const line = this.line;
    const start = this.pos + markerLength;
    let end = this.text.indexOf("\n", start);
    if (end === -1) end = this.text.length;
    this.comments.push({ text: this.text.slice(start, end).replace(/\r$/, ""), line });
    this.pos = end;
  }
  blockComment() {
    const line = this.line;
    const column = this.column();
    const end = this.text.indexOf("*/", this.pos + 2);
    if (end === -1) throw new HclScanError("Unterminated comment; a /* comment has no closing */", line, column);
    this.comments.push({ text: this.text.slice(this.pos + 2, end), line });
    this.skipTo(end + 2);
  }
  /** Move to `target`, counting the newlines passed. */
  skipTo(target) {
    while (this.pos < target) {
      if (this.text[this.pos] === "\n") this.advanceNewline();
      else this.pos++;
    }
  }
  quotedString() {
    const line = this.line;
    const column = this.column();
    this.pos++;
    let literal = "";
    let interpolated = false;
    const text = this.text;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === '"') {
        this.pos++;
        this.tokens.push({ kind: "string", line, column, value: interpolated ? void 0 : literal });
        return;
      }
      if (ch === "\n") break;
      if (ch === "\\") {
        literal += unescape(text[this.pos + 1] ?? "");
        this.pos += 2;
        continue;
      }
      if ((ch === "$" || ch === "%") && text[this.pos + 1] === ch && text[this.pos + 2] === "{") {
        literal += `${ch}{`;
        this.pos += 3;
        continue;
      }
      if ((ch === "$" || ch === "%") && text[this.pos + 1] === "{") {
        interpolated = true;
        this.pos += 2;
        this.templateExpression();
        continue;
      }
      literal += ch;
      this.pos++;
    }
    throw new HclScanError("Unterminated string; a quoted string has no closing quote on its line", line, column);
  }
  /** Skip an interpolation's expression up to its closing brace; strings, heredocs and braces nest inside. */
  templateExpression() {
    const line = this.line;
    const column = this.column();
    let depth = 0;
    const text = this.text;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === "}") {
        this.pos++;
        if (depth === 0) return;
        depth--;
      } else if (ch === "{") {
        depth++;
        this.pos++;
      } else if (ch === '"') {
        const before = this.tokens.length;
        this.quotedString();
        this.tokens.length = before;
      } else if (ch === "\n") {
        this.advanceNewline();
      } else if (ch === "#" || ch === "/" && text[this.pos + 1] === "/") {
        this.lineComment(ch === "#" ? 1 : 2);
      } else if (ch === "/" && text[this.pos + 1] === "*") {
        this.blockComment();
      } else if (ch === "<" && text[this.pos + 1] === "<" && this.heredocAhead()) {
        const before = this.tokens.length;
        this.heredoc();
        this.tokens.length = before;
      } else {
        this.pos++;
      }
    }
    throw new HclScanError("Unterminated template interpolation; a ${ or %{ has no closing }", line, column);
  }
  heredocAhead() {
    return /^<<-?[A-Za-z_][A-Za-z0-9_-]*[ \t]*\r?\n/.test(this.text.slice(this.pos, this.pos + 80));
  }
  heredoc() {
    const line = this.line;
    const column = this.column();
    const header = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(this.text.slice(this.pos, this.pos + 80));
    const marker = header[1];
    this.skipTo(this.pos + header[0].length);
    while (this.pos < this.text.length) {
      let end = this.text.indexOf("\n", this.pos);
      if (end === -1) end = this.text.length;
      const content = this.text.slice(this.pos, end).trim();
      if (content === marker) {
        this.pos = end;
        this.tokens.push({ kind: "heredoc", line, column });
        return;
      }
      this.skipTo(end < this.text.length ? end + 1 : end);
    }
    throw new HclScanError(`Unterminated heredoc; no line holds the closing marker ${marker}`, line, column);
  }
};
function unescape(ch) {
  switch (ch) {
    case "n":
      return "\n";
    case "t":
      return "	";
    case "r":
      return "\r";
    default:
      return ch;
  }
}
function scanHcl(text) {
  const scanner = new Scanner(text);
  scanner.run();
  const tokens = scanner.tokens;
  const blocks2 = [];
  let depth = 0;
  let current;
  let header = [];
  let statement2 = [];
  const openBraces = [];
  for (const token of tokens) {
    if (token.kind === "open") {
      if (depth === 0) {
        const first = header[0];
        current = first?.kind === "ident" ? {
          kind: first.value,
          labels: header.slice(1).map((t) => t.value ?? ""),
          line: first.line,
          endLine: first.line,
          literalAttributes: {},
          dynamicBlocks: []
        } : void 0;
        header = [];
        statement2 = [];
      } else if (depth === 1) {
        if (current && statement2.length === 2 && statement2[0].kind === "ident" && statement2[0].value === "dynamic" && statement2[1].kind === "string" && statement2[1].value !== void 0) {
          current.dynamicBlocks.push(statement2[1].value);
        }
        statement2.push(token);
      }
      openBraces.push(token);
      depth++;
      continue;
    }
    if (token.kind === "close") {
      if (depth === 0) throw new HclScanError("Unexpected }; there is no block to close", token.line, token.column);
      openBraces.pop();
      depth--;
      if (depth === 0) {
        endStatement();
        if (current) {
          current.endLine = token.line;
          blocks2.push(current);
          current = void 0;
        }
      } else if (depth === 1) {
        statement2.push(token);
      }
      continue;
    }
    if (token.kind === "newline") {
      if (depth === 0) header = [];
      if (depth === 1) endStatement();
      continue;
    }
    if (depth === 0) header.push(token);
    else if (depth === 1) statement2.push(token);
  }
  if (depth > 0) {
    const open = openBraces[openBraces.length - 1];
    throw new HclScanError("Unclosed block; there is no closing brace for this block before the end of the file", open.line, open.column);
  }
  return { blocks: blocks2, comments: scanner.comments, capitalisedBooleans: capitalisedBooleans(tokens) };
  function endStatement() {
    if (current && statement2.length === 3 && statement2[0].kind === "ident" && statement2[1].kind === "equals" && statement2[2].kind === "string" && statement2[2].value !== void 0) {
      current.literalAttributes[statement2[0].value] = statement2[2].value;
    }
    statement2 = [];
  }
}
var CAPITALISED_BOOLEANS = /* @__PURE__ */ new Set(["True", "False", "TRUE", "FALSE"]);
function capitalisedBooleans(tokens) {
  const found = [];
  const iterators = localNames(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== "ident" || !CAPITALISED_BOOLEANS.has(token.value) || iterators.has(token.value)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.kind === "other" && before.value === ".") continue;
    if (after?.kind === "equals" || after?.kind === "open" || after?.kind === "string") continue;
    if (after?.kind === "other" && (after.value === "." || after.value === "[" || after.value === "(")) continue;
    if (after?.kind === "other" && after.value === ":" && !(before?.kind === "other" && before.value === "?")) continue;
    found.push({ word: token.value, line: token.line, column: token.column });
  }
  return found;
}
function localNames(tokens) {
  const names = /* @__PURE__ */ new Set();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [first, second, third] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (first.kind !== "ident") continue;
    if (first.value === "iterator" && second.kind === "equals" && third.kind === "ident") names.add(third.value);
    if (first.value !== "for" || second.kind !== "ident") continue;
    names.add(second.value);
    if (third.kind === "other" && third.value === "," && tokens[i + 3]?.kind === "ident") names.add(tokens[i + 3].value);
  }
  return names;
}

// src/sources/hcl/modules.ts
function repoRelative(repoRoot, absolute) {
  return relative2(repoRoot, absolute).split(sep2).join("/");
}
function displaySource(source) {
  const getter = /^[A-Za-z0-9]+::/.exec(source)?.[0] ?? "";
  let rest = source.slice(getter.length);
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(rest)?.[0] ?? "";
  rest = rest.slice(scheme.length);
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    if (/[?#]/.test(rest.slice(0, at))) return `${getter}${scheme}\u2026`;
    rest = `***@${rest.slice(at + 1)}`;
  }
  const query = rest.search(/[?#]/);
  if (query >= 0) rest = `${rest.slice(0, query + 1)}\u2026`;
  return `${getter}${scheme}${rest}`;
}
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../");
}
async function loadModuleTree(dir, opts, warnings) {
  const root = resolve2(dir);
  if (!await isDirectory(root)) {
    throw new InputError(`terraform-dir: ${dir} is not a folder; give the folder that holds the .tf files`);
  }
  const cache = /* @__PURE__ */ new Map();
  return visit(root, "", []);
  async function visit(moduleDir, prefix, callers) {
    let files = cache.get(moduleDir);
    if (!files) {
      files = readModuleFiles(moduleDir, opts, warnings);
      cache.set(moduleDir, files);
    }
    const node = { dir: moduleDir, prefix, files: await files, calls: [], blocks: [] };
    for (const file of node.files) {
      for (const block2 of file.scanned.blocks) {
        if (block2.kind === "resource" && block2.labels.length === 2) {
          const [type, name] = block2.labels;
          node.blocks.push({
            address: `${prefix}${type}.${name}`,
            type,
            name,
            file: file.file,
            line: block2.line,
            endLine: block2.endLine,
            suppressions: suppressionsIn(file.scanned.comments, block2.line, block2.endLine, file.file),
            dynamicBlocks: block2.dynamicBlocks
          });
        } else if (block2.kind === "module" && block2.labels.length === 1) {
          const call2 = await followCall(block2.labels[0], block2.literalAttributes.source, moduleDir, prefix, callers);
          node.calls.push({ ...call2, file: file.file, line: block2.line });
        }
      }
    }
    return node;
  }
  async function followCall(name, source, moduleDir, prefix, callers) {
    const address = `${prefix}module.${name}`;
    if (source === void 0) {
      warnings.push(`${address}: its source is not a literal string; its resources are not read`);
      return { name, source: "" };
    }
    if (!isLocalSource(source)) {
      warnings.push(`${address}: source "${displaySource(source)}" is not a local folder; its resources are not read from .tf code (a plan still covers them)`);
      return { name, source };
    }
    const childDir = resolve2(moduleDir, source);
    if (callers.includes(childDir) || childDir === moduleDir) {
      warnings.push(`${address}: source "${source}" calls a module that is already being read (a cycle); not followed`);
      return { name, source };
    }
    if (!await isDirectory(childDir)) {
      warnings.push(`${address}: source "${source}" is not a folder (${repoRelative(opts.repoRoot, childDir)}); its resources are not read`);
      return { name, source };
    }
    return { name, source, child: await visit(childDir, `${address}.`, [...callers, moduleDir]) };
  }
}
async function readModuleFiles(moduleDir, opts, warnings) {
  const names = (await readdir(moduleDir, { withFileTypes: true })).filter((entry2) => entry2.isFile()).map((entry2) => entry2.name).sort();
  const files = [];
  for (const name of names) {
    const absolute = join2(moduleDir, name);
    const file = repoRelative(opts.repoRoot, absolute);
    if (name.endsWith(".tf.json")) {
      warnings.push(`${file}: .tf.json files are not read; its resources have no location and no plan-less checks`);
      continue;
    }
    if (!name.endsWith(".tf")) continue;
    if (name === "override.tf" || name.endsWith("_override.tf")) {
      warnings.push(`${file}: override files are not merged; its contents are not read`);
      continue;
    }
    const text = await readFile3(absolute, "utf8");
    await opts.validate?.(file, text, absolute);
    let scanned;
    try {
      scanned = scanHcl(text);
    } catch (error) {
      if (error instanceof HclScanError) throw new InputError(`${file}:${error.line}:${error.column}: ${error.reason}`);
      throw error;
    }
    for (const found of scanned.capitalisedBooleans) warnings.push(capitalisedBooleanWarning(file, found));
    files.push({ file, absolute, text, scanned });
  }
  return files;
}
function capitalisedBooleanWarning(file, found) {
  return `${file}:${found.line}: ${found.word} is not an HCL boolean; write ${found.word.toLowerCase()}`;
}
var PLUMBLINE_IGNORE = /^\s*plumbline:ignore\s+(\S+)(?:\s+([\s\S]*))?$/;
var CHECKOV_SKIP = /^\s*checkov:skip=([^:\s]+)\s*(?::([\s\S]*))?$/;
function suppressionsIn(comments, line, endLine, file) {
  const out = [];
  for (const comment of comments) {
    if (comment.line < line || comment.line > endLine) continue;
    const text = comment.text.trim();
    const ours = PLUMBLINE_IGNORE.exec(text);
    if (ours) {
      out.push({ kind: "plumbline", rule: ours[1], reason: oneLine(ours[2]), file, line: comment.line });
      continue;
    }
    const checkov = CHECKOV_SKIP.exec(text);
    if (checkov) out.push({ kind: "checkov", rule: checkov[1], reason: oneLine(checkov[2]), file, line: comment.line });
  }
  return out;
}
function oneLine(reason) {
  return (reason ?? "").replace(/\s+/g, " ").trim();
}
function allBlocks(node) {
  return [...node.blocks, ...node.calls.flatMap((call2) => call2.child ? allBlocks(call2.child) : [])];
}
async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

// src/added-suppressions.ts
async function compareSuppressions(input) {
  const warnings = [];
  const what = "suppressions added by this change";
  let changed;
  let changedList = [];
  try {
    changedList = await input.base.changedFiles();
    changed = new Map(changedList.map((f) => [f.path, f]));
  } catch (err) {
    warnings.push(`${what}: the files the change touches could not be listed against ${input.base.name} (${oneLine2(err)}); every suppression counts as added`);
  }
  const baseText = async (path) => {
    if (!changed) return { kind: "unreadable" };
    const change = changed.get(path);
    if (!change) return { kind: "same" };
    if (change.status === "added" || change.status === "copied") return { kind: "text", text: null };
    return readAtBase(change.previousPath ?? path);
  };
  const readAtBase = async (path) => {
    try {
      return { kind: "text", text: await input.base.readBase(path) };
    } catch (err) {
      warnings.push(`${what}: ${path} could not be read at ${input.base.name} (${oneLine2(err)}); its suppressions count as added`);
      return { kind: "unreadable" };
    }
  };
  const inline = await compareInline(input, changed, changedList, readAtBase, warnings);
  const config = await compareConfig(input, await baseConfigText(input, baseText), warnings);
  const drift = await compareDrift(input, config.base, baseText, warnings);
  const applied = !input.ignoreAdded;
  const added = [...inline.added, ...config.added, ...drift.added].map((a) => ({ ...a, applied }));
  return {
    baseline: { hadInline: inline.hadInline, config: config.base.suppressions, ignoreAdded: input.ignoreAdded },
    configFile: input.ignoreAdded ? config.effective : input.configFile,
    driftBaseline: drift.base,
    added,
    warnings
  };
}
async function compareInline(input, changed, changedList, readAtBase, warnings) {
  const ruleIds = (s) => {
    const rules = input.lookup(s.rule);
    return rules.length > 0 ? rules.map((r) => r.id) : [s.rule];
  };
  const key = (file, type, name, ruleId) => `${posix.dirname(file)}\0${type}.${name}\0${ruleId}`;
  const baseKeys = /* @__PURE__ */ new Set();
  if (changed) {
    for (const block2 of input.blocks) {
      if (changed.has(block2.file)) continue;
      for (const s of block2.suppressions) for (const id of ruleIds(s)) baseKeys.add(key(block2.file, block2.type, block2.name, id));
    }
    const folders = new Set(input.blocks.map((b) => posix.dirname(b.file)));
    for (const change of changedList) {
      const basePath = change.previousPath ?? change.path;
      if (change.status === "added" || change.status === "copied" || !basePath.endsWith(".tf") || !folders.has(posix.dirname(basePath))) continue;
      const read3 = await readAtBase(basePath);
      if (read3.kind !== "text" || read3.text === null) continue;
      let scanned;
      try {
        scanned = scanHcl(read3.text);
      } catch (err) {
        warnings.push(`suppressions added by this change: ${basePath} at the base could not be read as HCL (${oneLine2(err)}); its suppressions count as added`);
        continue;
      }
      for (const block2 of scanned.blocks) {
        if (block2.kind !== "resource" || block2.labels.length !== 2) continue;
        const [type, name] = block2.labels;
        for (const s of suppressionsIn(scanned.comments, block2.line, block2.endLine, basePath)) for (const id of ruleIds(s)) baseKeys.add(key(basePath, type, name, id));
      }
    }
  }
  const hadInline = (block2, ruleId) => baseKeys.has(key(block2.file, block2.type, block2.name, ruleId));
  const added = [];
  for (const block2 of input.blocks) {
    for (const s of block2.suppressions) {
      if (ruleIds(s).every((id) => hadInline(block2, id))) continue;
      added.push({ kind: s.kind === "checkov" ? "checkov-skip" : "inline", rule: s.rule, resource: block2.address, file: s.file, line: s.line, reason: s.reason });
    }
  }
  return { added, hadInline };
}
async function baseConfigText(input, baseText) {
  return input.configPath === void 0 ? { kind: "same" } : baseText(input.configPath);
}
async function compareConfig(input, read3, warnings) {
  const head = input.configFile;
  if (read3.kind === "same") return { added: [], base: head, effective: head };
  let base = EMPTY_CONFIG_FILE;
  if (read3.kind === "text" && read3.text !== null) {
    try {
      base = parseConfigFile(read3.text, input.configPath ?? ".plumbline.yml", input.lookup, input.now);
    } catch (err) {
      warnings.push(`suppressions added by this change: ${input.configPath} at the base could not be read (${oneLine2(err)}); its entries count as added`);
    }
  }
  const file = input.configPath ?? ".plumbline.yml";
  const added = [];
  const baseScopes = new Set(base.suppressions.filter((s) => !s.expired).map(scopeOf));
  for (const s of head.suppressions) {
    if (s.expired || baseScopes.has(scopeOf(s))) continue;
    added.push({ kind: "config", rule: s.ruleName, resource: describeScope(s), file, line: s.line, reason: s.reason });
  }
  for (const id of head.skipRules) {
    if (!base.skipRules.has(id)) added.push({ kind: "skip-rules", rule: id, file, line: head.entryLines?.skipRules.get(id) });
  }
  const severityOf = (config, id) => config.severity.get(id) ?? input.lookup(id)[0]?.severity;
  const effectiveSeverity = new Map(head.severity);
  for (const id of /* @__PURE__ */ new Set([...head.severity.keys(), ...base.severity.keys()])) {
    const now = severityOf(head, id);
    const before = severityOf(base, id);
    if (!now || !before || SEVERITY_RANK[now] >= SEVERITY_RANK[before]) continue;
    added.push({ kind: "severity", rule: id, file, line: head.entryLines?.severity.get(id), detail: `${before} \u2192 ${now}` });
    effectiveSeverity.set(id, before);
  }
  const effective = {
    ...head,
    skipRules: new Set([...head.skipRules].filter((id) => base.skipRules.has(id))),
    severity: effectiveSeverity
  };
  return { added, base, effective };
}
async function compareDrift(input, baseConfig, baseText, warnings) {
  const baseRules = [...baseConfig.driftIgnore.rules];
  for (const { file, ignore } of input.ignoreFiles) {
    const read3 = await baseText(file);
    if (read3.kind === "same") baseRules.push(...ignore.rules);
    else if (read3.kind === "text" && read3.text !== null) {
      try {
        baseRules.push(...parseIgnoreFile(read3.text, file).rules);
      } catch (err) {
        warnings.push(`suppressions added by this change: ${file} at the base could not be read (${oneLine2(err)}); its lines count as added`);
      }
    }
  }
  const headRules = [...input.configFile.driftIgnore.rules, ...input.ignoreFiles.flatMap((f) => f.ignore.rules)];
  const baseLines = new Set(baseRules.map(ignoreLine));
  const headLines = new Set(headRules.map(ignoreLine));
  const added = [];
  for (const rule of headRules) {
    if (!rule.negate && !baseLines.has(ignoreLine(rule))) added.push({ kind: "drift-ignore", resource: ignoreLine(rule), ...sourceOf(rule.source, input.configPath) });
  }
  for (const rule of baseRules) {
    if (rule.negate && !headLines.has(ignoreLine(rule))) added.push({ kind: "drift-ignore", resource: ignoreLine(rule), ...sourceOf(rule.source, input.configPath), detail: "negation removed" });
  }
  return { added, base: { rules: baseRules } };
}
function scopeOf(s) {
  const tags = s.tags ? Object.entries(s.tags).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0) : null;
  return JSON.stringify([s.rules.map((r) => r.id).sort(), s.resource ?? null, s.account ?? null, s.region ?? null, tags]);
}
function describeScope(s) {
  const parts = [s.resource ?? "every resource"];
  if (s.account) parts.push(`account ${s.account}`);
  if (s.region) parts.push(`region ${s.region}`);
  if (s.tags) parts.push(`tags ${Object.entries(s.tags).map(([k, v]) => `${k}=${v}`).join(", ")}`);
  return parts.join(", ");
}
function ignoreLine(rule) {
  return `${rule.negate ? "!" : ""}${rule.type} ${rule.id}${rule.path !== void 0 ? ` ${rule.path}` : ""}`;
}
function sourceOf(source, configPath) {
  const match = /^(.*):(\d+)$/.exec(source);
  if (match) return { file: match[1], line: Number(match[2]) };
  return { file: configPath ?? source.replace(/:drift-ignore\[\d+\]$/, "") };
}
function oneLine2(err) {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0];
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

// src/model/resource-ref.ts
function resourceRef(resource) {
  const ref = { type: resource.type, id: resource.id, origin: resource.origin };
  if (resource.tfType) ref.tfType = resource.tfType;
  if (resource.address) ref.address = resource.address;
  if (resource.part !== void 0) ref.part = resource.part;
  if (resource.account) ref.account = resource.account;
  if (resource.region) ref.region = resource.region;
  if (resource.origin === "live") {
    const arn = liveArn(resource);
    if (arn) ref.arn = arn;
  }
  return ref;
}
var EC2_ARN_KIND = {
  "AWS::EC2::Instance": "instance",
  "AWS::EC2::SecurityGroup": "security-group",
  "AWS::EC2::Volume": "volume",
  "AWS::EC2::VPC": "vpc",
  "AWS::EC2::Subnet": "subnet",
  "AWS::EC2::FlowLog": "vpc-flow-log"
};
function liveArn(resource) {
  for (const key of ["Arn", "PolicyArn", "KeyArn", "FunctionArn", "DBInstanceArn", "DBClusterArn", "TrailArn"]) {
    const value = resource.properties[key];
    if (typeof value === "string" && value.startsWith("arn:")) return value;
  }
  if (!resource.id || !resource.account) return void 0;
  if (resource.type === "AWS::S3::Bucket") return `arn:aws:s3:::${resource.id}`;
  const kind = EC2_ARN_KIND[resource.type];
  if (kind && resource.region && resource.region !== "global") return `arn:aws:ec2:${resource.region}:${resource.account}:${kind}/${resource.id}`;
  return void 0;
}

// src/evaluate.ts
function buildView(resources) {
  const byType = /* @__PURE__ */ new Map();
  for (const r of resources) {
    let list = byType.get(r.type);
    if (!list) byType.set(r.type, list = []);
    list.push(r);
  }
  let byId;
  const indexById = () => {
    const index2 = /* @__PURE__ */ new Map();
    for (const r of resources) {
      if (r.id === null) continue;
      let ofType = index2.get(r.type);
      if (!ofType) index2.set(r.type, ofType = /* @__PURE__ */ new Map());
      ofType.set(r.id, r);
    }
    return index2;
  };
  const none = Object.freeze([]);
  return {
    ofType: (type) => byType.get(type) ?? none,
    find: (type, id) => (byId ??= indexById()).get(type)?.get(id)
  };
}
function evaluateInventory(resources, ctx) {
  const view = buildView(resources);
  const rulesByType = /* @__PURE__ */ new Map();
  for (const rule of ctx.rules) {
    if (ctx.configFile.skipRules.has(rule.id)) continue;
    const severity = ctx.configFile.severity.get(rule.id) ?? rule.severity;
    for (const type of rule.resourceTypes) {
      let list = rulesByType.get(type);
      if (!list) rulesByType.set(type, list = []);
      list.push({ rule, severity });
    }
  }
  const evaluations = [];
  for (let r = 0; r < resources.length; r++) {
    const resource = resources[r];
    const rules = rulesByType.get(resource.type);
    if (!rules) continue;
    const block2 = resource.address && ctx.blocks.size > 0 ? ctx.blocks.get(configAddress(resource.address)) : void 0;
    const location2 = resource.location ?? (block2 ? { file: block2.file, line: block2.line } : void 0);
    const secrets = sensitiveStrings(resource);
    const ref = resourceRef(resource);
    if (ref.id !== null && secrets.length > 0 && redactText(ref.id, secrets) !== ref.id) ref.id = REDACTED_TEXT;
    for (let i = 0; i < rules.length; i++) {
      const { rule, severity } = rules[i];
      const outcome = checkSafely(rule, resource, view);
      if (!outcome) continue;
      const evaluation = {
        rule: rule.id,
        status: outcome.status,
        severity,
        title: rule.title,
        message: secrets.length > 0 ? redactText(outcome.message, secrets) : outcome.message,
        resource: ref,
        path: outcome.path,
        location: location2,
        aliases: rule.aliases,
        frameworks: rule.frameworks
      };
      if (outcome.status === "fail") {
        const suppression = inlineSuppression(rule, block2, ctx.lookup) ?? configSuppression(rule, resource, ctx.configFile.suppressions);
        const added = suppression !== void 0 && ctx.baseline !== void 0 && !baseSuppresses(ctx.baseline, rule, block2, resource);
        if (suppression && !(added && ctx.baseline?.ignoreAdded)) {
          evaluation.status = "suppressed";
          evaluation.suppression = added ? { ...suppression, addedByChange: true } : suppression;
        }
      }
      evaluations.push(evaluation);
    }
  }
  return evaluations;
}
function checkSafely(rule, resource, view) {
  try {
    return rule.check(resource, view);
  } catch (err) {
    return { status: "error", message: `rule ${rule.id} could not judge this resource: ${errorReason(err)}` };
  }
}
var MAX_REASON_CHARS = 200;
function errorReason(err) {
  const text = err instanceof Error ? `${err.name === "Error" ? "" : `${err.name}: `}${err.message}` : String(err);
  const line = printable(text.split(/\r?\n/)[0]).trim();
  return line.length > MAX_REASON_CHARS ? `${line.slice(0, MAX_REASON_CHARS - 1)}\u2026` : line || "no reason given";
}
var REDACTED_TEXT = "(sensitive)";
function sensitiveStrings(resource) {
  if (!resource.sensitive || resource.sensitive.length === 0) return [];
  const found = [...stringsAtPaths(resource.properties, resource.sensitive)].filter((value) => value.trim() !== "");
  return found.sort((a, b) => b.length - a.length);
}
function redactText(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (!out.includes(secret)) continue;
    if (secret.length >= 4) out = out.split(secret).join(REDACTED_TEXT);
    else {
      const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      out = out.replace(new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`, "g"), REDACTED_TEXT);
    }
  }
  return out;
}
function inlineSuppression(rule, block2, lookup2) {
  if (!block2) return void 0;
  for (const s of block2.suppressions) {
    if (lookup2(s.rule).some((r) => r.id === rule.id)) {
      return { source: s.kind === "checkov" ? "checkov-skip" : "inline", reason: s.reason };
    }
  }
  return void 0;
}
function baseSuppresses(baseline, rule, block2, resource) {
  return block2 !== void 0 && baseline.hadInline(block2, rule.id) || configSuppression(rule, resource, baseline.config) !== void 0;
}
function configSuppression(rule, resource, suppressions) {
  for (const s of suppressions) {
    if (s.expired || !s.rules.some((r) => r.id === rule.id)) continue;
    if (s.resource !== void 0 && !resourceMatches(s.resource, resource)) continue;
    if (s.account !== void 0 && s.account !== resource.account) continue;
    if (s.region !== void 0 && s.region !== resource.region) continue;
    if (s.tags !== void 0 && !tagsMatch(s.tags, resource)) continue;
    const suppression = { source: "config", reason: s.reason };
    if (s.expires) suppression.expires = s.expires;
    return suppression;
  }
  return void 0;
}
function resourceMatches(pattern, resource) {
  const space = pattern.indexOf(" ");
  if (space > 0 && pattern.slice(0, space).includes("::")) {
    const type = pattern.slice(0, space);
    const idGlob = pattern.slice(space + 1).trim();
    return type === resource.type && resource.id !== null && globMatch(idGlob, resource.id);
  }
  return resource.address !== void 0 && globMatch(pattern, resource.address);
}
function tagsMatch(wanted, resource) {
  const tags = resource.properties.Tags;
  if (!Array.isArray(tags)) return false;
  const have = /* @__PURE__ */ new Map();
  for (const t of tags) if (t && typeof t === "object") have.set(String(t.Key), t.Value);
  return Object.entries(wanted).every(([k, v]) => have.get(k) === v);
}
function inlineSuppressionWarnings(blocks2, lookup2) {
  const warnings = [];
  for (const block2 of blocks2) {
    for (const s of block2.suppressions) {
      const where = `${s.file}:${s.line}`;
      const written = describeInline(s);
      if (lookup2(s.rule).length === 0) {
        const suggestion = ruleSuggestion(lookup2, s.rule);
        warnings.push(`${where}: ${written} names no known rule; it suppresses nothing (${suggestion ? suggestion.slice(2) : "check the rule id"})`);
      } else if (s.reason.trim() === "") warnings.push(`${where}: ${written} has no reason; add one so reviewers know why the finding is accepted`);
    }
  }
  return warnings;
}
function expiredSuppressionWarnings(configFile) {
  return configFile.suppressions.filter((s) => s.expired).map((s) => `config suppression of ${s.ruleName}${s.resource ? ` for ${s.resource}` : ""} expired on ${s.expires}; it no longer applies (renew or remove it)`);
}
function describeInline(s) {
  return s.kind === "checkov" ? `#checkov:skip=${s.rule}` : `plumbline:ignore ${s.rule}`;
}

// src/drift/normalizers/scalars.ts
var NUMERIC = /^-?\d+(\.\d+)?$/;
function isAbsent(value) {
  if (value === void 0 || value === null || value === "") return true;
  if (typeof value !== "object") return false;
  if (Array.isArray(value)) return value.length === 0;
  for (const _key in value) return false;
  return true;
}
function sameScalar(a, b) {
  if (a === b) return true;
  if (typeof a === "string") return sameAsString(b, a);
  if (typeof b === "string") return sameAsString(a, b);
  return false;
}
function sameAsString(value, text) {
  if (typeof value === "number") return NUMERIC.test(text) && Number(text) === value;
  if (typeof value === "boolean") return text.toLowerCase() === (value ? "true" : "false");
  return false;
}
function scalarKey(value) {
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    return lower === "true" || lower === "false" ? lower : NUMERIC.test(value) ? String(Number(value)) : value;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function sameValue(a, b) {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (typeof a === "object" || typeof b === "object") {
    if (typeof a !== "object" || typeof b !== "object") return false;
    const ra = a;
    const rb = b;
    for (const key in ra) if (!sameValue(ra[key], rb[key])) return false;
    for (const key in rb) if (!(key in ra) && !isAbsent(rb[key])) return false;
    return true;
  }
  return sameScalar(a, b);
}

// src/drift/normalizers/tags.ts
function canonicalTags(tags) {
  const out = /* @__PURE__ */ new Map();
  if (Array.isArray(tags)) {
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i];
      const key = tag && typeof tag === "object" ? tag.Key : void 0;
      if (typeof key === "string" && !key.startsWith("aws:")) out.set(key, { value: tag?.Value, at: i });
    }
  } else if (tags !== null && typeof tags === "object") {
    for (const [key, value] of Object.entries(tags)) if (!key.startsWith("aws:")) out.set(key, { value, at: key });
  }
  return out;
}

// src/drift/normalizers/policy.ts
var POLICY_DOCUMENT_PROPERTIES = /* @__PURE__ */ new Set([
  "PolicyDocument",
  "AssumeRolePolicyDocument",
  "KeyPolicy",
  "FileSystemPolicy",
  "RepositoryPolicyText"
]);
var DEFAULT_POLICY_VERSION = "2008-10-17";
var LIST_ELEMENTS = /* @__PURE__ */ new Set(["Action", "NotAction", "Resource", "NotResource"]);
var PRINCIPAL_ELEMENTS = /* @__PURE__ */ new Set(["Principal", "NotPrincipal"]);
var ACCOUNT_ID = /^\d{12}$/;
function parseJsonDocument(value) {
  if (typeof value !== "string") return value;
  let text = value;
  if (/^\s*%7B/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return value;
    }
  }
  try {
    const parsed2 = JSON.parse(text);
    return parsed2 !== null && typeof parsed2 === "object" ? parsed2 : value;
  } catch {
    return value;
  }
}
function canonicalPolicyDocument(document) {
  const parsed2 = parseJsonDocument(document);
  if (parsed2 === null || typeof parsed2 !== "object" || Array.isArray(parsed2)) return parsed2;
  const doc = { ...parsed2 };
  if (doc.Version === void 0) doc.Version = DEFAULT_POLICY_VERSION;
  if (doc.Statement !== void 0) {
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    doc.Statement = statements.map((s) => canonicalStatement(s)).map((s) => [canonicalJson(s), s]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, s]) => s);
  }
  return sortKeysDeep(doc);
}
function canonicalStatement(statement2) {
  if (statement2 === null || typeof statement2 !== "object" || Array.isArray(statement2)) return statement2;
  const out = {};
  for (const [key, value] of Object.entries(statement2)) {
    if (LIST_ELEMENTS.has(key)) out[key] = stringSet(value);
    else if (PRINCIPAL_ELEMENTS.has(key)) out[key] = canonicalPrincipal(value);
    else if (key === "Condition") out[key] = canonicalCondition(value);
    else out[key] = value;
  }
  return out;
}
function canonicalPrincipal(principal) {
  if (principal === null || typeof principal !== "object" || Array.isArray(principal)) return principal;
  const out = {};
  for (const [kind, value] of Object.entries(principal)) {
    const list = stringSet(value);
    out[kind] = kind === "AWS" && Array.isArray(list) ? [...new Set(list.map((p) => typeof p === "string" && ACCOUNT_ID.test(p) ? `arn:aws:iam::${p}:root` : p))].sort(compareScalars) : list;
  }
  return out;
}
function canonicalCondition(condition) {
  if (condition === null || typeof condition !== "object" || Array.isArray(condition)) return condition;
  const out = {};
  for (const [operator, keys] of Object.entries(condition)) {
    if (keys === null || typeof keys !== "object" || Array.isArray(keys)) {
      out[operator] = keys;
      continue;
    }
    const inner = {};
    for (const [key, value] of Object.entries(keys)) inner[key] = stringSet(value, true);
    out[operator] = inner;
  }
  return out;
}
function stringSet(value, asStrings = false) {
  const list = Array.isArray(value) ? value : [value];
  if (list.some((v) => v !== null && typeof v === "object")) return value;
  const items = asStrings ? list.map((v) => String(v)) : list;
  return [...new Set(items)].sort(compareScalars);
}
function compareScalars(a, b) {
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
function sortKeysDeep(value) {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep(value[key]);
  return out;
}
function canonicalJson(value) {
  return JSON.stringify(sortKeysDeep(value));
}

// src/drift/normalizers/security-group-rules.ts
function canonicalRuleEntry(entry2) {
  return normalizeRuleEntry(entry2);
}
function ruleEntryKey(entry2, withoutDescription = false) {
  let key = "";
  for (const field of Object.keys(entry2).sort()) {
    if (withoutDescription && field === "Description") continue;
    key += `${field}\0${String(entry2[field])}`;
  }
  return key;
}

// src/drift/normalizers/sets.ts
function matchSets(iac, live, agrees = () => false, loosely) {
  const unmatchedLive = /* @__PURE__ */ new Map();
  for (const entry2 of live) {
    if (entry2.partial) continue;
    const list = unmatchedLive.get(entry2.key);
    if (list) list.push(entry2);
    else unmatchedLive.set(entry2.key, [entry2]);
  }
  let iacLeft = [];
  for (const entry2 of iac) {
    const candidates2 = entry2.partial ? void 0 : unmatchedLive.get(entry2.key);
    if (candidates2 && candidates2.length > 0) candidates2.shift();
    else iacLeft.push(entry2);
  }
  let liveLeft = live.filter((e) => e.partial || unmatchedLive.get(e.key)?.includes(e));
  const consumed = /* @__PURE__ */ new Set();
  iacLeft = iacLeft.filter((entry2) => {
    const other = liveLeft.find((l) => !consumed.has(l) && (entry2.partial ? agrees(entry2, l) : l.partial && agrees(l, entry2)));
    if (!other) return true;
    consumed.add(other);
    return false;
  });
  liveLeft = liveLeft.filter((e) => !consumed.has(e));
  const loosePairs = [];
  if (loosely) {
    const paired = /* @__PURE__ */ new Set();
    iacLeft = iacLeft.filter((entry2) => {
      if (entry2.partial) return true;
      const key = loosely(entry2);
      const other = liveLeft.find((l) => !l.partial && !paired.has(l) && loosely(l) === key);
      if (!other) return true;
      paired.add(other);
      loosePairs.push([entry2, other]);
      return false;
    });
    liveLeft = liveLeft.filter((e) => !paired.has(e));
  }
  return { iacOnly: iacLeft, liveOnly: liveLeft, loosePairs };
}

// src/mapping/builder.ts
function isAtOrUnder(path, ancestor) {
  if (ancestor === "" || path === ancestor) return true;
  return path.startsWith(ancestor) && (path[ancestor.length] === "." || path[ancestor.length] === "[");
}
function matches(paths, src, deep) {
  if (paths.length === 0) return false;
  if (paths.length <= SCAN_AT_MOST || src === "") return matchesAny(paths, src, deep);
  const index2 = pathsByFirstName(paths);
  return matchesAny(index2.get(firstName(src)) ?? [], src, deep) || matchesAny(index2.get("") ?? [], src, deep);
}
function matchesAny(paths, src, deep) {
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    if (isAtOrUnder(src, p)) return true;
    if (deep && isAtOrUnder(p, src)) return true;
  }
  return false;
}
var SCAN_AT_MOST = 12;
function firstName(path) {
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    if (ch === 46 || ch === 91) return path.slice(0, i);
  }
  return path;
}
var firstNameIndexes = /* @__PURE__ */ new WeakMap();
var lastPaths;
var lastIndex;
function pathsByFirstName(paths) {
  if (paths === lastPaths) return lastIndex;
  let index2 = firstNameIndexes.get(paths);
  if (index2 === void 0) {
    index2 = /* @__PURE__ */ new Map();
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i];
      const name = firstName(p);
      const group = index2.get(name);
      if (group === void 0) index2.set(name, [p]);
      else group.push(p);
    }
    firstNameIndexes.set(paths, index2);
  }
  lastPaths = paths;
  lastIndex = index2;
  return index2;
}
function isKnownPlanScalar(tf, value) {
  return tf.origin === "plan" && value !== void 0 && value !== null && typeof value !== "object";
}
function isUnknownAttr(tf, path) {
  return matches(tf.unknown, path, false);
}
function isPlainName(path) {
  if (path === "") return false;
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    if (ch === 46 || ch === 91 || ch === 93) return false;
  }
  return true;
}
function setPath(target, path, value) {
  if (isPlainName(path)) {
    target[path] = value;
    return;
  }
  const steps = parsePath(path);
  containerOf(target, steps)[steps[steps.length - 1]] = value;
}
function containerOf(target, steps) {
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
  return node;
}
function deleteKey(target, path) {
  if (isPlainName(path)) {
    delete target[path];
    return;
  }
  const steps = parsePath(path);
  const last2 = steps[steps.length - 1];
  if (typeof last2 !== "string") return;
  let node = target;
  for (const step of steps.slice(0, -1)) {
    if (node === null || typeof node !== "object") return;
    node = node[step];
  }
  if (node && typeof node === "object") delete node[last2];
}
function collapse(paths) {
  if (paths.length === 0) return EMPTY;
  if (paths.length === 1) return [paths[0]];
  sortStrings(paths);
  const kept = [];
  for (let i = 0; i < paths.length; i++) if (!isUnderAny(paths[i], kept)) kept.push(paths[i]);
  return kept;
}
var EMPTY = [];
function sortStrings(list) {
  if (list.length > 16) {
    list.sort();
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    while (j >= 0 && list[j] > item) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
function isUnderAny(path, ancestors) {
  for (let i = 0; i < ancestors.length; i++) if (isAtOrUnder(path, ancestors[i])) return true;
  return false;
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
    this.recordUnder("", out, src, deep, from);
  }
  /**
   * Whether recordUnder() could keep anything for `value`, read from `from` (`topLevel`: an attribute of the resource
   * itself, whose expression may refer to other resources): no when nothing is sensitive, nothing can be a
   * reference and the value cannot be unknown. Asked first so that the attribute's path need not be made.
   */
  mayRecord(from, value, topLevel) {
    if (from.sensitive.length > 0) return true;
    if (topLevel && from === this.tf && this.tf.references !== void 0) return true;
    return from.unknown.length > 0 && !isKnownPlanScalar(from, value);
  }
  /**
   * record() of property `name` below the property path `outBase` ('' for the top): the joined path is built only
   * when the record is kept, which few are (the table-driven copy asks for every field of every nested block).
   */
  recordUnder(outBase, name, src, deep, from, value) {
    const unknown = !isKnownPlanScalar(from, value) && matches(from.unknown, src, deep);
    const sensitive = matches(from.sensitive, src, deep);
    const references = from === this.tf ? this.tf.references : void 0;
    const referenced = references !== void 0 && !!references[src] && /^[A-Za-z0-9_-]+$/.test(src);
    if (unknown || sensitive || referenced) {
      this.records.push({ out: outBase === "" ? name : `${outBase}.${name}`, src, unknown, sensitive, referenced });
    }
  }
  /** Set a property (unless the value is undefined/null) and record where it came from. */
  set(out, value, sources, from = this.tf) {
    for (let i = 0; i < sources.length; i++) this.record(out, sources[i], true, from);
    if (value !== void 0 && value !== null) setPath(this.properties, out, value);
  }
  /** Copy attribute `src` of `from` to property `out`, converted. */
  copy(out, src, convert3, from = this.tf) {
    this.copyValue(out, src, attr(from, src), convert3, from);
  }
  /** copy() when the caller already holds the attribute's value `raw` (read from its parent object). */
  copyValue(out, src, raw, convert3, from = this.tf) {
    const value = raw === void 0 || raw === null ? void 0 : convert3 ? convert3(raw) : raw;
    this.recordUnder("", out, src, true, from, raw);
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
    for (let i = 0; i < addresses.length; i++) if (!list.includes(addresses[i])) list.push(addresses[i]);
  }
  /**
   * For each property copied from a top-level attribute of this resource, note the resources that attribute's
   * expression refers to (`resolve` gives their addresses).
   */
  linkReferences(resolve3) {
    const references = this.tf.references;
    if (references === void 0) return;
    const resolved = /* @__PURE__ */ new Map();
    for (const rec of this.records) {
      if (!rec.referenced) continue;
      let addresses = resolved.get(rec.src);
      if (addresses === void 0) resolved.set(rec.src, addresses = resolve3(rec.src));
      this.addReferences(rec.out, addresses);
    }
  }
  /** Run just before the resource is finished (after every companion has folded in). */
  onFinish(step) {
    this.finishers.push(step);
  }
  finish() {
    for (let i = 0; i < this.finishers.length; i++) this.finishers[i]();
    const unknown = this.unknownPaths.slice();
    const sensitive = this.sensitivePaths.slice();
    const records = this.records;
    for (let i = 0; i < records.length; i++) {
      if (records[i].unknown) unknown.push(records[i].out);
      if (records[i].sensitive) sensitive.push(records[i].out);
    }
    const unknownCollapsed = collapse(unknown);
    for (let i = 0; i < unknownCollapsed.length; i++) deleteKey(this.properties, unknownCollapsed[i]);
    const writeOnly = writeOnlyPatterns(this.type);
    for (let i = 0; i < writeOnly.length; i++) pushAll(sensitive, expandSchemaPath(this.properties, writeOnly[i]));
    pushAll(sensitive, payloadAndSecretPaths(this.type, this.properties));
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
    if (hasKeys(this.references)) resource.references = this.references;
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
var toBoolean = (v) => v === "true" ? true : v === "false" ? false : v;
var toStringValue = (v) => typeof v === "number" || typeof v === "boolean" ? String(v) : v;
var parsePolicy = (v) => {
  if (typeof v !== "string") return v;
  try {
    const parsed2 = JSON.parse(v);
    return parsed2 !== null && typeof parsed2 === "object" ? parsed2 : v;
  } catch {
    return v;
  }
};
var sortedList = (v) => Array.isArray(v) ? [...v].sort() : v;
var nonEmpty = (v) => v === "" ? void 0 : v;
function tagList(map) {
  if (!map || typeof map !== "object" || Array.isArray(map)) return void 0;
  const tags = [];
  const keys = Object.keys(map);
  for (let i = 0; i < keys.length; i++) {
    const Key = keys[i];
    if (Key.startsWith("aws:")) continue;
    const Value = map[Key];
    tags.push({ Key, Value: String(Value ?? "") });
  }
  if (tags.length === 0) return void 0;
  if (tags.length > 1) tags.sort((a, b) => a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0);
  return tags;
}
function copyTags(b, out = "Tags") {
  const tf = b.tf;
  const all = tf.values.tags_all;
  if (all && typeof all === "object") b.set(out, tagList(all), ["tags_all"]);
  else if (tf.unknown.some((u) => u === "tags_all" || u === "")) b.record(out, "tags_all");
  else b.copy(out, "tags", tagList);
}
function copyFields(b, fields, outBase = "", srcBase = "", from = b.tf) {
  const container = srcBase === "" ? from.values : attr(from, srcBase);
  if (outBase === "") {
    copyFieldsOf(b, fields, "", srcBase, from, container, b.properties);
    return;
  }
  const holder = {};
  copyFieldsOf(b, fields, outBase, srcBase, from, container, holder);
  if (!hasKeys(holder)) return;
  if (isPlainName(outBase)) {
    mergeAt(b.properties, outBase, holder);
    return;
  }
  const steps = parsePath(outBase);
  mergeAt(containerOf(b.properties, steps), steps[steps.length - 1], holder);
}
function copyFieldsOf(b, fields, outBase, srcBase, from, container, target) {
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f];
    const name = field[0];
    const attrName = field[1];
    const how = field[2];
    const plain = isPlainName(attrName);
    const value = !plain ? attr(from, srcBase === "" ? attrName : `${srcBase}.${attrName}`) : container !== null && typeof container === "object" ? container[attrName] : void 0;
    if (how === void 0 || typeof how === "function") {
      if (b.mayRecord(from, value, srcBase === "")) b.recordUnder(outBase, name, srcBase === "" ? attrName : `${srcBase}.${attrName}`, true, from, value);
      const converted = value === void 0 || value === null ? void 0 : how ? how(value) : value;
      if (converted !== void 0 && converted !== null) setPath(target, name, converted);
      continue;
    }
    const src = srcBase === "" ? attrName : `${srcBase}.${attrName}`;
    b.recordUnder(outBase, name, src, false, from);
    const out = outBase === "" ? name : `${outBase}.${name}`;
    if ("one" in how) {
      const inner = block(value);
      if (!inner) continue;
      const holder = {};
      copyFieldsOf(b, how.one, out, Array.isArray(value) ? `${src}[0]` : src, from, inner, holder);
      mergeAt(target, name, holder);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (!item || typeof item !== "object") continue;
        const holder = {};
        copyFieldsOf(b, how.many, `${out}[${i}]`, `${src}[${i}]`, from, item, holder);
        if (hasKeys(holder)) mergeAt(listAt(target, name), i, holder);
      }
    }
  }
}
function mergeAt(target, key, holder) {
  if (!hasKeys(holder)) return;
  const existing = target[key];
  if (existing !== null && typeof existing === "object") Object.assign(existing, holder);
  else target[key] = holder;
}
function listAt(target, key) {
  const existing = target[key];
  if (existing !== null && typeof existing === "object") return existing;
  const list = [];
  target[key] = list;
  return list;
}

// src/mapping/account-facts.ts
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
  let lookup2 = LOOKUPS.get(tree);
  if (!lookup2) {
    lookup2 = /* @__PURE__ */ new Map();
    for (const name of Object.keys(tree)) {
      const looseKey = `~${loose(name)}`;
      if (!lookup2.has(looseKey)) lookup2.set(looseKey, name);
      lookup2.set(awsccAttributeName(name), name);
    }
    LOOKUPS.set(tree, lookup2);
  }
  return lookup2.get(attribute) ?? lookup2.get(`~${loose(attribute)}`);
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
  for (let i = 0; i < attrs.length; i++) {
    const v = values[attrs[i]];
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
  const index2 = existing.length;
  b.copy(`Policies[${index2}].PolicyName`, nameAttr, void 0, from);
  b.copy(`Policies[${index2}].PolicyDocument`, policyAttr, parsePolicy, from);
  if (!Array.isArray(b.properties.Policies) || b.properties.Policies.length === index2) {
    setPolicySlot(b, index2);
  }
}
function setPolicySlot(b, index2) {
  const list = Array.isArray(b.properties.Policies) ? b.properties.Policies : [];
  while (list.length <= index2) list.push({});
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
var BUCKET_FIELDS = [
  ["BucketName", "bucket"],
  // CloudFormation omits ObjectLockEnabled unless it is true. Left unset rather than deleted afterwards: deleting a
  // property that is not the last one added turns the object into a slow dictionary for every later read.
  ["ObjectLockEnabled", "object_lock_enabled", (v) => toBoolean(v) === false ? void 0 : toBoolean(v)],
  ["Arn", "arn"]
];
var s3Bucket = {
  tfType: "aws_s3_bucket",
  map(tf) {
    const b = new ResourceBuilder("AWS::S3::Bucket", tf);
    b.id = idFrom(tf.values, "bucket", "id");
    copyFields(b, BUCKET_FIELDS);
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
function inlineBucketPolicies(input, index2) {
  const managed = /* @__PURE__ */ new Set();
  for (const tf of input) {
    if (tf.type !== "aws_s3_bucket_policy") continue;
    const byRef = index2.byReference(tf, "bucket", BUCKET_TYPES);
    for (const bucket of byRef.length > 0 ? byRef : index2.byValueOf(tf, tf.values.bucket, BUCKET_TYPES)) managed.add(bucket);
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

// src/mapping/aws/security-group-rules.ts
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
    const entry2 = { value: { ...normalizedCommon }, unknownFields: [...commonUnknown], source };
    if (unknown) entry2.unknownFields.push(field);
    else if (value !== void 0 && value !== null && value !== "") entry2.value[field] = value;
    entries.push(entry2);
  };
  for (let s = 0; s < shape.sources.length; s++) {
    const [name, kind] = shape.sources[s];
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
function sortKey(entry2) {
  const keys = Object.keys(entry2.value).sort();
  let key = "[";
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) key += ",";
    const value = entry2.value[keys[i]];
    key += `[${JSON.stringify(keys[i])},${value === void 0 ? "null" : JSON.stringify(value)}]`;
  }
  return `${key}]${JSON.stringify(entry2.unknownFields.length > 1 ? [...entry2.unknownFields].sort() : entry2.unknownFields)}`;
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
    const list = entries[direction];
    for (let i = 0; i < rules.length; i++) {
      const shape = { base: `${direction}[${i}]`, protocol: "protocol", fromPort: "from_port", toPort: "to_port", sources: INLINE_RULE_SOURCES };
      const expanded = expandRule(tf, direction, shape, tf.values.id);
      for (let e = 0; e < expanded.length; e++) list.push(expanded[e]);
    }
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
  return entries.map((entry2) => {
    const b = new ResourceBuilder(STANDALONE_TYPE[direction], tf);
    b.id = id;
    if (parts) b.part = entry2.source;
    if (groupKnown) b.set("GroupId", groupId, []);
    else b.markUnknown("GroupId");
    for (const [field, value] of Object.entries(entry2.value)) b.set(field, value, []);
    for (const field of entry2.unknownFields) b.markUnknown(field);
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
    for (let i = 0; i < parents.length; i++) {
      const tf = parents[i];
      const module = moduleInstance(tf);
      let inModule = this.byConfig.get(module);
      if (inModule === void 0) this.byConfig.set(module, inModule = /* @__PURE__ */ new Map());
      const name = `${tf.type}.${tf.name}`;
      let instances = inModule.get(name);
      if (instances === void 0) inModule.set(name, instances = { all: [] });
      instances.all.push(tf);
      if (tf.index !== void 0) {
        const index2 = String(tf.index);
        instances.byIndex ??= /* @__PURE__ */ new Map();
        if (!instances.byIndex.has(index2)) instances.byIndex.set(index2, tf);
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
  // Module instance → TYPE.NAME → instances. Nested rather than one joined key: the module instance and the
  // reference target are strings used over and over (their hashes kept), where a joined key would be a new string
  // to build and hash for every lookup, and lookups come by the tens of thousands in a large plan.
  byConfig = /* @__PURE__ */ new Map();
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
    const candidates2 = (this.byModuleConfig.get(`${moduleConfig}|${target.address}`) ?? []).filter(
      (tf) => own === "" || moduleInstance(tf).startsWith(`${own}.`)
    );
    return candidates2.length === 1 ? candidates2[0] : void 0;
  }
  /** Resources named by the references of `from.attr`, among `parentTypes` (any type when not given). */
  byReference(from, attrName, parentTypes) {
    const refs = from.references?.[attrName];
    if (refs === void 0 || refs.length === 0) return [];
    const found = [];
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      const target = this.referenceTarget(ref);
      if (!target || parentTypes && !parentTypes.includes(target.type)) continue;
      if (target.modules !== "") {
        const child = this.inChildModule(from, target);
        if (child && !found.includes(child)) found.push(child);
        continue;
      }
      const instances = this.byConfig.get(moduleInstance(from))?.get(target.address);
      const chosen = instances === void 0 ? void 0 : instances.all.length === 1 ? instances.all[0] : from.index !== void 0 ? instances.byIndex?.get(String(from.index)) : void 0;
      if (chosen && !found.includes(chosen)) found.push(chosen);
    }
    return found;
  }
  /** Parents whose name/id equals `value`; with several (same name in two regions), the companion's region wins. */
  byValueOf(from, value, parentTypes) {
    if (typeof value !== "string" || value === "") return [];
    const candidates2 = parentTypes.flatMap((t) => this.byValue.get(`${t}|${value}`) ?? []);
    if (candidates2.length <= 1) return candidates2;
    const sameRegion = candidates2.filter((c) => c.region === from.region && c.account === from.account);
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
  for (const entry2 of UNSET_COMPUTED_DEFAULTS) {
    const list = map.get(entry2.tfType) ?? [];
    list.push(entry2);
    map.set(entry2.tfType, list);
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
function configurationLeavesUnset(entry2, configured) {
  if (configured.includes(entry2.attribute)) return false;
  if (entry2.unlessConfigured?.some((a) => configured.includes(a))) return false;
  const dot = entry2.attribute.indexOf(".");
  return dot < 0 || configured.includes(entry2.attribute.slice(0, dot));
}
var candidatesByConfigured = /* @__PURE__ */ new WeakMap();
function candidates(entries, configured) {
  let byEntries = candidatesByConfigured.get(configured);
  if (byEntries === void 0) candidatesByConfigured.set(configured, byEntries = /* @__PURE__ */ new Map());
  let found = byEntries.get(entries);
  if (found === void 0) byEntries.set(entries, found = entries.filter((entry2) => configurationLeavesUnset(entry2, configured)));
  return found;
}
function putDefault(values, block2, key, value) {
  const put = (target) => {
    const copy = { ...target };
    if (value === ABSENT) delete copy[key];
    else copy[key] = cloneJson(value);
    return copy;
  };
  if (block2 === void 0) {
    if (value === ABSENT) delete values[key];
    else values[key] = cloneJson(value);
    return;
  }
  const current = values[block2];
  values[block2] = Array.isArray(current) ? [put(current[0] ?? {})] : put(current ?? {});
}
function applyUnsetComputedDefaults(tf) {
  const entries = BY_TYPE.get(tf.type);
  const configured = tf.configured;
  if (!entries || !configured || !isNew(tf) || tf.unknown.length === 0) return tf;
  let values = tf.values;
  const defaulted = [];
  for (const entry2 of candidates(entries, configured)) {
    const { path, block: block2, key } = valuePath(values, entry2.attribute);
    if (block2 !== void 0) {
      const current = values[block2];
      if (Array.isArray(current) && current.length !== 1) continue;
    }
    if (!tf.unknown.includes(path) || isUnderAny(path, defaulted)) continue;
    if (values === tf.values) values = { ...values };
    putDefault(values, block2, key, entry2.value);
    defaulted.push(path);
  }
  if (defaulted.length === 0) return tf;
  return { ...tf, values, unknown: tf.unknown.filter((u) => !isUnderAny(u, defaulted)) };
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
function hasParent(found, parent) {
  for (let i = 0; i < found.length; i++) if (found[i][0] === parent) return true;
  return false;
}
function parentsOf(companion, mapper, index2) {
  const found = [];
  for (const target of mapper.targets) {
    const value = companion.values[target.attr];
    const byRef = index2.byReference(companion, target.attr, target.parentTypes);
    const parents = Array.isArray(value) ? [...byRef, ...value.flatMap((v) => index2.byValueOf(companion, v, target.parentTypes))] : byRef.length > 0 ? byRef : index2.byValueOf(companion, value, target.parentTypes);
    for (let i = 0; i < parents.length; i++) if (!hasParent(found, parents[i])) found.push([parents[i], target]);
  }
  return found;
}
function singleParentOf(companion, mapper, index2, exists) {
  const found = [];
  for (const target of mapper.targets) {
    const value = companion.values[target.attr];
    const known = typeof value === "string" && value !== "" && !isUnknownAttr(companion, target.attr);
    const parents = known ? index2.byValueOf(companion, value, target.parentTypes) : index2.byReference(companion, target.attr, target.parentTypes);
    for (let i = 0; i < parents.length; i++) if (exists(parents[i]) && !hasParent(found, parents[i])) found.push([parents[i], target]);
  }
  return found.length === 1 ? found[0] : void 0;
}
function markPossibleParentsUnknown(companion, mapper, builders) {
  for (const target of mapper.targets) {
    const value = companion.values[target.attr];
    const values = Array.isArray(value) ? value : [value];
    const undecided = isUnknownAttr(companion, target.attr) || values.some((v, i) => v === void 0 || v === null || Array.isArray(value) && isUnknownAttr(companion, `${target.attr}[${i}]`));
    if (!undecided) continue;
    const candidates2 = [...builders].filter(([tf]) => target.parentTypes.includes(tf.type) && typeof PARENT_KEY[tf.type]?.(tf.values) !== "string");
    if (candidates2.length === 0) continue;
    const scratch = new ResourceBuilder(candidates2[0][1].type, candidates2[0][0]);
    mapper.fold(scratch, companion, target);
    const written = scratch.finish();
    const properties = /* @__PURE__ */ new Set([...Object.keys(written.properties), ...(written.unknown ?? []).map((path) => String(parsePath(path)[0]))]);
    for (const [, builder] of candidates2) for (const property of properties) builder.markUnknown(property);
  }
}
function mapTerraform(input) {
  const tf = input.map(applyUnsetComputedDefaults);
  const builders = /* @__PURE__ */ new Map();
  const companions = [];
  const companionMappers = [];
  const unmapped = [];
  for (let i = 0; i < tf.length; i++) {
    const resource = tf[i];
    const mapper = RESOURCE_MAPPERS.get(resource.type);
    if (mapper) {
      builders.set(resource, mapper.map(resource));
      continue;
    }
    const companion = COMPANION_MAPPERS.get(resource.type);
    if (companion) {
      companions.push(resource);
      companionMappers.push(companion);
      continue;
    }
    const awsccType = cfnTypeOfAwscc(resource.type);
    if (awsccType) builders.set(resource, mapAwscc(resource, awsccType));
    else unmapped.push({ address: resource.address, type: resource.type });
  }
  const index2 = new ParentIndex(tf);
  const standalone = [];
  for (let i = 0; i < companions.length; i++) {
    const resource = companions[i];
    const mapper = companionMappers[i];
    if (mapper.standalone) {
      const parent = singleParentOf(resource, mapper, index2, (p) => builders.has(p));
      if (parent) mapper.fold(builders.get(parent[0]), resource, parent[1]);
      else standalone.push(...mapper.standalone(resource));
      continue;
    }
    const parents = parentsOf(resource, mapper, index2).filter(([p]) => builders.has(p));
    if (parents.length === 0) {
      unmapped.push({ address: resource.address, type: resource.type });
      markPossibleParentsUnknown(resource, mapper, builders);
    }
    for (const [parent, target] of parents) mapper.fold(builders.get(parent), resource, target);
  }
  const all = [...builders.values(), ...standalone, ...inlineBucketPolicies(tf, index2)];
  const resources = [];
  for (let i = 0; i < all.length; i++) {
    const builder = all[i];
    builder.linkReferences((attrName) => index2.referencedAddresses(builder.tf, attrName));
    resources.push(builder.finish());
  }
  return { resources, unmapped };
}

// src/drift/normalizers/defaults.ts
function unsetComputedValue(tfType, attribute) {
  const entry2 = UNSET_COMPUTED_DEFAULTS.find((d) => d.tfType === tfType && d.attribute === attribute);
  if (!entry2 || typeof entry2.value === "symbol") throw new Error(`no concrete unset-computed default for ${tfType}.${attribute}`);
  return entry2.value;
}
var PROVIDER_DEFAULTS = [
  { type: "AWS::KMS::Key", path: "Enabled", value: true, source: "KMS API Reference, CreateKey (a new key is enabled)" },
  { type: "AWS::KMS::Key", path: "KeySpec", value: "SYMMETRIC_DEFAULT", source: "KMS API Reference, CreateKey KeySpec (Default: SYMMETRIC_DEFAULT)" },
  { type: "AWS::KMS::Key", path: "KeyUsage", value: "ENCRYPT_DECRYPT", source: "KMS API Reference, CreateKey KeyUsage (Default: ENCRYPT_DECRYPT)" },
  { type: "AWS::KMS::Key", path: "MultiRegion", value: false, source: "KMS API Reference, CreateKey MultiRegion (Default: False)" },
  { type: "AWS::KMS::Key", path: "Origin", value: "AWS_KMS", source: "KMS API Reference, CreateKey Origin (Default: AWS_KMS)" },
  { type: "AWS::KMS::Key", path: "EnableKeyRotation", value: false, source: 'KMS Developer Guide, "Rotate AWS KMS keys" (automatic rotation is off for new customer managed keys)' },
  { type: "AWS::EC2::VPC", path: "EnableDnsSupport", value: true, source: 'VPC User Guide, "DNS attributes for your VPC" (enableDnsSupport defaults to true)' },
  { type: "AWS::EC2::VPC", path: "EnableDnsHostnames", value: false, source: 'VPC User Guide, "DNS attributes for your VPC" (false for VPCs not created as default)' },
  { type: "AWS::EC2::VPC", path: "InstanceTenancy", value: "default", source: "EC2 API Reference, CreateVpc InstanceTenancy (Default: default)" },
  { type: "AWS::EC2::Volume", path: "Encrypted", value: false, source: "EC2 API Reference, CreateVolume Encrypted (unencrypted unless asked or the account encrypts by default)" },
  { type: "AWS::EC2::Volume", path: "MultiAttachEnabled", value: false, source: "EC2 API Reference, CreateVolume MultiAttachEnabled" },
  { type: "AWS::EC2::Volume", path: "AutoEnableIO", value: false, source: "EC2 API Reference, ModifyVolumeAttribute AutoEnableIO (off by default)" },
  { type: "AWS::EC2::Instance", path: "SourceDestCheck", value: true, source: "EC2 API Reference, ModifyInstanceAttribute SourceDestCheck (The default value is true)" },
  { type: "AWS::EC2::Instance", path: "Monitoring", value: false, source: "EC2 API Reference, RunInstances Monitoring (basic monitoring)" },
  { type: "AWS::EC2::Instance", path: "DisableApiTermination", value: false, source: "EC2 API Reference, RunInstances DisableApiTermination (Default: false)" },
  { type: "AWS::EC2::Instance", path: "Tenancy", value: "default", source: "EC2 API Reference, Placement Tenancy (default: shared hardware)" },
  {
    type: "AWS::S3::Bucket",
    path: "BucketEncryption.ServerSideEncryptionConfiguration[*].BucketKeyEnabled",
    value: false,
    source: "S3 API Reference, ServerSideEncryptionRule BucketKeyEnabled (off unless set)"
  },
  { type: "AWS::S3::Bucket", path: "ObjectLockEnabled", value: unsetComputedValue("aws_s3_bucket", "object_lock_enabled"), source: "unset-computed s3-bucket-object-lock-off-when-new" },
  { type: "AWS::IAM::Role", path: "Path", value: "/", source: "IAM API Reference, CreateRole Path (defaults to a slash (/))" },
  { type: "AWS::IAM::Role", path: "MaxSessionDuration", value: 3600, source: "IAM API Reference, CreateRole MaxSessionDuration (the default value of one hour)" },
  { type: "AWS::IAM::User", path: "Path", value: "/", source: "IAM API Reference, CreateUser Path (defaults to a slash (/))" },
  { type: "AWS::IAM::Group", path: "Path", value: "/", source: "IAM API Reference, CreateGroup Path (defaults to a slash (/))" },
  { type: "AWS::IAM::ManagedPolicy", path: "Path", value: "/", source: "IAM API Reference, CreatePolicy Path (defaults to a slash (/))" },
  { type: "AWS::RDS::DBInstance", path: "MultiAZ", value: unsetComputedValue("aws_db_instance", "multi_az"), source: "unset-computed db-instance-api-defaults" },
  { type: "AWS::RDS::DBInstance", path: "BackupRetentionPeriod", value: 1, source: "RDS API Reference, CreateDBInstance BackupRetentionPeriod (Default: 1); as unset-computed db-instance-api-defaults" },
  { type: "AWS::RDS::DBInstance", path: "StorageEncrypted", value: false, source: "RDS API Reference, CreateDBInstance StorageEncrypted (Default: false)" },
  { type: "AWS::RDS::DBInstance", path: "DeletionProtection", value: false, source: "RDS API Reference, CreateDBInstance DeletionProtection (disabled by default)" },
  { type: "AWS::RDS::DBInstance", path: "AutoMinorVersionUpgrade", value: true, source: "RDS API Reference, CreateDBInstance AutoMinorVersionUpgrade (Default: true)" },
  { type: "AWS::RDS::DBInstance", path: "CopyTagsToSnapshot", value: false, source: "RDS API Reference, CreateDBInstance CopyTagsToSnapshot (Default: false)" },
  { type: "AWS::RDS::DBInstance", path: "EnableIAMDatabaseAuthentication", value: false, source: "RDS API Reference, CreateDBInstance EnableIAMDatabaseAuthentication (Default: false)" },
  { type: "AWS::RDS::DBInstance", path: "MonitoringInterval", value: 0, source: "RDS API Reference, CreateDBInstance MonitoringInterval (Default: 0)" },
  { type: "AWS::EFS::FileSystem", path: "Encrypted", value: unsetComputedValue("aws_efs_file_system", "encrypted"), source: "unset-computed efs-file-system-unencrypted-by-default" },
  { type: "AWS::EFS::FileSystem", path: "PerformanceMode", value: "generalPurpose", source: "EFS API Reference, CreateFileSystem PerformanceMode (Default is generalPurpose)" },
  { type: "AWS::EFS::FileSystem", path: "ThroughputMode", value: "bursting", source: "EFS API Reference, CreateFileSystem ThroughputMode (Default is bursting)" },
  { type: "AWS::Lambda::Function", path: "MemorySize", value: 128, source: "Lambda API Reference, CreateFunction MemorySize (The default value is 128 MB)" },
  { type: "AWS::Lambda::Function", path: "Timeout", value: 3, source: "Lambda API Reference, CreateFunction Timeout (The default is 3 seconds)" },
  { type: "AWS::Lambda::Function", path: "PackageType", value: "Zip", source: "Lambda API Reference, CreateFunction PackageType (Zip unless Image)" },
  { type: "AWS::Lambda::Function", path: "Architectures", value: ["x86_64"], source: "Lambda API Reference, CreateFunction Architectures (The default value is x86_64)" },
  { type: "AWS::Lambda::Function", path: "EphemeralStorage.Size", value: 512, source: "Lambda API Reference, EphemeralStorage Size (512 MB by default)" },
  { type: "AWS::Lambda::Function", path: "TracingConfig.Mode", value: "PassThrough", source: "Lambda API Reference, TracingConfig Mode (PassThrough by default)" },
  { type: "AWS::CloudTrail::Trail", path: "IncludeGlobalServiceEvents", value: true, source: "CloudTrail API Reference, CreateTrail IncludeGlobalServiceEvents (true by default)" },
  { type: "AWS::CloudTrail::Trail", path: "IsMultiRegionTrail", value: false, source: "CloudTrail API Reference, CreateTrail IsMultiRegionTrail (false by default)" },
  { type: "AWS::CloudTrail::Trail", path: "EnableLogFileValidation", value: false, source: "CloudTrail API Reference, CreateTrail EnableLogFileValidation (false by default)" },
  { type: "AWS::CloudTrail::Trail", path: "IsOrganizationTrail", value: false, source: "CloudTrail API Reference, CreateTrail IsOrganizationTrail (false by default)" },
  { type: "AWS::EC2::FlowLog", path: "MaxAggregationInterval", value: 600, source: "EC2 API Reference, CreateFlowLogs MaxAggregationInterval (Default: 600)" },
  { type: "AWS::EC2::FlowLog", path: "LogDestinationType", value: "cloud-watch-logs", source: "EC2 API Reference, CreateFlowLogs LogDestinationType (Default: cloud-watch-logs)" }
];

// src/drift/normalizers/collections.ts
var OWNED_BY_TYPE = {
  "AWS::EC2::SecurityGroup": [
    { property: "SecurityGroupIngress", kind: "rules" },
    { property: "SecurityGroupEgress", kind: "rules" }
  ],
  "AWS::IAM::Role": [
    { property: "ManagedPolicyArns", kind: "set" },
    { property: "Policies", kind: "policies" }
  ],
  "AWS::IAM::User": [
    { property: "ManagedPolicyArns", kind: "set" },
    { property: "Policies", kind: "policies" }
  ],
  "AWS::IAM::Group": [
    { property: "ManagedPolicyArns", kind: "set" },
    { property: "Policies", kind: "policies" }
  ]
};
var TAG_PROPERTY_BY_TYPE = { "AWS::EFS::FileSystem": "FileSystemTags" };
function tagPropertyOf(type) {
  const named = TAG_PROPERTY_BY_TYPE[type];
  if (named) return named;
  if (!type.startsWith("AWS::")) return void 0;
  const facts = schemaFacts(type);
  if (!facts) return "Tags";
  return "Tags" in facts.properties ? "Tags" : void 0;
}
function ownedCollections(type) {
  const tags = tagPropertyOf(type);
  return [...tags ? [{ property: tags, kind: "tags" }] : [], ...OWNED_BY_TYPE[type] ?? []];
}
var UNORDERED_LISTS = {
  "AWS::EC2::Instance": ["SecurityGroupIds", "SecurityGroups", "NetworkInterfaces[*].GroupSet"],
  "AWS::EC2::NetworkInterface": ["GroupSet", "SecondaryPrivateIpAddresses"],
  "AWS::EC2::VPC": ["CidrBlockAssociations", "Ipv6CidrBlocks"],
  "AWS::Lambda::Function": ["VpcConfig.SubnetIds", "VpcConfig.SecurityGroupIds"],
  "AWS::RDS::DBInstance": ["VPCSecurityGroups", "EnableCloudwatchLogsExports", "DBSecurityGroups"],
  "AWS::RDS::DBCluster": ["VpcSecurityGroupIds", "AvailabilityZones", "EnableCloudwatchLogsExports"],
  "AWS::ElasticLoadBalancingV2::LoadBalancer": ["SecurityGroups", "Subnets"],
  "AWS::EKS::Cluster": ["ResourcesVpcConfig.SubnetIds", "ResourcesVpcConfig.SecurityGroupIds", "ResourcesVpcConfig.PublicAccessCidrs", "EncryptionConfig[*].Resources"],
  "AWS::IAM::User": ["Groups"],
  "AWS::IAM::ManagedPolicy": ["Groups", "Roles", "Users"],
  "AWS::CloudTrail::Trail": ["EventSelectors[*].DataResources[*].Values", "EventSelectors[*].ExcludeManagementEventSources"]
};

// src/drift/diff.ts
function diffResources(iac, live) {
  const facts = factsOf(iac.type);
  const ctx = newContext(iac, live);
  const steps = [];
  for (const key in iac.properties) {
    if (facts.ownedNames.has(key)) continue;
    const node = facts.root.children?.get(key);
    if (node?.ignored) continue;
    const value = iac.properties[key];
    if (isAbsent(value) || !isPropertyRead(live, key)) continue;
    steps.push(key);
    compare(ctx, node, steps, value, live.properties[key], false);
    steps.pop();
  }
  for (const owned of facts.owned) compareOwned(ctx, owned, facts.root.children?.get(owned.property), iac, live);
  return ctx.found.sort(byPath).map((f) => ({ path: formatPath(f.steps), iac: f.iac, live: f.live }));
}
var factsByType = /* @__PURE__ */ new Map();
function factsOf(type) {
  let facts = factsByType.get(type);
  if (!facts) {
    facts = buildFacts(type);
    factsByType.set(type, facts);
  }
  return facts;
}
function buildFacts(type) {
  const root = {};
  const schema = schemaFacts(type);
  if (schema) {
    addSchemaKinds(root, schema.properties);
    for (const pattern of [...schema.readOnly, ...schema.writeOnly]) nodeAt(root, pattern).ignored = true;
  }
  for (const entry2 of PROVIDER_DEFAULTS) {
    if (entry2.type !== type) continue;
    const node = nodeAt(root, entry2.path);
    node.hasDefault = true;
    node.defaultValue = entry2.value;
  }
  for (const pattern of UNORDERED_LISTS[type] ?? []) nodeAt(root, pattern).unordered = true;
  const owned = ownedCollections(type);
  return { root, owned, ownedNames: new Set(owned.map((o) => o.property)) };
}
function addSchemaKinds(node, tree) {
  for (const [name, child] of Object.entries(tree)) {
    if (child === "json" || child === "map") childOf(node, name).whole = true;
    else if (child !== 0) addSchemaKinds(childOf(node, name), child);
  }
}
function childOf(node, name) {
  node.children ??= /* @__PURE__ */ new Map();
  let child = node.children.get(name);
  if (!child) {
    child = {};
    node.children.set(name, child);
  }
  return child;
}
function nodeAt(root, pattern) {
  let node = root;
  for (const step of parsePath(pattern)) if (step !== "*" && typeof step === "string") node = childOf(node, step);
  return node;
}
function newContext(iac, live) {
  const iacHidden = [...iac.unknown ?? [], ...iac.sensitive ?? []].map(parsePath);
  const liveHidden = (live.sensitive ?? []).map(parsePath);
  return { iacHidden, liveHidden, anyHidden: iacHidden.length + liveHidden.length > 0, found: [] };
}
function covered(hidden, steps) {
  outer: for (const h of hidden) {
    if (h.length > steps.length) continue;
    for (let i = 0; i < h.length; i++) if (h[i] !== steps[i]) continue outer;
    return true;
  }
  return false;
}
function holdsHidden(hidden, steps) {
  outer: for (const h of hidden) {
    if (h.length <= steps.length) continue;
    for (let i = 0; i < steps.length; i++) if (h[i] !== steps[i]) continue outer;
    return true;
  }
  return false;
}
function hiddenAt(ctx, steps) {
  return ctx.anyHidden && (covered(ctx.iacHidden, steps) || covered(ctx.liveHidden, steps));
}
function redacted(value) {
  return typeof value === "object" && value !== null && value.redacted === true && isRedacted(value);
}
function containsRedacted(value) {
  if (value === null || typeof value !== "object") return false;
  if (redacted(value)) return true;
  if (Array.isArray(value)) return value.some(containsRedacted);
  for (const key in value) if (containsRedacted(value[key])) return true;
  return false;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function compare(ctx, node, steps, iacValue, liveValue, whole) {
  if (hiddenAt(ctx, steps) || redacted(iacValue) || redacted(liveValue)) return;
  const name = steps[steps.length - 1];
  if (typeof name === "string" && POLICY_DOCUMENT_PROPERTIES.has(name)) return comparePolicyDocument(ctx, steps, iacValue, liveValue);
  let iv = iacValue;
  let lv = liveValue;
  if (node?.whole || whole) {
    whole = true;
    iv = parseJsonDocument(iv);
    lv = parseJsonDocument(lv);
  }
  const iacAbsent = isAbsent(iv);
  const liveAbsent = isAbsent(lv);
  if (iacAbsent && liveAbsent) return;
  if (iacAbsent || liveAbsent) {
    if (node?.hasDefault && sameValue(iacAbsent ? lv : iv, node.defaultValue)) return;
    if (liveAbsent && iv !== null && typeof iv === "object") return descend(ctx, node, steps, iv, void 0, whole);
    return emit(ctx, node, steps, iacAbsent ? void 0 : iv, liveAbsent ? void 0 : lv);
  }
  if (Array.isArray(iv) && Array.isArray(lv)) {
    if (node?.unordered && iv.every(isScalar2) && lv.every(isScalar2)) return compareScalarSet(ctx, steps, iv, lv);
    for (let i = 0; i < Math.max(iv.length, lv.length); i++) {
      steps.push(i);
      if (i >= iv.length) emit(ctx, node, steps, void 0, lv[i]);
      else compare(ctx, node, steps, iv[i], lv[i], whole);
      steps.pop();
    }
    return;
  }
  if (isPlainObject(iv) && isPlainObject(lv)) return descend(ctx, node, steps, iv, lv, whole);
  if (!sameScalar(iv, lv)) emit(ctx, node, steps, iv, lv);
}
function descend(ctx, node, steps, iv, lv, whole) {
  if (Array.isArray(iv)) {
    const other = Array.isArray(lv) ? lv : [];
    for (let i = 0; i < iv.length; i++) {
      steps.push(i);
      compare(ctx, node, steps, iv[i], other[i], whole);
      steps.pop();
    }
    return;
  }
  const ir = iv;
  const lr = isPlainObject(lv) ? lv : {};
  for (const key in ir) {
    const child = node?.children?.get(key);
    if (child?.ignored || !whole && isAbsent(ir[key])) continue;
    steps.push(key);
    compare(ctx, child, steps, ir[key], lr[key], whole);
    steps.pop();
  }
  if (!whole) return;
  for (const key in lr) {
    if (key in ir) continue;
    const child = node?.children?.get(key);
    if (child?.ignored) continue;
    steps.push(key);
    compare(ctx, child, steps, void 0, lr[key], whole);
    steps.pop();
  }
}
function isScalar2(value) {
  return scalarKey(value) !== void 0;
}
function emit(ctx, node, steps, iacValue, liveValue) {
  if (hiddenAt(ctx, steps)) return;
  const iac = visible(ctx, node, [...steps], iacValue);
  const live = visible(ctx, node, [...steps], liveValue);
  if (iacValue !== void 0 && iac.value === void 0 && iac.cut || liveValue !== void 0 && live.value === void 0 && live.cut) return;
  if (iac.value === void 0 && live.value === void 0) return;
  ctx.found.push({ steps: [...steps], iac: iac.value ?? null, live: live.value ?? null });
}
function visible(ctx, node, steps, value) {
  if (value === void 0) return { value: void 0, cut: false };
  if (hiddenAt(ctx, steps) || redacted(value)) return { value: void 0, cut: true };
  if (value === null || typeof value !== "object") return { value, cut: false };
  let cut = false;
  if (Array.isArray(value)) {
    const out2 = [];
    value.forEach((item, i) => {
      steps.push(i);
      const v = visible(ctx, node, steps, item);
      steps.pop();
      cut ||= v.cut;
      if (v.value !== void 0) out2.push(v.value);
    });
    return { value: out2.length > 0 || !cut ? out2 : void 0, cut };
  }
  const out = {};
  let kept = 0;
  for (const [key, item] of Object.entries(value)) {
    const child = node?.children?.get(key);
    if (child?.ignored) {
      cut = true;
      continue;
    }
    steps.push(key);
    const v = visible(ctx, child, steps, item);
    steps.pop();
    cut ||= v.cut;
    if (v.value !== void 0) {
      out[key] = v.value;
      kept++;
    }
  }
  return { value: kept > 0 || !cut ? out : void 0, cut };
}
function comparePolicyDocument(ctx, steps, iv, lv) {
  if (ctx.anyHidden && (holdsHidden(ctx.iacHidden, steps) || holdsHidden(ctx.liveHidden, steps))) return;
  if (containsRedacted(iv) || containsRedacted(lv)) return;
  const iacAbsent = isAbsent(iv);
  const liveAbsent = isAbsent(lv);
  if (iacAbsent && liveAbsent) return;
  const iacDoc = iacAbsent ? null : canonicalPolicyDocument(iv);
  const liveDoc = liveAbsent ? null : canonicalPolicyDocument(lv);
  if (!iacAbsent && !liveAbsent && canonicalJson(iacDoc) === canonicalJson(liveDoc)) return;
  ctx.found.push({ steps: [...steps], iac: iacDoc, live: liveDoc });
}
function compareOwned(ctx, owned, node, iac, live) {
  const steps = [owned.property];
  if (node?.ignored || hiddenAt(ctx, steps) || !isPropertyRead(live, owned.property)) return;
  const iv = iac.properties[owned.property];
  const lv = live.properties[owned.property];
  if (redacted(iv) || redacted(lv)) return;
  switch (owned.kind) {
    case "tags":
      return compareTags(ctx, owned.property, iv, lv);
    case "rules":
      return compareRules(ctx, owned.property, node, listOf(iv), listOf(lv));
    case "set": {
      const il = listOf(iv);
      const ll = listOf(lv);
      if (il.every(isScalar2) && ll.every(isScalar2)) return compareScalarSet(ctx, steps, il, ll);
      return compare(ctx, node, steps, iv, lv, false);
    }
    case "policies":
      return comparePolicies(ctx, owned.property, listOf(iv), listOf(lv));
  }
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function compareTags(ctx, property, iv, lv) {
  const iacTags = canonicalTags(iv);
  const liveTags = canonicalTags(lv);
  const hiddenKeys = /* @__PURE__ */ new Set();
  const hideKeys = (tags, hidden) => {
    for (const [key, tag] of tags) {
      if (redacted(tag.value) || hidden.length > 0 && (covered(hidden, [property, tag.at]) || holdsHidden(hidden, [property, tag.at]))) hiddenKeys.add(key);
    }
  };
  hideKeys(iacTags, ctx.iacHidden);
  hideKeys(liveTags, ctx.liveHidden);
  const iacKeyUnknown = Array.isArray(iv) && ctx.iacHidden.some((h) => h[0] === property && typeof h[1] === "number" && (h.length === 2 || h[2] === "Key"));
  for (const key of /* @__PURE__ */ new Set([...iacTags.keys(), ...liveTags.keys()])) {
    if (hiddenKeys.has(key)) continue;
    const a = iacTags.get(key);
    const b = liveTags.get(key);
    if (!a && iacKeyUnknown) continue;
    if (a && b && sameScalar(a.value, b.value)) continue;
    ctx.found.push({ steps: [property, key], iac: a ? a.value ?? null : null, live: b ? b.value ?? null : null });
  }
}
function compareRules(ctx, property, node, il, ll) {
  const iac = ruleEntries2(property, node, il, ctx.iacHidden);
  const live = ruleEntries2(property, node, ll, ctx.liveHidden);
  const agrees = (partial, other) => {
    for (const field in partial.value) if (!sameScalar(partial.value[field], other.value[field])) return false;
    return true;
  };
  const match = matchSets(iac.entries, live.entries, agrees, (e) => ruleEntryKey(e.value, true));
  for (const [i, l] of match.loosePairs) {
    ctx.found.push({ steps: [property, i.index, "Description"], iac: i.value.Description ?? null, live: l.value.Description ?? null });
  }
  reportOneSided(ctx, property, match.iacOnly, match.liveOnly, iac.hidden, live.hidden);
}
function ruleEntries2(property, node, list, hidden) {
  const out = { entries: [], hidden: 0 };
  for (let index2 = 0; index2 < list.length; index2++) {
    const item = list[index2];
    if (!isPlainObject(item) || redacted(item) || hidden.length > 0 && covered(hidden, [property, index2])) {
      out.hidden++;
      continue;
    }
    const fields = {};
    let partial = hidden.length > 0 && holdsHidden(hidden, [property, index2]);
    for (const field in item) {
      const value2 = item[field];
      if (node?.children?.get(field)?.ignored || redacted(value2) || hidden.length > 0 && covered(hidden, [property, index2, field])) partial = true;
      else fields[field] = value2;
    }
    const value = canonicalRuleEntry(fields);
    out.entries.push({ index: index2, value, key: ruleEntryKey(value), partial });
  }
  return out;
}
function compareScalarSet(ctx, steps, il, ll) {
  const side = (list, hidden) => {
    const out = { entries: [], hidden: 0 };
    list.forEach((value, index2) => {
      if (hidden.length > 0 && covered(hidden, [...steps, index2])) out.hidden++;
      else out.entries.push({ index: index2, value, key: scalarKey(value) ?? "", partial: false });
    });
    return out;
  };
  const iac = side(il, ctx.iacHidden);
  const live = side(ll, ctx.liveHidden);
  const match = matchSets(iac.entries, live.entries);
  reportOneSided(ctx, steps, match.iacOnly, match.liveOnly, iac.hidden, live.hidden);
}
function reportOneSided(ctx, at, iacOnly, liveOnly, iacHidden, liveHidden) {
  const base = typeof at === "string" ? [at] : at;
  if (liveHidden === 0) for (const e of iacOnly) ctx.found.push({ steps: [...base, e.index], iac: e.value, live: null });
  if (iacHidden === 0) for (const e of liveOnly) ctx.found.push({ steps: [...base, e.index], iac: null, live: e.value });
}
function comparePolicies(ctx, property, il, ll) {
  const side = (list, hidden) => {
    const byName = /* @__PURE__ */ new Map();
    let hiddenCount = 0;
    list.forEach((item, index2) => {
      const name = isPlainObject(item) ? item.PolicyName : void 0;
      if (typeof name !== "string" || redacted(item) || covered(hidden, [property, index2]) || covered(hidden, [property, index2, "PolicyName"])) {
        hiddenCount++;
        return;
      }
      const document = item.PolicyDocument;
      const at = [property, index2, "PolicyDocument"];
      byName.set(name, { index: index2, document, documentHidden: covered(hidden, at) || holdsHidden(hidden, at) || containsRedacted(document) });
    });
    return { byName, hidden: hiddenCount };
  };
  const iac = side(il, ctx.iacHidden);
  const live = side(ll, ctx.liveHidden);
  const shown = (name, p) => p.documentHidden || isAbsent(p.document) ? { PolicyName: name } : { PolicyName: name, PolicyDocument: canonicalPolicyDocument(p.document) };
  for (const [name, i] of iac.byName) {
    const l = live.byName.get(name);
    if (!l) {
      if (live.hidden === 0) ctx.found.push({ steps: [property, i.index], iac: shown(name, i), live: null });
    } else if (!i.documentHidden && !l.documentHidden) {
      comparePolicyDocument(ctx, [property, i.index, "PolicyDocument"], i.document, l.document);
    }
  }
  if (iac.hidden > 0) return;
  for (const [name, l] of live.byName) if (!iac.byName.has(name)) ctx.found.push({ steps: [property, l.index], iac: null, live: shown(name, l) });
}
function byPath(a, b) {
  const n = Math.min(a.steps.length, b.steps.length);
  for (let i = 0; i < n; i++) {
    const x = a.steps[i];
    const y = b.steps[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    const sx = String(x);
    const sy = String(y);
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  if (a.steps.length !== b.steps.length) return a.steps.length - b.steps.length;
  return (a.iac === null ? 1 : 0) - (b.iac === null ? 1 : 0);
}

// src/drift/index.ts
var isFact = (type) => type.startsWith("Plumbline::");
function compareInventories(input) {
  const ignore = input.ignore;
  const ignored = (r) => ignore !== void 0 && isResourceIgnored(ignore, r.type, r.id);
  const scanned = /* @__PURE__ */ new Set();
  const presenceOnly = /* @__PURE__ */ new Set();
  for (const c of input.coverage) {
    const key = scopeTypeKey(c.account, c.region, c.type);
    if (c.state === "scanned") scanned.add(key);
    if (c.read === "list-only") presenceOnly.add(key);
  }
  const liveTypes2 = new Set(input.coverage.map((c) => c.type));
  const iacByKey = /* @__PURE__ */ new Map();
  for (const r of input.iac) {
    if (r.id === null || ignored(r)) continue;
    const account = r.account ?? input.defaultAccount;
    if (!account || !liveTypes2.has(r.type)) continue;
    iacByKey.set(driftKey(r.type, r.id, account, r.region ?? ""), r);
  }
  const entries = [];
  const pairs = [];
  const scopes = /* @__PURE__ */ new Map();
  const scope = (account, region) => {
    const key = `${account}\0${region}`;
    let s = scopes.get(key);
    if (!s) scopes.set(key, s = { account, region, managed: 0, unmanaged: 0, missing: 0, iacCoverage: null });
    return s;
  };
  const counts = { inSync: 0, changed: 0, missing: 0, unmanaged: 0 };
  const matched = /* @__PURE__ */ new Set();
  for (const live of input.live) {
    if (live.id === null || ignored(live) || !live.account || !live.region) continue;
    const key = driftKey(live.type, live.id, live.account, live.region);
    const iac = iacByKey.get(key);
    if (iac) {
      matched.add(key);
      pairs.push({ iac, live });
      scope(live.account, live.region).managed++;
      const changes = presenceOnly.has(scopeTypeKey(live.account, live.region, live.type)) ? [] : diffResources(iac, live).filter((c) => !ignore || !isPathIgnored(ignore, live.type, live.id, c.path));
      const evidence = evidenceOf(iac, input.evidence);
      if (changes.length === 0) {
        counts.inSync++;
        continue;
      }
      counts.changed++;
      entries.push(entry("changed", iac, live, changes, evidence, input.locate));
      continue;
    }
    if (live.isDefault || isFact(live.type)) continue;
    counts.unmanaged++;
    scope(live.account, live.region).unmanaged++;
    entries.push(entry("unmanaged", void 0, live, [], [], input.locate));
  }
  for (const [key, iac] of iacByKey) {
    if (matched.has(key)) continue;
    const account = iac.account ?? input.defaultAccount;
    const region = iac.region ?? "";
    if (!scanned.has(scopeTypeKey(account, region, iac.type))) continue;
    counts.missing++;
    scope(account, region).missing++;
    entries.push(entry("missing", { ...iac, account, region }, void 0, [], evidenceOf(iac, input.evidence), input.locate));
  }
  let managed = 0;
  let all = 0;
  for (const s of scopes.values()) {
    const total = s.managed + s.unmanaged + s.missing;
    s.iacCoverage = percent(s.managed, total);
    managed += s.managed;
    all += total;
  }
  entries.sort(compareEntries);
  const byScope = [...scopes.values()].sort((a, b) => a.account + a.region < b.account + b.region ? -1 : 1);
  return { entries, counts, iacCoverage: percent(managed, all), byScope, pairs };
}
function driftKey(type, id, account, region) {
  return `${type}\0${id}\0${account}\0${region}`;
}
function percent(part, total) {
  return total === 0 ? null : Math.floor(part / total * 1e3) / 10;
}
function scopeTypeKey(account, region, type) {
  return `${account}\0${region}\0${type}`;
}
function evidenceOf(iac, evidence) {
  const found = iac.address ? evidence?.get(iac.address) : void 0;
  if (!found) return [];
  const what = found.actions.join(",") || "update";
  const paths = found.changedPaths.length > 0 ? `: ${found.changedPaths.slice(0, 10).join(", ")}${found.changedPaths.length > 10 ? ", \u2026" : ""}` : "";
  return [`resource_drift ${what}${paths}`];
}
function entry(kind, iac, live, changes, evidence, locate) {
  const subject = live ?? iac;
  const ref = resourceRef(live ?? subject);
  const address = iac?.address;
  if (address) ref.address = address;
  if (iac?.tfType) ref.tfType = iac.tfType;
  const out = { class: kind, resource: ref, changes, evidence };
  if (address) {
    out.address = address;
    const location2 = locate?.(address) ?? iac?.location;
    if (location2) out.location = location2;
  }
  return out;
}
var CLASS_ORDER = { changed: 0, missing: 1, unmanaged: 2 };
function compareEntries(a, b) {
  return CLASS_ORDER[a.class] - CLASS_ORDER[b.class] || cmp(a.resource.type, b.resource.type) || cmp(a.resource.id ?? "", b.resource.id ?? "") || cmp(a.resource.account ?? "", b.resource.account ?? "") || cmp(a.resource.region ?? "", b.resource.region ?? "");
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/model/counts.ts
var STATUSES = ["fail", "error", "unknown", "suppressed", "pass"];
function isFinding(evaluation) {
  return evaluation.status === "fail" && evaluation.delta !== "fixed";
}
function isCheck(evaluation) {
  return !(evaluation.delta === "fixed" && evaluation.status !== "pass");
}
function tally(evaluations) {
  const emptyRow = () => ({ fail: 0, error: 0, unknown: 0, suppressed: 0, pass: 0 });
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, emptyRow()]));
  const byStatus = emptyRow();
  let total = 0;
  for (const evaluation of evaluations) {
    if (!isCheck(evaluation)) continue;
    bySeverity[evaluation.severity][evaluation.status]++;
    byStatus[evaluation.status]++;
    total++;
  }
  return { bySeverity, byStatus, total };
}
function deltaCounts(evaluations) {
  const keys = {
    introduced: new EvaluationKeyMap(),
    fixed: new EvaluationKeyMap(),
    drift: new EvaluationKeyMap(),
    "pre-existing": new EvaluationKeyMap()
  };
  let any = false;
  for (const e of evaluations) {
    if (e.delta === void 0 || e.status !== "fail" && e.delta !== "fixed") continue;
    any = true;
    keys[e.delta].set(e, true);
  }
  return { any, counts: { introduced: keys.introduced.size, fixed: keys.fixed.size, drift: keys.drift.size, "pre-existing": keys["pre-existing"].size } };
}
function resourceKey(ref) {
  return `${ref.address ?? `${ref.type}\0${ref.id}`}${ref.part === void 0 ? "" : `\0${ref.part}`}`;
}
var evaluationKey = (e) => `${e.rule}\0${resourceKey(e.resource)}`;
var EvaluationKeyMap = class {
  byResource = /* @__PURE__ */ new Map();
  count = 0;
  // The last reference seen and its rules: evaluateInventory lists a resource's evaluations one after another, so
  // most lookups are for the same reference as the one before and need neither its key nor a second map lookup.
  lastRef;
  lastKey = "";
  get size() {
    return this.count;
  }
  get(e) {
    return this.byResource.get(this.keyOf(e.resource))?.get(e.rule);
  }
  set(e, value) {
    const key = this.keyOf(e.resource);
    let byRule = this.byResource.get(key);
    if (byRule === void 0) this.byResource.set(key, byRule = /* @__PURE__ */ new Map());
    if (!byRule.has(e.rule)) this.count++;
    byRule.set(e.rule, value);
  }
  keyOf(ref) {
    if (ref !== this.lastRef) {
      this.lastRef = ref;
      this.lastKey = resourceKey(ref);
    }
    return this.lastKey;
  }
};
function distinctKeys(evaluations) {
  const seen = new EvaluationKeyMap();
  for (const e of evaluations) seen.set(e, true);
  return seen.size;
}
function countEvaluations(evaluations, resources, unmapped) {
  const byStatus = { fail: 0, error: 0, unknown: 0, suppressed: 0, pass: 0 };
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  const fixed = new EvaluationKeyMap();
  const findings = new EvaluationKeyMap();
  let total = 0;
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i];
    if (isCheck(e)) {
      byStatus[e.status]++;
      if (e.status === "fail") bySeverity[e.severity]++;
      total++;
    }
    if (e.delta === "fixed") fixed.set(e, true);
    if (isFinding(e)) findings.set(e, true);
  }
  return {
    resources,
    evaluations: total,
    pass: byStatus.pass,
    fail: byStatus.fail,
    error: byStatus.error,
    unknown: byStatus.unknown,
    suppressed: byStatus.suppressed,
    fixed: fixed.size,
    findings: findings.size,
    bySeverity,
    unmapped,
    drift: { inSync: 0, changed: 0, missing: 0, unmanaged: 0 }
  };
}

// src/drift/delta.ts
var failing = (e) => e.status === "fail" || e.status === "suppressed";
function labelDelta(after, before, afterAddresses) {
  const beforeByKey = new EvaluationKeyMap();
  for (const e of before) {
    const entry2 = beforeByKey.get(e);
    if (entry2 === void 0) beforeByKey.set(e, { evaluation: e, inAfter: false });
    else entry2.evaluation = e;
  }
  for (const e of after) {
    const entry2 = beforeByKey.get(e);
    if (entry2 !== void 0) entry2.inAfter = true;
    const prior = entry2?.evaluation;
    const failedBefore = prior !== void 0 && failing(prior);
    if (failing(e)) e.delta = failedBefore ? "pre-existing" : "introduced";
    else if (e.status === "pass" && failedBefore) e.delta = "fixed";
    if (prior && e.delta) prior.delta = e.delta;
  }
  const fixedByDeletion = [];
  for (const e of before) {
    if (!failing(e) || beforeByKey.get(e)?.inAfter === true) continue;
    if (e.resource.address && !afterAddresses.has(e.resource.address)) {
      e.delta = "fixed";
      fixedByDeletion.push(e);
    }
  }
  return fixedByDeletion;
}
function labelPostureDelta(input) {
  let extra = [];
  if (input.hasPlan) {
    const liveBefore = input.live.length > 0;
    const fixedByDeletion = labelDelta(input.after, liveBefore ? input.live : input.prior, input.afterAddresses);
    extra = liveBefore ? [] : fixedByDeletion;
  }
  if (input.live.length === 0) return extra;
  const stateByKey = new EvaluationKeyMap();
  for (const e of input.state) stateByKey.set(e, e);
  for (const e of input.live) {
    if (!failing(e) || e.delta === "fixed") continue;
    const state = stateByKey.get(e);
    if (!state || state.status === "unknown") continue;
    e.delta = failing(state) ? "pre-existing" : "drift";
  }
  return extra;
}

// src/gate.ts
function decideGate(input) {
  const reasons = [];
  let blocking = [];
  const newScope = input.scope === "new" && input.hasBefore;
  if (input.failOn !== "none") {
    const threshold = input.failOn;
    const atOrAbove = input.evaluations.filter((e) => isFinding(e) && meetsThreshold(e.severity, threshold));
    blocking = newScope ? atOrAbove.filter((e) => e.delta === "introduced") : atOrAbove;
    const counted = distinctKeys(blocking);
    if (counted > 0) {
      const what = `${counted} finding${counted === 1 ? "" : "s"} at or above ${threshold}`;
      reasons.push(newScope ? `${what} introduced by this change` : `${what}${scopeNote(input)}`);
    }
  }
  if (input.failOnDrift && input.driftCount > 0) reasons.push(`${input.driftCount} drifted resource${input.driftCount === 1 ? "" : "s"}`);
  if (input.failOnIncomplete && input.incomplete) reasons.push("coverage is incomplete");
  if (input.failOnIncomplete && input.errors > 0) {
    reasons.push(`${input.errors} rule evaluation${input.errors === 1 ? "" : "s"} could not complete`);
  }
  if (input.failOnUnmapped && input.unmapped > 0) {
    reasons.push(`${input.unmapped} Terraform resource${input.unmapped === 1 ? "" : "s"} not checked (no mapping yet)`);
  }
  if (reasons.length > 0) return { verdict: "fail", reason: reasons.join("; "), blocking };
  const held = [
    input.failOnDrift ? "no drift" : "",
    input.failOnIncomplete ? "coverage complete" : "",
    input.failOnUnmapped ? "every resource mapped" : ""
  ].filter(Boolean);
  if (input.failOn === "none") {
    const also = held.length > 0 ? `; ${held.join(", ")}` : "";
    if (held.length === 0) return { verdict: "not-gated", reason: "no fail-on-severity threshold: findings are reported, not gated", blocking };
    return { verdict: "pass", reason: `findings are not gated (fail-on-severity none)${also}`, blocking };
  }
  const scope = newScope ? " introduced by this change" : scopeNote(input);
  return { verdict: "pass", reason: [`no finding at or above ${input.failOn}${scope}`, ...held].join("; "), blocking };
}
function scopeNote(input) {
  return input.scope === "new" && !input.hasBefore ? " (gate-scope new needs a plan to tell what the change introduces, so every finding counts)" : "";
}

// src/report/scrub.ts
var SCRUBBED_TEXT = "(sensitive)";
var WINDOW = 8;
function scrubber(secrets) {
  const values = [...new Set(secrets.filter((s) => s !== ""))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return { text: (value) => value, holdsSecret: () => false, minLength: Infinity };
  const short = values.filter((v) => v.length < WINDOW);
  const long = values.filter((v) => v.length >= WINDOW);
  const minLength = values[values.length - 1].length;
  const step = long.length === 0 ? 1 : Math.min(MAX_STEP, long[long.length - 1].length - WINDOW + 1);
  const entries = long.length * step;
  const tableBits = Math.max(8, Math.ceil(Math.log2(entries + 1)));
  const heads = new Int32Array(1 << tableBits).fill(-1);
  const chained = new Int32Array(entries);
  const hashes = new Int32Array(entries);
  const valueIndex = new Int32Array(entries);
  const offsets = new Int32Array(entries);
  const filter = new Int32Array(1 << FILTER_BITS - 5);
  let entry2 = 0;
  for (let v = 0; v < long.length; v++) {
    for (let offset = 0; offset < step; offset++, entry2++) {
      const h = windowHash(long[v], offset);
      const bucket = h >>> 32 - FILTER_BITS;
      filter[bucket >>> 5] |= 1 << (bucket & 31);
      const head = h >>> 32 - tableBits;
      hashes[entry2] = h;
      valueIndex[entry2] = v;
      offsets[entry2] = offset;
      chained[entry2] = heads[head];
      heads[head] = entry2;
    }
  }
  const find = (text, firstOnly) => {
    const found = [];
    if (text.length < minLength) return found;
    if (long.length > 0 && text.length >= WINDOW) {
      let h = windowHash(text, 0);
      for (let at = 0; ; ) {
        const bucket = h >>> 32 - FILTER_BITS;
        if ((filter[bucket >>> 5] & 1 << (bucket & 31)) !== 0) {
          for (let e = heads[h >>> 32 - tableBits]; e >= 0; e = chained[e]) {
            if (hashes[e] !== h) continue;
            const value = long[valueIndex[e]];
            const start = at - offsets[e];
            if (start >= 0 && text.startsWith(value, start)) {
              found.push([start, start + value.length]);
              if (firstOnly) return found;
            }
          }
        }
        at += step;
        if (at + WINDOW > text.length) break;
        if (step < 4) for (let i = at - step; i < at; i++) h = Math.imul(h - Math.imul(text.charCodeAt(i), TOP), BASE) + text.charCodeAt(i + WINDOW) | 0;
        else h = windowHash(text, at);
      }
    }
    for (const value of short) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        found.push([at, at + value.length]);
        if (firstOnly) return found;
      }
    }
    if (found.length < 2) return found;
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const kept = [];
    for (const span of found) if (kept.length === 0 || span[0] >= kept[kept.length - 1][1]) kept.push(span);
    return kept;
  };
  return {
    text(value) {
      const found = find(value, false);
      if (found.length === 0) return value;
      let out = "";
      let from = 0;
      for (const [start, end] of found) {
        out += value.slice(from, start) + SCRUBBED_TEXT;
        from = end;
      }
      return out + value.slice(from);
    },
    holdsSecret: (value) => find(value, true).length > 0,
    minLength
  };
}
var FILTER_BITS = 20;
var MAX_STEP = 32;
var BASE = 16777619;
var TOP = Array.from({ length: WINDOW - 1 }).reduce((power) => Math.imul(power, BASE), 1);
function windowHash(text, at) {
  let h = 0;
  for (let i = at; i < at + WINDOW; i++) h = Math.imul(h, BASE) + text.charCodeAt(i) | 0;
  return h;
}
var SCRUBBED_EVALUATION_FIELDS = ["message", "path", "resource", "location", "suppression"];
function scrubModel(model, scrub) {
  const deep = deepScrubber(scrub);
  for (const evaluation of model.evaluations) {
    const record = evaluation;
    for (const field of SCRUBBED_EVALUATION_FIELDS) {
      const value = record[field];
      if (value === void 0) continue;
      const scrubbed = deep(value);
      if (scrubbed !== value) record[field] = scrubbed;
    }
  }
  for (const [key, part] of Object.entries(model)) if (key !== "evaluations") deep(part);
}
function deepScrubber(scrub) {
  const seen = /* @__PURE__ */ new WeakSet();
  const text = (node) => node.length < scrub.minLength ? node : scrub.text(node);
  const visit = (node) => {
    if (typeof node === "string") return text(node);
    if (node === null || typeof node !== "object" || seen.has(node)) return node;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i];
        const scrubbed = visit(item);
        if (scrubbed !== item) node[i] = scrubbed;
      }
      return node;
    }
    const record = node;
    for (const key of Object.keys(record)) {
      const scrubbedKey = text(key);
      const item = record[key];
      const scrubbed = visit(item);
      if (scrubbedKey !== key) {
        delete record[key];
        Object.defineProperty(record, scrubbedKey, { value: scrubbed, enumerable: true, writable: true, configurable: true });
      } else if (scrubbed !== item) record[key] = scrubbed;
    }
    return node;
  };
  return visit;
}
function scrubResource(resource, scrub) {
  const properties = structuredClone(resource.properties);
  const redacted2 = redactStringsWhere(properties, (value) => scrub.holdsSecret(value));
  deepScrubber(scrub)(properties);
  const out = { ...resource, properties, id: resource.id === null ? null : scrub.text(resource.id) };
  if (resource.address !== void 0) out.address = scrub.text(resource.address);
  if (redacted2.length > 0) out.sensitive = [.../* @__PURE__ */ new Set([...resource.sensitive ?? [], ...redacted2])].sort();
  return out;
}

// src/rules/frameworks/cis-aws-3.0.ts
var CIS_AWS_3_0 = {
  id: "cis-aws-3.0",
  name: "CIS Amazon Web Services Foundations Benchmark",
  version: "3.0",
  requirements: {
    "1.4": { title: "No root user account access key exists", rules: ["iam-root-no-access-keys"] },
    "1.5": { title: "MFA is enabled for the root user account", rules: ["iam-root-mfa-enabled"] },
    "1.8": { title: "IAM password policy requires a minimum length of 14 or greater", rules: ["iam-password-policy-min-length-14"] },
    "1.9": { title: "IAM password policy prevents password reuse", rules: ["iam-password-policy-reuse-24"] },
    "1.10": { title: "MFA is enabled for all IAM users that have a console password", rules: ["iam-user-console-mfa-enabled"] },
    "1.12": { title: "Credentials unused for 45 days or more are disabled", rules: ["iam-user-unused-credentials-45-days"] },
    "1.14": { title: "Access keys are rotated every 90 days or less", rules: ["iam-user-access-keys-rotated-90-days"] },
    "1.15": { title: "IAM users receive permissions only through groups", rules: ["iam-user-no-attached-policies"] },
    "1.16": {
      title: 'IAM policies that allow full "*:*" administrative privileges are not attached',
      rules: ["iam-no-administrator-access-attached", "iam-customer-policy-no-admin"]
    },
    "2.1.1": { title: "S3 bucket policy denies HTTP requests", rules: ["s3-bucket-tls-only"] },
    "2.1.4": {
      title: "S3 buckets are configured with 'Block public access'",
      rules: ["s3-bucket-public-access-block-enabled", "s3-account-public-access-block-enabled"]
    },
    // CIS audits this control with get-ebs-encryption-by-default; Prowler maps only the per-volume check.
    "2.2.1": { title: "EBS volume encryption is enabled in all regions", rules: ["ec2-ebs-volume-encrypted", "ec2-ebs-default-encryption-enabled"] },
    "2.3.1": { title: "Encryption-at-rest is enabled for RDS instances", rules: ["rds-instance-storage-encrypted"] },
    "2.3.2": { title: "Auto minor version upgrade is enabled for RDS instances", rules: ["rds-instance-auto-minor-version-upgrade"] },
    "2.3.3": { title: "RDS instances are not publicly accessible", rules: ["rds-instance-not-publicly-accessible"] },
    "2.4.1": { title: "Encryption is enabled for EFS file systems", rules: ["efs-file-system-encrypted"] },
    "3.1": { title: "CloudTrail is enabled in all regions", rules: ["cloudtrail-multi-region-enabled"] },
    "3.2": { title: "CloudTrail log file validation is enabled", rules: ["cloudtrail-log-file-validation-enabled"] },
    "3.5": { title: "CloudTrail logs are encrypted at rest using KMS CMKs", rules: ["cloudtrail-kms-encryption-enabled"] },
    "3.6": { title: "Rotation for customer-created symmetric CMKs is enabled", rules: ["kms-key-rotation-enabled"] },
    "3.7": { title: "VPC flow logging is enabled in all VPCs", rules: ["vpc-flow-logs-enabled"] },
    "5.2": {
      title: "No security groups allow ingress from 0.0.0.0/0 to remote server administration ports",
      rules: ["ec2-sg-no-public-ssh", "ec2-sg-no-public-rdp", "ec2-sg-no-public-all-ports"]
    },
    "5.3": {
      title: "No security groups allow ingress from ::/0 to remote server administration ports",
      rules: ["ec2-sg-no-public-ssh", "ec2-sg-no-public-rdp", "ec2-sg-no-public-all-ports"]
    },
    "5.4": { title: "The default security group of every VPC restricts all traffic", rules: ["ec2-default-sg-restricts-all-traffic"] },
    "5.6": { title: "EC2 Metadata Service only allows IMDSv2", rules: ["ec2-instance-imdsv2-required"] }
  }
};

// src/rules/frameworks/cis-aws-4.0.ts
var CIS_AWS_4_0 = {
  id: "cis-aws-4.0",
  name: "CIS Amazon Web Services Foundations Benchmark",
  version: "4.0",
  requirements: {
    "1.4": { title: "No root user account access key exists", rules: ["iam-root-no-access-keys"] },
    "1.5": { title: "MFA is enabled for the root user account", rules: ["iam-root-mfa-enabled"] },
    "1.8": { title: "IAM password policy requires a minimum length of 14 or greater", rules: ["iam-password-policy-min-length-14"] },
    "1.9": { title: "IAM password policy prevents password reuse", rules: ["iam-password-policy-reuse-24"] },
    "1.10": { title: "MFA is enabled for all IAM users that have a console password", rules: ["iam-user-console-mfa-enabled"] },
    "1.12": { title: "Credentials unused for 45 days or more are disabled", rules: ["iam-user-unused-credentials-45-days"] },
    "1.14": { title: "Access keys are rotated every 90 days or less", rules: ["iam-user-access-keys-rotated-90-days"] },
    "1.15": { title: "IAM users receive permissions only through groups", rules: ["iam-user-no-attached-policies"] },
    "1.16": {
      title: 'IAM policies that allow full "*:*" administrative privileges are not attached',
      rules: ["iam-no-administrator-access-attached", "iam-customer-policy-no-admin"]
    },
    "2.1.1": { title: "S3 bucket policy denies HTTP requests", rules: ["s3-bucket-tls-only"] },
    "2.1.4": {
      title: "S3 buckets are configured with 'Block public access'",
      rules: ["s3-bucket-public-access-block-enabled", "s3-account-public-access-block-enabled"]
    },
    "2.2.1": { title: "Encryption-at-rest is enabled for RDS instances", rules: ["rds-instance-storage-encrypted"] },
    "2.2.2": { title: "Auto minor version upgrade is enabled for RDS instances", rules: ["rds-instance-auto-minor-version-upgrade"] },
    "2.2.3": { title: "RDS instances are not publicly accessible", rules: ["rds-instance-not-publicly-accessible"] },
    "2.2.4": { title: "Multi-AZ deployments are used for RDS databases", rules: ["rds-instance-multi-az"] },
    "2.3.1": { title: "Encryption is enabled for EFS file systems", rules: ["efs-file-system-encrypted"] },
    "3.1": { title: "CloudTrail is enabled in all regions", rules: ["cloudtrail-multi-region-enabled"] },
    "3.2": { title: "CloudTrail log file validation is enabled", rules: ["cloudtrail-log-file-validation-enabled"] },
    "3.5": { title: "CloudTrail logs are encrypted at rest using KMS CMKs", rules: ["cloudtrail-kms-encryption-enabled"] },
    "3.6": { title: "Rotation for customer-created symmetric CMKs is enabled", rules: ["kms-key-rotation-enabled"] },
    "3.7": { title: "VPC flow logging is enabled in all VPCs", rules: ["vpc-flow-logs-enabled"] },
    // CIS audits this control with get-ebs-encryption-by-default; Prowler maps only the per-volume check.
    "5.1.1": { title: "EBS volume encryption is enabled in all regions", rules: ["ec2-ebs-volume-encrypted", "ec2-ebs-default-encryption-enabled"] },
    "5.3": {
      title: "No security groups allow ingress from 0.0.0.0/0 to remote server administration ports",
      rules: ["ec2-sg-no-public-ssh", "ec2-sg-no-public-rdp", "ec2-sg-no-public-all-ports"]
    },
    "5.4": {
      title: "No security groups allow ingress from ::/0 to remote server administration ports",
      rules: ["ec2-sg-no-public-ssh", "ec2-sg-no-public-rdp", "ec2-sg-no-public-all-ports"]
    },
    "5.5": { title: "The default security group of every VPC restricts all traffic", rules: ["ec2-default-sg-restricts-all-traffic"] },
    "5.7": { title: "EC2 Metadata Service only allows IMDSv2", rules: ["ec2-instance-imdsv2-required"] }
  }
};

// src/rules/frameworks/cis-aws-5.0.ts
var CIS_AWS_5_0 = {
  id: "cis-aws-5.0",
  name: "CIS Amazon Web Services Foundations Benchmark",
  version: "5.0",
  requirements: {
    "1.3": { title: "No root user account access key exists", rules: ["iam-root-no-access-keys"] },
    "1.4": { title: "MFA is enabled for the root user account", rules: ["iam-root-mfa-enabled"] },
    "1.7": { title: "IAM password policy requires a minimum length of 14 or greater", rules: ["iam-password-policy-min-length-14"] },
    "1.8": { title: "IAM password policy prevents password reuse", rules: ["iam-password-policy-reuse-24"] },
    "1.9": { title: "MFA is enabled for all IAM users that have a console password", rules: ["iam-user-console-mfa-enabled"] },
    "1.11": { title: "Credentials unused for 45 days or more are disabled", rules: ["iam-user-unused-credentials-45-days"] },
    "1.13": { title: "Access keys are rotated every 90 days or less", rules: ["iam-user-access-keys-rotated-90-days"] },
    "1.14": { title: "IAM users receive permissions only through groups", rules: ["iam-user-no-attached-policies"] },
    "1.15": {
      title: 'IAM policies that allow full "*:*" administrative privileges are not attached',
      rules: ["iam-no-administrator-access-attached", "iam-customer-policy-no-admin"]
    },
    "2.1.1": { title: "S3 bucket policy denies HTTP requests", rules: ["s3-bucket-tls-only"] },
    "2.1.4": {
      title: "S3 buckets are configured with 'Block public access'",
      rules: ["s3-bucket-public-access-block-enabled", "s3-account-public-access-block-enabled"]
    },
    "2.2.1": { title: "Encryption-at-rest is enabled for RDS instances", rules: ["rds-instance-storage-encrypted"] },
    "2.2.2": { title: "Auto minor version upgrade is enabled for RDS instances", rules: ["rds-instance-auto-minor-version-upgrade"] },
    "2.2.3": { title: "RDS instances are not publicly accessible", rules: ["rds-instance-not-publicly-accessible"] },
    "2.2.4": { title: "Multi-AZ deployments are used for RDS databases", rules: ["rds-instance-multi-az"] },
    "2.3.1": { title: "Encryption is enabled for EFS file systems", rules: ["efs-file-system-encrypted"] },
    "3.1": { title: "CloudTrail is enabled in all regions", rules: ["cloudtrail-multi-region-enabled"] },
    "3.2": { title: "CloudTrail log file validation is enabled", rules: ["cloudtrail-log-file-validation-enabled"] },
    "3.5": { title: "CloudTrail logs are encrypted at rest using KMS CMKs", rules: ["cloudtrail-kms-encryption-enabled"] },
    "3.6": { title: "Rotation for customer-created symmetric CMKs is enabled", rules: ["kms-key-rotation-enabled"] },
    "3.7": { title: "VPC flow logging is enabled in all VPCs", rules: ["vpc-flow-logs-enabled"] },
    // CIS audits this control with get-ebs-encryption-by-default; Prowler maps only the per-volume check.
    "5.1.1": { title: "EBS volume encryption is enabled in all regions", rules: ["ec2-ebs-volume-encrypted", "ec2-ebs-default-encryption-enabled"] },
    "5.3": {
      title: "No security groups allow ingress from 0.0.0.0/0 to remote server administration ports",
      rules: ["ec2-sg-no-public-ssh", "ec2-sg-no-public-rdp", "ec2-sg-no-public-all-ports"]
    },
    "5.4": {
      title: "No security groups allow ingress from ::/0 to remote server administration ports",
      rules: ["ec2-sg-no-public-ssh", "ec2-sg-no-public-rdp", "ec2-sg-no-public-all-ports"]
    },
    "5.5": { title: "The default security group of every VPC restricts all traffic", rules: ["ec2-default-sg-restricts-all-traffic"] },
    "5.7": { title: "EC2 Metadata Service only allows IMDSv2", rules: ["ec2-instance-imdsv2-required"] }
  }
};

// src/rules/support/read.ts
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
function containsRedacted2(value) {
  if (value === null || typeof value !== "object") return false;
  if (isRedacted(value)) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (containsRedacted2(value[i])) return true;
  } else {
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) if (containsRedacted2(value[keys[i]])) return true;
  }
  return false;
}
function unknownOverlaps(resource, path) {
  const unknown = resource.unknown;
  if (unknown === void 0) return false;
  for (let i = 0; i < unknown.length; i++) if (pathsOverlap(unknown[i], path)) return true;
  return false;
}
function walkUnredacted(resource, path) {
  let current = resource.properties;
  if (isRedacted(current)) return UNKNOWN;
  const steps = parsePath(path);
  for (let i = 0; i < steps.length; i++) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[steps[i]];
    if (isRedacted(current)) return UNKNOWN;
  }
  return current;
}
function read(resource, path) {
  if (!isPropertyRead(resource, path) || unknownOverlaps(resource, path)) return UNKNOWN;
  const value = walkUnredacted(resource, path);
  return value !== UNKNOWN && containsRedacted2(value) ? UNKNOWN : value;
}
function readNode(resource, path) {
  if (!isPropertyRead(resource, path) || (resource.unknown ?? []).some((u) => isUnder(path, u))) return UNKNOWN;
  return walkUnredacted(resource, path);
}
function readerBelow(resource, path, node) {
  const unknown = resource.unknown ?? [];
  const direct = node !== UNKNOWN && readNode(resource, path) === node && !unknown.some((u) => isUnder(u, path));
  if (!direct) {
    const base = parsePath(path);
    return (...steps) => read(resource, formatPath([...base, ...steps]));
  }
  return (...steps) => {
    let current = node;
    for (const step of steps) {
      if (current === null || typeof current !== "object") return void 0;
      current = current[step];
      if (isRedacted(current)) return UNKNOWN;
    }
    return containsRedacted2(current) ? UNKNOWN : current;
  };
}
function readEntryFields(resource, listPath, list, fields) {
  const below = readerBelow(resource, listPath, list);
  return list.map((_, i) => {
    const out = {};
    for (const field of fields) out[field] = below(i, field);
    return out;
  });
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
  let unknown = false;
  for (let i = 0; i < facts.length; i++) {
    if (facts[i] === false) return false;
    if (facts[i] === UNKNOWN) unknown = true;
  }
  return unknown ? UNKNOWN : true;
}
function or(...facts) {
  let unknown = false;
  for (let i = 0; i < facts.length; i++) {
    if (facts[i] === true) return true;
    if (facts[i] === UNKNOWN) unknown = true;
  }
  return unknown ? UNKNOWN : false;
}
function holds(value, predicate) {
  return value === UNKNOWN ? UNKNOWN : predicate(value);
}
function isTrue(value) {
  return value === true || value === "true";
}

// src/rules/support/joins.ts
function joinOn(view, type, keyPath, owner, ownKeyPath, filter = () => true) {
  const candidates2 = view.ofType(type);
  if (candidates2.length === 0) return { matches: [], undecided: [] };
  const key = ownKey(owner, ownKeyPath);
  const index2 = joinIndex(candidates2, keyPath);
  const byReference = owner.address === void 0 ? void 0 : index2.byReference.get(owner.address);
  const byKey = key === UNKNOWN ? void 0 : index2.byKey.get(key);
  const matches2 = [];
  const undecided = [];
  for (const position of mergePositions(byReference, byKey, index2.unknownKey)) {
    const candidate = index2.candidates[position];
    const refs = candidate.references?.[keyPath] ?? [];
    let keyMatches;
    if (owner.address !== void 0 && refs.includes(owner.address)) keyMatches = true;
    else if (index2.keys[position] === UNKNOWN) keyMatches = refs.length > 0 ? false : UNKNOWN;
    else keyMatches = key === UNKNOWN ? false : index2.keys[position] === key;
    if (keyMatches === false) continue;
    const belongs = and(filter(candidate), keyMatches);
    if (belongs === true) matches2.push(candidate);
    else if (belongs === UNKNOWN) undecided.push(candidate);
  }
  return { matches: matches2, undecided };
}
var joinIndexes = /* @__PURE__ */ new WeakMap();
function joinIndex(candidates2, keyPath) {
  let perPath = joinIndexes.get(candidates2);
  if (perPath === void 0) joinIndexes.set(candidates2, perPath = /* @__PURE__ */ new Map());
  let index2 = perPath.get(keyPath);
  if (index2 !== void 0) return index2;
  index2 = { candidates: candidates2, keys: [], byKey: /* @__PURE__ */ new Map(), byReference: /* @__PURE__ */ new Map(), unknownKey: [] };
  for (let position = 0; position < candidates2.length; position++) {
    const candidate = candidates2[position];
    const refs = candidate.references?.[keyPath] ?? [];
    const candidateKey = read(candidate, keyPath);
    index2.keys.push(candidateKey);
    for (const address of new Set(refs)) pushTo(index2.byReference, address, position);
    if (candidateKey !== UNKNOWN) pushTo(index2.byKey, candidateKey, position);
    else if (refs.length === 0) index2.unknownKey.push(position);
  }
  perPath.set(keyPath, index2);
  return index2;
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

// src/rules/support/outcome.ts
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

// src/rules/cloudtrail/cloudtrail-kms-encryption-enabled.ts
var cloudtrailKmsEncryptionEnabled = {
  id: "cloudtrail-kms-encryption-enabled",
  title: "CloudTrail trail encrypts its logs with a KMS key",
  severity: "medium",
  description: "Checks that the trail encrypts log files with a customer-managed KMS key (KMSKeyId is set).",
  risk: "With S3-managed encryption anyone who can read the bucket can read the trail; a KMS key adds an audited second permission.",
  remediation: {
    text: "Set a customer-managed KMS key on the trail (its key policy must allow CloudTrail to use it).",
    terraform: `resource "aws_cloudtrail" "this" {
  name           = "org-trail"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = aws_kms_key.trail.arn
}`
  },
  categories: ["encryption", "logging"],
  resourceTypes: ["AWS::CloudTrail::Trail"],
  aliases: { checkov: ["CKV_AWS_35"], prowler: ["cloudtrail_kms_encryption_enabled"] },
  notes: "A KMSKeyId known only after apply counts when its Terraform expression refers to an aws_kms_key of the same configuration (Resource.references): the trail is then encrypted with that customer-managed key.",
  check(resource, view) {
    const path = "KMSKeyId";
    const key = read(resource, path);
    if (key === UNKNOWN) {
      const keys = referencedBy(view, resource, path, "AWS::KMS::Key", "Arn");
      if (keys.length > 0) {
        return pass(`Trail ${nameOf(resource)} encrypts its logs with the customer-managed key ${keys[0].address ?? nameOf(keys[0])}`, path);
      }
      return unknownAt(resource, path, "the KMS key");
    }
    if (typeof key === "string" && key !== "") return pass(`Trail ${nameOf(resource)} encrypts its logs with KMS`, path);
    return fail(`Trail ${nameOf(resource)} does not encrypt its logs with KMS`, path);
  }
};

// src/rules/cloudtrail/cloudtrail-log-file-validation-enabled.ts
var cloudtrailLogFileValidationEnabled = {
  id: "cloudtrail-log-file-validation-enabled",
  title: "CloudTrail trail has log file validation enabled",
  severity: "medium",
  description: "Checks that the trail writes signed digest files so that log tampering can be detected (EnableLogFileValidation).",
  risk: "Without digests an attacker who reaches the log bucket can alter or delete records without detection.",
  remediation: {
    text: "Enable log file validation on the trail.",
    terraform: `resource "aws_cloudtrail" "this" {
  name                       = "org-trail"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = true
}`
  },
  categories: ["logging", "forensics-ready"],
  resourceTypes: ["AWS::CloudTrail::Trail"],
  aliases: { checkov: ["CKV_AWS_36"], prowler: ["cloudtrail_log_file_validation_enabled"] },
  check(resource) {
    const path = "EnableLogFileValidation";
    const enabled2 = read(resource, path);
    if (enabled2 === UNKNOWN) return unknownAt(resource, path, "the log file validation setting");
    if (isTrue(enabled2)) return pass(`Trail ${nameOf(resource)} validates its log files`, path);
    return fail(`Trail ${nameOf(resource)} does not validate its log files`, path);
  }
};

// src/rules/cloudtrail/cloudtrail-multi-region-enabled.ts
var cloudtrailMultiRegionEnabled = {
  id: "cloudtrail-multi-region-enabled",
  title: "CloudTrail trail records all regions and is logging",
  severity: "high",
  description: "Checks that the trail is multi-region (IsMultiRegionTrail) and that logging is on (IsLogging).",
  risk: "Activity in a region no trail covers, such as an attacker launching resources in an unused region, goes unrecorded.",
  remediation: {
    text: "Make the trail multi-region and keep logging enabled.",
    terraform: `resource "aws_cloudtrail" "this" {
  name                          = "org-trail"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_logging                = true
}`
  },
  categories: ["logging", "forensics-ready"],
  resourceTypes: ["AWS::CloudTrail::Trail"],
  aliases: { checkov: ["CKV_AWS_67"], prowler: ["cloudtrail_multi_region_enabled"] },
  notes: "Judged per trail; Prowler judges per region (some logging trail covers it). In a repository with several trails, a single-region trail fails here even when another trail covers all regions: suppress it with a reason. An absent IsLogging counts as logging (Terraform enable_logging defaults to true).",
  check(resource) {
    const multi = read(resource, "IsMultiRegionTrail");
    const logging = read(resource, "IsLogging");
    if (multi !== UNKNOWN && !isTrue(multi)) return fail(`Trail ${nameOf(resource)} records a single region only`, "IsMultiRegionTrail");
    if (logging === false || logging === "false") return fail(`Trail ${nameOf(resource)} is not logging`, "IsLogging");
    if (multi === UNKNOWN) return unknownAt(resource, "IsMultiRegionTrail", "the multi-region setting");
    if (logging === UNKNOWN) return unknownAt(resource, "IsLogging", "the logging state");
    return pass(`Trail ${nameOf(resource)} records all regions`, "IsMultiRegionTrail");
  }
};

// src/rules/ec2/ec2-default-sg-restricts-all-traffic.ts
var ec2DefaultSgRestrictsAllTraffic = {
  id: "ec2-default-sg-restricts-all-traffic",
  title: "Default security group of a VPC allows no traffic",
  severity: "high",
  description: "Checks that the default security group has no ingress and no egress rules.",
  risk: "Resources launched without an explicit group land in the default group; any rule in it silently applies to them.",
  remediation: {
    text: "Manage the default security group with Terraform and leave it without rules.",
    terraform: `resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.this.id
  # no ingress or egress blocks: all rules are removed
}`
  },
  categories: ["trust-boundaries"],
  resourceTypes: ["AWS::EC2::SecurityGroup"],
  aliases: { checkov: ["CKV2_AWS_12"], prowler: ["ec2_securitygroup_default_restrict_traffic"] },
  notes: 'Judges groups named "default" (or marked as AWS defaults). Checkov CKV2_AWS_12 also fails a VPC whose code does not manage its default group; we only judge default groups present in the inventory (always the case for live scans). A security-group rule resource whose group could not be determined makes a default group that would otherwise pass unknown.',
  check(resource, view) {
    const name = read(resource, "GroupName");
    if (name !== "default" && resource.isDefault !== true) return null;
    const ingress = readList(resource, "SecurityGroupIngress");
    const egress = readList(resource, "SecurityGroupEgress");
    if (!isUnknown(ingress) && ingress.length > 0) {
      return fail(`Default security group ${nameOf(resource)} has ${ingress.length} ingress rule(s)`, "SecurityGroupIngress");
    }
    if (!isUnknown(egress) && egress.length > 0) {
      return fail(`Default security group ${nameOf(resource)} has ${egress.length} egress rule(s)`, "SecurityGroupEgress");
    }
    const standalone = ["AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"].map((type) => joinOn(view, type, "GroupId", resource, "GroupId"));
    const own = standalone.flatMap((rules) => rules.matches);
    if (own.length > 0) return fail(`Default security group ${nameOf(resource)} has a rule: ${nameOf(own[0])}`, own[0].type === "AWS::EC2::SecurityGroupIngress" ? "SecurityGroupIngress" : "SecurityGroupEgress");
    if (isUnknown(ingress)) return unknownAt(resource, "SecurityGroupIngress", "the ingress rules");
    if (isUnknown(egress)) return unknownAt(resource, "SecurityGroupEgress", "the egress rules");
    const undecided = standalone.flatMap((rules) => rules.undecided);
    if (undecided.length > 0) {
      return unknownAt(resource, "SecurityGroupIngress", `security group rule ${nameOf(undecided[0])}, whose group could not be determined,`, "might belong to it");
    }
    return pass(`Default security group ${nameOf(resource)} allows no traffic`);
  }
};

// src/rules/ec2/ec2-ebs-default-encryption-enabled.ts
var ec2EbsDefaultEncryptionEnabled = {
  id: "ec2-ebs-default-encryption-enabled",
  title: "EBS encryption by default is enabled in the region",
  severity: "high",
  description: "Checks that the account encrypts every new EBS volume and snapshot copy in the region by default.",
  risk: "Without it any volume created without an explicit encrypted flag (by people, scripts or services) is stored unencrypted.",
  remediation: {
    text: "Turn on EBS encryption by default in every region you use.",
    terraform: `resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}`
  },
  categories: ["encryption"],
  resourceTypes: ["Plumbline::EC2::EbsEncryptionByDefault"],
  aliases: { checkov: ["CKV_AWS_106"], prowler: ["ec2_ebs_default_encryption"] },
  notes: "Prowler only reports regions that have volumes unless --scan-unused-services; we judge every region fact we are given. CIS (2.2.1 in v3.0, 5.1.1 in v4.0/v5.0) audits exactly this setting, so we map it to that control as well as ec2-ebs-volume-encrypted.",
  check(resource) {
    const path = "EbsEncryptionByDefault";
    const enabled2 = read(resource, path);
    if (enabled2 === UNKNOWN) return unknownAt(resource, path, "EBS encryption by default");
    const where = resource.region ? ` in ${resource.region}` : "";
    if (isTrue(enabled2)) return pass(`EBS encryption by default is enabled${where}`, path);
    return fail(`EBS encryption by default is disabled${where}`, path);
  }
};

// src/rules/ec2/ec2-ebs-volume-encrypted.ts
var ec2EbsVolumeEncrypted = {
  id: "ec2-ebs-volume-encrypted",
  title: "EBS volume is encrypted",
  severity: "high",
  description: "Checks that the EBS volume is encrypted at rest (Encrypted is true).",
  risk: "Data on an unencrypted volume, and every snapshot taken of it, is readable by anyone who gets hold of a copy.",
  remediation: {
    text: "Create the volume encrypted (an existing volume must be copied through an encrypted snapshot).",
    terraform: `resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
}`
  },
  categories: ["encryption"],
  resourceTypes: ["AWS::EC2::Volume"],
  aliases: { checkov: ["CKV_AWS_3"], prowler: ["ec2_ebs_volume_encryption"] },
  notes: "An absent Encrypted fails: the volume is then encrypted only if the account has EBS encryption by default, which ec2-ebs-default-encryption-enabled judges separately.",
  check(resource) {
    const encrypted = read(resource, "Encrypted");
    if (encrypted === UNKNOWN) return unknownAt(resource, "Encrypted", "the encryption setting");
    if (isTrue(encrypted)) return pass(`Volume ${nameOf(resource)} is encrypted`, "Encrypted");
    return fail(`Volume ${nameOf(resource)} is not encrypted`, "Encrypted");
  }
};

// src/rules/ec2/ec2-instance-imdsv2-required.ts
var ec2InstanceImdsv2Required = {
  id: "ec2-instance-imdsv2-required",
  title: "EC2 instance requires IMDSv2 (session tokens) for instance metadata",
  severity: "high",
  description: "Checks that the instance metadata service requires session tokens (MetadataOptions.HttpTokens is required) or is turned off.",
  risk: "IMDSv1 answers any local HTTP GET, so a server-side request forgery bug hands out the instance role credentials.",
  remediation: {
    text: 'Set metadata_options with http_tokens = "required" on the instance (and its launch templates).',
    terraform: `resource "aws_instance" "this" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::EC2::Instance"],
  aliases: { checkov: ["CKV_AWS_79"], prowler: ["ec2_instance_imdsv2_enabled"] },
  notes: 'Without MetadataOptions the effective setting comes from outside the code (the AMI ImdsSupport flag and the account-level metadata defaults), so Terraform code (plan, state, HCL) fails, as with Checkov: it must say "required". A live instance without MetadataOptions is unknown, because Cloud Control does not return the property (the account-fact collector must fill it in from ec2:DescribeInstances).',
  check(resource) {
    const options = read(resource, "MetadataOptions");
    if (options === UNKNOWN) return unknownAt(resource, "MetadataOptions", "the metadata options");
    const tokens = read(resource, "MetadataOptions.HttpTokens");
    const endpoint = read(resource, "MetadataOptions.HttpEndpoint");
    if (endpoint === "disabled") return pass(`Instance ${nameOf(resource)} has the metadata service turned off`, "MetadataOptions.HttpEndpoint");
    if (tokens === "required") return pass(`Instance ${nameOf(resource)} requires IMDSv2`, "MetadataOptions.HttpTokens");
    if (tokens === UNKNOWN || endpoint === UNKNOWN) return unknownAt(resource, "MetadataOptions.HttpTokens", "the IMDS token setting");
    if (options === void 0 || options === null) {
      if (resource.origin === "live") return unknownAt(resource, "MetadataOptions", "the metadata options (not returned by Cloud Control)");
      return fail(`Instance ${nameOf(resource)} does not require IMDSv2 (no metadata options set; the AMI and account defaults decide)`, "MetadataOptions");
    }
    return fail(`Instance ${nameOf(resource)} allows IMDSv1 (HttpTokens is ${String(tokens ?? "optional")})`, "MetadataOptions.HttpTokens");
  }
};

// src/rules/support/ingress.ts
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
var INGRESS_FIELDS = ["CidrIp", "CidrIpv6", "IpProtocol", "FromPort", "ToPort"];
function ingressEntry(fields) {
  return {
    fromInternet: or(holds(fields.CidrIp, isInternetCidr), holds(fields.CidrIpv6, isInternetCidr)),
    protocol: protocolOf(fields.IpProtocol),
    fromPort: fields.FromPort,
    toPort: fields.ToPort
  };
}
function readStandaloneEntry(resource) {
  return ingressEntry({
    CidrIp: read(resource, "CidrIp"),
    CidrIpv6: read(resource, "CidrIpv6"),
    IpProtocol: read(resource, "IpProtocol"),
    FromPort: read(resource, "FromPort"),
    ToPort: read(resource, "ToPort")
  });
}
var ingressEntries = /* @__PURE__ */ new WeakMap();
function ingressEntriesOf(resource, list) {
  const cached = ingressEntries.get(list);
  if (cached !== void 0 && cached.unknown === resource.unknown && cached.entries.length === list.length) return cached.entries;
  const entries = readEntryFields(resource, "SecurityGroupIngress", list, INGRESS_FIELDS).map(ingressEntry);
  ingressEntries.set(list, { unknown: resource.unknown, entries });
  return entries;
}
function entryOpens(entry2, target) {
  const { fromInternet, protocol, fromPort, toPort } = entry2;
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
    const verdict = entryOpens(entries[i], target);
    if (verdict === true) return { verdict: true, path: `SecurityGroupIngress[${i}]` };
    if (verdict === UNKNOWN && undecided === void 0) undecided = `SecurityGroupIngress[${i}]`;
  }
  return undecided === void 0 ? { verdict: false } : { verdict: UNKNOWN, path: undecided };
}
var SECURITY_GROUP_INGRESS_TYPE = "AWS::EC2::SecurityGroupIngress";
var standaloneEntries = /* @__PURE__ */ new WeakMap();
function standaloneEntry(rule) {
  let entry2 = standaloneEntries.get(rule);
  if (entry2 === void 0) standaloneEntries.set(rule, entry2 = readStandaloneEntry(rule));
  return entry2;
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

// src/rules/ec2/ec2-sg-no-public-all-ports.ts
var ec2SgNoPublicAllPorts = {
  id: "ec2-sg-no-public-all-ports",
  title: "Security group does not allow all ports from the internet",
  severity: "critical",
  description: "Checks that no ingress rule of the security group allows all traffic (protocol -1) or the whole port range 0-65535 from 0.0.0.0/0 or ::/0.",
  risk: "Every service on every attached instance becomes reachable from the internet, including ones never meant to be exposed.",
  remediation: {
    text: "Replace the rule with rules for the specific ports and sources that are needed.",
    terraform: `resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
  aliases: { checkov: ["CKV_AWS_277"], prowler: ["ec2_securitygroup_allow_ingress_from_internet_to_all_ports"] },
  notes: "Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services): an unused open group is one attachment away from exposure. Unlike Prowler, the port rule is not silenced when the same group fails ec2-sg-no-public-all-ports, so a suppression of one never hides the other. A security-group rule resource that cannot be tied to one group of the configuration (its group is managed elsewhere, or its security_group_id is an expression that cannot be followed) is judged on its own as AWS::EC2::SecurityGroupIngress, and a group it might belong to is unknown rather than passing while the rule opens the port.",
  check: (resource, view) => judgeOpenIngress(resource, view, "all-ports", "all ports")
};

// src/rules/ec2/ec2-sg-no-public-rdp.ts
var ec2SgNoPublicRdp = {
  id: "ec2-sg-no-public-rdp",
  title: "Security group does not allow RDP (TCP 3389) from the internet",
  severity: "high",
  description: "Checks that no ingress rule of the security group opens TCP port 3389 (or all traffic) to 0.0.0.0/0 or ::/0.",
  risk: "RDP open to the internet is one of the most scanned and exploited entry points for ransomware.",
  remediation: {
    text: "Restrict RDP to known address ranges, or use Systems Manager Fleet Manager or a bastion instead.",
    terraform: `resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "10.0.0.0/8"
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
  aliases: { checkov: ["CKV_AWS_25"], prowler: ["ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389"] },
  notes: "Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services): an unused open group is one attachment away from exposure. Unlike Prowler, the port rule is not silenced when the same group fails ec2-sg-no-public-all-ports, so a suppression of one never hides the other. A security-group rule resource that cannot be tied to one group of the configuration (its group is managed elsewhere, or its security_group_id is an expression that cannot be followed) is judged on its own as AWS::EC2::SecurityGroupIngress, and a group it might belong to is unknown rather than passing while the rule opens the port.",
  check: (resource, view) => judgeOpenIngress(resource, view, { tcpPort: 3389 }, "RDP (TCP 3389)")
};

// src/rules/ec2/ec2-sg-no-public-ssh.ts
var ec2SgNoPublicSsh = {
  id: "ec2-sg-no-public-ssh",
  title: "Security group does not allow SSH (TCP 22) from the internet",
  severity: "high",
  description: "Checks that no ingress rule of the security group opens TCP port 22 (or all traffic) to 0.0.0.0/0 or ::/0.",
  risk: "SSH open to the internet invites brute-force and exploitation of the SSH daemon; one weak key or unpatched host is enough.",
  remediation: {
    text: "Restrict SSH to known address ranges, or remove it and use AWS Systems Manager Session Manager.",
    terraform: `resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/8"
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
  aliases: { checkov: ["CKV_AWS_24"], prowler: ["ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22"] },
  notes: "Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services): an unused open group is one attachment away from exposure. Unlike Prowler, the port rule is not silenced when the same group fails ec2-sg-no-public-all-ports, so a suppression of one never hides the other. A security-group rule resource that cannot be tied to one group of the configuration (its group is managed elsewhere, or its security_group_id is an expression that cannot be followed) is judged on its own as AWS::EC2::SecurityGroupIngress, and a group it might belong to is unknown rather than passing while the rule opens the port.",
  check: (resource, view) => judgeOpenIngress(resource, view, { tcpPort: 22 }, "SSH (TCP 22)")
};

// src/rules/efs/efs-file-system-encrypted.ts
var efsFileSystemEncrypted = {
  id: "efs-file-system-encrypted",
  title: "EFS file system is encrypted at rest",
  severity: "medium",
  description: "Checks that the EFS file system encrypts its data at rest (Encrypted is true).",
  risk: "Unencrypted file data and backups are readable by anyone who obtains the underlying storage.",
  remediation: {
    text: "Create the file system with encryption (it cannot be turned on later; migrate the data to a new file system).",
    terraform: `resource "aws_efs_file_system" "this" {
  encrypted  = true
  kms_key_id = aws_kms_key.this.arn
}`
  },
  categories: ["encryption"],
  resourceTypes: ["AWS::EFS::FileSystem"],
  aliases: { checkov: ["CKV_AWS_42"], prowler: ["efs_encryption_at_rest_enabled"] },
  notes: "An absent Encrypted fails: the CloudFormation and Terraform default is unencrypted.",
  check(resource) {
    const path = "Encrypted";
    const encrypted = read(resource, path);
    if (encrypted === UNKNOWN) return unknownAt(resource, path, "the encryption setting");
    if (isTrue(encrypted)) return pass(`File system ${nameOf(resource)} is encrypted at rest`, path);
    return fail(`File system ${nameOf(resource)} is not encrypted at rest`, path);
  }
};

// src/rules/support/iam-policy.ts
function isAllow(statement2) {
  return typeof statement2.Effect === "string" && statement2.Effect.toLowerCase() === "allow";
}
function grantsFullAdmin(statement2) {
  if (!isAllow(statement2)) return false;
  const actions = asList(statement2.Action);
  if (!actions.some((a) => a === "*" || a === "*:*")) return false;
  if (asList(statement2.Resource).some((r) => r === "*")) return true;
  const excluded = asList(statement2.NotResource);
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
function hasRestrictingCondition(statement2) {
  const condition = statement2.Condition;
  if (condition === null || typeof condition !== "object") return false;
  return Object.entries(condition).some(
    ([operator, block2]) => confiningOperator(operator) && block2 !== null && typeof block2 === "object" && Object.entries(block2).some(([key, value]) => {
      const name = key.toLowerCase();
      const values = asList(value);
      return RESTRICTING_CONDITION_KEYS.has(name) && values.length > 0 && !values.some((v) => admitsAnyone(v, name, operator));
    })
  );
}

// src/rules/iam/iam-customer-policy-no-admin.ts
var iamCustomerPolicyNoAdmin = {
  id: "iam-customer-policy-no-admin",
  title: 'Customer-managed IAM policy does not allow full administrative privileges ("*:*")',
  severity: "high",
  description: 'Checks that no statement of the customer-managed policy allows Action "*" (or "*:*") on Resource "*".',
  risk: "Whoever the policy is attached to, now or later, can do anything in the account, including erasing its trail.",
  remediation: {
    text: 'List the actions and resources the principals need instead of "*".',
    terraform: `resource "aws_iam_policy" "this" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = ["arn:aws:s3:::app-data/*"] }]
  })
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::IAM::ManagedPolicy"],
  aliases: { checkov: ["CKV_AWS_62", "CKV_AWS_1"], prowler: ["iam_customer_attached_policy_no_administrative_privileges"] },
  notes: 'Judged whether or not the policy is attached (Prowler reports attached policies only; AttachmentCount is read-only and unknown in a plan, and creating the policy is the step to stop). NotAction statements are not counted as admin (Allow NotAction iam:* is PowerUserAccess); Action "*" with a NotResource other than "*" is (peers only look at Resource "*"); conditions are ignored.',
  check(resource) {
    if (resource.isDefault === true) return null;
    const path = "PolicyDocument";
    const document = read(resource, path);
    if (document === UNKNOWN) return unknownAt(resource, path, "the policy document");
    if (statementsOf(document).some(grantsFullAdmin)) {
      return fail(`Policy ${nameOf(resource)} allows "*" actions on "*" resources`, path);
    }
    return pass(`Policy ${nameOf(resource)} does not allow full administrative privileges`, path);
  }
};

// src/rules/iam/iam-inline-policy-no-admin.ts
var iamInlinePolicyNoAdmin = {
  id: "iam-inline-policy-no-admin",
  title: 'Inline IAM policies do not allow full administrative privileges ("*:*")',
  severity: "critical",
  description: 'Checks that no inline policy of a role, user or group has a statement allowing Action "*" (or "*:*") on Resource "*".',
  risk: "The principal can do anything in the account; inline grants are also easy to miss in reviews of attached policies.",
  remediation: {
    text: "Replace the inline statement with the specific actions and resources needed.",
    terraform: `resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:SendMessage"], Resource = [aws_sqs_queue.this.arn] }]
  })
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"],
  aliases: { checkov: ["CKV_AWS_62"], prowler: ["iam_inline_policy_no_administrative_privileges"] },
  notes: 'NotAction statements are not counted as admin; Action "*" with a NotResource other than "*" is; conditions are ignored. AWS-created roles (isDefault) are skipped.',
  check(resource) {
    if (resource.isDefault === true) return null;
    const policies = readList(resource, "Policies");
    if (policies === UNKNOWN) return unknownAt(resource, "Policies", "the inline policies");
    let undecided;
    for (let i = 0; i < policies.length; i++) {
      const path = `Policies[${i}].PolicyDocument`;
      const document = read(resource, path);
      if (document === UNKNOWN) undecided ??= path;
      else if (statementsOf(document).some(grantsFullAdmin)) {
        const name = read(resource, `Policies[${i}].PolicyName`);
        const label = typeof name === "string" ? `inline policy ${name}` : "an inline policy";
        return fail(`${nameOf(resource)} has ${label} allowing "*" actions on "*" resources`, path);
      }
    }
    if (undecided !== void 0) return unknownAt(resource, undecided, "an inline policy document");
    return pass(`${nameOf(resource)} has no inline policy with full administrative privileges`, "Policies");
  }
};

// src/rules/iam/iam-no-administrator-access-attached.ts
var ADMINISTRATOR_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;
var iamNoAdministratorAccessAttached = {
  id: "iam-no-administrator-access-attached",
  title: "IAM principal does not have the AWS-managed AdministratorAccess policy attached",
  severity: "critical",
  description: "Checks that no role, user or group has arn:aws:iam::aws:policy/AdministratorAccess in its ManagedPolicyArns.",
  risk: "Full administrator rights turn any leak of the principal's credentials, or any confused deputy, into a full account takeover.",
  remediation: {
    text: "Attach a policy granting only the actions the principal needs; keep break-glass administration separate and monitored.",
    terraform: `resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.this.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"],
  aliases: { checkov: ["CKV_AWS_274"], prowler: ["iam_aws_attached_policy_no_administrative_privileges"] },
  notes: "AWS service-linked and other AWS-created roles (isDefault) are skipped: their policies are not ours to change.",
  check(resource) {
    if (resource.isDefault === true) return null;
    const path = "ManagedPolicyArns";
    const arns = readList(resource, path);
    if (arns === UNKNOWN) return unknownAt(resource, path, "the attached managed policies");
    let undecided;
    for (let i = 0; i < arns.length; i++) {
      const arn = read(resource, `${path}[${i}]`);
      if (arn === UNKNOWN) undecided ??= `${path}[${i}]`;
      else if (typeof arn === "string" && ADMINISTRATOR_ACCESS.test(arn)) {
        return fail(`${nameOf(resource)} has AdministratorAccess attached`, `${path}[${i}]`);
      }
    }
    if (undecided !== void 0) return unknownAt(resource, undecided, "an attached policy ARN");
    return pass(`${nameOf(resource)} does not have AdministratorAccess attached`, path);
  }
};

// src/rules/iam/iam-password-policy-min-length-14.ts
var iamPasswordPolicyMinLength14 = {
  id: "iam-password-policy-min-length-14",
  title: "IAM password policy requires at least 14 characters",
  severity: "medium",
  description: "Checks that the account password policy sets MinimumPasswordLength to 14 or more.",
  risk: "Short console passwords fall to guessing and credential-stuffing attacks.",
  remediation: {
    text: "Set the minimum password length of the account password policy to 14 or more.",
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  password_reuse_prevention      = 24
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  allow_users_to_change_password = true
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["Plumbline::IAM::PasswordPolicy"],
  aliases: { checkov: ["CKV_AWS_10"], prowler: ["iam_password_policy_minimum_length_14"] },
  notes: "An absent MinimumPasswordLength (including an account without a password policy, which the account-fact collector reports with empty properties) fails: IAM then applies 6 characters (8 when there is no policy at all).",
  check(resource) {
    const path = "MinimumPasswordLength";
    const length2 = read(resource, path);
    if (length2 === UNKNOWN) return unknownAt(resource, path, "the minimum password length");
    if (length2 === void 0 || length2 === null) {
      return fail("The password policy sets no minimum length (IAM then applies 6, or 8 without a policy; 14 needed)", path);
    }
    if (Number(length2) >= 14) return pass(`The password policy requires ${Number(length2)} characters`, path);
    return fail(`The password policy requires only ${Number(length2)} characters (14 needed)`, path);
  }
};

// src/rules/iam/iam-password-policy-reuse-24.ts
var iamPasswordPolicyReuse24 = {
  id: "iam-password-policy-reuse-24",
  title: "IAM password policy prevents reuse of the last 24 passwords",
  severity: "medium",
  description: "Checks that the account password policy sets PasswordReusePrevention to 24.",
  risk: "Users who may cycle back to old passwords keep using credentials that may already have leaked.",
  remediation: {
    text: "Set password reuse prevention of the account password policy to 24.",
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["Plumbline::IAM::PasswordPolicy"],
  aliases: { checkov: ["CKV_AWS_13"], prowler: ["iam_password_policy_reuse_24"] },
  notes: "An absent PasswordReusePrevention means reuse is allowed, and fails.",
  check(resource) {
    const path = "PasswordReusePrevention";
    const remembered = read(resource, path);
    if (remembered === UNKNOWN) return unknownAt(resource, path, "the password reuse prevention");
    if (remembered === void 0 || remembered === null) return fail("The password policy allows password reuse", path);
    if (Number(remembered) >= 24) return pass(`The password policy prevents reuse of the last ${Number(remembered)} passwords`, path);
    return fail(`The password policy prevents reuse of only the last ${Number(remembered)} passwords (24 needed)`, path);
  }
};

// src/rules/iam/root-account.ts
function summaryFlag(summary, key, what) {
  const value = read(summary, key);
  if (value === UNKNOWN) return unknownAt(summary, key, what);
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value > 0;
  return unknownAt(summary, key, what, "is missing from the account summary");
}
function accountOf(summary) {
  return summary.account ?? summary.id ?? "this account";
}
var CENTRAL_ROOT_ACCESS_TERRAFORM = `# In the organization's management account (trusted access for IAM enabled in AWS Organizations): let the
# management account remove and audit member accounts' root credentials (aws sts assume-root).
resource "aws_iam_organizations_features" "this" {
  enabled_features = ["RootCredentialsManagement", "RootSessions"]
}`;

// src/rules/iam/iam-root-mfa-enabled.ts
var iamRootMfaEnabled = {
  id: "iam-root-mfa-enabled",
  title: "Root user has MFA enabled",
  severity: "critical",
  description: "Checks that the root user of the account has an MFA device (GetAccountSummary AccountMFAEnabled is 1), or has no password to protect (AccountPasswordPresent is 0).",
  risk: "The root user can do anything in the account, including closing it; a phished or reused root password alone then gives all of that away.",
  remediation: {
    text: "Sign in as the root user and assign an MFA device (Security credentials, Multi-factor authentication), preferably a hardware key or passkey. This is a console action: neither Terraform nor the IAM API can manage the root user's MFA. In an AWS Organizations member account, the management account can instead remove the root password altogether (centralized root access), which also passes.",
    terraform: CENTRAL_ROOT_ACCESS_TERRAFORM
  },
  categories: ["identity-access"],
  resourceTypes: ["Plumbline::IAM::AccountSummary"],
  aliases: { checkov: [], prowler: ["iam_root_mfa_enabled"] },
  notes: "Live only: judged on GetAccountSummary as the CIS audit is (AccountMFAEnabled 1, or AccountPasswordPresent 0: a root user without a password, such as a member account whose root credentials the organization removed, has nothing for MFA to protect). Prowler reads the root row of the credential report (mfa_active) and skips accounts whose organization manages root credentials centrally. When the summary does not report AccountPasswordPresent, MFA alone decides.",
  check(resource) {
    const account = accountOf(resource);
    if (read(resource, "AccountPasswordPresent") === 0) {
      return pass(`Account ${account}: the root user has no password, so there is no sign-in for MFA to protect`, "AccountPasswordPresent");
    }
    const path = "AccountMFAEnabled";
    const enabled2 = summaryFlag(resource, path, "the root MFA flag");
    if (typeof enabled2 !== "boolean") return enabled2;
    if (enabled2) return pass(`Account ${account}: the root user has MFA enabled`, path);
    return fail(`Account ${account}: the root user has no MFA device`, path);
  }
};

// src/rules/iam/iam-root-no-access-keys.ts
var iamRootNoAccessKeys = {
  id: "iam-root-no-access-keys",
  title: "Root user has no access keys",
  severity: "critical",
  description: "Checks that the root user of the account has no access key (GetAccountSummary AccountAccessKeysPresent is 0).",
  risk: "A root access key is a long-lived credential with unrestricted power over the account that no IAM policy can limit; once leaked, the whole account is lost.",
  remediation: {
    text: "Sign in as the root user and delete its access keys (Security credentials, Access keys); use IAM roles for programmatic access. In an AWS Organizations member account with centralized root access, the management account can delete them with aws sts assume-root (task policy IAMDeleteRootUserCredentials) and aws iam delete-access-key. Terraform cannot delete root access keys.",
    terraform: CENTRAL_ROOT_ACCESS_TERRAFORM
  },
  categories: ["identity-access"],
  resourceTypes: ["Plumbline::IAM::AccountSummary"],
  aliases: { checkov: ["CKV_AWS_348"], prowler: ["iam_no_root_access_key"] },
  notes: 'Live only: judged on GetAccountSummary AccountAccessKeysPresent, as the CIS audit does, so an inactive root key fails too (CIS: no root access key should exist). Prowler reads the credential report and fails only active root keys. Checkov CKV_AWS_348 judges the code side (an aws_iam_access_key for user "root").',
  check(resource) {
    const path = "AccountAccessKeysPresent";
    const present = summaryFlag(resource, path, "the root access key count");
    if (typeof present !== "boolean") return present;
    const account = accountOf(resource);
    if (present) return fail(`Account ${account}: the root user has an access key (GetAccountSummary counts active and inactive keys)`, path);
    return pass(`Account ${account}: the root user has no access keys`, path);
  }
};

// src/rules/iam/credential-report.ts
var USER_NAME_PATH = "UserName";
var MS_PER_DAY = 864e5;
function credentialsOf(user, view) {
  const report = view.ofType(CREDENTIAL_REPORT_TYPE).find((r) => r.account === user.account);
  if (report === void 0) return null;
  const userName = ownKey(user, USER_NAME_PATH);
  if (typeof userName !== "string") {
    return { status: "unknown", message: `An IAM user's name is not known, so its credential report row cannot be found`, path: USER_NAME_PATH };
  }
  const rows = rowsByUser(report);
  if (rows === UNKNOWN) {
    return { status: "unknown", message: `User ${userName}: the credential report's rows are hidden, so its credentials cannot be judged`, path: USER_NAME_PATH };
  }
  const row = rows.get(userName);
  const generatedTime = read(report, "GeneratedTime");
  const generatedAt = parseReportDate(generatedTime);
  if (row === void 0) {
    const when = generatedAt === void 0 ? "" : ` generated ${new Date(generatedAt).toISOString()}`;
    return {
      status: "unknown",
      message: `User ${userName} is not in the credential report${when} (created after it?), so its credentials cannot be judged until the next report`,
      path: USER_NAME_PATH
    };
  }
  return { userName, row, generatedAt };
}
function isOutcome(value) {
  return "status" in value;
}
var rowIndexes = /* @__PURE__ */ new WeakMap();
function rowsByUser(report) {
  const users = readList(report, "Users");
  if (users === UNKNOWN) return UNKNOWN;
  let index2 = rowIndexes.get(users);
  if (index2 === void 0) {
    index2 = /* @__PURE__ */ new Map();
    for (const row of users) {
      if (row === null || typeof row !== "object") continue;
      const name = row.user;
      if (typeof name === "string" && !index2.has(name)) index2.set(name, row);
    }
    rowIndexes.set(users, index2);
  }
  return index2;
}
function parseReportDate(value) {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : ms;
}
function daysBefore(generatedAt, since) {
  return Math.max(0, Math.floor((generatedAt - since) / MS_PER_DAY));
}
function csvFlag(value) {
  if (value === "true") return true;
  if (value === "false") return false;
  return void 0;
}
function hasConsolePassword(row) {
  if (row.password_enabled === "not_supported") return false;
  return csvFlag(row.password_enabled);
}
var ACCESS_KEY_SLOTS = [1, 2];
function accessKeyColumns(row, slot) {
  return {
    slot,
    active: csvFlag(row[`access_key_${slot}_active`]),
    lastRotated: row[`access_key_${slot}_last_rotated`],
    lastUsedDate: row[`access_key_${slot}_last_used_date`]
  };
}
function unreadable(userName, what) {
  return { status: "unknown", message: `User ${userName}: the credential report's ${what} cannot be read, so this cannot be judged`, path: USER_NAME_PATH };
}

// src/rules/iam/iam-user-access-keys-rotated-90-days.ts
var MAX_KEY_AGE_DAYS = 90;
var iamUserAccessKeysRotated90Days = {
  id: "iam-user-access-keys-rotated-90-days",
  title: "IAM user access keys are rotated within 90 days",
  severity: "medium",
  description: "Checks, in the account's IAM credential report, that every active access key of an IAM user was created or rotated at most 90 days before the report.",
  risk: "An old access key has had more time to be copied into scripts, laptops and logs; the longer it lives, the likelier it has leaked.",
  remediation: {
    text: "Create a new access key, move its users to it, then deactivate and delete the old one. Better, replace long-lived keys with IAM roles (OIDC federation for CI, instance or task roles for workloads).",
    terraform: `# Rotate a Terraform-managed key by replacing it: terraform apply -replace=aws_iam_access_key.deploy
# (the secret is then in the state: prefer roles, or a pgp_key, for keys you must keep).
resource "aws_iam_access_key" "deploy" {
  user   = "deploy"
  status = "Active"
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::IAM::User"],
  aliases: { checkov: [], prowler: ["iam_rotate_access_key_90_days"] },
  notes: `Live only: judged on the credential report of the user's own account (access_key_N_active, access_key_N_last_rotated), ages in whole days before the report's GeneratedTime, never the scan's clock. Inactive keys are not judged (as in Prowler); a user without active keys passes. 90 days exactly passes, 91 fails (CIS "90 days or less", Prowler "> 90"). A user missing from the report (created after it) is unknown; a plan has no report, so the rule does not apply there. The outcome path is UserName: the judged values are columns of the report row.`,
  check(user, view) {
    const found = credentialsOf(user, view);
    if (found === null || isOutcome(found)) return found;
    const { userName, row, generatedAt } = found;
    const stale = [];
    const fresh = [];
    let undecided;
    for (const slot of ACCESS_KEY_SLOTS) {
      const key = accessKeyColumns(row, slot);
      if (key.active === false) continue;
      if (key.active === void 0) {
        undecided ??= unreadable(userName, `access_key_${slot}_active`);
        continue;
      }
      const rotated = parseReportDate(key.lastRotated);
      if (rotated === void 0 || generatedAt === void 0) {
        undecided ??= unreadable(userName, generatedAt === void 0 ? "GeneratedTime" : `access_key_${slot}_last_rotated`);
        continue;
      }
      const age = daysBefore(generatedAt, rotated);
      (age > MAX_KEY_AGE_DAYS ? stale : fresh).push(`access key ${slot} was last rotated ${age} days before the credential report`);
    }
    if (stale.length > 0) {
      return fail(`User ${userName}: ${stale.join("; ")} (limit ${MAX_KEY_AGE_DAYS} days)`, USER_NAME_PATH);
    }
    if (undecided !== void 0) return undecided;
    if (fresh.length === 0) return pass(`User ${userName} has no active access keys`, USER_NAME_PATH);
    return pass(`User ${userName}: ${fresh.join("; ")} (limit ${MAX_KEY_AGE_DAYS} days)`, USER_NAME_PATH);
  }
};

// src/rules/iam/iam-user-console-mfa-enabled.ts
var iamUserConsoleMfaEnabled = {
  id: "iam-user-console-mfa-enabled",
  title: "IAM user with a console password has MFA enabled",
  severity: "high",
  description: "Checks, in the account's IAM credential report, that every IAM user with a console password has an active MFA device.",
  risk: "A console password without MFA falls to phishing, guessing or reuse from another breach, and gives the attacker everything the user may do.",
  remediation: {
    text: "Have the user register an MFA device (console, or aws iam enable-mfa-device), or remove the console password of users who do not sign in. Enforce it with a policy that denies everything but MFA self-service to sessions without MFA.",
    terraform: `# MFA devices are enabled by their user (console or aws iam enable-mfa-device): Terraform cannot. What it can
# do is deny every action but MFA self-service to console sessions without MFA (the group of console users).
resource "aws_iam_group_policy" "require_mfa" {
  name  = "require-mfa"
  group = "console-users"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyAllExceptMfaSetupWithoutMfa"
      Effect    = "Deny"
      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice", "iam:ChangePassword", "sts:GetSessionToken"]
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::IAM::User"],
  aliases: { checkov: [], prowler: ["iam_user_mfa_enabled_console_access"] },
  notes: "Live only: the answer is in the credential report of the user's own account (password_enabled, mfa_active), joined on the user name; a plan has no report, so the rule does not apply there. A user missing from the report (created after it) is unknown until the next report. The outcome path is UserName: the judged values are columns of the report row, not properties of the user. The root user is not an IAM user and is judged by iam-root-mfa-enabled.",
  check(user, view) {
    const found = credentialsOf(user, view);
    if (found === null || isOutcome(found)) return found;
    const { userName, row } = found;
    const password = hasConsolePassword(row);
    if (password === void 0) return unreadable(userName, "password_enabled");
    if (!password) return pass(`User ${userName} has no console password`, USER_NAME_PATH);
    const mfa = csvFlag(row.mfa_active);
    if (mfa === void 0) return unreadable(userName, "mfa_active");
    if (mfa) return pass(`User ${userName} has a console password and MFA enabled`, USER_NAME_PATH);
    return fail(`User ${userName} has a console password but no MFA device`, USER_NAME_PATH);
  }
};

// src/rules/iam/iam-user-no-attached-policies.ts
var iamUserNoAttachedPolicies = {
  id: "iam-user-no-attached-policies",
  title: "IAM user receives permissions only through groups",
  severity: "low",
  description: "Checks that the IAM user has no managed policies attached and no inline policies of its own.",
  risk: "Permissions granted user by user drift apart, are hard to review and linger after a person changes role.",
  remediation: {
    text: "Attach the policies to a group (or use roles) and add the user to the group.",
    terraform: `resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.developers.arn
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::IAM::User"],
  aliases: { checkov: ["CKV_AWS_40"], prowler: ["iam_policy_attached_only_to_group_or_roles"] },
  check(resource) {
    const managed = readList(resource, "ManagedPolicyArns");
    const inline = readList(resource, "Policies");
    if (!isUnknown(managed) && managed.length > 0) {
      return fail(`User ${nameOf(resource)} has ${managed.length} managed policy(ies) attached directly`, "ManagedPolicyArns");
    }
    if (!isUnknown(inline) && inline.length > 0) {
      return fail(`User ${nameOf(resource)} has ${inline.length} inline policy(ies)`, "Policies");
    }
    if (isUnknown(managed)) return unknownAt(resource, "ManagedPolicyArns", "the attached managed policies");
    if (isUnknown(inline)) return unknownAt(resource, "Policies", "the inline policies");
    return pass(`User ${nameOf(resource)} has no policies of its own`);
  }
};

// src/rules/iam/iam-user-unused-credentials-45-days.ts
var MAX_UNUSED_DAYS = 45;
function idleness(row, generatedAt, lastUsedColumn, neverUsedMarkers, setColumns) {
  const lastUsed = row[lastUsedColumn];
  const used = parseReportDate(lastUsed);
  if (used !== void 0) return { days: daysBefore(generatedAt, used), neverUsed: false };
  if (typeof lastUsed !== "string" || !neverUsedMarkers.includes(lastUsed)) return { unreadable: lastUsedColumn };
  for (const column of setColumns) {
    const set = parseReportDate(row[column]);
    if (set !== void 0) return { days: daysBefore(generatedAt, set), neverUsed: true };
  }
  return { unreadable: setColumns.join(" and ") };
}
var iamUserUnusedCredentials45Days = {
  id: "iam-user-unused-credentials-45-days",
  title: "IAM user credentials unused for 45 days or more are disabled",
  severity: "medium",
  description: "Checks, in the account's IAM credential report, that no IAM user has a console password or an active access key that has gone 45 days or more without use (a credential never used counts from when it was set).",
  risk: "Credentials nobody uses are nobody's to watch: a forgotten password or key of a departed user or retired script stays valid for whoever finds it.",
  remediation: {
    text: "Deactivate or delete access keys and remove console passwords that have not been used for 45 days (IAM console, or aws iam update-access-key --status Inactive and aws iam delete-login-profile).",
    terraform: `# Deactivate an unused Terraform-managed key; for an unused console password, remove the user's
# aws_iam_user_login_profile.
resource "aws_iam_access_key" "legacy" {
  user   = "legacy-batch"
  status = "Inactive"
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::IAM::User"],
  aliases: { checkov: [], prowler: ["iam_user_accesskey_unused", "iam_user_console_access_unused"] },
  notes: `Live only: judged on the credential report of the user's own account, ages in whole days before the report's GeneratedTime. One rule for both credentials, as the CIS control is one. 45 days without use fails (CIS "45 days or more"); Prowler fails only after more than 45. A credential never used counts from when it was set (password_last_changed, or the key's last_rotated; user_creation_time when that date is missing): Prowler passes never-used passwords and keys, but a credential nobody has used in 45 days is unused whether or not it was ever used. Inactive keys are not judged. A user missing from the report (created after it) is unknown; a plan has no report, so the rule does not apply there. The outcome path is UserName: the judged values are columns of the report row.`,
  check(user, view) {
    const found = credentialsOf(user, view);
    if (found === null || isOutcome(found)) return found;
    const { userName, row, generatedAt } = found;
    const idle = [];
    const inUse = [];
    let undecided;
    const judge = (what, state) => {
      if ("unreadable" in state) {
        undecided ??= unreadable(userName, state.unreadable);
        return;
      }
      const text = state.neverUsed ? `${what} never used, set ${state.days} days before the credential report` : `${what} last used ${state.days} days before the credential report`;
      (state.days >= MAX_UNUSED_DAYS ? idle : inUse).push(text);
    };
    const password = hasConsolePassword(row);
    const activeKeys = ACCESS_KEY_SLOTS.map((slot) => accessKeyColumns(row, slot));
    if (password === void 0) undecided = unreadable(userName, "password_enabled");
    for (const key of activeKeys) if (key.active === void 0) undecided ??= unreadable(userName, `access_key_${key.slot}_active`);
    const anyCredential = password === true || activeKeys.some((k) => k.active === true);
    if (anyCredential && generatedAt === void 0) return unreadable(userName, "GeneratedTime");
    if (generatedAt !== void 0) {
      if (password === true) {
        judge("console password", idleness(row, generatedAt, "password_last_used", ["no_information", "N/A"], ["password_last_changed", "user_creation_time"]));
      }
      for (const key of activeKeys) {
        if (key.active !== true) continue;
        const slot = key.slot;
        judge(`access key ${slot}`, idleness(row, generatedAt, `access_key_${slot}_last_used_date`, ["N/A"], [`access_key_${slot}_last_rotated`, "user_creation_time"]));
      }
    }
    if (idle.length > 0) return fail(`User ${userName}: ${idle.join("; ")} (limit ${MAX_UNUSED_DAYS} days)`, USER_NAME_PATH);
    if (undecided !== void 0) return undecided;
    if (inUse.length === 0) return pass(`User ${userName} has no console password and no active access key`, USER_NAME_PATH);
    return pass(`User ${userName}: ${inUse.join("; ")} (limit ${MAX_UNUSED_DAYS} days)`, USER_NAME_PATH);
  }
};

// src/rules/kms/kms-key-rotation-enabled.ts
var kmsKeyRotationEnabled = {
  id: "kms-key-rotation-enabled",
  title: "Customer-managed symmetric KMS key has automatic rotation enabled",
  severity: "high",
  description: "Checks that enabled, customer-managed, symmetric encryption keys rotate their key material automatically.",
  risk: "Key material that never rotates widens the amount of data exposed if it is ever compromised, and breaks rotation policies.",
  remediation: {
    text: "Enable automatic key rotation.",
    terraform: `resource "aws_kms_key" "this" {
  description         = "app data"
  enable_key_rotation = true
}`
  },
  categories: ["encryption"],
  resourceTypes: ["AWS::KMS::Key"],
  aliases: { checkov: ["CKV_AWS_7"], prowler: ["kms_cmk_rotation_enabled"] },
  notes: "Only keys rotation applies to are judged, as in Prowler: AWS-managed keys (isDefault), disabled keys, asymmetric and HMAC keys (KeySpec other than SYMMETRIC_DEFAULT) and imported key material (Origin EXTERNAL) are skipped. Absent KeySpec, Origin and Enabled take the CloudFormation defaults (SYMMETRIC_DEFAULT, AWS_KMS, true).",
  check(resource) {
    if (resource.isDefault === true) return null;
    const spec = read(resource, "KeySpec");
    const origin = read(resource, "Origin");
    const enabled2 = read(resource, "Enabled");
    if (spec !== UNKNOWN && spec !== void 0 && spec !== "SYMMETRIC_DEFAULT") return null;
    if (origin !== UNKNOWN && origin !== void 0 && origin !== "AWS_KMS") return null;
    if (enabled2 === false || enabled2 === "false") return null;
    if (spec === UNKNOWN) return unknownAt(resource, "KeySpec", "the key spec");
    if (origin === UNKNOWN) return unknownAt(resource, "Origin", "the key origin");
    const path = "EnableKeyRotation";
    const rotation = read(resource, path);
    if (rotation === UNKNOWN || enabled2 === UNKNOWN) return unknownAt(resource, path, "the key rotation setting");
    if (isTrue(rotation)) return pass(`Key ${nameOf(resource)} rotates automatically`, path);
    return fail(`Key ${nameOf(resource)} does not rotate automatically`, path);
  }
};

// src/rules/lambda/lambda-function-no-secrets-in-env.ts
var lambdaFunctionNoSecretsInEnv = {
  id: "lambda-function-no-secrets-in-env",
  title: "Lambda function keeps no secrets in environment variables",
  severity: "critical",
  description: "Checks that no environment variable of the function has a secret-looking name (PASSWORD, API_KEY, TOKEN...) or a secret-looking value (AWS keys, private keys, tokens).",
  risk: "Environment variables are readable by anyone with lambda:GetFunctionConfiguration and end up in logs, state files and plans.",
  remediation: {
    text: "Store the secret in Secrets Manager or SSM Parameter Store and pass only its ARN or name; read it at run time.",
    terraform: `resource "aws_lambda_function" "this" {
  function_name = "app"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "app.zip"
  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
    }
  }
}`
  },
  categories: ["secrets"],
  resourceTypes: ["AWS::Lambda::Function"],
  aliases: { checkov: ["CKV_AWS_45"], prowler: ["awslambda_function_no_secrets_in_variables"] },
  notes: "A secret-looking name fails whatever its value (even unknown or redacted). A variable with an ordinary name whose value is unknown or redacted cannot be judged and makes the answer unknown when nothing else fails. Messages name variables, never values.",
  check(resource) {
    const base = "Environment.Variables";
    const variables = readNode(resource, base);
    if (variables === UNKNOWN) return unknownAt(resource, base, "the environment variables");
    if (variables === null || typeof variables !== "object" || Array.isArray(variables)) {
      return pass(`Function ${nameOf(resource)} has no environment variables`, base);
    }
    const bySecretName = [];
    const bySecretValue = [];
    const undecided = [];
    const valueOf = readerBelow(resource, base, variables);
    for (const name of Object.keys(variables)) {
      if (isSecretName(name)) {
        bySecretName.push(name);
        continue;
      }
      const value = valueOf(name);
      if (value === UNKNOWN) undecided.push(name);
      else if (looksLikeSecretValue(value)) bySecretValue.push(name);
    }
    if (bySecretName.length + bySecretValue.length > 0) {
      const parts = [];
      if (bySecretName.length > 0) parts.push(`secret-named variable(s) ${bySecretName.join(", ")}`);
      if (bySecretValue.length > 0) parts.push(`variable(s) ${bySecretValue.join(", ")} holding a secret-looking value`);
      const first = bySecretName[0] ?? bySecretValue[0];
      return fail(`Function ${nameOf(resource)} has ${parts.join(" and ")}`, joinPath(base, first));
    }
    if (undecided.length > 0) {
      return unknownAt(resource, joinPath(base, undecided[0]), `the value of ${undecided.join(", ")}`);
    }
    return pass(`Function ${nameOf(resource)} has no secret-looking environment variables`, base);
  }
};

// src/rules/lambda/lambda-function-not-public.ts
function isSet(value) {
  return typeof value === "string" && value !== "";
}
var lambdaFunctionNotPublic = {
  id: "lambda-function-not-public",
  title: "Lambda permission does not let everyone invoke the function",
  severity: "critical",
  description: 'Checks that no Lambda permission grants Principal "*" unless SourceArn, SourceAccount or PrincipalOrgID confines it.',
  risk: "Anyone, from any AWS account, can invoke the function and reach whatever it can touch.",
  remediation: {
    text: 'Grant the permission to a specific principal, or confine "*" with source_arn, source_account or principal_org_id.',
    terraform: `resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowS3Invoke"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.this.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.this.arn
  source_account = "123456789012"
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["AWS::Lambda::Permission"],
  aliases: { checkov: ["CKV_AWS_301"], prowler: ["awslambda_function_not_publicly_accessible"] },
  notes: "Judges each permission (one statement of the function policy); Prowler judges the whole function policy. A service principal (s3.amazonaws.com) without SourceArn is not public in this sense and passes.",
  check(resource) {
    const principal = read(resource, "Principal");
    if (principal === UNKNOWN) return unknownAt(resource, "Principal", "the principal");
    if (principal !== "*") return pass(`Permission ${nameOf(resource)} is granted to ${String(principal)}`, "Principal");
    const confiners = ["SourceArn", "SourceAccount", "PrincipalOrgID"].map((p) => [p, read(resource, p)]);
    const confined = confiners.find(([, v]) => v !== UNKNOWN && isSet(v));
    if (confined) return pass(`Permission ${nameOf(resource)} grants "*" but only with ${confined[0]}`, confined[0]);
    const undecided = confiners.find(([, v]) => v === UNKNOWN);
    if (undecided) return unknownAt(resource, undecided[0], `the ${undecided[0]} condition`);
    const fn = read(resource, "FunctionName");
    const label = typeof fn === "string" ? `function ${fn}` : "the function";
    return fail(`Permission ${nameOf(resource)} lets everyone (Principal "*") invoke ${label}`, "Principal");
  }
};

// src/rules/lambda/runtimes.ts
var RUNTIME_LIST_TAKEN = "2025-12-15";
var DEPRECATED_RUNTIMES = {
  "python3.9": "2025-12-15",
  "nodejs18.x": "2025-09-01",
  "dotnet6": "2024-11-12",
  "python3.8": "2024-10-14",
  "nodejs16.x": "2024-06-12",
  "dotnet7": "2024-05-14",
  "java8": "2024-01-08",
  "go1.x": "2024-01-08",
  "provided": "2024-01-08",
  "nodejs14.x": "2023-12-04",
  "python3.7": "2023-12-04",
  "ruby2.7": "2023-11-27",
  "dotnetcore3.1": "2023-04-03",
  "nodejs12.x": "2023-03-31",
  "python3.6": "2022-07-18",
  "dotnet5.0": "2022-05-10",
  "dotnetcore2.1": "2022-01-05",
  "nodejs10.x": "2021-07-30",
  "ruby2.5": "2021-07-30",
  "python2.7": "2021-07-15",
  "nodejs8.10": "2020-03-06",
  "nodejs4.3": "2020-03-05",
  "nodejs4.3-edge": "2020-03-05",
  "nodejs6.10": "2019-08-12",
  "dotnetcore1.0": "2019-07-27",
  "dotnetcore2.0": "2019-05-30",
  "nodejs": "2016-10-31"
};

// src/rules/lambda/lambda-function-supported-runtime.ts
var lambdaFunctionSupportedRuntime = {
  id: "lambda-function-supported-runtime",
  title: "Lambda function uses a runtime AWS still supports",
  severity: "medium",
  description: `Checks that the function's runtime is not on AWS's deprecated list (as of ${RUNTIME_LIST_TAKEN}).`,
  risk: "Deprecated runtimes get no security patches, and AWS eventually blocks creating and updating functions that use them.",
  remediation: {
    text: "Move the function to a supported runtime version and test it.",
    terraform: `resource "aws_lambda_function" "this" {
  function_name = "app"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  filename      = "app.zip"
}`
  },
  categories: ["vulnerabilities"],
  resourceTypes: ["AWS::Lambda::Function"],
  aliases: { checkov: ["CKV_AWS_363"], prowler: ["awslambda_function_using_supported_runtimes"] },
  notes: "Peers keep different lists (Prowler obsolete_lambda_runtimes, Checkov CKV_AWS_363). Ours follows the AWS deprecation table, dated in src/rules/lambda/runtimes.ts; AWS's projected dates are kept there but not judged until they pass. Container-image functions (no Runtime) are skipped.",
  check(resource) {
    const path = "Runtime";
    const runtime = read(resource, path);
    if (runtime === UNKNOWN) return unknownAt(resource, path, "the runtime");
    if (typeof runtime !== "string" || runtime === "") return null;
    const deprecatedOn = DEPRECATED_RUNTIMES[runtime];
    if (deprecatedOn !== void 0) {
      return fail(`Function ${nameOf(resource)} uses ${runtime}, deprecated by AWS on ${deprecatedOn}`, path);
    }
    return pass(`Function ${nameOf(resource)} uses supported runtime ${runtime}`, path);
  }
};

// src/rules/lambda/lambda-function-url-auth-required.ts
var lambdaFunctionUrlAuthRequired = {
  id: "lambda-function-url-auth-required",
  title: "Lambda function URL requires IAM authentication",
  severity: "high",
  description: "Checks that the function URL uses AuthType AWS_IAM rather than NONE.",
  risk: "A URL with AuthType NONE lets anyone on the internet invoke the function, run up costs and reach whatever it can.",
  remediation: {
    text: "Use AWS_IAM authorization on the function URL, or put the function behind API Gateway with an authorizer.",
    terraform: `resource "aws_lambda_function_url" "this" {
  function_name      = aws_lambda_function.this.function_name
  authorization_type = "AWS_IAM"
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["AWS::Lambda::Url"],
  aliases: { checkov: ["CKV_AWS_258"], prowler: ["awslambda_function_url_public"] },
  notes: "Judges the URL configuration; a function that authenticates callers in its own code still fails and needs a suppression with that reason.",
  check(resource) {
    const path = "AuthType";
    const auth = read(resource, path);
    const target = read(resource, "TargetFunctionArn");
    const label = typeof target === "string" ? target : nameOf(resource);
    if (auth === UNKNOWN) return unknownAt(resource, path, "the authorization type");
    if (auth === "NONE") return fail(`The function URL of ${label} allows unauthenticated calls (AuthType NONE)`, path);
    return pass(`The function URL of ${label} requires IAM authentication`, path);
  }
};

// src/rules/rds/rds-cluster-deletion-protection.ts
var rdsClusterDeletionProtection = {
  id: "rds-cluster-deletion-protection",
  title: "RDS DB cluster has deletion protection enabled",
  severity: "medium",
  description: "Checks that the DB cluster cannot be deleted until deletion protection is turned off (DeletionProtection).",
  risk: "A mistaken terraform destroy, console click or script can delete the cluster and its automated backups.",
  remediation: {
    text: "Set deletion_protection = true on the cluster.",
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  deletion_protection         = true
}`
  },
  categories: ["resilience"],
  resourceTypes: ["AWS::RDS::DBCluster"],
  aliases: { checkov: ["CKV_AWS_139"], prowler: ["rds_cluster_deletion_protection"] },
  check(resource) {
    const path = "DeletionProtection";
    const enabled2 = read(resource, path);
    if (enabled2 === UNKNOWN) return unknownAt(resource, path, "the deletion protection");
    if (isTrue(enabled2)) return pass(`DB cluster ${nameOf(resource)} has deletion protection`, path);
    return fail(`DB cluster ${nameOf(resource)} has no deletion protection`, path);
  }
};

// src/rules/rds/rds-cluster-storage-encrypted.ts
var rdsClusterStorageEncrypted = {
  id: "rds-cluster-storage-encrypted",
  title: "RDS DB cluster storage is encrypted",
  severity: "high",
  description: "Checks that the DB cluster encrypts its storage and snapshots (StorageEncrypted).",
  risk: "Cluster volumes, backups and snapshots of an unencrypted cluster are readable by anyone who obtains a copy.",
  remediation: {
    text: "Create the cluster with storage encryption (existing clusters must be restored from an encrypted snapshot).",
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier = "app"
  engine             = "aurora-postgresql"
  master_username    = "app"
  manage_master_user_password = true
  storage_encrypted  = true
}`
  },
  categories: ["encryption"],
  resourceTypes: ["AWS::RDS::DBCluster"],
  aliases: { checkov: ["CKV_AWS_96"], prowler: ["rds_cluster_storage_encrypted"] },
  notes: "An absent StorageEncrypted fails. (Aurora Serverless v1 clusters are always encrypted, but CloudFormation then reports StorageEncrypted true.)",
  check(resource) {
    const encrypted = read(resource, "StorageEncrypted");
    if (encrypted === UNKNOWN) return unknownAt(resource, "StorageEncrypted", "the storage encryption");
    if (isTrue(encrypted)) return pass(`DB cluster ${nameOf(resource)} has encrypted storage`, "StorageEncrypted");
    return fail(`DB cluster ${nameOf(resource)} has unencrypted storage`, "StorageEncrypted");
  }
};

// src/rules/rds/rds-instance-auto-minor-version-upgrade.ts
var rdsInstanceAutoMinorVersionUpgrade = {
  id: "rds-instance-auto-minor-version-upgrade",
  title: "RDS DB instance applies minor engine upgrades automatically",
  severity: "medium",
  description: "Checks that the DB instance receives minor engine versions (security fixes) in its maintenance window.",
  risk: "Without automatic minor upgrades known database engine vulnerabilities stay unpatched until someone acts.",
  remediation: {
    text: "Set auto_minor_version_upgrade = true (the default).",
    terraform: `resource "aws_db_instance" "this" {
  identifier                 = "app"
  engine                     = "postgres"
  instance_class             = "db.t4g.micro"
  allocated_storage          = 20
  auto_minor_version_upgrade = true
}`
  },
  categories: ["vulnerabilities"],
  resourceTypes: ["AWS::RDS::DBInstance"],
  aliases: { checkov: ["CKV_AWS_226"], prowler: ["rds_instance_minor_version_upgrade_enabled"] },
  notes: "An absent AutoMinorVersionUpgrade passes: the RDS default is true.",
  check(resource) {
    const path = "AutoMinorVersionUpgrade";
    const enabled2 = read(resource, path);
    if (enabled2 === UNKNOWN) return unknownAt(resource, path, "the automatic minor version upgrade setting");
    if (enabled2 === false || enabled2 === "false") {
      return fail(`DB instance ${nameOf(resource)} does not apply minor version upgrades automatically`, path);
    }
    return pass(`DB instance ${nameOf(resource)} applies minor version upgrades automatically`, path);
  }
};

// src/rules/rds/aurora.ts
function isClusterMember(resource) {
  const engine = read(resource, "Engine");
  if (typeof engine === "string" && engine.startsWith("aurora")) return true;
  const cluster = read(resource, "DBClusterIdentifier");
  if (cluster === UNKNOWN) return UNKNOWN;
  return typeof cluster === "string" && cluster !== "";
}

// src/rules/rds/rds-instance-backup-enabled.ts
var rdsInstanceBackupEnabled = {
  id: "rds-instance-backup-enabled",
  title: "RDS DB instance has automated backups enabled",
  severity: "medium",
  description: "Checks that the DB instance keeps automated backups (BackupRetentionPeriod greater than 0).",
  risk: "Without automated backups there is no point-in-time recovery after data corruption, deletion or ransomware.",
  remediation: {
    text: "Set a backup retention period of at least 7 days.",
    terraform: `resource "aws_db_instance" "this" {
  identifier              = "app"
  engine                  = "postgres"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  backup_retention_period = 7
}`
  },
  categories: ["resilience"],
  resourceTypes: ["AWS::RDS::DBInstance"],
  aliases: { checkov: ["CKV_AWS_133"], prowler: ["rds_instance_backup_enabled"] },
  notes: "Read replicas (SourceDBInstanceIdentifier set) are skipped, as in Prowler, and so are Aurora members (backups are the cluster's). An absent BackupRetentionPeriod passes: the RDS API default is 1 day.",
  check(resource) {
    if (isClusterMember(resource) === true) return null;
    const source = read(resource, "SourceDBInstanceIdentifier");
    if (typeof source === "string" && source !== "") return null;
    const path = "BackupRetentionPeriod";
    const days = read(resource, path);
    if (days === UNKNOWN || source === UNKNOWN) return unknownAt(resource, path, "the backup retention period");
    if (days === void 0 || days === null) return pass(`DB instance ${nameOf(resource)} keeps backups for the default 1 day`, path);
    if (Number(days) > 0) return pass(`DB instance ${nameOf(resource)} keeps backups for ${Number(days)} day(s)`, path);
    return fail(`DB instance ${nameOf(resource)} has automated backups disabled (retention 0)`, path);
  }
};

// src/rules/rds/rds-instance-deletion-protection.ts
var rdsInstanceDeletionProtection = {
  id: "rds-instance-deletion-protection",
  title: "RDS DB instance has deletion protection enabled",
  severity: "medium",
  description: "Checks that the DB instance cannot be deleted until deletion protection is turned off (DeletionProtection).",
  risk: "A mistaken terraform destroy, console click or script can delete the database and, with it, its automated backups.",
  remediation: {
    text: "Set deletion_protection = true.",
    terraform: `resource "aws_db_instance" "this" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  deletion_protection = true
}`
  },
  categories: ["resilience"],
  resourceTypes: ["AWS::RDS::DBInstance"],
  aliases: { checkov: ["CKV_AWS_293"], prowler: ["rds_instance_deletion_protection"] },
  notes: "Aurora members are skipped: deletion protection is set on the cluster (rds-cluster-deletion-protection).",
  check(resource) {
    const member = isClusterMember(resource);
    if (member === true) return null;
    const path = "DeletionProtection";
    const enabled2 = read(resource, path);
    if (enabled2 === UNKNOWN || member === UNKNOWN) return unknownAt(resource, path, "the deletion protection");
    if (isTrue(enabled2)) return pass(`DB instance ${nameOf(resource)} has deletion protection`, path);
    return fail(`DB instance ${nameOf(resource)} has no deletion protection`, path);
  }
};

// src/rules/rds/rds-instance-multi-az.ts
var rdsInstanceMultiAz = {
  id: "rds-instance-multi-az",
  title: "RDS DB instance is deployed in multiple Availability Zones",
  severity: "medium",
  description: "Checks that the DB instance has a standby in another Availability Zone (MultiAZ is true).",
  risk: "A single-AZ database goes down with its zone or host, and maintenance causes downtime.",
  remediation: {
    text: "Set multi_az = true.",
    terraform: `resource "aws_db_instance" "this" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  multi_az          = true
}`
  },
  categories: ["resilience"],
  resourceTypes: ["AWS::RDS::DBInstance"],
  aliases: { checkov: ["CKV_AWS_157"], prowler: ["rds_instance_multi_az"] },
  notes: "Aurora members are skipped: availability is a property of the cluster and its instances together.",
  check(resource) {
    const member = isClusterMember(resource);
    if (member === true) return null;
    const path = "MultiAZ";
    const multiAz = read(resource, path);
    if (multiAz === UNKNOWN || member === UNKNOWN) return unknownAt(resource, path, "the Multi-AZ setting");
    if (isTrue(multiAz)) return pass(`DB instance ${nameOf(resource)} is Multi-AZ`, path);
    return fail(`DB instance ${nameOf(resource)} runs in a single Availability Zone`, path);
  }
};

// src/rules/rds/rds-instance-not-publicly-accessible.ts
var rdsInstanceNotPubliclyAccessible = {
  id: "rds-instance-not-publicly-accessible",
  title: "RDS DB instance is not publicly accessible",
  severity: "critical",
  description: "Checks that the DB instance does not get a public endpoint (PubliclyAccessible is not true).",
  risk: "A public endpoint lets anyone on the internet attempt to connect; one open security group rule away from a breach.",
  remediation: {
    text: "Set publicly_accessible = false and reach the database through private networking.",
    terraform: `resource "aws_db_instance" "this" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  publicly_accessible = false
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["AWS::RDS::DBInstance"],
  aliases: { checkov: ["CKV_AWS_17"], prowler: ["rds_instance_no_public_access"] },
  notes: "We fail on the flag alone, as Checkov CKV_AWS_17 does. Prowler fails only when the flag is set AND an attached security group opens the DB port to the internet AND the subnet routes to an internet gateway. Those other two conditions live in resources that change independently of the database and are rarely all in one plan; a public endpoint is a standing exposure waiting for one of them to change, and judging it alone keeps the answer decidable. Expect more failures than Prowler on databases shielded only by their security groups or subnets.",
  check(resource) {
    const path = "PubliclyAccessible";
    const flag = read(resource, path);
    if (flag === UNKNOWN) return unknownAt(resource, path, "the public accessibility flag");
    if (isTrue(flag)) return fail(`DB instance ${nameOf(resource)} is publicly accessible`, path);
    return pass(`DB instance ${nameOf(resource)} is not publicly accessible`, path);
  }
};

// src/rules/rds/rds-instance-storage-encrypted.ts
var rdsInstanceStorageEncrypted = {
  id: "rds-instance-storage-encrypted",
  title: "RDS DB instance storage is encrypted",
  severity: "high",
  description: "Checks that the DB instance encrypts its storage, automated backups, replicas and snapshots (StorageEncrypted).",
  risk: "Database files, backups and snapshots of an unencrypted instance are readable by anyone who obtains a copy.",
  remediation: {
    text: "Create the instance with storage encryption (existing instances must be restored from an encrypted snapshot copy).",
    terraform: `resource "aws_db_instance" "this" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}`
  },
  categories: ["encryption"],
  resourceTypes: ["AWS::RDS::DBInstance"],
  aliases: { checkov: ["CKV_AWS_16"], prowler: ["rds_instance_storage_encrypted"] },
  notes: "Aurora cluster members are skipped: their encryption is the cluster's (rds-cluster-storage-encrypted).",
  check(resource) {
    const member = isClusterMember(resource);
    if (member === true) return null;
    const encrypted = read(resource, "StorageEncrypted");
    if (encrypted === UNKNOWN || member === UNKNOWN) return unknownAt(resource, "StorageEncrypted", "the storage encryption");
    if (isTrue(encrypted)) return pass(`DB instance ${nameOf(resource)} has encrypted storage`, "StorageEncrypted");
    return fail(`DB instance ${nameOf(resource)} has unencrypted storage`, "StorageEncrypted");
  }
};

// src/rules/s3/s3-bucket-public-access-block-enabled.ts
var PUBLIC_ACCESS_BLOCK_FLAGS = [
  "BlockPublicAcls",
  "IgnorePublicAcls",
  "BlockPublicPolicy",
  "RestrictPublicBuckets"
];
function missingBlockFlags(resource, base) {
  const missing = [];
  let undecided = false;
  for (const flag of PUBLIC_ACCESS_BLOCK_FLAGS) {
    const value = read(resource, base === "" ? flag : `${base}.${flag}`);
    if (value === UNKNOWN) undecided = true;
    else if (!isTrue(value)) missing.push(flag);
  }
  if (missing.length > 0) return missing;
  return undecided ? UNKNOWN : [];
}
var s3BucketPublicAccessBlockEnabled = {
  id: "s3-bucket-public-access-block-enabled",
  title: "S3 bucket blocks public access with all four public access block settings",
  severity: "high",
  description: "Checks that the bucket sets BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets, or that the account-level public access block does.",
  risk: "Without the block a single public ACL or bucket policy statement exposes the data to the internet.",
  remediation: {
    text: "Add an aws_s3_bucket_public_access_block with all four settings true (or set them account-wide).",
    terraform: `resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["AWS::S3::Bucket"],
  aliases: {
    checkov: ["CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"],
    prowler: ["s3_bucket_level_public_access_block"]
  },
  notes: "All four flags are required, as in CIS 2.1.4 and Checkov (CKV_AWS_53..56); Prowler only requires IgnorePublicAcls and RestrictPublicBuckets. Like Prowler, a fully set account-level block in the same inventory satisfies the rule. A bucket this plan creates without any public access block passes: AWS turns all four settings on for new buckets since April 2023 (as s3-bucket-acls-disabled counts BucketOwnerEnforced); a bucket from state or .tf code alone without one still fails, since it may predate that default.",
  check(resource, view) {
    const path = "PublicAccessBlockConfiguration";
    const missing = missingBlockFlags(resource, path);
    if (Array.isArray(missing) && missing.length === 0) {
      return pass(`Bucket ${nameOf(resource)} blocks all public access`, path);
    }
    const account = view.ofType("Plumbline::S3::AccountPublicAccessBlock").filter((a) => sameAccount(a, resource));
    if (account.some((a) => {
      const m = missingBlockFlags(a, "");
      return Array.isArray(m) && m.length === 0;
    })) {
      return pass(`Bucket ${nameOf(resource)} is covered by the account-level public access block`, path);
    }
    if (missing === UNKNOWN) return unknownAt(resource, path, "the public access block");
    if (isNewInPlan(resource) && read(resource, path) === void 0) {
      return pass(`Bucket ${nameOf(resource)} is new and gets all four public access block settings by default`, path);
    }
    return fail(`Bucket ${nameOf(resource)} does not set ${missing.join(", ")} in its public access block`, path);
  }
};

// src/rules/s3/s3-account-public-access-block-enabled.ts
var s3AccountPublicAccessBlockEnabled = {
  id: "s3-account-public-access-block-enabled",
  title: "S3 account-level public access block is fully enabled",
  severity: "high",
  description: "Checks that the account-level S3 public access block sets BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets.",
  risk: "Without the account-level block every bucket depends on its own settings; one forgotten bucket can be made public.",
  remediation: {
    text: "Enable all four settings of the account-level public access block.",
    terraform: `resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["Plumbline::S3::AccountPublicAccessBlock"],
  aliases: { checkov: [], prowler: ["s3_account_level_public_access_blocks"] },
  check(resource) {
    const missing = missingBlockFlags(resource, "");
    if (missing === UNKNOWN) return unknownAt(resource, "", "the account public access block");
    if (missing.length === 0) return pass("The account-level S3 public access block is fully enabled");
    return fail(`The account-level S3 public access block does not set ${missing.join(", ")}`, missing[0]);
  }
};

// src/rules/s3/s3-bucket-access-logging-enabled.ts
var s3BucketAccessLoggingEnabled = {
  id: "s3-bucket-access-logging-enabled",
  title: "S3 bucket has server access logging enabled",
  severity: "medium",
  description: "Checks that the bucket writes server access logs (LoggingConfiguration is set).",
  risk: "Without access logs there is no record of who read or changed objects, which blinds incident response and audits.",
  remediation: {
    text: "Send server access logs to a separate logging bucket (aws_s3_bucket_logging).",
    terraform: `resource "aws_s3_bucket_logging" "this" {
  bucket        = aws_s3_bucket.this.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "access/"
}`
  },
  categories: ["logging", "forensics-ready"],
  resourceTypes: ["AWS::S3::Bucket"],
  aliases: { checkov: ["CKV_AWS_18"], prowler: ["s3_bucket_server_access_logging_enabled"] },
  notes: "A LoggingConfiguration without DestinationBucketName counts as enabled: CloudFormation then logs into the bucket itself.",
  check(resource) {
    const path = "LoggingConfiguration";
    const logging = readNode(resource, path);
    if (logging === UNKNOWN) return unknownAt(resource, path, "the logging configuration");
    if (logging !== null && typeof logging === "object") {
      return pass(`Bucket ${nameOf(resource)} has server access logging enabled`, path);
    }
    return fail(`Bucket ${nameOf(resource)} has server access logging disabled`, path);
  }
};

// src/rules/s3/s3-bucket-acls-disabled.ts
var s3BucketAclsDisabled = {
  id: "s3-bucket-acls-disabled",
  title: "S3 bucket has ACLs disabled (object ownership BucketOwnerEnforced)",
  severity: "medium",
  description: "Checks that the bucket enforces bucket-owner object ownership, which turns off access control lists.",
  risk: "ACLs grant access outside the bucket policy and IAM, are hard to audit, and are a common way buckets become public.",
  remediation: {
    text: "Set object ownership to BucketOwnerEnforced (aws_s3_bucket_ownership_controls).",
    terraform: `resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`
  },
  categories: ["identity-access"],
  resourceTypes: ["AWS::S3::Bucket"],
  aliases: { checkov: ["CKV2_AWS_65"], prowler: ["s3_bucket_acl_prohibited"] },
  notes: "Without OwnershipControls: a bucket this plan creates passes, because AWS creates new buckets with BucketOwnerEnforced since April 2023; a live bucket fails (it has no ownership controls, so ACLs are on); a bucket from state or HCL alone is unknown, since its real setting is not in the code.",
  check(resource) {
    const path = "OwnershipControls.Rules";
    const rules = readList(resource, path);
    if (rules === UNKNOWN) return unknownAt(resource, path, "the object ownership");
    if (rules.length === 0) {
      if (read(resource, "OwnershipControls") === UNKNOWN) return unknownAt(resource, path, "the object ownership");
      if (isNewInPlan(resource)) {
        return pass(`Bucket ${nameOf(resource)} is new and gets BucketOwnerEnforced (ACLs disabled) by default`, path);
      }
      if (resource.origin === "live") return fail(`Bucket ${nameOf(resource)} has no ownership controls, so ACLs are enabled`, path);
      return unknownAt(resource, path, "the object ownership", NOT_IN_CODE);
    }
    const ownership = rules.map((_, i) => read(resource, `${path}[${i}].ObjectOwnership`));
    if (ownership.includes("BucketOwnerEnforced")) return pass(`Bucket ${nameOf(resource)} has ACLs disabled`, path);
    if (ownership.includes(UNKNOWN)) return unknownAt(resource, path, "the object ownership");
    return fail(`Bucket ${nameOf(resource)} has ACLs enabled (object ownership ${ownership.join(", ")})`, path);
  }
};

// src/rules/s3/s3-bucket-kms-encryption.ts
var ENCRYPTION_PATH = "BucketEncryption.ServerSideEncryptionConfiguration";
function encryptionAlgorithms(resource) {
  if (readNode(resource, "BucketEncryption") === UNKNOWN) return UNKNOWN;
  const rules = readList(resource, ENCRYPTION_PATH);
  if (rules === UNKNOWN) return UNKNOWN;
  const algorithms = [];
  for (let i = 0; i < rules.length; i++) {
    const algorithm = read(resource, `${ENCRYPTION_PATH}[${i}].ServerSideEncryptionByDefault.SSEAlgorithm`);
    if (algorithm === UNKNOWN) return UNKNOWN;
    if (typeof algorithm === "string") algorithms.push(algorithm);
  }
  return algorithms;
}
var KMS_ALGORITHMS = /* @__PURE__ */ new Set(["aws:kms", "aws:kms:dsse"]);
var s3BucketKmsEncryption = {
  id: "s3-bucket-kms-encryption",
  title: "S3 bucket encrypts objects with KMS keys by default",
  severity: "medium",
  description: "Checks that the default encryption of the bucket uses SSE-KMS or DSSE-KMS rather than S3-managed keys.",
  risk: "With S3-managed keys anyone allowed to read the object can decrypt it; a KMS key adds a second, audited permission.",
  remediation: {
    text: "Use aws:kms (with a customer-managed key) as the default encryption algorithm.",
    terraform: `resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.this.arn
    }
    bucket_key_enabled = true
  }
}`
  },
  categories: ["encryption"],
  resourceTypes: ["AWS::S3::Bucket"],
  aliases: { checkov: ["CKV_AWS_145"], prowler: ["s3_bucket_kms_encryption"] },
  notes: `There is no "any default encryption" rule (Checkov CKV_AWS_19, Prowler's deprecated s3_bucket_default_encryption): AWS has applied SSE-S3 to every bucket since January 2023, so it could never fail. Without a configuration, a bucket this plan creates or a live bucket fails (SSE-S3 only); a bucket from state or HCL alone is unknown. The algorithm alone decides: aws:kms with a key known only after apply (one the same plan creates) is KMS encryption.`,
  check(resource) {
    const algorithms = encryptionAlgorithms(resource);
    if (algorithms === UNKNOWN) return unknownAt(resource, ENCRYPTION_PATH, "the default encryption");
    if (algorithms.some((a) => KMS_ALGORITHMS.has(a))) {
      return pass(`Bucket ${nameOf(resource)} encrypts with KMS by default`, ENCRYPTION_PATH);
    }
    if (algorithms.length > 0) {
      return fail(`Bucket ${nameOf(resource)} encrypts with ${algorithms.join(", ")}, not KMS`, ENCRYPTION_PATH);
    }
    if (isNewInPlan(resource) || resource.origin === "live") {
      return fail(`Bucket ${nameOf(resource)} has no KMS default encryption (AWS applies SSE-S3 only)`, ENCRYPTION_PATH);
    }
    return unknownAt(resource, ENCRYPTION_PATH, "the default encryption", NOT_IN_CODE);
  }
};

// src/rules/s3/s3-bucket-policy-not-public.ts
function publicPoliciesRestricted(view, policy) {
  const account = view.ofType("Plumbline::S3::AccountPublicAccessBlock").filter((a) => sameAccount(a, policy));
  if (account.some((a) => isTrue(read(a, "RestrictPublicBuckets")))) return true;
  const buckets = referencedBy(view, policy, "Bucket", "AWS::S3::Bucket", "BucketName");
  return buckets.some((b) => isTrue(read(b, "PublicAccessBlockConfiguration.RestrictPublicBuckets")));
}
var s3BucketPolicyNotPublic = {
  id: "s3-bucket-policy-not-public",
  title: "S3 bucket policy does not grant access to everyone",
  severity: "critical",
  description: 'Checks that no Allow statement of the bucket policy names Principal "*" (or {"AWS": "*"}), or uses NotPrincipal, without a condition that confines it to an account, organisation, network or source.',
  risk: "A public Allow statement lets anyone on the internet read, list or write the bucket, the classic S3 data leak.",
  remediation: {
    text: "Name the principals that need access, or add a confining condition such as aws:PrincipalOrgID or aws:SourceVpce.",
    terraform: `data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/reader"]
    }
  }
}`
  },
  categories: ["internet-exposed"],
  resourceTypes: ["AWS::S3::BucketPolicy"],
  aliases: { checkov: ["CKV_AWS_70"], prowler: ["s3_bucket_public_access"] },
  notes: "Judges the policy document. Like Prowler, a RestrictPublicBuckets setting on the bucket or the account (when in the inventory) voids public statements and the rule passes; ACL grants are not judged here (AccessControl is write-only in CloudFormation). The VPC endpoint owner keys (aws:VpceAccount, aws:VpceOrgID, aws:VpceOrgPaths) confine like aws:SourceVpce. An ARN condition (aws:PrincipalArn, aws:SourceArn, s3:DataAccessPointArn under ArnLike, ArnEquals or StringLike) confines only when it pins the owner: a wildcard in the account field (arn:aws:iam::*:role/x, which anyone can match with a role of their own) or an S3 ARN whose resource is only wildcards confines nothing.",
  check(resource, view) {
    const path = "PolicyDocument";
    const document = read(resource, path);
    if (document === UNKNOWN) return unknownAt(resource, path, "the bucket policy document");
    const statements = statementsOf(document);
    const index2 = statements.findIndex(
      (s) => typeof s.Effect === "string" && s.Effect.toLowerCase() === "allow" && // Allow with NotPrincipal grants everyone but the principals it names, anonymous callers included.
      (isPublicPrincipal(s.Principal) || s.NotPrincipal !== void 0 && s.NotPrincipal !== null) && !hasRestrictingCondition(s)
    );
    const bucket = read(resource, "Bucket");
    const label = typeof bucket === "string" ? bucket : nameOf(resource);
    if (index2 < 0) return pass(`The policy of bucket ${label} grants nothing to everyone`, path);
    const at = `${path}.Statement${Array.isArray(document.Statement) ? `[${index2}]` : ""}`;
    if (publicPoliciesRestricted(view, resource)) {
      return pass(`The policy of bucket ${label} has a public statement, but RestrictPublicBuckets voids it`, at);
    }
    return fail(`The policy of bucket ${label} allows access to everyone (Principal "*" or NotPrincipal) without a confining condition`, at);
  }
};

// src/rules/s3/s3-bucket-tls-only.ts
function deniesInsecureTransport(statement2) {
  if (typeof statement2.Effect !== "string" || statement2.Effect.toLowerCase() !== "deny") return false;
  if (!isPublicPrincipal(statement2.Principal)) return false;
  if (!asList(statement2.Action).some((a) => typeof a === "string" && (a === "*" || a.toLowerCase() === "s3:*"))) return false;
  const condition = statement2.Condition;
  if (condition === null || typeof condition !== "object") return false;
  const entries = Object.entries(condition).flatMap(
    ([operator, block2]) => block2 !== null && typeof block2 === "object" ? Object.entries(block2).map(([key, value]) => ({ operator, key, value })) : [{ operator, key: "", value: block2 }]
  );
  return entries.length === 1 && entries.every(
    ({ operator, key, value }) => /^bool(ifexists)?$/i.test(operator) && key.toLowerCase() === "aws:securetransport" && asList(value).some((v) => v === false || v === "false")
  );
}
var s3BucketTlsOnly = {
  id: "s3-bucket-tls-only",
  title: "S3 bucket policy denies requests that do not use TLS",
  severity: "medium",
  description: "Checks that the bucket has a policy with a Deny statement for all principals and all S3 actions when aws:SecureTransport is false (and on no other condition).",
  risk: "Without it, clients may read and write the bucket over plain HTTP, exposing data and credentials to anyone on the path.",
  remediation: {
    text: 'Add a statement to the bucket policy that denies s3:* to "*" when aws:SecureTransport is false.',
    terraform: `data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}`
  },
  categories: ["encryption"],
  resourceTypes: ["AWS::S3::Bucket"],
  aliases: { checkov: ["CKV_AWS_379"], prowler: ["s3_bucket_secure_transport_policy"] },
  notes: "Joins the bucket to AWS::S3::BucketPolicy by bucket name, or, in Terraform, by a Bucket expression referring to the bucket (Resource.references). A policy whose Bucket is unknown and refers to no known resource might be this bucket's: then the answer is unknown; without any policy the bucket fails.",
  check(resource, view) {
    const { matches: matches2, undecided } = joinOn(view, "AWS::S3::BucketPolicy", "Bucket", resource, "BucketName");
    let undecidedDocument = false;
    for (const policy of matches2) {
      const document = read(policy, "PolicyDocument");
      if (document === UNKNOWN) undecidedDocument = true;
      else if (statementsOf(document).some(deniesInsecureTransport)) {
        return pass(`Bucket ${nameOf(resource)} denies requests without TLS`, "PolicyDocument");
      }
    }
    if (undecidedDocument || undecided.length > 0) return unknownAt(resource, "PolicyDocument", "the bucket policy");
    const why = matches2.length === 0 ? "has no bucket policy" : "has a policy that does not deny requests without TLS";
    return fail(`Bucket ${nameOf(resource)} ${why}`);
  }
};

// src/rules/s3/s3-bucket-versioning-enabled.ts
var LOCK_PATH = "ObjectLockEnabled";
var LOCK_CONFIGURATION_PATH = "ObjectLockConfiguration.ObjectLockEnabled";
function objectLockOn(resource) {
  return or(holds(read(resource, LOCK_PATH), isTrue), holds(read(resource, LOCK_CONFIGURATION_PATH), (v) => v === "Enabled"));
}
var s3BucketVersioningEnabled = {
  id: "s3-bucket-versioning-enabled",
  title: "S3 bucket has object versioning enabled",
  severity: "medium",
  description: "Checks that the bucket keeps previous versions of its objects (VersioningConfiguration.Status is Enabled).",
  risk: "Without versioning an overwritten or deleted object is gone: a mistake, a buggy job or ransomware cannot be undone.",
  remediation: {
    text: 'Enable versioning on the bucket (aws_s3_bucket_versioning with status "Enabled").',
    terraform: `resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}`
  },
  categories: ["resilience"],
  resourceTypes: ["AWS::S3::Bucket"],
  aliases: { checkov: ["CKV_AWS_21"], prowler: ["s3_bucket_object_versioning"] },
  notes: "A bucket with Object Lock enabled passes whatever its versioning configuration says: S3 turns versioning on with Object Lock and does not let it be suspended.",
  check(resource) {
    const path = "VersioningConfiguration.Status";
    const status = read(resource, path);
    if (status === "Enabled") return pass(`Bucket ${nameOf(resource)} has versioning enabled`, path);
    const lock = objectLockOn(resource);
    if (lock === true) {
      const lockPath = isTrue(read(resource, LOCK_PATH)) ? LOCK_PATH : LOCK_CONFIGURATION_PATH;
      if (status === "Suspended") {
        return pass(`Bucket ${nameOf(resource)} has Object Lock enabled, so S3 keeps versioning on although the configuration says Suspended`, lockPath);
      }
      return pass(`Bucket ${nameOf(resource)} has Object Lock enabled, which turns versioning on (S3 does not let it be suspended)`, lockPath);
    }
    if (status === UNKNOWN) return unknownAt(resource, path, "the versioning status");
    if (lock === UNKNOWN) return unknownAt(resource, LOCK_PATH, "whether Object Lock (which turns versioning on) is enabled");
    const state = status === "Suspended" ? "suspended" : "not enabled";
    return fail(`Bucket ${nameOf(resource)} has versioning ${state}`, path);
  }
};

// src/rules/vpc/vpc-flow-logs-enabled.ts
var vpcFlowLogsEnabled = {
  id: "vpc-flow-logs-enabled",
  title: "VPC has flow logs enabled",
  severity: "medium",
  description: "Checks that at least one flow log (AWS::EC2::FlowLog with ResourceType VPC) records the traffic of the VPC.",
  risk: "Without flow logs there is no record of network connections to investigate an intrusion or data exfiltration.",
  remediation: {
    text: "Add a flow log for the VPC (traffic type ALL or at least REJECT) to CloudWatch Logs or S3.",
    terraform: `resource "aws_flow_log" "this" {
  vpc_id               = aws_vpc.this.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}`
  },
  categories: ["logging", "forensics-ready"],
  resourceTypes: ["AWS::EC2::VPC"],
  aliases: { checkov: ["CKV2_AWS_11"], prowler: ["vpc_flow_logs_enabled"] },
  notes: "Joins AWS::EC2::FlowLog on ResourceType VPC and ResourceId = VpcId, or, in Terraform, on a ResourceId expression referring to the VPC (Resource.references). A VPC the plan creates has no id yet: a flow log whose ResourceId is unknown and refers to no known resource makes the answer unknown; without such a log the VPC fails. Any traffic type counts. Prowler only reports VPCs in use; we judge every VPC.",
  check(resource, view) {
    const isVpcLog = (log) => holds(read(log, "ResourceType"), (t) => t === "VPC");
    const { matches: matches2, undecided } = joinOn(view, "AWS::EC2::FlowLog", "ResourceId", resource, "VpcId", isVpcLog);
    if (matches2.length > 0) {
      return pass(`VPC ${nameOf(resource)} has ${matches2.length} flow log(s)`);
    }
    if (undecided.length > 0) return unknownAt(resource, "VpcId", "which flow log belongs to the VPC");
    return fail(`VPC ${nameOf(resource)} has no flow logs`);
  }
};

// src/rules/index.ts
var DEFINITIONS = [
  cloudtrailKmsEncryptionEnabled,
  cloudtrailLogFileValidationEnabled,
  cloudtrailMultiRegionEnabled,
  ec2DefaultSgRestrictsAllTraffic,
  ec2EbsDefaultEncryptionEnabled,
  ec2EbsVolumeEncrypted,
  ec2InstanceImdsv2Required,
  ec2SgNoPublicAllPorts,
  ec2SgNoPublicRdp,
  ec2SgNoPublicSsh,
  efsFileSystemEncrypted,
  iamCustomerPolicyNoAdmin,
  iamInlinePolicyNoAdmin,
  iamNoAdministratorAccessAttached,
  iamPasswordPolicyMinLength14,
  iamPasswordPolicyReuse24,
  iamRootMfaEnabled,
  iamRootNoAccessKeys,
  iamUserAccessKeysRotated90Days,
  iamUserConsoleMfaEnabled,
  iamUserNoAttachedPolicies,
  iamUserUnusedCredentials45Days,
  kmsKeyRotationEnabled,
  lambdaFunctionNoSecretsInEnv,
  lambdaFunctionNotPublic,
  lambdaFunctionSupportedRuntime,
  lambdaFunctionUrlAuthRequired,
  rdsClusterDeletionProtection,
  rdsClusterStorageEncrypted,
  rdsInstanceAutoMinorVersionUpgrade,
  rdsInstanceBackupEnabled,
  rdsInstanceDeletionProtection,
  rdsInstanceMultiAz,
  rdsInstanceNotPubliclyAccessible,
  rdsInstanceStorageEncrypted,
  s3AccountPublicAccessBlockEnabled,
  s3BucketAccessLoggingEnabled,
  s3BucketAclsDisabled,
  s3BucketKmsEncryption,
  s3BucketPolicyNotPublic,
  s3BucketPublicAccessBlockEnabled,
  s3BucketTlsOnly,
  s3BucketVersioningEnabled,
  vpcFlowLogsEnabled
];
var FRAMEWORKS = [CIS_AWS_3_0, CIS_AWS_4_0, CIS_AWS_5_0];
var LIVE_ONLY_RULE_IDS = new Set(
  [iamRootMfaEnabled, iamRootNoAccessKeys, iamUserAccessKeysRotated90Days, iamUserConsoleMfaEnabled, iamUserUnusedCredentials45Days].map((r) => r.id)
);
function frameworksOf(ruleId) {
  const refs = {};
  for (const framework of FRAMEWORKS) {
    const ids = Object.entries(framework.requirements).filter(([, requirement]) => requirement.rules.includes(ruleId)).map(([id]) => id);
    if (ids.length > 0) refs[framework.id] = ids;
  }
  return refs;
}
var ALL_RULES = DEFINITIONS.map((definition) => ({
  ...definition,
  frameworks: frameworksOf(definition.id)
}));
var BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]));
var BY_ALIAS = /* @__PURE__ */ new Map();
for (const rule of ALL_RULES) {
  for (const alias of [...rule.aliases.checkov, ...rule.aliases.prowler]) {
    const key = alias.toLowerCase();
    BY_ALIAS.set(key, [...BY_ALIAS.get(key) ?? [], rule]);
  }
}
var BY_ALIAS_SPELLED = /* @__PURE__ */ new Map();
for (const rule of ALL_RULES) for (const alias of [...rule.aliases.checkov, ...rule.aliases.prowler]) BY_ALIAS_SPELLED.set(alias, true);
var BY_TYPE2 = /* @__PURE__ */ new Map();
for (const rule of ALL_RULES) {
  for (const type of rule.resourceTypes) BY_TYPE2.set(type, [...BY_TYPE2.get(type) ?? [], rule]);
}
function findRules(idOrAlias) {
  const own = BY_ID.get(idOrAlias.toLowerCase());
  if (own) return [own];
  return [...BY_ALIAS.get(idOrAlias.toLowerCase()) ?? []];
}
function suggestRuleName(name) {
  const aliasLike = /^ckv2?_/i.test(name) || name.includes("_");
  return closestMatch(name, aliasLike ? BY_ALIAS_SPELLED.keys() : BY_ID.keys());
}

// src/sources/hcl/index.ts
import { readdir as readdir2 } from "node:fs/promises";

// src/sources/hcl/evaluate.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/sources/hcl/expression-syntax.ts
var ExpressionSyntaxError = class extends Error {
  constructor(reason) {
    super(reason);
    this.name = "ExpressionSyntaxError";
  }
};
var PUNCTUATION = ["...", "=>", "==", "!=", "<=", ">=", "&&", "||", "{", "}", "[", "]", "(", ")", ",", ".", ":", "?", "!", "<", ">", "+", "-", "*", "/", "%", "="];
var IDENT_START2 = /[A-Za-z_]/;
var IDENT_PART2 = /[A-Za-z0-9_-]/;
var NUMBER = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/;
function parseExpression(source) {
  const parser = new Parser(tokenize(source));
  const expr = parser.expression();
  parser.expectEnd();
  return expr;
}
function tokenize(source) {
  const tokens = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === "\n") {
      tokens.push({ type: "newline" });
      i++;
    } else if (ch === " " || ch === "	" || ch === "\r") {
      i++;
    } else if (ch === "#" || ch === "/" && source[i + 1] === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (ch === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      if (end < 0) throw new ExpressionSyntaxError("unterminated comment");
      i = end + 2;
    } else if (ch === '"') {
      const { parts, end } = readQuoted(source, i + 1);
      tokens.push({ type: "string", parts });
      i = end;
    } else if (ch === "<" && source[i + 1] === "<" && /^<<-?[A-Za-z_]/.test(source.slice(i, i + 4))) {
      throw new ExpressionSyntaxError("heredoc inside an expression");
    } else if (IDENT_START2.test(ch)) {
      let end = i + 1;
      while (end < source.length && IDENT_PART2.test(source[end])) end++;
      tokens.push({ type: "ident", text: source.slice(i, end) });
      i = end;
    } else if (/[0-9]/.test(ch)) {
      const text = NUMBER.exec(source.slice(i))[0];
      tokens.push({ type: "number", text });
      i += text.length;
    } else {
      const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
      if (!punct) throw new ExpressionSyntaxError(`unexpected character ${JSON.stringify(ch)}`);
      tokens.push({ type: "punct", text: punct });
      i += punct.length;
    }
  }
  tokens.push({ type: "end" });
  return tokens;
}
function readQuoted(source, start) {
  const parts = [];
  let literal = "";
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"') {
      if (literal || parts.length === 0) parts.push(literal);
      return { parts, end: i + 1 };
    }
    if (ch === "\n") throw new ExpressionSyntaxError("newline in a quoted string");
    if (ch === "\\") {
      const [text, length2] = escapeAt(source, i);
      literal += text;
      i += length2;
    } else if ((ch === "$" || ch === "%") && source[i + 1] === ch && source[i + 2] === "{") {
      literal += `${ch}{`;
      i += 3;
    } else if ((ch === "$" || ch === "%") && source[i + 1] === "{") {
      const close = interpolationEnd(source, i + 2);
      if (literal) parts.push(literal);
      literal = "";
      if (ch === "%") {
        parts.push({ kind: "unsupported", what: "template directive" });
      } else {
        const inner = source.slice(i + 2, close).replace(/^~/, "").replace(/~$/, "");
        parts.push(parseExpression(inner));
      }
      i = close + 1;
    } else {
      literal += ch;
      i++;
    }
  }
  throw new ExpressionSyntaxError("unterminated string");
}
function escapeAt(source, at) {
  const next = source[at + 1];
  const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
  if (next in simple) return [simple[next], 2];
  const unicode = next === "u" ? /^[0-9A-Fa-f]{4}/.exec(source.slice(at + 2)) : next === "U" ? /^[0-9A-Fa-f]{8}/.exec(source.slice(at + 2)) : null;
  if (unicode) {
    const codePoint = parseInt(unicode[0], 16);
    if (codePoint > 1114111) throw new ExpressionSyntaxError("invalid unicode escape");
    return [String.fromCodePoint(codePoint), 2 + unicode[0].length];
  }
  throw new ExpressionSyntaxError("invalid escape sequence");
}
function interpolationEnd(source, from) {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"') {
      for (i++; i < source.length && source[i] !== '"'; i++) if (source[i] === "\\") i++;
    } else if (ch === "{") depth++;
    else if (ch === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new ExpressionSyntaxError("unterminated interpolation");
}
var PRECEDENCE = [["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]];
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  pos = 0;
  /** Newlines end an item inside `{ }` (object items) and are insignificant inside `( )` and `[ ]`. */
  newlineSignificant = [false];
  skipNewlines() {
    while (this.tokens[this.pos].type === "newline") this.pos++;
  }
  peek() {
    if (!this.newlineSignificant[this.newlineSignificant.length - 1]) this.skipNewlines();
    return this.tokens[this.pos];
  }
  next() {
    const token = this.peek();
    this.pos++;
    return token;
  }
  isPunct(text) {
    const token = this.peek();
    return token.type === "punct" && token.text === text;
  }
  accept(text) {
    if (!this.isPunct(text)) return false;
    this.pos++;
    return true;
  }
  expect(text) {
    if (!this.accept(text)) throw new ExpressionSyntaxError(`expected ${text}`);
  }
  identifier() {
    const token = this.next();
    if (token.type !== "ident") throw new ExpressionSyntaxError("expected a name");
    return token.text;
  }
  nested(newlinesMatter, body) {
    this.newlineSignificant.push(newlinesMatter);
    try {
      return body();
    } finally {
      this.newlineSignificant.pop();
    }
  }
  expectEnd() {
    this.skipNewlines();
    if (this.tokens[this.pos].type !== "end") throw new ExpressionSyntaxError("unexpected text after the expression");
  }
  expression() {
    const condition = this.binary(0);
    if (!this.accept("?")) return condition;
    const then = this.expression();
    this.expect(":");
    const otherwise = this.expression();
    return { kind: "conditional", condition, then, otherwise };
  }
  binary(level) {
    if (level === PRECEDENCE.length) return this.unary();
    let left = this.binary(level + 1);
    for (; ; ) {
      const token = this.peek();
      const op = token.type === "punct" ? PRECEDENCE[level].find((o) => o === token.text) : void 0;
      if (!op) return left;
      this.pos++;
      left = { kind: "binary", op, left, right: this.binary(level + 1) };
    }
  }
  unary() {
    if (this.accept("!")) return { kind: "unary", op: "!", operand: this.unary() };
    if (this.accept("-")) return { kind: "unary", op: "-", operand: this.unary() };
    return this.postfix(this.primary());
  }
  postfix(source) {
    const steps = [];
    for (; ; ) {
      if (this.isPunct(".")) {
        this.pos++;
        const token = this.next();
        if (token.type === "ident") steps.push({ attr: token.text });
        else if (token.type === "number" && /^\d+$/.test(token.text)) steps.push({ index: { kind: "literal", value: Number(token.text) } });
        else if (token.type === "punct" && token.text === "*") steps.push({ splat: this.splatSteps(false) });
        else throw new ExpressionSyntaxError("expected an attribute name");
      } else if (this.isPunct("[")) {
        this.pos++;
        if (this.accept("*")) {
          this.expect("]");
          steps.push({ splat: this.splatSteps(true) });
        } else {
          const index2 = this.nested(false, () => this.expression());
          this.expect("]");
          steps.push({ index: index2 });
        }
      } else {
        return steps.length ? { kind: "traversal", source, steps } : source;
      }
    }
  }
  /** The steps a splat applies to each element: attributes, and for a full splat `[*]` also indexes. */
  splatSteps(full) {
    const steps = [];
    for (; ; ) {
      if (this.isPunct(".")) {
        this.pos++;
        steps.push({ attr: this.identifier() });
      } else if (full && this.isPunct("[")) {
        this.pos++;
        const index2 = this.nested(false, () => this.expression());
        this.expect("]");
        steps.push({ index: index2 });
      } else {
        return steps;
      }
    }
  }
  primary() {
    const token = this.next();
    switch (token.type) {
      case "number":
        return { kind: "literal", value: Number(token.text) };
      case "string":
        return stringExpr(token.parts);
      case "ident":
        if (token.text === "true" || token.text === "false") return { kind: "literal", value: token.text === "true" };
        if (token.text === "null") return { kind: "literal", value: null };
        if (this.isPunctNoNewline("(")) return this.call(token.text);
        return { kind: "root", name: token.text };
      case "punct":
        if (token.text === "(") {
          const inner = this.nested(false, () => this.expression());
          this.expect(")");
          return inner;
        }
        if (token.text === "[") return this.nested(false, () => this.tupleOrFor());
        if (token.text === "{") return this.nested(true, () => this.objectOrFor());
        throw new ExpressionSyntaxError(`unexpected ${token.text}`);
      default:
        throw new ExpressionSyntaxError("expected an expression");
    }
  }
  isPunctNoNewline(text) {
    const token = this.tokens[this.pos];
    return token.type === "punct" && token.text === text;
  }
  call(name) {
    this.pos++;
    return this.nested(false, () => {
      const args = [];
      let expandLast = false;
      while (!this.accept(")")) {
        args.push(this.expression());
        if (this.accept("...")) {
          expandLast = true;
          this.expect(")");
          break;
        }
        if (!this.accept(",")) {
          this.expect(")");
          break;
        }
      }
      return { kind: "call", name, args, expandLast };
    });
  }
  forHeader() {
    const first = this.identifier();
    let keyName;
    let valueName = first;
    if (this.accept(",")) {
      keyName = first;
      valueName = this.identifier();
    }
    const keyword = this.next();
    if (keyword.type !== "ident" || keyword.text !== "in") throw new ExpressionSyntaxError("expected in");
    const collection = this.nested(false, () => this.expression());
    this.expect(":");
    return { keyName, valueName, collection };
  }
  isForKeyword() {
    const token = this.peek();
    const after = this.tokens[this.pos + 1];
    return token.type === "ident" && token.text === "for" && after?.type === "ident";
  }
  tupleOrFor() {
    if (this.isForKeyword()) {
      this.pos++;
      const header = this.forHeader();
      const valueExpr = this.expression();
      const condition = this.forCondition();
      this.expect("]");
      return { kind: "for", ...header, valueExpr, ...condition ? { condition } : {}, group: false };
    }
    const items = [];
    while (!this.accept("]")) {
      items.push(this.expression());
      if (!this.accept(",")) {
        this.expect("]");
        break;
      }
    }
    return { kind: "tuple", items };
  }
  forCondition() {
    const token = this.peek();
    if (token.type === "ident" && token.text === "if") {
      this.pos++;
      return this.expression();
    }
    return void 0;
  }
  objectOrFor() {
    this.skipNewlines();
    if (this.isForKeyword()) {
      this.pos++;
      return this.nested(false, () => {
        const header = this.forHeader();
        const keyExpr = this.expression();
        this.expect("=>");
        const valueExpr = this.expression();
        const group = this.accept("...");
        const condition = this.forCondition();
        this.expect("}");
        return { kind: "for", ...header, keyExpr, valueExpr, ...condition ? { condition } : {}, group };
      });
    }
    const entries = [];
    for (; ; ) {
      this.skipNewlines();
      if (this.accept("}")) return { kind: "object", entries };
      const key = this.objectKey();
      if (!this.accept("=") && !this.accept(":")) throw new ExpressionSyntaxError("expected = or : after an object key");
      const value = this.expression();
      entries.push({ key, value });
      const separator = this.tokens[this.pos];
      if (separator.type === "newline" || separator.type === "punct" && separator.text === ",") {
        this.pos++;
      } else if (!(separator.type === "punct" && separator.text === "}")) {
        throw new ExpressionSyntaxError("expected a comma or a new line between object items");
      }
    }
  }
  objectKey() {
    const token = this.tokens[this.pos];
    const after = this.tokens[this.pos + 1];
    if (token.type === "ident" && after?.type === "punct" && (after.text === "=" || after.text === ":")) {
      this.pos++;
      return { kind: "literal", value: token.text };
    }
    return this.nested(false, () => this.binary(0));
  }
};
function stringExpr(parts) {
  if (parts.length === 1 && typeof parts[0] === "string") return { kind: "literal", value: parts[0] };
  return { kind: "template", parts };
}

// src/sources/hcl/functions.ts
import { createHash } from "node:crypto";

// src/sources/hcl/values.ts
var UNKNOWN2 = /* @__PURE__ */ Symbol("unknown");
var ERROR = /* @__PURE__ */ Symbol("error");
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function compareStrings(a, b) {
  if (a === b) return 0;
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function sortedKeys(object) {
  return Object.keys(object).sort(compareStrings);
}
function formatNumber(n) {
  if (!Number.isFinite(n)) return void 0;
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? String(n) : void 0;
  const text = String(n);
  return /e/i.test(text) ? void 0 : text;
}
function primitiveToString(value) {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return formatNumber(value) ?? UNKNOWN2;
  return ERROR;
}
function terraformEqual(a, b) {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => terraformEqual(item, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && terraformEqual(a[key], b[key]));
  }
  return a === b;
}
function typeSignature(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    const items = [...new Set(value.map(typeSignature))];
    return items.length <= 1 ? `list(${items[0] ?? "*"})` : `tuple(${value.map(typeSignature).join(",")})`;
  }
  if (isObject(value)) return `object(${sortedKeys(value).map((key) => `${key}:${typeSignature(value[key])}`).join(",")})`;
  return typeof value;
}
function goJsonString(text) {
  if (/[\b\f]/.test(text) || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return void 0;
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function terraformJsonEncode(value) {
  const out = goJson(value, { sortKeys: true });
  return out ?? UNKNOWN2;
}
function goJson(value, options, depth = 0) {
  const indent = options.indent;
  const newline = (level) => indent === void 0 ? "" : `
${indent.repeat(level)}`;
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return goJsonString(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = [];
    for (const item of value) {
      const text = goJson(item, options, depth + 1);
      if (text === void 0) return void 0;
      items.push(newline(depth + 1) + text);
    }
    return `[${items.join(",")}${newline(depth)}]`;
  }
  if (isObject(value)) {
    const keys = options.sortKeys ? sortedKeys(value) : Object.keys(value);
    if (keys.length === 0) return "{}";
    const members = [];
    for (const key of keys) {
      const name = goJsonString(key);
      const text = goJson(value[key], options, depth + 1);
      if (name === void 0 || text === void 0) return void 0;
      members.push(`${newline(depth + 1)}${name}:${indent === void 0 ? "" : " "}${text}`);
    }
    return `{${members.join(",")}${newline(depth)}}`;
  }
  return void 0;
}

// src/sources/hcl/functions.ts
var ASCII = /^[ -~\t\n\r]*$/;
var DECIMAL = /^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
function isPrimitive(value) {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
function sequence(value) {
  return Array.isArray(value) ? value : void 0;
}
function homogeneous(items) {
  return new Set(items.map(typeSignature)).size <= 1;
}
function arity(min, max, fn) {
  return (args) => args.length < min || args.length > max ? ERROR : fn(args);
}
function stringArgument(value) {
  return isPrimitive(value) ? primitiveToString(value) : ERROR;
}
function caseMap(map) {
  return arity(1, 1, ([value]) => {
    const text = stringArgument(value);
    if (typeof text !== "string") return text;
    return ASCII.test(text) ? map(text) : UNKNOWN2;
  });
}
function format(args) {
  const [spec, ...values] = args;
  if (typeof spec !== "string") return ERROR;
  let out = "";
  let next = 0;
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] !== "%") {
      out += spec[i];
      continue;
    }
    const verb = spec[++i];
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (verb !== "s" && verb !== "d") return UNKNOWN2;
    if (next >= values.length) return ERROR;
    const value = values[next++];
    if (verb === "s") {
      const text = stringArgument(value);
      if (typeof text !== "string") return text === ERROR ? UNKNOWN2 : text;
      out += text;
    } else {
      if (typeof value !== "number" || !Number.isSafeInteger(value)) return UNKNOWN2;
      out += String(value);
    }
  }
  return next === values.length ? out : ERROR;
}
function join3(args) {
  const [separator, ...lists] = args;
  if (typeof separator !== "string" || lists.length === 0) return ERROR;
  const parts = [];
  for (const list of lists) {
    const items = sequence(list);
    if (!items) return ERROR;
    for (const item of items) {
      const text = stringArgument(item);
      if (typeof text !== "string") return text;
      parts.push(text);
    }
  }
  return parts.join(separator);
}
function tostring([value]) {
  if (value === null) return null;
  return stringArgument(value);
}
function tonumber([value]) {
  if (value === null || typeof value === "number") return value;
  if (typeof value !== "string") return ERROR;
  if (!DECIMAL.test(value)) return ERROR;
  const n = Number(value);
  return Number.isInteger(n) && !Number.isSafeInteger(n) ? UNKNOWN2 : n;
}
function tobool([value]) {
  if (value === null || typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return ERROR;
}
function coalesce(args) {
  const present = args.filter((value) => value !== null);
  if (!present.every(isPrimitive)) return UNKNOWN2;
  if (new Set(present.map((value) => typeof value)).size > 1) return UNKNOWN2;
  const found = present.find((value) => value !== "");
  return found === void 0 ? ERROR : found;
}
function concat(args) {
  const out = [];
  for (const list of args) {
    const items = sequence(list);
    if (!items) return ERROR;
    out.push(...items);
  }
  return out;
}
function flattenInto(items, out) {
  for (const item of items) {
    if (Array.isArray(item)) flattenInto(item, out);
    else out.push(item);
  }
}
function flatten([list]) {
  const items = sequence(list);
  if (!items) return ERROR;
  const out = [];
  flattenInto(items, out);
  return out;
}
function distinct([list]) {
  const items = sequence(list);
  if (!items) return ERROR;
  if (!homogeneous(items)) return UNKNOWN2;
  const out = [];
  for (const item of items) if (!out.some((seen) => terraformEqual(seen, item))) out.push(item);
  return out;
}
function length([value]) {
  if (typeof value === "string") return ASCII.test(value) ? value.length : UNKNOWN2;
  if (Array.isArray(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  return ERROR;
}
function lookup(args) {
  const [map, key, fallback] = args;
  if (!isObject(map) || typeof key !== "string") return ERROR;
  if (Object.hasOwn(map, key)) return map[key];
  return args.length === 3 ? fallback : ERROR;
}
function contains([list, value]) {
  const items = sequence(list);
  if (!items) return ERROR;
  if (!homogeneous(items) || items.length > 0 && typeSignature(items[0]) !== typeSignature(value)) return UNKNOWN2;
  return items.some((item) => terraformEqual(item, value));
}
function merge(args) {
  const out = {};
  for (const arg of args) {
    if (arg === null) continue;
    if (!isObject(arg)) return ERROR;
    Object.assign(out, arg);
  }
  return out;
}
function jsondecode([text]) {
  if (typeof text !== "string") return ERROR;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return ERROR;
  }
  return hasUnsafeNumber(value) ? UNKNOWN2 : value;
}
function hasUnsafeNumber(value) {
  if (typeof value === "number") return Number.isInteger(value) && !Number.isSafeInteger(value);
  if (Array.isArray(value)) return value.some(hasUnsafeNumber);
  if (isObject(value)) return Object.values(value).some(hasUnsafeNumber);
  return false;
}
function tolist([value]) {
  if (value === null) return null;
  const items = sequence(value);
  if (!items) return ERROR;
  return homogeneous(items) ? items : UNKNOWN2;
}
function toset([value]) {
  if (value === null) return null;
  const items = sequence(value);
  if (!items) return ERROR;
  if (!items.every((item) => typeof item === "string")) return UNKNOWN2;
  return [...new Set(items)].sort(compareStrings);
}
function wholeNumber(value) {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : void 0;
}
function element([list, position]) {
  const items = sequence(list);
  const i = wholeNumber(position);
  if (!items || i === void 0 || i < 0 || items.length === 0) return typeof position === "number" && !Number.isInteger(position) ? UNKNOWN2 : ERROR;
  return items[i % items.length];
}
function coalescelist(args) {
  for (const list of args) {
    const items = sequence(list);
    if (!items) return list === null ? UNKNOWN2 : ERROR;
    if (items.length > 0) return items;
  }
  return ERROR;
}
function compact([list]) {
  const items = sequence(list);
  if (!items) return ERROR;
  if (!items.every((item) => item === null || typeof item === "string")) return UNKNOWN2;
  return items.filter((item) => item !== null && item !== "");
}
function one([list]) {
  if (list === null) return null;
  const items = sequence(list);
  if (!items) return ERROR;
  if (items.length > 1) return ERROR;
  return items.length === 0 ? null : items[0];
}
function tomap([value]) {
  if (value === null) return null;
  if (!isObject(value)) return ERROR;
  return homogeneous(Object.values(value).filter((item) => item !== null)) ? value : UNKNOWN2;
}
function strings(args) {
  const out = [];
  for (const arg of args) {
    const text = stringArgument(arg);
    if (typeof text !== "string") return text;
    out.push(text);
  }
  return out;
}
function stringFunction(count, fn) {
  return arity(count, count, (args) => {
    const texts = strings(args);
    return typeof texts === "string" || Array.isArray(texts) ? fn(texts) : texts;
  });
}
function split([separator, text]) {
  if (separator === "" && !ASCII.test(text)) return UNKNOWN2;
  return text.split(separator);
}
function replace([text, search, replacement]) {
  if (search === "" || search.length > 1 && search.startsWith("/") && search.endsWith("/")) return UNKNOWN2;
  return text.split(search).join(replacement);
}
function truth(all) {
  return arity(1, 1, ([list]) => {
    const items = sequence(list);
    if (!items) return ERROR;
    if (!items.every((item) => typeof item === "boolean")) return UNKNOWN2;
    return all ? items.every(Boolean) : items.some(Boolean);
  });
}
function range(args) {
  const numbers = args.map(wholeNumber);
  if (numbers.some((n) => n === void 0)) return args.every((arg) => typeof arg === "number") ? UNKNOWN2 : ERROR;
  const [start, limit2, step] = numbers.length === 1 ? [0, numbers[0], 1] : [numbers[0], numbers[1], numbers[2] ?? (numbers[0] <= numbers[1] ? 1 : -1)];
  if (step === 0 || step > 0 && start > limit2 || step < 0 && start < limit2) return step === 0 ? ERROR : [];
  const out = [];
  for (let i = start; step > 0 ? i < limit2 : i > limit2; i += step) {
    if (out.length >= 1024) return ERROR;
    out.push(i);
  }
  return out;
}
function slice([list, from, to]) {
  const items = sequence(list);
  const [start, end] = [wholeNumber(from), wholeNumber(to)];
  if (!items || start === void 0 || end === void 0 || start < 0 || end > items.length || start > end) return ERROR;
  return items.slice(start, end);
}
function extreme(pick) {
  return (args) => {
    if (args.length === 0 || !args.every((arg) => typeof arg === "number")) return args.length === 0 ? ERROR : UNKNOWN2;
    return args.reduce((a, b) => pick(a, b));
  };
}
function sum([list]) {
  const items = sequence(list);
  if (!items || items.length === 0) return ERROR;
  if (!items.every((item) => wholeNumber(item) !== void 0)) return UNKNOWN2;
  const total = items.reduce((a, b) => a + b, 0);
  return Number.isSafeInteger(total) ? total : UNKNOWN2;
}
function numeric(fn) {
  return arity(1, 1, ([value]) => typeof value === "number" ? fn(value) : ERROR);
}
function zipmap([keyList, valueList]) {
  const keys = sequence(keyList);
  const values = sequence(valueList);
  if (!keys || !values || keys.length !== values.length) return ERROR;
  if (!keys.every((key) => typeof key === "string")) return UNKNOWN2;
  const out = {};
  keys.forEach((key, i) => out[key] = values[i]);
  return out;
}
function utf8(text) {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text) ? void 0 : Buffer.from(text, "utf8");
}
function digest(algorithm) {
  return stringFunction(1, ([text]) => {
    const bytes = utf8(text);
    return bytes ? createHash(algorithm).update(bytes).digest("hex") : UNKNOWN2;
  });
}
function base64decode([text]) {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return ERROR;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(text, "base64"));
  } catch {
    return ERROR;
  }
}
var FUNCTIONS = {
  jsonencode: arity(1, 1, ([value]) => terraformJsonEncode(value)),
  jsondecode: arity(1, 1, jsondecode),
  merge,
  concat,
  lower: caseMap((text) => text.toLowerCase()),
  upper: caseMap((text) => text.toUpperCase()),
  format: (args) => args.length === 0 ? ERROR : format(args),
  join: join3,
  tostring: arity(1, 1, tostring),
  tonumber: arity(1, 1, tonumber),
  tobool: arity(1, 1, tobool),
  coalesce: (args) => args.length === 0 ? ERROR : coalesce(args),
  flatten: arity(1, 1, flatten),
  distinct: arity(1, 1, distinct),
  length: arity(1, 1, length),
  lookup: arity(2, 3, lookup),
  contains: arity(2, 2, contains),
  keys: arity(1, 1, ([map]) => isObject(map) ? sortedKeys(map) : ERROR),
  values: arity(1, 1, ([map]) => isObject(map) ? sortedKeys(map).map((key) => map[key]) : ERROR),
  tolist: arity(1, 1, tolist),
  toset: arity(1, 1, toset),
  tomap: arity(1, 1, tomap),
  element: arity(2, 2, element),
  coalescelist: (args) => args.length === 0 ? ERROR : coalescelist(args),
  compact: arity(1, 1, compact),
  one: arity(1, 1, one),
  split: stringFunction(2, split),
  replace: stringFunction(3, replace),
  trimspace: stringFunction(1, ([text]) => ASCII.test(text) ? text.trim() : UNKNOWN2),
  // Go's and JS's Unicode spaces differ
  trimprefix: stringFunction(2, ([text, prefix]) => text.startsWith(prefix) ? text.slice(prefix.length) : text),
  trimsuffix: stringFunction(2, ([text, suffix]) => suffix !== "" && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text),
  startswith: stringFunction(2, ([text, prefix]) => text.startsWith(prefix)),
  endswith: stringFunction(2, ([text, suffix]) => text.endsWith(suffix)),
  chomp: stringFunction(1, ([text]) => text.replace(/[\r\n]+$/, "")),
  anytrue: truth(false),
  alltrue: truth(true),
  range: arity(1, 3, range),
  slice: arity(3, 3, slice),
  reverse: arity(1, 1, ([list]) => Array.isArray(list) ? [...list].reverse() : ERROR),
  max: extreme(Math.max),
  min: extreme(Math.min),
  sum: arity(1, 1, sum),
  abs: numeric(Math.abs),
  ceil: numeric(Math.ceil),
  floor: numeric(Math.floor),
  zipmap: arity(2, 2, zipmap),
  base64encode: stringFunction(1, ([text]) => utf8(text)?.toString("base64") ?? UNKNOWN2),
  base64decode: stringFunction(1, base64decode),
  md5: digest("md5"),
  sha1: digest("sha1"),
  sha256: digest("sha256")
};

// src/sources/hcl/expressions.ts
var RESOURCE_REFERENCE = /(?<![\w.-])(?:(data)\.)?([a-z][a-z0-9]*_[a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g;
function parseTemplate(text) {
  const parts = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if ((ch === "$" || ch === "%") && text[i + 1] === ch && text[i + 2] === "{") {
      literal += `${ch}{`;
      i += 3;
    } else if ((ch === "$" || ch === "%") && text[i + 1] === "{") {
      const end = closingBrace(text, i + 2);
      if (literal) parts.push({ literal });
      literal = "";
      const inner = text.slice(i + 2, end).replace(/^~/, "").replace(/~$/, "").trim();
      parts.push(ch === "$" ? { expression: inner } : { directive: inner });
      i = end + 1;
    } else {
      literal += ch;
      i++;
    }
  }
  if (literal || parts.length === 0) parts.push({ literal });
  return parts;
}
function closingBrace(text, from) {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (ch === "{") depth++;
    else if (ch === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}
function blankQuotedStrings(code) {
  let out = "";
  let from = 0;
  for (; ; ) {
    const open = code.indexOf('"', from);
    if (open < 0) break;
    let i = open + 1;
    while (i < code.length && code[i] !== '"') i += code[i] === "\\" ? 2 : 1;
    if (i >= code.length) break;
    out += `${code.slice(from, open)}""`;
    from = i + 1;
  }
  return out + code.slice(from);
}
function forEachExpressionSource(value, visit) {
  if (typeof value === "string") {
    if (!value.includes("{")) return;
    for (const part of parseTemplate(value)) {
      const source = "expression" in part ? part.expression : "directive" in part ? part.directive : "";
      visit(blankQuotedStrings(source));
    }
  } else if (Array.isArray(value)) {
    for (const item of value) forEachExpressionSource(item, visit);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      forEachExpressionSource(key, visit);
      forEachExpressionSource(item, visit);
    }
  }
}
var VALUE_REFERENCE = /(?<![\w.-])(local\.[A-Za-z_][A-Za-z0-9_-]*|module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[[^\]]*\])?\.[A-Za-z_][A-Za-z0-9_-]*)/g;
function collectReferences(value, into, values) {
  forEachExpressionSource(value, (code) => {
    for (const m of code.matchAll(RESOURCE_REFERENCE)) into.add(m[1] ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`);
    if (values) for (const m of code.matchAll(VALUE_REFERENCE)) values.add(m[1].replace(/\[[^\]]*\]/, ""));
  });
}
function evaluateString(text, scope) {
  const parts = parseTemplate(text);
  if (parts.length === 1 && "expression" in parts[0]) return evaluateExpression(parts[0].expression, scope);
  let out = "";
  let sensitive = false;
  let unknown = false;
  for (const part of parts) {
    if ("literal" in part) {
      out += part.literal;
      continue;
    }
    if ("directive" in part) {
      unknown = true;
      continue;
    }
    const result = evaluateExpression(part.expression, scope);
    sensitive ||= result.sensitive;
    const text2 = result.value === UNKNOWN2 ? UNKNOWN2 : primitiveToString(result.value);
    if (typeof text2 === "string") out += text2;
    else unknown = true;
  }
  return { value: unknown ? UNKNOWN2 : out, sensitive };
}
var parsedExpressions = /* @__PURE__ */ new Map();
var PARSE_CACHE_LIMIT = 5e4;
function parsed(source) {
  let expr = parsedExpressions.get(source);
  if (expr === void 0) {
    try {
      expr = parseExpression(source);
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      expr = null;
    }
    if (parsedExpressions.size >= PARSE_CACHE_LIMIT) parsedExpressions.clear();
    parsedExpressions.set(source, expr);
  }
  return expr;
}
function evaluateExpression(source, scope, partial = false) {
  const expr = parsed(source);
  if (!expr) return { value: UNKNOWN2, sensitive: false };
  const context = { scope, symbols: new Map(scope.symbols), sensitive: false };
  const value = evaluate(expr, context);
  return { value: value === ERROR || !partial && holdsUnknown(value) ? UNKNOWN2 : value, sensitive: context.sensitive };
}
function evaluatePartial(raw, scope) {
  let sensitive = false;
  const walk = (item) => {
    if (item instanceof Resolved) {
      sensitive ||= item.result.sensitive;
      return item.result.value;
    }
    if (typeof item === "string") {
      if (!item.includes("{")) return item;
      const parts = parseTemplate(item);
      const result = parts.length === 1 && "expression" in parts[0] ? evaluateExpression(parts[0].expression, scope, true) : evaluateString(item, scope);
      sensitive ||= result.sensitive;
      return result.value;
    }
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === "object") {
      if (Object.keys(item).some((key) => key.includes("${"))) return UNKNOWN2;
      return Object.fromEntries(Object.entries(item).map(([key, value2]) => [key, walk(value2)]));
    }
    return item;
  };
  const value = walk(raw);
  return { value, sensitive };
}
function holdsUnknown(value) {
  if (value === UNKNOWN2) return true;
  if (Array.isArray(value)) return value.some(holdsUnknown);
  if (isObject(value)) return Object.values(value).some(holdsUnknown);
  return false;
}
function evaluateSyntax(expr, scope) {
  const context = { scope, symbols: new Map(scope.symbols), sensitive: false };
  const value = evaluate(expr, context);
  return { value: value === ERROR || holdsUnknown(value) ? UNKNOWN2 : value, sensitive: context.sensitive };
}
function read2(context, evaluated) {
  context.sensitive ||= evaluated.sensitive;
  return evaluated.value;
}
function firstFailure(values) {
  if (values.includes(ERROR)) return ERROR;
  if (values.includes(UNKNOWN2)) return UNKNOWN2;
  return void 0;
}
function evaluate(expr, context) {
  switch (expr.kind) {
    case "literal":
      return expr.value;
    case "unsupported":
      return UNKNOWN2;
    case "template": {
      let out = "";
      let failure;
      for (const part of expr.parts) {
        if (typeof part === "string") {
          out += part;
          continue;
        }
        const value = evaluate(part, context);
        const text = value === UNKNOWN2 || value === ERROR ? value : primitiveToString(value);
        if (typeof text === "string") out += text;
        else failure = failure === ERROR ? ERROR : text;
      }
      return failure ?? out;
    }
    case "tuple": {
      const items = expr.items.map((item) => evaluate(item, context));
      return items.includes(ERROR) ? ERROR : items;
    }
    case "object": {
      const out = {};
      for (const entry2 of expr.entries) {
        const key = evaluate(entry2.key, context);
        const value = evaluate(entry2.value, context);
        const failure = firstFailure([key, value === UNKNOWN2 ? null : value]);
        if (failure) return failure;
        const name = primitiveToString(key);
        if (typeof name !== "string") return name;
        out[name] = value;
      }
      return out;
    }
    case "root":
      return resolveRoot(expr.name, [], context);
    case "traversal":
      if (expr.source.kind === "root") return resolveRoot(expr.source.name, expr.steps, context);
      return applySteps(evaluate(expr.source, context), expr.steps, context);
    case "call":
      return call(expr, context);
    case "unary": {
      const operand = evaluate(expr.operand, context);
      if (operand === UNKNOWN2 || operand === ERROR) return operand;
      if (expr.op === "!") return typeof operand === "boolean" ? !operand : UNKNOWN2;
      return typeof operand === "number" ? -operand : UNKNOWN2;
    }
    case "binary": {
      const left = evaluate(expr.left, context);
      if (expr.op === "&&" && left === false || expr.op === "||" && left === true) return left;
      const right = evaluate(expr.right, context);
      if (left === UNKNOWN2 && (expr.op === "&&" && right === false || expr.op === "||" && right === true)) return right;
      return binary(expr.op, left, right);
    }
    case "conditional":
      return conditional(expr, context);
    case "for":
      return forExpression(expr, context);
  }
}
function resolveRoot(name, steps, context) {
  if (context.symbols.has(name)) return applySteps(context.symbols.get(name), steps, context);
  const attr2 = (i) => {
    const step = steps[i];
    return step && "attr" in step ? step.attr : void 0;
  };
  const { scope } = context;
  if (name === "var" || name === "local") {
    const which = attr2(0);
    if (which === void 0) return UNKNOWN2;
    return applySteps(read2(context, name === "var" ? scope.variable(which) : scope.local(which)), steps.slice(1), context);
  }
  if (name === "each") {
    const which = attr2(0);
    if (!scope.each || which !== "key" && which !== "value") return UNKNOWN2;
    return applySteps(which === "key" ? scope.each.key : scope.each.value, steps.slice(1), context);
  }
  if (name === "count") {
    if (attr2(0) !== "index" || scope.countIndex === void 0) return UNKNOWN2;
    return applySteps(scope.countIndex, steps.slice(1), context);
  }
  if (name === "data") {
    const [type, label] = [attr2(0), attr2(1)];
    if (type === void 0 || label === void 0 || !scope.data) return UNKNOWN2;
    return applySteps(read2(context, scope.data(type, label)), steps.slice(2), context);
  }
  return UNKNOWN2;
}
function applySteps(value, steps, context) {
  let current = value;
  for (let i = 0; i < steps.length; i++) {
    if (current === UNKNOWN2 || current === ERROR) return current;
    const step = steps[i];
    if ("splat" in step) {
      const items = current === null ? [] : Array.isArray(current) ? current : [current];
      const mapped = items.map((item) => applySteps(item, step.splat, context));
      const failure = firstFailure(mapped);
      if (failure) return failure;
      current = mapped;
      continue;
    }
    const key = "attr" in step ? step.attr : evaluate(step.index, context);
    current = index(current, key);
  }
  return current;
}
function index(collection, key) {
  if (key === UNKNOWN2 || key === ERROR) return key;
  if (Array.isArray(collection)) {
    const position = typeof key === "number" ? key : typeof key === "string" && /^\d+$/.test(key) ? Number(key) : NaN;
    if (!Number.isInteger(position)) return ERROR;
    return position >= 0 && position < collection.length ? collection[position] : ERROR;
  }
  if (isObject(collection)) {
    const name = typeof key === "string" ? key : typeof key === "number" ? primitiveToString(key) : ERROR;
    if (typeof name !== "string") return name;
    return Object.hasOwn(collection, name) ? collection[name] : ERROR;
  }
  return ERROR;
}
function call(expr, context) {
  if (expr.name === "try" || expr.name === "can") return tryOrCan(expr, context);
  const fn = FUNCTIONS[expr.name];
  if (!fn) return UNKNOWN2;
  let args = expr.args.map((arg) => evaluate(arg, context));
  const failure = firstFailure(args);
  if (failure) return failure;
  if (!STRUCTURAL_FUNCTIONS.has(expr.name) && args.some(holdsUnknown)) return UNKNOWN2;
  if (expr.expandLast) {
    const last2 = args[args.length - 1];
    if (!Array.isArray(last2)) return ERROR;
    args = [...args.slice(0, -1), ...last2];
  }
  return fn(args);
}
var STRUCTURAL_FUNCTIONS = /* @__PURE__ */ new Set(["length", "keys", "values", "lookup", "merge", "concat", "element", "slice", "coalescelist", "one", "reverse", "zipmap"]);
function tryOrCan(expr, context) {
  if (expr.expandLast) return UNKNOWN2;
  if (expr.name === "can") {
    if (expr.args.length !== 1) return ERROR;
    const value = evaluate(expr.args[0], context);
    return value === UNKNOWN2 || holdsUnknown(value) ? UNKNOWN2 : value !== ERROR;
  }
  for (const arg of expr.args) {
    const value = evaluate(arg, context);
    if (value !== ERROR) return holdsUnknown(value) ? UNKNOWN2 : value;
  }
  return ERROR;
}
function binary(op, left, right) {
  const failure = firstFailure([left, right]);
  if (failure) return failure;
  if (op === "==" || op === "!=") {
    if (left !== null && right !== null && (holdsUnknown(left) || holdsUnknown(right))) return UNKNOWN2;
    return terraformEqual(left, right) === (op === "==");
  }
  if (op === "&&" || op === "||") {
    if (typeof left !== "boolean" || typeof right !== "boolean") return UNKNOWN2;
    return op === "&&" ? left && right : left || right;
  }
  if (typeof left !== "number" || typeof right !== "number") return UNKNOWN2;
  switch (op) {
    case "<":
      return left < right;
    case ">":
      return left > right;
    case "<=":
      return left <= right;
    case ">=":
      return left >= right;
  }
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) return UNKNOWN2;
  if ((op === "/" || op === "%") && right === 0) return ERROR;
  if (op === "%" && (left < 0 || right < 0)) return UNKNOWN2;
  const result = op === "+" ? left + right : op === "-" ? left - right : op === "*" ? left * right : op === "/" ? left / right : left % right;
  return Number.isSafeInteger(result) ? result : UNKNOWN2;
}
function conditional(expr, context) {
  const condition = evaluate(expr.condition, context);
  if (condition === UNKNOWN2 || condition === ERROR) return condition;
  if (typeof condition !== "boolean") return UNKNOWN2;
  const chosen = evaluate(condition ? expr.then : expr.otherwise, context);
  if (chosen === UNKNOWN2 || chosen === ERROR || chosen === null || typeof chosen === "string") return chosen;
  const other = evaluate(condition ? expr.otherwise : expr.then, context);
  if (other === ERROR) return chosen;
  if (other === UNKNOWN2) return UNKNOWN2;
  return other === null || typeSignature(other) === typeSignature(chosen) || unifiesWithEmpty(chosen, other) ? chosen : UNKNOWN2;
}
function unifiesWithEmpty(chosen, other) {
  if (Array.isArray(chosen) && chosen.length === 0) return Array.isArray(other);
  if (isObject(chosen) && Object.keys(chosen).length === 0) return isObject(other);
  if (Array.isArray(other) && other.length === 0) return Array.isArray(chosen) && typeSignature(chosen).startsWith("list(");
  if (isObject(other) && Object.keys(other).length === 0 && isObject(chosen)) return new Set(Object.values(chosen).map(typeSignature)).size <= 1;
  return false;
}
function forExpression(expr, context) {
  const collection = evaluate(expr.collection, context);
  if (collection === UNKNOWN2 || collection === ERROR) return collection;
  let pairs;
  if (Array.isArray(collection)) pairs = collection.map((item, i) => [i, item]);
  else if (isObject(collection)) pairs = sortedKeys(collection).map((key) => [key, collection[key]]);
  else return ERROR;
  const symbols = new Map(context.symbols);
  const inner = { scope: context.scope, symbols, sensitive: false };
  try {
    return forPairs(expr, pairs, inner, symbols);
  } finally {
    context.sensitive ||= inner.sensitive;
  }
}
function forPairs(expr, pairs, inner, symbols) {
  const items = [];
  const object = {};
  for (const [key, value] of pairs) {
    if (expr.keyName !== void 0) symbols.set(expr.keyName, key);
    symbols.set(expr.valueName, value);
    if (expr.condition) {
      const keep = evaluate(expr.condition, inner);
      if (keep === UNKNOWN2 || keep === ERROR) return keep;
      if (typeof keep !== "boolean") return ERROR;
      if (!keep) continue;
    }
    const result = evaluate(expr.valueExpr, inner);
    if (!expr.keyExpr) {
      if (result === ERROR) return result;
      items.push(result);
      continue;
    }
    const keyValue = evaluate(expr.keyExpr, inner);
    const failure = firstFailure([keyValue, result === UNKNOWN2 ? null : result]);
    if (failure) return failure;
    const name = primitiveToString(keyValue);
    if (typeof name !== "string") return name;
    if (expr.group) (object[name] ??= []).push(result);
    else if (Object.hasOwn(object, name)) return ERROR;
    else object[name] = result;
  }
  return expr.keyExpr ? object : items;
}
function evaluateTree(raw, scope, path, collected2) {
  if (raw instanceof Resolved) return settle(raw.result, path, collected2);
  if (typeof raw === "string") {
    if (!raw.includes("{")) return raw;
    return settle(evaluateString(raw, scope), path, collected2);
  }
  if (Array.isArray(raw)) {
    return raw.map((item, i) => {
      const value = evaluateTree(item, scope, [...path, i], collected2);
      return value === UNKNOWN2 ? null : value;
    });
  }
  if (raw && typeof raw === "object") {
    const out = {};
    for (const [key, item] of Object.entries(raw)) {
      if (key.includes("${")) {
        collected2.unknown.push(formatPath(path));
        return UNKNOWN2;
      }
      const value = evaluateTree(item, scope, [...path, key], collected2);
      if (value !== UNKNOWN2) out[key] = value;
    }
    return out;
  }
  return raw;
}
var Resolved = class {
  constructor(result) {
    this.result = result;
  }
  result;
};
function settle(result, path, collected2) {
  if (result.sensitive) collected2.sensitive.push(formatPath(path));
  if (result.value === UNKNOWN2) collected2.unknown.push(formatPath(path));
  return result.value;
}

// src/sources/hcl/policy-document.ts
var SUPPORTED_ATTRIBUTES = /* @__PURE__ */ new Set(["statement", "version", "policy_id", "depends_on", "provider"]);
var STATEMENT_ATTRIBUTES = /* @__PURE__ */ new Set(["sid", "effect", "actions", "not_actions", "resources", "not_resources", "principals", "not_principals", "condition"]);
var VERSIONS = /* @__PURE__ */ new Set(["2008-10-17", "2012-10-17"]);
var Unknowable = class extends Error {
};
function evaluatePolicyDocument(body, evaluateAttribute) {
  let sensitive = false;
  const value = (raw) => {
    const result = evaluateAttribute(raw);
    sensitive ||= result.sensitive;
    if (result.value === UNKNOWN2) throw new Unknowable();
    return result.value;
  };
  try {
    for (const key of Object.keys(body)) {
      if (SUPPORTED_ATTRIBUTES.has(key)) continue;
      if ((key === "source_json" || key === "override_json") && value(body[key]) === "") continue;
      if ((key === "source_policy_documents" || key === "override_policy_documents") && isEmptyList(value(body[key]))) continue;
      throw new Unknowable();
    }
    const version = "version" in body ? value(body.version) ?? "2012-10-17" : "2012-10-17";
    if (typeof version !== "string" || !VERSIONS.has(version)) throw new Unknowable();
    const document = { Version: version };
    if ("policy_id" in body) {
      const id = value(body.policy_id);
      if (id !== null && typeof id !== "string") throw new Unknowable();
      if (id) document.Id = id;
    }
    const statements = blocks(body.statement).map((block2) => statement(block2, version, value));
    const sids = statements.map((s) => s.Sid).filter((sid) => typeof sid === "string");
    if (new Set(sids).size !== sids.length) throw new Unknowable();
    if (statements.length > 0) document.Statement = statements;
    const json = goJson(document, { sortKeys: false, indent: "  " });
    const minified = goJson(document, { sortKeys: false });
    if (json === void 0 || minified === void 0) throw new Unknowable();
    return { value: { json, minified_json: minified }, sensitive };
  } catch (error) {
    if (error instanceof Unknowable) return { value: UNKNOWN2, sensitive };
    throw error;
  }
}
function isEmptyList(value) {
  return value === null || Array.isArray(value) && value.length === 0;
}
function blocks(raw) {
  if (raw === void 0) return [];
  if (!Array.isArray(raw) || !raw.every(isObject)) throw new Unknowable();
  return raw;
}
function statement(block2, version, value) {
  for (const key of Object.keys(block2)) if (!STATEMENT_ATTRIBUTES.has(key)) throw new Unknowable();
  const out = {};
  const sid = "sid" in block2 ? value(block2.sid) ?? "" : "";
  if (sid !== null && typeof sid !== "string") throw new Unknowable();
  if (sid) out.Sid = sid;
  const effect = "effect" in block2 ? value(block2.effect) ?? "Allow" : "Allow";
  if (effect !== "Allow" && effect !== "Deny") throw new Unknowable();
  out.Effect = effect;
  const stringSet2 = (key, replaceVariables) => {
    if (!(key in block2)) return void 0;
    const items = stringList(value(block2[key]));
    if (items.length === 0) return void 0;
    const collapsed = collapse2([...new Set(items)]);
    return replaceVariables ? replaceVars(collapsed, version) : collapsed;
  };
  const action = stringSet2("actions", false);
  const notAction = stringSet2("not_actions", false);
  const resource = stringSet2("resources", true);
  const notResource = stringSet2("not_resources", true);
  if (action !== void 0) out.Action = action;
  if (notAction !== void 0) out.NotAction = notAction;
  if (resource !== void 0) out.Resource = resource;
  if (notResource !== void 0) out.NotResource = notResource;
  const principal = principals(block2.principals, version, value);
  const notPrincipal = principals(block2.not_principals, version, value);
  if (principal !== void 0) out.Principal = principal;
  if (notPrincipal !== void 0) out.NotPrincipal = notPrincipal;
  const condition = conditions(block2.condition, version, value);
  if (condition !== void 0) out.Condition = condition;
  return out;
}
function stringList(raw) {
  if (raw === null) return [];
  if (!Array.isArray(raw)) throw new Unknowable();
  return raw.map((item) => {
    if (typeof item === "string") return item;
    if (typeof item === "boolean" || typeof item === "number" && Number.isSafeInteger(item)) return String(item);
    throw new Unknowable();
  });
}
function collapse2(items) {
  return items.length === 1 ? items[0] : [...items].sort(compareStrings).reverse();
}
function replaceVars(value, version) {
  const replace2 = (text) => {
    if (version === "2008-10-17" && text.includes("&{")) throw new Unknowable();
    return text.replaceAll("&{", "${");
  };
  return typeof value === "string" ? replace2(value) : value.map(replace2);
}
function principals(raw, version, value) {
  const entries = uniqueBlocks(
    blocks(raw).map((block2) => {
      const type = value(block2.type);
      if (typeof type !== "string") throw new Unknowable();
      const identifiers = replaceVars([...new Set(stringList(value(block2.identifiers)))], version);
      return { type, identifiers: collapse2(identifiers) };
    })
  );
  if (entries.length === 0) return void 0;
  if (entries.length === 1 && entries[0].type === "*" && entries[0].identifiers === "*") return "*";
  const types = entries.map((entry2) => entry2.type);
  if (new Set(types).size !== types.length) throw new Unknowable();
  const out = {};
  for (const type of [...types].sort(compareStrings)) out[type] = entries.find((entry2) => entry2.type === type).identifiers;
  return out;
}
function conditions(raw, version, value) {
  const entries = uniqueBlocks(
    blocks(raw).map((block2) => {
      const test = value(block2.test);
      const variable = value(block2.variable);
      if (typeof test !== "string" || typeof variable !== "string") throw new Unknowable();
      const values = replaceVars(stringList(value(block2.values)), version);
      return { test, variable, values: values.length === 1 ? values[0] : values };
    })
  );
  if (entries.length === 0) return void 0;
  const pairs = entries.map((entry2) => `${entry2.test}\0${entry2.variable}`);
  if (new Set(pairs).size !== pairs.length) throw new Unknowable();
  const out = {};
  for (const entry2 of entries) (out[entry2.test] ??= {})[entry2.variable] = entry2.values;
  const sorted = {};
  for (const test of sortedKeys(out)) {
    const byVariable = {};
    for (const variable of sortedKeys(out[test])) byVariable[variable] = out[test][variable];
    sorted[test] = byVariable;
  }
  return sorted;
}
function uniqueBlocks(entries) {
  const seen = /* @__PURE__ */ new Set();
  return entries.filter((entry2) => {
    const key = JSON.stringify(entry2);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/sources/hcl/variable-types.ts
var DECIMAL2 = /^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
function convertToDeclaredType(value, typeSource) {
  if (typeof typeSource !== "string") return UNKNOWN2;
  const inner = /^\$\{([\s\S]*)\}$/.exec(typeSource.trim());
  let type;
  try {
    type = parseExpression(inner ? inner[1] : typeSource);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return UNKNOWN2;
    throw error;
  }
  return convert2(value, type);
}
var noScope = { variable: () => ({ value: UNKNOWN2, sensitive: false }), local: () => ({ value: UNKNOWN2, sensitive: false }) };
function isFailure(value) {
  return value === UNKNOWN2 || value === ERROR;
}
function convert2(value, type) {
  if (value === UNKNOWN2) return UNKNOWN2;
  if (value === null) return null;
  if (type.kind === "root") return convertPrimitive(value, type.name);
  if (type.kind !== "call" || type.expandLast) return UNKNOWN2;
  const [argument] = type.args;
  if (type.name === "object") return type.args.length === 1 && argument.kind === "object" ? convertObject(value, argument) : UNKNOWN2;
  if (type.args.length !== 1) return UNKNOWN2;
  switch (type.name) {
    case "list":
    case "set": {
      if (!Array.isArray(value)) return ERROR;
      const items = convertAll(value, argument);
      if (isFailure(items)) return items;
      if (type.name === "list") return items;
      if (holdsUnknown(items)) return UNKNOWN2;
      if (!items.every((item) => typeof item === "string")) return items.length === 0 ? [] : UNKNOWN2;
      return [...new Set(items)].sort(compareStrings);
    }
    case "map": {
      if (!isObject(value)) return ERROR;
      const converted = convertAll(Object.values(value), argument);
      if (isFailure(converted)) return converted;
      const keys = Object.keys(value);
      return Object.fromEntries(keys.map((key, i) => [key, converted[i]]));
    }
    case "tuple": {
      if (argument.kind !== "tuple" || !Array.isArray(value)) return UNKNOWN2;
      if (value.length !== argument.items.length) return ERROR;
      const items = value.map((item, i) => convert2(item, argument.items[i]));
      return items.includes(ERROR) ? ERROR : items;
    }
    default:
      return UNKNOWN2;
  }
}
function convertAll(items, elementType) {
  const converted = items.map((item) => convert2(item, elementType));
  if (converted.includes(ERROR)) return ERROR;
  if (mentionsAny(elementType) && holdsUnknown(converted)) return UNKNOWN2;
  const present = converted.filter((item) => item !== null);
  if (!mentionsAny(elementType) || new Set(present.map(typeSignature)).size <= 1) return converted;
  if (present.every((item) => typeof item === "string" || typeof item === "number" || typeof item === "boolean") && present.some((item) => typeof item === "string")) {
    const texts = converted.map((item) => item === null ? null : convertPrimitive(item, "string"));
    return texts.some(isFailure) ? UNKNOWN2 : texts;
  }
  return UNKNOWN2;
}
function mentionsAny(type) {
  if (type.kind === "root") return type.name === "any";
  if (type.kind === "call") return type.args.some(mentionsAny);
  if (type.kind === "object") return type.entries.some((entry2) => mentionsAny(entry2.value));
  if (type.kind === "tuple") return type.items.some(mentionsAny);
  return false;
}
function convertPrimitive(value, name) {
  switch (name) {
    case "any":
      return value;
    case "string":
      if (typeof value === "string") return value;
      if (typeof value === "boolean") return value ? "true" : "false";
      if (typeof value === "number") return formatNumber(value) ?? UNKNOWN2;
      return ERROR;
    case "number":
      if (typeof value === "number") return value;
      if (typeof value !== "string" || !DECIMAL2.test(value)) return ERROR;
      return Number.isSafeInteger(Number(value)) || !Number.isInteger(Number(value)) ? Number(value) : UNKNOWN2;
    case "bool":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      return typeof value === "string" ? UNKNOWN2 : ERROR;
    // cty also reads "1" and "0" in some versions
    default:
      return UNKNOWN2;
  }
}
function convertObject(value, type) {
  if (!isObject(value)) return ERROR;
  const out = {};
  for (const entry2 of type.entries) {
    const name = entry2.key.kind === "literal" && typeof entry2.key.value === "string" ? entry2.key.value : entry2.key.kind === "root" ? entry2.key.name : void 0;
    if (name === void 0) return UNKNOWN2;
    const optional = entry2.value.kind === "call" && entry2.value.name === "optional" ? entry2.value : void 0;
    const attributeType = optional ? optional.args[0] : entry2.value;
    if (!attributeType || optional && (optional.args.length > 2 || optional.expandLast)) return UNKNOWN2;
    let attribute = Object.hasOwn(value, name) ? value[name] : void 0;
    if (attribute === void 0 && !optional) return ERROR;
    if ((attribute === void 0 || attribute === null) && optional) {
      if (optional.args.length < 2) {
        out[name] = null;
        continue;
      }
      const fallback = evaluateSyntax(optional.args[1], noScope).value;
      if (fallback === UNKNOWN2) return UNKNOWN2;
      attribute = fallback;
    }
    const converted = convert2(attribute, attributeType);
    if (converted === ERROR) return converted;
    out[name] = converted;
  }
  return out;
}

// src/sources/hcl/evaluate.ts
var RESOURCE_META = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection", "dynamic"]);
var MODULE_META = /* @__PURE__ */ new Set(["source", "version", "providers", "count", "for_each", "depends_on"]);
function evaluateModules(root, parsed2, rootInputs, warnings) {
  const resources = [];
  const budget = { made: /* @__PURE__ */ new Map(), warned: /* @__PURE__ */ new Set() };
  const rootRegions = evaluateModule(root, "", rootInputs, /* @__PURE__ */ new Map(), resources, parsed2, warnings, new ReferenceFollower(parsed2), budget);
  return { resources, providerRegion: rootRegions.get("aws") };
}
var ReferenceFollower = class {
  constructor(parsed2) {
    this.parsed = parsed2;
  }
  parsed;
  followed = /* @__PURE__ */ new Map();
  of(node, raw) {
    const found = /* @__PURE__ */ new Set();
    const values = /* @__PURE__ */ new Set();
    collectReferences(raw, found, values);
    for (const value of values) for (const address of this.follow(node, value)) found.add(address);
    return [...found];
  }
  /** 'local.NAME' or 'module.CALL.OUTPUT' → the resources behind it. */
  follow(node, value) {
    let cache = this.followed.get(node);
    if (cache === void 0) this.followed.set(node, cache = /* @__PURE__ */ new Map());
    const known = cache.get(value);
    if (known !== void 0) return known;
    cache.set(value, []);
    const [kind, name, output] = value.split(".");
    let addresses = [];
    if (kind === "local") {
      const raw = localsOf(node, this.parsed)[name];
      if (raw !== void 0) addresses = this.of(node, raw);
    } else {
      const child = node.calls.find((c) => c.name === name)?.child;
      const block2 = child ? sectionOf(child, this.parsed, "output")[output] : void 0;
      if (child && block2 !== void 0) addresses = this.of(child, firstBody(block2)?.value).map((a) => `module.${name}.${a}`);
    }
    cache.set(value, addresses);
    return addresses;
  }
};
function sectionOf(node, parsed2, kind) {
  const merged = {};
  for (const file of node.files) {
    const section = parsed2.get(file.absolute)?.[kind];
    if (section && typeof section === "object" && !Array.isArray(section)) Object.assign(merged, section);
  }
  return merged;
}
function firstBody(value) {
  return Array.isArray(value) ? value[0] : value;
}
function evaluateModule(node, moduleAddress, inputs, inheritedRegions, out, parsed2, warnings, references, budget) {
  const scope = moduleScope(node, parsed2, inputs);
  const regions = providerRegions(node, parsed2, scope, inheritedRegions);
  const at = (local) => moduleAddress ? `${moduleAddress}.${local}` : local;
  const resourceSection = sectionOf(node, parsed2, "resource");
  for (const block2 of node.blocks) {
    const raw = resourceSection[block2.type]?.[block2.name];
    if (raw === void 0) continue;
    const body = firstBody(raw);
    const blockAddress = at(`${block2.type}.${block2.name}`);
    for (const instance2 of expand(body, scope, { address: blockAddress, file: block2.file, line: block2.line }, budget, warnings)) {
      out.push(
        buildResource(block2.type, block2.name, body, { ...scope, each: instance2.each, countIndex: instance2.countIndex }, (raw2) => references.of(node, raw2), {
          address: `${blockAddress}${instance2.suffix}`,
          index: instance2.index,
          module: moduleAddress,
          region: regions.get(providerKey(body, block2.type)),
          location: { file: block2.file, line: block2.line }
        })
      );
    }
  }
  const calls = sectionOf(node, parsed2, "module");
  for (const call2 of node.calls) {
    if (!call2.child) continue;
    const body = firstBody(calls[call2.name]);
    if (!body) continue;
    const callAddress = at(`module.${call2.name}`);
    for (const instance2 of expand(body, scope, { address: callAddress, file: call2.file, line: call2.line }, budget, warnings)) {
      const instanceScope = { ...scope, each: instance2.each, countIndex: instance2.countIndex };
      const childInputs = /* @__PURE__ */ new Map();
      for (const [key, value] of Object.entries(body)) {
        if (!MODULE_META.has(key)) childInputs.set(key, evaluatePartial(value, instanceScope));
      }
      evaluateModule(call2.child, `${callAddress}${instance2.suffix}`, childInputs, passedProviders(body, regions), out, parsed2, warnings, references, budget);
    }
  }
  return regions;
}
function localsOf(node, parsed2) {
  const localsRaw = {};
  for (const file of node.files) {
    const locals = parsed2.get(file.absolute)?.locals;
    for (const block2 of Array.isArray(locals) ? locals : locals ? [locals] : []) Object.assign(localsRaw, block2);
  }
  return localsRaw;
}
function moduleScope(node, parsed2, inputs) {
  const declared = sectionOf(node, parsed2, "variable");
  const localsRaw = localsOf(node, parsed2);
  const dataSources = sectionOf(node, parsed2, "data");
  const variables = /* @__PURE__ */ new Map();
  const locals = /* @__PURE__ */ new Map();
  const documents = /* @__PURE__ */ new Map();
  const inProgress = /* @__PURE__ */ new Set();
  const empty = { variable: () => unknownValue, local: () => unknownValue };
  const scope = {
    variable(name) {
      let value = variables.get(name);
      if (!value) {
        const declaration = declared[name] === void 0 ? void 0 : firstBody(declared[name]);
        const sensitive = declaration?.sensitive === true;
        const fallback = () => "default" in declaration ? evaluateWhole(declaration.default, empty) : unknownValue;
        if (!declaration) value = unknownValue;
        else if (inputs.has(name)) value = inputs.get(name);
        else value = fallback();
        if (declaration?.nullable === false && value.value === null && inputs.has(name)) value = fallback();
        if (declaration && "type" in declaration && value.value !== UNKNOWN2) {
          const converted = convertToDeclaredType(value.value, declaration.type);
          value = { value: typeof converted === "symbol" ? UNKNOWN2 : converted, sensitive: value.sensitive };
        }
        value = { value: value.value, sensitive: value.sensitive || sensitive };
        variables.set(name, value);
      }
      return value;
    },
    local(name) {
      let value = locals.get(name);
      if (!value) {
        if (!(name in localsRaw) || inProgress.has(name)) return unknownValue;
        inProgress.add(name);
        value = evaluatePartial(localsRaw[name], scope);
        inProgress.delete(name);
        locals.set(name, value);
      }
      return value;
    },
    data(type, name) {
      const raw = dataSources[type]?.[name];
      if (type !== "aws_iam_policy_document" || raw === void 0) return unknownValue;
      const key = `data.${type}.${name}`;
      let document = documents.get(key);
      if (!document) {
        if (inProgress.has(key)) return unknownValue;
        inProgress.add(key);
        document = policyDocumentInstances(firstBody(raw), scope);
        inProgress.delete(key);
        documents.set(key, document);
      }
      return document;
    }
  };
  return scope;
}
var unknownValue = { value: UNKNOWN2, sensitive: false };
function policyDocumentInstances(body, scope) {
  const { count, for_each: forEach, ...rest } = body;
  let sensitive = false;
  const one2 = (instanceScope) => {
    const document = evaluatePolicyDocument(expandDynamicBlocks(rest, instanceScope), (value2) => evaluateWhole(value2, instanceScope));
    sensitive ||= document.sensitive;
    return document.value === UNKNOWN2 ? UNKNOWN2 : { ...document.value, id: UNKNOWN2 };
  };
  let value;
  if ("count" in body) {
    const n = evaluateWhole(count, scope);
    sensitive ||= n.sensitive;
    if (typeof n.value !== "number" || !Number.isInteger(n.value) || n.value < 0 || n.value > MAX_INSTANCES_PER_BLOCK) return { value: UNKNOWN2, sensitive };
    value = Array.from({ length: n.value }, (_, i) => one2({ ...scope, countIndex: i }));
  } else if ("for_each" in body) {
    const each = evaluateWhole(forEach, scope);
    sensitive ||= each.sensitive;
    const entries = forEachEntries(each.value);
    if (!entries || entries.length > MAX_INSTANCES_PER_BLOCK) return { value: UNKNOWN2, sensitive };
    value = Object.fromEntries(entries.map(([key, item]) => [key, one2({ ...scope, each: { key, value: item } })]));
  } else {
    return { value: one2(scope), sensitive };
  }
  const instances = Array.isArray(value) ? value : Object.values(value);
  return { value: instances.includes(UNKNOWN2) ? UNKNOWN2 : value, sensitive };
}
function forEachEntries(value) {
  if (Array.isArray(value)) return value.every((k) => typeof k === "string") ? [...new Set(value)].map((key) => [key, key]) : void 0;
  if (isObject(value)) return Object.entries(value);
  return void 0;
}
function expandDynamicBlocks(body, scope) {
  const dynamic = body.dynamic;
  if (!isObject(dynamic)) return body;
  const { dynamic: _dynamic, ...out } = body;
  const unknownList = (sensitive) => new Resolved({ value: UNKNOWN2, sensitive });
  for (const [type, raw] of Object.entries(dynamic)) {
    const generated = [];
    let sensitive = false;
    let unknown = false;
    for (const block2 of Array.isArray(raw) ? raw : [raw]) {
      const blocks2 = dynamicBlockInstances(block2, type, scope);
      if (blocks2 === UNKNOWN2) unknown = true;
      else {
        sensitive ||= blocks2.sensitive;
        if (blocks2.value.length > 0) generated.push(blocks2.value);
      }
    }
    const statics = out[type];
    const staticCount = Array.isArray(statics) ? statics.length : statics === void 0 ? 0 : 1;
    if (unknown || generated.length > 0 && staticCount > 0 || generated.length > 1) out[type] = unknownList(sensitive);
    else if (generated.length === 1) out[type] = generated[0];
  }
  return out;
}
function dynamicBlockInstances(raw, type, scope) {
  if (!isObject(raw) || "labels" in raw || !("for_each" in raw)) return UNKNOWN2;
  const content = firstBody(raw.content);
  if (!isObject(content)) return UNKNOWN2;
  let iterator = type;
  if ("iterator" in raw) {
    const m = typeof raw.iterator === "string" ? /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/.exec(raw.iterator) : null;
    if (!m) return UNKNOWN2;
    iterator = m[1];
  }
  const forEach = evaluatePartial(raw.for_each, scope);
  let pairs;
  if (forEach.value === null) pairs = [];
  else if (isObject(forEach.value)) {
    const map = forEach.value;
    pairs = sortedKeys(map).map((key) => [key, map[key]]);
  } else if (Array.isArray(forEach.value)) pairs = forEach.value.map((item) => [UNKNOWN2, item]);
  else return UNKNOWN2;
  if (pairs.length > MAX_INSTANCES_PER_BLOCK) return UNKNOWN2;
  const blocks2 = pairs.map(([key, value]) => {
    const symbols = new Map(scope.symbols);
    symbols.set(iterator, { key, value });
    return resolveLeaves(content, { ...scope, symbols }, forEach.sensitive);
  });
  return { value: blocks2, sensitive: forEach.sensitive };
}
function resolveLeaves(raw, scope, sensitive) {
  if (raw instanceof Resolved) return sensitive ? new Resolved({ ...raw.result, sensitive: true }) : raw;
  if (typeof raw === "string") {
    if (!raw.includes("{")) return sensitive ? new Resolved({ value: raw, sensitive }) : raw;
    const result = evaluateString(raw, scope);
    return new Resolved({ value: result.value, sensitive: result.sensitive || sensitive });
  }
  if (Array.isArray(raw)) return raw.map((item) => resolveLeaves(item, scope, sensitive));
  if (isObject(raw)) {
    if (Object.keys(raw).some((key) => key.includes("${"))) return new Resolved({ value: UNKNOWN2, sensitive });
    const expanded = expandDynamicBlocks(raw, scope);
    return Object.fromEntries(Object.entries(expanded).map(([key, item]) => [key, resolveLeaves(item, scope, sensitive)]));
  }
  return sensitive ? new Resolved({ value: raw, sensitive }) : raw;
}
function evaluateWhole(raw, scope) {
  const collected2 = { unknown: [], sensitive: [] };
  const value = evaluateTree(raw, scope, [], collected2);
  const sensitive = collected2.sensitive.length > 0;
  return { value: collected2.unknown.length > 0 ? UNKNOWN2 : value, sensitive };
}
var MAX_INSTANCES_PER_BLOCK = 1e4;
function expand(body, scope, place, budget, warnings) {
  const block2 = configAddress(place.address);
  const made = budget.made.get(block2) ?? 0;
  const room = MAX_INSTANCES_PER_BLOCK - made;
  const checked = MAX_INSTANCES_PER_BLOCK.toLocaleString("en-US");
  const capped = (wanted, asked) => {
    if (wanted <= room) return wanted;
    if (!budget.warned.has(block2)) {
      budget.warned.add(block2);
      const across = made > 0 ? " (with the instances its module already has)" : "";
      warnings.push(`${place.file}:${place.line}: ${block2}: ${asked} is more than the ${checked} instances Plumbline checks per block${across}; the first ${checked} are checked`);
    }
    return Math.max(room, 0);
  };
  let instances;
  if ("count" in body) {
    const count = evaluateWhole(body.count, scope).value;
    const n = typeof count === "number" ? count : typeof count === "string" && /^\d+$/.test(count) ? Number(count) : NaN;
    if (Number.isNaN(n)) {
      warnings.push(`${place.address}: count is not known without a plan; checked as one instance`);
      instances = [{ suffix: "" }];
    } else if (n < 0 || !Number.isInteger(n) && n !== Infinity) {
      warnings.push(`${place.file}:${place.line}: ${block2}: count = ${n} is not a whole number \u2265 0, which Terraform refuses; checked as one instance`);
      instances = [{ suffix: "" }];
    } else {
      const take = capped(n, `count = ${Number.isFinite(n) ? n : "a number too large to hold"}`);
      instances = Array.from({ length: take }, (_, i) => ({ suffix: `[${i}]`, index: i, countIndex: i }));
    }
  } else if ("for_each" in body) {
    const forEach = evaluatePartial(body.for_each, scope).value;
    if (Array.isArray(forEach) && forEach.every((k) => typeof k === "string")) {
      const keys = [...new Set(forEach)];
      instances = keys.slice(0, capped(keys.length, `for_each with ${keys.length} keys`)).map((key) => ({ suffix: `[${JSON.stringify(key)}]`, index: key, each: { key, value: key } }));
    } else if (forEach && typeof forEach === "object" && !Array.isArray(forEach)) {
      const entries = Object.entries(forEach);
      instances = entries.slice(0, capped(entries.length, `for_each with ${entries.length} keys`)).map(([key, value]) => ({ suffix: `[${JSON.stringify(key)}]`, index: key, each: { key, value } }));
    } else {
      warnings.push(`${place.address}: for_each is not known without a plan; checked as one instance`);
      instances = [{ suffix: "" }];
    }
  } else {
    instances = [{ suffix: "" }];
  }
  if (instances.length === 1 && instances[0].suffix === "") instances = instances.slice(0, capped(1, "one instance in each instance of its module"));
  budget.made.set(block2, made + instances.length);
  return instances;
}
function buildResource(type, name, body, scope, referencesOf, where) {
  const collected2 = { unknown: [], sensitive: [] };
  const values = {};
  const references = {};
  const dynamicBlocks = isObject(body.dynamic) ? body.dynamic : {};
  for (const [key, raw] of Object.entries(dynamicBlocks)) noteReferences(references, key, referencesOf(raw));
  for (const [key, raw] of Object.entries(expandDynamicBlocks(body, scope))) {
    if (RESOURCE_META.has(key)) continue;
    if (key in body) noteReferences(references, key, referencesOf(body[key]));
    const value = evaluateTree(raw, scope, [key], collected2);
    if (value !== UNKNOWN2) values[key] = value;
  }
  return {
    address: where.address,
    type,
    name,
    ...where.index !== void 0 ? { index: where.index } : {},
    module: where.module,
    values,
    unknown: unique(collected2.unknown),
    sensitive: unique(collected2.sensitive),
    origin: "hcl",
    references,
    ...where.region !== void 0 ? { region: where.region } : {},
    ...where.location ? { location: where.location } : {}
  };
}
function noteReferences(references, key, addresses) {
  const found = /* @__PURE__ */ new Set([...references[key] ?? [], ...addresses]);
  if (found.size > 0) references[key] = [...found].sort();
}
function unique(paths) {
  return [...new Set(paths)];
}
function providerKey(body, type) {
  if (typeof body.provider === "string") return stripInterpolation(body.provider);
  return type.slice(0, type.indexOf("_"));
}
function stripInterpolation(text) {
  const m = /^\$\{(.*)\}$/.exec(text.trim());
  return (m ? m[1] : text).trim();
}
function providerRegions(node, parsed2, scope, inherited) {
  const regions = new Map(inherited);
  for (const [providerName, raw] of Object.entries(sectionOf(node, parsed2, "provider"))) {
    for (const config of Array.isArray(raw) ? raw : [raw]) {
      const key = typeof config.alias === "string" ? `${providerName}.${config.alias}` : providerName;
      const region = "region" in config ? evaluateWhole(config.region, scope).value : void 0;
      regions.set(key, typeof region === "string" ? region : void 0);
    }
  }
  return regions;
}
function passedProviders(body, callerRegions) {
  const child = new Map(callerRegions);
  const mapping = body.providers;
  if (mapping && typeof mapping === "object" && !Array.isArray(mapping)) {
    for (const [childKey, callerKey] of Object.entries(mapping)) {
      if (typeof callerKey === "string") child.set(stripInterpolation(childKey), callerRegions.get(stripInterpolation(callerKey)));
    }
  }
  return child;
}
async function rootVariableInputs(rootDir, fileNames, env, parseHclFile, relativeName) {
  const inputs = /* @__PURE__ */ new Map();
  for (const key of Object.keys(env)) {
    if (key.startsWith("TF_VAR_") && env[key] !== void 0) inputs.set(key.slice("TF_VAR_".length), unknownValue);
  }
  const auto = fileNames.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")).sort();
  const ordered = [...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => fileNames.includes(n)), ...auto];
  const literalScope = { variable: () => unknownValue, local: () => unknownValue };
  for (const name of ordered) {
    const absolute = join4(rootDir, name);
    const text = await readFile4(absolute, "utf8");
    const values = name.endsWith(".json") ? parseJsonVariables(relativeName(absolute), text) : await parseHclFile(absolute, text);
    for (const [key, raw] of Object.entries(values)) {
      inputs.set(key, name.endsWith(".json") ? { value: raw, sensitive: false } : evaluateWhole(raw, literalScope));
    }
  }
  return inputs;
}
function parseJsonVariables(file, text) {
  let values;
  try {
    values = JSON.parse(text);
  } catch {
    throw new InputError(`${file}: not valid JSON; fix the variables file`);
  }
  if (!values || typeof values !== "object" || Array.isArray(values)) {
    throw new InputError(`${file}: a variables file must hold one JSON object; fix the variables file`);
  }
  return values;
}

// src/sources/hcl/parser.ts
var HclSyntaxError = class extends Error {
  constructor(file, line, column, reason) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.name = "HclSyntaxError";
  }
  file;
  line;
  column;
  reason;
};
var SELF_TOKENS = new Set("[]().,*/%+-=<>!?:&|~^;`'".split(""));
function isIdentStart(code, ch) {
  if (code < 128) return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
  return new RegExp("\\p{ID_Start}", "u").test(ch);
}
function isIdentPart(code, ch) {
  if (code < 128) return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 95 || code === 45;
  return new RegExp("\\p{ID_Continue}", "u").test(ch);
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function charAt(text, i) {
  const code = text.charCodeAt(i);
  return code >= 55296 && code <= 56319 && i + 1 < text.length ? text.slice(i, i + 2) : text[i];
}
function identEnd(text, i) {
  while (i < text.length) {
    const ch = charAt(text, i);
    if (!isIdentPart(ch.charCodeAt(0), ch)) break;
    i += ch.length;
  }
  return i;
}
function scan(text) {
  const tokens = [];
  const frames = [{ mode: "code" }];
  let braces = 0;
  const templateBraces = [];
  const n = text.length;
  let i = 0;
  const push = (t, s, e) => {
    tokens.push({ t, s, e });
    i = e;
  };
  const openSequence = (t) => {
    const frame = frames[frames.length - 1];
    if (frame.mode === "heredoc") frame.startOfLine = false;
    push(t, i, text[i + 2] === "~" ? i + 3 : i + 2);
    braces++;
    templateBraces.push(braces);
    frames.push({ mode: "code" });
  };
  while (i < n) {
    const frame = frames[frames.length - 1];
    const code = text.charCodeAt(i);
    const ch = text[i];
    const next = text[i + 1];
    if (frame.mode === "code") {
      if (code === 32 || code === 9) {
        let j = i + 1;
        while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
        i = j;
      } else if (isDigit(code)) {
        let j = i + 1;
        for (; ; ) {
          const c = text.charCodeAt(j);
          if (isDigit(c) || c === 46) j++;
          else if (c === 101 || c === 69) {
            let k = j + 1;
            if (text[k] === "+" || text[k] === "-") k++;
            if (isDigit(text.charCodeAt(k))) j = k + 1;
            else break;
          } else break;
        }
        while (text[j - 1] === ".") j--;
        push("number", i, j);
      } else if (ch === "#" || ch === "/" && next === "/") {
        const end = text.indexOf("\n", i);
        push("comment", i, end === -1 ? n : end + 1);
      } else if (ch === "/" && next === "*") {
        const end = text.indexOf("*/", i + 2);
        if (end === -1) push("/", i, i + 1);
        else push("comment", i, end + 2);
      } else if (ch === "\n") {
        push("nl", i, i + 1);
      } else if (ch === "\r" && next === "\n") {
        push("nl", i, i + 2);
      } else if (ch === '"') {
        push("oquote", i, i + 1);
        frames.push({ mode: "quoted" });
      } else if (ch === "<" && next === "<" && heredocIntroducer(text, i) > 0) {
        const end = heredocIntroducer(text, i);
        const marker = text.slice(i + (text[i + 2] === "-" ? 3 : 2), end).replace(/\r?\n$/, "");
        push("oheredoc", i, end);
        frames.push({ mode: "heredoc", marker, startOfLine: true });
      } else if (ch === "{") {
        push("{", i, i + 1);
        braces++;
      } else if (ch === "}" || ch === "~" && next === "}") {
        const closesSequence = templateBraces.length > 0 && templateBraces[templateBraces.length - 1] === braces;
        push(closesSequence || ch === "~" ? "seqend" : "}", i, ch === "~" ? i + 2 : i + 1);
        braces--;
        if (closesSequence) {
          templateBraces.pop();
          frames.pop();
        }
      } else if (isIdentStart(code, charAt(text, i))) {
        push("ident", i, identEnd(text, i + charAt(text, i).length));
      } else {
        const two = text.slice(i, i + 2);
        if (two === "::" || two === "==" || two === "!=" || two === ">=" || two === "<=" || two === "&&" || two === "||" || two === "=>") push(two, i, i + 2);
        else if (two === ".." && text[i + 2] === ".") push("...", i, i + 3);
        else if (SELF_TOKENS.has(ch)) push(ch, i, i + 1);
        else push("invalid", i, i + charAt(text, i).length);
      }
    } else if (frame.mode === "quoted") {
      if ((ch === "$" || ch === "%") && next === "{") openSequence(ch === "$" ? "interp" : "control");
      else if (ch === '"') {
        push("cquote", i, i + 1);
        frames.pop();
      } else if (ch === "\n" || ch === "\r") {
        let j = i + 1;
        while (j < n && (text[j] === "\n" || text[j] === "\r")) j++;
        push("qnl", i, j);
      } else if (ch === "$" || ch === "%") {
        if (next === ch && text[i + 2] === "{") push("qlit", i, text[i + 3] === "~" ? i + 4 : i + 3);
        else if (i + 1 < n) push("qlit", i, i + 1);
        else push("invalid", i, i + 1);
      } else {
        let j = i;
        while (j < n) {
          const c = text[j];
          if (c === "\\") {
            const escaped = text[j + 1];
            if (escaped === void 0 || escaped === "\n" || escaped === "\r") break;
            j += 2;
          } else if (c === "$" || c === "%" || c === '"' || c === "\n" || c === "\r") break;
          else j++;
        }
        if (j === i) push("invalid", i, i + 1);
        else push("qlit", i, j);
      }
    } else {
      if ((ch === "$" || ch === "%") && next === "{") {
        openSequence(ch === "$" ? "interp" : "control");
        continue;
      }
      let j = i;
      if (ch === "$" || ch === "%") {
        if (next === ch && text[i + 2] === "{") j = text[i + 3] === "~" ? i + 4 : i + 3;
        else j = i + 1;
      } else {
        while (j < n) {
          const c = text[j];
          if (c === "$" || c === "%" || c === "\n" || c === "\r") break;
          j++;
        }
      }
      let lineEnd = -1;
      if (text[j] === "\n") lineEnd = j + 1;
      else if (text[j] === "\r" && text[j + 1] === "\n") lineEnd = j + 2;
      if (lineEnd === -1) {
        if (j === i) {
          push("invalid", i, i + 1);
          continue;
        }
        frame.startOfLine = false;
        push("hlit", i, j);
        continue;
      }
      if (frame.startOfLine && text.slice(i, lineEnd).trim() === frame.marker) {
        const newlineStart = text[lineEnd - 2] === "\r" ? lineEnd - 2 : lineEnd - 1;
        push("cheredoc", i, newlineStart);
        push("nl", newlineStart, lineEnd);
        frames.pop();
        continue;
      }
      frame.startOfLine = true;
      push("hlit", i, lineEnd);
    }
  }
  tokens.push({ t: "eof", s: n, e: n });
  return tokens;
}
var HEREDOC_INTRODUCER = /<<-?(?:[\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;
function heredocIntroducer(text, i) {
  HEREDOC_INTRODUCER.lastIndex = i;
  return HEREDOC_INTRODUCER.test(text) ? HEREDOC_INTRODUCER.lastIndex : 0;
}
var ParseFailure = class {
  constructor(offset, summary, detail) {
    this.offset = offset;
    this.summary = summary;
    this.detail = detail;
  }
  offset;
  summary;
  detail;
};
var BINARY_LEVELS = [
  /* @__PURE__ */ new Set(["||"]),
  /* @__PURE__ */ new Set(["&&"]),
  /* @__PURE__ */ new Set(["==", "!="]),
  /* @__PURE__ */ new Set([">", ">=", "<", "<="]),
  /* @__PURE__ */ new Set(["+", "-"]),
  /* @__PURE__ */ new Set(["*", "/", "%"])
];
var MAX_NESTING = 400;
var NESTING_LEVELS = MAX_NESTING / 2;
var NUMBER_SYNTAX = /^[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
var UNICODE_SPACE_START = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
var UNICODE_SPACE_END = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;
var Parser2 = class {
  constructor(text, tokens, fileName, lines) {
    this.text = text;
    this.tokens = tokens;
    this.fileName = fileName;
    this.lines = lines;
  }
  text;
  tokens;
  fileName;
  lines;
  index = 0;
  /** Whether newlines are tokens here (bodies, objects) or skipped (brackets, parentheses, interpolations). */
  newlines = [true];
  nextIndex = 0;
  /**
   * The first error after which hclsyntax parses on as if nothing happened (an attribute set twice, a bad escape
   * or number, unbalanced template directives): an error found later may still lie earlier in the file (an
   * unclosed block around it), so the earliest of the two is reported.
   */
  pending;
  depth = 0;
  /** One nesting level deeper (leave with `this.depth--`), refusing past MAX_NESTING with an error at `offset`. */
  enter(offset) {
    if (++this.depth > MAX_NESTING) this.fail(offset, "Nesting too deep", "Plumbline refuses blocks and expressions nested more than about 150 levels deep.");
  }
  /** Run `parse` one nesting level deeper. */
  nested(offset, parse) {
    this.enter(offset);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }
  note(offset, summary, detail) {
    this.pending ??= new ParseFailure(offset, summary, detail);
  }
  fail(offset, summary, detail) {
    throw new ParseFailure(offset, summary, detail);
  }
  textOf(token) {
    return this.text.slice(token.s, token.e);
  }
  /** The next significant token; a `#`/`//` comment stands for the newline it swallowed where newlines count. */
  peek() {
    const tokens = this.tokens;
    const includeNewlines = this.newlines[this.newlines.length - 1];
    for (let i = this.index; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.t === "comment") {
        if (includeNewlines && this.text[token.e - 1] === "\n") {
          this.nextIndex = i + 1;
          return { t: "nl", s: token.s, e: token.e };
        }
        continue;
      }
      if (token.t === "nl" && !includeNewlines) continue;
      this.nextIndex = i + 1;
      return token;
    }
    this.nextIndex = tokens.length;
    return tokens[tokens.length - 1];
  }
  read() {
    const token = this.peek();
    this.index = this.nextIndex;
    return token;
  }
  withNewlines(include, parse) {
    this.newlines.push(include);
    try {
      return parse();
    } finally {
      this.newlines.pop();
    }
  }
  isKeyword(token, word) {
    return token.t === "ident" && token.e - token.s === word.length && this.text.startsWith(word, token.s);
  }
  rangeString(s, e) {
    const start = this.lines.position(s);
    const end = this.lines.position(e);
    return start.line === end.line ? `${this.fileName}:${start.line},${start.column}-${end.column}` : `${this.fileName}:${start.line},${start.column}-${end.line},${end.column}`;
  }
  parseBody(end, open) {
    const body = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
    for (; ; ) {
      const token = this.peek();
      if (token.t === end) {
        this.read();
        return body;
      }
      if (token.t === "nl") {
        this.read();
        continue;
      }
      if (token.t === "ident") {
        this.parseBodyItem(body);
        continue;
      }
      this.read();
      if (token.t === "oquote") this.fail(token.s, "Invalid argument name", "Argument names must not be quoted.");
      if (token.t === "eof" && open)
        this.fail(
          open.s,
          "Unclosed configuration block",
          "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file."
        );
      this.fail(token.s, "Argument or block definition required", "An argument or block definition is required here.");
    }
  }
  parseBodyItem(body) {
    const ident = this.read();
    const next = this.peek();
    if (next.t === "=") {
      const name = this.textOf(ident);
      const existing = body.attributes.get(name);
      if (existing)
        this.note(
          ident.s,
          "Attribute redefined",
          `The argument "${name}" was already set at ${this.rangeString(existing.nameStart, existing.nameEnd)}. Each argument may be set only once.`
        );
      this.read();
      const expr = this.parseExpression();
      const end = this.peek();
      if (end.t !== "nl" && end.t !== "eof") {
        if (end.t === ",")
          this.fail(
            end.s,
            "Unexpected comma after argument",
            "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline."
          );
        this.fail(end.s, "Missing newline after argument", "An argument definition must end with a newline.");
      }
      this.read();
      if (!existing) body.attributes.set(name, { name, nameStart: ident.s, nameEnd: ident.e, expr });
      return;
    }
    if (next.t === "oquote" || next.t === "{" || next.t === "ident") {
      body.blocks.push(this.parseBlock(ident));
      return;
    }
    this.fail(
      ident.s,
      "Argument or block definition required",
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.'
    );
  }
  parseBlock(ident) {
    const labels = [];
    let open;
    for (; ; ) {
      const token = this.peek();
      if (token.t === "{") {
        open = this.read();
        break;
      }
      if (token.t === "oquote") labels.push(this.parseQuotedStringLiteral());
      else if (token.t === "ident") labels.push(this.textOf(this.read()));
      else if (token.t === "=")
        this.fail(token.s, "Invalid block definition", 'The equals sign "=" indicates an argument definition, and must not be used when defining a block.');
      else if (token.t === "nl")
        this.fail(
          token.s,
          "Invalid block definition",
          'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.'
        );
      else this.fail(token.s, "Invalid block definition", 'Either a quoted string block label or an opening brace ("{") is expected here.');
    }
    let body;
    const first = this.peek();
    if (first.t === "nl" || first.t === "eof" || first.t === "}") body = this.nested(open.s, () => this.parseBody("}", open));
    else body = this.parseSingleAttributeBody();
    const eol = this.peek();
    if (eol.t !== "nl" && eol.t !== "eof") this.fail(eol.s, "Missing newline after block definition", "A block definition must end with a newline.");
    this.read();
    return { type: this.textOf(ident), labels, s: ident.s, body };
  }
  /** `name { arg = value }` on one line. */
  parseSingleAttributeBody() {
    const ident = this.read();
    if (ident.t !== "ident") this.fail(ident.s, "Argument or block definition required", "An argument or block definition is required here.");
    const next = this.peek();
    const name = this.textOf(ident);
    if (next.t === "oquote" || next.t === "{" || next.t === "ident")
      this.fail(
        ident.s,
        "Argument definition required",
        `A single-line block definition can contain only a single argument. If you meant to define argument "${name}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`
      );
    if (next.t !== "=")
      this.fail(
        ident.s,
        "Argument or block definition required",
        'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.'
      );
    this.read();
    const expr = this.parseExpression();
    const close = this.peek();
    if (close.t === ",")
      this.fail(
        close.s,
        "Invalid single-argument block definition",
        "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line."
      );
    if (close.t === "nl")
      this.fail(
        close.s,
        "Invalid single-argument block definition",
        "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition."
      );
    if (close.t !== "}")
      this.fail(
        close.s,
        "Invalid single-argument block definition",
        "A single-line block definition must end with a closing brace immediately after its single argument definition."
      );
    this.read();
    return { attributes: /* @__PURE__ */ new Map([[name, { name, nameStart: ident.s, nameEnd: ident.e, expr }]]), blocks: [] };
  }
  /** A block label: a quoted string without interpolation. */
  parseQuotedStringLiteral() {
    this.read();
    let value = "";
    for (; ; ) {
      const token = this.read();
      if (token.t === "cquote") return value;
      if (token.t === "qlit") value += this.decodeLiteral(token, true);
      else if (token.t === "interp" || token.t === "control") {
        const which = token.t === "interp" ? "$" : "%";
        this.fail(
          token.s,
          "Invalid string literal",
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`
        );
      } else if (token.t === "eof") this.fail(token.s, "Unterminated string literal", "Unable to find the closing quote mark before the end of the file.");
      else this.fail(token.s, "Invalid string literal", "This item is not valid in a string literal.");
    }
  }
  /** A literal's value: `$${` and `%%{` unescaped, and in quoted strings the backslash escapes. */
  decodeLiteral(token, quoted) {
    const text = this.text;
    let out = "";
    let runStart = token.s;
    let i = token.s;
    while (i < token.e) {
      const ch = text[i];
      if (quoted && ch === "\\") {
        out += text.slice(runStart, i);
        const selector = text[i + 1];
        const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
        if (simple[selector] !== void 0) {
          out += simple[selector];
          i += 2;
        } else if (selector === "u" || selector === "U") {
          const length2 = selector === "u" ? 4 : 8;
          const hex = text.slice(i + 2, i + 2 + length2);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length2 || i + 2 + length2 > token.e) {
            this.note(i, "Invalid escape sequence", `The \\${selector} escape sequence requires ${length2} hexadecimal digits.`);
            i += 2;
            runStart = i;
            continue;
          }
          const codePoint = parseInt(hex, 16);
          out += codePoint <= 1114111 && (codePoint < 55296 || codePoint > 57343) ? String.fromCodePoint(codePoint) : "\uFFFD";
          i += 2 + length2;
        } else {
          this.note(i, "Invalid escape sequence", `The symbol "${charAt(text, i + 1)}" is not a valid escape sequence selector.`);
          i += 2;
        }
        runStart = i;
      } else if ((ch === "$" || ch === "%") && text[i + 1] === ch && text[i + 2] === "{") {
        out += text.slice(runStart, i) + ch + "{";
        i += 3;
        runStart = i;
      } else i++;
    }
    return out + text.slice(runStart, token.e);
  }
  parseExpression() {
    this.enter(this.peek().s);
    try {
      return this.parseConditional();
    } finally {
      this.depth--;
    }
  }
  parseConditional() {
    const condition = this.parseBinary(0);
    if (this.peek().t !== "?") return condition;
    this.read();
    const then = this.parseExpression();
    const colon = this.peek();
    if (colon.t !== ":")
      this.fail(colon.s, "Missing false expression in conditional", "The conditional operator (...?...:...) requires a false expression, delimited by a colon.");
    this.read();
    const otherwise = this.parseExpression();
    return { k: "conditional", condition, then, otherwise, s: condition.s, e: otherwise.e };
  }
  parseBinary(level) {
    if (level === BINARY_LEVELS.length) return this.parseTraversals(this.parseTerm());
    const operators = BINARY_LEVELS[level];
    let left = this.parseBinary(level + 1);
    while (operators.has(this.peek().t)) {
      this.read();
      const right = this.parseBinary(level + 1);
      left = { k: "other", s: left.s, e: right.e };
    }
    return left;
  }
  numberValue(token) {
    const source = this.textOf(token);
    if (!NUMBER_SYNTAX.test(source)) {
      this.note(token.s, "Invalid number literal", "Failed to recognize the value of this number literal.");
      return 0;
    }
    return Number(source);
  }
  parseTerm() {
    const start = this.peek();
    this.enter(start.s);
    try {
      return this.parseTermAt(start);
    } finally {
      this.depth--;
    }
  }
  parseTermAt(start) {
    switch (start.t) {
      case "(": {
        this.read();
        return this.withNewlines(false, () => {
          const inner = this.parseExpression();
          const close = this.peek();
          if (close.t !== ")") this.fail(close.s, "Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.");
          this.read();
          return { k: "parens", inner, s: start.s, e: close.e };
        });
      }
      case "number":
        this.read();
        return { k: "literal", value: this.numberValue(start), s: start.s, e: start.e };
      case "ident": {
        this.read();
        if (this.peek().t === "(" || this.peek().t === "::") return this.parseCall(start);
        const name = this.textOf(start);
        if (name === "true" || name === "false") return { k: "literal", value: name === "true", s: start.s, e: start.e };
        if (name === "null") return { k: "literal", value: null, s: start.s, e: start.e };
        return { k: "traversal", s: start.s, e: start.e };
      }
      case "oquote":
      case "oheredoc":
        this.read();
        return this.parseTemplate(start);
      case "-":
      case "!": {
        this.read();
        const operand = this.parseTraversals(this.parseTerm());
        return { k: "unary", op: start.t, operand, s: start.s, e: operand.e };
      }
      case "[":
        this.read();
        return this.parseTuple(start);
      case "{":
        this.read();
        return this.parseObject(start);
      default:
        if (start.t === "eof") this.fail(start.s, "Missing expression", "Expected the start of an expression, but found the end of the file.");
        this.fail(start.s, "Invalid expression", "Expected the start of an expression, but found an invalid expression token.");
    }
  }
  parseCall(name) {
    let open = this.read();
    while (open.t === "::") {
      const next = this.read();
      if (next.t !== "ident")
        this.fail(next.s, "Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.");
      open = this.read();
    }
    if (open.t !== "(")
      this.fail(open.s, "Missing open parenthesis", "Function selector must be followed by an open parenthesis to begin the function call.");
    return this.withNewlines(false, () => {
      for (; ; ) {
        if (this.peek().t === ")") return { k: "other", s: name.s, e: this.read().e };
        this.parseExpression();
        const separator = this.read();
        if (separator.t === ")") return { k: "other", s: name.s, e: separator.e };
        if (separator.t === "...") {
          const close = this.peek();
          if (close.t !== ")")
            this.fail(
              separator.s,
              "Missing closing parenthesis",
              "An expanded function argument (with ...) must be immediately followed by closing parentheses."
            );
          return { k: "other", s: name.s, e: this.read().e };
        }
        if (separator.t !== ",") {
          if (separator.t === "eof")
            this.fail(
              name.s,
              "Unterminated function call",
              "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file."
            );
          this.fail(separator.s, "Missing argument separator", "A comma is required to separate each function argument from the next.");
        }
        if (this.peek().t === ")") return { k: "other", s: name.s, e: this.read().e };
      }
    });
  }
  /** Attribute access, indexes and splats after a term. */
  parseTraversals(from) {
    let current = from;
    const extend = (end) => current.k === "traversal" ? { k: "traversal", s: current.s, e: end } : { k: "other", s: current.s, e: end };
    for (; ; ) {
      const next = this.peek();
      if (next.t === ".") {
        this.read();
        const attr2 = this.peek();
        if (attr2.t === "ident") {
          this.read();
          current = extend(attr2.e);
        } else if (attr2.t === "number") {
          this.read();
          this.legacyIndex(attr2);
          current = extend(attr2.e);
        } else if (attr2.t === "*") {
          const marker = this.read();
          let last2 = marker.e;
          while (this.peek().t === ".") {
            this.read();
            const step = this.peek();
            if (step.t === "number") {
              this.read();
              this.legacyIndex(step, marker);
              last2 = step.e;
              continue;
            }
            if (step.t !== "ident") {
              if (step.t === "*")
                this.fail(step.s, "Nested splat expression not allowed", "A splat expression (*) cannot be used inside another attribute-only splat expression.");
              this.fail(marker.s, "Invalid attribute name", "An attribute name is required after a dot.");
            }
            last2 = this.read().e;
          }
          current = { k: "other", s: from.s, e: last2 };
        } else {
          this.fail(attr2.s, "Invalid attribute name", "An attribute name is required after a dot.");
        }
      } else if (next.t === "[") {
        const open = this.read();
        if (this.peek().t === "*") {
          this.read();
          const close = this.read();
          if (close.t !== "]")
            this.fail(
              this.recoverTo("]").s,
              "Missing close bracket on splat index",
              'The star for a full splat operator must be immediately followed by a closing bracket ("]").'
            );
          const rest = this.nested(open.s, () => this.parseTraversals({ k: "other", s: open.s, e: close.e }));
          current = { k: "other", s: from.s, e: rest.e };
        } else {
          const { key, close } = this.withNewlines(false, () => {
            const key2 = this.parseExpression();
            const close2 = this.read();
            if (close2.t !== "]") this.fail(this.recoverTo("]").s, "Missing close bracket on index", 'The index operator must end with a closing bracket ("]").');
            return { key: key2, close: close2 };
          });
          const constant = key.k === "literal" || key.k === "template" && key.parts.length === 1 && typeof key.parts[0] === "string";
          current = constant ? extend(close.e) : { k: "other", s: current.s, e: close.e };
        }
      } else {
        return current;
      }
    }
  }
  /**
   * The token where hclsyntax's error recovery stops: the `end` bracket that closes the current one, or the end of
   * the file. Its "Missing close bracket" errors report this position, not the unexpected token (the diagnostic
   * points at a variable that recovery then overwrites).
   */
  recoverTo(end) {
    let nesting = 0;
    for (; ; ) {
      const token = this.read();
      if (token.t === "[") nesting++;
      else if (token.t === end) {
        if (nesting === 0) return token;
        nesting--;
      } else if (token.t === "eof") return token;
    }
  }
  /** `x.0` indexes x; `x.0.1` is a number 0.1, which HCL refuses. */
  legacyIndex(token, splat) {
    const source = this.textOf(token);
    const dot = source.indexOf(".");
    if (dot >= 0) {
      this.note(
        splat ? splat.s : token.s,
        "Invalid legacy index syntax",
        `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax${splat ? " with a full splat expression [*]" : ""} instead, like [${source.slice(0, dot)}][${source.slice(dot + 1)}].`
      );
      return;
    }
    this.numberValue(token);
  }
  noteUnbalancedDirectives(parts) {
    const eof = this.tokens[this.tokens.length - 1];
    try {
      new TemplateStructure(meldLiterals(parts), eof, (s, e) => this.rangeString(s, e), (offset, summary, detail) => this.fail(offset, summary, detail)).root();
    } catch (error) {
      if (error instanceof ParseFailure && error.summary !== "Unexpected end of template") this.note(error.offset, error.summary, error.detail);
    }
  }
  /** `[ for` and `{ for` start for expressions, with newlines between them. */
  forAhead() {
    return this.withNewlines(false, () => this.isKeyword(this.peek(), "for"));
  }
  parseTuple(open) {
    if (this.forAhead()) return this.parseFor(open);
    return this.withNewlines(false, () => {
      const items = [];
      for (; ; ) {
        if (this.peek().t === "]") return { k: "tuple", items, s: open.s, e: this.read().e };
        items.push(this.parseExpression());
        const next = this.peek();
        if (next.t === "]") return { k: "tuple", items, s: open.s, e: this.read().e };
        if (next.t !== ",") {
          if (next.t === "eof")
            this.fail(
              open.s,
              "Unterminated tuple constructor expression",
              "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file."
            );
          this.fail(next.s, "Missing item separator", "Expected a comma to mark the beginning of the next item.");
        }
        this.read();
      }
    });
  }
  parseObject(open) {
    if (this.forAhead()) return this.parseFor(open);
    const unterminated = () => this.fail(
      open.s,
      "Unterminated object constructor expression",
      "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file."
    );
    return this.withNewlines(true, () => {
      const items = [];
      for (; ; ) {
        let next = this.peek();
        if (next.t === "nl") {
          this.read();
          continue;
        }
        if (next.t === "}") return { k: "object", items, s: open.s, e: this.read().e };
        const key = this.parseExpression();
        next = this.peek();
        if (next.t !== "=" && next.t !== ":") {
          if (next.t === "nl" || next.t === ",")
            this.fail(next.s, "Missing attribute value", 'Expected an attribute value, introduced by an equals sign ("=").');
          if (next.t === "ident")
            this.fail(
              next.s,
              "Missing key/value separator",
              'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.'
            );
          if (next.t === "eof") unterminated();
          this.fail(next.s, "Missing key/value separator", 'Expected an equals sign ("=") to mark the beginning of the attribute value.');
        }
        this.read();
        const value = this.parseExpression();
        items.push({ key, value });
        next = this.peek();
        if (next.t === "}") return { k: "object", items, s: open.s, e: this.read().e };
        if (next.t !== "," && next.t !== "nl") {
          if (next.t === "eof") unterminated();
          this.fail(next.s, "Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.");
        }
        this.read();
      }
    });
  }
  parseFor(open) {
    const makeObject = open.t === "{";
    const closeType = makeObject ? "}" : "]";
    const invalid = (offset, detail) => this.fail(offset, "Invalid 'for' expression", detail);
    return this.withNewlines(false, () => {
      this.read();
      if (this.peek().t !== "ident") invalid(this.peek().s, "For expression requires variable name after 'for'.");
      this.read();
      if (this.peek().t === ",") {
        this.read();
        if (this.peek().t !== "ident") invalid(this.peek().s, "For expression requires value variable name after comma.");
        this.read();
      }
      if (!this.isKeyword(this.peek(), "in")) invalid(this.peek().s, "For expression requires the 'in' keyword after its name declarations.");
      this.read();
      this.parseExpression();
      if (this.peek().t !== ":") invalid(this.peek().s, "For expression requires a colon after the collection expression.");
      this.read();
      let key;
      let value = this.parseExpression();
      if (this.peek().t === "=>") {
        this.read();
        key = value;
        value = this.parseExpression();
      }
      let ellipsis;
      if (this.peek().t === "...") ellipsis = this.read();
      if (this.isKeyword(this.peek(), "if")) {
        this.read();
        this.parseExpression();
      }
      if (!makeObject && key) invalid(key.s, "Key expression is not valid when building a tuple.");
      if (!makeObject && ellipsis) invalid(ellipsis.s, "Grouping ellipsis (...) cannot be used when building a tuple.");
      if (makeObject && !key) invalid(value.s, "Key expression is required when building an object.");
      const close = this.peek();
      if (close.t !== closeType) invalid(close.s, "Extra characters after the end of the 'for' expression.");
      this.read();
      return { k: "other", s: open.s, e: close.e };
    });
  }
  parseTemplate(open) {
    const closer = open.t === "oquote" ? "cquote" : "cheredoc";
    const flush = open.t === "oheredoc" && this.text[open.s + 2] === "-";
    const parts = [];
    let trimNextStart = false;
    let nextCanTrimPrevious = false;
    let end;
    const templateStart = this.peek().s;
    try {
      for (; ; ) {
        const next = this.read();
        if (next.t === closer) {
          end = next;
          break;
        }
        const trimStart = trimNextStart;
        trimNextStart = false;
        const canTrimPrevious = nextCanTrimPrevious;
        nextCanTrimPrevious = false;
        const trimPrevious = () => {
          const previous = parts[parts.length - 1];
          if (canTrimPrevious && next.e - next.s === 3 && previous?.k === "lit") previous.v = previous.v.replace(UNICODE_SPACE_END, "");
        };
        if (next.t === "qlit" || next.t === "hlit") {
          let value = this.decodeLiteral(next, next.t === "qlit");
          if (trimStart) value = value.replace(UNICODE_SPACE_START, "");
          parts.push({ k: "lit", v: value, s: next.s, e: next.e });
          nextCanTrimPrevious = true;
        } else if (next.t === "interp") {
          trimPrevious();
          this.withNewlines(false, () => {
            const expr = this.parseExpression();
            const close = this.peek();
            if (close.t === "eof")
              this.fail(
                templateStart,
                "Unclosed template interpolation sequence",
                "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression."
              );
            if (close.t === ":")
              this.fail(
                close.s,
                "Extra characters after interpolation expression",
                'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".'
              );
            if ((close.t === "cquote" || close.t === "oquote") && closer === "cquote")
              this.fail(
                templateStart,
                "Unclosed template interpolation sequence",
                "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression."
              );
            if (close.t !== "seqend")
              this.fail(
                close.s,
                "Extra characters after interpolation expression",
                'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".'
              );
            this.read();
            if (close.e - close.s === 2) trimNextStart = true;
            parts.push({ k: "interp", expr, s: next.s, e: close.e });
          });
        } else if (next.t === "control") {
          trimPrevious();
          this.withNewlines(false, () => {
            const keyword = this.peek();
            if (keyword.t !== "ident")
              this.fail(
                keyword.s,
                "Invalid template directive",
                'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.'
              );
            this.read();
            const word = this.textOf(keyword);
            if (word === "if") {
              const condition = this.parseExpression();
              parts.push({ k: "if", condition, s: next.s, e: this.peek().e });
            } else if (word === "else" || word === "endif" || word === "endfor") {
              parts.push({ k: word, s: next.s, e: this.peek().e });
            } else if (word === "for") {
              const invalid = (detail) => this.fail(this.peek().s, "Invalid 'for' directive", detail);
              if (this.peek().t !== "ident") invalid("For directive requires variable name after 'for'.");
              let keyVar;
              let valueVar = this.textOf(this.read());
              if (this.peek().t === ",") {
                keyVar = valueVar;
                this.read();
                if (this.peek().t !== "ident") invalid("For directive requires value variable name after comma.");
                valueVar = this.textOf(this.read());
              }
              if (!this.isKeyword(this.peek(), "in")) invalid("For directive requires 'in' keyword after names.");
              this.read();
              const collection = this.parseExpression();
              parts.push({ k: "for", keyVar, valueVar, collection, s: next.s, e: this.peek().e });
            } else {
              const suggestion = nameSuggestion(word, ["if", "for", "else", "endif", "endfor"]);
              this.fail(
                keyword.s,
                "Invalid template control keyword",
                `"${word}" is not a valid template control keyword.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`
              );
            }
            const close = this.peek();
            if (close.t !== "seqend")
              this.fail(close.s, `Extra characters in ${word} marker`, "Expected a closing brace to end the sequence, but found extra characters.");
            this.read();
            if (close.e - close.s === 2) trimNextStart = true;
          });
        } else {
          this.fail(next.s, "Unterminated template string", "No closing marker was found for the string.");
        }
      }
    } catch (error) {
      if (error instanceof ParseFailure) this.noteUnbalancedDirectives(parts);
      throw error;
    }
    if (parts.length === 0) parts.push({ k: "lit", v: "", s: open.e, e: open.e });
    if (flush) flushHeredoc(parts);
    const melded = meldLiterals(parts);
    if (melded.length === 1 && melded[0].k === "interp") return { k: "wrap", inner: melded[0].expr, s: open.s, e: end.e };
    const structured = new TemplateStructure(melded, end, (s, e) => this.rangeString(s, e), (offset, summary, detail) => this.fail(offset, summary, detail));
    try {
      return { k: "template", parts: structured.root(), s: open.s, e: end.e };
    } catch (error) {
      if (!(error instanceof ParseFailure)) throw error;
      this.note(error.offset, error.summary, error.detail);
      return { k: "template", parts: [], s: open.s, e: end.e };
    }
  }
};
function flushHeredoc(parts) {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust = [];
  for (const part of parts) {
    if (newline) {
      newline = false;
      let spaces;
      if (part.k === "lit") {
        const trimmed = part.v.replace(UNICODE_SPACE_START, "");
        if (trimmed.length === 0 && part.v.endsWith("\n")) spaces = Number.MAX_SAFE_INTEGER;
        else {
          spaces = [...part.v.slice(0, part.v.length - trimmed.length)].length;
          adjust.push(part);
        }
      } else spaces = 0;
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.k === "lit" && part.v.endsWith("\n")) newline = true;
  }
  for (const part of adjust) part.v = [...part.v].slice(minSpaces).join("");
}
function meldLiterals(parts) {
  const out = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (part.k === "lit" && previous?.k === "lit") out[out.length - 1] = { k: "lit", v: previous.v + part.v, s: previous.s, e: part.e };
    else out.push(part);
  }
  return out;
}
var TemplateStructure = class {
  constructor(parts, end, range2, fail2) {
    this.parts = parts;
    this.end = end;
    this.range = range2;
    this.fail = fail2;
  }
  parts;
  end;
  range;
  fail;
  index = 0;
  depth = 0;
  root() {
    const out = [];
    while (this.index < this.parts.length) out.push(this.parseItem());
    return out;
  }
  parseItem() {
    const part = this.parts[this.index];
    if (part.k === "lit") {
      this.index++;
      return part.v;
    }
    if (part.k === "interp") {
      this.index++;
      return { k: "interp", expr: part.expr };
    }
    if ((part.k === "if" || part.k === "for") && ++this.depth > NESTING_LEVELS)
      this.fail(part.s, "Nesting too deep", `Plumbline refuses template directives nested more than ${NESTING_LEVELS} levels deep.`);
    if (part.k === "if") return this.nestedDone(this.parseIf(part));
    if (part.k === "for") return this.nestedDone(this.parseFor(part));
    this.index++;
    this.fail(part.s, `Unexpected ${part.k} directive`, "The control directives within this template are unbalanced.");
  }
  nestedDone(part) {
    this.depth--;
    return part;
  }
  parseIf(open) {
    this.index++;
    const then = [];
    const otherwise = [];
    let current = then;
    for (; ; ) {
      const next = this.parts[this.index];
      if (next === void 0)
        this.fail(
          this.end.s,
          "Unexpected end of template",
          `The if directive at ${this.range(open.s, open.e)} is missing its corresponding endif directive.`
        );
      if (next.k === "else" || next.k === "endif" || next.k === "endfor") {
        this.index++;
        if (next.k === "else" && current === then) {
          current = otherwise;
          continue;
        }
        if (next.k === "endif") return { k: "if", condition: open.condition, then, otherwise };
        if (next.k === "else") this.fail(next.s, "Unexpected else directive", `Already in the else clause for the if started at ${this.range(open.s, open.e)}.`);
        this.fail(next.s, `Unexpected ${next.k} directive`, `Expecting an endif directive for the if started at ${this.range(open.s, open.e)}.`);
      }
      current.push(this.parseItem());
    }
  }
  parseFor(open) {
    this.index++;
    const body = [];
    for (; ; ) {
      const next = this.parts[this.index];
      if (next === void 0)
        this.fail(
          this.end.s,
          "Unexpected end of template",
          `The for directive at ${this.range(open.s, open.e)} is missing its corresponding endfor directive.`
        );
      if (next.k === "else" || next.k === "endif" || next.k === "endfor") {
        this.index++;
        if (next.k === "endfor") return { k: "for", keyVar: open.keyVar, valueVar: open.valueVar, collection: open.collection, body };
        if (next.k === "else") this.fail(next.s, "Unexpected else directive", "An else clause is not expected for a for directive.");
        this.fail(
          next.s,
          `Unexpected ${next.k} directive`,
          `Expecting an endfor directive corresponding to the for directive at ${this.range(open.s, open.e)}.`
        );
      }
      body.push(this.parseItem());
    }
  }
};
function nameSuggestion(given, candidates2) {
  for (const candidate of candidates2) if (levenshtein(given, candidate) < 3) return candidate;
  return void 0;
}
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  position(offset) {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) this.starts.push(i + 1);
    }
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    const before = this.text.slice(starts[low], offset);
    const column = /^[\x00-\x7f]*$/.test(before) ? before.length : [...before].length;
    return { line: low + 1, column: column + 1 };
  }
};
var DIAGNOSED_TOKENS = {
  "&": ["Unsupported operator", 'Bitwise operators are not supported. Did you mean boolean AND ("&&")?'],
  "|": ["Unsupported operator", 'Bitwise operators are not supported. Did you mean boolean OR ("||")?'],
  "~": ["Unsupported operator", 'Bitwise operators are not supported. Did you mean boolean NOT ("!")?'],
  "^": ["Unsupported operator", "Bitwise operators are not supported."],
  "`": ["Invalid character", 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".'],
  "'": ["Invalid character", 'Single quotes are not valid. Use double quotes (") to enclose strings.'],
  ";": [
    "Invalid character",
    'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.'
  ],
  qnl: [
    "Invalid multi-line string",
    'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.'
  ]
};
function tokenDiagnostic(text, token) {
  if (token.t === "invalid") {
    const ch = text.slice(token.s, token.e);
    return ch === "\u201C" || ch === "\u201D" ? [
      "Invalid character",
      '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".'
    ] : ["Invalid character", "This character is not used within the language."];
  }
  return DIAGNOSED_TOKENS[token.t];
}
function parseHclSyntax(fileName, source) {
  const text = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  const tokens = scan(text);
  const lines = new LineIndex(text);
  const parser = new Parser2(text, tokens, fileName, lines);
  let failure;
  let body;
  try {
    body = parser.parseBody("eof");
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error;
    failure = error;
  }
  const pending = parser.pending;
  if (pending && (!failure || pending.offset <= failure.offset)) failure = pending;
  for (const token of tokens) {
    const diagnostic = tokenDiagnostic(text, token);
    if (diagnostic) {
      if (!failure || token.s <= failure.offset) failure = new ParseFailure(token.s, diagnostic[0], diagnostic[1]);
      break;
    }
  }
  if (failure || !body) {
    const at = lines.position(failure.offset);
    throw new HclSyntaxError(fileName, at.line, at.column, oneLine3(`${failure.summary}; ${failure.detail}`));
  }
  return { body, text, lines };
}
function oneLine3(text) {
  return text.replace(/\s+/g, " ").trim();
}
function hclToJson(fileName, text) {
  const file = parseHclSyntax(fileName, text);
  return sortKeys(new JsonConverter(fileName, file).body(file.body, 0));
}
async function parseHcl(fileName, contents) {
  return hclToJson(fileName, contents);
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}
var JsonConverter = class {
  constructor(fileName, file) {
    this.fileName = fileName;
    this.file = file;
  }
  fileName;
  file;
  body(body, depth) {
    const out = {};
    for (const block2 of body.blocks) this.block(block2, out, depth + 1);
    for (const attribute of body.attributes.values()) out[attribute.name] = this.expression(attribute.expr);
    return out;
  }
  block(block2, parent, depth) {
    const value = this.body(block2.body, depth);
    let out = parent;
    let key = block2.type;
    const conflict = (problem) => {
      throw new HclSyntaxError(this.fileName, 1, 1, `convert to HCL: convert file: ${"convert body: convert block: ".repeat(depth)}${problem}`);
    };
    const unconvertible = () => conflict(`Unable to convert Block to JSON: ${[block2.type, ...block2.labels].join(".")}`);
    for (const label of block2.labels) {
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        const inner = out[key];
        if (inner === null || typeof inner !== "object" || Array.isArray(inner)) unconvertible();
        out = inner;
      } else {
        const created = {};
        out[key] = created;
        out = created;
      }
      key = label;
    }
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      const existing = out[key];
      if (!Array.isArray(existing)) conflict(`invalid HCL detected for "${key}" block, cannot have blocks with and without labels`);
      existing.push(value);
    } else out[key] = [value];
  }
  source(node) {
    const text = this.file.text;
    return text.slice(node.s, node.e) + (text[node.e] === ")" ? ")" : "");
  }
  wrapped(node) {
    return "${" + this.source(node) + "}";
  }
  expression(node) {
    switch (node.k) {
      case "literal":
        return node.value;
      case "unary": {
        if (node.operand.k !== "literal") return this.wrapped(node);
        const value = node.operand.value;
        if (node.op === "-" && typeof value === "number") return -value;
        if (node.op === "!" && typeof value === "boolean") return !value;
        if (value === null) {
          const at2 = this.file.lines.position(node.s);
          throw new HclSyntaxError(this.fileName, at2.line, at2.column, "Operation failed; Error during operation: argument must not be null.");
        }
        const at = this.file.lines.position(node.operand.s);
        throw new HclSyntaxError(
          this.fileName,
          at.line,
          at.column,
          `Invalid operand; Unsuitable value for unary operand: ${node.op === "-" ? "number" : "bool"} required.`
        );
      }
      case "template":
        return this.template(node.parts);
      case "wrap":
        return this.expression(node.inner);
      case "tuple":
        return node.items.map((item) => this.expression(item));
      case "object": {
        const out = {};
        for (const item of node.items) out[this.key(item.key)] = this.expression(item.value);
        return out;
      }
      default:
        return this.wrapped(node);
    }
  }
  key(node) {
    if (node.k === "traversal") return this.source(node);
    return this.stringPart(node);
  }
  template(parts) {
    if (parts.length === 1 && typeof parts[0] === "string") return escapeTemplate(parts[0]);
    let out = "";
    for (const part of parts) out += this.templatePart(part);
    return out;
  }
  templatePart(part) {
    if (typeof part === "string") return escapeTemplate(part);
    if (part.k === "interp") return this.stringPart(part.expr);
    if (part.k === "if") {
      const otherwise = this.template(part.otherwise);
      return `%{if ${this.source(part.condition)}}${this.template(part.then)}${otherwise ? `%{else}${otherwise}` : ""}%{endif}`;
    }
    const names = part.keyVar !== void 0 ? `${part.keyVar}, ${part.valueVar}` : part.valueVar;
    return `%{for ${names} in ${this.source(part.collection)}}${this.template(part.body)}%{endfor}`;
  }
  /** An expression inside a string (an interpolation, an object key). */
  stringPart(node) {
    switch (node.k) {
      case "literal":
        return typeof node.value === "number" ? numberText(node.value) : String(node.value);
      case "template":
        return this.template(node.parts);
      case "wrap":
        return this.stringPart(node.inner);
      case "conditional": {
        const otherwise = this.stringPart(node.otherwise);
        return `%{if ${this.source(node.condition)}}${this.stringPart(node.then)}${otherwise ? `%{else}${otherwise}` : ""}%{endif}`;
      }
      default:
        return this.wrapped(node);
    }
  }
};
function escapeTemplate(text) {
  return text.includes("{") ? text.replace(/([$%])\{/g, "$1$1{") : text;
}
function numberText(value) {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

// src/sources/hcl/index.ts
async function scanTerraformBlocks(dir, opts) {
  const warnings = [];
  const tree = await loadModuleTree(dir, { repoRoot: opts.repoRoot }, warnings);
  return { blocks: allBlocks(tree), warnings };
}
async function loadTerraformDir(dir, opts) {
  const warnings = [];
  const parsed2 = /* @__PURE__ */ new Map();
  const parse = async (file, text) => {
    try {
      return await parseHcl(file, text);
    } catch (error) {
      if (error instanceof HclSyntaxError) throw new InputError(error.message);
      throw error;
    }
  };
  const tree = await loadModuleTree(
    dir,
    {
      repoRoot: opts.repoRoot,
      validate: async (file, text, absolute) => {
        if (!parsed2.has(absolute)) parsed2.set(absolute, await parse(file, text));
      }
    },
    warnings
  );
  const inputs = await rootVariableInputs(
    tree.dir,
    await readdir2(tree.dir),
    opts.env ?? process.env,
    (absolute, text) => parse(repoRelative(opts.repoRoot, absolute), text),
    (absolute) => repoRelative(opts.repoRoot, absolute)
  );
  const { resources, providerRegion } = evaluateModules(tree, parsed2, inputs, warnings);
  return { blocks: allBlocks(tree), resources, warnings, ...providerRegion !== void 0 ? { providerRegion } : {} };
}

// src/sources/plan.ts
import { setFlagsFromString } from "node:v8";

// src/sources/terraform-json.ts
import { readFile as readFile5 } from "node:fs/promises";
var HOW_TO_MAKE = {
  plan: 'give the JSON printed by "terraform show -json <planfile>"',
  state: 'give a .tfstate file or the JSON printed by "terraform show -json"'
};
var FLAG = {
  plan: "--plan (action input terraform-plan)",
  state: "--state (action input terraform-state)"
};
async function readTerraformFile(file, kind) {
  const unreadable2 = (err) => {
    const code = err.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code ?? "unreadable";
    return new InputError(`${file}: cannot read the ${kind} file (${why}); check the path given to ${FLAG[kind]}`);
  };
  let text;
  try {
    text = await readFile5(file, "utf8");
  } catch (err) {
    throw unreadable2(err);
  }
  if (text.charCodeAt(0) !== 65533) return text;
  let bytes;
  try {
    bytes = await readFile5(file);
  } catch (err) {
    throw unreadable2(err);
  }
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return bytes.subarray(2).toString("utf16le");
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  return bytes.toString("utf8");
}
function parseTerraformJson(text, file, kind) {
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (text.startsWith("PK")) {
    throw new InputError(
      `${file}: this is a binary plan file, not JSON; convert it with "terraform show -json ${file} > plan.json" and give plan.json to ${FLAG.plan}`
    );
  }
  if (text.trim() === "") throw new InputError(`${file}: the file is empty; ${HOW_TO_MAKE[kind]}`);
  if (text.startsWith("[command]")) {
    throw new InputError(
      `${file}: starts with "[command]", a line hashicorp/setup-terraform's wrapper adds to terraform's output; set \`terraform_wrapper: false\` on the setup-terraform step`
    );
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(`${file}: not valid JSON at ${jsonErrorPlace(text)}; ${HOW_TO_MAKE[kind]}`);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new InputError(`${file}: not a Terraform ${kind} (the JSON is not an object); ${HOW_TO_MAKE[kind]}`);
  }
  return doc;
}
var READABLE_FORMATS = "0.1, 0.2 and 1.x, which Terraform 0.12 and later and OpenTofu write";
function checkFormatVersion(doc, file, kind) {
  const version = doc.format_version;
  if (typeof version !== "string" || version === "") {
    throw new InputError(`${file}: no format_version, so not the output of "terraform show -json"; ${HOW_TO_MAKE[kind]}`);
  }
  if (!isReadableFormat(version)) {
    throw new InputError(
      `${file}: ${kind} format_version ${version} is not supported; Plumbline reads JSON formats ${READABLE_FORMATS} \u2014 ${HOW_TO_MAKE[kind]} with one of those`
    );
  }
  return version;
}
function isReadableFormat(version) {
  const [major, minor] = version.split(".");
  return major === "1" || major === "0" && (minor === "1" || minor === "2");
}
function isLegacyFormat(version) {
  return version.split(".")[0] === "0";
}
function unmarkedSensitivityWarning(file, kind, terraformVersion) {
  const writer = typeof terraformVersion === "string" ? `Terraform ${terraformVersion}` : "an old Terraform";
  const marksSince = kind === "plan" ? "Terraform 0.15 and later mark them in plans" : 'Terraform 1.0.1 and later mark them in "terraform show -json" states';
  return `${file}: this ${kind} was written by ${writer}, which marks no value sensitive: its secrets are protected only by their names, their shapes and the schemas' write-only properties (${marksSince})`;
}
function wrongKindError(file, given) {
  const actual = given === "plan" ? "state" : "plan";
  return new InputError(`${file}: this is a Terraform ${actual}, not a ${given}; give it with ${FLAG[actual]}`);
}
function looksLikePlan(doc) {
  return "planned_values" in doc || "resource_changes" in doc;
}
function looksLikeState(doc) {
  return typeof doc.version === "number" && "resources" in doc || "values" in doc && !looksLikePlan(doc);
}
function indexSuffix(index2) {
  if (typeof index2 === "number") return `[${index2}]`;
  if (typeof index2 === "string") return `[${JSON.stringify(index2)}]`;
  return "";
}
function instanceAddress(module, mode, type, name, index2) {
  const local = `${mode === "data" ? "data." : ""}${type}.${name}${indexSuffix(index2)}`;
  return module ? `${module}.${local}` : local;
}
function forEachManagedResource(root, visit) {
  if (!isObject2(root)) return;
  const stack = [root];
  while (stack.length > 0) {
    const mod = stack.pop();
    const moduleAddress = typeof mod.address === "string" ? mod.address : "";
    if (Array.isArray(mod.resources)) {
      const resources = mod.resources;
      for (let i = 0; i < resources.length; i++) {
        const r = resources[i];
        if (!isObject2(r) || r.mode !== "managed" || typeof r.type !== "string" || typeof r.name !== "string") continue;
        if (r.deposed_key !== void 0) continue;
        visit(r, moduleAddress);
      }
    }
    if (Array.isArray(mod.child_modules)) {
      for (let i = mod.child_modules.length - 1; i >= 0; i--) {
        const child = mod.child_modules[i];
        if (isObject2(child)) stack.push(child);
      }
    }
  }
}
function valuesResource(r, module, origin) {
  const address = typeof r.address === "string" ? r.address : instanceAddress(module, "managed", r.type, r.name, r.index);
  const values = isObject2(r.values) ? r.values : {};
  const resource = new PlainResource(address, r.type, r.name, module, values, markerPathsOrNone(r.sensitive_values), origin);
  if (typeof r.index === "number" || typeof r.index === "string") resource.index = r.index;
  return resource;
}
function plainResource(address, type, name, module, values, sensitive, origin) {
  this.address = address;
  this.type = type;
  this.name = name;
  this.module = module;
  this.values = values;
  this.unknown = NO_PATHS;
  this.sensitive = sensitive;
  this.origin = origin;
}
plainResource.prototype = Object.prototype;
var PlainResource = plainResource;
var NO_PATHS = Object.freeze([]);
var collected = [];
var COLLECTED_KEPT = 4096;
function markerPathsOrNone(marker) {
  if (marker === true) return [""];
  if (marker === null || typeof marker !== "object") return NO_PATHS;
  if (collected.length > COLLECTED_KEPT) collected.length = 0;
  const start = collected.length;
  appendMarkerPaths(marker, "", collected);
  return collected.length === start ? NO_PATHS : collected.slice(start);
}
function unionPaths(...lists) {
  let result = NO_PATHS;
  let seen;
  for (const paths of lists) {
    if (paths.length === 0) continue;
    if (result.length === 0) {
      result = paths;
      continue;
    }
    seen ??= new Set(result);
    for (const p of paths) {
      if (!seen.has(p)) {
        seen.add(p);
        result.push(p);
      }
    }
  }
  return result;
}
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/sources/plan.ts
async function readPlan(file) {
  const text = await readTerraformFile(file, "plan");
  phaseDone("read");
  boundHeapGrowth(text.length);
  return parsePlan(text, file);
}
var LARGE_PLAN_CHARS = 64 * 1024 * 1024;
var LARGE_PLAN_HEAP_GROWING_PERCENT = 50;
function boundHeapGrowth(planChars) {
  if (planChars >= LARGE_PLAN_CHARS) setFlagsFromString(`--heap-growing-percent=${LARGE_PLAN_HEAP_GROWING_PERCENT}`);
}
function parsePlan(text, file) {
  const doc = parseTerraformJson(text, file, "plan");
  phaseDone("parse");
  if (looksLikeState(doc)) throw wrongKindError(file, "plan");
  const formatVersion = checkFormatVersion(doc, file, "plan");
  if (!("planned_values" in doc) && !("resource_changes" in doc)) {
    throw new InputError(
      `${file}: no planned_values or resource_changes, so not a plan; give the JSON printed by "terraform show -json <planfile>"`
    );
  }
  const changes = indexChanges(doc.resource_changes);
  const configuration = isObject2(doc.configuration) ? doc.configuration : {};
  const providerRegions2 = readProviderRegions(configuration, doc.variables);
  const addFacts = configFacts(indexConfiguration(configuration, providerRegions2));
  const resources = [];
  const beforeSensitiveByAddress = /* @__PURE__ */ new Map();
  forEachManagedResource(isObject2(doc.planned_values) ? doc.planned_values.root_module : void 0, (r, module) => {
    const resource = valuesResource(r, module, "plan");
    const change = changes.get(resource.address)?.change;
    const action = change ? actionOf(change.actions) : void 0;
    if (action === "delete") return;
    if (action) resource.action = action;
    if (change) {
      resource.unknown = markerPathsOrNone(change.after_unknown);
      const after = markerPathsOrNone(change.after_sensitive);
      const before = markerPathsOrNone(change.before_sensitive);
      if (isObject2(change.before_sensitive)) beforeSensitiveByAddress.set(resource.address, before);
      if (after.length > 0 || before.length > 0) resource.sensitive = unionPaths(resource.sensitive, after, before);
    }
    addFacts(resource, true);
    resources.push(resource);
  });
  const deleted = [];
  const forgotten = [];
  changes.forEach((rc) => {
    if (actionOf(rc.change?.actions) !== "delete") return;
    deleted.push({ address: rc.address, type: String(rc.type) });
    if (Array.isArray(rc.change?.actions) && rc.change.actions.includes("forget")) forgotten.push(rc.address);
  });
  const prior = [];
  const priorState = isObject2(doc.prior_state) && isObject2(doc.prior_state.values) ? doc.prior_state.values : void 0;
  forEachManagedResource(priorState?.root_module, (r, module) => {
    const resource = valuesResource(r, module, "state");
    let beforePaths = beforeSensitiveByAddress.get(resource.address);
    if (beforePaths === void 0) {
      const before = changes.get(resource.address)?.change?.before_sensitive;
      if (before !== void 0) beforePaths = markerPathsOrNone(before);
    }
    if (beforePaths !== void 0 && beforePaths.length > 0) {
      resource.sensitive = resource.sensitive.length > 0 ? unionPaths(resource.sensitive, beforePaths) : beforePaths.slice();
    }
    addFacts(resource, false);
    prior.push(resource);
  });
  const warnings = [];
  if (isLegacyFormat(formatVersion) && (resources.length > 0 || prior.length > 0) && !marksSensitivity(changes)) {
    warnings.push(unmarkedSensitivityWarning(file, "plan", doc.terraform_version));
  }
  const data = {
    formatVersion,
    // OpenTofu has only ever written format 1.x; Terraform 0.12 named providers without their registry host.
    tool: isLegacyFormat(formatVersion) ? "terraform" : toolOf(configuration, doc),
    resources,
    deleted,
    forgotten,
    prior,
    drift: readDrift(doc.resource_drift),
    errored: doc.errored === true,
    warnings
  };
  if (typeof doc.terraform_version === "string") data.terraformVersion = doc.terraform_version;
  const region = providerRegions2.get("aws");
  if (region) data.region = region;
  const sensitiveValues = sensitiveVariableValues(configuration, doc.variables);
  if (sensitiveValues.length > 0) data.sensitiveValues = sensitiveValues;
  phaseDone("walk");
  return data;
}
function marksSensitivity(changes) {
  for (const rc of changes.values()) {
    if (isObject2(rc.change) && ("after_sensitive" in rc.change || "before_sensitive" in rc.change)) return true;
  }
  return false;
}
function sensitiveVariableValues(configuration, variables) {
  const declared = isObject2(configuration.root_module) ? configuration.root_module.variables : void 0;
  if (!isObject2(declared) || !isObject2(variables)) return [];
  const found = /* @__PURE__ */ new Set();
  for (const [name, declaration] of Object.entries(declared)) {
    if (!isObject2(declaration) || declaration.sensitive !== true) continue;
    const variable = variables[name];
    if (!isObject2(variable)) continue;
    for (const value of stringsAtPaths(variable.value, [""])) found.add(value);
  }
  return [...found];
}
function indexChanges(list) {
  const byAddress = /* @__PURE__ */ new Map();
  if (!Array.isArray(list)) return byAddress;
  const changes = list;
  for (let i = 0; i < changes.length; i++) {
    const rc = changes[i];
    if (!isObject2(rc) || rc.mode !== "managed" || typeof rc.address !== "string" || rc.deposed !== void 0) continue;
    byAddress.set(rc.address, rc);
  }
  return byAddress;
}
function actionOf(actions) {
  if (!Array.isArray(actions)) return void 0;
  if (actions.length === 1 && typeof actions[0] === "string") return actionOfJoined(actions[0]);
  if (actions.length === 2 && typeof actions[0] === "string" && typeof actions[1] === "string") {
    const [first, second] = actions;
    if (first === "delete" && second === "create") return "replace";
    if (first === "create" && (second === "delete" || second === "forget")) return "replace";
    return void 0;
  }
  return actionOfJoined(actions.join(","));
}
function actionOfJoined(set) {
  switch (set) {
    case "create":
      return "create";
    case "update":
      return "update";
    case "no-op":
      return "no-op";
    case "read":
      return "read";
    case "delete":
    case "forget":
      return "delete";
    case "delete,create":
    case "create,delete":
    case "create,forget":
      return "replace";
    default:
      return void 0;
  }
}
function configFacts(config) {
  const moduleConfig = /* @__PURE__ */ new Map();
  let lastModule;
  let lastType;
  let lastName;
  let lastFacts;
  return (resource, planned) => {
    const module = resource.module ?? "";
    if (module !== lastModule || resource.type !== lastType || resource.name !== lastName) {
      let prefix = moduleConfig.get(module);
      if (prefix === void 0) {
        prefix = module ? `${configAddress(module)}.` : "";
        moduleConfig.set(module, prefix);
      }
      lastModule = module;
      lastType = resource.type;
      lastName = resource.name;
      lastFacts = config.get(`${prefix}${resource.type}.${resource.name}`);
    }
    addConfigFacts(resource, lastFacts, planned);
  };
}
function addConfigFacts(resource, facts, planned) {
  if (!facts) return;
  if (facts.references) resource.references = facts.references;
  if (facts.region) resource.region = facts.region;
  if (planned) resource.configured = facts.configured;
}
function readProviderRegions(configuration, variables) {
  const regions = /* @__PURE__ */ new Map();
  if (!isObject2(configuration.provider_config)) return regions;
  for (const [key, provider] of Object.entries(configuration.provider_config)) {
    if (!isObject2(provider) || !isObject2(provider.expressions)) continue;
    const expression = provider.expressions.region;
    if (!isObject2(expression)) continue;
    if (typeof expression.constant_value === "string") {
      regions.set(key, expression.constant_value);
      continue;
    }
    const inRoot = provider.module_address === void 0 || provider.module_address === "";
    const refs = expression.references;
    if (inRoot && Array.isArray(refs) && typeof refs[0] === "string" && refs[0].startsWith("var.")) {
      const variable = isObject2(variables) ? variables[refs[0].slice(4)] : void 0;
      if (isObject2(variable) && typeof variable.value === "string") regions.set(key, variable.value);
    }
  }
  return regions;
}
function indexConfiguration(configuration, providerRegions2) {
  const byAddress = /* @__PURE__ */ new Map();
  const stack = [{ module: configuration.root_module, prefix: "" }];
  while (stack.length > 0) {
    const { module, prefix } = stack.pop();
    if (!isObject2(module)) continue;
    if (Array.isArray(module.resources)) {
      for (const r of module.resources) {
        if (!isObject2(r) || r.mode !== "managed" || typeof r.address !== "string") continue;
        const facts = { configured: configuredNames(r.expressions) };
        const references = expressionReferences(r.expressions, module);
        if (references) facts.references = references;
        const region = typeof r.provider_config_key === "string" ? providerRegions2.get(r.provider_config_key) : void 0;
        if (region) facts.region = region;
        byAddress.set(prefix + r.address, facts);
      }
    }
    if (isObject2(module.module_calls)) {
      for (const [name, call2] of Object.entries(module.module_calls)) {
        if (isObject2(call2)) stack.push({ module: call2.module, prefix: `${prefix}module.${name}.` });
      }
    }
  }
  return byAddress;
}
function expressionReferences(expressions, module) {
  if (!isObject2(expressions)) return void 0;
  let result;
  for (const [attribute, expression] of Object.entries(expressions)) {
    const found = /* @__PURE__ */ new Set();
    collectReferences2(expression, found, module);
    if (found.size > 0) (result ??= {})[attribute] = [...found];
  }
  return result;
}
var outputTargets = /* @__PURE__ */ new WeakMap();
function resourcesOfOutput(module, name) {
  let cache = outputTargets.get(module);
  if (cache === void 0) outputTargets.set(module, cache = /* @__PURE__ */ new Map());
  let targets = cache.get(name);
  if (targets === void 0) {
    cache.set(name, []);
    const output = isObject2(module.outputs) ? module.outputs[name] : void 0;
    const found = /* @__PURE__ */ new Set();
    if (isObject2(output)) collectReferences2(output.expression, found, module);
    targets = [...found];
    cache.set(name, targets);
  }
  return targets;
}
var MODULE_OUTPUT_REFERENCE = /^module\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[[^\]]*\])?\.([A-Za-z_][A-Za-z0-9_-]*)/;
function configuredNames(expressions, prefix = "", out = []) {
  if (!isObject2(expressions)) return out;
  for (const [name, value] of Object.entries(expressions)) {
    const path = prefix + name;
    if (!out.includes(path)) out.push(path);
    for (const body of Array.isArray(value) ? value : [value]) {
      if (isObject2(body) && !isExpression(body)) configuredNames(body, `${path}.`, out);
    }
  }
  return out;
}
function isExpression(value) {
  return Object.keys(value).every((k) => k === "constant_value" || k === "references");
}
function collectReferences2(expression, found, module) {
  if (Array.isArray(expression)) {
    for (const item of expression) collectReferences2(item, found, module);
    return;
  }
  if (!isObject2(expression)) return;
  if (Array.isArray(expression.references)) {
    for (const ref of expression.references) {
      if (typeof ref !== "string") continue;
      const address = resourceOfReference2(ref);
      if (address) found.add(address);
      const output = module && ref.startsWith("module.") ? MODULE_OUTPUT_REFERENCE.exec(ref) : null;
      const call2 = output && isObject2(module.module_calls) ? module.module_calls[output[1]] : void 0;
      if (output && isObject2(call2) && isObject2(call2.module)) {
        for (const target of resourcesOfOutput(call2.module, output[2])) found.add(`module.${output[1]}.${target}`);
      }
    }
    return;
  }
  if ("constant_value" in expression) return;
  for (const nested of Object.values(expression)) collectReferences2(nested, found, module);
}
var NOT_A_RESOURCE = /* @__PURE__ */ new Set(["var", "local", "data", "module", "each", "count", "path", "self", "terraform", "ephemeral"]);
function resourceOfReference2(ref) {
  const m = /^([A-Za-z][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)/.exec(ref);
  if (!m) return void 0;
  const [, first, second] = m;
  if (first === "resource") return resourceOfReference2(ref.slice("resource.".length));
  if (NOT_A_RESOURCE.has(first)) return void 0;
  return `${first}.${second}`;
}
function toolOf(configuration, doc) {
  const names = [];
  if (isObject2(configuration.provider_config)) {
    for (const p of Object.values(configuration.provider_config)) if (isObject2(p)) names.push(p.full_name);
  }
  if (Array.isArray(doc.resource_changes) && isObject2(doc.resource_changes[0])) {
    names.push(doc.resource_changes[0].provider_name);
  }
  for (const name of names) {
    if (typeof name !== "string") continue;
    if (name.startsWith("registry.opentofu.org/")) return "opentofu";
    if (name.startsWith("registry.terraform.io/")) return "terraform";
  }
  return "unknown";
}
function readDrift(list) {
  const drift = [];
  if (!Array.isArray(list)) return drift;
  for (const rc of list) {
    if (!isObject2(rc) || rc.mode !== "managed" || typeof rc.address !== "string") continue;
    const change = isObject2(rc.change) ? rc.change : {};
    const actions = Array.isArray(change.actions) ? change.actions.filter((a) => typeof a === "string") : [];
    const changedPaths = [];
    if (change.before !== null && change.after !== null && change.before !== void 0 && change.after !== void 0) {
      diffPaths(change.before, change.after, [], changedPaths);
    }
    drift.push({ address: rc.address, type: String(rc.type), actions, changedPaths });
  }
  return drift;
}
function diffPaths(a, b, prefix, out) {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(formatPath(prefix));
      return;
    }
    for (let i = 0; i < a.length; i++) diffPaths(a[i], b[i], [...prefix, i], out);
    return;
  }
  if (isObject2(a) && isObject2(b)) {
    for (const key of Object.keys(a)) diffPaths(a[key], b[key], [...prefix, key], out);
    for (const key of Object.keys(b)) if (!(key in a)) diffPaths(void 0, b[key], [...prefix, key], out);
    return;
  }
  if ((a === null || a === void 0) && (b === null || b === void 0)) return;
  out.push(formatPath(prefix));
}

// src/sources/state.ts
async function readState(file, warnings = []) {
  return parseState(await readTerraformFile(file, "state"), file, warnings);
}
function parseState(text, file, warnings = []) {
  const doc = parseTerraformJson(text, file, "state");
  if (looksLikePlan(doc)) throw wrongKindError(file, "state");
  if ("version" in doc && !("format_version" in doc)) return rawStateResources(doc, file);
  const formatVersion = checkFormatVersion(doc, file, "state");
  const resources = [];
  const values = isObject2(doc.values) ? doc.values : void 0;
  forEachManagedResource(values?.root_module, (r, module) => resources.push(valuesResource(r, module, "state")));
  if (/^0\.1(\.|$)/.test(formatVersion) && resources.length > 0) {
    warnings.push(unmarkedSensitivityWarning(file, "state", doc.terraform_version));
  }
  return resources;
}
function rawStateResources(doc, file) {
  if (doc.version !== 4) {
    throw new InputError(
      `${file}: state version ${JSON.stringify(doc.version)} is not supported; Plumbline reads state version 4 (Terraform \u2265 0.12, OpenTofu) \u2014 upgrade the state with a current Terraform, or give "terraform show -json" output`
    );
  }
  const resources = [];
  if (!Array.isArray(doc.resources)) return resources;
  for (const r of doc.resources) {
    if (!isObject2(r) || r.mode !== "managed" || typeof r.type !== "string" || typeof r.name !== "string") continue;
    if (!Array.isArray(r.instances)) continue;
    const module = typeof r.module === "string" ? r.module : "";
    for (const instance2 of r.instances) {
      if (!isObject2(instance2) || instance2.deposed !== void 0) continue;
      const resource = {
        address: instanceAddress(module, "managed", r.type, r.name, instance2.index_key),
        type: r.type,
        name: r.name,
        module,
        values: isObject2(instance2.attributes) ? instance2.attributes : {},
        unknown: [],
        sensitive: sensitiveAttributePaths(instance2.sensitive_attributes),
        origin: "state"
      };
      if (typeof instance2.index_key === "number" || typeof instance2.index_key === "string") {
        resource.index = instance2.index_key;
      }
      resources.push(resource);
    }
  }
  return resources;
}
function sensitiveAttributePaths(list) {
  if (!Array.isArray(list)) return [];
  const paths = [];
  for (const path of list) {
    if (!Array.isArray(path)) continue;
    const steps = [];
    for (const step of path) {
      const s = ctyStep(step);
      if (s === void 0) break;
      steps.push(s);
    }
    const formatted = formatPath(steps);
    if (!paths.includes(formatted)) paths.push(formatted);
  }
  return paths;
}
function ctyStep(step) {
  if (!isObject2(step)) return void 0;
  if (step.type === "get_attr" && typeof step.value === "string") return step.value;
  if (step.type === "index") {
    const key = isObject2(step.value) ? step.value.value : step.value;
    if (typeof key === "number" || typeof key === "string") return key;
  }
  return void 0;
}

// src/pipeline.ts
async function runPipeline(config, info = {}, now = () => /* @__PURE__ */ new Date(), liveHost = { mask: () => void 0, env: process.env }) {
  phaseDone("start-up");
  const startedAt = now();
  const warnings = [];
  const lookup2 = Object.assign((name) => findRules(name), { suggest: suggestRuleName });
  const configFile = config.configFile ? await readConfigFile(config.configFile, lookup2, startedAt) : EMPTY_CONFIG_FILE;
  warnings.push(...expiredSuppressionWarnings(configFile));
  const plan = config.planFile ? await readPlan(config.planFile) : void 0;
  if (plan?.errored) warnings.push("Terraform saved this plan after an error: it may be incomplete, so findings may be missing");
  if (plan) warnings.push(...plan.warnings);
  const states = [];
  for (const file of config.stateFiles) states.push(...await readState(file, warnings));
  if (plan && states.length > 0) {
    warnings.push("terraform-state is not checked for findings when a plan is given (the plan holds the planned values); it is what drift is measured against");
  }
  let blocks2 = [];
  let hclResources;
  let hclRegion;
  if (config.tfDir) {
    if (plan || states.length > 0) {
      const scanned = await scanTerraformBlocks(config.tfDir, { repoRoot: config.repoRoot });
      blocks2 = scanned.blocks;
      warnings.push(...scanned.warnings);
    } else {
      const project = await loadTerraformDir(config.tfDir, { repoRoot: config.repoRoot });
      blocks2 = project.blocks;
      hclResources = project.resources;
      hclRegion = project.providerRegion;
      warnings.push(...project.warnings);
    }
  }
  phaseDone("state+code");
  warnings.push(...inlineSuppressionWarnings(blocks2, lookup2));
  const blockMap = new Map(blocks2.map((b) => [b.address, b]));
  if (plan) markDynamicBlocksConfigured(plan.resources, blockMap);
  const defaultRegion = plan?.region ?? hclRegion ?? config.awsRegion;
  const afterTf = plan ? plan.resources : hclResources ?? states;
  const after = mapTerraform(afterTf);
  assignRegion(after.resources, defaultRegion);
  phaseDone("map");
  let ignoreFilesRead;
  const ignoreFiles = () => ignoreFilesRead ??= readIgnoreFiles(config);
  let added;
  if (info.base) {
    added = await compareSuppressions({
      base: info.base,
      blocks: blocks2,
      configFile,
      configPath: config.configFile ? relativeTo(config.repoRoot, config.configFile) : void 0,
      ignoreFiles: await ignoreFiles(),
      lookup: lookup2,
      now: startedAt,
      ignoreAdded: config.ignoreAddedSuppressions === true
    });
    warnings.push(...added.warnings);
  }
  const ctx = { rules: ALL_RULES, configFile: added?.configFile ?? configFile, blocks: blockMap, lookup: lookup2, baseline: added?.baseline };
  const afterEvaluations = evaluateInventory(after.resources, ctx);
  phaseDone("rules");
  const hasBefore = plan !== void 0;
  let priorResources = [];
  let priorEvaluations = [];
  if (plan) {
    priorResources = mapTerraform(plan.prior).resources;
    assignRegion(priorResources, defaultRegion);
    priorEvaluations = evaluateInventory(priorResources, ctx);
  }
  phaseDone("prior");
  let stateResources = [];
  let stateEvaluations = [];
  if (plan && states.length > 0) {
    stateResources = mapTerraform(states).resources;
    assignRegion(stateResources, defaultRegion);
    stateEvaluations = evaluateInventory(stateResources, ctx);
  } else if (plan) {
    stateResources = priorResources;
    stateEvaluations = priorEvaluations;
  } else if (states.length > 0 && !hclResources) {
    stateResources = after.resources;
    stateEvaluations = afterEvaluations;
  }
  let liveEvaluations = [];
  let live;
  if (config.live || config.inventoryFile) {
    const { readLiveSide } = await import("./live-BXNYLMKY.js");
    live = await readLiveSide(config, { nameOf: (input) => input, ...liveHost, now }, VERSION, (p) => relativeTo(config.repoRoot, p));
  }
  if (live) {
    warnings.push(...live.warnings);
    placeLiveResources(live.resources, [...after.resources, ...priorResources, ...stateResources]);
    liveEvaluations = evaluateInventory(live.resources, ctx);
    const incompleteEntries = live.coverage.filter((c) => c.state !== "scanned");
    if (incompleteEntries.length > 0) {
      const shown = incompleteEntries.slice(0, 5).map((c) => `${c.account} ${c.region} ${c.type} ${c.state}${c.error ? ` (${c.error})` : ""}`);
      const more = incompleteEntries.length > shown.length ? `; ${incompleteEntries.length - shown.length} more in the coverage ledger` : "";
      warnings.push(`coverage is incomplete: ${incompleteEntries.length} of ${live.coverage.length} (account, region, type) entries were not fully read: ${shown.join("; ")}${more}`);
    }
  }
  phaseDone("live");
  const afterAddresses = /* @__PURE__ */ new Set();
  for (let i = 0; i < after.resources.length; i++) {
    const address = after.resources[i].address;
    if (address !== void 0) afterAddresses.add(address);
  }
  for (const address of plan?.forgotten ?? []) afterAddresses.add(address);
  const fixedByDeletion = labelPostureDelta({
    after: plan ? afterEvaluations : [],
    prior: priorEvaluations,
    live: liveEvaluations,
    state: stateEvaluations,
    afterAddresses,
    hasPlan: plan !== void 0
  });
  const evaluations = [...afterEvaluations, ...fixedByDeletion, ...liveEvaluations];
  phaseDone("delta");
  let drift;
  if (live && stateResources.length > 0) {
    const driftIgnore = mergeIgnores(configFile.driftIgnore, ...(await ignoreFiles()).map((f) => f.ignore));
    if (added && config.ignoreAddedSuppressions) driftIgnore.baseline = added.driftBaseline;
    drift = compareInventories({
      iac: stateResources,
      live: live.resources,
      coverage: live.coverage,
      defaultAccount: live.primaryAccount,
      ignore: driftIgnore,
      evidence: new Map((plan?.drift ?? []).map((d) => [d.address, { actions: d.actions, changedPaths: d.changedPaths }])),
      locate: (address) => {
        const block2 = blockMap.get(configAddress(address));
        return block2 ? { file: block2.file, line: block2.line } : void 0;
      }
    });
  } else if (live) {
    warnings.push("drift was not compared: it needs Terraform's state (terraform-state, or a plan whose prior state holds the resources)");
  }
  phaseDone("drift");
  if (after.unmapped.length > 0) {
    const types = [...new Set(after.unmapped.map((u) => u.type))].sort();
    warnings.push(`${after.unmapped.length} Terraform resource(s) of ${types.length} type(s) have no mapping yet and were not checked: ${types.slice(0, 10).join(", ")}${types.length > 10 ? ", \u2026" : ""}`);
  }
  warnings.push(...ruleErrorWarnings(evaluations));
  const judged = [...afterEvaluations, ...liveEvaluations];
  const driftCounts = drift?.counts ?? { inSync: 0, changed: 0, missing: 0, unmanaged: 0 };
  const counts = countEvaluations(evaluations, after.resources.length + (live?.resources.length ?? 0), after.unmapped.length);
  counts.drift = { ...driftCounts };
  const coverage = live?.coverage ?? [];
  const gate = decideGate({
    evaluations: judged,
    failOn: config.failOn,
    scope: config.gateScope,
    hasBefore,
    driftCount: driftCounts.changed + driftCounts.missing + driftCounts.unmanaged,
    failOnDrift: config.failOnDrift,
    incomplete: coverage.some((c) => c.state !== "scanned"),
    errors: counts.error,
    failOnIncomplete: config.failOnIncomplete,
    unmapped: after.unmapped.length,
    failOnUnmapped: config.failOnUnmapped
  });
  for (const e of gate.blocking) e.blocksGate = true;
  const usedRules = /* @__PURE__ */ new Set();
  for (let i = 0; i < evaluations.length; i++) usedRules.add(evaluations[i].rule);
  const rules = ALL_RULES.filter((r) => usedRules.has(r.id)).map(metadataOf);
  const allResources = [...after.resources, ...live?.resources ?? []];
  const regions = distinctSorted(allResources, (r) => r.region, live?.regions);
  const model = {
    schemaVersion: 1,
    run: {
      tool: { name: "Plumbline", version: VERSION },
      startedAt: startedAt.toISOString(),
      finishedAt: now().toISOString(),
      repository: info.repository,
      commit: info.commit,
      event: info.event ?? config.event,
      runUrl: info.runUrl,
      sourceUrlBase: info.sourceUrlBase,
      accounts: distinctSorted(allResources, (r) => r.account, live?.accounts),
      regions,
      inputs: publicInputs(config),
      counts,
      gate: { verdict: gate.verdict, reason: gate.reason },
      iacCoverage: drift?.iacCoverage ?? null,
      warnings
    },
    evaluations,
    drift: drift?.entries ?? [],
    coverage,
    rules,
    unmapped: after.unmapped,
    ...added ? { addedSuppressions: added.added } : {}
  };
  phaseDone("model");
  const secrets = runSecretValues({
    terraform: [...afterTf, ...plan?.prior ?? [], ...plan && states.length > 0 ? states : []],
    live: live?.resources ?? [],
    sensitiveValues: plan?.sensitiveValues
  });
  let inventory = live?.inventory;
  if (secrets.length > 0) {
    const scrub = scrubber(secrets);
    scrubModel(model, scrub);
    if (inventory) inventory = { ...inventory, resources: inventory.resources.map((r) => scrubResource(r, scrub)) };
  }
  phaseDone("scrub");
  return { model, secrets, inventory, hasLive: live !== void 0 };
}
function ruleErrorWarnings(evaluations) {
  const byRule = /* @__PURE__ */ new Map();
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i];
    if (e.status !== "error") continue;
    const list = byRule.get(e.rule);
    if (list) list.push(e);
    else byRule.set(e.rule, [e]);
  }
  return [...byRule].map(([rule, errors]) => {
    const first = errors[0];
    const what = first.resource.address ?? `${first.resource.type} ${first.resource.id ?? ""}`.trim();
    const more = errors.length > 1 ? ` and ${errors.length - 1} more resource${errors.length === 2 ? "" : "s"}` : "";
    const reason = first.message.slice(first.message.indexOf(": ") + 2);
    return `rule ${rule} could not judge ${what}${more}: ${reason}; counted as ${errors.length === 1 ? "an error" : "errors"}, not findings (a bug in the rule: please report this line)`;
  });
}
function placeLiveResources(liveResources, iacResources) {
  const declared = /* @__PURE__ */ new Map();
  for (const r of iacResources) {
    if (r.id === null || !r.address) continue;
    const key = `${r.type}\0${r.id}`;
    if (!declared.has(key)) declared.set(key, { address: r.address, location: r.location, tfType: r.tfType });
  }
  if (declared.size === 0) return;
  for (const r of liveResources) {
    if (r.id === null) continue;
    const match = declared.get(`${r.type}\0${r.id}`);
    if (!match) continue;
    r.address = match.address;
    if (match.location) r.location = match.location;
    if (match.tfType) r.tfType = match.tfType;
  }
}
async function readIgnoreFiles(config) {
  const candidates2 = [join5(config.repoRoot, IGNORE_FILE), ...config.tfDir ? [join5(config.tfDir, IGNORE_FILE)] : []];
  const files = [];
  for (const path of [...new Set(candidates2)]) {
    const file = relativeTo(config.repoRoot, path);
    if (existsSync2(path)) files.push({ file, ignore: await readIgnoreFile(path, file) });
  }
  return files;
}
var IGNORE_FILE = ".plumbline-ignore";
function markDynamicBlocksConfigured(resources, blocks2) {
  if (blocks2.size === 0) return;
  for (const r of resources) {
    if (!r.configured) continue;
    const dynamic = blocks2.get(configAddress(r.address))?.dynamicBlocks;
    if (dynamic && dynamic.length > 0) r.configured = [.../* @__PURE__ */ new Set([...r.configured, ...dynamic])];
  }
}
function assignRegion(resources, region) {
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    if (isGlobalType(r.type)) r.region = GLOBAL_REGION;
    else r.region ??= region;
  }
}
function distinctSorted(resources, pick, more = []) {
  const found = new Set(more);
  for (let i = 0; i < resources.length; i++) {
    const value = pick(resources[i]);
    if (value !== void 0) found.add(value);
  }
  return [...found].sort();
}
function metadataOf(rule) {
  const { id, title, severity, description, risk, remediation, categories, resourceTypes, frameworks, aliases, notes } = rule;
  return { id, title, severity, description, risk, remediation, categories, resourceTypes, frameworks, aliases, notes };
}
function publicInputs(config) {
  const rel = (p) => p === void 0 ? void 0 : relativeTo(config.repoRoot, p);
  return {
    terraformPlan: rel(config.planFile),
    terraformState: config.stateFiles.map((f) => rel(f)),
    terraformDir: rel(config.tfDir),
    config: rel(config.configFile),
    awsRegion: config.awsRegion,
    failOnSeverity: config.failOn,
    gateScope: config.gateScope,
    failOnDrift: config.failOnDrift,
    failOnIncomplete: config.failOnIncomplete,
    failOnUnmapped: config.failOnUnmapped,
    ignoreAddedSuppressions: config.ignoreAddedSuppressions === true,
    sarifCategory: config.sarifCategory,
    live: config.live,
    inventory: rel(config.inventoryFile),
    // The scan's settings only when it scanned: from an inventory file they would describe nothing that ran.
    ...config.live ? {
      roleToAssume: config.auth.roleToAssume,
      additionalRoleArns: config.auth.additionalRoleArns,
      allowedAccountIds: config.auth.allowedAccountIds,
      regions: config.regions,
      resourceTypes: config.liveTypes,
      rateLimit: config.rateLimit,
      concurrency: config.concurrency
    } : {}
  };
}
function relativeTo(root, path) {
  return path.startsWith(root + "/") ? path.slice(root.length + 1) : path === root ? "." : path;
}

// src/report/redact.ts
var ACCOUNT_RUN = /(?<![0-9])[0-9]{12}(?![0-9])/g;
var URL_TOKEN = /\bhttps?:\/\/[^\s"'<>()[\]{}|\\^`]+/gi;
var AWS_HOST = /(^|\.)(amazonaws\.com|aws\.amazon\.com|amazon\.com|amazonaws\.com\.cn)$/i;
var HEX = /[0-9a-fA-F]/;
var HASH_LENGTH = 32;
function maskAccountIdsInText(text, accounts = []) {
  const known = [...new Set(accounts.filter((account) => /^[0-9]{12}$/.test(account)))];
  let masked = text;
  if (known.length > 0) {
    const anyKnown = new RegExp(known.join("|"), "g");
    masked = masked.replace(anyKnown, (id) => maskAccountId(id));
  }
  if (!/[0-9]{12}/.test(masked)) return masked;
  const foreignUrls = [...masked.matchAll(URL_TOKEN)].filter((match) => !isAwsUrl(match[0])).map((match) => [match.index, match.index + match[0].length]);
  let url = 0;
  let hexRun = [-1, -1];
  return masked.replace(ACCOUNT_RUN, (id, offset, whole) => {
    while (url < foreignUrls.length && foreignUrls[url][1] <= offset) url++;
    if (url < foreignUrls.length && offset >= foreignUrls[url][0]) return id;
    if (offset >= hexRun[1]) hexRun = hexRunAround(whole, offset, id.length);
    if (hexRun[1] - hexRun[0] >= HASH_LENGTH) return id;
    return maskAccountId(id);
  });
}
function isAwsUrl(url) {
  try {
    return AWS_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
function hexRunAround(text, offset, length2) {
  let start = offset;
  let end = offset + length2;
  while (start > 0 && HEX.test(text[start - 1])) start--;
  while (end < text.length && HEX.test(text[end])) end++;
  return [start, end];
}
function maskAccountIds(model) {
  const accounts = knownAccounts(model);
  return maskDeep(model, accounts);
}
function knownAccounts(model) {
  const ids = new Set(model.run.accounts);
  for (const entry2 of model.coverage) ids.add(entry2.account);
  for (const evaluation of model.evaluations) if (evaluation.resource.account) ids.add(evaluation.resource.account);
  for (const entry2 of model.drift) if (entry2.resource.account) ids.add(entry2.resource.account);
  return [...ids];
}
function maskDeep(value, accounts) {
  if (typeof value === "string") return maskAccountIdsInText(value, accounts);
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, accounts));
  if (value !== null && typeof value === "object") {
    const copy = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, maskAccountIdsInText(key, accounts), {
        value: maskDeep(item, accounts),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return copy;
  }
  return value;
}
function maskInventoryIdentifiers(file) {
  const accounts = [.../* @__PURE__ */ new Set([...file.accounts, ...file.resources.map((r) => r.account).filter((a) => a !== void 0)])];
  const mask = (value) => maskDeep(value, accounts);
  return {
    ...file,
    resources: file.resources.map((resource) => {
      const masked = { ...resource, properties: mask(resource.properties) };
      if (resource.address !== void 0) masked.address = maskAccountIdsInText(resource.address, accounts);
      return masked;
    }),
    coverage: file.coverage.map(({ account, ...rest }) => ({ ...mask(rest), account }))
  };
}

// src/publish/files.ts
import { mkdir } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/report/html.ts
var import_handlebars = __toESM(require_runtime2(), 1);
import { createHash as createHash2 } from "node:crypto";

// templates/report.hbs
var report_default = { "0": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="verdict-findings">' + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "verdict"), "findings", { "start": { "line": 22, "column": 58 }, "end": { "line": 22, "column": 74 } }), depth0)) + "</p>";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    <div><dt>" + container.escapeExpression(container.lambda(container.strict(depth0, "label", { "start": { "line": 27, "column": 15 }, "end": { "line": 27, "column": 20 } }), depth0)) + "</dt><dd>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "href"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 27, "column": 31 }, "end": { "line": 27, "column": 125 } } })) != null ? stack1 : "") + "</dd></div>\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '<a href="' + alias3(alias2(alias1(depth0, "href", { "start": { "line": 27, "column": 54 }, "end": { "line": 27, "column": 58 } }), depth0)) + '" rel="noreferrer noopener">' + alias3(alias2(alias1(depth0, "value", { "start": { "line": 27, "column": 90 }, "end": { "line": 27, "column": 95 } }), depth0)) + "</a>";
}, "3": function(container, depth0, helpers, partials, data) {
  return container.escapeExpression(container.lambda(container.strict(depth0, "value", { "start": { "line": 27, "column": 111 }, "end": { "line": 27, "column": 116 } }), depth0));
}, "4": function(container, depth0, helpers, partials, data) {
  return '<a href="#delta">Posture delta</a>';
}, "5": function(container, depth0, helpers, partials, data) {
  return '<a href="#drift">Drift</a>';
}, "6": function(container, depth0, helpers, partials, data) {
  return '<a href="#suppressed">Suppressed</a>';
}, "7": function(container, depth0, helpers, partials, data) {
  return '<a href="#coverage">Coverage</a>';
}, "8": function(container, depth0, helpers, partials, data) {
  return '<a href="#unmapped">Not checked</a>';
}, "9": function(container, depth0, helpers, partials, data) {
  return '<a href="#warnings">Warnings</a>';
}, "10": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '        <g class="bar bar-' + alias3(alias2(alias1(depth0, "severity", { "start": { "line": 49, "column": 28 }, "end": { "line": 49, "column": 36 } }), depth0)) + '">\n          <text x="0" y="' + alias3(alias2(alias1(depth0, "textY", { "start": { "line": 50, "column": 27 }, "end": { "line": 50, "column": 32 } }), depth0)) + '" class="bar-label">' + alias3(alias2(alias1(depth0, "severity", { "start": { "line": 50, "column": 56 }, "end": { "line": 50, "column": 64 } }), depth0)) + '</text>\n          <rect x="80" y="' + alias3(alias2(alias1(depth0, "y", { "start": { "line": 51, "column": 28 }, "end": { "line": 51, "column": 29 } }), depth0)) + '" width="' + alias3(alias2(alias1(depth0, "barWidth", { "start": { "line": 51, "column": 42 }, "end": { "line": 51, "column": 50 } }), depth0)) + '" height="22" rx="3"></rect>\n          <text x="' + alias3(alias2(alias1(depth0, "countX", { "start": { "line": 52, "column": 21 }, "end": { "line": 52, "column": 27 } }), depth0)) + '" y="' + alias3(alias2(alias1(depth0, "textY", { "start": { "line": 52, "column": 36 }, "end": { "line": 52, "column": 41 } }), depth0)) + '" class="bar-count">' + alias3(alias2(alias1(depth0, "count", { "start": { "line": 52, "column": 65 }, "end": { "line": 52, "column": 70 } }), depth0)) + "</text>\n        </g>\n";
}, "11": function(container, depth0, helpers, partials, data) {
  return "<th>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</th>";
}, "12": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '          <tr><td class="sev sev-' + alias3(alias2(alias1(depth0, "severity", { "start": { "line": 64, "column": 35 }, "end": { "line": 64, "column": 43 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "severity", { "start": { "line": 64, "column": 49 }, "end": { "line": 64, "column": 57 } }), depth0)) + "</td>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "cells"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 64 }, "end": { "line": 64, "column": 115 } } })) != null ? stack1 : "") + '<td class="n">' + alias3(alias2(alias1(depth0, "total", { "start": { "line": 64, "column": 131 }, "end": { "line": 64, "column": 136 } }), depth0)) + "</td></tr>\n";
}, "13": function(container, depth0, helpers, partials, data) {
  return '<td class="n">' + container.escapeExpression(container.lambda(depth0, depth0)) + "</td>";
}, "14": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return "        <div><dt>" + alias3(alias2(alias1(depth0, "label", { "start": { "line": 72, "column": 19 }, "end": { "line": 72, "column": 24 } }), depth0)) + "</dt><dd>" + alias3(alias2(alias1(depth0, "value", { "start": { "line": 72, "column": 37 }, "end": { "line": 72, "column": 42 } }), depth0)) + "</dd></div>\n";
}, "15": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '    <div id="delta" class="delta">\n      <h3>Posture delta</h3>\n      <ul class="tiles">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "delta"), "cells"), { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 80, "column": 6 }, "end": { "line": 82, "column": 15 } } })) != null ? stack1 : "") + `      </ul>
      <p class="muted delta-note">Introduced: fails after this change, not before. Fixed: failed before, passes after (a deletion counts). Drift: fails live, passes in Terraform's state. Pre-existing: fails on both sides.</p>
    </div>
`;
}, "16": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '        <li class="tile"><span class="tile-n">' + alias3(alias2(alias1(depth0, "count", { "start": { "line": 81, "column": 48 }, "end": { "line": 81, "column": 53 } }), depth0)) + '</span><span class="tile-label">' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 81, "column": 89 }, "end": { "line": 81, "column": 94 } }), depth0)) + "</span></li>\n";
}, "17": function(container, depth0, helpers, partials, data) {
  return '  <noscript><p class="muted">The findings list needs JavaScript (inline, nothing is fetched). Every finding is also in plumbline-results.json and plumbline.sarif.</p></noscript>\n  <form class="filters" id="finding-filters" autocomplete="off">\n    <label>Severity <select data-filter="sev"></select></label>\n    <label>Gate <select data-filter="gate"></select></label>\n    <label>Status <select data-filter="st"></select></label>\n    <label>Change <select data-filter="dl"></select></label>\n    <label>Service <select data-filter="svc"></select></label>\n    <label>Account <select data-filter="acct"></select></label>\n    <label>Region <select data-filter="reg"></select></label>\n    <label>Framework <select data-filter="fw"></select></label>\n    <label>Origin <select data-filter="origin"></select></label>\n    <label class="search">Search <input type="search" id="finding-search" placeholder="rule, resource, message, path\u2026"></label>\n    <button type="reset" id="filters-reset">Clear</button>\n  </form>\n  <div class="list-bar">\n    <p class="table-status" aria-live="polite"><span id="findings-count">0</span> of <span id="findings-total">0</span> shown <span id="page-info" class="muted"></span></p>\n    <div class="sort-bar" id="finding-sort" role="group" aria-label="Sort the findings">\n      <span class="muted">Sort by</span>\n      <button type="button" data-sort="" aria-pressed="true">Gate, then severity</button>\n      <button type="button" data-sort="sev" aria-pressed="false">Severity</button>\n      <button type="button" data-sort="rule" aria-pressed="false">Rule</button>\n      <button type="button" data-sort="res" aria-pressed="false">Resource</button>\n      <button type="button" data-sort="svc" aria-pressed="false">Service</button>\n      <button type="button" data-sort="place" aria-pressed="false">Account / region</button>\n      <button type="button" data-sort="where" aria-pressed="false">Location</button>\n      <button type="button" data-sort="st" aria-pressed="false">Status</button>\n      <button type="button" data-sort="dl" aria-pressed="false">Change</button>\n    </div>\n  </div>\n  <ol class="finding-list" id="findings-list"></ol>\n  <div class="pager">\n    <button type="button" id="page-prev">\u2039 Previous</button>\n    <button type="button" id="page-next">Next \u203A</button>\n    <label>Findings per page <select id="page-size"><option>50</option><option selected>100</option><option>250</option><option>1000</option></select></label>\n  </div>\n';
}, "18": function(container, depth0, helpers, partials, data) {
  return '  <p class="muted">No failing, erroring, suppressed or unknown checks.</p>\n';
}, "19": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="drift">\n  <h2>Drift</h2>\n  <ul class="tiles">\n' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "driftSection"), "counts"), { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 141, "column": 2 }, "end": { "line": 143, "column": 11 } } })) != null ? stack1 : "") + "  </ul>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "driftSection"), "changed"), "length"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 145, "column": 2 }, "end": { "line": 163, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "driftSection"), "missing"), "length"), { "name": "if", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 164, "column": 2 }, "end": { "line": 176, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "driftSection"), "unmanaged"), "length"), { "name": "if", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 177, "column": 2 }, "end": { "line": 189, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
}, "20": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '    <li class="tile"><span class="tile-n">' + alias3(alias2(alias1(depth0, "value", { "start": { "line": 142, "column": 44 }, "end": { "line": 142, "column": 49 } }), depth0)) + '</span><span class="tile-label">' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 142, "column": 85 }, "end": { "line": 142, "column": 90 } }), depth0)) + "</span></li>\n";
}, "21": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "  <h3>Changed outside Terraform</h3>\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "driftSection"), "changed"), { "name": "each", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 147, "column": 2 }, "end": { "line": 162, "column": 11 } } })) != null ? stack1 : "");
}, "22": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '  <details class="drift-entry">\n    <summary><code>' + alias3(alias2(alias1(depth0, "address", { "start": { "line": 149, "column": 21 }, "end": { "line": 149, "column": 28 } }), depth0)) + '</code> <span class="muted">' + alias3(alias2(alias1(depth0, "resource", { "start": { "line": 149, "column": 60 }, "end": { "line": 149, "column": 68 } }), depth0)) + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "place"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 149, "column": 70 }, "end": { "line": 149, "column": 102 } } })) != null ? stack1 : "") + "</span></summary>\n    <p>" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasLink"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.program(25, data, 0), "data": data, "loc": { "start": { "line": 150, "column": 7 }, "end": { "line": 150, "column": 104 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "evidence"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 150, "column": 104 }, "end": { "line": 150, "column": 167 } } })) != null ? stack1 : "") + '</p>\n    <div class="table-wrap">\n    <table class="drift-values">\n      <thead><tr><th>Property</th><th>In Terraform</th><th>Live</th></tr></thead>\n      <tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "changes"), { "name": "each", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 155, "column": 6 }, "end": { "line": 157, "column": 15 } } })) != null ? stack1 : "") + "      </tbody>\n    </table>\n    </div>\n  </details>\n";
}, "23": function(container, depth0, helpers, partials, data) {
  return " \xB7 " + container.escapeExpression(container.lambda(container.strict(depth0, "place", { "start": { "line": 149, "column": 88 }, "end": { "line": 149, "column": 93 } }), depth0));
}, "24": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '<a href="' + alias3(alias2(alias1(depth0, "link", { "start": { "line": 150, "column": 33 }, "end": { "line": 150, "column": 37 } }), depth0)) + '" rel="noreferrer noopener">' + alias3(alias2(alias1(depth0, "where", { "start": { "line": 150, "column": 69 }, "end": { "line": 150, "column": 74 } }), depth0)) + "</a>";
}, "25": function(container, depth0, helpers, partials, data) {
  return container.escapeExpression(container.lambda(container.strict(depth0, "where", { "start": { "line": 150, "column": 90 }, "end": { "line": 150, "column": 95 } }), depth0));
}, "26": function(container, depth0, helpers, partials, data) {
  return ' <span class="muted">' + container.escapeExpression(container.lambda(container.strict(depth0, "evidence", { "start": { "line": 150, "column": 143 }, "end": { "line": 150, "column": 151 } }), depth0)) + "</span>";
}, "27": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '        <tr class="drift-change"><td><code>' + alias3(alias2(alias1(depth0, "path", { "start": { "line": 156, "column": 45 }, "end": { "line": 156, "column": 49 } }), depth0)) + "</code></td><td><pre>" + alias3(alias2(alias1(depth0, "iac", { "start": { "line": 156, "column": 74 }, "end": { "line": 156, "column": 77 } }), depth0)) + "</pre></td><td><pre>" + alias3(alias2(alias1(depth0, "live", { "start": { "line": 156, "column": 101 }, "end": { "line": 156, "column": 105 } }), depth0)) + "</pre></td></tr>\n";
}, "28": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '  <h3>Missing (in Terraform, not found live)</h3>\n  <div class="table-wrap">\n  <table class="drift-list">\n    <thead><tr><th>Terraform address</th><th>Resource</th><th>Account/region</th><th>Location</th></tr></thead>\n    <tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "driftSection"), "missing"), { "name": "each", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 170, "column": 4 }, "end": { "line": 172, "column": 13 } } })) != null ? stack1 : "") + "    </tbody>\n  </table>\n  </div>\n";
}, "29": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '      <tr class="drift-missing"><td><code>' + alias3(alias2(alias1(depth0, "address", { "start": { "line": 171, "column": 44 }, "end": { "line": 171, "column": 51 } }), depth0)) + "</code></td><td>" + alias3(alias2(alias1(depth0, "resource", { "start": { "line": 171, "column": 71 }, "end": { "line": 171, "column": 79 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "place", { "start": { "line": 171, "column": 92 }, "end": { "line": 171, "column": 97 } }), depth0)) + "</td><td>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "hasLink"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.program(25, data, 0), "data": data, "loc": { "start": { "line": 171, "column": 108 }, "end": { "line": 171, "column": 205 } } })) != null ? stack1 : "") + "</td></tr>\n";
}, "30": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '  <h3>Unmanaged (live, not in Terraform)</h3>\n  <div class="table-wrap">\n  <table class="drift-list">\n    <thead><tr><th>Resource</th><th>Account/region</th></tr></thead>\n    <tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "driftSection"), "unmanaged"), { "name": "each", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 183, "column": 4 }, "end": { "line": 185, "column": 13 } } })) != null ? stack1 : "") + "    </tbody>\n  </table>\n  </div>\n";
}, "31": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '      <tr class="drift-unmanaged"><td><code>' + alias3(alias2(alias1(depth0, "resource", { "start": { "line": 184, "column": 46 }, "end": { "line": 184, "column": 54 } }), depth0)) + "</code></td><td>" + alias3(alias2(alias1(depth0, "place", { "start": { "line": 184, "column": 74 }, "end": { "line": 184, "column": 79 } }), depth0)) + "</td></tr>\n";
}, "32": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="suppressed">\n  <h2>Suppressed findings</h2>\n  <div class="table-wrap">\n  <table class="suppressed">\n    <thead><tr><th>Severity</th><th>Rule</th><th>Resource</th><th>Location</th><th>Reason</th><th>Source</th><th>Expires</th></tr></thead>\n    <tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "suppressed"), { "name": "each", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 200, "column": 4 }, "end": { "line": 202, "column": 13 } } })) != null ? stack1 : "") + "    </tbody>\n  </table>\n  </div>\n</section>\n";
}, "33": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '      <tr class="suppressed-row"><td class="sev sev-' + alias3(alias2(alias1(depth0, "severity", { "start": { "line": 201, "column": 54 }, "end": { "line": 201, "column": 62 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "severity", { "start": { "line": 201, "column": 68 }, "end": { "line": 201, "column": 76 } }), depth0)) + "</td><td><code>" + alias3(alias2(alias1(depth0, "rule", { "start": { "line": 201, "column": 95 }, "end": { "line": 201, "column": 99 } }), depth0)) + "</code></td><td><code>" + alias3(alias2(alias1(depth0, "resource", { "start": { "line": 201, "column": 125 }, "end": { "line": 201, "column": 133 } }), depth0)) + "</code></td><td>" + alias3(alias2(alias1(depth0, "where", { "start": { "line": 201, "column": 153 }, "end": { "line": 201, "column": 158 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "reason", { "start": { "line": 201, "column": 171 }, "end": { "line": 201, "column": 177 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "source", { "start": { "line": 201, "column": 190 }, "end": { "line": 201, "column": 196 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "expires", { "start": { "line": 201, "column": 209 }, "end": { "line": 201, "column": 216 } }), depth0)) + "</td></tr>\n";
}, "34": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="coverage">\n  <h2>Coverage</h2>\n  <p>' + container.escapeExpression(container.lambda(container.strict(depth0, "coverageSummary", { "start": { "line": 212, "column": 7 }, "end": { "line": 212, "column": 22 } }), depth0)) + '</p>\n  <div class="table-wrap">\n  <table class="coverage">\n    <thead><tr><th>Account</th><th>Region</th><th>Type</th><th>State</th><th>Count</th><th>Why</th></tr></thead>\n    <tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "coverage"), { "name": "each", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 217, "column": 4 }, "end": { "line": 219, "column": 13 } } })) != null ? stack1 : "") + "    </tbody>\n  </table>\n  </div>\n</section>\n";
}, "35": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '      <tr class="cov-' + alias3(alias2(alias1(depth0, "state", { "start": { "line": 218, "column": 23 }, "end": { "line": 218, "column": 28 } }), depth0)) + '"><td>' + alias3(alias2(alias1(depth0, "account", { "start": { "line": 218, "column": 38 }, "end": { "line": 218, "column": 45 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "region", { "start": { "line": 218, "column": 58 }, "end": { "line": 218, "column": 64 } }), depth0)) + "</td><td><code>" + alias3(alias2(alias1(depth0, "type", { "start": { "line": 218, "column": 83 }, "end": { "line": 218, "column": 87 } }), depth0)) + "</code></td><td>" + alias3(alias2(alias1(depth0, "state", { "start": { "line": 218, "column": 107 }, "end": { "line": 218, "column": 112 } }), depth0)) + '</td><td class="n">' + alias3(alias2(alias1(depth0, "count", { "start": { "line": 218, "column": 135 }, "end": { "line": 218, "column": 140 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "detail", { "start": { "line": 218, "column": 153 }, "end": { "line": 218, "column": 159 } }), depth0)) + "</td></tr>\n";
}, "36": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="unmapped">\n  <h2>Not checked</h2>\n  <details>\n    <summary>Terraform resources without a mapping</summary>\n    <ul>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "unmapped"), { "name": "each", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 232, "column": 4 }, "end": { "line": 234, "column": 13 } } })) != null ? stack1 : "") + "    </ul>\n  </details>\n</section>\n";
}, "37": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return "      <li><code>" + alias3(alias2(alias1(depth0, "address", { "start": { "line": 233, "column": 18 }, "end": { "line": 233, "column": 25 } }), depth0)) + '</code> <span class="muted">' + alias3(alias2(alias1(depth0, "type", { "start": { "line": 233, "column": 57 }, "end": { "line": 233, "column": 61 } }), depth0)) + "</span></li>\n";
}, "38": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="warnings">\n  <h2>Warnings</h2>\n  <ul>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "warnings"), { "name": "each", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 244, "column": 2 }, "end": { "line": 246, "column": 11 } } })) != null ? stack1 : "") + "  </ul>\n</section>\n";
}, "39": function(container, depth0, helpers, partials, data) {
  return "    <li>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</li>\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="<!--plumbline:csp-->">\n<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>' + alias3(alias2(alias1(depth0, "title", { "start": { "line": 14, "column": 9 }, "end": { "line": 14, "column": 14 } }), depth0)) + "</title>\n<style><!--plumbline:style--></style>\n</head>\n<body>\n<header>\n  <h1>" + alias3(alias2(alias1(depth0, "title", { "start": { "line": 19, "column": 8 }, "end": { "line": 19, "column": 13 } }), depth0)) + '</h1>\n  <div class="banner ' + alias3(alias2(alias1(lookupProperty(depth0, "verdict"), "state", { "start": { "line": 20, "column": 23 }, "end": { "line": 20, "column": 36 } }), depth0)) + '" id="verdict">\n    <p class="verdict ' + alias3(alias2(alias1(lookupProperty(depth0, "verdict"), "state", { "start": { "line": 21, "column": 24 }, "end": { "line": 21, "column": 37 } }), depth0)) + '">Gate: ' + alias3(alias2(alias1(lookupProperty(depth0, "verdict"), "word", { "start": { "line": 21, "column": 49 }, "end": { "line": 21, "column": 61 } }), depth0)) + " (" + alias3(alias2(alias1(lookupProperty(depth0, "verdict"), "reason", { "start": { "line": 21, "column": 67 }, "end": { "line": 21, "column": 81 } }), depth0)) + ")</p>\n    " + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "verdict"), "findings"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 4 }, "end": { "line": 22, "column": 87 } } })) != null ? stack1 : "") + '\n    <p class="verdict-detail">' + alias3(alias2(alias1(lookupProperty(depth0, "verdict"), "detail", { "start": { "line": 23, "column": 32 }, "end": { "line": 23, "column": 46 } }), depth0)) + '</p>\n  </div>\n  <dl class="meta run-meta">\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "header"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 2 }, "end": { "line": 28, "column": 11 } } })) != null ? stack1 : "") + '  </dl>\n  <nav class="toc" aria-label="Sections">\n    <a href="#summary">Summary</a>\n    ' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "delta"), "shown"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 4 }, "end": { "line": 32, "column": 64 } } })) != null ? stack1 : "") + '\n    <a href="#findings">Findings</a>\n    ' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "driftSection"), "shown"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 4 }, "end": { "line": 34, "column": 63 } } })) != null ? stack1 : "") + "\n    " + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasSuppressed"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 4 }, "end": { "line": 35, "column": 68 } } })) != null ? stack1 : "") + "\n    " + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasCoverage"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 4 }, "end": { "line": 36, "column": 62 } } })) != null ? stack1 : "") + "\n    " + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasUnmapped"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 4 }, "end": { "line": 37, "column": 65 } } })) != null ? stack1 : "") + "\n    " + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasWarnings"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 4 }, "end": { "line": 38, "column": 62 } } })) != null ? stack1 : "") + '\n  </nav>\n</header>\n\n<section id="summary">\n  <h2>Summary</h2>\n  <div class="summary">\n    <figure class="chart">\n      <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="' + alias3(alias2(alias1(lookupProperty(depth0, "chart"), "label", { "start": { "line": 46, "column": 71 }, "end": { "line": 46, "column": 82 } }), depth0)) + '" width="' + alias3(alias2(alias1(lookupProperty(depth0, "chart"), "width", { "start": { "line": 46, "column": 95 }, "end": { "line": 46, "column": 106 } }), depth0)) + '" height="' + alias3(alias2(alias1(lookupProperty(depth0, "chart"), "height", { "start": { "line": 46, "column": 120 }, "end": { "line": 46, "column": 132 } }), depth0)) + '" viewBox="0 0 ' + alias3(alias2(alias1(lookupProperty(depth0, "chart"), "width", { "start": { "line": 46, "column": 151 }, "end": { "line": 46, "column": 162 } }), depth0)) + " " + alias3(alias2(alias1(lookupProperty(depth0, "chart"), "height", { "start": { "line": 46, "column": 167 }, "end": { "line": 46, "column": 179 } }), depth0)) + '">\n        <title>' + alias3(alias2(alias1(lookupProperty(depth0, "chart"), "label", { "start": { "line": 47, "column": 17 }, "end": { "line": 47, "column": 28 } }), depth0)) + "</title>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "chart"), "bars"), { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 8 }, "end": { "line": 54, "column": 17 } } })) != null ? stack1 : "") + '      </svg>\n      <figcaption>Failing checks by severity</figcaption>\n    </figure>\n    <div class="summary-counts">\n      <div class="table-wrap">\n      <table class="counts">\n        <thead><tr><th>Severity</th>' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "counts"), "statuses"), { "name": "each", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 36 }, "end": { "line": 61, "column": 87 } } })) != null ? stack1 : "") + "<th>total</th></tr></thead>\n        <tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "counts"), "rows"), { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 63, "column": 8 }, "end": { "line": 65, "column": 17 } } })) != null ? stack1 : "") + "        </tbody>\n        <tfoot><tr><th>all</th>" + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "counts"), "totals"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 31 }, "end": { "line": 67, "column": 90 } } })) != null ? stack1 : "") + '<td class="n">' + alias3(alias2(alias1(lookupProperty(depth0, "counts"), "total", { "start": { "line": 67, "column": 106 }, "end": { "line": 67, "column": 118 } }), depth0)) + '</td></tr></tfoot>\n      </table>\n      </div>\n      <dl class="meta">\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "extras"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 71, "column": 6 }, "end": { "line": 73, "column": 15 } } })) != null ? stack1 : "") + "      </dl>\n    </div>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "delta"), "shown"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 4 }, "end": { "line": 86, "column": 11 } } })) != null ? stack1 : "") + '  </div>\n</section>\n\n\n<section id="findings">\n  <h2>Findings</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasFindings"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.program(18, data, 0), "data": data, "loc": { "start": { "line": 93, "column": 2 }, "end": { "line": 131, "column": 9 } } })) != null ? stack1 : "") + '</section>\n<script type="application/json" id="plumbline-data"><!--plumbline:data--></script>\n<script><!--plumbline:script--></script>\n\n' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "driftSection"), "shown"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 137, "column": 0 }, "end": { "line": 191, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasSuppressed"), { "name": "if", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 193, "column": 0 }, "end": { "line": 207, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasCoverage"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 209, "column": 0 }, "end": { "line": 224, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasUnmapped"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 226, "column": 0 }, "end": { "line": 238, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "hasWarnings"), { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 240, "column": 0 }, "end": { "line": 249, "column": 7 } } })) != null ? stack1 : "") + "</body>\n</html>\n";
}, "useData": true };

// templates/report.js.hbs
var report_js_default = "// The findings list: one card per finding (a rule on a resource, with every side that judged it: the plan and the\n// live resource at the same .tf block are one finding), filters, free-text search, sorting, pages and per-finding\n// details. Inlined verbatim into the report (not rendered by Handlebars; the .hbs name is what the bundle's and\n// Jest's text loaders know) and admitted by its SHA-256 hash in the page's Content-Security-Policy.\n// Safety: data comes from the JSON block only and reaches the page through textContent, createTextNode and\n// element properties, never innerHTML; the only hrefs set are https URLs (built from the run's GitHub base).\n// Speed: one page of cards is in the DOM at a time (100 by default), so 10,000 findings stay interactive.\n(function () {\n  'use strict'\n  var dataElement = document.getElementById('plumbline-data')\n  var list = document.getElementById('findings-list')\n  if (!dataElement || !list) return\n  var data = JSON.parse(dataElement.textContent || '{}')\n  var rules = data.rules || {}\n  var NONE = '(none)'\n  var BLOCKS = 'blocks the gate'\n  var DOES_NOT_BLOCK = 'does not block'\n  var STATUS_WORDS = { error: 'rule error', suppressed: 'suppressed', unknown: 'unknown', fixed: 'fixed by this change' }\n\n  var SEVERITY_RANK = new Map()\n  ;(data.severities || []).forEach(function (severity, i) { SEVERITY_RANK.set(severity, i) })\n  var STATUS_RANK = new Map([['fail', 0], ['error', 1], ['suppressed', 2], ['unknown', 3], ['fixed', 4]])\n  var CHANGE_RANK = new Map([['introduced', 0], ['drift', 1], ['pre-existing', 2], ['fixed', 3], ['', 4]])\n  var GATE_RANK = new Map([[BLOCKS, 0], [DOES_NOT_BLOCK, 1]])\n  var entries = decodeEntries(data)\n\n  var FILTER_KEYS = ['sev', 'gate', 'st', 'dl', 'svc', 'acct', 'reg', 'fw', 'origin']\n  var state = { filters: new Map(), words: [], sortKey: '', sortDirection: 1, page: 0, pageSize: 100 }\n  var opened = new Set()\n  var matches = []\n  var haystacks = null\n  var renders = 0\n\n  var countElement = document.getElementById('findings-count')\n  var totalElement = document.getElementById('findings-total')\n  var pageInfo = document.getElementById('page-info')\n  var previousButton = document.getElementById('page-prev')\n  var nextButton = document.getElementById('page-next')\n  var pageSizeSelect = document.getElementById('page-size')\n  var searchInput = document.getElementById('finding-search')\n  var form = document.getElementById('finding-filters')\n  var sortBar = document.getElementById('finding-sort')\n  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'))\n  /** Option index \u2192 filter value, per filter: option values are indexes, so no value is ever parsed from markup. */\n  var choices = new Map()\n\n  /**\n   * Rows (one per side) arrive as arrays of cells, shared values interned; `groups` cuts them into findings\n   * (see TableData in src/report/html.ts). A finding shows its first side's rule, message and resource (the\n   * Terraform side when there is one), its worst severity and its first location.\n   */\n  function decodeEntries(data) {\n    var columns = data.columns || []\n    var interned = new Set(data.interned || [])\n    var values = data.values || []\n    var rows = (data.findings || []).map(function (cells) {\n      var row = {}\n      for (var c = 0; c < columns.length; c++) row[columns[c]] = interned.has(columns[c]) ? values[cells[c]] : cells[c]\n      row.link = row.link && data.linkBase ? data.linkBase + row.link : ''\n      return row\n    })\n    var result = []\n    var next = 0\n    ;(data.groups || []).forEach(function (group) {\n      var sides = rows.slice(next, next + group[0])\n      next += group[0]\n      if (sides.length === 0) return\n      var main = sides[0]\n      var located = sides.find(function (side) { return side.where }) || main\n      var worst = sides.reduce(function (w, side) { return rankOf('sev', side.sev) < rankOf('sev', w) ? side.sev : w }, main.sev)\n      result.push({ main: main, sides: sides, sev: worst, blocks: group[1] === 1, where: located.where, link: located.link })\n    })\n    return result\n  }\n\n  function own(object, key) {\n    return Object.prototype.hasOwnProperty.call(object, key)\n  }\n\n  function place(row) {\n    return [row.acct, row.reg].filter(Boolean).join('/')\n  }\n\n  /** The values a finding has for a filter: those of any of its sides (frameworks: one per framework it maps to). */\n  function valuesOf(entry, key) {\n    if (key === 'sev') return [entry.sev]\n    if (key === 'gate') return [entry.blocks ? BLOCKS : DOES_NOT_BLOCK]\n    var seen = []\n    entry.sides.forEach(function (row) {\n      var values = key === 'fw' ? (row.fw.length ? row.fw.map(function (f) { return f[0] }) : ['']) : [row[key] || '']\n      values.forEach(function (value) { if (seen.indexOf(value) < 0) seen.push(value) })\n    })\n    return seen\n  }\n\n  function rankOf(key, value) {\n    if (key === 'sev') return SEVERITY_RANK.has(value) ? SEVERITY_RANK.get(value) : 99\n    if (key === 'st') return STATUS_RANK.has(value) ? STATUS_RANK.get(value) : 99\n    if (key === 'dl') return CHANGE_RANK.has(value) ? CHANGE_RANK.get(value) : 99\n    if (key === 'gate') return GATE_RANK.has(value) ? GATE_RANK.get(value) : 99\n    return 0\n  }\n\n  function compareText(a, b) {\n    return a < b ? -1 : a > b ? 1 : 0\n  }\n\n  function setUpFilters() {\n    selects.forEach(function (select) {\n      var key = select.getAttribute('data-filter')\n      var counts = new Map()\n      entries.forEach(function (entry) {\n        valuesOf(entry, key).forEach(function (value) { counts.set(value, (counts.get(value) || 0) + 1) })\n      })\n      var values = Array.from(counts.keys()).sort(function (a, b) {\n        return rankOf(key, a) - rankOf(key, b) || compareText(a, b)\n      })\n      choices.set(key, values)\n      select.appendChild(new Option('All (' + entries.length + ')', ''))\n      values.forEach(function (value, i) {\n        select.appendChild(new Option((value || NONE) + ' (' + counts.get(value) + ')', String(i)))\n      })\n      // A filter with one value cannot narrow anything down.\n      if (values.length < 2) select.disabled = true\n    })\n  }\n\n  function rowHaystack(row) {\n    var rule = own(rules, row.rule) ? rules[row.rule] : null\n    return [\n      row.side, row.sev, row.st, row.dl, row.rule, row.title, row.msg, row.res, row.type, row.id, row.arn, row.addr,\n      row.acct, row.reg, row.svc, row.origin, row.path, row.where, row.sup,\n      row.fw.map(function (entry) { return entry[0] + ' ' + entry[1].join(' ') }).join(' '),\n      row.al[0].join(' '), row.al[1].join(' '), rule ? rule.title : ''\n    ].join('\\n')\n  }\n\n  function haystack(i) {\n    if (!haystacks) haystacks = new Array(entries.length)\n    if (haystacks[i] === undefined) {\n      var entry = entries[i]\n      haystacks[i] = (entry.sides.map(rowHaystack).join('\\n') + (entry.blocks ? '\\n' + BLOCKS : '')).toLowerCase()\n    }\n    return haystacks[i]\n  }\n\n  function entryMatches(entry, i) {\n    var failed = false\n    state.filters.forEach(function (value, key) {\n      if (!failed && valuesOf(entry, key).indexOf(value) < 0) failed = true\n    })\n    if (failed) return false\n    for (var w = 0; w < state.words.length; w++) if (haystack(i).indexOf(state.words[w]) < 0) return false\n    return true\n  }\n\n  var SORT_KEYS = {\n    sev: function (entry) { return rankOf('sev', entry.sev) },\n    rule: function (entry) { return entry.main.rule + '\\n' + entry.main.title },\n    res: function (entry) { return entry.main.res },\n    svc: function (entry) { return entry.main.svc },\n    place: function (entry) { return entry.sides.map(place).filter(Boolean).join(' ') },\n    where: function (entry) { return entry.where },\n    st: function (entry) { return rankOf('st', entry.main.st) },\n    dl: function (entry) { return rankOf('dl', entry.main.dl) }\n  }\n\n  function recompute() {\n    matches = []\n    for (var i = 0; i < entries.length; i++) if (entryMatches(entries[i], i)) matches.push(i)\n    if (state.sortKey && own(SORT_KEYS, state.sortKey)) {\n      var keyOf = SORT_KEYS[state.sortKey]\n      var direction = state.sortDirection\n      var keys = new Map()\n      matches.forEach(function (i) { keys.set(i, keyOf(entries[i])) })\n      // Ties keep the report's own order (what blocks the gate first, then most severe, rule, resource).\n      matches.sort(function (a, b) {\n        var ka = keys.get(a)\n        var kb = keys.get(b)\n        var order = typeof ka === 'number' ? ka - kb : compareText(ka, kb)\n        return order * direction || a - b\n      })\n    }\n  }\n\n  function element(tag, className, text) {\n    var node = document.createElement(tag)\n    if (className) node.className = className\n    if (text !== undefined && text !== null) node.textContent = String(text)\n    return node\n  }\n\n  function httpsLink(href, text) {\n    var url = null\n    try { url = new URL(href) } catch { url = null }\n    if (!url || url.protocol !== 'https:') return document.createTextNode(text)\n    var anchor = element('a', '', text)\n    anchor.href = url.href\n    anchor.rel = 'noreferrer noopener'\n    return anchor\n  }\n\n  function locationNode(where, link) {\n    return link ? httpsLink(link, where) : document.createTextNode(where)\n  }\n\n  function code(text) {\n    return element('code', '', text)\n  }\n\n  function severityClass(severity) {\n    return SEVERITY_RANK.has(severity) ? 'sev sev-' + severity : 'sev'\n  }\n\n  /**\n   * A definition list that never shows a label without a value: empty values are left out with their label.\n   * Each label and its value sit in one <div> (allowed in a <dl>), so the pair wraps as one.\n   */\n  function factList(className) {\n    var dl = element('dl', className)\n    return {\n      node: dl,\n      add: function (label, content, valueClass) {\n        if (content === undefined || content === null || content === '') return\n        var pair = element('div')\n        pair.appendChild(element('dt', '', label))\n        var dd = element('dd', valueClass || '')\n        if (typeof content === 'string') dd.textContent = content\n        else dd.appendChild(content)\n        if (!dd.textContent) return\n        pair.appendChild(dd)\n        dl.appendChild(pair)\n      }\n    }\n  }\n\n  function cardElement(i) {\n    var entry = entries[i]\n    var main = entry.main\n    var card = element('li', 'finding-card card-' + (SEVERITY_RANK.has(entry.sev) ? entry.sev : 'info') + (entry.blocks ? ' blocks-gate' : ''))\n    card.setAttribute('data-index', String(i))\n    var head = element('div', 'card-head')\n    head.appendChild(element('span', severityClass(entry.sev), entry.sev))\n    if (entry.blocks) head.appendChild(element('span', 'badge badge-gate', BLOCKS))\n    if (own(STATUS_WORDS, main.st)) head.appendChild(element('span', 'badge badge-status', STATUS_WORDS[main.st]))\n    var toggle = element('button', 'toggle', 'Details')\n    toggle.type = 'button'\n    toggle.setAttribute('aria-expanded', opened.has(i) ? 'true' : 'false')\n    head.appendChild(toggle)\n    card.appendChild(head)\n    card.appendChild(element('p', 'finding-message', main.msg))\n    var ruleLine = element('p', 'finding-rule')\n    ruleLine.appendChild(document.createTextNode('Rule: '))\n    ruleLine.appendChild(code(main.rule))\n    if (main.title) ruleLine.appendChild(document.createTextNode(' \u2014 ' + main.title))\n    card.appendChild(ruleLine)\n\n    var facts = factList('finding-facts')\n    facts.add('Resource', main.res ? code(main.res) : '', 'finding-resource')\n    facts.add('Location', entry.where ? locationNode(entry.where, entry.link) : '', 'finding-location')\n    var sides = element('ul', 'sides')\n    entry.sides.forEach(function (row) { if (row.side) sides.appendChild(element('li', 'side', row.side)) })\n    facts.add('Seen on', sides, 'finding-sides')\n    facts.add('Service', main.svc)\n    card.appendChild(facts.node)\n    if (opened.has(i)) card.appendChild(detailElement(i))\n    return card\n  }\n\n  function detailElement(i) {\n    var entry = entries[i]\n    var main = entry.main\n    var rule = own(rules, main.rule) ? rules[main.rule] : null\n    var box = element('div', 'detail-body')\n    var several = entry.sides.length > 1\n    entry.sides.forEach(function (row) {\n      var facts = factList('side-facts')\n      if (several) box.appendChild(element('h4', 'side-title', row.side))\n      // The main line already says it; a side in other words says so here.\n      if (row.msg !== main.msg) facts.add('Message', row.msg)\n      facts.add('Resource', row.res !== main.res ? code(row.res) : '')\n      facts.add('Type', row.type)\n      facts.add('Identifier', row.id)\n      facts.add('ARN', row.arn ? code(row.arn) : '')\n      facts.add('Terraform address', row.addr ? code(row.addr) : '')\n      facts.add('Account', row.acct)\n      facts.add('Region', row.reg)\n      facts.add('Origin', row.origin)\n      facts.add('Terraform source', row.where ? locationNode(row.where, row.link) : '')\n      if (row.path) {\n        var evidence = element('span')\n        evidence.appendChild(document.createTextNode('property '))\n        evidence.appendChild(code(row.path))\n        evidence.appendChild(element('span', 'muted', ' (the judged value is not kept in the report)'))\n        facts.add('Evidence', evidence)\n      }\n      facts.add('Status', row.st + (row.dl ? ' (' + row.dl + ')' : ''))\n      facts.add('Suppression', row.sup)\n      box.appendChild(facts.node)\n    })\n    var about = factList('rule-facts')\n    if (several) box.appendChild(element('h4', 'side-title', 'Rule'))\n    about.add('Rule', main.rule + (rule ? ': ' + rule.title : ''))\n    if (rule) {\n      about.add('What it checks', rule.description)\n      about.add('Risk', rule.risk)\n      about.add('Remediation', rule.remediation)\n      if (rule.terraform) about.add('Terraform fix', element('pre', 'terraform', rule.terraform))\n      about.add('Categories', rule.categories.join(', '))\n    }\n    about.add('Frameworks', main.fw.map(function (f) { return f[0] + ': ' + f[1].join(', ') }).join('; '))\n    var aliases = []\n    if (main.al[0].length) aliases.push('Checkov ' + main.al[0].join(', '))\n    if (main.al[1].length) aliases.push('Prowler ' + main.al[1].join(', '))\n    about.add('Also known as', aliases.join('; '))\n    box.appendChild(about.node)\n    return box\n  }\n\n  function render() {\n    var total = matches.length\n    var pages = Math.max(1, Math.ceil(total / state.pageSize))\n    if (state.page >= pages) state.page = pages - 1\n    var start = state.page * state.pageSize\n    var end = Math.min(total, start + state.pageSize)\n    var fragment = document.createDocumentFragment()\n    for (var k = start; k < end; k++) fragment.appendChild(cardElement(matches[k]))\n    if (total === 0) fragment.appendChild(element('li', 'empty muted', 'No finding matches the filters.'))\n    list.replaceChildren(fragment)\n    countElement.textContent = String(total)\n    totalElement.textContent = String(entries.length)\n    pageInfo.textContent = total > state.pageSize ? '(findings ' + (start + 1) + '\u2013' + end + ', page ' + (state.page + 1) + ' of ' + pages + ')' : ''\n    previousButton.disabled = state.page === 0\n    nextButton.disabled = state.page >= pages - 1\n    renders++\n    document.body.setAttribute('data-renders', String(renders))\n    if (window.performance && performance.mark) performance.mark('plumbline:render')\n  }\n\n  function update() {\n    state.page = 0\n    recompute()\n    render()\n  }\n\n  function readFilters() {\n    state.filters = new Map()\n    selects.forEach(function (select) {\n      var key = select.getAttribute('data-filter')\n      if (FILTER_KEYS.indexOf(key) < 0 || select.value === '') return\n      var values = choices.get(key)\n      var value = values[Number(select.value)]\n      if (value !== undefined) state.filters.set(key, value)\n    })\n    state.words = searchInput.value.toLowerCase().split(/\\s+/).filter(Boolean)\n  }\n\n  function toggleDetails(card) {\n    var i = Number(card.getAttribute('data-index'))\n    var button = card.querySelector('button.toggle')\n    if (opened.has(i)) {\n      opened.delete(i)\n      var box = card.querySelector('.detail-body')\n      if (box) box.remove()\n      button.setAttribute('aria-expanded', 'false')\n    } else {\n      opened.add(i)\n      card.appendChild(detailElement(i))\n      button.setAttribute('aria-expanded', 'true')\n    }\n  }\n\n  /** The same key again turns the order around; '' is the report's own order (what blocks the gate first). */\n  function setSort(key) {\n    if (key && state.sortKey === key) state.sortDirection = -state.sortDirection\n    else {\n      state.sortKey = key\n      state.sortDirection = 1\n    }\n    Array.prototype.forEach.call(sortBar.querySelectorAll('button[data-sort]'), function (button) {\n      var mine = button.getAttribute('data-sort') === state.sortKey\n      button.setAttribute('aria-pressed', mine ? 'true' : 'false')\n      if (mine && state.sortKey) button.setAttribute('data-direction', state.sortDirection === 1 ? 'ascending' : 'descending')\n      else button.removeAttribute('data-direction')\n    })\n    update()\n  }\n\n  setUpFilters()\n  selects.forEach(function (select) {\n    select.addEventListener('change', function () { readFilters(); update() })\n  })\n  searchInput.addEventListener('input', function () { readFilters(); update() })\n  form.addEventListener('submit', function (event) { event.preventDefault() })\n  form.addEventListener('reset', function (event) {\n    event.preventDefault()\n    selects.forEach(function (select) { select.selectedIndex = 0 })\n    searchInput.value = ''\n    readFilters()\n    update()\n  })\n  sortBar.addEventListener('click', function (event) {\n    var button = event.target.closest('button[data-sort]')\n    if (button) setSort(button.getAttribute('data-sort'))\n  })\n  list.addEventListener('click', function (event) {\n    var button = event.target.closest('button.toggle')\n    if (button) toggleDetails(button.closest('li.finding-card'))\n  })\n  previousButton.addEventListener('click', function () {\n    if (state.page > 0) state.page--\n    render()\n  })\n  nextButton.addEventListener('click', function () {\n    state.page++\n    render()\n  })\n  pageSizeSelect.addEventListener('change', function () {\n    state.pageSize = Number(pageSizeSelect.value) || 100\n    state.page = 0\n    render()\n  })\n  // Filters a browser restored after \"back\" or a reload apply too.\n  readFilters()\n  update()\n})()\n";

// templates/report.css.hbs
var report_css_default = `/* The report's stylesheet, inlined verbatim (not rendered by Handlebars; the .hbs name is what the bundle's and
   Jest's text loaders know). The Content-Security-Policy admits it by its SHA-256 hash.
   Narrow screens (a phone, a side panel): the page itself never scrolls sideways; findings are cards that wrap,
   and the few wide tables scroll inside their own .table-wrap. */
:root { color-scheme: light dark; --border: #8884; --muted: #777; --fail: #cf222e; --pass: #1a7f37; --neutral: #57708a; --accent: #0969da; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5rem auto; max-width: 96rem; padding: 0 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
h4 { font-size: .9rem; margin: .6rem 0 .2rem; }
a { color: var(--accent); }
/* Label and value pairs: each pair is a <div> in the <dl>, so it wraps as one; a long label wraps rather than
   pushing the value off the page. */
dl.meta { display: grid; grid-template-columns: fit-content(60%) 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta > div { display: contents; }
dl.meta dt, .detail-body dt { color: var(--muted); }
dl.meta dd, .detail-body dd { margin: 0; min-width: 0; }
dl.run-meta { display: flex; flex-wrap: wrap; gap: .1rem 1.75rem; }
dl.run-meta > div { display: flex; gap: .4rem; min-width: 0; max-width: 100%; }
nav.toc { margin: .75rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
/* The verdict: green only for a pass; "not gated" (nothing configured to fail the run) is neutral, never green. */
.banner { margin: .5rem 0 .9rem; padding: .6rem .9rem; border-radius: 6px; border: 1px solid; border-left-width: 6px; }
.banner.pass { background: #1a7f3722; border-color: var(--pass); }
.banner.fail { background: #cf222e22; border-color: var(--fail); }
.banner.not-gated { background: #57708a22; border-color: var(--neutral); }
.verdict { margin: 0; font-weight: 600; font-size: 1.05rem; }
.verdict.pass { color: var(--pass); } .verdict.fail { color: var(--fail); }
.verdict-findings { margin: .2rem 0 0; font-weight: 600; }
.verdict-detail { margin: .2rem 0 0; }
.summary { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.summary > * { min-width: 0; max-width: 100%; }
.summary-counts { width: 34rem; }
figure.chart { margin: 0; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { color: var(--muted); font-size: .85rem; }
.bar text { font-size: 12px; fill: currentColor; }
.bar-critical rect { fill: #a40e26; } .bar-high rect { fill: #cf222e; } .bar-medium rect { fill: #bc4c00; }
.bar-low rect { fill: #9a6700; } .bar-info rect { fill: #6e7781; }
.delta { max-width: 22rem; }
.delta h3 { margin: 0; }
.delta ul.tiles { display: grid; grid-template-columns: 1fr 1fr; }
.delta-note { font-size: .8rem; margin: 0; }
ul.tiles { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .75rem; }
.tile { border: 1px solid var(--border); border-radius: 6px; padding: .5rem .9rem; min-width: 7rem; }
.tile-n { display: block; font-size: 1.4rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.tile-label { color: var(--muted); }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--border); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #8881; }
table.counts { width: auto; margin-bottom: .5rem; }
table.counts td, table.counts th { overflow-wrap: normal; }
table.counts td.n, table.coverage td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.cov-denied td, tr.cov-failed td { background: #cf222e1a; } tr.cov-unsupported td { background: #d4a72c1f; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .8rem; }
.sev-critical { color: #a40e26; } .sev-high { color: #cf222e; } .sev-medium { color: #bc4c00; }
.sev-low { color: #9a6700; } .sev-info { color: var(--muted); }
.muted { color: var(--muted); }
code, pre { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { margin: 0; white-space: pre-wrap; }
details.drift-entry { border: 1px solid var(--border); border-radius: 6px; padding: .3rem .6rem; margin: .35rem 0; }
details.drift-entry summary { cursor: pointer; }
table.drift-values td:first-child { width: 20%; }
form.filters { display: flex; flex-wrap: wrap; gap: .4rem .9rem; align-items: end; margin: .25rem 0 .5rem; }
form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); max-width: 100%; }
form.filters select, form.filters input { font: inherit; color: CanvasText; max-width: 100%; }
form.filters select { width: 11rem; }
form.filters .search input { width: 18rem; }
.list-bar { display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; align-items: baseline; justify-content: space-between; margin: .25rem 0; }
.table-status { margin: 0; }
.sort-bar { display: flex; flex-wrap: wrap; gap: .3rem; align-items: baseline; font-size: .8rem; }
.sort-bar button, button.toggle { font: inherit; font-size: .8rem; color: inherit; background: none; border: 1px solid var(--border); border-radius: 4px; padding: .05rem .45rem; cursor: pointer; }
.sort-bar button[aria-pressed="true"] { border-color: var(--accent); background: #0969da1a; }
.sort-bar button[data-direction="ascending"]::after { content: " \u25B2"; }
.sort-bar button[data-direction="descending"]::after { content: " \u25BC"; }
/* A finding: what is wrong first (its message), then the rule, then where it stands; the left edge carries its
   severity's colour. */
ol.finding-list { list-style: none; padding: 0; margin: .5rem 0; display: grid; gap: .5rem; }
li.finding-card { border: 1px solid var(--border); border-left: 4px solid #6e7781; border-radius: 6px; padding: .5rem .8rem; min-width: 0; }
li.card-critical { border-left-color: #a40e26; } li.card-high { border-left-color: #cf222e; } li.card-medium { border-left-color: #bc4c00; }
li.card-low { border-left-color: #9a6700; }
.card-head { display: flex; flex-wrap: wrap; gap: .3rem .5rem; align-items: center; }
.card-head button.toggle { margin-left: auto; }
.badge { border: 1px solid var(--border); border-radius: 1em; padding: 0 .55rem; font-size: .75rem; font-weight: 600; }
.badge-gate { background: var(--fail); border-color: var(--fail); color: #fff; }
.badge-status { color: var(--muted); }
.finding-message { margin: .25rem 0 .1rem; font-size: 1rem; font-weight: 600; }
.finding-rule { margin: 0 0 .35rem; color: var(--muted); font-size: .85rem; }
dl.finding-facts { display: flex; flex-wrap: wrap; gap: .25rem 2rem; margin: 0 0 .35rem; }
dl.finding-facts > div { min-width: 0; max-width: 100%; }
dl.finding-facts dt { color: var(--muted); font-size: .75rem; }
dl.finding-facts dd { margin: 0; }
ul.sides { list-style: none; margin: 0; padding: 0; }
ul.sides li { display: inline; }
ul.sides li + li::before { content: " \xB7 "; color: var(--muted); }
button.toggle::before { content: "\u25B8 "; }
button.toggle[aria-expanded="true"]::before { content: "\u25BE "; }
li.empty { padding: .5rem 0; }
.detail-body { margin-top: .5rem; border-top: 1px solid var(--border); padding-top: .3rem; }
/* One label width for every list in the details (each side's, the rule's), so their values line up. */
.detail-body dl { display: grid; grid-template-columns: 10rem 1fr; gap: .2rem 1rem; margin: 0; }
.detail-body dl > div { display: contents; }
.detail-body pre { border: 1px solid var(--border); border-radius: 4px; padding: .4rem; }
.pager { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: .5rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

// src/report/view.ts
function resourceLabel(resource) {
  const name = resource.address ?? `${resource.type} ${resource.id ?? "(not created yet)"}`;
  if (resource.origin !== "live") return name;
  const live = resource.arn ?? (resource.address ? `${resource.type} ${resource.id ?? ""}`.trim() : void 0);
  return live && live !== name ? `${name} (${live})` : name;
}
function resourcePlace(resource) {
  return [resource.account, resource.region].filter((part) => Boolean(part)).join("/");
}
function compareEvaluations(a, b) {
  return compareSeverity(a.severity, b.severity) || compareText(a.rule, b.rule) || compareText(resourceLabel(a.resource), resourceLabel(b.resource)) || compareText(a.path ?? "", b.path ?? "");
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function failingFindings(evaluations) {
  return evaluations.filter(isFinding).sort(compareEvaluations);
}
function sourceLink(base, file, line) {
  if (!base || !/^https:\/\/[^\s"'<>()]+$/.test(base)) return "";
  const path = file.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").split("/").filter((segment) => segment !== "").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${base.replace(/\/+$/, "")}/${path}#L${line}`;
}
function coverageLine(coverage) {
  const by = { scanned: 0, denied: 0, unsupported: 0, failed: 0 };
  for (const entry2 of coverage) by[entry2.state]++;
  const rest = ["denied", "unsupported", "failed"].filter((state) => by[state] > 0).map((state) => `${by[state]} ${state}`);
  return `${by.scanned} of ${coverage.length} (account, region, type) entries scanned${rest.length ? `; ${rest.join(", ")}` : ": complete"}`;
}
function incompleteCoverage(coverage) {
  return coverage.filter((entry2) => entry2.state !== "scanned");
}
function sideOf(evaluation) {
  const origin = evaluation.resource.origin;
  return origin === "hcl" ? "code" : origin;
}
var SIDE_ORDER = { plan: 0, code: 1, state: 2, live: 3 };
function groupEvaluations(evaluations, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const e of evaluations) {
    const key = keyOf(e);
    if (key !== void 0) addToGroup(groups, key, e);
  }
  return findingGroupsOf(groups);
}
function addToGroup(groups, key, evaluation) {
  const list = groups.get(key);
  if (list) list.push(evaluation);
  else groups.set(key, [evaluation]);
}
function findingGroupsOf(groups) {
  const result = [];
  for (const [key, list] of groups) {
    const sides = list.length === 1 ? list : list.sort((a, b) => SIDE_ORDER[sideOf(a)] - SIDE_ORDER[sideOf(b)] || compareEvaluations(a, b));
    const first = sides[0];
    let severity = first.severity;
    let location2;
    let blocksGate = false;
    for (const e of sides) {
      if (compareSeverity(e.severity, severity) < 0) severity = e.severity;
      location2 ??= e.location ? e.location : void 0;
      if (e.blocksGate === true) blocksGate = true;
    }
    result.push({
      key,
      rule: first.rule,
      severity,
      title: first.title,
      message: first.message,
      // Sides are sorted Terraform first: the first is live only when every side is.
      resource: resourceLabel(first.resource),
      location: location2,
      delta: first.delta,
      blocksGate,
      sides
    });
  }
  return result;
}
function groupFindings(evaluations) {
  return groupEvaluations(evaluations, (e) => isFinding(e) ? evaluationKey(e) : void 0).sort(compareFindingGroups);
}
function compareFindingGroups(a, b) {
  return Number(b.blocksGate) - Number(a.blocksGate) || compareSeverity(a.severity, b.severity) || compareText(a.rule, b.rule) || compareText(a.resource, b.resource);
}
function sideLabel(evaluation) {
  const side = sideOf(evaluation);
  const place = side === "live" ? resourcePlace(evaluation.resource) : "";
  const name = place ? `${side} ${place}` : side;
  return evaluation.delta ? `${name}: ${evaluation.delta}` : name;
}
function findingsLine(findings, blocking) {
  return `${findings} ${findings === 1 ? "finding" : "findings"} (distinct rule and resource)${blocking > 0 ? `, ${blocking} blocking the gate` : ""}`;
}

// src/report/html.ts
var handlebars = import_handlebars.default.create();
var compiled2;
var COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true };
function template() {
  const source = report_default;
  compiled2 ??= typeof source === "string" ? handlebars.compile(source, COMPILE_OPTIONS) : handlebars.template(source);
  return compiled2;
}
var MARKER = /<!--plumbline:(csp|style|script|data)-->/g;
var CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${cspHash(report_css_default)}`,
  `script-src ${cspHash(report_js_default)}`,
  "img-src 'none'",
  "connect-src 'none'",
  "font-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "media-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");
function cspHash(text) {
  if (/<\/(script|style)|<!--/i.test(text)) throw new Error("inline script or style contains an end tag or a comment opener");
  return `'sha256-${createHash2("sha256").update(text, "utf8").digest("base64")}'`;
}
function renderHtml(model, opts = {}) {
  const view = reportView(model, opts);
  const rendered = template()(view);
  const json = scriptSafeJson(view.tableData);
  const inserts = { csp: CONTENT_SECURITY_POLICY, style: report_css_default, script: report_js_default, data: json };
  let seen = 0;
  const html = rendered.replace(MARKER, (_marker, name) => {
    seen++;
    return inserts[name];
  });
  if (seen !== Object.keys(inserts).length) throw new Error(`report template: expected 4 insertion markers, found ${seen}`);
  return html;
}
function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/[<>&`\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var TABLE_COLUMNS = ["side", "sev", "st", "dl", "rule", "title", "msg", "res", "type", "id", "arn", "addr", "acct", "reg", "svc", "origin", "path", "where", "link", "sup", "fw", "al"];
var INTERNED_COLUMNS = ["side", "sev", "st", "dl", "rule", "title", "type", "acct", "reg", "svc", "origin", "path", "fw", "al"];
var LISTED_ORDER = { fail: 0, error: 1, suppressed: 2, unknown: 3, fixed: 4 };
function listedGroups(evaluations) {
  const failingLists = /* @__PURE__ */ new Map();
  const restLists = /* @__PURE__ */ new Map();
  for (const evaluation of evaluations) {
    const key = statusKey(evaluation);
    if (key === "fail") addToGroup(failingLists, evaluationKey(evaluation), evaluation);
    else if (LISTED_ORDER[key] !== void 0) addToGroup(restLists, `${key}\0${evaluationKey(evaluation)}`, evaluation);
  }
  const withStatus = (group, key) => Object.assign(group, { statusKey: key });
  const failing2 = findingGroupsOf(failingLists).sort(compareFindingGroups).map((group) => withStatus(group, "fail"));
  const rest = findingGroupsOf(restLists).map((group) => withStatus(group, statusKey(group.sides[0])));
  rest.sort((a, b) => LISTED_ORDER[a.statusKey] - LISTED_ORDER[b.statusKey] || compareEvaluations(a.sides[0], b.sides[0]));
  return [...failing2, ...rest];
}
function findingEntry(group, sourceUrlBase, ruleTexts) {
  return {
    statusKey: group.statusKey,
    blocksGate: group.blocksGate,
    severity: group.severity,
    rule: group.rule,
    title: group.title,
    message: group.message,
    resource: group.resource,
    sides: group.sides.map((evaluation) => findingRow(evaluation, sourceUrlBase, ruleTexts))
  };
}
var DELTA_LABELS = [
  ["introduced", "Introduced"],
  ["fixed", "Fixed"],
  ["drift", "Drift"],
  ["pre-existing", "Pre-existing"]
];
function reportView(input, opts = {}) {
  const model = opts.redactIdentifiers ? maskAccountIds(input) : input;
  const { run } = model;
  const counted = tally(model.evaluations);
  const groups = listedGroups(model.evaluations);
  const ruleTexts = ruleTextsCache();
  const findings = groups.map((group) => findingEntry(group, run.sourceUrlBase, ruleTexts));
  const drift = [...model.drift].sort((a, b) => a.class.localeCompare(b.class) || driftLabel(a).localeCompare(driftLabel(b)));
  const driftRows = drift.map(driftRow);
  const runLink = httpsUrl(run.runUrl);
  const commitLink = run.commit && httpsUrl(run.sourceUrlBase) ? commitUrl(run.sourceUrlBase ?? "", run.commit) : "";
  const header = [
    { label: "Repository", value: run.repository ?? "", href: "" },
    { label: "Commit", value: run.commit ?? "", href: commitLink },
    { label: "Event", value: run.event ?? "", href: "" },
    { label: "Workflow run", value: runLink, href: runLink },
    { label: "Accounts", value: run.accounts.join(", "), href: "" },
    { label: "Regions", value: run.regions.join(", "), href: "" },
    { label: "Started", value: run.startedAt, href: "" },
    { label: "Finished", value: run.finishedAt + duration(run.startedAt, run.finishedAt), href: "" },
    { label: "Tool", value: `${run.tool.name} ${run.tool.version}`, href: "" },
    { label: "Report format", value: `schema ${model.schemaVersion}`, href: "" },
    { label: "This report", value: httpsUrl(opts.reportUrl), href: httpsUrl(opts.reportUrl) }
  ].filter((item) => item.value !== "");
  const extras = [
    { label: "Resources checked", value: String(run.counts.resources) },
    { label: "Terraform resources without a mapping (not checked)", value: String(model.unmapped.length) }
  ];
  if (model.drift.length > 0 || run.counts.drift.inSync > 0) extras.push({ label: "Drift", value: driftCountsLine(model) });
  if (run.iacCoverage !== null) extras.push({ label: "IaC coverage", value: `${run.iacCoverage}%` });
  const suppressed = model.evaluations.filter((e) => statusKey(e) === "suppressed").sort(compareEvaluations);
  return {
    title: run.repository ? `Plumbline report: ${run.repository}` : "Plumbline report",
    header,
    verdict: {
      state: run.gate.verdict,
      // "not gated" is never worded (or coloured) like a pass.
      word: gateWords(run.gate.verdict).toUpperCase(),
      reason: run.gate.reason,
      findings: verdictFindings(run.counts.findings, groups.filter((group) => group.blocksGate).length),
      detail: verdictDetail(run.counts)
    },
    chart: severityChart(SEVERITIES.map((severity) => ({ severity, count: counted.bySeverity[severity].fail }))),
    counts: {
      statuses: [...STATUSES],
      rows: [...SEVERITIES].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]).map((severity) => ({
        severity,
        cells: STATUSES.map((status) => counted.bySeverity[severity][status]),
        total: STATUSES.reduce((sum2, status) => sum2 + counted.bySeverity[severity][status], 0)
      })),
      totals: STATUSES.map((status) => counted.byStatus[status]),
      total: counted.total
    },
    extras,
    delta: postureDelta(model.evaluations),
    findings,
    hasFindings: findings.length > 0,
    suppressed: suppressed.map((e) => suppressedRow(e)),
    hasSuppressed: suppressed.length > 0,
    drift: driftRows,
    hasDrift: driftRows.length > 0,
    driftSection: driftSection(model, drift),
    coverage: model.coverage.map((entry2) => ({
      account: entry2.account,
      region: entry2.region,
      type: entry2.type,
      state: entry2.state,
      count: entry2.count === void 0 ? "" : String(entry2.count),
      detail: [entry2.error, entry2.note].filter(Boolean).join(" \u2014 ")
    })),
    hasCoverage: model.coverage.length > 0,
    coverageSummary: coverageLine(model.coverage),
    unmapped: model.unmapped.map((item) => ({ address: item.address, type: item.type })),
    hasUnmapped: model.unmapped.length > 0,
    warnings: [...run.warnings],
    hasWarnings: run.warnings.length > 0,
    tableData: tableData(findings, model.rules, run.sourceUrlBase)
  };
}
function verdictFindings(findings, blocking) {
  return findings === 0 ? "" : `${findingsLine(findings, blocking)}.`;
}
function verdictDetail(counts) {
  const parts = [`${counts.fail} failing ${counts.fail === 1 ? "check" : "checks"}`];
  if (counts.error > 0) parts.push(`${counts.error} rule ${counts.error === 1 ? "error" : "errors"}`);
  parts.push(`${counts.suppressed} suppressed`, `${counts.unknown} unknown`, `${counts.pass} passing`);
  if (counts.fixed > 0) parts.push(`${counts.fixed} fixed by this change`);
  return `${parts.join(", ")}.`;
}
function statusKey(evaluation) {
  return evaluation.delta === "fixed" ? "fixed" : evaluation.status === "pass" ? "pass" : evaluation.status;
}
function suppressedRow(evaluation) {
  const place = evaluation.resource.origin === "live" ? resourcePlace(evaluation.resource) : "";
  return {
    severity: evaluation.severity,
    rule: evaluation.rule,
    resource: resourceLabel(evaluation.resource),
    where: evaluation.location ? `${evaluation.location.file}:${evaluation.location.line}` : place,
    reason: evaluation.suppression?.reason || "(no reason given)",
    source: evaluation.suppression?.source ?? "",
    expires: evaluation.suppression?.expires ?? ""
  };
}
function httpsUrl(url) {
  if (!url || !/^https:\/\/[^\s"'<>()`\\]+$/.test(url)) return "";
  try {
    return new URL(url).protocol === "https:" ? url : "";
  } catch {
    return "";
  }
}
function commitUrl(sourceUrlBase, commit) {
  const match = /^(https:\/\/[^\s]+?)\/blob\/([0-9a-f]{7,64})\/*$/i.exec(sourceUrlBase);
  if (!match || !/^[0-9a-f]{7,64}$/i.test(commit)) return "";
  return `${match[1]}/commit/${commit}`;
}
function duration(started, finished) {
  const ms = Date.parse(finished) - Date.parse(started);
  if (!Number.isFinite(ms) || ms < 0) return "";
  return ` (${ms < 1e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms / 1e3)} s`})`;
}
function driftCountsLine(model) {
  const d = model.run.counts.drift;
  return `${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged, ${d.inSync} in sync`;
}
var CHART_BAR_HEIGHT = 22;
var CHART_GAP = 8;
var CHART_LABEL_WIDTH = 80;
var CHART_BAR_SPACE = 260;
function severityChart(counts) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const bars = counts.map((c, i) => {
    const y = i * (CHART_BAR_HEIGHT + CHART_GAP);
    const barWidth = c.count === 0 ? 0 : Math.max(2, Math.round(c.count / max * CHART_BAR_SPACE));
    return { severity: c.severity, y, textY: y + CHART_BAR_HEIGHT / 2 + 5, barWidth, countX: CHART_LABEL_WIDTH + barWidth + 6, count: c.count };
  });
  return {
    width: CHART_LABEL_WIDTH + CHART_BAR_SPACE + 60,
    height: counts.length * (CHART_BAR_HEIGHT + CHART_GAP) - CHART_GAP,
    label: `Failing checks by severity: ${counts.map((c) => `${c.severity} ${c.count}`).join(", ")}`,
    bars
  };
}
function postureDelta(evaluations) {
  const { any, counts } = deltaCounts(evaluations);
  return { shown: any, cells: DELTA_LABELS.map(([label, title]) => ({ label: title, count: counts[label] })) };
}
function serviceOf(type) {
  const parts = type.split("::");
  return parts.length >= 3 ? parts[1] : type;
}
function ruleTextsCache() {
  const frameworks = /* @__PURE__ */ new WeakMap();
  const aliases = /* @__PURE__ */ new WeakMap();
  return {
    frameworks(source) {
      let made = frameworks.get(source);
      if (made === void 0) {
        made = Object.entries(source).filter((entry2) => Array.isArray(entry2[1]) && entry2[1].length > 0).map(([framework, controls]) => ({ framework, controls: [...controls] }));
        frameworks.set(source, made);
      }
      return made;
    },
    aliases(source) {
      let made = aliases.get(source);
      if (made === void 0) {
        made = { checkov: [...source.checkov], prowler: [...source.prowler] };
        aliases.set(source, made);
      }
      return made;
    }
  };
}
function findingRow(evaluation, sourceUrlBase, ruleTexts) {
  const where = evaluation.location ? `${evaluation.location.file}:${evaluation.location.line}` : "";
  const link = evaluation.location ? sourceLink(sourceUrlBase, evaluation.location.file, evaluation.location.line) : "";
  const key = statusKey(evaluation);
  const status = key === "fixed" ? "fixed by this change" : evaluation.status + (evaluation.delta && evaluation.delta !== "introduced" ? ` (${evaluation.delta})` : "");
  const suppression = evaluation.suppression ? `${evaluation.suppression.reason || "(no reason given)"} [${evaluation.suppression.source}${evaluation.suppression.expires ? `, expires ${evaluation.suppression.expires}` : ""}]` : "";
  const resource = evaluation.resource;
  return {
    side: sideLabel(evaluation),
    severity: evaluation.severity,
    rule: evaluation.rule,
    title: evaluation.title,
    resource: resourceLabel(resource),
    place: resource.origin === "live" ? resourcePlace(resource) : resource.origin,
    where,
    link,
    hasLink: link !== "",
    message: evaluation.message,
    path: evaluation.path ?? "",
    status,
    suppression,
    statusKey: key,
    change: evaluation.delta ?? "",
    service: serviceOf(resource.type),
    account: resource.account ?? "",
    region: resource.region ?? "",
    origin: resource.origin,
    type: resource.type,
    id: resource.id ?? "",
    arn: resource.arn ?? "",
    address: resource.address ?? "",
    frameworks: ruleTexts.frameworks(evaluation.frameworks),
    aliases: ruleTexts.aliases(evaluation.aliases)
  };
}
function tableData(findings, rules, sourceUrlBase) {
  const used = new Set(findings.map((entry2) => entry2.rule));
  const linkBase = sourceLink(sourceUrlBase, "x", 1) === "" ? "" : (sourceUrlBase ?? "").replace(/\/+$/, "");
  const values = [];
  const indexOfText = /* @__PURE__ */ new Map();
  const indexOfJson = /* @__PURE__ */ new Map();
  const indexOfObject = /* @__PURE__ */ new Map();
  const intern = (value) => {
    if (typeof value !== "string") {
      let index2 = indexOfObject.get(value);
      if (index2 === void 0) {
        index2 = internBy(indexOfJson, JSON.stringify(value), value);
        indexOfObject.set(value, index2);
      }
      return index2;
    }
    return internBy(indexOfText, value, value);
  };
  const internBy = (indexOf, key, value) => {
    let index2 = indexOf.get(key);
    if (index2 === void 0) {
      index2 = values.length;
      values.push(value);
      indexOf.set(key, index2);
    }
    return index2;
  };
  const frameworkCells = /* @__PURE__ */ new Map();
  const aliasCells = /* @__PURE__ */ new Map();
  const isInterned = TABLE_COLUMNS.map((column) => INTERNED_COLUMNS.includes(column));
  const rows = [];
  for (const entry2 of findings) for (const row of entry2.sides) {
    const decoded = {
      side: row.side,
      sev: row.severity,
      st: row.statusKey,
      dl: row.change,
      rule: row.rule,
      title: row.title,
      msg: row.message,
      res: row.resource,
      type: row.type,
      id: row.id,
      arn: row.arn,
      addr: row.address,
      acct: row.account,
      reg: row.region,
      svc: row.service,
      origin: row.origin,
      path: row.path,
      where: row.where,
      link: linkBase && row.link.startsWith(`${linkBase}/`) ? row.link.slice(linkBase.length) : "",
      sup: row.suppression,
      fw: once(frameworkCells, row.frameworks, () => row.frameworks.map((f) => [f.framework, f.controls])),
      al: once(aliasCells, row.aliases, () => [row.aliases.checkov, row.aliases.prowler])
    };
    const cells = [];
    for (let c = 0; c < TABLE_COLUMNS.length; c++) cells.push(isInterned[c] ? intern(decoded[TABLE_COLUMNS[c]]) : decoded[TABLE_COLUMNS[c]]);
    rows.push(cells);
  }
  return {
    severities: [...SEVERITIES],
    linkBase,
    columns: TABLE_COLUMNS,
    interned: INTERNED_COLUMNS,
    values,
    findings: rows,
    groups: findings.map((entry2) => [entry2.sides.length, entry2.blocksGate ? 1 : 0]),
    rules: Object.fromEntries(
      rules.filter((rule) => used.has(rule.id)).map((rule) => [
        rule.id,
        {
          title: rule.title,
          description: rule.description,
          risk: rule.risk,
          remediation: rule.remediation.text,
          terraform: rule.remediation.terraform,
          categories: [...rule.categories]
        }
      ])
    )
  };
}
function once(cache, key, make) {
  let value = cache.get(key);
  if (value === void 0) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
function driftLabel(entry2) {
  return `${entry2.resource.type} ${entry2.resource.id ?? ""} ${entry2.address ?? entry2.resource.address ?? ""}`.trim();
}
function driftRow(entry2) {
  return {
    kind: entry2.class,
    resource: driftLabel(entry2),
    where: entry2.location ? `${entry2.location.file}:${entry2.location.line}` : "",
    paths: [...new Set(entry2.changes.map((change) => change.path))].join(", ")
  };
}
function driftSection(model, drift) {
  const d = model.run.counts.drift;
  const detail = (entry2) => {
    const link = entry2.location ? sourceLink(model.run.sourceUrlBase, entry2.location.file, entry2.location.line) : "";
    return {
      resource: entry2.resource.arn ?? `${entry2.resource.type} ${entry2.resource.id ?? ""}`.trim(),
      address: entry2.address ?? entry2.resource.address ?? "",
      place: resourcePlace(entry2.resource),
      where: entry2.location ? `${entry2.location.file}:${entry2.location.line}` : "",
      link,
      hasLink: link !== "",
      evidence: entry2.evidence.join("; "),
      changes: entry2.changes.map((change) => ({
        path: change.path,
        iac: driftValueText(change.iac, change.path),
        live: driftValueText(change.live, change.path)
      }))
    };
  };
  const counts = [
    { label: "Changed", value: String(d.changed) },
    { label: "Missing", value: String(d.missing) },
    { label: "Unmanaged", value: String(d.unmanaged) },
    { label: "In sync", value: String(d.inSync) },
    { label: "IaC coverage", value: model.run.iacCoverage === null ? "not measured" : `${model.run.iacCoverage}%` }
  ];
  return {
    shown: drift.length > 0 || d.inSync > 0 || model.run.iacCoverage !== null,
    counts,
    changed: drift.filter((entry2) => entry2.class === "changed").map(detail),
    missing: drift.filter((entry2) => entry2.class === "missing").map(detail),
    unmanaged: drift.filter((entry2) => entry2.class === "unmanaged").map(detail)
  };
}
var HIDDEN_VALUE = "\u2039hidden\u203A";
var REDACTED_VALUE = "\u2039redacted\u203A";
function driftValueText(value, path) {
  if (value === void 0) return "(not set)";
  const name = /(?<![^.[\]])([^.[\]]+)(?:\[\d+\])*$/.exec(path)?.[1];
  const text = JSON.stringify(scrubValue(value, name), null, 2);
  return text ?? String(value);
}
function scrubValue(value, name) {
  if (name !== void 0 && isSecretName(name)) return HIDDEN_VALUE;
  if (typeof value === "string") return looksLikeSecretValue(value) ? HIDDEN_VALUE : value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item));
  if (value !== null && typeof value === "object") {
    const record = value;
    if (record.redacted === true && Object.keys(record).length === 1) return REDACTED_VALUE;
    const tagKey = typeof record.Key === "string" ? record.Key : typeof record.key === "string" ? record.key : void 0;
    const copy = {};
    for (const [key, item] of Object.entries(record)) {
      const tagValue = (key === "Value" || key === "value") && tagKey !== void 0 && isSecretName(tagKey);
      Object.defineProperty(copy, key, { value: tagValue ? HIDDEN_VALUE : scrubValue(item, key), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  return value;
}

// src/report/results-json.ts
function buildResultsJson(model) {
  const { schemaVersion, run, evaluations, drift, coverage, unmapped, addedSuppressions } = model;
  return JSON.stringify({ schemaVersion, run, evaluations, drift, coverage, unmapped, ...addedSuppressions ? { addedSuppressions } : {} }) + "\n";
}

// src/report/sarif.ts
import crypto, { createHash as createHash3 } from "node:crypto";
import { gzipSync } from "node:zlib";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var PLUMBLINE_INFORMATION_URI = "https://github.com/plumbline/plumbline";
var MAX_RESULTS_PER_RUN = 25e3;
var MAX_GZIP_BYTES = 10 * 1e3 * 1e3;
var MAX_DESCRIPTION_CHARS = 1024;
var MAX_TAGS = 20;
var MAX_DRIFT_PATHS_LISTED = 10;
var SRCROOT = "%SRCROOT%";
function serializeSarif(log) {
  return JSON.stringify(log, null, 2);
}
var DRIFT_RULES = {
  changed: driftRule(
    "plumbline-drift-changed",
    "Live resource differs from its Terraform code",
    "medium",
    "A resource managed by Terraform has live properties that differ from its code.",
    "Changes made outside Terraform (console, scripts, incident fixes) are undone by the next apply or silently weaken posture the code promises; the code no longer describes the estate.",
    "Bring the change into the Terraform code and apply it, or apply the code to revert the live change. Run `terraform plan -refresh-only` to review what changed."
  ),
  missing: driftRule(
    "plumbline-drift-missing",
    "Resource in Terraform code not found live",
    "low",
    "A resource the Terraform state or plan says exists was not found in the live account.",
    "A resource deleted outside Terraform is recreated by the next apply, possibly with data loss or an outage in between; controls that depended on it (logging, encryption keys) may be gone.",
    "Find out who deleted it and why; then restore it with `terraform apply` or remove it from the code and state."
  ),
  unmanaged: driftRule(
    "plumbline-drift-unmanaged",
    "Live resource not managed by Terraform",
    "medium",
    "A live resource of a type Plumbline maps has no counterpart in the Terraform code.",
    "Unmanaged resources escape review and the posture checks of the pull-request gate; they are a common home for forgotten public buckets and open security groups.",
    "Import it into Terraform (`terraform import` or an `import` block) or delete it if nobody needs it."
  )
};
function driftRule(id, title, severity, description, risk, remediation) {
  return {
    id,
    title,
    severity,
    description,
    risk,
    remediation: { text: remediation, terraform: "" },
    categories: ["drift"],
    resourceTypes: [],
    frameworks: {},
    aliases: { checkov: [], prowler: [] }
  };
}
function buildSarif(model, opts) {
  const fallback = toRepoUri(opts.fallbackLocation);
  const rulesById = new Map(model.rules.map((rule) => [rule.id, rule]));
  const maxResults = opts.maxResultsPerRun ?? MAX_RESULTS_PER_RUN;
  const maxGzip = opts.maxGzipBytes ?? MAX_GZIP_BYTES;
  const failing2 = model.evaluations.filter(isFinding);
  const plan = dedupeIacFindings(failing2.filter((evaluation) => evaluation.resource.origin !== "live")).map(
    ([evaluation, key]) => evaluationResult(evaluation, rulesById, fallback, key)
  );
  const live = [
    ...failing2.filter((evaluation) => evaluation.resource.origin === "live").sort(compareEvaluations).map((evaluation) => evaluationResult(evaluation, rulesById, fallback)),
    ...model.drift.map((entry2) => driftResult(entry2, fallback))
  ];
  const sides = evaluatedSides(model, opts.sides);
  const pending = {
    plan: sides.plan ? sortPending(plan) : [],
    live: sides.live ? sortPending(live) : []
  };
  const kept = {
    plan: pending.plan.slice(0, maxResults),
    live: pending.live.slice(0, maxResults)
  };
  const assemble = (keep) => ({
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: ["plan", "live"].filter((side) => sides[side]).map((side) => buildRun(model, opts.category, side, keep[side]))
  });
  let log = assemble(kept);
  let text = serializeSarif(log);
  if (!fitsGzipped(text, maxGzip)) {
    const ordered = mergeBySeverity(kept);
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fitsGzipped(serializeSarif(assemble(splitBySide(ordered.slice(0, mid)))), maxGzip)) low = mid;
      else high = mid - 1;
    }
    const fitted = splitBySide(ordered.slice(0, low));
    kept.plan = fitted.plan;
    kept.live = fitted.live;
    log = assemble(kept);
    text = serializeSarif(log);
  }
  return {
    log,
    text,
    cut: { plan: pending.plan.length - kept.plan.length, live: pending.live.length - kept.live.length }
  };
}
function evaluatedSides(model, given) {
  const plan = model.evaluations.some((evaluation) => evaluation.resource.origin !== "live");
  const live = model.evaluations.some((evaluation) => evaluation.resource.origin === "live") || model.drift.length > 0 || model.coverage.some((entry2) => entry2.state === "scanned");
  return { plan: given?.plan ?? plan, live: given?.live ?? live };
}
function dedupeIacFindings(evaluations) {
  const preference = { plan: 0, hcl: 1, state: 2, live: 3 };
  const best = /* @__PURE__ */ new Map();
  for (const evaluation of evaluations) {
    const resourceKey2 = fingerprintKey(evaluation.rule, evaluation.resource);
    const key = `${resourceKey2}\0${evaluation.path ?? ""}`;
    const current = best.get(key);
    if (!current || preference[evaluation.resource.origin] < preference[current[0].resource.origin]) {
      best.set(key, [evaluation, resourceKey2]);
    }
  }
  return [...best.values()].sort((a, b) => compareEvaluations(a[0], b[0]));
}
function sortPending(results) {
  return results.sort((a, b) => compareSeverity(a.severity, b.severity));
}
function mergeBySeverity(kept) {
  const tagged = [
    ...kept.plan.map((item) => ["plan", item]),
    ...kept.live.map((item) => ["live", item])
  ];
  return tagged.sort((a, b) => compareSeverity(a[1].severity, b[1].severity));
}
function splitBySide(items) {
  const out = { plan: [], live: [] };
  for (const [side, item] of items) out[side].push(item);
  return out;
}
function fitsGzipped(text, maxGzip) {
  const bytes = Buffer.byteLength(text);
  if (bytes + Math.ceil(bytes / 8) + Math.ceil(bytes / 64) + 5 + 18 <= maxGzip) return true;
  return gzipSync(text).length <= maxGzip;
}
function buildRun(model, category, side, pending) {
  const effective = /* @__PURE__ */ new Map();
  for (const item of pending) {
    const seen = effective.get(item.rule.id);
    if (!seen || compareSeverity(item.severity, seen.severity) < 0) {
      effective.set(item.rule.id, { ...item.rule, severity: item.severity });
    }
  }
  const rules = [...effective.values()].sort((a, b) => compareText(a.id, b.id));
  const ruleIndex = new Map(rules.map((rule, index2) => [rule.id, index2]));
  const hashes = fingerprints(pending);
  const results = pending.map(
    (item, i) => ({
      ...item.result,
      partialFingerprints: { primaryLocationLineHash: hashes[i], "plumbline/v1": hashes[i] },
      ruleIndex: ruleIndex.get(item.rule.id)
    })
  );
  const version = model.run.tool.version;
  const driver = {
    name: "Plumbline",
    version,
    informationUri: PLUMBLINE_INFORMATION_URI,
    rules: rules.map(ruleDescriptor)
  };
  if (/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version)) driver.semanticVersion = version;
  const run = {
    tool: { driver },
    // GitHub takes everything before the last '/' as the category; the trailing '/' leaves the run id empty,
    // so the category is exactly `<category>/<side>` and stays the same from one run to the next.
    automationDetails: { id: `${trimSlashes(category)}/${side}/` },
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: "The repository root: every result location is relative to it." } }
    },
    invocations: [invocation(model, side)],
    results
  };
  const provenance = versionControl(model);
  if (provenance) run.versionControlProvenance = [provenance];
  return run;
}
var MAX_NOTIFICATIONS = 100;
function invocation(model, side) {
  const out = { executionSuccessful: true };
  if (isIsoTime(model.run.startedAt)) out.startTimeUtc = new Date(model.run.startedAt).toISOString();
  if (isIsoTime(model.run.finishedAt)) out.endTimeUtc = new Date(model.run.finishedAt).toISOString();
  const errors = model.evaluations.filter((e) => e.status === "error" && e.resource.origin === "live" === (side === "live"));
  if (errors.length > 0) {
    out.toolExecutionNotifications = [...errors].sort(compareEvaluations).slice(0, MAX_NOTIFICATIONS).map((e) => ({
      level: "error",
      message: { text: `${resourceLabel(e.resource)}: ${e.message}` },
      associatedRule: { id: e.rule }
    }));
  }
  return out;
}
function isIsoTime(value) {
  return Boolean(value) && !Number.isNaN(Date.parse(value));
}
function versionControl(model) {
  const match = /^(https:\/\/[^/]+\/[^/]+\/[^/]+)\/blob\/([^/]+)$/.exec(model.run.sourceUrlBase ?? "");
  if (!match) return void 0;
  return { repositoryUri: match[1], revisionId: match[2], mappedTo: { uriBaseId: SRCROOT } };
}
function fingerprints(pending) {
  const groups = /* @__PURE__ */ new Map();
  pending.forEach((item, i) => {
    const group = groups.get(item.fingerprintKey);
    if (group) group.push(i);
    else groups.set(item.fingerprintKey, [i]);
  });
  const hashes = new Array(pending.length);
  for (const [key, group] of groups) {
    const hash = sha256Hex(key).slice(0, 32);
    if (group.length > 1) group.sort((a, b) => compareText(pending[a].order, pending[b].order));
    group.forEach((i, index2) => hashes[i] = `${hash}:${index2 + 1}`);
  }
  return hashes;
}
var oneShotHash = crypto.hash;
function sha256Hex(text) {
  return oneShotHash ? oneShotHash("sha256", text, "hex") : createHash3("sha256").update(text).digest("hex");
}
function fingerprintKey(ruleId, resource) {
  const key = [ruleId, resource.type, resource.address ?? resource.id ?? "", resource.account ?? "", resource.region ?? ""];
  if (resource.part !== void 0) key.push(resource.part);
  return JSON.stringify(key);
}
function evaluationResult(evaluation, rulesById, fallback, key) {
  const rule = rulesById.get(evaluation.rule) ?? ruleFromEvaluation(evaluation);
  const place = evaluation.resource.origin === "live" ? resourcePlace(evaluation.resource) : "";
  const subject = resourceLabel(evaluation.resource) + (place ? ` in ${place}` : "");
  const judged = evaluation.path ? ` (${evaluation.path})` : "";
  return {
    rule,
    severity: evaluation.severity,
    fingerprintKey: key ?? fingerprintKey(rule.id, evaluation.resource),
    order: evaluation.path ?? "",
    result: {
      ruleId: rule.id,
      level: sarifLevel(evaluation.severity),
      message: { text: messageText(`${subject}${judged}: ${evaluation.message}`) },
      locations: [location(evaluation.location, fallback, evaluation.resource)]
    }
  };
}
function driftResult(entry2, fallback) {
  const rule = DRIFT_RULES[entry2.class];
  const resource = entry2.address && !entry2.resource.address ? { ...entry2.resource, address: entry2.address } : entry2.resource;
  const identifier = resource.id ? `${resource.type} ${resource.id}` : resource.type;
  const place = resourcePlace(resource);
  const names = [resource.address, resource.arn].filter((n) => Boolean(n));
  const subject = identifier + (names.length ? ` (${names.join(", ")})` : "") + (place ? ` in ${place}` : "");
  return {
    rule,
    severity: rule.severity,
    fingerprintKey: fingerprintKey(rule.id, resource),
    order: "",
    result: {
      ruleId: rule.id,
      level: sarifLevel(rule.severity),
      message: { text: messageText(driftMessage(entry2.class, subject, entry2)) },
      locations: [location(entry2.location, fallback, resource)]
    }
  };
}
function driftMessage(kind, subject, entry2) {
  if (kind === "missing") return `${subject} is in the Terraform code but was not found in the live account.`;
  if (kind === "unmanaged") return `${subject} exists in the live account but is not managed by Terraform.`;
  const paths = [...new Set(entry2.changes.map((change) => change.path))].sort(compareText);
  const listed = paths.slice(0, MAX_DRIFT_PATHS_LISTED).join(", ");
  const more = paths.length > MAX_DRIFT_PATHS_LISTED ? ` and ${paths.length - MAX_DRIFT_PATHS_LISTED} more` : "";
  const count = `${paths.length} ${paths.length === 1 ? "property" : "properties"}`;
  return `${subject} differs from its Terraform code in ${count}: ${listed}${more}.`;
}
function location(at, fallback, resource) {
  const file = at ? toRepoUri(at.file) : fallback;
  const line = at && Number.isInteger(at.line) && at.line >= 1 ? at.line : 1;
  const name = resource.address ?? `${resource.type}/${resource.id ?? "(not created yet)"}`;
  return {
    physicalLocation: { artifactLocation: { uri: file, uriBaseId: SRCROOT }, region: { startLine: line } },
    logicalLocations: [{ name, fullyQualifiedName: name, kind: "resource" }]
  };
}
function toRepoUri(file) {
  return file.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/^\/+/, "").split("/").filter((segment) => segment !== "" && segment !== ".").map((segment) => encodeURIComponent(segment)).join("/");
}
function trimSlashes(value) {
  return value.replace(/^\/+|\/+$/g, "");
}
function sarifLevel(severity) {
  if (severity === "critical" || severity === "high") return "error";
  if (severity === "medium") return "warning";
  return "note";
}
function messageText(text) {
  const flat = text.replace(/[\r\n\t]+/g, " ").trim();
  const safe = /\]\s*\(/.test(flat) ? flat.replace(/([[\]])/g, "\\$1") : flat;
  return /[.!?]$/.test(safe) ? safe : `${safe}.`;
}
function ruleFromEvaluation(evaluation) {
  return {
    id: evaluation.rule,
    title: evaluation.title,
    severity: evaluation.severity,
    description: evaluation.title,
    risk: "",
    remediation: { text: "See the rule documentation.", terraform: "" },
    categories: [],
    resourceTypes: [],
    frameworks: evaluation.frameworks,
    aliases: evaluation.aliases
  };
}
var FRAMEWORK_NAMES = {
  "cis-aws-3.0": "CIS AWS Foundations Benchmark v3.0",
  "cis-aws-4.0": "CIS AWS Foundations Benchmark v4.0",
  "cis-aws-5.0": "CIS AWS Foundations Benchmark v5.0"
};
function ruleDescriptor(rule) {
  const frameworks = Object.entries(rule.frameworks).filter(([, controls]) => controls && controls.length > 0).sort(([a], [b]) => compareText(a, b));
  const frameworkLines = frameworks.map(([id, controls]) => `${FRAMEWORK_NAMES[id] ?? id}: ${controls.join(", ")}`);
  const aliasLines = [
    rule.aliases.checkov.length ? `Checkov: ${rule.aliases.checkov.join(", ")}` : "",
    rule.aliases.prowler.length ? `Prowler: ${rule.aliases.prowler.join(", ")}` : ""
  ].filter(Boolean);
  const text = [
    rule.risk ? `Risk: ${rule.risk}` : "",
    `Remediation: ${rule.remediation.text}`,
    rule.remediation.terraform ? `Terraform:
${rule.remediation.terraform}` : "",
    frameworkLines.length ? `Frameworks:
${frameworkLines.join("\n")}` : "",
    aliasLines.length ? `Also known as:
${aliasLines.join("\n")}` : ""
  ].filter(Boolean);
  const markdown = [
    rule.risk ? `**Risk.** ${rule.risk}` : "",
    `**Remediation.** ${rule.remediation.text}`,
    rule.remediation.terraform ? codeFence(rule.remediation.terraform, "hcl") : "",
    frameworkLines.length ? `**Frameworks.**

${frameworkLines.map((line) => `- ${line}`).join("\n")}` : "",
    aliasLines.length ? `**Also known as.** ${aliasLines.join("; ")}` : ""
  ].filter(Boolean);
  const tags = [.../* @__PURE__ */ new Set(["security", ...rule.categories, ...frameworks.map(([id]) => id)])].slice(0, MAX_TAGS);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: limit(sentence(rule.title), MAX_DESCRIPTION_CHARS) },
    fullDescription: {
      text: limit(sentence([rule.description, rule.risk].filter(Boolean).join(" ")), MAX_DESCRIPTION_CHARS)
    },
    help: { text: text.join("\n\n"), markdown: markdown.join("\n\n") },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags,
      "security-severity": SECURITY_SEVERITY[rule.severity],
      // Configuration checks judge declared values, not heuristics: false positives come from the rule's
      // intent (a bucket meant to be public), which suppressions handle.
      precision: "high"
    }
  };
}
function codeFence(code, language) {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${code.replace(/\n+$/, "")}
${fence}`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function limit(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// src/publish/files.ts
var OUTPUT_NAMES = {
  sarif: "plumbline.sarif",
  report: "plumbline-report.html",
  results: "plumbline-results.json",
  inventory: "plumbline-inventory.json"
};
async function writeOutputFiles(model, config, live = { hasLive: false }, options = {}) {
  await mkdir(config.outDir, { recursive: true });
  const hasTerraform = config.planFile !== void 0 || config.tfDir !== void 0 || config.stateFiles.length > 0;
  const written = options.redactIdentifiers === true ? maskAccountIds(model) : model;
  const { text: sarifText, cut } = buildSarif(written, {
    category: config.sarifCategory,
    fallbackLocation: config.sarifFallbackLocation,
    sides: { plan: hasTerraform, live: live.hasLive }
  });
  if (cut.plan + cut.live > 0) {
    const warning = `SARIF holds the highest-severity results only: ${cut.plan + cut.live} lower-severity result(s) were left out to stay within GitHub's limits (all are in ${OUTPUT_NAMES.results})`;
    model.run.warnings.push(warning);
    if (written !== model) written.run.warnings.push(warning);
  }
  const files = {
    sarifFile: join6(config.outDir, OUTPUT_NAMES.sarif),
    reportFile: join6(config.outDir, OUTPUT_NAMES.report),
    resultsFile: join6(config.outDir, OUTPUT_NAMES.results),
    sarifCut: cut
  };
  const writes = [];
  const start = (path, text) => {
    const write = writeFileSafely(path, text);
    write.catch(() => void 0);
    writes.push(write);
  };
  phaseDone("sarif");
  try {
    start(files.sarifFile, sarifText);
    start(files.reportFile, renderHtml(written));
    phaseDone("html");
    start(files.resultsFile, buildResultsJson(written));
    phaseDone("results");
  } finally {
    await Promise.allSettled(writes);
  }
  for (const write of writes) await write;
  phaseDone("writes");
  if (live.inventory) {
    files.inventoryFile = join6(config.outDir, OUTPUT_NAMES.inventory);
    await writeInventoryFile(files.inventoryFile, options.redactIdentifiers === true ? maskInventoryIdentifiers(live.inventory) : live.inventory);
  }
  return files;
}

// src/sources/base.ts
import { execFile } from "node:child_process";
function unreadableBase(name, why) {
  const fail2 = async () => {
    throw new Error(why);
  };
  return { name, changedFiles: fail2, readBase: fail2 };
}
function git(repoRoot, args) {
  return new Promise((resolve3, reject) => {
    execFile("git", args, { cwd: repoRoot, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) reject(new Error((stderr || err.message).trim().split("\n")[0]));
      else resolve3(stdout);
    });
  });
}
async function gitBase(repoRoot, ref, flag = "--base") {
  let commit;
  try {
    commit = (await git(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    throw new InputError(`${flag}: "${ref}" is not a commit of the git repository at ${repoRoot}; give a branch, tag or commit the checkout has (fetch it first in a shallow clone)`);
  }
  return {
    name: `the base commit ${commit.slice(0, 12)} (${ref})`,
    async changedFiles() {
      const files = [];
      const diff = (await git(repoRoot, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", commit, "--"])).split("\0");
      for (let i = 0; i < diff.length - 1; ) {
        const code = diff[i++];
        if (code.startsWith("R")) files.push({ status: "renamed", previousPath: diff[i++], path: diff[i++] });
        else if (code.startsWith("C")) files.push({ status: "copied", previousPath: diff[i++], path: diff[i++] });
        else {
          const path = diff[i++];
          files.push({ status: code === "A" ? "added" : code === "D" ? "removed" : code === "T" ? "changed" : "modified", path });
        }
      }
      const untracked = (await git(repoRoot, ["ls-files", "--others", "--exclude-standard", "-z"])).split("\0").filter((p) => p !== "");
      for (const path of untracked) files.push({ status: "added", path });
      return files;
    },
    async readBase(path) {
      const listed = await git(repoRoot, ["ls-tree", "-z", "--name-only", commit, "--", path]);
      if (!listed.split("\0").includes(path)) return null;
      return git(repoRoot, ["show", `${commit}:${path}`]);
    }
  };
}

export {
  SETTINGS,
  defaultWords,
  buildConfig,
  printable,
  formatIgnoreLine,
  didYouMean,
  argsErrorLine,
  SEVERITY_RANK,
  gateWords,
  tally,
  deltaCounts,
  enablePhaseTimings,
  phaseDone,
  phaseTimings,
  formatPhaseTimings,
  VERSION,
  runPipeline,
  maskAccountIds,
  resourceLabel,
  resourcePlace,
  failingFindings,
  sourceLink,
  coverageLine,
  incompleteCoverage,
  groupFindings,
  sideLabel,
  findingsLine,
  writeOutputFiles,
  unreadableBase,
  gitBase
};
