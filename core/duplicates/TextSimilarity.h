#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace memescope::duplicates {

// Word shingles of a normalised caption as 64-bit hashes, sorted and unique: word bigrams, or the single
// word of a one-word caption. Jaccard similarity of two captions is that of their shingle sets.
std::vector<uint64_t> wordShingles(const std::vector<std::string>& words);
double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b); // sorted unique inputs

struct TextMatch {
    int a = 0, b = 0;      // indices into the input, a < b
    double similarity = 0; // exact Jaccard of the shingle sets
};

// Near-duplicate captions by MinHash + LSH (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive
// Datasets", ch. 3): 128 min-hashes per caption cut into 32 bands of 4 rows; captions sharing a band are
// candidates, and a candidate pair is kept when its exact Jaccard similarity is >= threshold. With 32 x 4
// a pair at Jaccard 0.5 becomes a candidate with probability 0.87 and one at 0.6 with 0.99, so thresholds
// from 0.5 up lose (almost) nothing to the index; below 0.5 recall falls and the caller is told so by
// kMinReliableThreshold. Captions with no shingles (empty) never match. Identical shingle sets are matched
// exactly, without the index, so a caption reposted a thousand times costs no bucket blow-up.
class MinHashIndex {
public:
    static constexpr int kHashes = 128, kBands = 32, kRows = 4;
    static constexpr double kMinReliableThreshold = 0.5;

    static std::vector<uint64_t> signature(const std::vector<uint64_t>& shingles);
    // Every pair with Jaccard >= threshold, each once. `cancelled` is polled between captions.
    static std::vector<TextMatch> nearPairs(const std::vector<std::vector<uint64_t>>& shingleSets,
                                            double threshold, const std::function<bool()>& cancelled = {});
};

} // namespace memescope::duplicates
