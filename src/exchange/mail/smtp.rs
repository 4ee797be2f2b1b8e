//! Handing messages to the office's mail server over SMTP (lettre): STARTTLS, TLS from the start, or
//! plain (for a relay on the same machine), with a user name and password when the server asks. The
//! server's settings are the user's, kept with the app's preferences or given on the command line; the
//! password is never written to a file.

use std::time::Duration;

use lettre::Transport as _;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};

/// How the connection to the server is protected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Security {
    /// Plain connection, then STARTTLS, required (port 587).
    #[default]
    StartTls,
    /// TLS from the start (port 465).
    Tls,
    /// No encryption: only for a relay on the same machine or network that needs none.
    None,
}

impl Security {
    /// The port this kind of connection usually takes.
    pub fn usual_port(self) -> u16 {
        match self {
            Self::StartTls => 587,
            Self::Tls => 465,
            Self::None => 25,
        }
    }
}

/// A mail server and how to log in to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Server {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// Empty when the server takes messages without logging in.
    pub user: String,
    pub password: String,
    /// A certificate authority to trust besides the system's (PEM), for an office server whose
    /// certificate the office signs itself.
    pub ca_certificate: Option<Vec<u8>>,
    /// How long to wait for the server to answer; [`DEFAULT_TIMEOUT`] when `None`.
    pub timeout: Option<Duration>,
}

/// How long a server may take to answer before the batch stops: a minute, as mail clients wait.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_mins(1);

/// Something messages can be handed to: the mail server, or (in tests and benchmarks) anything that
/// answers like one.
pub trait Outbound {
    /// Hands over one message for `to`, from `from`. The server's reply when it accepted the message;
    /// why not, otherwise, and whether the server could be reached at all.
    fn send(&self, from: &str, to: &[String], message: &[u8]) -> Result<String, Refusal>;
}

/// Why a message was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub reason: String,
    /// The server could not be reached, the connection failed or the login was refused: the rest of the
    /// batch would fail the same way, so it stops.
    pub unreachable: bool,
}

/// A connection (pool) to a mail server.
pub struct SmtpSender {
    transport: lettre::SmtpTransport,
    /// "host:port", for the messages that say which server did not answer.
    server: String,
    timeout: Duration,
}

impl SmtpSender {
    /// Prepares the connection; nothing is sent and the server is not contacted yet.
    pub fn new(server: &Server) -> Result<Self, String> {
        let tls_parameters = || -> Result<TlsParameters, String> {
            let mut builder = TlsParameters::builder(server.host.clone());
            if let Some(pem) = &server.ca_certificate {
                let certificate = Certificate::from_pem(pem).map_err(|e| e.to_string())?;
                builder = builder.add_root_certificate(certificate);
            }
            builder.build_rustls().map_err(|e| e.to_string())
        };
        let tls = match server.security {
            Security::StartTls => Tls::Required(tls_parameters()?),
            Security::Tls => Tls::Wrapper(tls_parameters()?),
            Security::None => Tls::None,
        };
        let timeout = server.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let mut builder = lettre::SmtpTransport::builder_dangerous(server.host.trim())
            .port(server.port)
            .tls(tls)
            .timeout(Some(timeout));
        if !server.user.trim().is_empty() {
            builder = builder.credentials(Credentials::new(
                server.user.trim().to_owned(),
                server.password.clone(),
            ));
        }
        Ok(Self {
            transport: builder.build(),
            server: format!("{}:{}", server.host.trim(), server.port),
            timeout,
        })
    }
}

impl Outbound for SmtpSender {
    fn send(&self, from: &str, to: &[String], message: &[u8]) -> Result<String, Refusal> {
        let refusal = |reason: String, unreachable: bool| Refusal {
            reason,
            unreachable,
        };
        let from = from
            .parse::<lettre::Address>()
            .map_err(|e| refusal(format!("{from}: {e}"), false))?;
        let to = to
            .iter()
            .map(|a| {
                a.parse::<lettre::Address>()
                    .map_err(|e| refusal(format!("{a}: {e}"), false))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let envelope = lettre::address::Envelope::new(Some(from), to)
            .map_err(|e| refusal(e.to_string(), false))?;
        match self.transport.send_raw(&envelope, message) {
            Ok(response) => Ok(format!(
                "{} {}",
                response.code(),
                response.message().collect::<Vec<_>>().join(" ")
            )
            .trim()
            .to_owned()),
            // A reply from the server (refused, or not now) concerns this message; a refused login
            // (530, 534, 535, 538) or anything else (no connection, no TLS) would stop every message
            // the same way, so the batch stops.
            Err(err) => {
                let login_refused = err.status().is_some_and(|code| {
                    ["530", "534", "535", "538"].contains(&code.to_string().as_str())
                });
                let answered = err.is_permanent() || err.is_transient();
                if timed_out(&err) {
                    return Err(refusal(
                        format!(
                            "The mail server at {} did not answer within {} second{}. Check the host and port, that the server is running and reachable from this computer, and whether it expects TLS from the start (port 465) or STARTTLS (port 587).",
                            self.server,
                            self.timeout.as_secs(),
                            if self.timeout.as_secs() == 1 { "" } else { "s" }
                        ),
                        true,
                    ));
                }
                Err(refusal(err.to_string(), login_refused || !answered))
            }
        }
    }
}

/// Whether the server did not answer in time: lettre's own timeout, or a read or write that gave up
/// (on Linux a socket's timeout shows as "Resource temporarily unavailable", `WouldBlock`).
fn timed_out(err: &lettre::transport::smtp::Error) -> bool {
    if err.is_timeout() {
        return true;
    }
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>()
            && matches!(
                io.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            )
        {
            return true;
        }
        source = cause.source();
    }
    false
}
