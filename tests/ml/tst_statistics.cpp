// Bootstrap intervals, paired tests and Holm's correction: against scipy/scikit-learn reference values
// (tests/data/statistics, made by scripts/make-statistics-fixture.py from the same resamples),
// against brute force, and by simulation.
#include "MiniTest.h"
#include "core/metrics/Agreement.h"
#include "core/metrics/Bootstrap.h"
#include "core/metrics/ClassificationMetrics.h"
#include "core/metrics/MultipleComparisons.h"
#include "core/metrics/PairedTests.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <numeric>
#include <random>
#include <string>
#include <tuple>

using namespace memescope::metrics;
using nlohmann::json;

namespace {

json loadFixture(const char* name) {
    std::ifstream in(std::string(MEMESCOPE_STATISTICS_DATA_DIR) + "/" + name);
    REQUIRE(in.good());
    return json::parse(in);
}

bool close(double a, double b, double tolerance = 1e-12) {
    return std::abs(a - b) <= tolerance;
}

void checkInterval(const Interval& got, const json& want, const std::string& what) {
    CHECK_MSG(got.shown, what << ": " << got.reason);
    CHECK_MSG(close(got.estimate, want["estimate"]),
              what << std::setprecision(17) << " estimate " << got.estimate << " vs " << want["estimate"]);
    CHECK_MSG(close(got.low, want["low"]),
              what << std::setprecision(17) << " low " << got.low << " vs " << want["low"]);
    CHECK_MSG(close(got.high, want["high"]),
              what << std::setprecision(17) << " high " << got.high << " vs " << want["high"]);
}

void checkResult(const BootstrapResult& r, const json& want, const std::string& what) {
    checkInterval(r.accuracy, want["accuracy"], what + " accuracy");
    checkInterval(r.macroF1, want["macro_f1"], what + " macro-F1");
    checkInterval(r.weightedF1, want["weighted_f1"], what + " weighted-F1");
    checkInterval(r.microF1, want["micro_f1"], what + " micro-F1");
    REQUIRE(r.perClass.size() == want["per_class"].size());
    for (size_t k = 0; k < r.perClass.size(); ++k) {
        const json& c = want["per_class"][k];
        const ClassIntervals& got = r.perClass[k];
        const std::string label = what + " class " + std::to_string(got.label);
        CHECK(got.label == c["label"].get<int>());
        if (c["shown"].get<bool>()) {
            checkInterval(got.precision, c["precision"], label + " precision");
            checkInterval(got.recall, c["recall"], label + " recall");
            checkInterval(got.f1, c["f1"], label + " F1");
        } else {
            CHECK_MSG(!got.f1.shown && !got.recall.shown && !got.f1.reason.empty(), label);
        }
    }
}

void checkIndices(const std::vector<std::vector<int>>& got, const json& want) {
    std::vector<int64_t> sums;
    int64_t checksum = 0;
    for (const std::vector<int>& idx : got) {
        sums.push_back(std::accumulate(idx.begin(), idx.end(), int64_t(0)));
        checksum += int64_t(sums.size()) * sums.back();
    }
    REQUIRE(sums.size() >= 20);
    CHECK(std::vector<int64_t>(sums.begin(), sums.begin() + 20) ==
          want["first_index_sums"].get<std::vector<int64_t>>());
    CHECK_MSG(checksum == want["index_sum_checksum"].get<int64_t>(), checksum);
    for (size_t b = 0; b < 3; ++b)
        CHECK(got[b] == want["first_indices"][b].get<std::vector<int>>());
}

BootstrapOptions unstratified() {
    BootstrapOptions o;
    o.stratified = false;
    return o;
}

Metric metricFrom(const std::string& name) {
    if (name == "accuracy") return Metric::Accuracy;
    if (name == "macro_f1") return Metric::MacroF1;
    if (name == "weighted_f1") return Metric::WeightedF1;
    return Metric::MicroF1;
}

// A uniform double in [0, 1) from the top 53 bits, for simulated data.
double uniform01(std::mt19937_64& rng) {
    return double(rng() >> 11) * 0x1.0p-53;
}

} // namespace

TEST(generatorIsTheStandardMt19937_64) {
    const json f = loadFixture("bootstrap_fixture.json");
    std::mt19937_64 rng; // default seed 5489: the standard fixes its 10000th output
    rng.discard(9999);
    CHECK(rng() == f["mt19937_64_default_seed_10000th"].get<uint64_t>());
    // Lemire's method stays in range and hits every value.
    std::mt19937_64 r(1);
    std::vector<int> seen(7, 0);
    for (int i = 0; i < 700; ++i)
        ++seen[size_t(uniformIndex(r, 7))];
    CHECK(std::all_of(seen.begin(), seen.end(), [](int c) { return c > 60 && c < 140; }));
}

TEST(resampleIndicesMatchThePythonGenerator) {
    const json f = loadFixture("bootstrap_fixture.json");
    const json& s = f["single_label"];
    const auto yTrue = s["y_true"].get<std::vector<int>>();
    const uint64_t seed = f["seed"];
    const int resamples = f["resamples"];
    checkIndices(bootstrapIndices(int64_t(yTrue.size()), resamples, seed), s["unstratified"]);
    checkIndices(stratifiedBootstrapIndices(yTrue, s["num_labels"], resamples, seed), s["stratified"]);
}

TEST(percentileIsNumpyLinear) {
    // numpy.percentile(range(1, 11), [5, 95]) = [1.45, 9.55]; [2.5, 97.5] of 0..99 = [2.475, 96.525].
    auto [low, high] = percentileBounds({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 0.90);
    CHECK(close(low, 1.45) && close(high, 9.55));
    std::vector<double> v(100);
    std::iota(v.begin(), v.end(), 0.0);
    std::tie(low, high) = percentileBounds(v, 0.95);
    CHECK(close(low, 2.475) && close(high, 96.525));
    std::tie(low, high) = percentileBounds({3.0}, 0.95);
    CHECK(low == 3.0 && high == 3.0);
    CHECK_THROWS(percentileBounds({}, 0.95), std::invalid_argument);
}

TEST(singleLabelIntervalsMatchScipy) {
    const json f = loadFixture("bootstrap_fixture.json");
    const json& s = f["single_label"];
    const auto yTrue = s["y_true"].get<std::vector<int>>(), yPred = s["y_pred"].get<std::vector<int>>();
    BootstrapOptions o = unstratified();
    o.seed = f["seed"];
    o.resamples = f["resamples"];
    const BootstrapResult plain = bootstrapSingleLabel(yTrue, yPred, s["num_labels"], o);
    CHECK(plain.reason.empty() && plain.options.seed == o.seed && plain.options.resamples == o.resamples);
    checkResult(plain, s["unstratified"], "unstratified");
    o.stratified = true;
    const BootstrapResult stratified = bootstrapSingleLabel(yTrue, yPred, s["num_labels"], o);
    CHECK(stratified.options.stratified);
    checkResult(stratified, s["stratified"], "stratified");
    // Label 4 is predicted twice and never true: no interval, a reason, no NaN.
    const ClassIntervals& never = plain.perClass.back();
    CHECK(never.label == 4 && never.support == 0 && !never.f1.shown && !never.recall.shown);
    CHECK(never.f1.reason.find("no memes of this class") != std::string::npos);
    CHECK(never.f1.estimate == 0 && never.f1.low == 0 && never.f1.high == 0);
}

TEST(pointEstimatesAreTheReport) {
    const json f = loadFixture("bootstrap_fixture.json");
    const json& s = f["single_label"];
    const auto yTrue = s["y_true"].get<std::vector<int>>(), yPred = s["y_pred"].get<std::vector<int>>();
    const BootstrapResult b = bootstrapSingleLabel(yTrue, yPred, s["num_labels"]);
    const Report r = singleLabelReport(yTrue, yPred, s["num_labels"]);
    CHECK(b.accuracy.estimate == r.accuracy && b.macroF1.estimate == r.macroF1);
    CHECK(b.weightedF1.estimate == r.weightedF1 && b.microF1.estimate == r.microF1);
    REQUIRE(b.perClass.size() == r.perClass.size());
    for (size_t k = 0; k < r.perClass.size(); ++k)
        CHECK(b.perClass[k].label == r.perClass[k].label && b.perClass[k].f1.estimate == r.perClass[k].f1 &&
              b.perClass[k].precision.estimate == r.perClass[k].precision);
}

TEST(multiLabelIntervalsMatchScipy) {
    const json f = loadFixture("bootstrap_fixture.json");
    const json& m = f["multi_label"];
    const auto yTrue = m["y_true"].get<std::vector<std::vector<int>>>();
    const auto yPred = m["y_pred"].get<std::vector<std::vector<int>>>();
    BootstrapOptions o;
    o.seed = f["seed"];
    o.resamples = f["resamples"];
    const BootstrapResult r = bootstrapMultiLabel(yTrue, yPred, m["num_labels"], o);
    CHECK(!r.options.stratified); // never stratified
    checkResult(r, m["unstratified"], "multi-label");
    checkIndices(bootstrapIndices(int64_t(yTrue.size()), o.resamples, o.seed), m["unstratified"]);
    CHECK(r.accuracy.estimate == multiLabelReport(yTrue, yPred, m["num_labels"]).accuracy);
}

TEST(cohenKappaIntervalMatchesSklearn) {
    const json f = loadFixture("bootstrap_fixture.json");
    const json& k = f["cohen_kappa"];
    BootstrapOptions o;
    o.seed = f["seed"];
    o.resamples = f["resamples"];
    const BootstrapEstimate r = cohenKappaInterval(k["a"].get<std::vector<int>>(),
                                                   k["b"].get<std::vector<int>>(), k["categories"], o);
    checkInterval(r.interval, k, "kappa");
    CHECK(r.items == 30 && r.options.seed == o.seed && !r.options.stratified);
}

TEST(scipyPercentileCheckWasRecorded) {
    // The script asserts that its manual percentile interval equals scipy.stats.bootstrap on scipy's own
    // resamples; the fixture keeps both so a reader can see it.
    const json c = loadFixture("bootstrap_fixture.json")["scipy_percentile_check"];
    for (const char* name : {"accuracy", "macro_f1"})
        CHECK(c[name]["max_abs_diff"].get<double>() < 1e-12);
}

TEST(exactPermutationTestMatchesScipy) {
    const json f = loadFixture("permutation_fixture.json");
    REQUIRE(!f["cases"].empty());
    for (const json& c : f["cases"]) {
        const Metric metric = metricFrom(c["metric"]);
        const std::string what = c["kind"].get<std::string>() + " " + c["metric"].get<std::string>();
        PairedTestResult r;
        if (c["kind"] == "single") {
            const auto yTrue = c["y_true"].get<std::vector<int>>();
            r = exactPermutationTestSingleLabel(yTrue, c["pred_a"].get<std::vector<int>>(),
                                                c["pred_b"].get<std::vector<int>>(), 3, metric);
        } else {
            using Rows = std::vector<std::vector<int>>;
            r = exactPermutationTestMultiLabel(c["y_true"].get<Rows>(), c["pred_a"].get<Rows>(),
                                               c["pred_b"].get<Rows>(), 3, metric);
        }
        CHECK(r.exact);
        CHECK_MSG(close(r.difference, c["observed"]), what << " observed " << r.difference);
        CHECK_MSG(close(r.pValue, c["p_value"]),
                  what << std::setprecision(17) << " p " << r.pValue << " vs scipy " << c["p_value"]);
    }
}

TEST(randomisationAgreesWithExactTest) {
    const json f = loadFixture("permutation_fixture.json");
    for (const json& c : f["cases"]) {
        const Metric metric = metricFrom(c["metric"]);
        PairedTestResult approx;
        if (c["kind"] == "single") {
            approx = randomisationTestSingleLabel(c["y_true"].get<std::vector<int>>(),
                                                  c["pred_a"].get<std::vector<int>>(),
                                                  c["pred_b"].get<std::vector<int>>(), 3, metric);
        } else {
            using Rows = std::vector<std::vector<int>>;
            approx = randomisationTestMultiLabel(c["y_true"].get<Rows>(), c["pred_a"].get<Rows>(),
                                                 c["pred_b"].get<Rows>(), 3, metric);
        }
        const double p = c["p_value"];
        // Monte-Carlo standard error of a p estimated from 10,000 shuffles, plus the +1 of the estimator.
        const double se = std::sqrt(p * (1 - p) / 10000.0);
        CHECK_MSG(std::abs(approx.pValue - p) <= 4 * se + 2.0 / 10001,
                  c["kind"] << " " << c["metric"] << " " << approx.pValue << " vs " << p);
        CHECK(approx.shuffles == 10000 && approx.seed == 20261207 && !approx.exact);
    }
    // A larger case: 40 memes, 18 of them differ, so the exact p has a fine resolution.
    std::mt19937_64 rng(5);
    std::vector<int> yTrue(40), a(40), b(40);
    for (size_t i = 0; i < 40; ++i) {
        yTrue[i] = int(uniformIndex(rng, 4));
        a[i] = b[i] = yTrue[i];
        if (i < 18) (i % 3 == 0 ? b : a)[i] = (yTrue[i] + 1 + int(i % 2)) % 4;
    }
    for (Metric m : {Metric::Accuracy, Metric::MacroF1, Metric::WeightedF1}) {
        const PairedTestResult ex = exactPermutationTestSingleLabel(yTrue, a, b, 4, m);
        const PairedTestResult approx = randomisationTestSingleLabel(yTrue, a, b, 4, m);
        CHECK(ex.differing == 18 && ex.shuffles == (int64_t(1) << 18));
        const double se = std::sqrt(ex.pValue * (1 - ex.pValue) / 10000.0);
        CHECK_MSG(std::abs(approx.pValue - ex.pValue) <= 4 * se + 2.0 / 10001,
                  metricName(m) << " " << approx.pValue << " vs exact " << ex.pValue);
    }
}

TEST(randomisationExtremes) {
    std::mt19937_64 rng(9);
    std::vector<int> yTrue(300), good(300), poor(300);
    for (size_t i = 0; i < yTrue.size(); ++i) {
        yTrue[i] = int(uniformIndex(rng, 3));
        good[i] = uniform01(rng) < 0.9 ? yTrue[i] : int(uniformIndex(rng, 3));
        poor[i] = uniform01(rng) < 0.4 ? yTrue[i] : int(uniformIndex(rng, 3));
    }
    const PairedTestResult same = randomisationTestSingleLabel(yTrue, good, good, 3, Metric::MacroF1);
    CHECK(same.pValue == 1.0 && same.differing == 0 && same.difference == 0);
    CHECK(verdict(same).find("not distinguishable from noise at 0.05") != std::string::npos);
    const PairedTestResult apart = randomisationTestSingleLabel(yTrue, poor, good, 3, Metric::MacroF1);
    CHECK(apart.difference > 0.3 && apart.pValue == 1.0 / 10001);
    CHECK(verdict(apart.pValue) == "distinguishable from noise at 0.05");
    CHECK(verdict(apart).rfind("macro-F1 B - A = +0.", 0) == 0);
    // Seeded: the same call gives the same p; B - A and A - B the same p.
    const PairedTestResult mixed = randomisationTestSingleLabel(yTrue, good, poor, 3, Metric::Accuracy);
    CHECK(mixed.pValue == randomisationTestSingleLabel(yTrue, good, poor, 3, Metric::Accuracy).pValue);
    CHECK(mixed.difference < 0);
}

TEST(pairedBootstrapMatchesBruteForce) {
    // Three balanced labels over 200 memes: every resample holds every label in its truth, so
    // singleLabelReport's own label set equals the fixed one and it can serve as the brute-force peer.
    std::mt19937_64 rng(3);
    std::vector<int> yTrue(200), a(200), b(200);
    for (size_t i = 0; i < yTrue.size(); ++i) {
        yTrue[i] = int(i % 3);
        a[i] = uniform01(rng) < 0.7 ? yTrue[i] : int(uniformIndex(rng, 3));
        b[i] = uniform01(rng) < 0.8 ? yTrue[i] : int(uniformIndex(rng, 3));
    }
    BootstrapOptions o = unstratified();
    o.resamples = 300;
    const PairedDifference r = pairedBootstrapSingleLabel(yTrue, a, b, 3, Metric::MacroF1, o);
    std::vector<double> diffs;
    for (const std::vector<int>& idx : bootstrapIndices(200, o.resamples, o.seed)) {
        std::vector<int> t, pa, pb;
        for (int i : idx) {
            t.push_back(yTrue[size_t(i)]);
            pa.push_back(a[size_t(i)]);
            pb.push_back(b[size_t(i)]);
        }
        diffs.push_back(singleLabelReport(t, pb, 3).macroF1 - singleLabelReport(t, pa, 3).macroF1);
    }
    const auto [low, high] = percentileBounds(diffs, 0.95);
    CHECK(r.difference.shown && close(r.difference.low, low) && close(r.difference.high, high));
    CHECK(close(r.difference.estimate,
                singleLabelReport(yTrue, b, 3).macroF1 - singleLabelReport(yTrue, a, 3).macroF1));
    CHECK(r.difference.low <= r.difference.estimate && r.difference.estimate <= r.difference.high);
    // Identical systems: a zero difference in every resample.
    const PairedDifference same = pairedBootstrapSingleLabel(yTrue, a, a, 3, Metric::Accuracy);
    CHECK(same.difference.shown && same.difference.low == 0 && same.difference.high == 0);
    // Multi-label: runs, and B - A of identical rows is 0.
    const std::vector<std::vector<int>> rows(25, {1, 0, 1});
    const PairedDifference multi = pairedBootstrapMultiLabel(rows, rows, rows, 3, Metric::MicroF1);
    CHECK(multi.difference.shown && multi.difference.estimate == 0 && !multi.options.stratified);
}

TEST(accuracyIntervalCoverage) {
    // 500 simulated test sets of 200 memes, each correct with probability 0.7: the 95% interval should
    // cover 0.7 about 95% of the time; at least 93% is asked.
    std::mt19937_64 rng(20261207);
    BootstrapOptions o;
    o.resamples = 1000;
    int covered = 0;
    const std::vector<int> yTrue(200, 0);
    std::vector<int> yPred(200);
    for (int sim = 0; sim < 500; ++sim) {
        for (int& p : yPred)
            p = uniform01(rng) < 0.7 ? 0 : 1;
        o.seed = uint64_t(sim) + 1;
        const Interval acc = bootstrapSingleLabel(yTrue, yPred, 2, o).accuracy;
        covered += acc.shown && acc.low <= 0.7 && 0.7 <= acc.high;
    }
    CHECK_MSG(covered >= 465, covered << " of 500 covered");
}

TEST(stratifiedResamplesKeepClassCounts) {
    const std::vector<int> strata = {0, 2, 2, 1, 0, 2, 2, 2, 1, 0, 2, 2};
    const auto sets = stratifiedBootstrapIndices(strata, 4, 50, 7);
    for (const auto& idx : sets) {
        REQUIRE(idx.size() == strata.size());
        std::vector<int> counts(4, 0);
        for (int i : idx)
            ++counts[size_t(strata[size_t(i)])];
        CHECK((counts == std::vector<int>{3, 2, 7, 0}));
    }
    // One stratum is the plain bootstrap.
    CHECK(stratifiedBootstrapIndices(std::vector<int>(30, 0), 1, 5, 11) == bootstrapIndices(30, 5, 11));
    CHECK_THROWS(stratifiedBootstrapIndices({0, 3}, 2, 1, 1), std::invalid_argument);
}

TEST(fewerThanTwentyMemesShowNoInterval) {
    std::vector<int> yTrue(19), yPred(19);
    for (size_t i = 0; i < 19; ++i) {
        yTrue[i] = int(i % 3);
        yPred[i] = i % 4 == 0 ? 0 : yTrue[i];
    }
    const BootstrapResult small = bootstrapSingleLabel(yTrue, yPred, 3);
    CHECK(small.reason == kTooFewItems && small.items == 19);
    for (const Interval* i : {&small.accuracy, &small.macroF1, &small.weightedF1, &small.microF1})
        CHECK(!i->shown && i->reason == "fewer than 20 test memes" && std::isfinite(i->estimate));
    CHECK(close(small.accuracy.estimate, singleLabelReport(yTrue, yPred, 3).accuracy));
    for (const ClassIntervals& c : small.perClass)
        CHECK(!c.f1.shown && c.f1.reason == kTooFewItems);
    yTrue.push_back(0);
    yPred.push_back(0);
    CHECK(bootstrapSingleLabel(yTrue, yPred, 3).accuracy.shown);
    CHECK(pairedBootstrapSingleLabel({0, 1}, {0, 1}, {1, 1}, 2, Metric::Accuracy).difference.reason ==
          kTooFewItems);
    CHECK(cohenKappaInterval({0, 1}, {0, 1}, 2).interval.reason == "fewer than 20 rated memes");
}

TEST(classWithoutTruePositivesHasNoInterval) {
    // Class 2 has 10 true memes, never predicted right: every resample scores it 0.
    std::vector<int> yTrue, yPred;
    for (int i = 0; i < 60; ++i) {
        yTrue.push_back(i % 3);
        yPred.push_back(i % 3 == 2 ? 0 : i % 3);
    }
    for (bool stratified : {true, false}) {
        BootstrapOptions o;
        o.stratified = stratified;
        const BootstrapResult r = bootstrapSingleLabel(yTrue, yPred, 3, o);
        REQUIRE(r.perClass.size() == 3);
        const ClassIntervals& c = r.perClass[2];
        CHECK(c.support == 20 && !c.f1.shown && !c.recall.shown && !c.precision.shown);
        CHECK(c.f1.reason.find("no correct predictions") != std::string::npos);
        CHECK(c.f1.estimate == 0 && !std::isnan(c.f1.low) && !std::isnan(c.f1.high));
        CHECK(r.perClass[0].f1.shown && r.macroF1.shown);
    }
}

TEST(holmByHand) {
    // Sorted: 0.005 x4 = 0.02; 0.01 x3 = 0.03; 0.03 x2 = 0.06; 0.04 x1 = 0.04 -> 0.06 (monotone).
    const HolmResult r = holmBonferroni({0.01, 0.04, 0.03, 0.005});
    const std::vector<double> want = {0.03, 0.06, 0.06, 0.02};
    for (size_t i = 0; i < want.size(); ++i)
        CHECK_MSG(close(r.adjusted[i], want[i]), i << ": " << r.adjusted[i]);
    CHECK((r.survives == std::vector<bool>{true, false, false, true}));
    const HolmResult capped = holmBonferroni({0.5, 0.6});
    CHECK(capped.adjusted[0] == 1.0 && capped.adjusted[1] == 1.0 && !capped.survives[0]);
    CHECK(holmBonferroni({0.02}).adjusted[0] == 0.02);
    CHECK(holmBonferroni({}).adjusted.empty());
    CHECK_THROWS(holmBonferroni({0.1, 1.5}), std::invalid_argument);
    CHECK_THROWS(holmBonferroni({std::nan("")}), std::invalid_argument);
}

TEST(refusesMismatchedSystems) {
    const std::vector<int> t = {0, 1, 2}, a = {0, 1, 2}, shorter = {0, 1};
    CHECK_THROWS(randomisationTestSingleLabel(t, a, shorter, 3, Metric::Accuracy), std::invalid_argument);
    CHECK_THROWS(pairedBootstrapSingleLabel(t, shorter, a, 3, Metric::Accuracy), std::invalid_argument);
    CHECK_THROWS(exactPermutationTestSingleLabel(shorter, a, a, 3, Metric::Accuracy), std::invalid_argument);
    try {
        randomisationTestSingleLabel(t, a, shorter, 3, Metric::Accuracy);
    } catch (const std::invalid_argument& e) {
        const std::string m = e.what();
        CHECK_MSG(m.find("system A has 3") != std::string::npos &&
                      m.find("system B has 2") != std::string::npos,
                  m);
    }
    CHECK_THROWS(randomisationTestSingleLabel(t, a, {0, 1, 5}, 3, Metric::Accuracy), std::invalid_argument);
    const std::vector<std::vector<int>> rows = {{1, 0}, {0, 1}}, wider = {{1, 0, 0}, {0, 1, 0}};
    try {
        pairedBootstrapMultiLabel(rows, rows, wider, 2, Metric::MacroF1);
        CHECK(false);
    } catch (const std::invalid_argument& e) {
        CHECK_MSG(std::string(e.what()).find("system A predicts 2 labels for meme 0, system B 3") !=
                      std::string::npos,
                  e.what());
    }
    CHECK_THROWS(randomisationTestMultiLabel(rows, rows, {{1, 0}}, 2, Metric::Accuracy),
                 std::invalid_argument);
    // The exact test enumerates at most 2^20 arrangements.
    std::vector<int> many(25, 0), other(25, 1);
    CHECK_THROWS(exactPermutationTestSingleLabel(many, many, other, 2, Metric::Accuracy),
                 std::invalid_argument);
}

TEST(agreementIntervals) {
    std::mt19937_64 rng(4);
    std::vector<int> a(80), b(80);
    std::vector<std::vector<int>> units;
    for (size_t i = 0; i < a.size(); ++i) {
        a[i] = int(uniformIndex(rng, 3));
        b[i] = uniform01(rng) < 0.8 ? a[i] : int(uniformIndex(rng, 3));
        units.push_back({a[i], b[i]});
    }
    const BootstrapEstimate kappa = cohenKappaInterval(a, b, 3);
    CHECK(kappa.interval.shown && kappa.interval.estimate == cohenKappa(a, b, 3));
    CHECK(kappa.interval.low < kappa.interval.estimate && kappa.interval.estimate < kappa.interval.high);
    const BootstrapEstimate alpha = krippendorffAlphaInterval(units, 3);
    CHECK(alpha.interval.shown && alpha.interval.estimate == krippendorffAlphaNominal(units, 3));
    CHECK(alpha.interval.low < alpha.interval.estimate && alpha.interval.estimate < alpha.interval.high);
    // Nothing pairable: no NaN, a reason.
    const BootstrapEstimate none = krippendorffAlphaInterval(std::vector<std::vector<int>>(25, {1}), 3);
    CHECK(!none.interval.shown && none.interval.estimate == 0 && !none.interval.reason.empty());
    // A statistic undefined on some resamples is not shown, with the count.
    const BootstrapEstimate partly =
        bootstrapStatistic(30, [](const std::vector<int>& idx) { return idx[0] == 0 ? 0.0 : std::nan(""); });
    CHECK(!partly.interval.shown && partly.interval.reason.find("undefined on") != std::string::npos);
}

MINITEST_MAIN
