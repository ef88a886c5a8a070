#pragma once

#include <QHash>
#include <QVector>
#include <cstdint>
#include <optional>

namespace memescope {

// A run's predicted probabilities per meme (sample row id) with its decision thresholds, and everything the
// GUI, the report and the CLI derive from them -- under the one decision rule (metrics::decideRow).
class RunPredictions {
public:
    RunPredictions() = default;
    RunPredictions(QHash<int64_t, QVector<float>> probabilities, QVector<float> thresholds, bool multiLabel);

    bool isEmpty() const { return probabilities_.isEmpty(); }
    int size() const { return int(probabilities_.size()); }
    bool multiLabel() const { return multiLabel_; }
    const QVector<float>& thresholds() const { return thresholds_; }
    const QVector<float>* probabilitiesOf(int64_t rowId) const;
    // Predicted labels as a bit mask; 0 without a prediction.
    uint64_t predictedMask(int64_t rowId) const;
    // Prediction equals the given labels; nullopt without a prediction or labels.
    std::optional<bool> correct(int64_t rowId, const std::optional<uint64_t>& labels) const;
    // The highest probability; nullopt without a prediction.
    std::optional<double> confidence(int64_t rowId) const;
    // 0..1: normalised entropy (single-label) or mean binary entropy (multi-label); nullopt without one.
    std::optional<double> uncertainty(int64_t rowId) const;
    // Mean probability the model gives to the labels a meme has (low: the labels may be wrong); nullopt
    // without a prediction or with no label ("no symptom").
    std::optional<double> supportForLabels(int64_t rowId, uint64_t labels) const;

private:
    QHash<int64_t, QVector<float>> probabilities_;
    QVector<float> thresholds_;
    bool multiLabel_ = false;
};

} // namespace memescope
