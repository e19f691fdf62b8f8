use std::process::ExitCode;

fn main() -> ExitCode {
    welcome_kiosk::cli::main()
}
