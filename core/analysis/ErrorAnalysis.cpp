#include "ErrorAnalysis.h"

#include <algorithm>

namespace memescope {

ErrorAnalysis::ErrorAnalysis(const QVector<SampleRecord>& samples, const LabelSchema& schema,
                             const RunPredictions& predictions, const QString& split)
    : samples_(samples)
    , schema_(schema)
    , predictions_(predictions) {
    for (int r = 0; r < samples.size(); ++r) {
        const SampleRecord& s = samples[r];
        if (!s.labelMask || !predictions.probabilitiesOf(s.id)) continue;
        if (!split.isEmpty() && s.split != split) continue;
        if (!schema.isMultiLabel() && *s.labelMask == 0) continue;
        rows_ << r;
    }
}

const SampleRecord& ErrorAnalysis::sample(int64_t rowId) const {
    for (int r : rows_)
        if (samples_[r].id == rowId) return samples_[r];
    static const SampleRecord none;
    return none;
}

SplitEvaluation ErrorAnalysis::evaluation(bool withIntervals) const {
    // Scored on the decisions shown everywhere (the run's thresholds), written as 0/1 rows so
    // evaluateProbabilities' default 0.5 reproduces them exactly.
    QVector<QVector<float>> decided;
    QVector<QVector<int>> truth;
    const int n = schema_.size();
    for (int r : rows_) {
        const SampleRecord& s = samples_[r];
        QVector<float> row(n, 0.f);
        for (int i : schema_.indicesOf(predictions_.predictedMask(s.id)))
            row[i] = 1.f;
        decided << row;
        truth << schema_.indicesOf(*s.labelMask);
    }
    return evaluateProbabilities("", decided, truth, schema_, {}, withIntervals);
}

QVector<qint64> ErrorAnalysis::cellRows(MatrixKind kind, int i, int j, int label) const {
    QVector<qint64> out;
    for (int r : rows_) {
        const SampleRecord& s = samples_[r];
        const uint64_t truth = *s.labelMask, predicted = predictions_.predictedMask(s.id);
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
        const SampleRecord& s = samples_[r];
        if (predictions_.correct(s.id, s.labelMask).value_or(true)) continue;
        out << ScoredSample{s.id, predictions_.confidence(s.id).value_or(0)};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ScoredSample& a, const ScoredSample& b) { return a.score > b.score; });
    return out;
}

QVector<ScoredSample> ErrorAnalysis::suspectedLabelErrors(int limit, const QSet<qint64>& conflicting) const {
    QVector<ScoredSample> out;
    for (int r : rows_) {
        const SampleRecord& s = samples_[r];
        const bool repost = conflicting.contains(s.id);
        // "no symptom" has no label probability to doubt (a conflicting repost is doubted all the same)
        if (const auto support = predictions_.supportForLabels(s.id, *s.labelMask))
            out << ScoredSample{s.id, *support, repost};
        else if (repost)
            out << ScoredSample{s.id, 1.0, true};
    }
    std::stable_sort(out.begin(), out.end(), [](const ScoredSample& a, const ScoredSample& b) {
        if (a.conflictingRepost != b.conflictingRepost) return a.conflictingRepost;
        return a.score < b.score;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

} // namespace memescope
