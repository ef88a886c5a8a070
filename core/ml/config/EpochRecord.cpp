#include "EpochRecord.h"

#include <limits>

namespace memescope::ml {

nlohmann::json EpochRecord::toJson() const {
    return {{"epoch", epoch},
            {"train_loss", trainLoss},
            {"learning_rate", learningRate},
            {"seconds", seconds},
            {"samples_per_second", samplesPerSecond},
            {"data_wait_share", dataWaitShare},
            {"train_classification_loss", trainClassificationLoss},
            {"val_loss", valLoss},
            {"val_macro_f1", valMacroF1},
            {"val_weighted_f1", valWeightedF1},
            {"val_accuracy", valAccuracy},
            {"score", score},
            {"sync_seconds", syncSeconds},
            {"optimizer_seconds", optimizerSeconds},
            {"best", best}};
}

EpochRecord EpochRecord::fromJson(const nlohmann::json& j) {
    EpochRecord r;
    r.epoch = j.at("epoch").get<int>();
    r.trainLoss = j.at("train_loss").get<double>();
    r.learningRate = j.at("learning_rate").get<double>();
    r.seconds = j.at("seconds").get<double>();
    r.samplesPerSecond = j.at("samples_per_second").get<double>();
    r.dataWaitShare = j.at("data_wait_share").get<double>();
    r.trainClassificationLoss = j.value("train_classification_loss", -1.0); // older runs lack them
    r.valLoss = j.value("val_loss", -1.0);
    r.valMacroF1 = j.at("val_macro_f1").get<double>();
    r.valWeightedF1 = j.at("val_weighted_f1").get<double>();
    r.valAccuracy = j.at("val_accuracy").get<double>();
    r.score = j.at("score").get<double>();
    r.best = j.at("best").get<bool>();
    r.syncSeconds = j.value("sync_seconds", 0.0); // older checkpoints did not measure them
    r.optimizerSeconds = j.value("optimizer_seconds", 0.0);
    return r;
}

std::optional<EpochRecord> EpochRecord::tryFromJson(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("epoch")) return std::nullopt;
    // What a reader needs may be all there is (a record written by hand, or by an older version): a missing
    // key takes its default. A value that was NaN (a diverged epoch) was written as null: it reads as NaN, so
    // the epoch's other figures are still shown.
    auto number = [&j](const char* key, double absent) {
        const auto it = j.find(key);
        if (it == j.end()) return absent;
        if (it->is_null()) return std::numeric_limits<double>::quiet_NaN();
        return it->get<double>(); // throws for a value of another type
    };
    try {
        EpochRecord r;
        r.epoch = j.at("epoch").get<int>();
        r.trainLoss = number("train_loss", 0);
        r.learningRate = number("learning_rate", 0);
        r.seconds = number("seconds", 0);
        r.samplesPerSecond = number("samples_per_second", 0);
        r.dataWaitShare = number("data_wait_share", 0);
        r.trainClassificationLoss = number("train_classification_loss", -1);
        r.valLoss = number("val_loss", -1);
        r.valMacroF1 = number("val_macro_f1", 0);
        r.valWeightedF1 = number("val_weighted_f1", 0);
        r.valAccuracy = number("val_accuracy", 0);
        r.score = number("score", 0);
        r.best = j.value("best", false);
        r.syncSeconds = number("sync_seconds", 0);
        r.optimizerSeconds = number("optimizer_seconds", 0);
        return r;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt; // a value of the wrong type
    }
}

} // namespace memescope::ml
