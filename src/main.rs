//! `report-lens` command line: see `cli` for the commands. Everything it shows comes from the
//! library (`decode`, `analyse`, `render`); this binary only reads files and prints.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    std::process::exit(cli::main());
}
