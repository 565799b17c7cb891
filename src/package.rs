//! Rewriting a zip package (a `.docx`) with some parts replaced or added, keeping every other
//! part byte for byte: its local header, compressed data and data descriptor are copied as they
//! are, and its central-directory record is copied with only the offset moved. Replaced and
//! added parts are written stored (uncompressed), like [`crate::export`]'s writer, so no
//! compressor is needed (the page's wasm has none).
//!
//! Pure and total: a package this cannot rewrite (ZIP64, split archives, a central directory
//! that does not add up) is an `Err` with a Chinese message, never a panic.

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// One central-directory record of the original.
struct Entry<'a> {
    name: &'a [u8],
    /// The whole record, to copy.
    record: &'a [u8],
    offset: usize,
}

fn broken(detail: &str) -> String {
    format!("无法改写这个 .docx：{detail}")
}

/// The central directory of `zip`: its records, and where it starts.
fn entries(zip: &[u8]) -> Result<(Vec<Entry<'_>>, usize), String> {
    let tail_start = zip.len().saturating_sub(22 + 0xFFFF);
    let eocd = zip[tail_start..]
        .windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .map(|p| tail_start + p)
        .ok_or_else(|| broken("找不到 zip 目录"))?;
    let bad = || broken("zip 目录不完整");
    let disk = u16_at(zip, eocd + 4).ok_or_else(bad)?;
    let count = u16_at(zip, eocd + 10).ok_or_else(bad)? as usize;
    let cd_size = u32_at(zip, eocd + 12).ok_or_else(bad)? as usize;
    let cd_offset = u32_at(zip, eocd + 16).ok_or_else(bad)? as usize;
    if disk != 0 || count == 0xFFFF || cd_offset == 0xFFFF_FFFF || cd_size == 0xFFFF_FFFF {
        return Err(broken("不支持分卷或 ZIP64 压缩包"));
    }
    let cd = zip.get(cd_offset..cd_offset.checked_add(cd_size).ok_or_else(bad)?).ok_or_else(bad)?;
    let mut out = Vec::with_capacity(count);
    let mut at = 0usize;
    for _ in 0..count {
        if u32_at(cd, at) != Some(0x0201_4b50) {
            return Err(bad());
        }
        let n = u16_at(cd, at + 28).ok_or_else(bad)? as usize;
        let m = u16_at(cd, at + 30).ok_or_else(bad)? as usize;
        let k = u16_at(cd, at + 32).ok_or_else(bad)? as usize;
        let offset = u32_at(cd, at + 42).ok_or_else(bad)? as usize;
        let csize = u32_at(cd, at + 20).ok_or_else(bad)?;
        if offset == 0xFFFF_FFFF || csize == 0xFFFF_FFFF || offset >= cd_offset {
            return Err(broken("不支持 ZIP64 压缩包"));
        }
        let len = 46 + n + m + k;
        let record = cd.get(at..at + len).ok_or_else(bad)?;
        out.push(Entry { name: &record[46..46 + n], record, offset });
        at += len;
    }
    Ok((out, cd_offset))
}

/// Sort and deduplicate a short list (a run's cut points, a package's entry offsets — both
/// nearly sorted already) by insertion: the standard sorts add ≈ 3 KB to the page's wasm.
pub(crate) fn sort_dedup(v: &mut Vec<usize>) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    v.dedup();
}

/// `zip` with the parts named in `changes` replaced by the given bytes (or added after the
/// others when absent). Part order, and every unchanged part's bytes, are kept.
pub(crate) fn rewrite(zip: &[u8], changes: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let (entries, cd_offset) = entries(zip)?;
    // Each local entry runs up to the next one (or the central directory): that span includes
    // a data descriptor when there is one.
    let mut starts: Vec<usize> = entries.iter().map(|e| e.offset).collect();
    sort_dedup(&mut starts);
    let end_of = |offset: usize| starts.iter().find(|&&s| s > offset).copied().unwrap_or(cd_offset);
    let first = starts.first().copied().unwrap_or(cd_offset);

    let mut out = Vec::with_capacity(zip.len() + changes.iter().map(|(_, b)| b.len()).sum::<usize>());
    let mut central = Vec::new();
    // Anything before the first entry (a self-extractor stub) stays.
    out.extend_from_slice(&zip[..first]);
    let too_big = || broken("文档超过 4 GiB");
    let offset32 = |n: usize| u32::try_from(n).map_err(|_| too_big());
    for e in &entries {
        let offset = offset32(out.len())?;
        match changes.iter().find(|(n, _)| n.as_bytes() == e.name) {
            Some((name, body)) => {
                // Keep the original's time stamp and attributes; write the data stored.
                let time = u16_at(e.record, 12).unwrap_or(0);
                let date = u16_at(e.record, 14).unwrap_or(0);
                let attrs = e.record.get(38..42).unwrap_or(&[0; 4]);
                stored(name, body, time, date, attrs, offset, &mut out, &mut central).ok_or_else(too_big)?;
            }
            None => {
                let span = zip.get(e.offset..end_of(e.offset)).ok_or_else(|| broken("zip 条目越界"))?;
                out.extend_from_slice(span);
                central.extend_from_slice(&e.record[..42]);
                central.extend_from_slice(&offset.to_le_bytes());
                central.extend_from_slice(&e.record[46..]);
            }
        }
    }
    for (name, body) in changes {
        if !entries.iter().any(|e| e.name == name.as_bytes()) {
            let offset = offset32(out.len())?;
            stored(name, body, 0, 0x21, &[0; 4], offset, &mut out, &mut central).ok_or_else(too_big)?;
        }
    }
    let n = entries.len() + changes.iter().filter(|(n, _)| !entries.iter().any(|e| e.name == n.as_bytes())).count();
    let n = u16::try_from(n).map_err(|_| broken("条目太多"))?;
    close(&mut out, &central, n).ok_or_else(too_big)?;
    Ok(out)
}

/// The central directory of `n` entries and the end record, appended to `out`. `None` past
/// the 4 GiB a plain zip can address.
pub(crate) fn close(out: &mut Vec<u8>, central: &[u8], n: u16) -> Option<()> {
    let (cd_at, cd_size) = (u32::try_from(out.len()).ok()?, u32::try_from(central.len()).ok()?);
    out.extend_from_slice(central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    Some(())
}

/// A stored entry: local header and data to `out`, its record to `central`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn stored(
    name: &str,
    body: &[u8],
    time: u16,
    date: u16,
    attrs: &[u8],
    offset: u32,
    out: &mut Vec<u8>,
    central: &mut Vec<u8>,
) -> Option<()> {
    let (crc, size, name_len) =
        (crc32fast::hash(body), u32::try_from(body.len()).ok()?, u16::try_from(name.len()).ok()?);
    // Version 2.0, flag bit 11 (UTF-8 names), method 0 (stored).
    let common = |v: &mut Vec<u8>| {
        v.extend_from_slice(&20u16.to_le_bytes());
        v.extend_from_slice(&0x0800u16.to_le_bytes());
        v.extend_from_slice(&0u16.to_le_bytes());
        v.extend_from_slice(&time.to_le_bytes());
        v.extend_from_slice(&date.to_le_bytes());
        v.extend_from_slice(&crc.to_le_bytes());
        v.extend_from_slice(&size.to_le_bytes());
        v.extend_from_slice(&size.to_le_bytes());
        v.extend_from_slice(&name_len.to_le_bytes());
        v.extend_from_slice(&0u16.to_le_bytes());
    };
    out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
    common(out);
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(body);
    central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
    central.extend_from_slice(&20u16.to_le_bytes());
    common(central);
    central.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
    central.extend_from_slice(attrs);
    central.extend_from_slice(&offset.to_le_bytes());
    central.extend_from_slice(name.as_bytes());
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read, Write};

    fn deflated(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (n, b) in parts {
            w.start_file(*n, zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(b.as_bytes()).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    fn part(zip: &[u8], name: &str) -> String {
        let mut a = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
        let mut s = String::new();
        a.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn replaces_adds_and_copies_the_rest_exactly() {
        let z = deflated(&[("a.xml", "甲甲甲甲甲甲"), ("b.xml", "乙"), ("c.xml", "丙丙丙丙")]);
        let out = rewrite(&z, &[("b.xml".into(), "新乙".into()), ("d.xml".into(), "丁".into())]).unwrap();
        assert_eq!(part(&out, "a.xml"), "甲甲甲甲甲甲");
        assert_eq!(part(&out, "b.xml"), "新乙");
        assert_eq!(part(&out, "c.xml"), "丙丙丙丙");
        assert_eq!(part(&out, "d.xml"), "丁");
        // The untouched entries' compressed bytes are in the output as they were.
        let mut a = zip::ZipArchive::new(Cursor::new(&z[..])).unwrap();
        let f = a.by_name("c.xml").unwrap();
        let raw = &z[f.header_start() as usize..f.data_start() as usize + f.compressed_size() as usize];
        assert!(out.windows(raw.len()).any(|w| w == raw));
        let names: Vec<String> =
            zip::ZipArchive::new(Cursor::new(&out[..])).unwrap().file_names().map(String::from).collect();
        assert_eq!(names.len(), 4);
    }

    #[test]
    fn sort_dedup_sorts() {
        let mut v = vec![5, 1, 4, 1, 5, 9, 2, 6, 5, 3];
        sort_dedup(&mut v);
        assert_eq!(v, [1, 2, 3, 4, 5, 6, 9]);
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(rewrite(b"", &[]).is_err());
        assert!(rewrite(b"PK\x05\x06\0\0\0\0\x01\0\x01\0\xff\0\0\0\0\0\0\0\0\0", &[]).is_err());
        let z = deflated(&[("a", "b")]);
        assert!(rewrite(&z[z.len() / 2..], &[]).is_err());
    }
}
