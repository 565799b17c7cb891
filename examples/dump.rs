//! Print the analysis of one UTF-8 file as JSON (a dependency-free stand-in for the CLI).
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(path).expect("read");
    let a = report_lens::analyse(&text, &report_lens::Options::default());
    println!("{}", serde_json::to_string(&a).unwrap());
}
