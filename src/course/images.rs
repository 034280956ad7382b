//! Images in course text (`![alt](path)` in markdown): where an image may come
//! from, and decoding it with bounded memory.
//!
//! Only files inside the course folder are read ([`place`]); a remote address is
//! never fetched. PNG, JPEG and GIF (its first frame) are decoded by the `image`
//! crate; anything else (SVG included) is refused with a reason, and the learner
//! sees the alt text. Decoding never panics and never allocates for more than
//! [`MAX_PIXELS`] pixels: the header is read first and a picture larger than that
//! is refused before any pixel is decoded. The decoded picture is kept at most
//! [`KEEP_SIDE`] pixels on its longer side.
//!
//! This module knows nothing of the terminal: the app scales the pictures it
//! decodes here to the pane (`app/images.rs`) and the UI draws them.

use std::io::Cursor;

use crate::i18n::Message;
use image::{ImageFormat, ImageReader, Limits};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The largest picture decoded, in pixels (width × height): 16 megapixels, 64 MB
/// of RGBA at most while decoding.
pub const MAX_PIXELS: u64 = 16_000_000;

/// The longest side, in pixels, of a picture as kept after decoding (a larger
/// one is scaled down): more than any terminal pane shows.
pub const KEEP_SIDE: u32 = 1600;

/// Where an image address leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A file in the course folder, as a `/`-separated relative path.
    Local(String),
    /// A web address (`https://…`, `//host/…`, `data:`…): never fetched.
    Remote,
    /// A path that leaves the course folder or is not a path at all, and why.
    Refused(Message),
}

/// Every image in the course folder that `course`'s texts show (lesson bodies,
/// interview turns, group stimuli, prompts and explanations), as
/// `/`-separated paths relative to the course folder, in order and once each:
/// what `amphi add` copies beside the files the loader reads. Web addresses
/// and refused paths are not listed.
pub fn local_paths(course: &super::Course) -> std::collections::BTreeSet<String> {
    use super::Item;
    let mut texts: Vec<&str> = Vec::new();
    for (_, _, _, item) in course.items() {
        match item {
            Item::Lesson(l) => texts.push(&l.body),
            Item::Interview(iv) => texts.extend(iv.turns.iter().map(|t| t.text.as_str())),
            Item::Quiz(q) => {
                texts.extend(q.groups.iter().map(|g| g.stimulus.as_str()));
                for question in &q.questions {
                    texts.push(&question.prompt);
                    texts.push(&question.explanation);
                }
            }
            Item::Video(_) => {}
        }
    }
    texts
        .into_iter()
        .flat_map(refs)
        .filter_map(|image| match place(&image.dest) {
            Place::Local(path) => Some(path),
            Place::Remote | Place::Refused(_) => None,
        })
        .collect()
}

/// Where the image address `dest` (as written in markdown) leads.
pub fn place(dest: &str) -> Place {
    let d = dest.trim();
    let lower = d.to_ascii_lowercase();
    if lower.starts_with("//")
        || lower.split_once(':').is_some_and(|(scheme, _)| {
            scheme.len() > 1
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        })
    {
        return Place::Remote;
    }
    // `a.png#frag` and `a.png?x` name the file `a.png`.
    let path = d.split(['#', '?']).next().unwrap_or_default();
    match super::files::safe_components(path) {
        Ok(parts) => Place::Local(parts.join("/")),
        Err(why) => Place::Refused(super::files::file_message(&why)),
    }
}

/// A decoded picture: RGBA, 4 bytes a pixel, row after row.
#[derive(Clone, PartialEq, Eq)]
pub struct Picture {
    /// Width in pixels (at least 1).
    pub width: u32,
    /// Height in pixels (at least 1).
    pub height: u32,
    /// `width * height * 4` bytes.
    pub rgba: Vec<u8>,
}

impl std::fmt::Debug for Picture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Picture({}x{})", self.width, self.height)
    }
}

impl Picture {
    /// The pixel at (`x`, `y`) as `[r, g, b, a]`; transparent outside the picture.
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        if x >= self.width || y >= self.height {
            return [0; 4];
        }
        let i = (y as usize * self.width as usize + x as usize) * 4;
        self.rgba
            .get(i..i + 4)
            .map_or([0; 4], |p| [p[0], p[1], p[2], p[3]])
    }

    /// The picture scaled to `width` × `height` pixels (each at least 1): an
    /// average of the pixels each new one covers when shrinking, the nearest
    /// pixel when growing.
    pub fn scaled(&self, width: u32, height: u32) -> Picture {
        let (width, height) = (width.max(1), height.max(1));
        let mut rgba = Vec::with_capacity(width as usize * height as usize * 4);
        let span = |i: u32, n: u32, of: u32| {
            let a = u64::from(i) * u64::from(of) / u64::from(n);
            let b = (u64::from(i + 1) * u64::from(of)).div_ceil(u64::from(n));
            (a as u32, (b as u32).max(a as u32 + 1).min(of))
        };
        for y in 0..height {
            let (y0, y1) = span(y, height, self.height);
            for x in 0..width {
                let (x0, x1) = span(x, width, self.width);
                let mut sum = [0u64; 4];
                let mut n = 0u64;
                for sy in y0..y1 {
                    for sx in x0..x1 {
                        let p = self.pixel(sx, sy);
                        // Colours weighted by their opacity.
                        let a = u64::from(p[3]);
                        sum[0] += u64::from(p[0]) * a;
                        sum[1] += u64::from(p[1]) * a;
                        sum[2] += u64::from(p[2]) * a;
                        sum[3] += a;
                        n += 1;
                    }
                }
                let n = n.max(1);
                let alpha = sum[3];
                let colour = |c: u64| c.checked_div(alpha).unwrap_or(0) as u8;
                rgba.extend_from_slice(&[
                    colour(sum[0]),
                    colour(sum[1]),
                    colour(sum[2]),
                    (alpha / n) as u8,
                ]);
            }
        }
        Picture {
            width,
            height,
            rgba,
        }
    }
}

/// The format and size of the picture in `bytes`, read from its header only.
///
/// # Errors
/// A message in amphi's words when the bytes are not a PNG, JPEG or GIF, when
/// the header cannot be read, or when the picture is over [`MAX_PIXELS`].
pub fn probe(bytes: &[u8]) -> Result<(&'static str, u32, u32), Message> {
    let reader = reader(bytes)?;
    let name = match reader.format() {
        Some(ImageFormat::Png) => "PNG",
        Some(ImageFormat::Jpeg) => "JPEG",
        Some(ImageFormat::Gif) => "GIF",
        _ => return Err(unsupported(bytes)),
    };
    let (w, h) = reader.into_dimensions().map_err(|e| {
        Message::new("load-image-header")
            .arg("format", name)
            .arg("error", e.to_string())
    })?;
    check_size(w, h)?;
    Ok((name, w, h))
}

/// Decodes the PNG, JPEG or GIF (first frame) in `bytes`, scaled down to at most
/// [`KEEP_SIDE`] pixels on its longer side.
///
/// # Errors
/// As [`probe`], and when the picture data is damaged or cut short, in
/// English (see [`decode_said`] for the message itself).
pub fn decode(bytes: &[u8]) -> Result<Picture, String> {
    decode_said(bytes).map_err(|m| m.to_string())
}

/// [`decode`], its error a message to say in the reader's language.
///
/// # Errors
/// As [`decode`].
pub fn decode_said(bytes: &[u8]) -> Result<Picture, Message> {
    let (name, w, h) = probe(bytes)?;
    let mut reader = reader(bytes)?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(w);
    limits.max_image_height = Some(h);
    limits.max_alloc = Some(MAX_PIXELS * 4 * 2);
    reader.limits(limits);
    let decoded = reader
        .decode()
        .map_err(|e| {
            Message::new("load-image-decode")
                .arg("format", name)
                .arg("error", e.to_string())
        })?
        .into_rgba8();
    let (w, h) = decoded.dimensions();
    let picture = Picture {
        width: w.max(1),
        height: h.max(1),
        rgba: decoded.into_raw(),
    };
    if picture.rgba.len() as u64 != u64::from(picture.width) * u64::from(picture.height) * 4 {
        return Err(Message::new("load-image-empty").arg("format", name));
    }
    let long = w.max(h);
    if long > KEEP_SIDE {
        let scale = |v: u32| (u64::from(v) * u64::from(KEEP_SIDE) / u64::from(long)) as u32;
        return Ok(picture.scaled(scale(w), scale(h)));
    }
    Ok(picture)
}

fn reader(bytes: &[u8]) -> Result<ImageReader<Cursor<&[u8]>>, Message> {
    ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Message::new("load-image-unreadable").arg("error", e.to_string()))
}

fn check_size(w: u32, h: u32) -> Result<(), Message> {
    if w == 0 || h == 0 {
        return Err(Message::new("load-image-no-pixels")
            .arg("width", w)
            .arg("height", h));
    }
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(Message::new("load-image-too-large")
            .arg("width", w)
            .arg("height", h)
            .arg("max", MAX_PIXELS / 1_000_000));
    }
    Ok(())
}

fn unsupported(bytes: &[u8]) -> Message {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256)]).to_ascii_lowercase();
    if head.contains("<svg") || head.trim_start().starts_with("<?xml") {
        Message::new("load-image-svg")
    } else {
        Message::new("load-image-unsupported")
    }
}

/// An image written in markdown text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// The address as written.
    pub dest: String,
    /// The alt text.
    pub alt: String,
    /// Byte offset of the image (its `!`) in the text.
    pub at: usize,
}

/// Every image of the markdown `text`, in order.
pub fn refs(text: &str) -> Vec<ImageRef> {
    if !text.contains("![") && !text.contains("]:") {
        return Vec::new();
    }
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_MATH;
    let mut out: Vec<ImageRef> = Vec::new();
    let mut open: Option<ImageRef> = None;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                open = Some(ImageRef {
                    dest: dest_url.to_string(),
                    alt: String::new(),
                    at: range.start,
                });
            }
            Event::End(TagEnd::Image) => out.extend(open.take()),
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => {
                if let Some(o) = &mut open {
                    o.alt.push_str(&t);
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places() {
        assert_eq!(place("fig/a.png"), Place::Local("fig/a.png".into()));
        assert_eq!(place("./fig/a.png#x"), Place::Local("fig/a.png".into()));
        assert_eq!(place("https://example.org/a.png"), Place::Remote);
        assert_eq!(place("//example.org/a.png"), Place::Remote);
        assert_eq!(place("data:image/png;base64,AAAA"), Place::Remote);
        assert!(matches!(place("../a.png"), Place::Refused(_)));
        assert!(matches!(place("/etc/a.png"), Place::Refused(_)));
        assert!(matches!(place("C:/a.png"), Place::Refused(_)));
    }

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_fn(w, h, |x, _| {
            image::Rgba([(x as u8).wrapping_mul(40), 0, 0, 255])
        });
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn decodes_and_scales() {
        let p = decode(&png(6, 4)).unwrap();
        assert_eq!((p.width, p.height), (6, 4));
        assert_eq!(p.pixel(1, 0), [40, 0, 0, 255]);
        let s = p.scaled(3, 2);
        assert_eq!((s.width, s.height), (3, 2));
        assert_eq!(s.pixel(0, 0), [20, 0, 0, 255]);
        let g = p.scaled(12, 8);
        assert_eq!(g.pixel(2, 0), [40, 0, 0, 255]);
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn hostile_images_are_refused_without_panic() {
        // Cut short.
        let bytes = png(40, 40);
        for cut in [0, 8, 20, 33, bytes.len() / 2] {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        // A header that claims 100000 × 100000 pixels.
        let mut huge = png(1, 1);
        huge[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        huge[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        let crc = crc32(&huge[12..29]);
        huge[29..33].copy_from_slice(&crc.to_be_bytes());
        let e = decode(&huge).unwrap_err();
        assert!(e.contains("too large"), "{e}");
        assert!(
            probe(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
                .unwrap_err()
                .to_string()
                .contains("SVG")
        );
        assert!(decode(b"not an image").is_err());
    }

    #[test]
    fn finds_images_with_alt_and_offset() {
        let text = "Intro\n\n![A *bar* chart](fig/a.png) and ![](b.gif)\n";
        let r = refs(text);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].dest, "fig/a.png");
        assert_eq!(r[0].alt, "A bar chart");
        assert_eq!(&text[r[0].at..r[0].at + 2], "![");
        assert_eq!(r[1].alt, "");
    }
}
