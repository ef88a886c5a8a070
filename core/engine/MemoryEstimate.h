#pragma once

#include "core/ml/config/ModelConfig.h"
#include "core/store/RunStore.h"

#include <QString>
#include <QVector>
#include <cstdint>
#include <optional>

namespace memescope {

// What a training run is expected to take at its peak, from what earlier runs of the same network measured
// (RunSummary::peakMemoryBytes): the same encoders, sizes, text read, freezing, precision and activation
// checkpointing; only the batch size may differ. With two or more batch sizes measured, a least-squares line
// of peak memory against batch size (the weights, gradients and optimizer state are the fixed part, the
// activations grow with the batch); otherwise the tightest bound the measurements give: a run with a batch
// at least as large took at most its peak, and one with a smaller batch scales up in proportion (the fixed
// part makes that an overestimate).
struct MemoryEstimate {
    int64_t bytes = 0;
    int runsMeasured = 0; // earlier runs it rests on
    bool upperBound = false;
};
std::optional<MemoryEstimate> estimateTrainingMemory(const ml::ModelConfig& config,
                                                     const QVector<RunRecord>& runs);

// The physical memory of this computer in bytes (0 when unknown).
int64_t physicalMemoryBytes();

// For the training dialog: nothing when there is no estimate; an estimate that fits (at most 90 % of
// `physicalBytes`) as information; one that does not as a warning naming what lowers it.
struct MemoryAdvice {
    QString text;
    bool warning = false;
};
MemoryAdvice trainingMemoryAdvice(const ml::ModelConfig& config, const QVector<RunRecord>& runs,
                                  int64_t physicalBytes);

} // namespace memescope
