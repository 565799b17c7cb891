//! Any UTF-8 text → analyse; every span must slice the text cleanly.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|text: &str| {
    checks::check_analyse(text);
});
