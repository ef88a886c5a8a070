// Classification metrics against hand-worked cases with scikit-learn's conventions (label set, zero
// division, support-weighted and micro averages, multi-label indicator matrices, confusion matrices).
#include "MiniTest.h"
#include "core/metrics/Agreement.h"
#include "core/metrics/ClassificationMetrics.h"

#include <cmath>

using namespace memescope::metrics;

namespace {
bool near(double a, double b) {
    return std::abs(a - b) < 1e-9;
}
} // namespace

TEST(singleLabelMatchesSklearnDocumentationExample) {
    // sklearn's f1_score docs: y_true [0,1,2,0,1,2], y_pred [0,2,1,0,0,1] -> macro 0.2667, micro 0.3333,
    // weighted 0.2667, per class [0.8, 0, 0]; precision macro 0.2222.
    const Report r = singleLabelReport({0, 1, 2, 0, 1, 2}, {0, 2, 1, 0, 0, 1}, 3);
    REQUIRE(r.perClass.size() == 3);
    CHECK(near(r.perClass[0].f1, 0.8) && near(r.perClass[1].f1, 0) && near(r.perClass[2].f1, 0));
    CHECK(near(r.perClass[0].precision, 2.0 / 3) && near(r.perClass[0].recall, 1.0));
    CHECK(near(r.macroF1, 0.8 / 3));
    CHECK(near(r.weightedF1, 0.8 / 3));
    CHECK(near(r.microF1, 1.0 / 3));
    CHECK(near(r.macroPrecision, 2.0 / 9));
    CHECK(near(r.accuracy, 2.0 / 6));
    CHECK(r.perClass[1].support == 2 && r.perClass[1].fp == 2 && r.perClass[1].fn == 2);
}

TEST(zeroDivisionAndLabelSet) {
    // Label 1 is predicted once but never true: precision 0, recall 0/0 -> 0, F1 0. Labels 2 and 3 never
    // occur: left out by default (sklearn's union of present labels), scored 0 with AllLabels.
    const Report present = singleLabelReport({0, 0, 0}, {0, 0, 1}, 4);
    REQUIRE(present.perClass.size() == 2);
    CHECK(near(present.perClass[0].f1, 0.8));
    CHECK(near(present.perClass[1].precision, 0) && near(present.perClass[1].recall, 0) &&
          near(present.perClass[1].f1, 0));
    CHECK(near(present.macroF1, 0.4));
    CHECK(near(present.weightedF1, 0.8)); // label 1 has no support
    const Report all = singleLabelReport({0, 0, 0}, {0, 0, 1}, 4, LabelSet::AllLabels);
    CHECK(all.perClass.size() == 4);
    CHECK(near(all.macroF1, 0.2));
    CHECK(near(all.weightedF1, 0.8));
    const Report empty = singleLabelReport({}, {}, 3);
    CHECK(empty.perClass.empty() && near(empty.macroF1, 0) && near(empty.accuracy, 0));
    CHECK_THROWS(singleLabelReport({0, 5}, {0, 1}, 3), std::invalid_argument);
    CHECK_THROWS(singleLabelReport({0}, {0, 1}, 3), std::invalid_argument);
}

TEST(multiLabelIndicatorAveraging) {
    const std::vector<std::vector<int>> t = {{1, 0, 1}, {0, 1, 0}, {1, 1, 0}},
                                        p = {{1, 0, 0}, {0, 1, 1}, {1, 0, 0}};
    const Report r = multiLabelReport(t, p, 3);
    // Per label: [1, 2/3, 0]; supports [2, 2, 1]; pooled tp 3, fp 1, fn 2.
    CHECK(near(r.perClass[0].f1, 1.0) && near(r.perClass[1].f1, 2.0 / 3) && near(r.perClass[2].f1, 0));
    CHECK(near(r.perClass[1].precision, 1.0) && near(r.perClass[1].recall, 0.5));
    CHECK(near(r.macroF1, (1.0 + 2.0 / 3) / 3));
    CHECK(near(r.weightedF1, (2 * 1.0 + 2 * (2.0 / 3)) / 5));
    CHECK(near(r.microF1, 6.0 / 9));
    CHECK(near(r.accuracy, 0)); // exact match on no row
    CHECK(near(multiLabelReport({{1, 0}}, {{1, 0}}, 2).accuracy, 1.0));
    // A label with neither truth nor prediction scores 0 (zero division) and counts in the macro average.
    const Report none = multiLabelReport({{1, 0}}, {{1, 0}}, 2);
    CHECK(near(none.perClass[1].f1, 0) && near(none.macroF1, 0.5) && near(none.weightedF1, 1.0));
}

TEST(confusionMatrices) {
    const auto m = confusionMatrix({0, 1, 2, 0, 1, 2}, {0, 2, 1, 0, 0, 1}, 3);
    CHECK((m == std::vector<std::vector<int64_t>>{{2, 0, 0}, {1, 0, 1}, {0, 2, 0}}));
    const std::vector<std::vector<int>> t = {{1, 0, 1}, {0, 1, 0}, {1, 1, 0}},
                                        p = {{1, 0, 0}, {0, 1, 1}, {1, 0, 0}};
    const auto per = multiLabelConfusion(t, p, 3);
    CHECK((per[0] == std::vector<std::vector<int64_t>>{{1, 0}, {0, 2}}));
    CHECK((per[2] == std::vector<std::vector<int64_t>>{{1, 1}, {1, 0}}));
    const auto co = labelCooccurrence(t, p, 3);
    CHECK((co == std::vector<std::vector<int64_t>>{{2, 0, 0}, {1, 1, 1}, {1, 0, 0}}));
}

TEST(agreementByHand) {
    // Cohen: 8 of 10 agree (po 0.8); both raters 5/5 on each category (pe 0.5) -> 0.6, as sklearn.
    const std::vector<int> a = {0, 0, 1, 1, 0, 1, 0, 0, 1, 1}, b = {0, 1, 1, 1, 0, 0, 0, 0, 1, 1};
    CHECK(std::abs(cohenKappa(a, b, 2) - 0.6) < 1e-12);
    CHECK(cohenKappa(a, a, 2) == 1.0);
    CHECK(cohenKappa({1, 1}, {1, 1}, 2) == 1.0); // one category in use, full agreement
    // Fleiss: 3 raters; items [3,0], [0,3], [2,1]: P = (1 + 1 + 1/3) / 3 = 7/9, pe = (5/9)^2 + (4/9)^2 =
    // 41/81
    // -> (7/9 - 41/81) / (40/81) = 22/40.
    CHECK(std::abs(fleissKappa({{3, 0}, {0, 3}, {2, 1}}) - 0.55) < 1e-12);
    CHECK_THROWS(fleissKappa({{3, 0}, {1, 1}}), std::invalid_argument);
    // Krippendorff's alpha, nominal, by hand: units (0,0), (0,1), (1,1), (1,1) give o00 = 2, o01 = o10 = 1,
    // o11 = 4; n0 = 3, n1 = 5, n = 8: alpha = 1 - 7 * 2 / (3*5 + 5*3) = 1 - 14/30.
    CHECK(std::abs(krippendorffAlphaNominal({{0, 0}, {0, 1}, {1, 1}, {1, 1}}, 2) - (1.0 - 14.0 / 30.0)) <
          1e-12);
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12 units, values 1..5
    // with gaps (here 0..4); nominal alpha = 0.743. Unit 12 has one value only and is not pairable.
    const std::vector<std::vector<int>> paper = {{0, 0, 0},    {1, 1, 2, 1}, {2, 2, 2, 2}, {2, 2, 2, 2},
                                                 {1, 1, 1, 1}, {0, 1, 2, 3}, {3, 3, 3, 3}, {0, 0, 1, 0},
                                                 {1, 1, 1, 1}, {4, 4, 4},    {0, 0},       {2}};
    CHECK_MSG(std::abs(krippendorffAlphaNominal(paper, 5) - 0.743) < 5e-4,
              "alpha " << krippendorffAlphaNominal(paper, 5));
    CHECK(krippendorffAlphaNominal({{1, 1}, {1, 1, 1}}, 3) == 1.0); // one category, no disagreement
    CHECK(std::isnan(krippendorffAlphaNominal({{1}, {2}}, 3)));     // nothing pairable
    CHECK_THROWS(krippendorffAlphaNominal({{0, 5}}, 3), std::invalid_argument);
}

MINITEST_MAIN
