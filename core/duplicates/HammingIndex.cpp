#include "HammingIndex.h"

#include "PerceptualHash.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace memescope::duplicates {
namespace {

constexpr int kChunks = 4;

uint32_t chunkOf(uint64_t h, int c) {
    return uint32_t(h >> (16 * c)) & 0xffffu;
}

// Every 16-bit key within `radius` bits of `key` (radius <= 4: at most 2,517 keys).
void keysWithin(uint32_t key, int radius, int from, std::vector<uint32_t>& out) {
    out.push_back(key);
    if (radius == 0) return;
    for (int bit = from; bit < 16; ++bit)
        keysWithin(key ^ (1u << bit), radius - 1, bit + 1, out);
}

// One chunk's table: the hash indices sorted by chunk value, with the start of each value's run.
struct ChunkTable {
    std::vector<uint32_t> start; // 65,537 offsets into order
    std::vector<uint32_t> order;
};

} // namespace

std::vector<ImageMatch> HammingIndex::pairsWithin(const std::vector<uint64_t>& hashes, int maxDistance,
                                                  const std::function<bool()>& cancelled) {
    if (maxDistance < 0 || maxDistance > kMaxDistance)
        throw std::invalid_argument("image distance must be 0.." + std::to_string(kMaxDistance) +
                                    " bits, not " + std::to_string(maxDistance));
    std::vector<ImageMatch> out;
    // Identical hashes: one representative each (a template reused a thousand times costs no pair storm).
    std::unordered_map<uint64_t, int> firstOf;
    std::vector<int> reps;
    for (int i = 0; i < int(hashes.size()); ++i) {
        const auto [it, inserted] = firstOf.emplace(hashes[size_t(i)], i);
        if (inserted)
            reps.push_back(i);
        else
            out.push_back({it->second, i, 0});
    }
    const int radius = maxDistance / kChunks;
    std::vector<ChunkTable> tables(kChunks);
    for (int c = 0; c < kChunks; ++c) {
        ChunkTable& t = tables[size_t(c)];
        t.start.assign(65537, 0);
        for (const int r : reps)
            ++t.start[chunkOf(hashes[size_t(r)], c) + 1];
        for (size_t k = 1; k < t.start.size(); ++k)
            t.start[k] += t.start[k - 1];
        t.order.resize(reps.size());
        std::vector<uint32_t> fill(t.start.begin(), t.start.end() - 1);
        for (size_t ri = 0; ri < reps.size(); ++ri)
            t.order[fill[chunkOf(hashes[size_t(reps[ri])], c)]++] = uint32_t(ri);
    }
    std::vector<uint32_t> keys;
    for (size_t ri = 0; ri < reps.size(); ++ri) {
        if (cancelled && ri % 4096 == 0 && cancelled()) return {};
        const uint64_t h = hashes[size_t(reps[ri])];
        for (int c = 0; c < kChunks; ++c) {
            keys.clear();
            keysWithin(chunkOf(h, c), radius, 0, keys);
            const ChunkTable& t = tables[size_t(c)];
            for (const uint32_t key : keys) {
                for (uint32_t k = t.start[key]; k < t.start[key + 1]; ++k) {
                    const uint32_t rj = t.order[k];
                    if (rj <= ri) continue; // each pair once, from its smaller index
                    const uint64_t g = hashes[size_t(reps[rj])];
                    // The first chunk within the radius reports the pair; later chunks skip it.
                    bool earlier = false;
                    for (int e = 0; e < c && !earlier; ++e)
                        earlier = __builtin_popcount(chunkOf(h, e) ^ chunkOf(g, e)) <= radius;
                    if (earlier) continue;
                    const int d = hammingDistance(h, g);
                    if (d <= maxDistance) {
                        const int a = reps[ri], b = reps[rj];
                        out.push_back({std::min(a, b), std::max(a, b), d});
                    }
                }
            }
        }
    }
    return out;
}

std::vector<ImageMatch> HammingIndex::allPairsWithin(const std::vector<uint64_t>& hashes, int maxDistance) {
    std::vector<ImageMatch> out;
    for (int a = 0; a < int(hashes.size()); ++a)
        for (int b = a + 1; b < int(hashes.size()); ++b) {
            const int d = hammingDistance(hashes[size_t(a)], hashes[size_t(b)]);
            if (d <= maxDistance) out.push_back({a, b, d});
        }
    return out;
}

} // namespace memescope::duplicates
