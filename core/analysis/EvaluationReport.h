#pragma once

#include "core/store/LabelSchema.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace memescope {

struct ClassFigures {
    QString label;
    double precision = 0, recall = 0, f1 = 0;
    qint64 support = 0;
};

// Scores of one split, scikit-learn conventions (see core/metrics).
struct SplitEvaluation {
    QString split;
    int samples = 0;
    double accuracy = 0, macroF1 = 0, weightedF1 = 0, microF1 = 0;
    QVector<ClassFigures> perClass;
    // Single-label: N x N [true][predicted]. Multi-label: the true-vs-predicted label co-occurrence matrix.
    QVector<QVector<qint64>> confusion;
    // Multi-label only: per label [[tn, fp], [fn, tp]].
    QVector<QVector<QVector<qint64>>> perLabelConfusion;

    QJsonObject toJson() const;
    static SplitEvaluation fromJson(const QJsonObject& o); // what toJson wrote; missing figures are 0
};

// Predicted label indices from probabilities: argmax (single-label) or p > threshold (default 0.5).
QVector<int> predictedLabels(const QVector<float>& probabilities, bool multiLabel,
                             const QVector<float>& thresholds = {});

// Scores predictions (rows of probabilities) against true label indices.
SplitEvaluation evaluateProbabilities(const QString& split, const QVector<QVector<float>>& probabilities,
                                      const QVector<QVector<int>>& truth, const LabelSchema& schema,
                                      const QVector<float>& thresholds = {});

} // namespace memescope
