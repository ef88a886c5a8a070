#pragma once

#include "FigureIntervals.h"
#include "core/store/LabelSchema.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>

namespace memescope {

struct ClassFigures {
    QString label;
    double precision = 0, recall = 0, f1 = 0;
    qint64 support = 0;
};

// A split's headline figures again on the memes that repeat no training or validation meme (duplicates and
// leaks: core/duplicates), with how many were left out and the duplicate settings the choice rests on.
struct LeakFreeFigures {
    int samples = 0, removed = 0;
    double accuracy = 0, macroF1 = 0, weightedF1 = 0, microF1 = 0;
    double textThreshold = 0;
    int imageDistance = 0;
    // Their own 95 % bootstrap intervals over the leak-free memes (JSON "intervals"); nullopt for figures
    // stored before they had them.
    std::optional<SplitIntervals> intervals;

    QJsonObject toJson() const;
    static LeakFreeFigures fromJson(const QJsonObject& o);
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
    // The test split's figures without the memes that repeat a training or validation meme (JSON
    // "leak_free"); nullopt where not computed (validation, or a run scored before duplicates were known).
    std::optional<LeakFreeFigures> leakFree;
    // 95 % bootstrap intervals of the figures above (JSON "intervals"); nullopt for a split scored before
    // intervals existed.
    std::optional<SplitIntervals> intervals;

    QJsonObject toJson() const;
    static SplitEvaluation fromJson(const QJsonObject& o); // what toJson wrote; missing figures are 0
};

// Predicted label indices from probabilities: argmax (single-label) or p > threshold (default 0.5).
QVector<int> predictedLabels(const QVector<float>& probabilities, bool multiLabel,
                             const QVector<float>& thresholds = {});

// Scores predictions (rows of probabilities) against true label indices.
// withIntervals: also the 95 % bootstrap intervals (2,000 resamples: milliseconds for hundreds of memes, a
// fraction of a second for 10,000; a panel on the GUI thread leaves them to a job).
SplitEvaluation evaluateProbabilities(const QString& split, const QVector<QVector<float>>& probabilities,
                                      const QVector<QVector<int>>& truth, const LabelSchema& schema,
                                      const QVector<float>& thresholds = {}, bool withIntervals = true);

} // namespace memescope

namespace memescope {

// Which memes leak, and under which duplicate settings (core/duplicates decides; the engine passes it on).
struct LeakedMemes {
    QSet<int64_t> rowIds; // memes of the scored split that repeat a training or validation meme
    double textThreshold = 0;
    int imageDistance = 0;
};

// The leak-free figures of a split: the rows whose id (rowIds, one per row) is not leaked, scored again.
LeakFreeFigures leakFreeFigures(const QVector<QVector<float>>& probabilities,
                                const QVector<QVector<int>>& truth, const QVector<int64_t>& rowIds,
                                const LeakedMemes& leaked, const LabelSchema& schema,
                                const QVector<float>& thresholds = {});

// In words, for the CLI, the report and tooltips: "macro-F1 0.690 on all 120 test memes; 0.640 on the 108
// that repeat no training or validation meme (12 left out)", or that no test meme repeats one. Empty without
// leak-free figures.
QString describeLeakFree(const SplitEvaluation& e, int decimals = 3);

} // namespace memescope
