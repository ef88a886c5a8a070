#include "PictureIndex.h"

#include "UnionFind.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace memescope::duplicates {
namespace {

constexpr int kGrid = PictureSignature::kGrid;
constexpr int kBlocks = PictureSignature::kBlocks;
constexpr int kRadius = 2;        // the high-pass window: 5 x 5 blocks
constexpr int kMinNeighbours = 6; // text-free blocks in a block's window (itself included) for a residual
// A key block's strongest residual channel, grey levels: above JPEG's noise on a plain backdrop, so the
// blocks of white or one-colour backgrounds (one key for thousands of memes) give none.
constexpr float kMinKeyStructure = 1;
constexpr int kKeyBits = 20; // 8 bits of position, 4 per colour channel
// A bucket shared by more memes than this is scanned from its newest entries only: memes of one picture
// are united as they arrive, so the newest stand for all; an unrelated pattern that common says little.
constexpr size_t kBucketScan = 512;
constexpr int kFewKeys = 4;

using Mask = std::array<uint64_t, kBlocks / 64>;

Mask textFree(const PictureSignature& s) {
    Mask m;
    for (size_t w = 0; w < m.size(); ++w)
        m[w] = ~s.textMask[w];
    return m;
}

// The high-passed colours: each block of `free` minus the mean of the blocks of `free` in its window
// (summed-area tables: four lookups a block). `valid` keeps the blocks with enough such neighbours.
struct Residuals {
    std::array<float, kBlocks * 3> value{};
    Mask valid{};
};

Residuals residualsOf(const PictureSignature& s, const Mask& free) {
    constexpr int n = kGrid + 1;
    std::array<int, n * n> count{};
    std::array<int, n * n * 3> sum{};
    for (int y = 0; y < kGrid; ++y)
        for (int x = 0; x < kGrid; ++x) {
            const int b = y * kGrid + x, at = (y + 1) * n + (x + 1);
            const bool isFree = (free[size_t(b) / 64] >> (b % 64)) & 1;
            count[size_t(at)] =
                count[size_t(at - 1)] + count[size_t(at - n)] - count[size_t(at - n - 1)] + isFree;
            for (int c = 0; c < 3; ++c)
                sum[size_t(at * 3 + c)] = sum[size_t((at - 1) * 3 + c)] + sum[size_t((at - n) * 3 + c)] -
                                          sum[size_t((at - n - 1) * 3 + c)] +
                                          (isFree ? s.colours[size_t(b * 3 + c)] : 0);
        }
    auto box = [&](const auto& table, int stride, int c, int y0, int x0, int y1, int x1) { // inclusive cells
        auto at = [&](int y, int x) { return table[size_t((y * n + x) * stride + c)]; };
        return at(y1 + 1, x1 + 1) - at(y0, x1 + 1) - at(y1 + 1, x0) + at(y0, x0);
    };
    Residuals r;
    for (int y = 0; y < kGrid; ++y)
        for (int x = 0; x < kGrid; ++x) {
            const int b = y * kGrid + x;
            if (!((free[size_t(b) / 64] >> (b % 64)) & 1)) continue;
            const int y0 = std::max(0, y - kRadius), y1 = std::min(kGrid - 1, y + kRadius);
            const int x0 = std::max(0, x - kRadius), x1 = std::min(kGrid - 1, x + kRadius);
            const int neighbours = box(count, 1, 0, y0, x0, y1, x1);
            if (neighbours < kMinNeighbours) continue; // hemmed in by text: no background to compare against
            for (int c = 0; c < 3; ++c)
                r.value[size_t(b * 3 + c)] = float(s.colours[size_t(b * 3 + c)]) -
                                             float(box(sum, 3, c, y0, x0, y1, x1)) / float(neighbours);
            r.valid[size_t(b) / 64] |= uint64_t(1) << (b % 64);
        }
    return r;
}

int commonCount(const Mask& a, const Mask& b) {
    int n = 0;
    for (size_t w = 0; w < a.size(); ++w)
        n += std::popcount(a[w] & b[w]);
    return n;
}

// The share of the blocks text-free in both that agree in colour; nullopt when too few such blocks. Stops
// early (returning a share below `atLeast`) once more blocks disagree than `atLeast` allows.
std::optional<double> colourAgreement(const PictureSignature& a, const PictureSignature& b, double atLeast) {
    const Mask fa = textFree(a), fb = textFree(b);
    const int common = commonCount(fa, fb);
    if (common < PictureIndex::kMinCommonBlocks) return std::nullopt;
    const int allowed = int(std::floor((1.0 - atLeast) * common + 1e-9));
    int differing = 0;
    for (size_t w = 0; w < fa.size(); ++w) {
        uint64_t both = fa[w] & fb[w];
        while (both) {
            const size_t block = w * 64 + size_t(std::countr_zero(both));
            both &= both - 1;
            for (size_t c = 0; c < 3; ++c)
                if (std::abs(int(a.colours[block * 3 + c]) - int(b.colours[block * 3 + c])) >
                    PictureIndex::kColourTolerance) {
                    if (++differing > allowed) return double(common - differing) / common;
                    break;
                }
        }
    }
    return double(common - differing) / common;
}

// Whether the two pictures' structure agrees where neither shows text, both high-passed over exactly those
// blocks (so a caption's edge in one is no structure the other lacks): nullopt when there is too little of
// it (plain pictures, or little picture left between the captions).
std::optional<bool> structureAgrees(const PictureSignature& a, const PictureSignature& b) {
    Mask common = textFree(a);
    const Mask fb = textFree(b);
    for (size_t w = 0; w < common.size(); ++w)
        common[w] &= fb[w];
    const Residuals ra = residualsOf(a, common), rb = residualsOf(b, common);
    double dot = 0, ea = 0, eb = 0;
    int blocks = 0;
    for (size_t w = 0; w < ra.valid.size(); ++w) {
        uint64_t both = ra.valid[w] & rb.valid[w];
        while (both) {
            const size_t block = w * 64 + size_t(std::countr_zero(both));
            both &= both - 1;
            ++blocks;
            for (size_t c = 0; c < 3; ++c) {
                const double x = ra.value[block * 3 + c], y = rb.value[block * 3 + c];
                dot += x * y;
                ea += x * x;
                eb += y * y;
            }
        }
    }
    if (blocks < PictureIndex::kMinStructureBlocks) return std::nullopt;
    if ((ea + eb) / (2.0 * blocks * 3) < PictureIndex::kMinStructure * PictureIndex::kMinStructure)
        return std::nullopt;
    return 2 * dot / (ea + eb) >= PictureIndex::kMinStructureCorrelation;
}

std::optional<double> similarityAtLeast(const PictureSignature& a, const PictureSignature& b,
                                        double atLeast) {
    const std::optional<double> agreement = colourAgreement(a, b, atLeast);
    if (!agreement) return std::nullopt;
    if (*agreement < atLeast) return agreement; // structure need not be looked at: too unlike already
    const std::optional<bool> structure = structureAgrees(a, b);
    if (!structure) return std::nullopt;
    return *structure ? *agreement : 0.0;
}

// A key block: its position and colour cell; `near` marks, per channel, the neighbouring cell to probe too
// (-1, 0 or +1).
struct KeyBlock {
    uint32_t key;
    std::array<int, 3> near;
};

uint32_t keyOf(int block, int r, int g, int b) {
    return (uint32_t(block) << 12) | (uint32_t(r) << 8) | (uint32_t(g) << 4) | uint32_t(b);
}

std::vector<KeyBlock> keyBlocks(const PictureSignature& s) {
    // How much a block stands out from its neighbours: the second difference along each axis whose two
    // neighbours are free of text (the stronger of the two): zero on a plain backdrop and on any linear
    // gradient, so a sky or a shaded panel gives no keys, and a caption's edge none either.
    auto strength = [&s](int y, int x) -> float {
        const int b = y * kGrid + x;
        if (s.hasText(b)) return 0;
        float m = 0;
        auto axis = [&](int before, int after) {
            if (s.hasText(before) || s.hasText(after)) return;
            for (int c = 0; c < 3; ++c) {
                auto at = [&](int block) { return float(s.colours[size_t(block * 3 + c)]); };
                m = std::max(m, std::abs(2 * at(b) - at(before) - at(after)) / 2);
            }
        };
        if (x > 0 && x < kGrid - 1) axis(b - 1, b + 1);
        if (y > 0 && y < kGrid - 1) axis(b - kGrid, b + kGrid);
        return m;
    };
    // The strongest blocks of each 4 x 4 region, so the keys cover the whole picture: another caption
    // hides some regions, and the keys of the others must still be there.
    constexpr int region = 4, perRegion = PictureIndex::kKeyBlocks / ((kGrid / region) * (kGrid / region));
    std::vector<std::pair<float, int>> strongest;
    for (int ry = 0; ry < kGrid; ry += region)
        for (int rx = 0; rx < kGrid; rx += region) {
            std::vector<std::pair<float, int>> inRegion;
            for (int y = ry; y < ry + region; ++y)
                for (int x = rx; x < rx + region; ++x) {
                    const float m = strength(y, x);
                    if (m >= kMinKeyStructure) inRegion.emplace_back(m, y * kGrid + x);
                }
            const size_t keep = std::min(inRegion.size(), size_t(perRegion));
            std::partial_sort(inRegion.begin(), inRegion.begin() + ptrdiff_t(keep), inRegion.end(),
                              [](const auto& x, const auto& y) {
                                  return x.first > y.first || (x.first == y.first && x.second < y.second);
                              });
            strongest.insert(strongest.end(), inRegion.begin(), inRegion.begin() + ptrdiff_t(keep));
        }
    const size_t keep = strongest.size();
    std::vector<KeyBlock> out;
    for (size_t k = 0; k < keep; ++k) {
        const int b = strongest[k].second;
        KeyBlock kb{};
        int cell[3];
        for (int c = 0; c < 3; ++c) {
            const int v = s.colours[size_t(b * 3 + c)];
            cell[c] = v / 16;
            const int within =
                v % 16; // a re-encoded copy may fall into the next cell when this is near its edge
            kb.near[size_t(c)] = within < 4 && cell[c] > 0 ? -1 : within >= 12 && cell[c] < 15 ? 1 : 0;
        }
        kb.key = keyOf(b, cell[0], cell[1], cell[2]);
        out.push_back(kb);
    }
    return out;
}

} // namespace

std::optional<double> PictureIndex::similarity(const PictureSignature& a, const PictureSignature& b) {
    return similarityAtLeast(a, b, 0.0); // the exact share: nothing allows stopping early
}

std::vector<PictureMatch> PictureIndex::pairsAbove(const std::vector<const PictureSignature*>& pictures,
                                                   double threshold,
                                                   const std::vector<std::pair<int, int>>& suspected,
                                                   const std::function<bool()>& cancelled) {
    const int n = int(pictures.size());
    std::vector<std::vector<int>> suspectedOf(static_cast<size_t>(n)); // by the later member
    for (auto [a, b] : suspected) {
        if (a == b || a < 0 || b < 0 || a >= n || b >= n) continue;
        if (a > b) std::swap(a, b);
        suspectedOf[size_t(b)].push_back(a);
    }
    // Every meme's keys first, then one table of the memes under each key in ascending order (a counting
    // sort: two flat arrays, where a vector per key cost a million small allocations at 100,000 memes).
    std::vector<std::vector<KeyBlock>> keysOf(static_cast<size_t>(n));
    std::vector<uint32_t> start((size_t(1) << kKeyBits) + 1, 0);
    for (int i = 0; i < n; ++i) {
        if (cancelled && (i % 4096) == 0 && cancelled()) return {};
        if (!pictures[size_t(i)]) continue;
        keysOf[size_t(i)] = keyBlocks(*pictures[size_t(i)]);
        for (const KeyBlock& k : keysOf[size_t(i)])
            ++start[k.key + 1];
    }
    for (size_t k = 1; k < start.size(); ++k)
        start[k] += start[k - 1];
    std::vector<int> members(start.back());
    {
        std::vector<uint32_t> fill(start.begin(), start.end() - 1);
        for (int i = 0; i < n; ++i)
            for (const KeyBlock& k : keysOf[size_t(i)])
                members[fill[k.key]++] = i;
    }
    std::vector<int> sharedWith(static_cast<size_t>(n), 0), stamp(static_cast<size_t>(n), -1);
    std::vector<int> touched;
    UnionFind samePicture(n);
    std::vector<PictureMatch> out;
    auto compare = [&](int i, int j) {
        if (samePicture.find(i) == samePicture.find(j)) return;
        const std::optional<double> s =
            similarityAtLeast(*pictures[size_t(i)], *pictures[size_t(j)], threshold);
        if (!s || *s < threshold) return;
        samePicture.unite(i, j);
        out.push_back({j, i, *s});
    };
    for (int i = 0; i < n; ++i) {
        if (cancelled && (i % 1024) == 0 && cancelled()) return {};
        if (!pictures[size_t(i)]) continue;
        const std::vector<KeyBlock>& keys = keysOf[size_t(i)];
        touched.clear();
        for (const KeyBlock& k : keys) {
            // The cell and its neighbours towards the near edges: up to 8 probes.
            for (int mask = 0; mask < 8; ++mask) {
                uint32_t key = k.key;
                bool skip = false;
                for (int c = 0; c < 3 && !skip; ++c) {
                    if (!((mask >> c) & 1)) continue;
                    if (k.near[size_t(c)] == 0) skip = true;
                    const int shift = 8 - 4 * c;
                    const int cell = int((key >> shift) & 0xf) + k.near[size_t(c)];
                    key = (key & ~(0xfu << shift)) | (uint32_t(cell) << shift);
                }
                if (skip) continue;
                // The memes before this one under the key (ascending: those before i come first).
                const auto first = members.begin() + start[key], last = members.begin() + start[key + 1];
                const auto before = std::lower_bound(first, last, i);
                const auto from =
                    before - first > ptrdiff_t(kBucketScan) ? before - ptrdiff_t(kBucketScan) : first;
                for (auto m = from; m != before; ++m) {
                    const int j = *m;
                    if (stamp[size_t(j)] != i) {
                        stamp[size_t(j)] = i;
                        sharedWith[size_t(j)] = 0;
                        touched.push_back(j);
                    }
                    ++sharedWith[size_t(j)];
                }
            }
        }
        std::sort(touched.begin(), touched.end());
        for (const int j : suspectedOf[size_t(i)])
            if (pictures[size_t(j)]) compare(i, j);
        for (const int j : touched) {
            // One shared key is enough where one of the two has only a few (a picture mostly under text).
            const int need = int(std::min(keys.size(), keysOf[size_t(j)].size())) <= kFewKeys ? 1 : 2;
            if (sharedWith[size_t(j)] >= need) compare(i, j);
        }
    }
    return out;
}

std::vector<PictureMatch> PictureIndex::allPairsAbove(const std::vector<const PictureSignature*>& pictures,
                                                      double threshold) {
    const int n = int(pictures.size());
    std::vector<PictureMatch> out;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b) {
            if (!pictures[size_t(a)] || !pictures[size_t(b)]) continue;
            const std::optional<double> s =
                similarityAtLeast(*pictures[size_t(a)], *pictures[size_t(b)], threshold);
            if (s && *s >= threshold) out.push_back({a, b, *s});
        }
    return out;
}

} // namespace memescope::duplicates
