//! Writes a course of one of the four shapes of `benches/support/shapes.rs`
//! (`small_lessons`, `huge_lesson`, `large_glossary`, `many_aliases`), of at least
//! that many bytes, as the linear benches and tests use them.
//!
//! ```sh
//! cargo run --release --example gen_shapes -- small_lessons 16000000 /tmp/big16
//! ```

#[allow(dead_code)]
#[path = "../benches/support/shapes.rs"]
mod shapes;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_shapes SHAPE BYTES DIR (SHAPE: small_lessons, huge_lesson, large_glossary, many_aliases)";
    let [name, bytes, dir] = args.as_slice() else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let (Some(shape), Ok(bytes)) = (
        shapes::SHAPES.into_iter().find(|s| s.name() == name),
        bytes.parse::<usize>(),
    ) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    match shapes::write(shape, bytes, std::path::Path::new(dir)) {
        Ok(w) => println!(
            "{dir}: {} files, {} bytes, {} lessons, {} glossary terms",
            w.files, w.bytes, w.lessons, w.terms
        ),
        Err(e) => {
            eprintln!("gen_shapes: {dir}: {e}");
            std::process::exit(1);
        }
    }
}
