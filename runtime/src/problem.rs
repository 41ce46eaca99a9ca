//! The `application/problem+json` body (RFC 9457) a generated router sends by itself. It is here rather
//! than behind `server` because a client reads it too, and a spec that documents it gets this type
//! rather than a copy of its own (see the generator's `model/runtime_types.rs`).

/// An error response in the RFC 9457 problem format (`application/problem+json`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Problem {
    /// A URI reference naming the problem type (`type`); `about:blank` when the status says it all.
    #[serde(rename = "type")]
    pub kind: String,
    /// The reason phrase of the status code.
    pub title: String,
    /// The HTTP status code, repeated in the body.
    pub status: u16,
    /// What went wrong with this request.
    pub detail: String,
    /// One entry per invalid input.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemItem>,
}

/// One invalid input: where it is and what is wrong with it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProblemItem {
    /// `path`, `query`, `header` or `body`.
    #[serde(rename = "in")]
    pub location: String,
    /// The parameter's name, or a JSON pointer into the body.
    pub name: String,
    /// The keyword of the broken constraint, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraint: Option<String>,
    /// What is wrong with the input.
    pub message: String,
}
