//! Any bytes → decode (with small limits, as a UTF-8 text and as a `.docx`) → analyse.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::check_bytes(data);
});
