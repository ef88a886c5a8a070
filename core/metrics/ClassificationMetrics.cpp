#include "ClassificationMetrics.h"

#include <stdexcept>

namespace memescope::metrics {
namespace {

double ratio(int64_t a, int64_t b) {
    return b > 0 ? double(a) / double(b) : 0.0;
}

ClassScores scores(int label, int64_t tp, int64_t fp, int64_t fn) {
    ClassScores s;
    s.label = label;
    s.tp = tp;
    s.fp = fp;
    s.fn = fn;
    s.support = tp + fn;
    s.precision = ratio(tp, tp + fp);
    s.recall = ratio(tp, tp + fn);
    s.f1 = ratio(2 * tp, 2 * tp + fp + fn);
    return s;
}

void averages(Report& r) {
    const size_t n = r.perClass.size();
    int64_t support = 0, tp = 0, fp = 0, fn = 0;
    for (const ClassScores& c : r.perClass) {
        r.macroPrecision += c.precision / double(n);
        r.macroRecall += c.recall / double(n);
        r.macroF1 += c.f1 / double(n);
        support += c.support;
        tp += c.tp;
        fp += c.fp;
        fn += c.fn;
    }
    for (const ClassScores& c : r.perClass) {
        const double w = ratio(c.support, support);
        r.weightedPrecision += w * c.precision;
        r.weightedRecall += w * c.recall;
        r.weightedF1 += w * c.f1;
    }
    r.microPrecision = ratio(tp, tp + fp);
    r.microRecall = ratio(tp, tp + fn);
    r.microF1 = ratio(2 * tp, 2 * tp + fp + fn);
}

void checkLabel(int l, int numLabels) {
    if (l < 0 || l >= numLabels) throw std::invalid_argument("label index out of range");
}

} // namespace

Report singleLabelReport(const std::vector<int>& yTrue, const std::vector<int>& yPred, int numLabels,
                         LabelSet labels) {
    if (yTrue.size() != yPred.size()) throw std::invalid_argument("y_true and y_pred differ in length");
    std::vector<int64_t> tp(size_t(numLabels), 0), fp(size_t(numLabels), 0), fn(size_t(numLabels), 0);
    std::vector<bool> present(size_t(numLabels), labels == LabelSet::AllLabels);
    int64_t correct = 0;
    for (size_t i = 0; i < yTrue.size(); ++i) {
        const int t = yTrue[i], p = yPred[i];
        checkLabel(t, numLabels);
        checkLabel(p, numLabels);
        present[size_t(t)] = present[size_t(p)] = true;
        if (t == p) {
            ++tp[size_t(t)];
            ++correct;
        } else {
            ++fn[size_t(t)];
            ++fp[size_t(p)];
        }
    }
    Report r;
    for (int l = 0; l < numLabels; ++l)
        if (present[size_t(l)]) r.perClass.push_back(scores(l, tp[size_t(l)], fp[size_t(l)], fn[size_t(l)]));
    r.accuracy = ratio(correct, int64_t(yTrue.size()));
    if (!r.perClass.empty()) averages(r);
    return r;
}

Report multiLabelReport(const std::vector<std::vector<int>>& yTrue,
                        const std::vector<std::vector<int>>& yPred, int numLabels) {
    if (yTrue.size() != yPred.size()) throw std::invalid_argument("y_true and y_pred differ in length");
    std::vector<int64_t> tp(size_t(numLabels), 0), fp(size_t(numLabels), 0), fn(size_t(numLabels), 0);
    int64_t exact = 0;
    for (size_t i = 0; i < yTrue.size(); ++i) {
        if (int(yTrue[i].size()) != numLabels || int(yPred[i].size()) != numLabels)
            throw std::invalid_argument("indicator rows must have numLabels columns");
        bool same = true;
        for (int l = 0; l < numLabels; ++l) {
            const bool t = yTrue[i][size_t(l)] != 0, p = yPred[i][size_t(l)] != 0;
            tp[size_t(l)] += t && p;
            fp[size_t(l)] += !t && p;
            fn[size_t(l)] += t && !p;
            same &= t == p;
        }
        exact += same;
    }
    Report r;
    for (int l = 0; l < numLabels; ++l)
        r.perClass.push_back(scores(l, tp[size_t(l)], fp[size_t(l)], fn[size_t(l)]));
    r.accuracy = ratio(exact, int64_t(yTrue.size()));
    if (!r.perClass.empty()) averages(r);
    return r;
}

std::vector<std::vector<int64_t>> confusionMatrix(const std::vector<int>& yTrue,
                                                  const std::vector<int>& yPred, int numLabels) {
    std::vector<std::vector<int64_t>> m(size_t(numLabels), std::vector<int64_t>(size_t(numLabels), 0));
    for (size_t i = 0; i < yTrue.size() && i < yPred.size(); ++i) {
        checkLabel(yTrue[i], numLabels);
        checkLabel(yPred[i], numLabels);
        ++m[size_t(yTrue[i])][size_t(yPred[i])];
    }
    return m;
}

std::vector<std::vector<std::vector<int64_t>>> multiLabelConfusion(const std::vector<std::vector<int>>& yTrue,
                                                                   const std::vector<std::vector<int>>& yPred,
                                                                   int numLabels) {
    std::vector<std::vector<std::vector<int64_t>>> out(size_t(numLabels), {{0, 0}, {0, 0}});
    for (size_t i = 0; i < yTrue.size() && i < yPred.size(); ++i)
        for (int l = 0; l < numLabels; ++l)
            ++out[size_t(l)][yTrue[i][size_t(l)] != 0][yPred[i][size_t(l)] != 0];
    return out;
}

std::vector<std::vector<int64_t>> labelCooccurrence(const std::vector<std::vector<int>>& yTrue,
                                                    const std::vector<std::vector<int>>& yPred,
                                                    int numLabels) {
    std::vector<std::vector<int64_t>> m(size_t(numLabels), std::vector<int64_t>(size_t(numLabels), 0));
    for (size_t i = 0; i < yTrue.size() && i < yPred.size(); ++i)
        for (int t = 0; t < numLabels; ++t)
            if (yTrue[i][size_t(t)])
                for (int p = 0; p < numLabels; ++p)
                    if (yPred[i][size_t(p)]) ++m[size_t(t)][size_t(p)];
    return m;
}

} // namespace memescope::metrics
