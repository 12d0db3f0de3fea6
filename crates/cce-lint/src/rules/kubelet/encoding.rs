//! Standard base64 (RFC 4648 §4, with padding), as the SDK's `encodeUserScript` writes it and
//! Go's `base64.StdEncoding` reads it.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Whether Go's `base64.StdEncoding.DecodeString` accepts `text` (it skips `\r` and `\n`).
pub(crate) fn is_std_base64(text: &str) -> bool {
    let bytes: Vec<u8> = text
        .bytes()
        .filter(|b| !matches!(b, b'\r' | b'\n'))
        .collect();
    if bytes.len() % 4 != 0 {
        return false;
    }
    let padding = bytes.iter().rev().take_while(|&&b| b == b'=').count();
    if padding > 2 {
        return false;
    }
    bytes[..bytes.len() - padding]
        .iter()
        .all(|byte| ALPHABET.contains(byte))
}

/// Whether `text` has characters that base64 text never has (other than line breaks): then it
/// is certainly not encoded, for example a raw shell script.
pub(crate) fn is_plain_text(text: &str) -> bool {
    text.bytes()
        .any(|b| !(ALPHABET.contains(&b) || matches!(b, b'=' | b'\r' | b'\n')))
}

/// Encodes `data` as standard padded base64.
pub(crate) fn encode_std_base64(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (index, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if index <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(encode_std_base64(b""), "");
        assert_eq!(encode_std_base64(b"f"), "Zg==");
        assert_eq!(encode_std_base64(b"fo"), "Zm8=");
        assert_eq!(encode_std_base64(b"foo"), "Zm9v");
        assert_eq!(encode_std_base64(b"#!/bin/bash\n"), "IyEvYmluL2Jhc2gK");
        assert!(is_std_base64("IyEvYmluL2Jhc2gK"));
        assert!(is_std_base64("Zg==\n"));
        assert!(!is_std_base64("Zg="));
        assert!(!is_std_base64("#!/bin/bash"));
        assert!(!is_std_base64("Zg=a"));
        assert!(is_plain_text("echo hi"));
        assert!(!is_plain_text("Zm9v"));
    }
}
