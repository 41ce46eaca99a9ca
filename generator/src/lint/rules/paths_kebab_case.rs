use super::helpers::path_keys;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A path segment is not kebab-case: each segment that is not a parameter (`{id}`) must consist of
    /// lower-case letters, digits, `-` and `.`. Off by default (as in Redocly's `recommended`).
    ///
    /// One case convention makes URLs predictable; kebab-case is the usual one, and URLs are
    /// case-sensitive, so `/userProfiles` and `/userprofiles` are different paths.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /userProfiles/{id}: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /user-profiles/{id}: {}
    /// ```
    pub static META = { id: "paths-kebab-case", severity: Off, versions: ANY_OAS };
}

#[derive(Default)]
pub struct PathsKebabCase;

impl Rule for PathsKebabCase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for (path, ptr) in path_keys(v.node) {
            let segments = || path.split('/').filter(|s| !s.is_empty());
            if segments().all(kebab_or_param) {
                continue;
            }
            let fixed: Vec<String> = segments()
                .map(|s| if kebab_or_param(s) { s.to_owned() } else { kebab(s) })
                .collect();
            cx.report_key(&META, v.file, &ptr, format!("path `{path}` is not kebab-case"))
                .help(format!("write `/{}`", fixed.join("/")));
        }
    }
}

fn kebab_or_param(segment: &str) -> bool {
    (segment.len() > 2 && segment.starts_with('{') && segment.ends_with('}'))
        || segment
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

/// `userProfiles` and `user_profiles` → `user-profiles`.
fn kebab(segment: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in segment.chars() {
        if c == '_' || c == ' ' {
            out.push('-');
        } else if c.is_uppercase() {
            if prev_lower {
                out.push('-');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn kebab() {
        assert_eq!(super::kebab("userProfiles"), "user-profiles");
        assert_eq!(super::kebab("user_profiles"), "user-profiles");
        assert_eq!(super::kebab("APIKeys"), "apikeys");
        assert!(super::kebab_or_param("{userId}"));
        assert!(super::kebab_or_param("v1.2"));
        assert!(!super::kebab_or_param("{}"));
    }
}
