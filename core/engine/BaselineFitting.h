#pragma once

#include "TrainingData.h"
#include "core/baseline/TfidfLogisticRegression.h"

#include <QJsonObject>
#include <QStringList>

namespace memescope {

// The TF-IDF baseline fitted on a project's train split with C and thresholds chosen on its validation
// split, and what was chosen in words (for the run's log) and as JSON (for the run's record).
struct FittedBaseline {
    baseline::TfidfLogisticRegression model;
    baseline::BaselineFit fit;
    QStringList notes;
    QJsonObject
        record; // {"c", "c_chosen", "validation_macro_f1_by_c", "min_df", "features", "thresholds", ...}
};

FittedBaseline fitBaseline(const TrainingData& data);

// Probabilities of the given samples under a fitted baseline, rows in the order of `indices`.
std::vector<std::vector<double>> baselineProbabilities(const baseline::TfidfLogisticRegression& model,
                                                       const TrainingData& data,
                                                       const std::vector<int64_t>& indices);

} // namespace memescope
