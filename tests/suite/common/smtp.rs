//! A real SMTP server inside the test process (a small one written here, below), for the
//! tests that send letters by e-mail (`mail.rs`, `mail_ui.rs`); and the 13MSP with mission addresses to
//! send to.
#![allow(dead_code)] // each test file uses a different part of this module

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use msp_invitations::model::{Address, EntityId, TemplateKind, Workspace, builtin_workspace};

/// One message as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub to: Vec<String>,
    pub bytes: Vec<u8>,
}

/// What the test's mail server does: whom it refuses, and how long it takes to accept a message.
struct Rules {
    refuse: Vec<String>,
    delay: Option<Duration>,
}

/// Starts a server on a free port of this machine; returns its port and what it receives.
///
/// The server speaks the part of SMTP (RFC 5321) a client without TLS or authentication uses: greeting,
/// EHLO/HELO, MAIL, RCPT (refusing the addresses in `refuse` with 550), DATA with dot-unstuffing, RSET,
/// NOOP and QUIT, several messages on one connection and several connections at once. A few dozen lines
/// written here rather than a server crate, whose TLS stack alone cost a minute of every cold build.
pub fn server(refuse: &[&str], delay: Option<Duration>) -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = listener.local_addr().expect("address").port();
    let rules = Arc::new(Rules {
        refuse: refuse.iter().map(|r| (*r).to_owned()).collect(),
        delay,
    });
    let received = Arc::new(Mutex::new(Vec::new()));
    let inbox = Arc::clone(&received);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let rules = Arc::clone(&rules);
            let inbox = Arc::clone(&inbox);
            std::thread::spawn(move || {
                let _ = session(stream, &rules, &inbox);
            });
        }
    });
    (port, received)
}

/// One client's connection, until it quits or goes away.
fn session(stream: TcpStream, rules: &Rules, inbox: &Mutex<Vec<Received>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    let mut reply = |text: &str| writer.write_all(format!("{text}\r\n").as_bytes());
    reply("220 mail.test ESMTP")?;
    let mut to: Vec<String> = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let command = String::from_utf8_lossy(&line).trim_end().to_owned();
        let verb = command
            .split([' ', ':'])
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        match verb.as_str() {
            "EHLO" => reply("250-mail.test\r\n250-8BITMIME\r\n250 SMTPUTF8")?,
            "HELO" => reply("250 mail.test")?,
            "RCPT" => {
                let address = command
                    .split_once('<')
                    .and_then(|(_, rest)| rest.split_once('>'))
                    .map_or("", |(address, _)| address);
                if rules.refuse.iter().any(|r| r == address) {
                    reply("550 No such mailbox")?;
                } else {
                    to.push(address.to_owned());
                    reply("250 OK")?;
                }
            }
            "DATA" => {
                reply("354 End data with <CR><LF>.<CR><LF>")?;
                let mut bytes = Vec::new();
                loop {
                    line.clear();
                    if reader.read_until(b'\n', &mut line)? == 0 {
                        return Ok(());
                    }
                    if line == b".\r\n" || line == b".\n" {
                        break;
                    }
                    // A line the client began with a dot got a second one (RFC 5321, 4.5.2).
                    bytes.extend_from_slice(line.strip_prefix(b".").unwrap_or(&line));
                }
                inbox
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push(Received {
                        to: std::mem::take(&mut to),
                        bytes,
                    });
                if let Some(delay) = rules.delay {
                    std::thread::sleep(delay);
                }
                reply("250 OK")?;
            }
            // A new message, or the one begun dropped.
            "MAIL" | "RSET" => {
                to.clear();
                reply("250 OK")?;
            }
            "NOOP" => reply("250 OK")?,
            "QUIT" => return reply("221 Bye"),
            _ => reply("502 Command not implemented")?,
        }
    }
}

/// The 13MSP with a mission address for each of `count` States Parties (an invented address at
/// example.org, named by the State's code), the others without.
pub fn workspace_with_addresses(count: usize) -> (Workspace, Vec<EntityId>) {
    let mut ws = builtin_workspace();
    let meeting = &ws.meetings[0];
    let parties: Vec<EntityId> = meeting
        .invitees
        .keys()
        .filter(|id| TemplateKind::of(&ws, meeting, id) == Some(TemplateKind::StatesParties))
        .take(count)
        .cloned()
        .collect();
    for id in &parties {
        let mut address = Address::new_for(id);
        address.email = format!("mission.{}@example.org", id.to_string().to_lowercase());
        ws.addresses.insert(id.clone(), address);
    }
    ws.meetings[0].reference_prefix = "ODA/GVA/2013/".to_owned();
    (ws, parties)
}

/// The addresses the server received messages for, sorted.
pub fn recipients(received: &Arc<Mutex<Vec<Received>>>) -> Vec<String> {
    let mut all: Vec<String> = received
        .lock()
        .expect("inbox")
        .iter()
        .flat_map(|r| r.to.clone())
        .collect();
    all.sort();
    all
}
