//! UI preferences, kept in eframe's storage. Never the workspace: that is only written to the user's file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many files File › Open recent lists.
const RECENT_FILES: usize = 10;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// Opened at the next start when no file is given.
    pub last_workspace: Option<PathBuf>,
    pub dark: bool,
    pub zoom: f32,
    pub show_detail: bool,
    /// The interface language; `None` until first chosen (the system's is used then).
    pub language: Option<crate::i18n::Lang>,
    /// Folders files were last opened from or saved to, most recent first, for the app's file dialog.
    pub recent_folders: Vec<PathBuf>,
    /// The organiser's name as documents print it (who drew the first seat), remembered once given.
    pub organiser: String,
    /// The document number last given to each list of each meeting ("13MSP/participants" → "INF.2").
    pub document_numbers: std::collections::BTreeMap<String, String>,
    /// The mail server last sent through (never its password).
    pub mail_server: MailServer,
}

/// The mail server the Send dialog proposes: the user's computer's setting, not the workspace's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MailServer {
    pub host: String,
    /// 0 until one is given (the usual port of the protection then).
    pub port: u16,
    pub security: crate::exchange::mail::Security,
    pub user: String,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            last_workspace: None,
            dark: false,
            zoom: 1.0,
            show_detail: true,
            language: None,
            recent_folders: Vec::new(),
            organiser: String::new(),
            document_numbers: std::collections::BTreeMap::new(),
            mail_server: MailServer::default(),
        }
    }
}

impl Prefs {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_FILES);
    }
}
