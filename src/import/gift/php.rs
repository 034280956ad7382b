//! PHP's string functions as Moodle's GIFT importer uses them, on bytes:
//! `trim`, `substr`, `substr_replace`, `strpos`, `empty`, `is_numeric` and
//! PHP 8's string-to-number conversion. Offsets are byte offsets, as in PHP.

/// PHP's `trim` characters.
pub(super) fn is_php_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0 | 0x0B)
}

pub(super) fn php_trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_php_space(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_php_space(b))
        .map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

/// A range of the block's text, trimmed like PHP's `trim`.
pub(super) fn trim_range(t: &[u8], r: (usize, usize)) -> (usize, usize) {
    let s = &t[r.0..r.1];
    let start = s.iter().position(|&b| !is_php_space(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_php_space(b))
        .map_or(start, |e| e + 1);
    (r.0 + start, r.0 + end.max(start))
}

/// PHP 8's `substr($s, $start, $len)` as a range of `r`.
pub(super) fn php_substr(r: (usize, usize), start: isize, len: Option<isize>) -> (usize, usize) {
    let n = (r.1 - r.0) as isize;
    let mut s = start;
    if s < 0 {
        s = (n + s).max(0);
    }
    if s > n {
        return (r.1, r.1);
    }
    let e = match len {
        None => n,
        Some(l) if l < 0 => n + l,
        Some(l) => (s + l).min(n),
    };
    if e < s {
        return (r.0 + s as usize, r.0 + s as usize);
    }
    (r.0 + s as usize, r.0 + e as usize)
}

/// PHP's `substr_replace($s, $rep, $start, $len)`.
pub(super) fn php_substr_replace(
    s: &[u8],
    rep: &[u8],
    start: isize,
    len: isize,
) -> (Vec<u8>, usize) {
    let n = s.len() as isize;
    let mut st = start;
    if st < 0 {
        st = (n + st).max(0);
    }
    st = st.min(n);
    let mut l = len;
    if l < 0 {
        l = ((n - st) + l).max(0);
    }
    l = l.min(n - st);
    let (st, l) = (st as usize, l as usize);
    let mut out = Vec::with_capacity(s.len() + rep.len());
    out.extend_from_slice(&s[..st]);
    out.extend_from_slice(rep);
    out.extend_from_slice(&s[st + l..]);
    (out, st)
}

pub(super) fn find(h: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || h.len() < needle.len() {
        return None;
    }
    h.windows(needle.len()).position(|w| w == needle)
}

pub(super) fn rfind(h: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || h.len() < needle.len() {
        return None;
    }
    h.windows(needle.len()).rposition(|w| w == needle)
}

/// PHP's `empty()` on a string: `""` and `"0"`.
pub(super) fn php_empty(s: &[u8]) -> bool {
    s.is_empty() || s == b"0"
}

/// PHP 8's `is_numeric` on a string.
pub(super) fn is_numeric(s: &[u8]) -> bool {
    let start = s
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C))
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C))
        .map_or(start, |e| e + 1);
    let s = &s[start..end.max(start)];
    numeric_prefix(s) == Some(s.len())
}

/// The length of the longest numeric prefix of `s` (PHP's number syntax:
/// sign, digits, fraction, exponent), if any.
pub(super) fn numeric_prefix(s: &[u8]) -> Option<usize> {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < s.len() && s[i] == b'.' {
        let frac_start = i + 1;
        let mut j = frac_start;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if digits > 0 || j > frac_start {
            digits += j - frac_start;
            i = j;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    Some(i)
}

/// PHP 8's conversion of a string to a number in arithmetic: leading white
/// space, then the numeric prefix; `None` where PHP throws a TypeError (no
/// numeric prefix at all).
pub(super) fn php_number(s: &[u8]) -> Option<f64> {
    let start = s
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C))
        .unwrap_or(s.len());
    let s = &s[start..];
    let len = numeric_prefix(s)?;
    std::str::from_utf8(&s[..len]).ok()?.parse::<f64>().ok()
}
