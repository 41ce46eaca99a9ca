//! What both demo servers share: the command line, request logging, serving with graceful
//! shutdown, and RFC 3339 timestamps. None of it is generated; it is what a user adds around
//! `router(...)`.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;

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

/// Serves `app` on `listen` with one stderr line per request until Ctrl-C or SIGTERM, then lets
/// requests in flight finish. The "listening on" line names the bound address (useful with port 0).
pub async fn serve(program: &str, listen: SocketAddr, app: Router) -> ExitCode {
    let listener = match tokio::net::TcpListener::bind(listen).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("{program}: cannot listen on {listen}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bound = listener.local_addr().unwrap_or(listen);
    eprintln!("{program}: listening on http://{bound}");
    let app = app.layer(middleware::from_fn(log_request));
    match axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
    {
        Ok(()) => {
            eprintln!("{program}: stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{program}: {e}");
            ExitCode::FAILURE
        }
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

    #[test]
    fn tokens() {
        assert!(token_matches("secret", "secret"));
        assert!(!token_matches("secreT", "secret"));
        assert!(!token_matches("secret2", "secret"));
    }
}
