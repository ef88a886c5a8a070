#include "ErrorAnalysis.h"

#include "ui/browser/SampleTableModel.h"

#include <algorithm>

namespace memescope {
namespace {

QVector<int> indicesOf(uint64_t mask, int n) {
    QVector<int> out;
    for (int i = 0; i < n; ++i)
        if (mask & (uint64_t(1) << i)) out << i;
    return out;
}

} // namespace

ErrorAnalysis::ErrorAnalysis(const SampleTableModel& model, const QString& split)
    : model_(model) {
    for (int r = 0; r < model.rowCount(); ++r) {
        const SampleRecord& s = model.sampleAt(r);
        if (!s.labelMask || !model.probabilitiesOf(s.id)) continue;
        if (!split.isEmpty() && s.split != split) continue;
        if (!model.schema().isMultiLabel() && *s.labelMask == 0) continue;
        rows_ << r;
    }
}

SplitEvaluation ErrorAnalysis::evaluation() const {
    // Scored on the decisions the browser shows (predictedMask: argmax, or the run's per-label thresholds),
    // written as 0/1 rows so evaluateProbabilities' default 0.5 reproduces them exactly.
    QVector<QVector<float>> decided;
    QVector<QVector<int>> truth;
    const int n = model_.schema().size();
    for (int r : rows_) {
        const SampleRecord& s = model_.sampleAt(r);
        QVector<float> row(n, 0.f);
        for (int i : indicesOf(model_.predictedMask(s.id), n))
            row[i] = 1.f;
        decided << row;
        truth << indicesOf(*s.labelMask, n);
    }
    return evaluateProbabilities("", decided, truth, model_.schema());
}

QVector<qint64> ErrorAnalysis::cellRows(MatrixKind kind, int i, int j, int label) const {
    QVector<qint64> out;
    for (int r : rows_) {
        const SampleRecord& s = model_.sampleAt(r);
        const uint64_t truth = *s.labelMask, predicted = model_.predictedMask(s.id);
        bool in = false;
        switch (kind) {
        case MatrixKind::Confusion:
        case MatrixKind::Cooccurrence:
            in = (truth & (uint64_t(1) << i)) && (predicted & (uint64_t(1) << j));
            break;
        case MatrixKind::PerLabel:
            in = bool(truth & (uint64_t(1) << label)) == bool(i) &&
                 bool(predicted & (uint64_t(1) << label)) == bool(j);
            break;
        }
        if (in) out << s.id;
    }
    return out;
}

QVector<ScoredSample> ErrorAnalysis::misclassified() const {
    QVector<ScoredSample> out;
    for (int r : rows_) {
        const SampleRecord& s = model_.sampleAt(r);
        if (model_.predictedMask(s.id) == *s.labelMask) continue;
        const QVector<float>& p = *model_.probabilitiesOf(s.id);
        out << ScoredSample{s.id, double(*std::max_element(p.begin(), p.end()))};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ScoredSample& a, const ScoredSample& b) { return a.score > b.score; });
    return out;
}

QVector<ScoredSample> ErrorAnalysis::suspectedLabelErrors(int limit) const {
    QVector<ScoredSample> out;
    const int n = model_.schema().size();
    for (int r : rows_) {
        const SampleRecord& s = model_.sampleAt(r);
        const QVector<float>& p = *model_.probabilitiesOf(s.id);
        const QVector<int> given = indicesOf(*s.labelMask, n);
        if (given.isEmpty()) continue; // "no symptom" has no label probability to doubt
        double score = 0;
        for (int l : given)
            score += p.value(l);
        score /= given.size();
        out << ScoredSample{s.id, score};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ScoredSample& a, const ScoredSample& b) { return a.score < b.score; });
    if (out.size() > limit) out.resize(limit);
    return out;
}

} // namespace memescope
