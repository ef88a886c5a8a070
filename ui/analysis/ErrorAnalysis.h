#pragma once

#include "core/engine/EvaluationReport.h"

#include <QString>
#include <QVector>

namespace memescope {

class SampleTableModel;

// Error analysis over the browser's model (labels + the selected run's probabilities), for one split.
enum class MatrixKind { Confusion, Cooccurrence, PerLabel };

struct ScoredSample {
    qint64 rowId = 0;
    double score = 0; // confidence of the (wrong) prediction, or probability given to the true labels
};

class ErrorAnalysis {
public:
    ErrorAnalysis(const SampleTableModel& model, const QString& split); // split "" = all labelled samples
    SplitEvaluation evaluation() const;
    // The samples behind one cell: single-label [true i][predicted j]; co-occurrence (multi-label): true
    // labels contain i and predicted labels contain j; per-label 2x2 of `label`: [truth r][prediction c].
    QVector<qint64> cellRows(MatrixKind kind, int i, int j, int label = 0) const;
    // Wrong predictions, most confident first.
    QVector<ScoredSample> misclassified() const;
    // Suspected label errors (confident-learning style): samples whose given labels get the lowest
    // probability from the model, lowest first. Only out-of-sample splits (val, test) are honest here.
    QVector<ScoredSample> suspectedLabelErrors(int limit = 100) const;
    int sampleCount() const { return int(rows_.size()); }

private:
    const SampleTableModel& model_;
    QVector<int> rows_; // model rows with labels and a prediction in the split
};

} // namespace memescope
