// The statistics core at evaluation size: a 95% bootstrap of macro-F1 over 10,000 test memes x 2,000
// resamples (goal <= 1 s on one core) and a paired randomisation test with 10,000 shuffles over 10,000 memes
// (goal <= 2 s), each against a naive peer in the same run that copies the prediction vectors per resample or
// shuffle and rescores them with singleLabelReport. Single-threaded throughout.
#include "core/metrics/Bootstrap.h"
#include "core/metrics/ClassificationMetrics.h"
#include "core/metrics/PairedTests.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace memescope::metrics;

namespace {

constexpr int kItems = 10000, kLabels = 6, kResamples = 2000, kShuffles = 10000, kNaiveShuffles = 200;

double seconds(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Best of a few runs: the count-based paths are short enough for scheduler noise to matter.
template <class F> double bestOf(int runs, F&& f) {
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        best = std::min(best, seconds(t0));
    }
    return best;
}

// Imbalanced truth (like the anxiety/depression label sets) and a system right about `skill` of the time.
std::vector<int> predictions(const std::vector<int>& yTrue, double skill, std::mt19937_64& rng) {
    std::vector<int> p(yTrue.size());
    for (size_t i = 0; i < p.size(); ++i)
        p[i] = double(rng() >> 11) * 0x1.0p-53 < skill ? yTrue[i] : int(uniformIndex(rng, kLabels));
    return p;
}

// The naive bootstrap: the same draws, but each resample copies both vectors and rescores them.
std::pair<double, double> naiveBootstrap(const std::vector<int>& yTrue, const std::vector<int>& yPred) {
    std::mt19937_64 rng(BootstrapOptions{}.seed);
    std::vector<double> macro;
    std::vector<int> t(yTrue.size()), p(yPred.size());
    for (int b = 0; b < kResamples; ++b) {
        for (size_t k = 0; k < t.size(); ++k) {
            const size_t i = size_t(uniformIndex(rng, yTrue.size()));
            t[k] = yTrue[i];
            p[k] = yPred[i];
        }
        macro.push_back(singleLabelReport(t, p, kLabels).macroF1);
    }
    return percentileBounds(macro, 0.95);
}

// The naive randomisation test: each shuffle builds the swapped vectors and rescores both systems.
double naiveRandomisation(const std::vector<int>& yTrue, const std::vector<int>& a, const std::vector<int>& b,
                          int shuffles) {
    const double observed =
        singleLabelReport(yTrue, b, kLabels).macroF1 - singleLabelReport(yTrue, a, kLabels).macroF1;
    std::mt19937_64 rng(1);
    std::vector<int> sa(a.size()), sb(b.size());
    int extreme = 0;
    for (int s = 0; s < shuffles; ++s) {
        for (size_t i = 0; i < a.size(); ++i) {
            const bool swap = rng() & 1;
            sa[i] = swap ? b[i] : a[i];
            sb[i] = swap ? a[i] : b[i];
        }
        const double d =
            singleLabelReport(yTrue, sb, kLabels).macroF1 - singleLabelReport(yTrue, sa, kLabels).macroF1;
        extreme += std::abs(d) >= std::abs(observed);
    }
    return double(extreme + 1) / double(shuffles + 1);
}

} // namespace

int main() {
    std::mt19937_64 rng(42);
    const double classShare[kLabels] = {0.35, 0.25, 0.15, 0.12, 0.08, 0.05};
    std::vector<int> yTrue(kItems);
    for (int& t : yTrue) {
        double u = double(rng() >> 11) * 0x1.0p-53;
        t = 0;
        while (t < kLabels - 1 && u >= classShare[t])
            u -= classShare[t++];
    }
    const std::vector<int> a = predictions(yTrue, 0.70, rng), b = predictions(yTrue, 0.72, rng);

    BootstrapResult stratified, plain;
    BootstrapOptions unstratified;
    unstratified.stratified = false;
    const double tStratified = bestOf(3, [&] { stratified = bootstrapSingleLabel(yTrue, a, kLabels); });
    const double tPlain = bestOf(3, [&] { plain = bootstrapSingleLabel(yTrue, a, kLabels, unstratified); });
    // The floor both share: drawing the 2000 x 10,000 indices alone.
    uint64_t sink = 0;
    const double tDraws = bestOf(3, [&] {
        std::mt19937_64 r(BootstrapOptions{}.seed);
        for (int64_t k = 0; k < int64_t(kResamples) * kItems; ++k)
            sink += uniformIndex(r, kItems);
    });
    std::pair<double, double> naive;
    const double tNaive = bestOf(1, [&] { naive = naiveBootstrap(yTrue, a); });

    PairedTestResult test;
    const double tTest =
        bestOf(3, [&] { test = randomisationTestSingleLabel(yTrue, a, b, kLabels, Metric::MacroF1); });
    double naiveP = 0;
    const double tNaiveTest = bestOf(1, [&] { naiveP = naiveRandomisation(yTrue, a, b, kNaiveShuffles); });
    const double tNaiveTestFull = tNaiveTest * kShuffles / kNaiveShuffles;

    PairedDifference diff;
    const double tPaired =
        bestOf(3, [&] { diff = pairedBootstrapSingleLabel(yTrue, a, b, kLabels, Metric::MacroF1); });

    std::printf("## bench_statistics: %d test memes, %d labels, single thread\n\n", kItems, kLabels);
    std::printf("| task | count-based | naive peer | ratio | goal |\n|---|---|---|---|---|\n");
    std::printf(
        "| bootstrap, %d resamples, all metrics + per class, stratified | %.3f s | - | - | <= 1 s |\n",
        kResamples, tStratified);
    std::printf(
        "| bootstrap, %d resamples, all metrics + per class, unstratified | %.3f s | %.3f s (macro-F1 "
        "only, copied vectors + singleLabelReport) | %.1fx | <= 1 s |\n",
        kResamples, tPlain, tNaive, tNaive / tPlain);
    std::printf("| (drawing the %d x %d resample indices alone, the floor of both) | %.3f s | | | |\n",
                kResamples, kItems, tDraws);
    std::printf("| paired bootstrap of macro-F1 B - A, %d resamples, stratified | %.3f s | - | - | - |\n",
                kResamples, tPaired);
    std::printf(
        "| randomisation test of macro-F1, %d shuffles (%lld memes differ) | %.3f s | %.2f s (%d shuffles "
        "measured, %.3f s, extrapolated x%d) | %.0fx | <= 2 s |\n\n",
        kShuffles, static_cast<long long>(test.differing), tTest, tNaiveTestFull, kNaiveShuffles, tNaiveTest,
        kShuffles / kNaiveShuffles, tNaiveTestFull / tTest);
    std::printf("macro-F1 %.4f, unstratified interval [%.4f, %.4f], naive peer [%.4f, %.4f] (same draws)\n",
                plain.macroF1.estimate, plain.macroF1.low, plain.macroF1.high, naive.first, naive.second);
    std::printf("stratified interval [%.4f, %.4f]\n", stratified.macroF1.low, stratified.macroF1.high);
    std::printf(
        "B - A macro-F1 %+.4f, paired 95%% interval [%+.4f, %+.4f]; randomisation p = %.4f (naive peer, %d "
        "shuffles: %.3f)\n",
        diff.difference.estimate, diff.difference.low, diff.difference.high, test.pValue, kNaiveShuffles,
        naiveP);
    std::printf("%s\n", verdict(test).c_str());
    if (sink == 42) std::printf("\n"); // keeps the draws from being optimised away
    return 0;
}
