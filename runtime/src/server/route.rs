//! Routing that axum cannot do by itself: a path parameter with literal text around it in its segment
//! (`/files/{name}.json`, `/v1/{name}:cancel`). The generated route captures the whole segment; these
//! functions match the literal text and cut the parameter out of it.
//!
//! The literal text is compared with the segment as the client sent it, before percent-decoding, so an
//! encoded `%3A` in a value is never read as the literal `:` of `{name}:cancel`. A parameter is never
//! empty, as in any route.

use std::borrow::Cow;

/// One parameter's place in a path: the segment's index (`/a/{x}`: 2, counting the empty text before
/// the first `/`) and the literal text before and after it there, percent-encoded as clients send it.
pub type Affix = (usize, &'static str, &'static str);

/// The raw text of the parameter in segment `index` of `path` between `prefix` and `suffix`: `None`
/// when the segment does not have that text around a non-empty value.
pub fn raw<'p>(path: &'p str, index: usize, prefix: &str, suffix: &str) -> Option<&'p str> {
    let value = path.split('/').nth(index)?.strip_prefix(prefix)?.strip_suffix(suffix)?;
    (!value.is_empty()).then_some(value)
}

/// The percent-decoded text of the parameter in segment `index` of `path` between `prefix` and
/// `suffix`; `None` when the segment does not have that text around it, or the value is not UTF-8.
pub fn segment<'p>(path: &'p str, index: usize, prefix: &str, suffix: &str) -> Option<Cow<'p, str>> {
    decode(raw(path, index, prefix, suffix)?)
}

/// Whether every one of `affixes` matches `path`.
pub fn matches(path: &str, affixes: &[Affix]) -> bool {
    affixes
        .iter()
        .all(|&(index, prefix, suffix)| raw(path, index, prefix, suffix).is_some())
}

/// The first of `candidates` (one list of affixes per operation sharing a route and a method, the most
/// specific first) that matches `path`: the operation that serves it.
pub fn pick(path: &str, candidates: &[&[Affix]]) -> Option<usize> {
    candidates.iter().position(|affixes| matches(path, affixes))
}

/// Percent-decoding of a path segment (`+` is itself, unlike in a query); `None` for bytes that are not
/// UTF-8. A `%` without two hexadecimal digits is kept as it is, as axum's router does.
pub fn decode(raw: &str) -> Option<Cow<'_, str>> {
    if !raw.contains('%') {
        return Some(Cow::Borrowed(raw));
    }
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|&d| char::from(d).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push(u8::try_from(high << 4 | low).ok()?);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok().map(Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_text_is_matched_before_decoding() {
        assert_eq!(segment("/v1/db%20x:cancel", 2, "", ":cancel").as_deref(), Some("db x"));
        // An encoded colon is part of the value, not the literal.
        assert_eq!(segment("/v1/db%3Acancel", 2, "", ":cancel"), None);
        assert_eq!(segment("/files/a.json", 2, "", ".json").as_deref(), Some("a"));
        assert_eq!(segment("/files/.json", 2, "", ".json"), None, "a value is never empty");
        assert_eq!(segment("/v2/x", 1, "v", "").as_deref(), Some("2"));
        assert_eq!(segment("/a", 3, "", ""), None);
        assert_eq!(segment("/a/%FF", 2, "", ""), None, "not UTF-8");
        assert_eq!(segment("/a/caf%C3%A9+%zz", 2, "", "").as_deref(), Some("café+%zz"));
    }

    #[test]
    fn the_most_specific_candidate_listed_first_wins() {
        const CANCEL: &[Affix] = &[(2, "", ":cancel")];
        const UNDELETE: &[Affix] = &[(2, "", ":undelete")];
        let candidates = [CANCEL, UNDELETE, &[]];
        assert_eq!(pick("/v1/x:cancel", &candidates), Some(0));
        assert_eq!(pick("/v1/x:undelete", &candidates), Some(1));
        assert_eq!(pick("/v1/x", &candidates), Some(2));
        assert_eq!(pick("/v1/x:other", &candidates[..2]), None);
        assert!(matches("/a/b/c.json", &[(2, "", ""), (3, "", ".json")]));
        assert!(!matches("/a/b/c.xml", &[(2, "", ""), (3, "", ".json")]));
    }
}
