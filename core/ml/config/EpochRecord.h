#pragma once

#include <nlohmann/json.hpp>
#include <optional>

namespace memescope::ml {

// What one training epoch measured. Written by the trainer, stored with the run (one JSON object per epoch),
// read back by the Training view, the report, the CLI and the ablation estimate through fromJson: the keys
// are spelled here only. Torch-free.
struct EpochRecord {
    int epoch = 0;
    double trainLoss = 0, learningRate = 0, seconds = 0, samplesPerSecond = 0, dataWaitShare = 0;
    double valMacroF1 = 0, valWeightedF1 = 0, valAccuracy = 0, score = 0;
    // The classification part of the loss (what the validation loss measures too; trainLoss adds the
    // contrastive and expert-balance terms when they are on), mean per meme. -1: not measured (older runs).
    double trainClassificationLoss = -1, valLoss = -1;
    // Where the training steps' time went: summing gradients across ranks, and the optimizer (zeroing,
    // clipping, the AdamW step) that every rank repeats.
    double syncSeconds = 0, optimizerSeconds = 0;
    bool best = false;

    bool hasValLoss() const { return valLoss >= 0; }
    nlohmann::json toJson() const;
    // Throws nlohmann::json::exception for a record without the keys every version wrote (the trainer's
    // own state, where a missing key is corruption).
    static EpochRecord fromJson(const nlohmann::json& j);
    // For readers: every key but the epoch defaults when absent; nullopt for a record without an epoch or
    // with a value of the wrong type (shown as a gap, never a failure).
    static std::optional<EpochRecord> tryFromJson(const nlohmann::json& j);
};

} // namespace memescope::ml
