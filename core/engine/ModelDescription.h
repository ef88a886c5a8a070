#pragma once

#include "core/ml/config/ModelConfig.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace memescope {

// A model config in the user's words, for the Runs table, reports and comparisons (the JSON keys stay
// in tooltips and files). Translated in the context "memescope::ModelWords".

// A few words: "small · RoBERTa · CLIP · word-patch attention", "TF-IDF + logistic regression".
QString describeModel(const ml::ModelConfig& config);

// The settings that define the run, as (setting, value) rows in words: the parts it has (a TF-IDF run
// lists no encoders, fusion or epochs), then how it was trained.
QVector<QPair<QString, QString>> describeSettings(const ml::ModelConfig& config);

} // namespace memescope
