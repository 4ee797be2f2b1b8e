//! A real SMTP server inside the test process (mailin-embedded, which implements the protocol), for the
//! tests that send letters by e-mail (`mail.rs`, `mail_ui.rs`); and the 13MSP with mission addresses to
//! send to.
#![allow(dead_code)] // each test file uses a different part of this module

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use msp_invitations::model::{Address, EntityId, TemplateKind, Workspace, builtin_workspace};

/// One message as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub to: Vec<String>,
    pub bytes: Vec<u8>,
}

/// The test's mail server: what it received, whom it refuses, and how long it takes to accept a message.
#[derive(Clone, Default)]
struct Inbox {
    received: Arc<Mutex<Vec<Received>>>,
    refuse: Arc<Vec<String>>,
    delay: Option<Duration>,
    // One connection's message in progress.
    to: Vec<String>,
    data: Vec<u8>,
}

impl mailin_embedded::Handler for Inbox {
    fn rcpt(&mut self, to: &str) -> mailin_embedded::Response {
        if self.refuse.iter().any(|r| r == to) {
            return mailin_embedded::response::NO_MAILBOX;
        }
        mailin_embedded::response::OK
    }

    fn data_start(
        &mut self,
        _domain: &str,
        _from: &str,
        _is8bit: bool,
        to: &[String],
    ) -> mailin_embedded::Response {
        self.to = to.to_vec();
        self.data.clear();
        mailin_embedded::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> mailin_embedded::Response {
        self.received
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(Received {
                to: std::mem::take(&mut self.to),
                bytes: std::mem::take(&mut self.data),
            });
        if let Some(delay) = self.delay {
            std::thread::sleep(delay);
        }
        mailin_embedded::response::OK
    }
}

/// Starts a server on a free port of this machine; returns its port and what it receives.
pub fn server(refuse: &[&str], delay: Option<Duration>) -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = listener.local_addr().expect("address").port();
    let inbox = Inbox {
        refuse: Arc::new(refuse.iter().map(|r| (*r).to_owned()).collect()),
        delay,
        ..Inbox::default()
    };
    let received = Arc::clone(&inbox.received);
    let mut server = mailin_embedded::Server::new(inbox);
    server
        .with_name("mail.test")
        .with_num_threads(2)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, received)
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
