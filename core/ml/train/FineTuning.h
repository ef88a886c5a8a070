#pragma once

#include "core/ml/model/MultimodalModel.h"

#include <torch/optim/adamw.h>

#include <string>
#include <vector>

namespace memescope::ml {

// Freezes the embeddings and the first freezeTextLayers / freezeImageLayers layers of the encoders
// (requires_grad off, so they get no gradient and no optimizer state). Returns how many tensors it froze.
int64_t freezeEncoderLayers(MultimodalModel& model);
// Whether the config freezes this parameter (a name of the model's named_parameters()).
bool frozenByConfig(const std::string& name, const ModelConfig& config);

// The trainable parameters in two AdamW groups, new layers first (learningRate), then the encoders
// (encoderLearningRate, or learningRate when 0). A group with no parameters is left out.
std::vector<torch::optim::OptimizerParamGroup> parameterGroups(MultimodalModel& model);
// The learning rate each group of parameterGroups() starts from.
std::vector<double> baseLearningRates(MultimodalModel& model);

// The learning-rate multiplier for optimizer step `step` (0-based) of `total`: linear warm-up over the first
// `warmup` steps, then constant (plateau: the plateau rule scales it per epoch), linear or cosine decay to 0.
double scheduleFactor(LrSchedule schedule, int64_t step, int64_t total, int64_t warmup);

// bfloat16 autocast on CUDA for the lifetime of the scope (LibTorch's thread-local switch; a no-op when
// off or when LibTorch has no autocast header).
class AutocastScope {
public:
    explicit AutocastScope(bool on);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool on_;
};
void setAutocast(bool on);
bool autocastEnabled(); // on this thread (a recomputation in the backward restores what the forward had)

// TF32 for CUDA matrix products and convolutions (Ampere and later): ~8x the float32 rate, 10-bit mantissa.
void allowTf32(bool on);

} // namespace memescope::ml
