//! The one error type of the library: why a file could not be read ([`crate::decode`],
//! [`crate::doc`]), why edits or fills could not be applied ([`crate::edit`], [`crate::docx`]),
//! why an export failed ([`crate::export`]). It takes a stable kind and a Chinese message that
//! says what happened and what to do, and gives both as plain serde data (`{kind, message}`) to
//! the CLI and the page. (A house rule that cannot be used is not an error of the call but a
//! line of its output: [`crate::rules::RuleError`].)

use serde::{Deserialize, Serialize};

/// `kind` is a stable kebab-case id — e.g. `pdf`, `docx-broken`, `doc-encrypted`, `too-large`
/// (reading); `overlap`, `out-of-range`, `stale-analysis`, `unknown-field` (editing);
/// `docx-write` (export) — each module's functions list theirs. `message` is for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Error {
    pub kind: String,
    pub message: String,
}

impl Error {
    pub fn new(kind: &str, message: impl Into<String>) -> Self {
        Error { kind: kind.to_string(), message: message.into() }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_its_message_and_serialises_kind_and_message() {
        let e = Error::new("pdf", "这是 PDF 文件，无法直接读取文字");
        assert_eq!(e.to_string(), "这是 PDF 文件，无法直接读取文字");
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"kind":"pdf","message":"这是 PDF 文件，无法直接读取文字"}"#);
        // Every module's failures are this one type.
        let edit: Result<_, Error> = crate::edit::apply("甲", &[]);
        let read: Result<_, Error> = crate::decode::decode(b"%PDF-1.4", None);
        assert!(edit.is_ok() && read.unwrap_err().kind == "pdf");
    }
}
