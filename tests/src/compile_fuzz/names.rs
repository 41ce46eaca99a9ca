//! Names that stress the generator's naming: Rust keywords, prelude and std names, the items and
//! generics the emitter adds, the locals of generated handlers and client methods, and names that
//! differ only by case or punctuation. The generator picks from these with weights ([`super::random`]).

/// Ordinary names (most names in a spec are).
pub const PLAIN: &[&str] = &[
    "pet", "Pet", "owner", "item", "Item", "items", "order", "status", "name", "id", "count", "tag", "kind", "value",
    "data", "error", "Error", "page", "limit", "offset", "user", "User", "account", "label", "note", "size",
];

/// Rust keywords, strict, reserved and weak (2024 edition: `gen` is reserved).
pub const KEYWORDS: &[&str] = &[
    "type", "self", "Self", "crate", "super", "fn", "match", "async", "await", "dyn", "move", "ref", "box", "try",
    "yield", "gen", "abstract", "macro", "union", "static", "where", "loop", "mod", "impl", "trait", "struct", "enum",
    "use", "pub", "let", "in", "for", "as", "const", "else", "extern", "false", "true", "if", "mut", "return",
    "unsafe", "while", "break", "continue", "become", "do", "final", "override", "priv", "typeof", "unsized",
    "virtual", "raw", "safe",
];

/// Prelude, std and dependency names that generated code mentions unqualified or might.
pub const PRELUDE: &[&str] = &[
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Default",
    "Some",
    "None",
    "Ok",
    "Err",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "Into",
    "From",
    "TryFrom",
    "FromStr",
    "Iterator",
    "ToString",
    "ToOwned",
    "PartialEq",
    "Eq",
    "Ord",
    "Hash",
    "Debug",
    "Display",
    "Serialize",
    "Deserialize",
    "Deserializer",
    "Serializer",
    "Value",
    "Map",
    "HashMap",
    "BTreeMap",
    "Arc",
    "Router",
    "Json",
    "Path",
    "Query",
    "State",
    "Request",
    "Response",
    "StatusCode",
    "HeaderMap",
    "Bytes",
    "Future",
    "std",
    "core",
    "alloc",
    "serde",
    "serde_json",
    "axum",
    "reqwest",
    "regex",
    "regress",
    "u8",
    "i32",
    "i64",
    "u64",
    "f64",
    "bool",
    "str",
    "char",
    "usize",
    "Formatter",
    "Method",
    "Url",
    "Regex",
];

/// Items the emitter adds at module level (schemas named so collide with them).
pub const EMITTED: &[&str] = &[
    "Client",
    "Credentials",
    "router",
    "rt",
    "handlers",
    "Problem",
    "Problems",
    "ValidationError",
    "ClientError",
    "DateTime",
    "BoundedString",
    "Base64",
    "Uuid",
    "Email",
    "Token",
    "ApiKey",
    "Basic",
    "Bearer",
    "into_router",
    "Api",
    "ApiApi",
    "ClientBuilder",
];

/// The generic parameters of generated code (`router<A: Api>`, `D: Deserializer`, ...).
pub const GENERICS: &[&str] = &[
    "A", "D", "S", "T", "E", "B", "K", "V", "R", "M", "F", "H", "U", "I", "N",
];

/// Locals of the generated handlers and client methods (parameter and property names equal to them).
pub const LOCALS: &[&str] = &[
    "problems",
    "parts",
    "body",
    "api",
    "request",
    "path_params",
    "query_pairs",
    "query_raw",
    "auth",
    "bytes",
    "url",
    "query",
    "status",
    "value",
    "item",
    "response",
    "headers",
    "path",
    "http",
    "base_url",
    "header_params",
    "query_params",
    "response_headers",
    "params",
    "problem",
    "pairs",
    "state",
    "builder",
    "f",
    "s",
    "v",
    "x",
    "deserializer",
    "serializer",
    "formatter",
    "other",
    "raw",
    "text",
    "map",
    "err",
    "e",
];

/// Operation ids that collide with the client's and router's own functions.
pub const OP_IDS: &[&str] = &[
    "new",
    "with_http",
    "router",
    "into_router",
    "default",
    "clone",
    "fmt",
    "build",
    "send",
    "execute",
    "request",
    "base_url",
    "http",
    "get",
    "from",
    "into",
    "drop",
    "eq",
    "hash",
    "builder",
    "get_response",
];

/// Groups of names that differ only by case or punctuation (each group maps to one Rust name).
pub const CASE_GROUPS: &[&[&str]] = &[
    &[
        "fooBar", "foo_bar", "FooBar", "foo-bar", "FOO_BAR", "foo.bar", "Foo_Bar", "foobar",
    ],
    &["petId", "pet_id", "PetId", "pet-id", "PET_ID", "pet.id"],
    &["a", "A", "_a", "a_", "__a"],
    &["x-rate", "X-Rate", "x_rate", "XRate", "x.rate"],
    &["id", "Id", "ID", "_id", "i_d"],
    &["1st", "_1st", "first", "1ST"],
];

/// Names that need escaping or a replacement (digits first, symbols, non-ASCII, empty after cleaning).
pub const ODD: &[&str] = &[
    "1st", "2", "_", "__", "$ref", "@type", "+1", "-", "a b", "é", "naïve", "日本", "x-y-z", "a..b", "r#type", "_type",
    "type_", "self_", "Type", "SELF", "CONST",
];

/// Header parameter names the spec says are ignored, and common ones.
pub const HEADERS: &[&str] = &[
    "X-Request-Id",
    "x-request-id",
    "X-Rate",
    "x_rate",
    "Accept",
    "Content-Type",
    "Authorization",
    "If-Match",
    "X-Key",
    "ETag",
    "Location",
    "Set-Cookie",
    "x-api-key",
    "X-API-KEY",
];

/// Literal path segments.
pub const SEGMENTS: &[&str] = &[
    "pets", "items", "v1", "api", "a", "b", "users", "self", "type", "router", "client", "orders", "x-y", "a.b", "_",
    "1", "health",
];

/// API titles (the route trait is named after them).
pub const TITLES: &[&str] = &[
    "Pets",
    "Client",
    "Router",
    "rt",
    "Self",
    "api",
    "Api",
    "Result",
    "Credentials",
    "1st API",
    "my-api",
    "Problem",
    "A",
    "handlers",
    "",
];

/// Enum values: duplicates by Rust name, keywords, odd text, `null` as a string.
pub const ENUM_VALUES: &[&str] = &[
    "a",
    "b",
    "c",
    "Self",
    "self",
    "type",
    "null",
    "",
    "1st",
    "in-progress",
    "in_progress",
    "InProgress",
    "A",
    "é",
    "+1",
    "-1",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "_",
    "a b",
    "true",
    "false",
    "0",
];

/// Patterns the regex crate takes, ones only the budgeted backtracking engine takes (with issue #16's
/// shapes), and ones compiled to plain Rust.
pub const PATTERNS: &[&str] = &[
    "^[a-z]+$",
    ".*Z",
    "\\d",
    "^(?=.*\\d).{8,}$",
    "(a)\\1",
    "^(?=a)(a+)+$",
    "^((?=a)a+)+$",
    "(?<=\\$)\\d+\\b",
    "^(?<q>['\"]).*\\k<q>$",
    "^\\p{L}+$",
    "^$",
    "\\w\\s\\S",
    "^AI[a-f0-9]{32}$",
    "^[^/]+$",
    "a|b",
    "^.{2,4}$",
];

/// String formats specgen checks, and ones it does not.
pub const STRING_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "uuid",
    "email",
    "ipv4",
    "ipv6",
    "uri",
    "byte",
    "binary",
    "password",
    "hostname",
    "uri-reference",
    "duration",
    "unknown-format",
];
