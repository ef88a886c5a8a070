#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace memescope::metrics {

// Percentile bootstrap intervals over test items (Efron & Tibshirani 1993, ch. 13), computed from counts:
// a resample is drawn as item indices but kept only as how often each kind of item (same truth, same
// prediction) was drawn, and its tp/fp/fn follow from those multiplicities; the prediction vectors are
// never copied.

// Below this many items an interval says more about the resampling than about the system.
inline constexpr int64_t kMinBootstrapItems = 20;
inline constexpr const char* kTooFewItems = "fewer than 20 test memes";

struct BootstrapOptions {
    int resamples = 2000;
    double confidence = 0.95;
    uint64_t seed = 20261207;
    // Single-label only: draw each resample within each true class, so every resample keeps the class
    // counts of the test set (a rare class cannot vanish from a resample). Ignored for multi-label data
    // and for bootstrapStatistic, which have no single true class per item.
    bool stratified = true;
};

// A point estimate and, when shown, its interval. Never NaN: when there is no interval, shown is false,
// low == high == 0 and reason says why in plain words.
struct Interval {
    double estimate = 0;
    double low = 0, high = 0;
    bool shown = false;
    std::string reason;
};

struct ClassIntervals {
    int label = 0;
    int64_t support = 0;
    Interval precision, recall, f1;
};

struct BootstrapResult {
    Interval accuracy, macroF1, weightedF1, microF1;
    std::vector<ClassIntervals> perClass; // the labels of singleLabelReport's default (Present) label set
    BootstrapOptions options;             // as used: the seed to reproduce it; stratified as applied
    int64_t items = 0;
    std::string reason; // why no interval is shown at all (e.g. kTooFewItems); empty otherwise
};

// An interval of one statistic with the settings that produced it.
struct BootstrapEstimate {
    Interval interval;
    BootstrapOptions options;
    int64_t items = 0;
};

// A uniform integer in [0, n), n >= 1, from one or more 64-bit outputs of rng, by Lemire's nearly
// divisionless method (D. Lemire, "Fast Random Integer Generation in an Interval", ACM TOMACS 29(1),
// 2019): m = x * n as a 128-bit product; if its low 64 bits are below (2^64 - n) mod n, draw again;
// return the high 64 bits. Exactly uniform, and, unlike std::uniform_int_distribution, the same on every
// standard library, so scripts/make-statistics-fixture.py reproduces every index.
inline uint64_t uniformIndex(std::mt19937_64& rng, uint64_t n) {
    __extension__ using u128 = unsigned __int128;
    u128 m = u128(rng()) * n;
    auto low = uint64_t(m);
    if (low < n) {
        const uint64_t threshold = (0 - n) % n;
        while (low < threshold) {
            m = u128(rng()) * n;
            low = uint64_t(m);
        }
    }
    return uint64_t(m >> 64);
}

// The resamples the bootstraps draw, for checking them elsewhere: one std::mt19937_64 seeded with seed;
// each resample draws n indices in turn with uniformIndex(rng, n). The count-based bootstraps draw exactly
// these (same generator, same order) and visit the items instead of storing them.
std::vector<std::vector<int>> bootstrapIndices(int64_t n, int resamples, uint64_t seed);
// Stratified: strata[i] in [0, numStrata) is item i's stratum (its true class). Each resample visits the
// non-empty strata in increasing order and draws as many items from each as it holds: member j of the
// stratum's items (in item order) with j = uniformIndex(rng, size). One stratum equals bootstrapIndices.
std::vector<std::vector<int>> stratifiedBootstrapIndices(const std::vector<int>& strata, int numStrata,
                                                         int resamples, uint64_t seed);

// The percentile interval of bootstrap replicates, as scipy.stats.bootstrap(method='percentile') computes
// it: alpha = (1 - confidence) / 2 and numpy.percentile(values, [100 alpha, 100 (1 - alpha)]) with numpy's
// default 'linear' method (Hyndman & Fan type 7): sorted v, h = (m - 1) q, i = floor(h), g = h - i,
// value = v[i] + g (v[i+1] - v[i]) (numpy's _lerp, which uses v[i+1] - (1 - g)(v[i+1] - v[i]) for
// g >= 0.5). Returns {low, high}.
std::pair<double, double> percentileBounds(std::vector<double> values, double confidence);

// Single-label bootstrap. Labels: the averages run over the labels present in yTrue or yPred of the
// ORIGINAL test set (singleLabelReport's default), held fixed in every resample, so a resample that happens
// to miss a rare class scores it 0 rather than averaging over fewer classes (which would make macro-F1
// jump between label sets). Per-class precision/recall/F1 get no interval when the class has no true
// positive in the test set: then every resample scores it 0 and the bootstrap has nothing to say.
BootstrapResult bootstrapSingleLabel(const std::vector<int>& yTrue, const std::vector<int>& yPred,
                                     int numLabels, const BootstrapOptions& options = {});
// Multi-label (rows of 0/1, numLabels columns): every column is a label, as multiLabelReport; accuracy is
// the exact-match ratio. Never stratified.
BootstrapResult bootstrapMultiLabel(const std::vector<std::vector<int>>& yTrue,
                                    const std::vector<std::vector<int>>& yPred, int numLabels,
                                    const BootstrapOptions& options = {});

// Any statistic of a resampled item list (the drawn item indices, with repeats): the estimate is the
// statistic of 0..n-1, replicates come from bootstrapIndices' draws. Not shown when n < 20, when the
// estimate is not finite, or when a replicate is not finite (reason gives how many).
BootstrapEstimate bootstrapStatistic(int64_t n,
                                     const std::function<double(const std::vector<int>&)>& statistic,
                                     const BootstrapOptions& options = {});
// Cohen's kappa of two raters, resampling the rated items (pairs of ratings stay together).
BootstrapEstimate cohenKappaInterval(const std::vector<int>& a, const std::vector<int>& b, int categories,
                                     const BootstrapOptions& options = {});
// Krippendorff's nominal alpha, resampling whole units (the memes, each with all its ratings). This is
// the plain unit bootstrap, not Hayes & Krippendorff's (2007) resampling of pairable values.
BootstrapEstimate krippendorffAlphaInterval(const std::vector<std::vector<int>>& units, int categories,
                                            const BootstrapOptions& options = {});

} // namespace memescope::metrics
