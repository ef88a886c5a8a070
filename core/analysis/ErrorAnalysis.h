#pragma once

#include "EvaluationReport.h"
#include "RunPredictions.h"
#include "core/store/SampleRecord.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace memescope {

enum class MatrixKind { Confusion, Cooccurrence, PerLabel };

struct ScoredSample {
    qint64 rowId = 0;
    double score = 0; // confidence of the (wrong) prediction, or probability given to the true labels
    bool conflictingRepost = false; // a repost of this meme carries other labels (suspected label errors)
};

// Error analysis of a run on one split: the memes with labels and a prediction, the decisions scored, the
// memes behind each matrix cell, the most confident mistakes, suspected label errors. Used by the Error
// Analysis panel, the report and the CLI alike. Keeps references: `samples` and `predictions` must outlive
// it.
class ErrorAnalysis {
public:
    // split "" = every labelled meme.
    ErrorAnalysis(const QVector<SampleRecord>& samples, const LabelSchema& schema,
                  const RunPredictions& predictions, const QString& split);
    SplitEvaluation evaluation(bool withIntervals = true) const; // see evaluateProbabilities
    // The samples behind one cell: single-label [true i][predicted j]; co-occurrence (multi-label): true
    // labels contain i and predicted labels contain j; per-label 2x2 of `label`: [truth r][prediction c].
    QVector<qint64> cellRows(MatrixKind kind, int i, int j, int label = 0) const;
    // Wrong predictions, most confident first.
    QVector<ScoredSample> misclassified() const;
    // Suspected label errors: first the memes whose reposts carry other labels (`conflicting`: row ids of
    // conflicting duplicate groups, ProjectDuplicates::conflictingRowIds), then (confident-learning style)
    // samples whose given labels get the lowest probability from the model; each part lowest probability
    // first. Only out-of-sample splits (val, test) are honest for the model's part.
    QVector<ScoredSample> suspectedLabelErrors(int limit = 100, const QSet<qint64>& conflicting = {}) const;
    int sampleCount() const { return int(rows_.size()); }
    const SampleRecord& sample(int64_t rowId) const; // one of the analysed memes

private:
    const QVector<SampleRecord>& samples_;
    const LabelSchema& schema_;
    const RunPredictions& predictions_;
    QVector<int> rows_; // indices into samples_ with labels and a prediction in the split
};

} // namespace memescope
