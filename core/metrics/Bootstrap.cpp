#include "Bootstrap.h"

#include "Agreement.h"
#include "ResamplingCore.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace memescope::metrics {
namespace {

using namespace resampling;

std::vector<std::vector<int>> indicesFor(const Strata& strata, int resamples, uint64_t seed) {
    if (resamples < 0) throw std::invalid_argument("bootstrapIndices: resamples must not be negative");
    std::mt19937_64 rng(seed);
    std::vector<std::vector<int>> out(static_cast<size_t>(resamples));
    for (std::vector<int>& drawn : out)
        drawResample(rng, strata, [&](int item) { drawn.push_back(item); });
    return out;
}

// numpy's 'linear' quantile of sorted values (see percentileBounds).
double linearQuantile(const std::vector<double>& sorted, double q) {
    const double h = double(sorted.size() - 1) * q;
    if (h >= double(sorted.size() - 1)) return sorted.back();
    if (h < 0) return sorted.front();
    const double below = std::floor(h);
    const double a = sorted[size_t(below)], b = sorted[size_t(below) + 1], g = h - below;
    const double diff = b - a;
    return g >= 0.5 ? b - diff * (1 - g) : a + diff * g;
}

std::string noCorrectPredictions(int64_t support) {
    return support == 0
               ? "no memes of this class in the test set, so every resample scores it 0"
               : "no correct predictions of this class in the test set, so every resample scores it 0";
}

// The bootstrap shared by single- and multi-label data once each item's counts are prepared.
BootstrapResult bootstrapCounts(const Contributions& items, const std::vector<int>& labels,
                                const Strata& strata, const BootstrapOptions& options) {
    checkOptions(options);
    BootstrapResult r;
    r.options = options;
    r.items = items.items();
    const Counts all = countAll(items);
    const Summary point = summarize(all, labels);

    const bool tooFew = r.items < kMinBootstrapItems;
    if (tooFew) r.reason = kTooFewItems;
    const size_t resamples = tooFew ? 0 : size_t(options.resamples);
    std::vector<double> accuracy(resamples), macro(resamples), weighted(resamples), micro(resamples);
    std::vector<std::vector<double>> perClass(labels.size() * 3, std::vector<double>(resamples));
    std::mt19937_64 rng(options.seed);
    const Cells cells = cellsOf({&items});
    std::vector<int64_t> drawn(cells.size());
    Counts counts(items.numLabels);
    for (size_t b = 0; b < resamples; ++b) {
        std::fill(drawn.begin(), drawn.end(), 0);
        drawResample(rng, strata, [&](int item) { ++drawn[size_t(cells.ofItem[size_t(item)])]; });
        countCells(items, cells, drawn, counts);
        const Summary s = summarize(counts, labels);
        accuracy[b] = s.accuracy;
        macro[b] = s.macroF1;
        weighted[b] = s.weightedF1;
        micro[b] = s.microF1;
        for (size_t k = 0; k < labels.size(); ++k) {
            perClass[3 * k][b] = resampling::precision(counts, labels[k]);
            perClass[3 * k + 1][b] = resampling::recall(counts, labels[k]);
            perClass[3 * k + 2][b] = resampling::f1(counts, labels[k]);
        }
    }

    auto interval = [&](double estimate, std::vector<double>& replicates) {
        return tooFew ? notShown(estimate, kTooFewItems)
                      : intervalFrom(estimate, std::move(replicates), options.confidence);
    };
    r.accuracy = interval(point.accuracy, accuracy);
    r.macroF1 = interval(point.macroF1, macro);
    r.weightedF1 = interval(point.weightedF1, weighted);
    r.microF1 = interval(point.microF1, micro);
    for (size_t k = 0; k < labels.size(); ++k) {
        const int l = labels[k];
        ClassIntervals c;
        c.label = l;
        c.support = all.tp(l) + all.fn(l);
        c.precision = interval(resampling::precision(all, l), perClass[3 * k]);
        c.recall = interval(resampling::recall(all, l), perClass[3 * k + 1]);
        c.f1 = interval(resampling::f1(all, l), perClass[3 * k + 2]);
        if (!tooFew && all.tp(l) == 0) {
            // tp is a sum over items, so with none in the test set every resample has none and scores the
            // class 0: a [0, 0] interval would read as certainty where there is no information.
            c.precision = notShown(c.precision.estimate, noCorrectPredictions(c.support));
            c.recall = notShown(c.recall.estimate, noCorrectPredictions(c.support));
            c.f1 = notShown(c.f1.estimate, noCorrectPredictions(c.support));
        }
        r.perClass.push_back(std::move(c));
    }
    return r;
}

BootstrapEstimate bootstrapWithReason(int64_t n,
                                      const std::function<double(const std::vector<int>&)>& statistic,
                                      const BootstrapOptions& options, const char* tooFewReason) {
    checkOptions(options);
    BootstrapEstimate r;
    r.options = options;
    r.options.stratified = false;
    r.items = n;
    std::vector<int> identity(size_t(std::max<int64_t>(n, 0)));
    for (size_t i = 0; i < identity.size(); ++i)
        identity[i] = int(i);
    const double estimate = statistic(identity);
    if (n < kMinBootstrapItems) {
        r.interval = notShown(estimate, tooFewReason);
        return r;
    }
    const Strata strata = oneStratum(n);
    std::mt19937_64 rng(options.seed);
    std::vector<double> replicates(size_t(options.resamples));
    std::vector<int> drawn;
    drawn.reserve(size_t(n));
    for (double& v : replicates) {
        drawn.clear();
        drawResample(rng, strata, [&](int item) { drawn.push_back(item); });
        v = statistic(drawn);
    }
    r.interval = intervalFrom(estimate, std::move(replicates), options.confidence);
    return r;
}

} // namespace

std::vector<std::vector<int>> bootstrapIndices(int64_t n, int resamples, uint64_t seed) {
    return indicesFor(oneStratum(n), resamples, seed);
}

std::vector<std::vector<int>> stratifiedBootstrapIndices(const std::vector<int>& strata, int numStrata,
                                                         int resamples, uint64_t seed) {
    for (int s : strata)
        if (s < 0 || s >= numStrata)
            throw std::invalid_argument("stratifiedBootstrapIndices: stratum out of range");
    return indicesFor(byTrueClass(strata, numStrata), resamples, seed);
}

std::pair<double, double> percentileBounds(std::vector<double> values, double confidence) {
    if (values.empty()) throw std::invalid_argument("percentileBounds: no values");
    std::sort(values.begin(), values.end());
    const double alpha = (1 - confidence) / 2;
    // scipy hands numpy.percentile 100 * alpha, which divides by 100 again; done the same way so q, and
    // with it the interpolation weight, is bit-identical.
    const double qLow = alpha * 100 / 100, qHigh = (1 - alpha) * 100 / 100;
    return {linearQuantile(values, qLow), linearQuantile(values, qHigh)};
}

BootstrapResult bootstrapSingleLabel(const std::vector<int>& yTrue, const std::vector<int>& yPred,
                                     int numLabels, const BootstrapOptions& options) {
    const Contributions items = singleLabel(yTrue, yPred, numLabels, "y_pred");
    const std::vector<int> labels = presentLabels({&yTrue, &yPred}, numLabels);
    const Strata strata =
        options.stratified ? byTrueClass(yTrue, numLabels) : oneStratum(int64_t(yTrue.size()));
    return bootstrapCounts(items, labels, strata, options);
}

BootstrapResult bootstrapMultiLabel(const std::vector<std::vector<int>>& yTrue,
                                    const std::vector<std::vector<int>>& yPred, int numLabels,
                                    const BootstrapOptions& options) {
    const Contributions items = multiLabel(yTrue, yPred, numLabels, "y_pred");
    BootstrapOptions used = options;
    used.stratified = false;
    return bootstrapCounts(items, allLabels(numLabels), oneStratum(int64_t(yTrue.size())), used);
}

BootstrapEstimate bootstrapStatistic(int64_t n,
                                     const std::function<double(const std::vector<int>&)>& statistic,
                                     const BootstrapOptions& options) {
    return bootstrapWithReason(n, statistic, options, "fewer than 20 items");
}

BootstrapEstimate cohenKappaInterval(const std::vector<int>& a, const std::vector<int>& b, int categories,
                                     const BootstrapOptions& options) {
    if (a.size() != b.size())
        throw std::invalid_argument("cohenKappaInterval: the raters rated different numbers of items");
    std::vector<int> ra, rb;
    auto kappa = [&](const std::vector<int>& idx) {
        ra.clear();
        rb.clear();
        for (int i : idx) {
            ra.push_back(a[size_t(i)]);
            rb.push_back(b[size_t(i)]);
        }
        return cohenKappa(ra, rb, categories);
    };
    return bootstrapWithReason(int64_t(a.size()), kappa, options, "fewer than 20 rated memes");
}

BootstrapEstimate krippendorffAlphaInterval(const std::vector<std::vector<int>>& units, int categories,
                                            const BootstrapOptions& options) {
    std::vector<std::vector<int>> drawn;
    auto alpha = [&](const std::vector<int>& idx) {
        drawn.clear();
        for (int i : idx)
            drawn.push_back(units[size_t(i)]);
        return krippendorffAlphaNominal(drawn, categories);
    };
    BootstrapEstimate r =
        bootstrapWithReason(int64_t(units.size()), alpha, options, "fewer than 20 rated memes");
    if (!r.interval.shown && !std::isfinite(krippendorffAlphaNominal(units, categories)))
        r.interval.reason = "no meme has two ratings, so alpha is undefined";
    return r;
}

} // namespace memescope::metrics
