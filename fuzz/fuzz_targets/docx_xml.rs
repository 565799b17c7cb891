//! Any bytes as `word/document.xml` inside a well-formed zip → decode → analyse, so the fuzzer
//! spends its time in the XML reader rather than failing zip CRC checks.
#![no_main]

#[path = "../checks.rs"]
mod checks;
#[path = "../docx.rs"]
mod docx;

libfuzzer_sys::fuzz_target!(|xml: &[u8]| {
    let file = docx::docx_with_xml(xml);
    if let Ok(d) = checks::check_decode(&file, Some("f.docx"), &checks::fuzz_limits()) {
        checks::check_analyse(&d.text);
    }
});
