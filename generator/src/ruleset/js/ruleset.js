// Rulesets written in JavaScript (a package's `dist/ruleset.mjs`, a `.spectral.js`): the module's
// default export turned into the JSON form of a ruleset that specgen reads as it reads YAML. Run after
// prelude.js. A core function becomes its name, a format its name, `spectral:oas` imported from
// `@stoplight/spectral-rulesets` its name; any other function becomes a function of the ruleset, named
// after it (`name`, `name#2` when two share a name) and kept here for the calls.
"use strict";
(() => {
  const specgen = globalThis.__specgen;
  const builtin = (name) => Object.freeze({ __specgenBuiltin: name });
  specgen.shims["@stoplight/spectral-rulesets"] = {
    oas: builtin("spectral:oas"),
    asyncapi: builtin("spectral:asyncapi"),
    arazzo: builtin("spectral:arazzo"),
  };
  const byValue = (shim) => new Map(Object.entries(specgen.shims[shim]).map(([name, value]) => [value, name]));
  const cores = byValue("@stoplight/spectral-functions");
  const formats = byValue("@stoplight/spectral-formats");
  const describe = (v) => (typeof v === "function" ? `the function ${v.name || "(anonymous)"}` : JSON.stringify(v));

  function exportRuleset(ruleset) {
    if (ruleset === null || typeof ruleset !== "object" || Array.isArray(ruleset)) {
      throw new TypeError(`the module's default export is ${describe(ruleset)}, not a ruleset object`);
    }
    const functions = {};
    const names = new Map();
    const fnName = (f) => {
      if (cores.has(f)) return cores.get(f);
      if (names.has(f)) return names.get(f);
      const base = f.name || "function";
      let name = base;
      for (let i = 2; Object.hasOwn(functions, name) || [...cores.values()].includes(name); i += 1) name = `${base}#${i}`;
      names.set(f, name);
      functions[name] = f;
      return name;
    };
    const format = (f, where) => {
      if (typeof f === "string") return f;
      if (formats.has(f)) return formats.get(f);
      throw new TypeError(`${where}: ${describe(f)} is not one of @stoplight/spectral-formats' OpenAPI formats`);
    };
    const formatList = (list, where) => (Array.isArray(list) ? list.map((f) => format(f, where)) : list);
    const then = (t) => (t !== null && typeof t === "object" && typeof t.function === "function" ? { ...t, function: fnName(t.function) } : t);
    const rule = (r, name) => {
      if (r === null || typeof r !== "object" || Array.isArray(r)) return r;
      const out = { ...r };
      if ("then" in r) out.then = Array.isArray(r.then) ? r.then.map(then) : then(r.then);
      if ("formats" in r) out.formats = formatList(r.formats, `rule ${name}`);
      return out;
    };
    const rules = (map) => {
      if (map === null || typeof map !== "object") return map;
      return Object.fromEntries(Object.entries(map).map(([name, r]) => [name, rule(r, name)]));
    };
    const extension = (e) => {
      if (e !== null && typeof e === "object" && typeof e.__specgenBuiltin === "string") return e.__specgenBuiltin;
      if (Array.isArray(e)) return [extension(e[0]), ...e.slice(1)];
      if (typeof e === "string") return e;
      throw new TypeError(`extends: ${describe(e)} is a ruleset object specgen cannot read; extend it by its file or package name`);
    };
    const out = { ...ruleset };
    if ("extends" in ruleset) out.extends = Array.isArray(ruleset.extends) ? ruleset.extends.map(extension) : extension(ruleset.extends);
    if ("formats" in ruleset) out.formats = formatList(ruleset.formats, "formats");
    if ("rules" in ruleset) out.rules = rules(ruleset.rules);
    if (Array.isArray(ruleset.overrides)) {
      out.overrides = ruleset.overrides.map((o) => {
        if (o === null || typeof o !== "object") return o;
        const copy = { ...o };
        if ("rules" in o) copy.rules = rules(o.rules);
        if ("extends" in o) copy.extends = Array.isArray(o.extends) ? o.extends.map(extension) : extension(o.extends);
        if ("formats" in o) copy.formats = formatList(o.formats, "overrides");
        return copy;
      });
    }
    if (ruleset.aliases !== null && typeof ruleset.aliases === "object") {
      out.aliases = Object.fromEntries(Object.entries(ruleset.aliases).map(([name, alias]) => {
        if (alias === null || typeof alias !== "object" || !Array.isArray(alias.targets)) return [name, alias];
        const targets = alias.targets.map((t) => (t !== null && typeof t === "object" ? { ...t, formats: formatList(t.formats, `alias ${name}`) } : t));
        return [name, { ...alias, targets }];
      }));
    }
    if (Object.keys(functions).length > 0) out.functions = Object.keys(functions);
    // A RegExp option (`{match: /^a/i}`) travels as Spectral's "/^a/i" string form.
    const json = JSON.stringify(out, (_key, v) => (v instanceof RegExp ? String(v) : v), 2);
    return { json, functions };
  }

  specgen.exportRuleset = exportRuleset;

  // WHATWG `URL`, which Node has and QuickJS lacks; functions parse server URLs with it. Absolute URLs
  // (`scheme:` with an authority for the special schemes), and relative ones against a base.
  if (typeof globalThis.URL !== "function") {
    const SPECIAL = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443", "ftp:": "21", "file:": "" };
    const ABSOLUTE = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$/;
    class URL {
      constructor(input, base) {
        let text = String(input).trim();
        let m = ABSOLUTE.exec(text);
        if (m === null && base !== undefined) {
          const b = new URL(base);
          if (text.startsWith("//")) text = b.protocol + text;
          else if (text.startsWith("/")) text = `${b.protocol}//${b.host}${text}`;
          else if (text.startsWith("?")) text = `${b.protocol}//${b.host}${b.pathname}${text}`;
          else if (text.startsWith("#")) text = `${b.protocol}//${b.host}${b.pathname}${b.search}${text}`;
          else text = `${b.protocol}//${b.host}${b.pathname.replace(/[^/]*$/, "")}${text}`;
          m = ABSOLUTE.exec(text);
        }
        if (m === null) throw new TypeError(`Invalid URL: ${input}`);
        const protocol = m[1].toLowerCase();
        const special = Object.hasOwn(SPECIAL, protocol);
        if (special && m[2] === undefined && protocol !== "file:") throw new TypeError(`Invalid URL: ${input}`);
        let authority = m[3] ?? "";
        const at = authority.lastIndexOf("@");
        const userinfo = at >= 0 ? authority.slice(0, at) : "";
        authority = at >= 0 ? authority.slice(at + 1) : authority;
        const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
        if (hp === null || (special && protocol !== "file:" && hp[1] === "")) throw new TypeError(`Invalid URL: ${input}`);
        this.protocol = protocol;
        this.username = userinfo.split(":")[0] ?? "";
        this.password = userinfo.includes(":") ? userinfo.slice(userinfo.indexOf(":") + 1) : "";
        this.hostname = special ? hp[1].toLowerCase() : hp[1];
        this.port = hp[2] === undefined || hp[2] === SPECIAL[protocol] ? "" : String(Number(hp[2]));
        let path = m[4];
        if (special) {
          const segments = [];
          for (const seg of (path.startsWith("/") ? path.slice(1) : path).split("/")) {
            if (seg === "..") segments.pop();
            else if (seg !== ".") segments.push(seg);
          }
          path = "/" + segments.join("/");
        }
        this.pathname = path;
        this.search = m[5] === undefined || m[5] === "?" ? "" : m[5];
        this.hash = m[6] === undefined || m[6] === "#" ? "" : m[6];
      }
      get host() { return this.port === "" ? this.hostname : `${this.hostname}:${this.port}`; }
      get origin() { return Object.hasOwn(SPECIAL, this.protocol) && this.protocol !== "file:" ? `${this.protocol}//${this.host}` : "null"; }
      get href() {
        const auth = this.username === "" ? "" : this.username + (this.password === "" ? "" : `:${this.password}`) + "@";
        const slashes = Object.hasOwn(SPECIAL, this.protocol) || this.hostname !== "" ? "//" : "";
        return `${this.protocol}${slashes}${auth}${this.host}${this.pathname}${this.search}${this.hash}`;
      }
      get searchParams() {
        const params = new Map();
        for (const pair of this.search.slice(1).split("&").filter(Boolean)) {
          const [k, v = ""] = pair.split("=");
          if (!params.has(k)) params.set(k, decodeURIComponent(v.replace(/\+/g, " ")));
        }
        return { get: (k) => (params.has(k) ? params.get(k) : null), has: (k) => params.has(k) };
      }
      toString() { return this.href; }
      toJSON() { return this.href; }
    }
    globalThis.URL = URL;
  }
})();
