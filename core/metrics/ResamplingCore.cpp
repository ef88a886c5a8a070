#include "ResamplingCore.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>

namespace memescope::metrics::resampling {
namespace {

double ratio(int64_t a, int64_t b) {
    return b > 0 ? double(a) / double(b) : 0.0;
}

void checkLabel(int label, int numLabels, const std::string& who) {
    if (label < 0 || label >= numLabels)
        throw std::invalid_argument(who + " has label " + std::to_string(label) + ", outside 0.." +
                                    std::to_string(numLabels - 1));
}

void endItem(Contributions& c, bool correct) {
    c.offsets.push_back(int32_t(c.slots.size()));
    c.correct.push_back(correct ? 1 : 0);
}

} // namespace

Contributions singleLabel(const std::vector<int>& yTrue, const std::vector<int>& yPred, int numLabels,
                          const std::string& who) {
    if (yTrue.size() != yPred.size())
        throw std::invalid_argument(who + " has " + std::to_string(yPred.size()) + " predictions for " +
                                    std::to_string(yTrue.size()) + " test memes");
    Contributions c;
    c.numLabels = numLabels;
    c.offsets.reserve(yTrue.size() + 1);
    c.correct.reserve(yTrue.size());
    for (size_t i = 0; i < yTrue.size(); ++i) {
        const int t = yTrue[i], p = yPred[i];
        checkLabel(t, numLabels, "the truth");
        checkLabel(p, numLabels, who);
        if (t == p) {
            c.slots.push_back(slot(t, Tp));
        } else {
            c.slots.push_back(slot(t, Fn));
            c.slots.push_back(slot(p, Fp));
        }
        endItem(c, t == p);
    }
    return c;
}

Contributions multiLabel(const std::vector<std::vector<int>>& yTrue,
                         const std::vector<std::vector<int>>& yPred, int numLabels, const std::string& who) {
    if (yTrue.size() != yPred.size())
        throw std::invalid_argument(who + " has " + std::to_string(yPred.size()) + " prediction rows for " +
                                    std::to_string(yTrue.size()) + " test memes");
    Contributions c;
    c.numLabels = numLabels;
    for (size_t i = 0; i < yTrue.size(); ++i) {
        if (int(yTrue[i].size()) != numLabels)
            throw std::invalid_argument("the truth has " + std::to_string(yTrue[i].size()) +
                                        " labels in row " + std::to_string(i) + ", expected " +
                                        std::to_string(numLabels));
        if (int(yPred[i].size()) != numLabels)
            throw std::invalid_argument(who + " has " + std::to_string(yPred[i].size()) + " labels in row " +
                                        std::to_string(i) + ", expected " + std::to_string(numLabels));
        bool same = true;
        for (int l = 0; l < numLabels; ++l) {
            const bool t = yTrue[i][size_t(l)] != 0, p = yPred[i][size_t(l)] != 0;
            if (t && p) c.slots.push_back(slot(l, Tp));
            if (!t && p) c.slots.push_back(slot(l, Fp));
            if (t && !p) c.slots.push_back(slot(l, Fn));
            same &= t == p;
        }
        endItem(c, same);
    }
    return c;
}

void Counts::clear() {
    std::fill(bySlot.begin(), bySlot.end(), 0);
    correct = items = 0;
}

Counts countAll(const Contributions& c) {
    Counts counts(c.numLabels);
    for (int64_t i = 0; i < c.items(); ++i)
        counts.add(c, i);
    return counts;
}

Cells cellsOf(const std::vector<const Contributions*>& systems) {
    Cells cells;
    const int64_t n = systems.empty() ? 0 : systems.front()->items();
    cells.ofItem.resize(size_t(n));
    std::map<std::vector<int32_t>, int32_t> ids;
    std::vector<int32_t> key;
    for (int64_t i = 0; i < n; ++i) {
        // Each system's slots (built in a fixed order for a given truth and prediction) behind a marker
        // that also carries its correct flag.
        key.clear();
        for (const Contributions* c : systems) {
            key.push_back(-1 - c->correct[size_t(i)]);
            key.insert(key.end(), c->slots.begin() + c->offsets[size_t(i)],
                       c->slots.begin() + c->offsets[size_t(i) + 1]);
        }
        const auto [it, added] = ids.try_emplace(key, int32_t(cells.representative.size()));
        if (added) cells.representative.push_back(i);
        cells.ofItem[size_t(i)] = it->second;
    }
    return cells;
}

void countCells(const Contributions& c, const Cells& cells, const std::vector<int64_t>& multiplicity,
                Counts& counts) {
    counts.clear();
    for (size_t k = 0; k < cells.size(); ++k)
        if (multiplicity[k] > 0) counts.add(c, cells.representative[k], multiplicity[k]);
}

double precision(const Counts& counts, int label) {
    return ratio(counts.tp(label), counts.tp(label) + counts.fp(label));
}
double recall(const Counts& counts, int label) {
    return ratio(counts.tp(label), counts.tp(label) + counts.fn(label));
}
double f1(const Counts& counts, int label) {
    return ratio(2 * counts.tp(label), 2 * counts.tp(label) + counts.fp(label) + counts.fn(label));
}

Summary summarize(const Counts& counts, const std::vector<int>& labels) {
    // The same order of operations as ClassificationMetrics' averages(): sum f1 / n, then weights.
    Summary s;
    s.accuracy = ratio(counts.correct, counts.items);
    if (labels.empty()) return s;
    const double n = double(labels.size());
    int64_t support = 0, tp = 0, fp = 0, fn = 0;
    for (int l : labels) {
        s.macroF1 += f1(counts, l) / n;
        support += counts.tp(l) + counts.fn(l);
        tp += counts.tp(l);
        fp += counts.fp(l);
        fn += counts.fn(l);
    }
    for (int l : labels)
        s.weightedF1 += ratio(counts.tp(l) + counts.fn(l), support) * f1(counts, l);
    s.microF1 = ratio(2 * tp, 2 * tp + fp + fn);
    return s;
}

std::vector<int> presentLabels(const std::vector<const std::vector<int>*>& columns, int numLabels) {
    std::vector<bool> present(size_t(numLabels), false);
    for (const std::vector<int>* column : columns)
        for (int l : *column)
            if (l >= 0 && l < numLabels) present[size_t(l)] = true;
    std::vector<int> labels;
    for (int l = 0; l < numLabels; ++l)
        if (present[size_t(l)]) labels.push_back(l);
    return labels;
}

std::vector<int> allLabels(int numLabels) {
    std::vector<int> labels(size_t(std::max(numLabels, 0)));
    for (int l = 0; l < numLabels; ++l)
        labels[size_t(l)] = l;
    return labels;
}

Strata oneStratum(int64_t n) {
    Strata s;
    if (n <= 0) return s;
    s.members.emplace_back(size_t(n));
    for (int64_t i = 0; i < n; ++i)
        s.members[0][size_t(i)] = int(i);
    return s;
}

Strata byTrueClass(const std::vector<int>& yTrue, int numLabels) {
    std::vector<std::vector<int>> byClass(static_cast<size_t>(numLabels));
    for (size_t i = 0; i < yTrue.size(); ++i)
        byClass[size_t(yTrue[i])].push_back(int(i));
    Strata s;
    for (std::vector<int>& members : byClass)
        if (!members.empty()) s.members.push_back(std::move(members));
    return s;
}

void checkOptions(const BootstrapOptions& options) {
    if (options.resamples < 1) throw std::invalid_argument("bootstrap: resamples must be at least 1");
    if (!(options.confidence > 0 && options.confidence < 1))
        throw std::invalid_argument("bootstrap: confidence must lie strictly between 0 and 1");
}

Interval notShown(double estimate, std::string reason) {
    Interval r;
    r.estimate = std::isfinite(estimate) ? estimate : 0.0;
    r.reason = std::move(reason);
    return r;
}

Interval intervalFrom(double estimate, std::vector<double> replicates, double confidence) {
    if (!std::isfinite(estimate)) return notShown(estimate, "the statistic is undefined on the test set");
    const auto bad =
        std::count_if(replicates.begin(), replicates.end(), [](double v) { return !std::isfinite(v); });
    if (bad > 0)
        return notShown(estimate, "the statistic is undefined on " + std::to_string(bad) + " of " +
                                      std::to_string(replicates.size()) + " resamples");
    Interval r;
    r.estimate = estimate;
    std::tie(r.low, r.high) = percentileBounds(std::move(replicates), confidence);
    r.shown = true;
    return r;
}

} // namespace memescope::metrics::resampling
