//! Stable sorts that share one instance of the standard library's sort. Every `slice::sort_by`
//! of another element type or closure is a fresh copy of the whole driftsort (or ipnsort) code,
//! 2–5 KB of wasm each; these sort a list of indexes through one `&dyn` comparison instead and
//! then move the elements into that order, so each caller adds only a few small functions.
//! The order is the standard stable sort's: equal elements keep their order.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` by `key`, stably (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` (as `slice::sort`; for a total order equal elements are alike, so this is also
/// what `sort_unstable` gives).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// For each key, the position of its first occurrence in `keys` (equal keys share it): a
/// grouping without a hash map, whose code (hashbrown and SipHash, ~4 KB of gzipped wasm) the
/// page would carry for a handful of small counts.
pub fn first_of<K: Ord>(keys: &[K]) -> Vec<usize> {
    let order = order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    let mut first = vec![0; keys.len()];
    let mut run = 0;
    for (i, &k) in order.iter().enumerate() {
        // Stable: the first of a run of equal keys is the earliest position.
        if keys[k as usize] != keys[order[run] as usize] {
            run = i;
        }
        first[k as usize] = order[run] as usize;
    }
    first
}

/// The indexes `0..n` in the stable order of `cmp`: the one instance of the library sort.
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

/// Puts `v[order[i]]` at `i` for every `i`, by swaps along each cycle of the permutation.
fn permute<T>(v: &mut [T], mut order: Vec<u32>) {
    for i in 0..v.len() {
        let mut at = i;
        while order[at] as usize != i {
            let next = order[at] as usize;
            v.swap(at, next);
            order[at] = at as u32;
            at = next;
        }
        order[at] = at as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_library() {
        let words = ["汇报", "总结", "述职", "讲话", "工作", "汇报", "总结", "报告", "述职", "讲话"];
        for n in 0..=words.len() {
            let mut mine: Vec<(usize, &str)> = words[..n].iter().copied().enumerate().collect();
            let mut std = mine.clone();
            // By the word's first byte only: many ties, whose order must stay.
            sort_by_key(&mut mine, |&(_, w)| w.as_bytes()[0]);
            std.sort_by_key(|&(_, w)| w.as_bytes()[0]);
            assert_eq!(mine, std);
            sort(&mut mine);
            std.sort();
            assert_eq!(mine, std);
            sort_by(&mut mine, |a, b| b.1.cmp(a.1));
            std.sort_by(|a, b| b.1.cmp(a.1));
            assert_eq!(mine, std);
        }
    }

    #[test]
    fn groups_by_first_occurrence() {
        assert_eq!(first_of(&["甲村", "乙村", "甲村", "丙村", "乙村", "甲村"]), [0, 1, 0, 3, 1, 0]);
        assert!(first_of::<&str>(&[]).is_empty());
    }

    #[test]
    fn follows_every_cycle() {
        // 0→3→1→0 and 2→4→2 and 5 in place.
        let mut v = vec!['丁', '乙', '戊', '甲', '丙', '己'];
        permute(&mut v, vec![3, 0, 4, 1, 2, 5]);
        assert_eq!(v, ['甲', '丁', '丙', '乙', '戊', '己']);
    }
}
