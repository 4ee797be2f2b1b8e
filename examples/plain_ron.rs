//! A plain RON reader that knows nothing of MSP Invitations: it parses a file as generic RON values (only
//! the `ron` crate) and prints the top-level fields and how many values the file holds. `scripts/interop`
//! uses it to show that a workspace is ordinary RON that any RON tool reads.
//!
//! `cargo run --example plain_ron -- FILE.ron`

use std::process::ExitCode;

fn count(value: &ron::Value) -> usize {
    1 + match value {
        ron::Value::Map(map) => map.iter().map(|(k, v)| count(k) + count(v)).sum(),
        ron::Value::Seq(items) => items.iter().map(count).sum(),
        ron::Value::Option(Some(inner)) => count(inner),
        _ => 0,
    }
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: plain_ron FILE.ron");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("plain_ron: cannot read {path}: {err}");
            return ExitCode::from(1);
        }
    };
    let value: ron::Value = match ron::from_str(&text) {
        Ok(value) => value,
        Err(err) => {
            eprintln!("plain_ron: {path} is not RON: {err}");
            return ExitCode::from(1);
        }
    };
    if let ron::Value::Map(map) = &value {
        let keys: Vec<String> = map
            .keys()
            .map(|k| match k {
                ron::Value::String(s) => s.clone(),
                other => format!("{other:?}"),
            })
            .collect();
        println!("fields: {}", keys.join(", "));
    }
    println!("values: {}", count(&value));
    ExitCode::SUCCESS
}
