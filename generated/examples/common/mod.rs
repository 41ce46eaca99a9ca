//! What both demo servers share: the command line, request logging, serving with limits and
//! graceful shutdown, and RFC 3339 timestamps. None of it is generated; it is what a user adds
//! around `router(...)`.

use std::future::Future;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// The command line: where to listen and the one token the server accepts.
pub struct Args {
    pub listen: SocketAddr,
    pub token: String,
}

impl Args {
    /// Reads `--listen ADDR` and `--token TOKEN` (also `--flag=value`). On `--help` prints the
    /// usage and exits 0; on anything else it cannot use prints the problem and the usage and
    /// exits 2, the usual code for a usage error.
    pub fn parse(program: &str, default_listen: &str) -> Args {
        let usage = format!(
            "usage: {program} [--listen ADDR] --token TOKEN\n\n  \
             --listen ADDR  address and port to listen on (default {default_listen}; \
             port 0 picks a free one)\n  \
             --token TOKEN  the only token the server accepts"
        );
        match Self::try_parse(std::env::args().skip(1), default_listen) {
            Ok(Some(args)) => args,
            Ok(None) => {
                println!("{usage}");
                std::process::exit(0);
            }
            Err(problem) => {
                eprintln!("{program}: {problem}\n{usage}");
                std::process::exit(2);
            }
        }
    }

    /// `Ok(None)` asks for the usage.
    fn try_parse(mut argv: impl Iterator<Item = String>, default_listen: &str) -> Result<Option<Args>, String> {
        let mut listen = None;
        let mut token = None;
        while let Some(arg) = argv.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if flag.starts_with("--") => (flag.to_owned(), Some(value.to_owned())),
                _ => (arg, None),
            };
            let slot = match flag.as_str() {
                "-h" | "--help" => return Ok(None),
                "--listen" => &mut listen,
                "--token" => &mut token,
                other => return Err(format!("unknown argument `{other}`")),
            };
            let value = match inline.or_else(|| argv.next()) {
                Some(value) => value,
                None => return Err(format!("`{flag}` needs a value")),
            };
            if slot.replace(value).is_some() {
                return Err(format!("`{flag}` given twice"));
            }
        }
        let listen = listen.as_deref().unwrap_or(default_listen);
        let listen = listen
            .parse()
            .map_err(|_| format!("`--listen {listen}` is not an IP address with a port, such as 127.0.0.1:8080"))?;
        let token = token.ok_or("`--token` is required")?;
        if token.is_empty() {
            // The generated router treats an empty credential as missing, so it could never match.
            return Err("`--token` must not be empty".into());
        }
        Ok(Some(Args { listen, token }))
    }
}

/// Compares a presented token with the expected one in time independent of where they differ, so
/// response times do not reveal how much of a guess was right.
pub fn token_matches(presented: &str, expected: &str) -> bool {
    let (a, b) = (presented.as_bytes(), expected.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What a demo server holds back from clients that would hog it. Unfinished request heads, slow
/// bodies and idle connections cost a connection slot for a bounded time only, and the slots are
/// fewer than the file descriptors a process usually has, so no number of slow clients stops the
/// server from accepting: a normal client waits at most for slots to time out.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// A request head (request line and headers) must arrive within this time, from the
    /// connection's start or the previous response; hyper closes the connection otherwise.
    pub header_read: Duration,
    /// A request's body and its answer must be done within this time: 408 otherwise.
    pub request: Duration,
    /// At most this many connections at once; more wait in the listen queue until one ends.
    pub connections: usize,
    /// After Ctrl-C or SIGTERM, requests in flight get this long; then the server stops anyway.
    pub shutdown_grace: Duration,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        header_read: Duration::from_secs(5),
        request: Duration::from_secs(30),
        connections: 512,
        shutdown_grace: Duration::from_secs(10),
    };
}

/// How serving ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Stopped {
    /// Every connection finished within the grace period.
    Drained,
    /// Some connections were still open when the grace period ended; they were dropped.
    Deadline,
}

/// Serves `app` on `listen` with one stderr line per request until Ctrl-C or SIGTERM, then lets
/// requests in flight finish for `Limits::DEFAULT.shutdown_grace`. The "listening on" line names
/// the bound address (useful with port 0).
pub async fn serve(program: &str, listen: SocketAddr, app: Router) -> ExitCode {
    let listener = match TcpListener::bind(listen).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("{program}: cannot listen on {listen}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bound = listener.local_addr().unwrap_or(listen);
    eprintln!("{program}: listening on http://{bound}");
    match serve_on(listener, app, Limits::DEFAULT, shutdown_signal()).await {
        Stopped::Drained => eprintln!("{program}: stopped"),
        Stopped::Deadline => eprintln!(
            "{program}: stopped after {:?} with connections still open",
            Limits::DEFAULT.shutdown_grace
        ),
    }
    ExitCode::SUCCESS
}

/// Serves `app` on `listener` within `limits`, with one stderr line per request, until `shutdown`
/// resolves; then stops accepting, closes idle connections, and waits at most
/// `limits.shutdown_grace` for the others.
///
/// `axum::serve` has no header-read timeout and no connection limit, so this is hyper's HTTP/1
/// connection driven directly, as `axum::serve` does inside.
pub async fn serve_on(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> Stopped {
    // The log line is outermost, so a request answered 408 is logged too.
    let app = app
        .layer(middleware::from_fn_with_state(limits.request, request_deadline))
        .layer(middleware::from_fn(log_request));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_read);
    let slots = Arc::new(Semaphore::new(limits.connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            () = &mut shutdown => break,
            slot = Arc::clone(&slots).acquire_owned() => slot,
        };
        let Ok(slot) = slot else { break };
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors or a connection reset before it was accepted: try again
                // shortly, rather than spin or stop serving.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let app = app.clone();
        // The peer's address, as `into_make_service_with_connect_info` records it: the methods'
        // `cx.peer_addr()`.
        let service = hyper::service::service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            tower_service::Service::call(&mut app.clone(), request)
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A connection's errors (a timed-out head, a reset) concern that client only.
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    match tokio::time::timeout(limits.shutdown_grace, graceful.shutdown()).await {
        Ok(()) => Stopped::Drained,
        Err(_) => Stopped::Deadline,
    }
}

/// Answers 408 (`application/problem+json`) when the request's body and handler take longer than
/// `limit`: a body sent a byte at a time does not hold its connection for ever.
async fn request_deadline(State(limit): State<Duration>, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => specgen_rt::Problem::new(
            StatusCode::REQUEST_TIMEOUT,
            format!("the request was not complete within {} s", limit.as_secs_f64()),
        )
        .into_response(),
    }
}

/// One line per request: time, method, path, status and how long the answer took. Only the path
/// is logged: the credentials travel in headers, which stay out of the log.
async fn log_request(request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    eprintln!(
        "{} {method} {path} {} {:.1}ms",
        now_rfc3339(),
        response.status().as_u16(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    response
}

async fn shutdown_signal() {
    let ctrl_c = async {
        // If the handler cannot be installed, never resolve rather than stop at once.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

/// The current time as RFC 3339 in UTC with milliseconds and `Z`, like the vendors' examples
/// (`1970-01-01T00:00:00.000Z`). Written out by hand to keep a date crate out of the examples.
pub fn now_rfc3339() -> String {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = since_epoch.as_secs();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        since_epoch.subsec_millis()
    )
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar (Howard
/// Hinnant's `civil_from_days`, for days on or after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(argv: &[&str]) -> Result<Option<Args>, String> {
        Args::try_parse(argv.iter().map(|s| s.to_string()), "127.0.0.1:8080")
    }

    #[test]
    fn arguments() {
        let args = parse(&["--token", "t"]).unwrap().unwrap();
        assert_eq!(
            (args.listen.to_string(), args.token.as_str()),
            ("127.0.0.1:8080".into(), "t")
        );
        let args = parse(&["--listen=127.0.0.1:0", "--token=a=b"]).unwrap().unwrap();
        assert_eq!((args.listen.port(), args.token.as_str()), (0, "a=b"));
        assert!(parse(&["--help"]).unwrap().is_none());
        for bad in [
            &["--listen", "x", "--token", "t"][..],
            &["--token"],
            &[],
            &["--token", ""],
            &["-x"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        assert!(parse(&["--token", "a", "--token", "b"]).is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_781), (2026, 11, 24));
        let now = now_rfc3339();
        assert_eq!((now.len(), &now[10..11], &now[19..20], &now[23..]), (24, "T", ".", "Z"));
    }

    /// A router answering `GET /` with `ok`, and `GET /slow` after `slow`.
    fn app(slow: Duration) -> Router {
        Router::new().route("/", axum::routing::get(|| async { "ok" })).route(
            "/slow",
            axum::routing::get(move || async move {
                tokio::time::sleep(slow).await;
                "late"
            }),
        )
    }

    /// Serves `app` within `limits` on 127.0.0.1 until `stop` is sent; the task gives how it stopped.
    async fn start(
        limits: Limits,
        app: Router,
    ) -> (
        SocketAddr,
        tokio::sync::oneshot::Sender<()>,
        tokio::task::JoinHandle<Stopped>,
    ) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(serve_on(listener, app, limits, async {
            let _ = stopped.await;
        }));
        (addr, stop, server)
    }

    /// The status line of a `GET path` on a fresh connection.
    async fn get(addr: SocketAddr, path: &str) -> String {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let head = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw).await;
        String::from_utf8_lossy(&raw)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn unfinished_heads_do_not_lock_out_a_normal_client() {
        use tokio::io::AsyncWriteExt;
        let limits = Limits {
            header_read: Duration::from_millis(300),
            connections: 100,
            ..Limits::DEFAULT
        };
        let (addr, _stop, _server) = start(limits, app(Duration::ZERO)).await;
        // More than the slots: half send part of a head and stop, half send nothing at all.
        let mut hogs = Vec::new();
        for i in 0..1100 {
            let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
            if i % 2 == 0 {
                stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
            }
            hogs.push(stream);
        }
        let start = Instant::now();
        let answer = tokio::time::timeout(Duration::from_secs(20), get(addr, "/")).await;
        assert_eq!(
            answer.as_deref().map(str::trim),
            Ok("HTTP/1.1 200 OK"),
            "after {:?}",
            start.elapsed()
        );
        // The server closes the hogs, silent or not, once their heads are late: the last ones
        // accepted go within a header-read timeout of the normal client's answer.
        for hog in hogs.iter_mut().rev().take(2) {
            use tokio::io::AsyncReadExt;
            let mut byte = [0; 1];
            let read = tokio::time::timeout(Duration::from_secs(2), hog.read(&mut byte)).await;
            assert!(matches!(read, Ok(Ok(0) | Err(_))), "{read:?}");
        }
    }

    #[tokio::test]
    async fn requests_carry_the_peer_address() {
        use axum::extract::ConnectInfo;
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let peer = Router::new().route(
            "/peer",
            axum::routing::get(|ConnectInfo(peer): ConnectInfo<SocketAddr>| async move { peer.to_string() }),
        );
        let (addr, _stop, _server) = start(Limits::DEFAULT, peer).await;
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let local = stream.local_addr().unwrap();
        let head = "GET /peer HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut raw = String::new();
        let _ = stream.read_to_string(&mut raw).await;
        assert!(
            raw.starts_with("HTTP/1.1 200") && raw.ends_with(&local.to_string()),
            "{raw}"
        );
    }

    #[tokio::test]
    async fn a_slow_request_is_answered_408() {
        let limits = Limits {
            request: Duration::from_millis(200),
            ..Limits::DEFAULT
        };
        let (addr, _stop, _server) = start(limits, app(Duration::from_secs(60))).await;
        assert_eq!(get(addr, "/slow").await.trim(), "HTTP/1.1 408 Request Timeout");
        assert_eq!(get(addr, "/").await.trim(), "HTTP/1.1 200 OK");
    }

    #[tokio::test]
    async fn shutdown_ends_within_the_grace_period_with_a_slow_client() {
        use tokio::io::AsyncWriteExt;
        let limits = Limits {
            header_read: Duration::from_secs(60),
            shutdown_grace: Duration::from_millis(500),
            ..Limits::DEFAULT
        };
        // Nothing open: it stops at once, drained.
        let (_, stop, server) = start(limits, app(Duration::ZERO)).await;
        stop.send(()).unwrap();
        let quick = tokio::time::timeout(Duration::from_millis(400), server).await;
        assert_eq!(quick.expect("stops at once").unwrap(), Stopped::Drained);
        // A client that never finishes its head, and a request whose answer takes a minute.
        let (addr, stop, server) = start(limits, app(Duration::from_secs(60))).await;
        let mut unfinished = tokio::net::TcpStream::connect(addr).await.unwrap();
        unfinished.write_all(b"GET / HTTP/1.1\r\n").await.unwrap();
        let slow = tokio::spawn(get(addr, "/slow"));
        tokio::time::sleep(Duration::from_millis(100)).await;
        let start = Instant::now();
        stop.send(()).unwrap();
        let stopped = tokio::time::timeout(Duration::from_secs(5), server).await;
        assert_eq!(
            stopped.expect("stops within the grace period").unwrap(),
            Stopped::Deadline
        );
        let took = start.elapsed();
        assert!(
            took >= Duration::from_millis(450) && took < Duration::from_millis(1500),
            "{took:?}"
        );
        slow.abort();
    }

    #[test]
    fn tokens() {
        assert!(token_matches("secret", "secret"));
        assert!(!token_matches("secreT", "secret"));
        assert!(!token_matches("secret2", "secret"));
    }
}
