#pragma once

#include "core/ml/config/ModelConfig.h"

#include <QString>
#include <QStringList>

namespace memescope {

enum class EncoderRole { Text, Image };

// What a Hugging Face checkpoint folder holds, read from its config.json without loading the weights:
// for the training dialog, so a wrong or swapped folder shows before a run starts.
struct CheckpointInfo {
    bool ok = false;
    QString summary; // "RobertaForMaskedLM: 12 layers, hidden 768 (pytorch_model.bin)", or the problem
    int layers = 0;  // the encoder's layer count from config.json (0: not said)
};
CheckpointInfo inspectCheckpoint(const QString& dir, EncoderRole role);

// The warnings a training config earns before it starts (a base-size encoder from random weights).
QStringList trainingWarnings(const ml::ModelConfig& config);

} // namespace memescope
