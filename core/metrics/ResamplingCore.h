#pragma once
// Internal to core/metrics: the machinery the bootstrap and the paired tests share. Each item's effect on
// the confusion counts is prepared once, so a resample or a shuffle only adds up small integer records.

#include "Bootstrap.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace memescope::metrics::resampling {

enum Kind { Tp = 0, Fp = 1, Fn = 2 };
inline int slot(int label, Kind kind) {
    return label * 3 + int(kind);
}

// What each item adds to the counts, in compressed rows: item i adds one to every slot in
// slots[offsets[i] .. offsets[i+1]) and correct[i] to the correct count.
struct Contributions {
    int numLabels = 0;
    std::vector<int32_t> offsets{0};
    std::vector<int32_t> slots;
    std::vector<uint8_t> correct;
    int64_t items() const { return int64_t(correct.size()); }
};

// who names the predictions in error messages ("y_pred", "system A", ...).
Contributions singleLabel(const std::vector<int>& yTrue, const std::vector<int>& yPred, int numLabels,
                          const std::string& who);
Contributions multiLabel(const std::vector<std::vector<int>>& yTrue,
                         const std::vector<std::vector<int>>& yPred, int numLabels, const std::string& who);

struct Counts {
    std::vector<int64_t> bySlot; // numLabels * 3
    int64_t correct = 0, items = 0;

    explicit Counts(int numLabels = 0)
        : bySlot(size_t(numLabels) * 3, 0) {}
    void clear();
    // Adds item's contribution `times` times.
    void add(const Contributions& c, int64_t item, int64_t times = 1) {
        for (int32_t k = c.offsets[size_t(item)]; k < c.offsets[size_t(item) + 1]; ++k)
            bySlot[size_t(c.slots[size_t(k)])] += times;
        correct += c.correct[size_t(item)] * times;
        items += times;
    }
    int64_t tp(int label) const { return bySlot[size_t(slot(label, Tp))]; }
    int64_t fp(int label) const { return bySlot[size_t(slot(label, Fp))]; }
    int64_t fn(int label) const { return bySlot[size_t(slot(label, Fn))]; }
};
Counts countAll(const Contributions& c);

// Items that change every system's counts in the same way are interchangeable, so a resample needs only
// how often each such cell was drawn: with L labels there are at most L^2 cells of single-label items,
// however many items there are.
struct Cells {
    std::vector<int32_t> ofItem;         // item -> cell
    std::vector<int64_t> representative; // cell -> its first item
    size_t size() const { return representative.size(); }
};
Cells cellsOf(const std::vector<const Contributions*>& systems);
// counts = sum over cells of multiplicity[cell] x the cell's contribution.
void countCells(const Contributions& c, const Cells& cells, const std::vector<int64_t>& multiplicity,
                Counts& counts);

// The four summary metrics over a fixed label list, with ClassificationMetrics' arithmetic (sklearn's
// conventions, 0/0 = 0), so the identity resample reproduces singleLabelReport/multiLabelReport exactly.
struct Summary {
    double accuracy = 0, macroF1 = 0, weightedF1 = 0, microF1 = 0;
};
Summary summarize(const Counts& counts, const std::vector<int>& labels);
double precision(const Counts& counts, int label);
double recall(const Counts& counts, int label);
double f1(const Counts& counts, int label);

// The labels present in yTrue or any of the predictions (single-label), in increasing order.
std::vector<int> presentLabels(const std::vector<const std::vector<int>*>& columns, int numLabels);
std::vector<int> allLabels(int numLabels);

// How resamples are drawn: the items of each stratum in item order (one stratum: every item).
struct Strata {
    std::vector<std::vector<int>> members;
};
Strata oneStratum(int64_t n);
Strata byTrueClass(const std::vector<int>& yTrue, int numLabels);

// Draws one resample and calls visit(item) for each drawn item: the single code path of the index lists
// bootstrapIndices returns and of the count-based bootstraps.
template <class Visit> void drawResample(std::mt19937_64& rng, const Strata& strata, Visit&& visit) {
    for (const std::vector<int>& members : strata.members) {
        const uint64_t size = members.size();
        for (uint64_t k = 0; k < size; ++k)
            visit(members[size_t(uniformIndex(rng, size))]);
    }
}

void checkOptions(const BootstrapOptions& options);
// An interval from replicates, or not shown with the reason when any is not finite.
Interval intervalFrom(double estimate, std::vector<double> replicates, double confidence);
Interval notShown(double estimate, std::string reason);

} // namespace memescope::metrics::resampling
