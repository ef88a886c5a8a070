#pragma once

#include "BaselineFitting.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace memescope {

// The wide half of a wide-and-deep run: the TF-IDF baseline fitted on the run's train split, whose
// probabilities are blended with the network's at a weight chosen on validation (baseline/Blend.h). Kept in
// the model folder as wide.model (the baseline) and wide.json ({"weight", ...}); a folder without wide.json
// is a network alone.
struct WidePart {
    baseline::TfidfLogisticRegression model;
    double weight = 0;
};

// Tries every weight of the grid on the validation split (multi-label: with thresholds tuned there) and
// keeps the best (ties to the smaller weight). Notes say what was chosen against the network and the
// baseline alone; the record holds the scores by weight.
struct WideChoice {
    double weight = 0;
    QStringList notes;
    QJsonObject record;
};
WideChoice chooseWideWeight(const TrainingData& data, const QHash<int64_t, QVector<float>>& network,
                            const FittedBaseline& wide);

// Replaces each probability row by its blend (rows of samples the baseline has not seen are computed here).
void blendProbabilities(QHash<int64_t, QVector<float>>& probabilities, const TrainingData& data,
                        const WidePart& wide);
QVector<float> blendRow(const QVector<float>& network, const QString& text, const WidePart& wide);

void saveWidePart(const QString& modelDir, const baseline::TfidfLogisticRegression& model,
                  const WideChoice& choice);
// std::nullopt when the folder has no wide.json; throws EngineError naming the file when it is damaged.
std::optional<WidePart> loadWidePart(const QString& modelDir);

} // namespace memescope
