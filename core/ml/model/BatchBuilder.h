#pragma once

#include "MultimodalModel.h"
#include "core/ml/text/BpeTokenizer.h"

#include <string>
#include <vector>

namespace memescope::ml {

// One sample as the data side delivers it: text, preprocessed image (CHW floats, empty = no image), labels.
struct SampleInput {
    std::string text;
    std::vector<float> pixels; // 3 * S * S, CLIP-normalised; empty when the sample has no usable image
    std::vector<int> labels;   // label indices (one for single-label)
};

// Tokenises / featurises and stacks samples into a ModelBatch for the configured encoders. The tokenizer
// is needed for RoBERTa only. Also returns, per sample, the text units attention refers to (BPE tokens or
// words), so heatmaps can be labelled.
class BatchBuilder {
public:
    BatchBuilder(const ModelConfig& config, const BpeTokenizer* tokenizer);
    ModelBatch build(const std::vector<SampleInput>& samples,
                     std::vector<std::vector<std::string>>* units = nullptr) const;

private:
    ModelConfig config_;
    const BpeTokenizer* tokenizer_;
};

} // namespace memescope::ml
