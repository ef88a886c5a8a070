#include "TextSimilarity.h"

#include <algorithm>
#include <limits>
#include <map>

namespace memescope::duplicates {
namespace {

// SplitMix64's finaliser (Steele, Lea & Flood 2014): a cheap, well-mixing 64-bit permutation.
uint64_t mix(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

uint64_t hashWord(const std::string& w) {
    uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a, then mixed
    for (const unsigned char c : w)
        h = (h ^ c) * 0x100000001b3ULL;
    return mix(h);
}

// The i-th hash function of the MinHash family: the shingle mixed with a per-function key. Min-wise
// independence is approximated by the mixing (as datasketch and most practical MinHash do).
uint64_t familyHash(uint64_t shingle, int i) {
    return mix(shingle ^ (0x5851f42d4c957f2dULL * uint64_t(i + 1)));
}

} // namespace

std::vector<uint64_t> wordShingles(const std::vector<std::string>& words) {
    std::vector<uint64_t> s;
    if (words.size() == 1) s.push_back(hashWord(words[0]));
    for (size_t i = 0; i + 1 < words.size(); ++i)
        s.push_back(mix(hashWord(words[i]) * 31 + hashWord(words[i + 1])));
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    if (a.empty() || b.empty()) return 0;
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j])
            ++i;
        else if (b[j] < a[i])
            ++j;
        else
            ++common, ++i, ++j;
    }
    return double(common) / double(a.size() + b.size() - common);
}

std::vector<uint64_t> MinHashIndex::signature(const std::vector<uint64_t>& shingles) {
    std::vector<uint64_t> sig(kHashes, std::numeric_limits<uint64_t>::max());
    for (const uint64_t s : shingles)
        for (int i = 0; i < kHashes; ++i)
            sig[size_t(i)] = std::min(sig[size_t(i)], familyHash(s, i));
    return sig;
}

std::vector<TextMatch> MinHashIndex::nearPairs(const std::vector<std::vector<uint64_t>>& sets,
                                               double threshold, const std::function<bool()>& cancelled) {
    std::vector<TextMatch> out;
    // 1. Identical sets: one representative each; its copies match it (and so each other, by the grouping).
    std::map<std::vector<uint64_t>, int> firstOf;
    std::vector<int> representatives;
    for (int i = 0; i < int(sets.size()); ++i) {
        if (sets[size_t(i)].empty()) continue;
        const auto [it, inserted] = firstOf.emplace(sets[size_t(i)], i);
        if (inserted)
            representatives.push_back(i);
        else
            out.push_back({it->second, i, 1.0});
    }
    // 2. Bands of the representatives' signatures into buckets.
    std::vector<std::vector<uint64_t>> sigs(representatives.size());
    for (size_t r = 0; r < representatives.size(); ++r) {
        if (cancelled && r % 1024 == 0 && cancelled()) return {};
        sigs[r] = signature(sets[size_t(representatives[r])]);
    }
    // Each band: (band hash, representative) sorted, so equal hashes sit together (a sort beats a hash map
    // of vectors here: one allocation per band instead of one per bucket).
    std::vector<uint64_t> pairKeys;
    std::vector<std::pair<uint64_t, uint32_t>> band(representatives.size());
    for (int b = 0; b < kBands; ++b) {
        for (size_t r = 0; r < representatives.size(); ++r) {
            uint64_t h = uint64_t(b) * 0x9e3779b97f4a7c15ULL;
            for (int row = 0; row < kRows; ++row)
                h = mix(h ^ sigs[r][size_t(b * kRows + row)]);
            band[r] = {h, uint32_t(r)};
        }
        std::sort(band.begin(), band.end());
        for (size_t x = 0; x < band.size();) {
            size_t end = x + 1;
            while (end < band.size() && band[end].first == band[x].first)
                ++end;
            for (size_t i = x; i < end; ++i)
                for (size_t j = i + 1; j < end; ++j)
                    pairKeys.push_back(uint64_t(band[i].second) << 32 | band[j].second);
            x = end;
        }
        if (cancelled && cancelled()) return {};
    }
    std::sort(pairKeys.begin(), pairKeys.end());
    pairKeys.erase(std::unique(pairKeys.begin(), pairKeys.end()), pairKeys.end());
    // 3. Exact verification of the candidates.
    for (const uint64_t key : pairKeys) {
        const int a = representatives[size_t(key >> 32)], b = representatives[size_t(key & 0xffffffffu)];
        const double j = jaccard(sets[size_t(a)], sets[size_t(b)]);
        if (j >= threshold) out.push_back({std::min(a, b), std::max(a, b), j});
    }
    return out;
}

} // namespace memescope::duplicates
