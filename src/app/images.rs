//! The pictures of the open course's images: read, decoded and scaled off the
//! key press path, kept for the UI to draw.
//!
//! Who does what (docs/architecture.md, *Images*):
//!
//! - the document layer makes each markdown image a block ([`crate::doc::Image`]:
//!   its address, its alt text and, once known, its natural size in cells), with
//!   no I/O and no pixels;
//! - this store reads the image files through the course's [`CourseFiles`] (the
//!   folder on disk, or the bundled course's embedded bytes) and decodes them with
//!   [`crate::course::images::decode`] (bounded: over 16 megapixels is refused),
//!   on the preparing thread ([`super::prepare`]), then keeps each picture once,
//!   and its scaled copy per size in cells (so per pane width);
//! - opening an item only looks pictures up ([`ImageStore::fill`]); one not
//!   decoded yet shows as `[image: alt]` until the preparing thread has it, then
//!   the text is laid out again;
//! - with a terminal graphics protocol ([`ImageMode::Graphics`], decided by the
//!   terminal layer), the preparing thread also encodes each picture for it at
//!   its size in cells ([`ImageStore::encoded`]);
//! - the UI draws the scaled copy ([`ImageStore::scaled`]) or the encoded one,
//!   and does no I/O.
//!
//! A file that cannot be read or decoded is remembered as failed, so it is not
//! tried again on every key; its block keeps showing `[image: alt]`.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::course::CourseFiles;
use crate::course::images::{self, Picture, Place};
use crate::doc::Doc;

/// How images are shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ImageMode {
    /// As their text, `[image: alt]` (plain mode, `images: never`, NO_COLOR).
    #[default]
    Off,
    /// Drawn with half-block characters (`▀`): two pixels a cell, in colour.
    HalfBlocks,
    /// Drawn with the terminal's graphics protocol when the whole picture is in
    /// the pane, with half-blocks when it is partly scrolled out.
    Graphics {
        /// Which protocol the terminal speaks.
        protocol: Protocol,
        /// A cell's width and height in pixels (each at least 1), from the
        /// terminal's window size.
        cell: (u16, u16),
    },
}

/// A terminal graphics protocol amphi can draw pictures with (decided once from
/// the environment by the terminal layer, `tui::graphics_protocol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// kitty's graphics protocol, placed with unicode placeholders (kitty,
    /// ghostty).
    Kitty,
    /// iTerm2's inline images, OSC 1337 (iTerm2, WezTerm).
    Iterm2,
    /// DEC sixel graphics (foot, mlterm).
    Sixel,
}

/// Which way pictures are drawn: the `image_protocol` config setting (and
/// `AMPHI_IMAGE_PROTOCOL`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ProtocolSetting {
    /// The terminal's protocol, told by the environment (`TERM`, `TERM_PROGRAM`,
    /// `KITTY_WINDOW_ID`); half-blocks inside tmux or screen and elsewhere.
    #[default]
    Auto,
    /// This protocol, whatever the environment says.
    Force(Protocol),
    /// Always half-blocks.
    HalfBlocks,
}

/// A value the config file (or `AMPHI_IMAGE_PROTOCOL`) gave `images` or
/// `image_protocol` that is none of those it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// The value as written, sanitised.
    pub value: String,
    /// The values the setting takes, as written in the config file.
    pub expected: &'static [&'static str],
}

impl UnknownValue {
    fn new(value: &str, expected: &'static [&'static str]) -> UnknownValue {
        UnknownValue {
            value: crate::text::sanitize(value),
            expected,
        }
    }

    /// What is wrong and which values are taken, in `lang` (the catalogue's
    /// `images-unknown-value`; the values are the config file's own words).
    pub fn message(&self, lang: crate::i18n::Language) -> String {
        self.said().render(lang)
    }

    /// The message, to be said later in the reader's language.
    pub fn said(&self) -> crate::i18n::Message {
        let (last, first) = self.expected.split_last().unwrap_or((&"", &[]));
        crate::i18n::Message::new("images-unknown-value")
            .arg("value", self.value.as_str())
            .arg("values", first.join(", "))
            .arg("last", *last)
    }
}

/// In English: [`UnknownValue::message`].
impl std::fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Language::En))
    }
}

impl std::error::Error for UnknownValue {}

impl std::str::FromStr for ProtocolSetting {
    type Err = UnknownValue;

    fn from_str(s: &str) -> Result<Self, UnknownValue> {
        match s {
            "auto" => Ok(ProtocolSetting::Auto),
            "kitty" => Ok(ProtocolSetting::Force(Protocol::Kitty)),
            "iterm2" => Ok(ProtocolSetting::Force(Protocol::Iterm2)),
            "sixel" => Ok(ProtocolSetting::Force(Protocol::Sixel)),
            "halfblocks" => Ok(ProtocolSetting::HalfBlocks),
            other => Err(UnknownValue::new(
                other,
                &["auto", "kitty", "iterm2", "sixel", "halfblocks"],
            )),
        }
    }
}

/// Whether images are drawn: the `images` config setting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ImageSetting {
    /// Drawn, except in plain mode and under `NO_COLOR` (half-blocks are
    /// colour): then the alt text shows.
    #[default]
    Auto,
    /// Drawn, except in plain mode, `NO_COLOR` or not.
    Always,
    /// Never drawn: `[image: alt]`.
    Never,
}

impl std::str::FromStr for ImageSetting {
    type Err = UnknownValue;

    fn from_str(s: &str) -> Result<Self, UnknownValue> {
        match s {
            "auto" => Ok(ImageSetting::Auto),
            "always" => Ok(ImageSetting::Always),
            "never" => Ok(ImageSetting::Never),
            other => Err(UnknownValue::new(other, &["auto", "always", "never"])),
        }
    }
}

impl ImageSetting {
    /// How images are shown, given plain mode and whether `NO_COLOR` is set
    /// (to anything but the empty text, as the theme reads it).
    pub fn mode(self, plain: bool, no_color: bool) -> ImageMode {
        match self {
            _ if plain => ImageMode::Off,
            ImageSetting::Never => ImageMode::Off,
            ImageSetting::Auto if no_color => ImageMode::Off,
            ImageSetting::Auto | ImageSetting::Always => ImageMode::HalfBlocks,
        }
    }
}

/// Decoded pictures kept (each at most 1600 pixels a side: 10 MB), the least
/// recently used dropped first.
pub const MAX_PICTURES: usize = 16;

/// Scaled copies kept, the least recently made dropped first.
pub const MAX_SCALED: usize = 256;

/// The width and height of a terminal cell in pixels assumed to give an image
/// its natural size in cells: a picture 80 pixels wide is 10 columns wide, as it
/// would be on a terminal with an 8×16 font.
pub const CELL_PIXELS: (u32, u32) = (8, 16);

/// Pictures encoded for a graphics protocol kept, the least recently made
/// dropped first (each is the picture's pixels at the terminal's resolution,
/// PNG or sixel, so up to a few megabytes).
pub const MAX_ENCODED: usize = 32;

/// A picture encoded for the terminal's graphics protocol at one size in cells:
/// escape sequences made from decoded pixels only, drawn by
/// `ratatui_image::Image` in the drawing layer (`src/ui/image.rs`).
pub type Encoded = ratatui_image::protocol::Protocol;

/// The course's pictures, shared by the app, the preparing thread and the UI.
pub struct ImageStore {
    files: Option<Arc<dyn CourseFiles + Send + Sync>>,
    mode: ImageMode,
    inner: Mutex<Inner>,
}

/// A picture's path in the course and its size in cells (columns, rows).
type SizedKey = (String, u16, u16);

#[derive(Default)]
struct Inner {
    /// Each file tried, by its path in the course: the picture's natural size
    /// in cells, or why it cannot be shown. Kept for the whole course.
    decoded: HashMap<String, Result<(u16, u16), String>>,
    /// The decoded pictures most recently used, by path, at most
    /// [`MAX_PICTURES`]: one dropped is decoded again when a new size needs it.
    pictures: VecDeque<(String, Arc<Picture>)>,
    /// Scaled copies by (path, columns, rows).
    scaled: VecDeque<((String, u16, u16), Arc<Picture>)>,
    /// Pictures encoded for the graphics protocol by (path, columns, rows),
    /// at most [`MAX_ENCODED`]; `None` when encoding failed (half-blocks show).
    encoded: VecDeque<(SizedKey, Option<Arc<Encoded>>)>,
}

impl std::fmt::Debug for ImageStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageStore")
            .field("mode", &self.mode)
            .field("files", &self.files.is_some())
            .finish_non_exhaustive()
    }
}

impl PartialEq for ImageStore {
    /// The same store (a prepare job compares equal only with its own store).
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Default for ImageStore {
    /// A store that shows no images.
    fn default() -> Self {
        ImageStore::new(None, ImageMode::Off)
    }
}

impl ImageStore {
    /// A store reading the course's images from `files` and showing them as
    /// `mode` says (without files, images are off).
    pub fn new(files: Option<Arc<dyn CourseFiles + Send + Sync>>, mode: ImageMode) -> Self {
        let mode = if files.is_some() {
            mode
        } else {
            ImageMode::Off
        };
        ImageStore {
            files,
            mode,
            inner: Mutex::new(Inner::default()),
        }
    }

    /// Whether pictures are drawn with a graphics protocol (and so encoded
    /// for it beside their half-blocks).
    fn graphics(&self) -> bool {
        matches!(self.mode, ImageMode::Graphics { .. })
    }

    /// How images are shown.
    pub fn mode(&self) -> ImageMode {
        self.mode
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves plain maps behind: still usable.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The course path of an image address, when it may be read.
    fn path_of(source: &str) -> Option<String> {
        match images::place(source) {
            Place::Local(p) => Some(p),
            Place::Remote | Place::Refused(_) => None,
        }
    }

    /// Gives each image of `doc` its natural size in cells when its picture is
    /// decoded and images are on (else none: its text form shows). Looks up only:
    /// no I/O, no decoding.
    pub fn fill(&self, doc: &mut Doc) {
        let on = self.mode != ImageMode::Off;
        if !doc.blocks.iter().any(|b| b.image.is_some()) {
            return;
        }
        let inner = self.lock();
        for block in &mut doc.blocks {
            let Some(image) = &mut block.image else {
                continue;
            };
            image.cells = None;
            if !on {
                continue;
            }
            if let Some(Ok(cells)) =
                Self::path_of(&image.source).and_then(|p| inner.decoded.get(&p))
            {
                image.cells = Some(*cells);
            }
        }
    }

    /// Reads and decodes the images of `doc` not tried yet (I/O: the preparing
    /// thread calls it, never a key press).
    pub fn load(&self, doc: &Doc) {
        if self.mode == ImageMode::Off {
            return;
        }
        let Some(files) = &self.files else {
            return;
        };
        for path in doc
            .blocks
            .iter()
            .filter_map(|b| b.image.as_ref())
            .filter_map(|i| Self::path_of(&i.source))
        {
            if self.lock().decoded.contains_key(&path) {
                continue;
            }
            self.decode(files.as_ref(), &path);
        }
    }

    /// Reads and decodes the file at `path`, recording its size (or why not) and
    /// keeping its picture; the picture, when there is one.
    fn decode(&self, files: &(dyn CourseFiles + Send + Sync), path: &str) -> Option<Arc<Picture>> {
        let picture = files
            .read(path)
            .and_then(|bytes| images::decode(&bytes))
            .map(Arc::new);
        let mut inner = self.lock();
        inner.decoded.insert(
            path.to_string(),
            picture
                .as_ref()
                .map(|p| natural_cells(p))
                .map_err(Clone::clone),
        );
        let picture = picture.ok()?;
        inner.pictures.retain(|(p, _)| p != path);
        if inner.pictures.len() >= MAX_PICTURES {
            inner.pictures.pop_front();
        }
        inner
            .pictures
            .push_back((path.to_string(), Arc::clone(&picture)));
        Some(picture)
    }

    /// The decoded picture at `path`: kept, or decoded again when it was
    /// dropped (never for a file that failed).
    fn picture(&self, path: &str) -> Option<Arc<Picture>> {
        {
            let inner = self.lock();
            match inner.decoded.get(path) {
                Some(Ok(_)) => {}
                _ => return None,
            }
            if let Some((_, p)) = inner.pictures.iter().find(|(p, _)| p == path) {
                return Some(Arc::clone(p));
            }
        }
        self.decode(self.files.as_ref()?.as_ref(), path)
    }

    /// Makes the scaled copies `doc`'s pictures need at `width` columns (after
    /// [`ImageStore::fill`]; the preparing thread calls it).
    pub fn scale_for(&self, doc: &Doc, width: u16) {
        for block in &doc.blocks {
            let (Some(image), Some((_, cols, rows))) = (&block.image, block.picture(width)) else {
                continue;
            };
            let Some(path) = Self::path_of(&image.source) else {
                continue;
            };
            let key = (path, cols, rows);
            {
                let inner = self.lock();
                if inner.scaled.iter().any(|(k, _)| *k == key)
                    && (!self.graphics() || inner.encoded.iter().any(|(k, _)| *k == key))
                {
                    continue;
                }
            }
            let Some(picture) = self.picture(&key.0) else {
                continue;
            };
            // Half-blocks: a cell shows two pixels, one above the other (also
            // with a protocol: a picture partly scrolled out is drawn so).
            let scaled = Arc::new(picture.scaled(u32::from(cols), u32::from(rows) * 2));
            let encoded = self.encode(&picture, cols, rows);
            let mut inner = self.lock();
            if inner.scaled.len() >= MAX_SCALED {
                inner.scaled.pop_front();
            }
            if let Some(encoded) = encoded {
                inner.encoded.retain(|(k, _)| *k != key);
                if inner.encoded.len() >= MAX_ENCODED {
                    inner.encoded.pop_front();
                }
                inner.encoded.push_back((key.clone(), encoded));
            }
            inner.scaled.retain(|(k, _)| *k != key);
            inner.scaled.push_back((key, scaled));
        }
    }

    /// `picture` encoded for the graphics protocol to fill `cols` × `rows`
    /// cells (`None` without a protocol; `Some(None)` when encoding failed).
    fn encode(&self, picture: &Picture, cols: u16, rows: u16) -> Option<Option<Arc<Encoded>>> {
        let ImageMode::Graphics { protocol, cell } = self.mode else {
            return None;
        };
        // The pixels of the cells the picture takes: the encoded image is as
        // large as its place, so the protocol fills exactly those cells.
        let width = u32::from(cols) * u32::from(cell.0.max(1));
        let height = u32::from(rows) * u32::from(cell.1.max(1));
        let scaled = picture.scaled(width, height);
        let image = image::RgbaImage::from_raw(scaled.width, scaled.height, scaled.rgba)?;
        let area = ratatui::layout::Rect::new(0, 0, cols, rows);
        let image = image::DynamicImage::ImageRgba8(image);
        // The protocols' own constructors, not ratatui-image's `Picker`: the
        // picture is already at its size, and the picker runs `tmux set -p
        // allow-passthrough on` when TERM names tmux, changing the learner's
        // tmux (or, under tests, the developer's) behind their back. amphi
        // never draws with a protocol inside tmux unless told to, and then
        // sends the sequences unwrapped (docs/commands.md).
        use ratatui_image::protocol::{iterm2::Iterm2, kitty::Kitty, sixel::Sixel};
        let encoded = match protocol {
            Protocol::Kitty => {
                Kitty::new(image, area, fastrand::u32(1..), false).map(Encoded::Kitty)
            }
            Protocol::Iterm2 => Iterm2::new(image, area, false).map(Encoded::ITerm2),
            Protocol::Sixel => Sixel::new(image, area, false).map(Encoded::Sixel),
        }
        .ok()
        .filter(|p| p.area() == area)
        .map(Arc::new);
        Some(encoded)
    }

    /// The picture of the image `source` encoded for the graphics protocol at
    /// `cols` × `rows` cells, when it has been made (never without a protocol).
    pub fn encoded(&self, source: &str, cols: u16, rows: u16) -> Option<Arc<Encoded>> {
        let path = Self::path_of(source)?;
        let inner = self.lock();
        inner
            .encoded
            .iter()
            .find(|((p, c, r), _)| *p == path && *c == cols && *r == rows)
            .and_then(|(_, e)| e.clone())
    }

    /// Whether `doc` at `width` shows an image whose picture is not ready: not
    /// tried yet, decoded since `doc` was filled, or not scaled to its size.
    pub fn pending(&self, doc: &Doc, width: u16) -> bool {
        if self.mode == ImageMode::Off || !doc.blocks.iter().any(|b| b.image.is_some()) {
            return false;
        }
        let inner = self.lock();
        doc.blocks.iter().any(|block| {
            let Some(image) = &block.image else {
                return false;
            };
            let Some(path) = Self::path_of(&image.source) else {
                return false;
            };
            match (inner.decoded.get(&path), block.picture(width)) {
                (None, _) => true,
                (Some(Ok(_)), None) => image.cells.is_none(),
                (Some(Ok(_)), Some((_, cols, rows))) => {
                    let made = |k: &SizedKey| k.0 == path && k.1 == cols && k.2 == rows;
                    !inner.scaled.iter().any(|(k, _)| made(k))
                        || (self.graphics() && !inner.encoded.iter().any(|(k, _)| made(k)))
                }
                (Some(Err(_)), _) => false,
            }
        })
    }

    /// The picture of the image `source` scaled to `cols` × `rows` cells (as
    /// half-blocks: `cols` × `2 * rows` pixels), when it has been made.
    pub fn scaled(&self, source: &str, cols: u16, rows: u16) -> Option<Arc<Picture>> {
        let path = Self::path_of(source)?;
        let inner = self.lock();
        inner
            .scaled
            .iter()
            .find(|((p, c, r), _)| *p == path && *c == cols && *r == rows)
            .map(|(_, pic)| Arc::clone(pic))
    }

    /// Why the image `source` shows as text: `None` when its picture is decoded
    /// or not tried yet.
    pub fn failure(&self, source: &str) -> Option<String> {
        let Some(path) = Self::path_of(source) else {
            return Some("not a file in the course folder".into());
        };
        match self.lock().decoded.get(&path) {
            Some(Err(e)) => Some(e.clone()),
            _ => None,
        }
    }

    /// Forgets every picture (the course was reloaded: its files may have
    /// changed).
    pub fn clear(&self) {
        let mut inner = self.lock();
        inner.decoded.clear();
        inner.pictures.clear();
        inner.scaled.clear();
        inner.encoded.clear();
    }

    /// How many scaled copies are kept (for tests).
    pub fn scaled_count(&self) -> usize {
        self.lock().scaled.len()
    }
}

/// The natural size in cells of `picture`, each at least 1 (see [`CELL_PIXELS`]).
pub fn natural_cells(picture: &Picture) -> (u16, u16) {
    let cols = picture.width.div_ceil(CELL_PIXELS.0).max(1);
    let rows = picture.height.div_ceil(CELL_PIXELS.1).max(1);
    (
        u16::try_from(cols).unwrap_or(u16::MAX),
        u16::try_from(rows).unwrap_or(u16::MAX),
    )
}
