//! A small seeded PRNG (SplitMix64): the same seed gives the same specs on every machine and release,
//! which a crate's generator would not promise across its versions.

#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// An independent stream for spec `index` of a run: spec `i` does not depend on how many random
    /// numbers specs `0..i` drew, so `--count 10` and `--count 1000` share their first ten specs.
    pub fn for_spec(seed: u64, index: u64) -> Self {
        let mut mix = Rng(seed ^ index.wrapping_mul(0xA076_1D64_78BD_642F));
        let s = mix.next_u64();
        Rng(s)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        debug_assert!(n > 0);
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index chosen with the given weights (at least one positive).
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| w as u64).sum();
        let mut x = self.next_u64() % total.max(1);
        for (i, &w) in weights.iter().enumerate() {
            if x < w as u64 {
                return i;
            }
            x -= w as u64;
        }
        weights.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn same_seed_same_stream_and_streams_differ_by_index() {
        let a: Vec<u64> = (0..8).map(|_| Rng::for_spec(7, 3).next_u64()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(Rng::for_spec(7, 3).next_u64(), Rng::for_spec(7, 4).next_u64());
        assert_ne!(Rng::for_spec(7, 3).next_u64(), Rng::for_spec(8, 3).next_u64());
    }

    #[test]
    fn below_and_weighted_stay_in_range_and_reach_every_value() {
        let mut r = Rng::new(1);
        let mut seen = [0u32; 5];
        for _ in 0..5000 {
            seen[r.below(5)] += 1;
        }
        assert!(seen.iter().all(|&n| n > 800), "{seen:?}");
        let mut w = [0u32; 3];
        for _ in 0..3000 {
            w[r.weighted(&[1, 0, 2])] += 1;
        }
        assert_eq!(w[1], 0);
        assert!(w[2] > w[0], "{w:?}");
    }
}
