// The JavaScript half of specgen's engine for Spectral ruleset functions, run once per engine: the
// modules a function may import (`__specgen.shims`), the document a function sees, and the call that
// checks what a function returns. `__specgen_native` holds the Rust functions it needs.
"use strict";
(() => {
  const native = globalThis.__specgen_native;
  delete globalThis.__specgen_native;

  // JSON for Rust: a RegExp option (`{match: /^a/i}`) travels as Spectral's "/^a/i" string form.
  const toJson = (value) => JSON.stringify(value, (_key, v) => (v instanceof RegExp ? String(v) : v));

  const typeName = (v) =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;

  // `schema.type` alone: `null` when `value` has one of the types (or the schema names none).
  function checkType(schema, value) {
    if (schema === null || typeof schema !== "object" || schema.type === undefined) return null;
    const types = [].concat(schema.type);
    const t = typeName(value);
    const ok = types.includes(t) || (t === "integer" && types.includes("number"));
    return ok ? null : `must be ${types.join(" or ")}, not ${t}`;
  }

  // JSON of at most `LIMIT` values, else `undefined`: the resolved document shares its parts, and
  // written out in full (a function's input may be all of it) it can be far larger than in memory.
  const LIMIT = 200000;
  function boundedJson(value) {
    let count = 0;
    try {
      return JSON.stringify(value, (_key, v) => {
        if (++count > LIMIT) throw LIMIT;
        return v instanceof RegExp ? String(v) : v;
      });
    } catch (e) {
      if (e === LIMIT) return undefined;
      throw e;
    }
  }

  // A JSON Schema check: `null` when `value` is valid, else why not. Schemas with only `type` (the
  // usual `input` of a function) are checked here, the rest by the `jsonschema` crate; a value too
  // large to write out as JSON is checked against `type` only.
  function check(schema, value) {
    if (schema !== null && typeof schema === "object" && Object.keys(schema).every((k) => k === "type")) {
      return checkType(schema, value);
    }
    if (value === undefined) return native.validate(toJson(schema), undefined) ?? null;
    const json = boundedJson(value);
    if (json === undefined) return checkType(schema, value);
    return native.validate(toJson(schema), json) ?? null;
  }

  // `@stoplight/spectral-core`'s `createRulesetFunction`: the input and options checked against
  // their JSON Schemas as Spectral checks them, then the function called.
  function createRulesetFunction({ input = null, errorOnInvalidInput = false, options = null } = {}, fn) {
    if (typeof fn !== "function") {
      throw new TypeError("createRulesetFunction needs a function as its second argument");
    }
    const name = fn.name || "<unknown>";
    const valid = new WeakSet();
    const validator = (o) => {
      if (o !== null && typeof o === "object" && valid.has(o)) return;
      if (options === null) {
        if (o === null || o === undefined) return;
        throw new Error(`"${name}" function does not accept any options`);
      }
      const problem = check(options, o === undefined ? null : o);
      if (problem !== null) {
        throw new Error(`"functionOptions" of "${name}" function must be valid: ${problem}`);
      }
      if (o !== null && typeof o === "object") valid.add(o);
    };
    const wrapped = function (target, opts, ...rest) {
      if (input !== null && check(input, target) !== null) {
        if (!errorOnInvalidInput) return undefined;
        const message = typeof input.errorMessage === "string" ? input.errorMessage : "invalid input";
        return [{ message }];
      }
      validator(opts);
      return fn(target, opts, ...rest);
    };
    Reflect.defineProperty(wrapped, "name", { value: fn.name });
    wrapped.validator = validator;
    Reflect.defineProperty(wrapped, "schemas", { enumerable: false, value: { input, options } });
    return wrapped;
  }

  // `@stoplight/spectral-functions`: specgen's own implementation of each core function. Those that
  // return a list even when nothing is wrong in Spectral do so here too.
  const LISTS = ["length", "or", "pattern", "xor", "schema", "unreferencedReusableObject"];
  // Functions that read no deeper than the input's own keys or items get only those (with `null`
  // values): a large input is not written out for them.
  const SHALLOW = ["truthy", "falsy", "defined", "undefined", "or", "xor", "length", "casing", "pattern",
    "enumeration", "unreferencedReusableObject"];
  const shallow = (v) => {
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map(() => null);
    return Object.fromEntries(Object.keys(v).map((k) => [k, null]));
  };
  function inputJson(name, input) {
    if (input === undefined) return undefined;
    if (SHALLOW.includes(name)) return toJson(shallow(input));
    const json = boundedJson(input);
    if (json === undefined) {
      throw new RangeError(`the input of "${name}" is too large to check: more than ${LIMIT} values written out as JSON`);
    }
    return json;
  }
  function core(name) {
    const fn = function (input, options, context) {
      const opts = options === undefined || options === null ? undefined : toJson(options);
      const found = JSON.parse(native.core(name, inputJson(name, input), opts));
      const base = context !== null && typeof context === "object" && Array.isArray(context.path) ? context.path : [];
      // As Spectral's: a result has a path when it is below the input (`alphabetical`), always for
      // `schema`, and from the root for `unreferencedReusableObject`; else it is about the target.
      const results = found.map(({ message, sub, at }) => {
        if (at !== null) return { message, path: at };
        return sub.length === 0 && name !== "schema" ? { message } : { message, path: [...base, ...sub] };
      });
      return results.length === 0 && !LISTS.includes(name) ? undefined : results;
    };
    Reflect.defineProperty(fn, "name", { value: name });
    return fn;
  }
  const functions = {};
  for (const name of [
    "alphabetical", "casing", "defined", "enumeration", "falsy", "length", "or", "pattern", "schema",
    "truthy", "undefined", "unreferencedReusableObject", "xor",
  ]) {
    functions[name] = core(name);
  }

  // `@stoplight/spectral-formats`: the OpenAPI formats, as predicates on a document.
  const version = (doc, key) => (doc !== null && typeof doc === "object" && typeof doc[key] === "string" ? doc[key] : null);
  const oas2 = (doc) => /^2\.0(\.|$)/.test(version(doc, "swagger") ?? "");
  const oas3 = (doc) => /^3\./.test(version(doc, "openapi") ?? "");
  const oas3_0 = (doc) => /^3\.0(\.|$)/.test(version(doc, "openapi") ?? "");
  const oas3_1 = (doc) => /^3\.1(\.|$)/.test(version(doc, "openapi") ?? "");
  const oas3_2 = (doc) => /^3\.2(\.|$)/.test(version(doc, "openapi") ?? "");
  for (const [f, name] of [[oas2, "OpenAPI 2.0 (Swagger)"], [oas3, "OpenAPI 3.x"], [oas3_0, "OpenAPI 3.0.x"],
    [oas3_1, "OpenAPI 3.1.x"], [oas3_2, "OpenAPI 3.2.x"]]) {
    Reflect.defineProperty(f, "displayName", { value: name });
  }

  // `@stoplight/spectral-runtime`'s printing helpers (its `fetch` and file reading are not given).
  const isPlainObject = (v) => {
    if (v === null || typeof v !== "object") return false;
    const proto = Object.getPrototypeOf(v);
    return proto === null || proto === Object.prototype;
  };
  function printValue(value) {
    if (value === undefined) return "undefined";
    if (value !== null && (typeof value === "object" || typeof value === "function")) {
      if (Array.isArray(value)) return "Array[]";
      if (value instanceof RegExp) return String(value.source);
      if (!isPlainObject(value) && typeof value.constructor?.name === "string") return value.constructor.name;
      return "Object{}";
    }
    return JSON.stringify(value);
  }
  const PrintStyle = Object.freeze({ Dot: "dot", Pointer: "pointer", EscapedPointer: "escapedPointer" });
  const decodeFragment = (s) => String(s).replaceAll("~1", "/").replaceAll("~0", "~");
  const encodeFragment = (s) =>
    String(s).replaceAll("~", "~0").replaceAll("/", "~1").replace(/[^A-Za-z0-9_.!~*'()\/-]/gu, encodeURIComponent);
  function printPath(path, style) {
    switch (style) {
      case PrintStyle.Dot:
        return decodeFragment(path.reduce((out, seg, i) => {
          if (typeof seg === "number") return `${out}[${seg}]`;
          if (seg.length === 0) return `${out}['']`;
          if (/\s/.test(seg)) return `${out}['${seg}']`;
          if (!Number.isNaN(Number(seg))) return `${out}[${seg}]`;
          return `${out}${i === 0 ? "" : "."}${seg}`;
        }, ""));
      case PrintStyle.Pointer:
        return path.length === 0 ? "#" : `#/${decodeFragment(path.join("/"))}`;
      case PrintStyle.EscapedPointer:
        return path.length === 0 ? "#" : `#/${path.map((s) => encodeFragment(typeof s === "number" ? s : decodeFragment(s))).join("/")}`;
      default:
        return String(path);
    }
  }

  const shims = {
    "@stoplight/spectral-core": { createRulesetFunction },
    "@stoplight/spectral-functions": functions,
    "@stoplight/types": {
      DiagnosticSeverity: Object.freeze({ Error: 0, Warning: 1, Information: 2, Hint: 3, 0: "Error", 1: "Warning", 2: "Information", 3: "Hint" }),
    },
    "@stoplight/spectral-formats": { oas2, oas3, oas3_0, oas3_1, oas3_2 },
    "@stoplight/spectral-runtime": { printValue, printPath, PrintStyle },
  };

  // The document: each file's JSON, then each followed `$ref` replaced by what it points at (shared,
  // as Spectral's resolver shares it); circular references stay `$ref` objects.
  let files = null;
  let resolved;
  let raw;
  let document;
  let inventory;
  const at = (root, path) => {
    let v = root;
    for (const seg of path) {
      if (v === null || typeof v !== "object") return undefined;
      v = v[seg];
    }
    return v;
  };
  // `referenced`: the pointers of the root document that take part in a `$ref` (pointed at, or
  // holding one), the nodes of Spectral's dependency graph (`documentInventory.graph`).
  function setDocument(texts, patches, source, formats, referenced) {
    files = texts;
    resolved = undefined;
    raw = undefined;
    const docs = () => {
      if (resolved === undefined) {
        const trees = texts.map((t) => JSON.parse(t));
        // Every target is found before any holder changes, so that no path runs through a patch.
        const edits = patches.map(([hf, hpath, tf, tpath]) => [at(trees[hf], hpath.slice(0, -1)), hpath[hpath.length - 1], at(trees[tf], tpath)]);
        for (const [parent, key, target] of edits) {
          if (parent !== null && typeof parent === "object" && target !== undefined) parent[key] = target;
        }
        resolved = trees[0];
      }
      return resolved;
    };
    const data = () => {
      if (raw === undefined) raw = JSON.parse(texts[0]);
      return raw;
    };
    const formatSet = new Set(formats.map((f) => shims["@stoplight/spectral-formats"][f]).filter(Boolean));
    document = {
      get data() { return data(); },
      source,
      formats: formatSet,
    };
    const nodes = referenced.map((p) => `${source}#${p}`);
    const known = new Set(nodes);
    inventory = {
      get resolved() { return docs(); },
      document,
      graph: {
        overallOrder: () => [...nodes],
        hasNode: (id) => known.has(id),
        size: () => nodes.length,
      },
      referencedDocuments: {},
      findAssociatedItemForPath() { return null; },
    };
    return { docs, data };
  }

  let views = null;

  // Calls `fn` on the target at `path` (`kind`: 0 a node, 1 a property name `key`, 2 nothing).
  function call(fn, kind, key, path, useResolved, options, rule) {
    let input;
    if (kind === 0) input = at(useResolved ? views.docs() : views.data(), path);
    else if (kind === 1) input = key;
    return fn(input, options, { path: [...path], document, documentInventory: inventory, rule });
  }

  // What a function returned (after its Promise settled), as JSON for Rust: `[{message, path}]`.
  function results(value) {
    if (value === undefined || value === null) return "[]";
    if (!Array.isArray(value)) {
      throw new TypeError(`the function returned ${typeName(value)}; it must return an array of {message, path?} or undefined`);
    }
    const out = value.map((r, i) => {
      if (r === null || typeof r !== "object") {
        throw new TypeError(`result ${i} is ${typeName(r)}, not an object {message, path?}`);
      }
      const path = r.path === undefined || r.path === null ? null : r.path;
      if (path !== null && !Array.isArray(path)) {
        throw new TypeError(`result ${i} has a \`path\` that is not an array`);
      }
      // Spectral turns each segment into a string as `String` does (an array option spliced into a
      // path by mistake, as the OWASP ruleset's `checkSecurity` does, becomes its text).
      return { message: r.message === undefined ? "undefined" : String(r.message), path: path && path.map(String) };
    });
    return JSON.stringify(out);
  }

  globalThis.__specgen = {
    shims,
    setDocument(...args) { views = setDocument(...args); },
    call,
    results,
    // CommonJS's `require`, for the shims only.
    require(name) {
      if (typeof name !== "string" || !Object.hasOwn(shims, name)) {
        throw new Error(`cannot require "${name}": a function can import only ${Object.keys(shims).join(", ")}`);
      }
      return shims[name];
    },
  };
})();
