//! A stable hash of an item's content, to tell whether an item changed since the
//! learner read it or passed it.
//!
//! The hash is 64-bit FNV-1a (a published, fixed algorithm: the same text gives
//! the same hash on every platform and with every Rust release, unlike
//! `std::hash::DefaultHasher`) over a canonical text of what the learner sees
//! and is graded on: the title and body of a lesson; the title and the turns of
//! an interview (speaker and text); the title, pass mark and each question's
//! id, prompt and answer key of a quiz. Explanations, hints and the source note
//! are left out: fixing them does not unsettle what the learner read or passed.
//! Each field is written with its length first, so that fields cannot run into
//! each other.

use crate::course::{AnswerKey, Item};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

/// A short hash of a block of text, to find a reading position's block again
/// after the text around it changed (see [`super::Anchor`]): [`fnv1a`] of its
/// UTF-8 bytes, folded to 32 bits (exact as a number in any JSON reader).
pub fn text_hash(text: &str) -> u32 {
    let h = fnv1a(text.as_bytes());
    (h ^ (h >> 32)) as u32
}

/// The content hash of `item`, as 16 lowercase hex digits.
pub fn content_hash(item: &Item) -> String {
    format!("{:016x}", fnv1a(canonical(item).as_bytes()))
}

/// The text the hash is taken of (see the module documentation).
fn canonical(item: &Item) -> String {
    let mut out = String::new();
    let mut field = |s: &str| {
        out.push_str(&s.len().to_string());
        out.push(':');
        out.push_str(s);
        out.push(';');
    };
    field(item.kind());
    field(item.title());
    match item {
        Item::Lesson(l) => field(&l.body),
        Item::Interview(iv) => {
            for t in &iv.turns {
                field(&t.speaker);
                field(&t.text);
            }
        }
        Item::Video(v) => {
            // What is read: the transcript (a video without one has its title).
            for c in &v.cues {
                field(&c.start_ms.to_string());
                field(&c.text);
            }
        }
        Item::Quiz(q) => {
            field(&q.pass_mark.to_string());
            for question in &q.questions {
                field(&question.id);
                field(&question.prompt);
                field(question.key.kind());
                key_fields(&question.key, &mut field);
            }
        }
    }
    out
}

fn key_fields(key: &AnswerKey, field: &mut impl FnMut(&str)) {
    crate::quiz::kind_of(key, |k| k.hash_fields(field));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn the_hash_follows_the_text_and_nothing_else() {
        let course = crate::course::load_bundled().unwrap();
        let item = course.modules[0].items[0].clone();
        let h = content_hash(&item);
        assert_eq!(h.len(), 16);
        assert_eq!(content_hash(&item.clone()), h, "same text, same hash");
        let Item::Lesson(mut l) = item else {
            panic!("the first item is a lesson")
        };
        l.body.push('!');
        assert_ne!(content_hash(&Item::Lesson(l)), h);
    }
}
