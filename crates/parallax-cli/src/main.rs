//! `parallax`: the command line over the Parallax engine.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: parallax <entities|analyze|eval> PATH...");
        std::process::exit(2);
    }
    eprintln!("parallax: command not implemented yet: {}", args[0]);
    std::process::exit(2);
}
