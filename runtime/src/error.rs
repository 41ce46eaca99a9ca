//! The error of every check: which constraint a value breaks, and how.

/// A value that breaks a constraint of the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The keyword of the constraint (`pattern`, `maxLength`, `format`, ...).
    pub constraint: &'static str,
    /// What is wrong with the value (quoting at most a short excerpt of it).
    pub message: String,
}

impl ValidationError {
    pub fn new(constraint: &'static str, message: impl Into<String>) -> Self {
        Self {
            constraint,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.constraint)
    }
}

impl std::error::Error for ValidationError {}

/// A value quoted for an error message: at most 40 characters, so huge inputs are not echoed.
pub fn excerpt(value: &str) -> String {
    const MAX: usize = 40;
    let length = value.chars().count();
    if length <= MAX {
        format!("{value:?}")
    } else {
        let head: String = value.chars().take(MAX).collect();
        format!("{head:?}... ({length} characters)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_short_and_cut_at_characters() {
        assert_eq!(excerpt("abc"), "\"abc\"");
        let long = "é".repeat(100);
        let quoted = excerpt(&long);
        assert!(quoted.starts_with(&format!("{:?}", "é".repeat(40))));
        assert!(quoted.ends_with("... (100 characters)"));
    }

    #[test]
    fn errors_show_message_and_keyword() {
        let e = ValidationError::new("maxLength", "too long");
        assert_eq!(e.to_string(), "too long (maxLength)");
    }
}
