// The bundled course is embedded with include_dir!, which cannot tell cargo to
// rebuild when a course file changes on stable Rust; this does.
fn main() {
    println!("cargo:rerun-if-changed=course");
}
