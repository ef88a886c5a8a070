#pragma once

#include <cstdint>
#include <vector>

namespace memescope {

// Label masks (bit i = label i, as the store keeps them) turned into what core/metrics scores: the first
// label of each mask (single-label tasks; 0 for an empty mask) or 0/1 indicator rows of n labels.
inline int firstLabelOf(uint64_t mask) {
    for (int l = 0; l < 64; ++l)
        if ((mask >> l) & 1u) return l;
    return 0;
}

inline std::vector<int> firstLabels(const std::vector<uint64_t>& masks) {
    std::vector<int> out;
    out.reserve(masks.size());
    for (const uint64_t m : masks)
        out.push_back(firstLabelOf(m));
    return out;
}

inline std::vector<std::vector<int>> indicatorRows(const std::vector<uint64_t>& masks, int n) {
    std::vector<std::vector<int>> out;
    out.reserve(masks.size());
    for (const uint64_t m : masks) {
        std::vector<int> row(size_t(n), 0);
        for (int l = 0; l < n; ++l)
            row[size_t(l)] = int((m >> l) & 1u);
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace memescope
