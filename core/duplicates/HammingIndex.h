#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace memescope::duplicates {

struct ImageMatch {
    int a = 0, b = 0; // indices into the input, a < b
    int distance = 0; // Hamming distance of the two hashes
};

// All pairs of 64-bit hashes within a Hamming distance, by multi-index hashing (Norouzi, Punjani & Fleet,
// CVPR 2012): the hash is cut into four 16-bit chunks; two hashes within distance d agree within
// floor(d / 4) on at least one chunk (pigeonhole), so each chunk's table is probed with every key within
// that radius and only those candidates are compared whole. Identical hashes are collapsed first (each copy
// is paired with the first of its hash only). Exact: the groups these pairs link are those of the all-pairs
// comparison (tested), at a fraction of its cost. maxDistance 0..kMaxDistance.
class HammingIndex {
public:
    static constexpr int kMaxDistance = 16;
    static std::vector<ImageMatch> pairsWithin(const std::vector<uint64_t>& hashes, int maxDistance,
                                               const std::function<bool()>& cancelled = {});
    // The peer: every pair compared (what the index saves; bench_duplicates and the tests use it).
    static std::vector<ImageMatch> allPairsWithin(const std::vector<uint64_t>& hashes, int maxDistance);
};

} // namespace memescope::duplicates
