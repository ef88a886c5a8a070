#pragma once

#include "BatchPrefetcher.h"
#include "core/metrics/ClassificationMetrics.h"

#include <functional>
#include <string>
#include <vector>

namespace memescope::ml {

// What the model produced for a list of samples (rows in the order of the indices given).
struct ModelOutputs {
    torch::Tensor probabilities;      // [N, C] float, CPU
    torch::Tensor targets;            // [N] long or [N, C] float, as the loader's labels said
    torch::Tensor fused, text, image; // embeddings [N, D] (undefined when that side is off)
    // Per sample, when asked and the fusion is token-level: text-unit -> image-patch attention averaged
    // over layers and heads, [units, patches] (the class token dropped), with the unit strings.
    std::vector<torch::Tensor> attention;
    std::vector<std::vector<std::string>> units;
};

struct InferenceOptions {
    int64_t batchSize = 32;
    int loaderThreads = 2;
    bool attention = false;
    std::function<bool()> cancelled; // checked between batches; outputs are then incomplete
};

// Runs the model (eval mode, no gradients) over `indices`.
ModelOutputs runModel(MultimodalModel& model, const BatchBuilder& builder, const SampleLoader& loader,
                      const std::vector<int64_t>& indices, const torch::Device& device,
                      const InferenceOptions& options = {});

// Predicted 0/1 rows from probabilities: argmax (single-label) or p > threshold per label.
std::vector<std::vector<int>> predictedRows(const torch::Tensor& probabilities, bool multiLabel,
                                            const torch::Tensor& thresholds);
std::vector<std::vector<int>> targetRows(const torch::Tensor& targets, int64_t numLabels, bool multiLabel);
// scikit-learn-convention report of predictions against targets.
metrics::Report scoreOutputs(const ModelOutputs& out, bool multiLabel, const torch::Tensor& thresholds);
// The classification loss of training (cross-entropy, or binary cross-entropy with the positive weights the
// training used) over these outputs, recovered from their probabilities (clamped away from 0 and 1, so one
// confident mistake costs at most ~16 nats); 0 when there are none. The validation loss of the curves.
double classificationLossOf(const ModelOutputs& out, bool multiLabel,
                            const torch::Tensor& positiveWeight = {});
// The checkpoint criterion of MODEL.md: harmonic mean of macro-F1 and weighted-F1.
double checkpointScore(const metrics::Report& r);

// Per-label thresholds maximising that label's F1 on the given (validation) outputs, searched over
// 0.05 ... 0.95; labels without positives keep 0.5.
torch::Tensor tuneThresholds(const torch::Tensor& probabilities, const torch::Tensor& targets);

} // namespace memescope::ml
