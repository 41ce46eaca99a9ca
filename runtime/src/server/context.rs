//! What a route trait's method knows about its request besides the typed input: the request's head.

use std::net::SocketAddr;

use ::axum::extract::ConnectInfo;
use ::axum::http::request::Parts;
use ::axum::http::{Extensions, HeaderMap, Method, Uri, Version};

/// The request a method answers, besides its typed parameters and body: method, URI, every header
/// (documented in the spec or not), the axum [`Extensions`] that middleware set (a request id, a
/// tracing span, ...) and the peer's address.
///
/// The router gives every method its own: it is the request's head, moved, not copied. The
/// authentication hooks see it by reference before the method runs.
#[derive(Debug)]
pub struct RequestContext {
    head: Parts,
}

impl RequestContext {
    /// The context of a request whose head is `head` (what the router does; tests can build one from
    /// `axum::http::Request::builder()`).
    pub fn new(head: Parts) -> Self {
        Self { head }
    }

    pub fn method(&self) -> &Method {
        &self.head.method
    }

    /// The URI as the server received it (for HTTP/1.1 usually the path and query only).
    pub fn uri(&self) -> &Uri {
        &self.head.uri
    }

    pub fn version(&self) -> Version {
        self.head.version
    }

    /// Every header of the request, the spec's parameters and credentials included.
    pub fn headers(&self) -> &HeaderMap {
        &self.head.headers
    }

    /// What middleware stored in the request (`request.extensions_mut().insert(..)`), and what axum
    /// stores itself (the matched path, connection info).
    pub fn extensions(&self) -> &Extensions {
        &self.head.extensions
    }

    /// One extension by type: `cx.extension::<RequestId>()`.
    pub fn extension<T: Send + Sync + 'static>(&self) -> Option<&T> {
        self.head.extensions.get::<T>()
    }

    /// The address of the peer, when the server runs with
    /// `router.into_make_service_with_connect_info::<SocketAddr>()` (else `None`: plain
    /// `axum::serve(listener, router)` does not record it).
    pub fn peer_addr(&self) -> Option<SocketAddr> {
        self.extension::<ConnectInfo<SocketAddr>>().map(|info| info.0)
    }

    /// The request's head, to hand to code that takes `http` types.
    pub fn head(&self) -> &Parts {
        &self.head
    }

    pub fn into_head(self) -> Parts {
        self.head
    }
}

impl From<Parts> for RequestContext {
    fn from(head: Parts) -> Self {
        Self::new(head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct RequestId(u64);

    #[test]
    fn exposes_the_head_and_what_middleware_stored() {
        let peer: SocketAddr = "127.0.0.1:4242".parse().unwrap();
        let mut request = ::axum::http::Request::builder()
            .method(Method::PATCH)
            .uri("/a/b?c=d")
            .header("x-unnamed", "yes")
            .body(())
            .unwrap();
        request.extensions_mut().insert(RequestId(7));
        let (head, ()) = request.into_parts();
        let cx = RequestContext::new(head);
        assert_eq!(cx.method(), Method::PATCH);
        assert_eq!(cx.uri().query(), Some("c=d"));
        assert_eq!(cx.headers()["x-unnamed"], "yes");
        assert_eq!(cx.extension::<RequestId>(), Some(&RequestId(7)));
        assert_eq!(
            cx.peer_addr(),
            None,
            "no connection info without into_make_service_with_connect_info"
        );

        let (mut head, ()) = ::axum::http::Request::new(()).into_parts();
        head.extensions.insert(ConnectInfo(peer));
        assert_eq!(RequestContext::from(head).peer_addr(), Some(peer));
    }
}
