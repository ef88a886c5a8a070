// TF-IDF + logistic regression baseline: idf and normalisation by hand, learns separable toy data
// (single- and multi-label), probabilities well-formed, deterministic.
#include "MiniTest.h"

#include "core/baseline/TfidfLogisticRegression.h"
#include <cstdio>
#include <fstream>
#include <unistd.h>

#include <algorithm>
#include <cmath>

using namespace memescope::baseline;

TEST(idfAndNormalisationByHand) {
    TfidfLogisticRegression m;
    m.fit({"cat sat", "cat ran", "dog"}, {{0}, {0}, {1}}, 2, false, {1, 1.0, 5, 1.0});
    // Smooth idf: ln((1 + 3) / (1 + df)) + 1.
    CHECK(std::abs(m.idfOf("w:cat") - (std::log(4.0 / 3.0) + 1)) < 1e-12);
    CHECK(std::abs(m.idfOf("w:dog") - (std::log(2.0) + 1)) < 1e-12);
    CHECK(std::abs(m.idfOf("w:cat sat") - (std::log(2.0) + 1)) < 1e-12);
    CHECK(std::abs(m.idfOf("c: c") - (std::log(4.0 / 3.0) + 1)) < 1e-12); // char_wb: " cat " -> " c"
    CHECK(m.idfOf("w:bird") == 0);
    // Each block unit norm / sqrt(2): the whole row has unit norm.
    double n = 0;
    for (const auto& [i, v] : m.features("cat sat"))
        n += v * v;
    CHECK(std::abs(n - 1.0) < 1e-12);
    // One-letter words are not tokens (sklearn's token pattern needs two characters).
    CHECK(baselineTerms("a I ok").count("w:ok") == 1 && baselineTerms("a I ok").count("w:a") == 0);
}

TEST(learnsSeparableSingleLabelData) {
    std::vector<std::string> texts;
    std::vector<std::vector<int>> labels;
    const std::vector<std::vector<std::string>> phrases = {
        {"cannot sleep at night", "awake at three am", "insomnia again tonight"},
        {"skipped dinner again", "not hungry at all", "ate the whole pizza"},
        {"i am not good enough", "such a failure today", "everyone is better"}};
    for (int rep = 0; rep < 4; ++rep)
        for (int c = 0; c < 3; ++c)
            for (const auto& p : phrases[size_t(c)]) {
                texts.push_back(p + " " + std::to_string(rep));
                labels.push_back({c});
            }
    TfidfLogisticRegression m;
    m.fit(texts, labels, 3, false);
    const auto probs =
        m.predictProba({"awake at three am again", "not hungry tonight for dinner", "not good enough"});
    for (const auto& row : probs) {
        double s = 0;
        for (double v : row)
            s += v;
        CHECK(std::abs(s - 1.0) < 1e-9);
    }
    CHECK(std::max_element(probs[0].begin(), probs[0].end()) - probs[0].begin() == 0);
    CHECK(std::max_element(probs[1].begin(), probs[1].end()) - probs[1].begin() == 1);
    CHECK(std::max_element(probs[2].begin(), probs[2].end()) - probs[2].begin() == 2);
    // Deterministic.
    TfidfLogisticRegression again;
    again.fit(texts, labels, 3, false);
    CHECK(again.predictProba({"awake at three am again"}) == m.predictProba({"awake at three am again"}));
}

TEST(aSavedModelPredictsIdenticallyAndBadFilesAreNamed) {
    std::vector<std::string> texts = {"caf\xc3\xa9 sad day", "so tired today", "worried sick",
                                      "caf\xc3\xa9 worried"};
    std::vector<std::vector<int>> labels = {{0}, {1}, {2}, {0, 2}};
    TfidfLogisticRegression m;
    m.fit(texts, labels, 3, true);
    const std::string path = "/tmp/memescope-tst-baseline-" + std::to_string(::getpid()) + ".model";
    m.save(path);
    const TfidfLogisticRegression back = TfidfLogisticRegression::load(path);
    CHECK(back.featureCount() == m.featureCount() && back.multiLabel() && back.numLabels() == 3);
    CHECK(back.predictProba(texts) == m.predictProba(texts));
    CHECK(back.idfOf("w:sad") == m.idfOf("w:sad"));
    {
        std::ofstream cut(path, std::ios::trunc);
        cut << "memescope-tfidf-lr 1 3 1 5\n0.5 0 3 w:a\n";
    }
    bool named = false;
    try {
        TfidfLogisticRegression::load(path);
    } catch (const std::runtime_error& e) {
        named = std::string(e.what()).find(path) != std::string::npos;
    }
    CHECK(named);
    std::remove(path.c_str());
}

TEST(oneVsRestMultiLabel) {
    std::vector<std::string> texts;
    std::vector<std::vector<int>> labels;
    for (int rep = 0; rep < 6; ++rep) {
        texts.push_back("cannot sleep " + std::to_string(rep));
        labels.push_back({0});
        texts.push_back("not hungry " + std::to_string(rep));
        labels.push_back({1});
        texts.push_back("cannot sleep and not hungry " + std::to_string(rep));
        labels.push_back({0, 1});
        texts.push_back("just a normal day " + std::to_string(rep));
        labels.push_back({});
    }
    TfidfLogisticRegression m;
    m.fit(texts, labels, 2, true);
    const auto p = m.predictProba({"cannot sleep and not hungry", "just a normal day", "cannot sleep"});
    CHECK(p[0][0] > 0.5 && p[0][1] > 0.5);
    CHECK(p[1][0] < 0.5 && p[1][1] < 0.5);
    CHECK(p[2][0] > 0.5 && p[2][1] < 0.5);
}

MINITEST_MAIN
