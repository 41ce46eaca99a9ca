//! RFC 6901 JSON pointers, as they appear in `$ref` fragments and in diagnostics.

/// Escapes one reference token (`~` → `~0`, `/` → `~1`).
pub fn escape(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1").into()
    } else {
        token.into()
    }
}

/// Appends `token` to `pointer`.
pub fn push(pointer: &str, token: &str) -> String {
    let token = escape(token);
    let mut out = String::with_capacity(pointer.len() + 1 + token.len());
    out.push_str(pointer);
    out.push('/');
    out.push_str(&token);
    out
}

/// Splits a pointer into unescaped tokens. `""` is the root. Fails when the pointer does not start
/// with `/` or holds a `~` not followed by `0` or `1`.
pub fn parse(pointer: &str) -> Result<Vec<String>, String> {
    if pointer.is_empty() {
        return Ok(Vec::new());
    }
    let Some(rest) = pointer.strip_prefix('/') else {
        return Err(format!("JSON pointer `{pointer}` must be empty or start with `/`"));
    };
    rest.split('/')
        .map(|tok| {
            let mut out = String::with_capacity(tok.len());
            let mut chars = tok.chars();
            while let Some(c) = chars.next() {
                if c == '~' {
                    match chars.next() {
                        Some('0') => out.push('~'),
                        Some('1') => out.push('/'),
                        _ => {
                            return Err(format!(
                                "`~` must be followed by `0` or `1` in JSON pointer `{pointer}`"
                            ));
                        }
                    }
                } else {
                    out.push(c);
                }
            }
            Ok(out)
        })
        .collect()
}

/// Joins tokens into a pointer.
pub fn join<'a>(tokens: impl IntoIterator<Item = &'a str>) -> String {
    tokens.into_iter().fold(String::new(), |acc, t| push(&acc, t))
}

/// Appends several tokens to `base`.
pub fn join_under<'a>(base: &str, tokens: impl IntoIterator<Item = &'a str>) -> String {
    tokens.into_iter().fold(base.to_owned(), |acc, t| push(&acc, t))
}

/// Decodes the `%XX` escapes of a URI fragment (`#/paths/~1pets%7Bid%7D`). Invalid escapes stay as written.
pub fn percent_decode(fragment: &str) -> String {
    if !fragment.contains('%') {
        return fragment.to_owned();
    }
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| fragment.to_owned())
}

/// `to` relative to the folder of `from`, with `/` separators, as a `$ref` path.
pub fn relative_path(from: &std::path::Path, to: &std::path::Path) -> String {
    use std::path::Component;
    let base: Vec<Component> = from.parent().map(|p| p.components().collect()).unwrap_or_default();
    let target: Vec<Component> = to.components().collect();
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_owned(); base.len() - common];
    parts.extend(
        target[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    encode_path(&parts.join("/"))
}

/// A pointer as a URI fragment: what a fragment cannot hold is percent-encoded.
pub fn encode_fragment(ptr: &str) -> String {
    percent_encode(ptr, &['%', '"', '<', '>', '\\', '^', '`', '{', '|', '}', ' ', '#'])
}

fn encode_path(path: &str) -> String {
    percent_encode(path, &['%', ' ', '#', '?'])
}

fn percent_encode(text: &str, special: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if special.contains(&c) || c.is_control() {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_escape_and_unescape() {
        assert_eq!(push("/paths", "/pets/{id}"), "/paths/~1pets~1{id}");
        assert_eq!(
            parse("/paths/~1pets~1{id}/a~0b").unwrap(),
            ["paths", "/pets/{id}", "a~b"]
        );
        assert_eq!(parse("").unwrap(), Vec::<String>::new());
        assert_eq!(parse("/").unwrap(), [""]);
        assert!(parse("paths").is_err());
        assert!(parse("/a~2").is_err());
        assert_eq!(join(["a/b", "c"]), "/a~1b/c");
    }

    #[test]
    fn fragments_are_percent_decoded() {
        assert_eq!(percent_decode("/paths/~1pets~1%7BpetId%7D"), "/paths/~1pets~1{petId}");
        assert_eq!(percent_decode("/a%2"), "/a%2");
        assert_eq!(percent_decode("/%C3%A9"), "/é");
    }
}
