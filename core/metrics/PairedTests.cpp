#include "PairedTests.h"

#include "ResamplingCore.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace memescope::metrics {
namespace {

using namespace resampling;

// Both systems' per-item counts over the shared label list.
struct Paired {
    Contributions a, b;
    std::vector<int> labels;
};

std::string sizeMismatch(const char* what, size_t a, size_t b, size_t truth) {
    return "paired test: system A has " + std::to_string(a) + " " + what + ", system B has " +
           std::to_string(b) + " and the truth has " + std::to_string(truth) +
           "; both systems must score the same test memes";
}

void checkItemCounts(const char* what, size_t a, size_t b, size_t truth) {
    if (a != b || a != truth) throw std::invalid_argument(sizeMismatch(what, a, b, truth));
}

Paired prepareSingle(const std::vector<int>& yTrue, const std::vector<int>& predA,
                     const std::vector<int>& predB, int numLabels) {
    checkItemCounts("predictions", predA.size(), predB.size(), yTrue.size());
    return {singleLabel(yTrue, predA, numLabels, "system A"),
            singleLabel(yTrue, predB, numLabels, "system B"),
            presentLabels({&yTrue, &predA, &predB}, numLabels)};
}

Paired prepareMulti(const std::vector<std::vector<int>>& yTrue, const std::vector<std::vector<int>>& predA,
                    const std::vector<std::vector<int>>& predB, int numLabels) {
    checkItemCounts("prediction rows", predA.size(), predB.size(), yTrue.size());
    for (size_t i = 0; i < predA.size(); ++i)
        if (predA[i].size() != predB[i].size())
            throw std::invalid_argument("paired test: system A predicts " + std::to_string(predA[i].size()) +
                                        " labels for meme " + std::to_string(i) + ", system B " +
                                        std::to_string(predB[i].size()) +
                                        "; both must use the same label set");
    return {multiLabel(yTrue, predA, numLabels, "system A"), multiLabel(yTrue, predB, numLabels, "system B"),
            allLabels(numLabels)};
}

double pick(const Summary& s, Metric metric) {
    switch (metric) {
    case Metric::Accuracy:
        return s.accuracy;
    case Metric::MacroF1:
        return s.macroF1;
    case Metric::WeightedF1:
        return s.weightedF1;
    case Metric::MicroF1:
        return s.microF1;
    }
    throw std::invalid_argument("unknown metric");
}

PairedDifference pairedBootstrap(const Paired& p, const Strata& strata, Metric metric,
                                 const BootstrapOptions& options) {
    checkOptions(options);
    PairedDifference r;
    r.metric = metric;
    r.options = options;
    r.items = p.a.items();
    r.scoreA = pick(summarize(countAll(p.a), p.labels), metric);
    r.scoreB = pick(summarize(countAll(p.b), p.labels), metric);
    const double observed = r.scoreB - r.scoreA;
    if (r.items < kMinBootstrapItems) {
        r.difference = notShown(observed, kTooFewItems);
        return r;
    }
    std::mt19937_64 rng(options.seed);
    const Cells cells = cellsOf({&p.a, &p.b});
    std::vector<int64_t> drawn(cells.size());
    Counts countsA(p.a.numLabels), countsB(p.b.numLabels);
    std::vector<double> replicates(size_t(options.resamples));
    for (double& v : replicates) {
        std::fill(drawn.begin(), drawn.end(), 0);
        drawResample(rng, strata, [&](int item) { ++drawn[size_t(cells.ofItem[size_t(item)])]; });
        countCells(p.a, cells, drawn, countsA);
        countCells(p.b, cells, drawn, countsB);
        v = pick(summarize(countsB, p.labels), metric) - pick(summarize(countsA, p.labels), metric);
    }
    r.difference = intervalFrom(observed, std::move(replicates), options.confidence);
    return r;
}

// What swapping one item changes: A gains B's counts minus its own, B the opposite. Entry k stands for
// `items[k]` items with identical swaps: one item each for the exact test, which enumerates items, or a whole
// cell of interchangeable items for the randomisation test, which only needs how many in it were swapped.
// Items where A and B agree are left out: swapping them changes nothing.
struct Swaps {
    std::vector<int32_t> offsets{0};
    std::vector<int32_t> slots;
    std::vector<int8_t> signs;   // +1: A gains one in the slot (B loses one); -1: the reverse
    std::vector<int8_t> correct; // change of A's correct count
    std::vector<int64_t> items;
    size_t size() const { return correct.size(); }
};

Swaps differing(const Paired& p, bool byCell) {
    const Cells cells = cellsOf({&p.a, &p.b});
    std::vector<int64_t> cellSize(cells.size(), 0);
    for (int32_t c : cells.ofItem)
        ++cellSize[size_t(c)];
    Swaps s;
    std::vector<int32_t> a, b;
    auto add = [&](int64_t i, int64_t count) {
        a.assign(p.a.slots.begin() + p.a.offsets[size_t(i)], p.a.slots.begin() + p.a.offsets[size_t(i) + 1]);
        b.assign(p.b.slots.begin() + p.b.offsets[size_t(i)], p.b.slots.begin() + p.b.offsets[size_t(i) + 1]);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a == b) return; // the same counts (slots determine correctness too)
        for (int32_t slotIndex : b) {
            s.slots.push_back(slotIndex);
            s.signs.push_back(+1);
        }
        for (int32_t slotIndex : a) {
            s.slots.push_back(slotIndex);
            s.signs.push_back(-1);
        }
        s.offsets.push_back(int32_t(s.slots.size()));
        s.correct.push_back(int8_t(p.b.correct[size_t(i)] - p.a.correct[size_t(i)]));
        s.items.push_back(count);
    };
    if (byCell)
        for (size_t c = 0; c < cells.size(); ++c)
            add(cells.representative[c], cellSize[c]);
    else
        for (int64_t i = 0; i < p.a.items(); ++i)
            add(i, 1);
    return s;
}

int64_t itemsIn(const Swaps& s) {
    int64_t n = 0;
    for (int64_t k : s.items)
        n += k;
    return n;
}

// Swaps `times` items of entry k (a negative count undoes swaps).
void applySwap(const Swaps& s, size_t k, int64_t times, Counts& a, Counts& b) {
    for (int32_t j = s.offsets[k]; j < s.offsets[k + 1]; ++j) {
        const int64_t d = times * s.signs[size_t(j)];
        a.bySlot[size_t(s.slots[size_t(j)])] += d;
        b.bySlot[size_t(s.slots[size_t(j)])] -= d;
    }
    a.correct += times * s.correct[k];
    b.correct -= times * s.correct[k];
}

// How many of m fair coins come up heads: the set bits among m fresh random bits (whole 64-bit outputs, the
// low bits of the last one).
int64_t heads(std::mt19937_64& rng, int64_t m) {
    int64_t count = 0;
    for (; m >= 64; m -= 64)
        count += std::popcount(rng());
    if (m > 0) count += std::popcount(rng() & ((uint64_t(1) << m) - 1));
    return count;
}

// scipy.stats.permutation_test's tolerance for theoretically equal statistics.
bool atLeastAsExtreme(double shuffled, double observed) {
    const double gamma = std::max(1e-14, std::abs(1e-14 * observed));
    return std::abs(shuffled) >= std::abs(observed) - gamma;
}

PairedTestResult observe(const Paired& p, Metric metric) {
    PairedTestResult r;
    r.metric = metric;
    r.scoreA = pick(summarize(countAll(p.a), p.labels), metric);
    r.scoreB = pick(summarize(countAll(p.b), p.labels), metric);
    r.difference = r.scoreB - r.scoreA;
    return r;
}

PairedTestResult randomisation(const Paired& p, Metric metric, const RandomisationOptions& options) {
    if (options.shuffles < 1) throw std::invalid_argument("randomisation test: shuffles must be at least 1");
    PairedTestResult r = observe(p, metric);
    r.shuffles = options.shuffles;
    r.seed = options.seed;
    const Swaps swaps = differing(p, true);
    r.differing = itemsIn(swaps);
    const Counts baseA = countAll(p.a), baseB = countAll(p.b);
    Counts a = baseA, b = baseB;
    std::mt19937_64 rng(options.seed);
    int64_t extreme = 0;
    for (int64_t s = 0; s < options.shuffles; ++s) {
        std::copy(baseA.bySlot.begin(), baseA.bySlot.end(), a.bySlot.begin());
        std::copy(baseB.bySlot.begin(), baseB.bySlot.end(), b.bySlot.begin());
        a.correct = baseA.correct;
        b.correct = baseB.correct;
        // Which items of a cell are swapped does not matter, only how many: count heads per cell.
        for (size_t k = 0; k < swaps.size(); ++k)
            if (const int64_t swapped = heads(rng, swaps.items[k])) applySwap(swaps, k, swapped, a, b);
        const double d = pick(summarize(b, p.labels), metric) - pick(summarize(a, p.labels), metric);
        extreme += atLeastAsExtreme(d, r.difference);
    }
    r.pValue = double(extreme + 1) / double(options.shuffles + 1);
    return r;
}

PairedTestResult exact(const Paired& p, Metric metric) {
    PairedTestResult r = observe(p, metric);
    r.exact = true;
    const Swaps swaps = differing(p, false);
    r.differing = int64_t(swaps.size());
    if (swaps.size() > size_t(kMaxExactItems))
        throw std::invalid_argument("exact permutation test: " + std::to_string(swaps.size()) +
                                    " memes differ between the systems, more than " +
                                    std::to_string(kMaxExactItems) + "; use the randomisation test");
    Counts a = countAll(p.a), b = countAll(p.b);
    std::vector<bool> swapped(swaps.size(), false);
    const uint64_t arrangements = uint64_t(1) << swaps.size();
    int64_t extreme = atLeastAsExtreme(r.difference, r.difference) ? 1 : 0; // the identity arrangement
    // Gray code order: each next arrangement differs from the last by one swap, so the counts are updated,
    // not rebuilt.
    for (uint64_t g = 1; g < arrangements; ++g) {
        size_t k = 0;
        while (!((g >> k) & 1))
            ++k;
        swapped[k] = !swapped[k];
        applySwap(swaps, k, swapped[k] ? +1 : -1, a, b);
        const double d = pick(summarize(b, p.labels), metric) - pick(summarize(a, p.labels), metric);
        extreme += atLeastAsExtreme(d, r.difference);
    }
    r.shuffles = int64_t(arrangements);
    r.pValue = double(extreme) / double(arrangements);
    return r;
}

} // namespace

const char* metricName(Metric metric) {
    switch (metric) {
    case Metric::Accuracy:
        return "accuracy";
    case Metric::MacroF1:
        return "macro-F1";
    case Metric::WeightedF1:
        return "weighted-F1";
    case Metric::MicroF1:
        return "micro-F1";
    }
    return "?";
}

PairedDifference pairedBootstrapSingleLabel(const std::vector<int>& yTrue, const std::vector<int>& predA,
                                            const std::vector<int>& predB, int numLabels, Metric metric,
                                            const BootstrapOptions& options) {
    const Paired p = prepareSingle(yTrue, predA, predB, numLabels);
    const Strata strata =
        options.stratified ? byTrueClass(yTrue, numLabels) : oneStratum(int64_t(yTrue.size()));
    return pairedBootstrap(p, strata, metric, options);
}

PairedDifference pairedBootstrapMultiLabel(const std::vector<std::vector<int>>& yTrue,
                                           const std::vector<std::vector<int>>& predA,
                                           const std::vector<std::vector<int>>& predB, int numLabels,
                                           Metric metric, const BootstrapOptions& options) {
    const Paired p = prepareMulti(yTrue, predA, predB, numLabels);
    BootstrapOptions used = options;
    used.stratified = false;
    return pairedBootstrap(p, oneStratum(int64_t(yTrue.size())), metric, used);
}

PairedTestResult randomisationTestSingleLabel(const std::vector<int>& yTrue, const std::vector<int>& predA,
                                              const std::vector<int>& predB, int numLabels, Metric metric,
                                              const RandomisationOptions& options) {
    return randomisation(prepareSingle(yTrue, predA, predB, numLabels), metric, options);
}

PairedTestResult randomisationTestMultiLabel(const std::vector<std::vector<int>>& yTrue,
                                             const std::vector<std::vector<int>>& predA,
                                             const std::vector<std::vector<int>>& predB, int numLabels,
                                             Metric metric, const RandomisationOptions& options) {
    return randomisation(prepareMulti(yTrue, predA, predB, numLabels), metric, options);
}

PairedTestResult exactPermutationTestSingleLabel(const std::vector<int>& yTrue, const std::vector<int>& predA,
                                                 const std::vector<int>& predB, int numLabels,
                                                 Metric metric) {
    return exact(prepareSingle(yTrue, predA, predB, numLabels), metric);
}

PairedTestResult exactPermutationTestMultiLabel(const std::vector<std::vector<int>>& yTrue,
                                                const std::vector<std::vector<int>>& predA,
                                                const std::vector<std::vector<int>>& predB, int numLabels,
                                                Metric metric) {
    return exact(prepareMulti(yTrue, predA, predB, numLabels), metric);
}

std::string verdict(double pValue, double alpha) {
    char a[32];
    std::snprintf(a, sizeof a, "%g", alpha);
    return std::string(pValue <= alpha ? "" : "not ") + "distinguishable from noise at " + a;
}

std::string verdict(const PairedTestResult& r, double alpha) {
    char text[160];
    const char* how = r.exact ? "arrangements, exact test" : "shuffles, randomisation test";
    std::snprintf(text, sizeof text, "%s B - A = %+.4f, p = %.3g (%lld %s): ", metricName(r.metric),
                  r.difference, r.pValue, static_cast<long long>(r.shuffles), how);
    return text + verdict(r.pValue, alpha);
}

} // namespace memescope::metrics
