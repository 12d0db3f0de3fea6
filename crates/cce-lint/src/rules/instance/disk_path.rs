//! Disk mount paths as CCE compares them (CCE527, CCE528): repeated `/` collapse to one and a
//! trailing `/` is dropped, so `/data/`, `//data` and `/data` are the same mount point.

/// The normalised form of a mount path: `//` collapsed, trailing `/` removed (`/` stays `/`).
pub(crate) fn normalise_disk_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if c == '/' && out.ends_with('/') {
            continue;
        }
        out.push(c);
    }
    while out.len() > 1 && out.ends_with('/') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalise_disk_path;

    #[test]
    fn normalises() {
        assert_eq!(normalise_disk_path("/data/"), "/data");
        assert_eq!(normalise_disk_path("//data//x//"), "/data/x");
        assert_eq!(normalise_disk_path("///"), "/");
        assert_eq!(normalise_disk_path("data"), "data");
    }
}
