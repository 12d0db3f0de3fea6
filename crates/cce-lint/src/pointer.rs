//! RFC 6901 JSON pointers over the canonical (SDK-spelled) keys.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

/// An RFC 6901 JSON pointer such as `/cluster/masterConfig/masterType`.
///
/// Keys are the canonical SDK spellings (a key written `CPU` is reported at `…/cpu`); unknown
/// keys and map keys keep the spelling of the input.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct JsonPointer(String);

impl JsonPointer {
    /// The pointer to the whole document (`""`).
    pub fn root() -> Self {
        JsonPointer(String::new())
    }

    /// Builds a pointer from unescaped segments.
    pub fn from_segments<I, S>(segments: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        // Room for the typical pointer of a request, so that pushing rarely reallocates.
        let mut pointer = JsonPointer(String::with_capacity(64));
        for segment in segments {
            pointer.push(segment.as_ref());
        }
        pointer
    }

    /// Appends one segment (escaping `~` and `/`).
    pub fn push(&mut self, segment: &str) {
        self.0.reserve(segment.len() + 1);
        self.0.push('/');
        // A byte scan: `~` and `/` are ASCII, and this runs for every pointer a rule builds.
        if !segment.bytes().any(|byte| byte == b'~' || byte == b'/') {
            self.0.push_str(segment);
            return;
        }
        for c in segment.chars() {
            match c {
                '~' => self.0.push_str("~0"),
                '/' => self.0.push_str("~1"),
                other => self.0.push(other),
            }
        }
    }

    /// Appends an array index.
    pub(crate) fn push_index(&mut self, index: usize) {
        use fmt::Write as _;
        let _ = write!(self.0, "/{index}");
    }

    /// A new pointer one key (or index) deeper.
    #[must_use]
    pub fn child(&self, segment: impl fmt::Display) -> Self {
        use fmt::Write as _;
        // Written straight after the parent's text (no separate string per segment); escaped
        // afterwards in the rare segment that needs it.
        let mut child = String::with_capacity(self.0.len() + 24);
        child.push_str(&self.0);
        child.push('/');
        let start = child.len();
        let _ = write!(child, "{segment}");
        if child.as_bytes()[start..]
            .iter()
            .any(|&byte| byte == b'~' || byte == b'/')
        {
            let segment = child.split_off(start);
            child.pop();
            let mut child = JsonPointer(child);
            child.push(&segment);
            return child;
        }
        JsonPointer(child)
    }

    /// The unescaped segments.
    pub fn segments(&self) -> impl Iterator<Item = String> + '_ {
        self.0
            .split('/')
            .skip(1)
            .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
    }

    /// The unescaped segments, borrowed where no escape needs undoing.
    pub(crate) fn raw_segments(&self) -> impl Iterator<Item = Cow<'_, str>> + Clone + '_ {
        self.0.split('/').skip(1).map(|segment| {
            if segment.as_bytes().contains(&b'~') {
                Cow::Owned(segment.replace("~1", "/").replace("~0", "~"))
            } else {
                Cow::Borrowed(segment)
            }
        })
    }

    /// The pointer text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this pointer is `ancestor` or lies below it.
    pub fn starts_with(&self, ancestor: &JsonPointer) -> bool {
        self.0 == ancestor.0
            || (self.0.starts_with(&ancestor.0)
                && self.0.as_bytes().get(ancestor.0.len()) == Some(&b'/'))
    }

    /// This pointer's text and each ancestor's, longest first: `/a/b`, `/a`, `` (those `self`
    /// [starts with](Self::starts_with)).
    pub(crate) fn self_and_ancestors(&self) -> impl Iterator<Item = &str> {
        let text = self.0.as_str();
        std::iter::once(text).chain(text.rmatch_indices('/').map(|(index, _)| &text[..index]))
    }

    /// Parses pointer text; `None` unless it is empty or starts with `/`.
    pub fn parse(text: &str) -> Option<Self> {
        (text.is_empty() || text.starts_with('/')).then(|| JsonPointer(text.to_owned()))
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn self_and_ancestors_are_what_it_starts_with() {
        let pointer = JsonPointer::from_segments(["nodes", "0", "a/b"]);
        let listed: Vec<&str> = pointer.self_and_ancestors().collect();
        assert_eq!(listed, ["/nodes/0/a~1b", "/nodes/0", "/nodes", ""]);
        for ancestor in listed {
            assert!(pointer.starts_with(&JsonPointer::parse(ancestor).unwrap()));
        }
    }

    #[test]
    fn escapes_and_round_trips() {
        let pointer = JsonPointer::from_segments(["labels", "a/b~c"]);
        assert_eq!(pointer.as_str(), "/labels/a~1b~0c");
        assert_eq!(pointer.segments().collect::<Vec<_>>(), ["labels", "a/b~c"]);
        assert_eq!(JsonPointer::root().segments().count(), 0);
    }

    #[test]
    fn children_escape_like_pushed_segments() {
        let parent = JsonPointer::from_segments(["nodes", "0"]);
        for segment in ["instanceSpec", "a/b~c", "~", "/", "", "集群"] {
            let mut pushed = parent.clone();
            pushed.push(segment);
            assert_eq!(parent.child(segment), pushed, "{segment}");
        }
        assert_eq!(parent.child(12).as_str(), "/nodes/0/12");
        assert_eq!(JsonPointer::root().child("a/b").as_str(), "/a~1b");
    }
}
