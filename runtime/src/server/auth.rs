//! What an authentication hook of a route trait answers when it refuses a credential.

use ::axum::http::{HeaderValue, StatusCode, header};
use ::axum::response::{IntoResponse, Response};

use super::Problem;

/// A credential the route trait's `authenticate_*` method refused: `401 Unauthorized` (not
/// authenticated: unknown, expired or malformed) or `403 Forbidden` (authenticated, but not allowed:
/// a scope or role is missing). The router answers it as `application/problem+json` with the
/// implementor's `detail`; a 401 carries the scheme's `WWW-Authenticate` challenge (`Bearer`,
/// `Basic`, `ApiKey name="token"`) unless [`with_challenge`](Self::with_challenge) gives another.
///
/// An API whose spec documents its own error body answers with [`with_response`](Self::with_response)
/// instead.
#[derive(Debug)]
pub struct AuthError {
    status: StatusCode,
    detail: String,
    challenge: Option<HeaderValue>,
    response: Option<Response>,
}

impl AuthError {
    /// `401 Unauthorized`: the credential does not say who is asking.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, detail.into())
    }

    /// `403 Forbidden`: who is asking is known, and may not do this.
    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, detail.into())
    }

    fn new(status: StatusCode, detail: String) -> Self {
        Self {
            status,
            detail,
            challenge: None,
            response: None,
        }
    }

    /// The `WWW-Authenticate` value of a 401 instead of the scheme's bare one, as RFC 6750 asks of
    /// bearer tokens: `Bearer error="invalid_token"`. A value no header can hold (a control
    /// character) is ignored: the scheme's challenge is sent.
    pub fn with_challenge(mut self, challenge: impl AsRef<str>) -> Self {
        self.challenge = HeaderValue::from_str(challenge.as_ref()).ok();
        self
    }

    /// Answers with `response` (the error body the spec documents, say) rather than problem+json.
    /// A 401 without `WWW-Authenticate` still gets the challenge.
    pub fn with_response(mut self, response: impl IntoResponse) -> Self {
        self.response = Some(response.into_response());
        self
    }

    /// 401 or 403.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The implementor's explanation (the problem's `detail`).
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The response the router sends for a credential of a scheme whose challenge is `challenge`.
    pub fn respond(self, challenge: &'static str) -> Response {
        let mut response = match self.response {
            Some(response) => response,
            None => Problem::new(self.status, self.detail).into_response(),
        };
        let status = response.status();
        let headers = response.headers_mut();
        if status == StatusCode::UNAUTHORIZED && !headers.contains_key(header::WWW_AUTHENTICATE) {
            let value = self.challenge.unwrap_or_else(|| HeaderValue::from_static(challenge));
            headers.insert(header::WWW_AUTHENTICATE, value);
        }
        response
    }
}

impl std::fmt::Display for AuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status, self.detail)
    }
}

impl std::error::Error for AuthError {}

#[cfg(test)]
mod tests {
    use super::*;

    async fn problem(response: Response) -> Problem {
        let bytes = ::axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[tokio::test]
    async fn a_401_is_problem_json_with_the_challenge() {
        let response = AuthError::unauthorized("token expired").respond("Bearer");
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(response.headers()[header::WWW_AUTHENTICATE], "Bearer");
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
        let p = problem(response).await;
        assert_eq!((p.status, p.detail.as_str()), (401, "token expired"));

        let response = AuthError::unauthorized("x")
            .with_challenge(r#"Bearer error="invalid_token""#)
            .respond("Bearer");
        assert_eq!(
            response.headers()[header::WWW_AUTHENTICATE],
            r#"Bearer error="invalid_token""#
        );
        // A challenge no header can hold falls back to the scheme's.
        let response = AuthError::unauthorized("x").with_challenge("a\nb").respond("Basic");
        assert_eq!(response.headers()[header::WWW_AUTHENTICATE], "Basic");
    }

    #[tokio::test]
    async fn a_403_has_no_challenge() {
        let response = AuthError::forbidden("needs scope `write`").respond("Bearer");
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        assert!(!response.headers().contains_key(header::WWW_AUTHENTICATE));
        assert_eq!(problem(response).await.detail, "needs scope `write`");
    }

    #[test]
    fn an_own_response_is_sent_as_it_is_with_a_challenge_on_401() {
        let own = (StatusCode::UNAUTHORIZED, "vendor body");
        let response = AuthError::unauthorized("x").with_response(own).respond("Bearer");
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(response.headers()[header::WWW_AUTHENTICATE], "Bearer");
        let response = AuthError::forbidden("x")
            .with_response((StatusCode::FORBIDDEN, "no"))
            .respond("Bearer");
        assert!(!response.headers().contains_key(header::WWW_AUTHENTICATE));
        assert_eq!(AuthError::forbidden("no").to_string(), "403 Forbidden: no");
    }
}
