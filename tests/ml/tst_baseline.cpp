// TF-IDF + logistic regression baseline: scikit-learn's analyzers and probabilities (expected values computed
// once with scikit-learn 1.2 and written below), idf and normalisation by hand, L-BFGS, C chosen on
// validation with tuned thresholds and its fallbacks, files of both versions, deterministic.
#include "MiniTest.h"

#include "core/baseline/BaselineText.h"
#include "core/baseline/Lbfgs.h"
#include "core/baseline/TfidfLogisticRegression.h"
#include <cstdio>
#include <fstream>
#include <unistd.h>

#include <algorithm>
#include <cmath>

using namespace memescope::baseline;

namespace {
BaselineOptions rawOptions() {
    BaselineOptions o;
    o.minDf = 1;
    o.sublinearTf = false;
    return o;
}
} // namespace

TEST(idfAndNormalisationByHand) {
    TfidfLogisticRegression m;
    m.fit({"cat sat", "cat ran", "dog"}, {{0}, {0}, {1}}, 2, false, rawOptions());
    // Smooth idf: ln((1 + 3) / (1 + df)) + 1.
    CHECK(std::abs(m.idfOf("w:cat") - (std::log(4.0 / 3.0) + 1)) < 1e-12);
    CHECK(std::abs(m.idfOf("w:dog") - (std::log(2.0) + 1)) < 1e-12);
    CHECK(std::abs(m.idfOf("w:cat sat") - (std::log(2.0) + 1)) < 1e-12);
    CHECK(std::abs(m.idfOf("c: c") - (std::log(4.0 / 3.0) + 1)) < 1e-12); // char_wb: " cat " -> " c"
    CHECK(m.idfOf("w:bird") == 0);
    // Each block (words, characters) has unit norm, as in a FeatureUnion of two TfidfVectorizers.
    double n = 0;
    for (const auto& [i, v] : m.features("cat sat"))
        n += v * v;
    CHECK(std::abs(n - 2.0) < 1e-12);
    // One-letter words are not tokens (sklearn's token pattern needs two characters).
    CHECK(baselineTerms("a I ok").count("w:ok") == 1 && baselineTerms("a I ok").count("w:a") == 0);
}

TEST(analyzersFollowScikitLearn) {
    // Words: punctuation and emoji end a word, accented letters do not; lower-cased beyond ASCII.
    CHECK((wordTokens("Can't SLEEP, caf\xc3\xa9\xf0\x9f\x98\xb4ok \xc3\x9c") ==
           std::vector<std::string>{"can", "sleep", "caf\xc3\xa9", "ok"}));
    // char_wb: chunks split on whitespace only (punctuation stays), padded, n-grams in characters; a chunk
    // shorter than n is counted once whole and ends the chunk.
    const auto g = charWbGrams("Hi, a", 2, 5);
    const std::vector<std::string> expected = {" h",   "hi",   "i,",    ", ", " hi", "hi,", "i, ",
                                               " hi,", "hi, ", " hi, ", " a", "a ",  " a "};
    CHECK(g == expected);
    const auto e = charWbGrams("\xc3\xa9t\xc3\xa9", 5, 5); // " été " is 5 characters: one 5-gram
    CHECK(e.size() == 1 && e[0] == " \xc3\xa9t\xc3\xa9 ");
    // Sublinear tf: 1 + ln(count) before idf.
    BaselineOptions o = rawOptions();
    o.sublinearTf = true;
    TfidfLogisticRegression m;
    m.fit({"sad sad sad", "happy"}, {{0}, {1}}, 2, false, o);
    double sad = 0;
    for (const auto& [i, v] : m.features("sad sad sad"))
        if (std::abs(v) > 0) sad = std::max(sad, v);
    CHECK(sad > 0 && sad <= 1.0);
}

TEST(probabilitiesMatchScikitLearn) {
    const std::vector<std::string> texts = {"Can't SLEEP again... 3am thoughts",
                                            "caf\xc3\xa9 at 3am, no sleep \xf0\x9f\x98\xb4",
                                            "skipped dinner; not hungry",
                                            "ate the whole pizza again!!",
                                            "I am NOT good enough",
                                            "everyone is better than me",
                                            "awake all night, again",
                                            "food? no thanks",
                                            "failure, failure, failure",
                                            "insomnia & coffee",
                                            "hungry or not, I don't eat",
                                            "why try. I'm a mess",
                                            "a I ok",
                                            "x"};
    const std::vector<std::vector<int>> single = {{0}, {0}, {1}, {1}, {2}, {2}, {0},
                                                  {1}, {2}, {0}, {1}, {2}, {2}, {0}};
    const std::vector<std::vector<int>> multi = {{0}, {0, 1}, {1}, {1},    {2}, {2}, {0},
                                                 {1}, {2},    {0}, {1, 2}, {2}, {},  {0}};
    const std::vector<std::string> probe = {"sleep? no sleep at 3am", "not hungry, I'm not good",
                                            "\xc3\x9c"
                                            "berraschung \xf0\x9f\x98\xb4 caf\xc3\xa9"};
    // FeatureUnion(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
    //              TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1))
    // + LogisticRegression(C=10) / OneVsRestClassifier(LogisticRegression(C=10)), tol 1e-12.
    const double expectSingle[3][3] = {{0.87040739, 0.06580649, 0.06378611},
                                       {0.09319827, 0.47154312, 0.43525861},
                                       {0.63643412, 0.16601312, 0.19755276}};
    const double expectMulti[3][3] = {{0.81270004, 0.66968251, 0.0779181},
                                      {0.06484425, 0.4798442, 0.6566367},
                                      {0.53181666, 0.57766546, 0.18810573}};
    BaselineOptions o;
    o.minDf = 1;
    o.c = 10;
    o.gradientTolerance = 1e-9;
    o.maxIterations = 5000;
    TfidfLogisticRegression s, m;
    s.fit(texts, single, 3, false, o);
    m.fit(texts, multi, 3, true, o);
    CHECK(s.featureCount() == 663); // sklearn's two vocabularies together
    const auto ps = s.predictProba(probe), pm = m.predictProba(probe);
    double worst = 0;
    for (int i = 0; i < 3; ++i)
        for (int k = 0; k < 3; ++k)
            worst = std::max({worst, std::abs(ps[size_t(i)][size_t(k)] - expectSingle[i][k]),
                              std::abs(pm[size_t(i)][size_t(k)] - expectMulti[i][k])});
    std::printf("  largest difference to scikit-learn: %.2e\n", worst);
    CHECK(worst < 1e-4);
    o.minDf = 2;
    TfidfLogisticRegression pruned;
    pruned.fit(texts, single, 3, false, o);
    CHECK(pruned.featureCount() == 143);
}

// A TF-IDF run's explanation: what each word adds to a label's decision value. The words' shares add up to
// the decision value minus the bias (read back from the sigmoid of a one-vs-rest model), and a label's own
// word carries the most.
TEST(wordWeightsAddUpToTheDecisionValue) {
    BaselineOptions o;
    o.minDf = 1;
    o.c = 10;
    TfidfLogisticRegression m;
    m.fit({"cannot sleep tonight", "sleep all day", "so hungry always", "hungry again today", "sleep again",
           "hungry tonight"},
          {{0}, {0}, {1}, {1}, {0}, {1}}, 2, true, o);
    const std::string text = "Still cannot sleep, hungry-ish   today";
    const auto p = m.predictProba({text}).front();
    for (int label = 0; label < 2; ++label) {
        std::vector<std::string> chunks;
        const std::vector<double> w = m.chunkContributions(text, label, &chunks);
        CHECK(chunks == (std::vector<std::string>{"Still", "cannot", "sleep,", "hungry-ish", "today"}));
        CHECK(w.size() == chunks.size());
        double sum = m.bias(label);
        for (const double v : w)
            sum += v;
        const double logit = std::log(p[size_t(label)] / (1 - p[size_t(label)]));
        CHECK(std::abs(sum - logit) < 1e-9);
        const size_t top = size_t(std::max_element(w.begin(), w.end()) - w.begin());
        CHECK(chunks[top] == (label == 0 ? "sleep," : "hungry-ish"));
    }
    CHECK_THROWS(m.chunkContributions(text, 2, nullptr), std::invalid_argument);
}

TEST(lbfgsFindsTheRosenbrockMinimum) {
    std::vector<double> x = {-1.2, 1.0};
    const LbfgsResult r = minimiseLbfgs(
        x,
        [](const std::vector<double>& v, std::vector<double>& g) {
            const double a = 1 - v[0], b = v[1] - v[0] * v[0];
            g[0] = -2 * a - 400 * v[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        },
        1000, 1e-8);
    CHECK(r.converged);
    CHECK(std::abs(x[0] - 1) < 1e-5 && std::abs(x[1] - 1) < 1e-5);
}

TEST(chosenCAndTunedThresholdsWithFallbacks) {
    // Two labels, the second rare and only weakly signalled: thresholds must move off 0.5 for it.
    std::vector<std::string> train, val;
    std::vector<std::vector<int>> trainY, valY;
    for (int i = 0; i < 120; ++i) {
        const bool a = i % 2 == 0, b = i % 5 == 0;
        std::string t = std::string(a ? "cannot sleep " : "fine day ") + (b ? "not hungry " : "") + "word" +
                        std::to_string(i % 17);
        std::vector<int> y;
        if (a) y.push_back(0);
        if (b) y.push_back(1);
        (i % 3 == 2 ? val : train).push_back(t);
        (i % 3 == 2 ? valY : trainY).push_back(y);
    }
    TfidfLogisticRegression m;
    const BaselineFit fit = m.fitSelectingC(train, trainY, val, valY, 2, true);
    CHECK(fit.cChosen && fit.scoreByC.size() == BaselineOptions{}.cGrid.size());
    std::printf("  validation macro-F1 %.3f at C %.1f, thresholds %.2f %.2f\n", fit.validationMacroF1, fit.c,
                m.thresholds()[0], m.thresholds()[1]);
    CHECK(fit.validationMacroF1 > 0.9);
    CHECK(m.thresholds().size() == 2 && m.c() == fit.c);
    // Too little validation data: C falls back to the default and the thresholds stay at 0.5.
    TfidfLogisticRegression few;
    const BaselineFit f2 = few.fitSelectingC(train, trainY, {val[0], val[1]}, {valY[0], valY[1]}, 2, true);
    CHECK(!f2.cChosen && f2.c == 1.0 && f2.scoreByC.size() == 1);
    // A label with fewer than three validation positives keeps 0.5 and is named.
    std::vector<std::vector<int>> noB = valY;
    for (auto& y : noB)
        y.erase(std::remove(y.begin(), y.end(), 1), y.end());
    noB[0].push_back(1);
    TfidfLogisticRegression rare;
    const BaselineFit f3 = rare.fitSelectingC(train, trainY, val, noB, 2, true);
    std::printf("  untuned %zu, threshold %.2f\n", f3.untunedLabels.size(), rare.thresholds()[1]);
    CHECK(f3.untunedLabels == std::vector<int>{1} && rare.thresholds()[1] == 0.5);
    // Texts that share nothing: min_df 2 would leave no feature, so every feature is kept.
    TfidfLogisticRegression tiny;
    const BaselineFit f4 = tiny.fitSelectingC({"xyz", "qrs"}, {{0}, {1}}, {}, {}, 2, false);
    CHECK(f4.minDf == 1 && tiny.featureCount() > 0);
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
    CHECK(back.thresholds() == m.thresholds() && back.c() == m.c());
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
    // A file of the first version (raw counts, blocks scaled by 1/sqrt(2), no thresholds) still predicts.
    {
        std::ofstream v1(path, std::ios::trunc);
        v1 << "memescope-tfidf-lr 1 2 0 1\n1.5 0 6 w:good\n0.5 0.1\n-0.5 -0.1\n";
    }
    const TfidfLogisticRegression old = TfidfLogisticRegression::load(path);
    const double z = 0.5 / std::sqrt(2.0) + 0.1;
    CHECK(std::abs(old.predictProba({"good"})[0][0] - 1.0 / (1.0 + std::exp(-2 * z))) < 1e-12);
    CHECK(old.thresholds() == std::vector<double>(2, 0.5));
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
