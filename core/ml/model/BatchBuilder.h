#pragma once

#include "MultimodalModel.h"
#include "core/ml/text/BpeTokenizer.h"

#include <memory>
#include <string>
#include <vector>

namespace memescope::ml {

// One meme's features from an encoder's frozen prefix, as the FeatureCache stores them: the first-token
// vectors of hidden states 0 .. k [k + 1, H], and hidden state k in full [L, H] where the model needs it
// (text: its L tokens, no padding). `present`: the meme had a usable image (image features).
struct CachedFeatures {
    torch::Tensor cls, sequence;
    bool present = true;
};

// One sample as the data side delivers it: text, preprocessed image (CHW floats, empty = no image), labels.
// With cached features for an encoder, the batch carries those instead of its tokens / pixels (the text is
// still tokenised where the caller asks for the units attention refers to).
struct SampleInput {
    std::string text;
    std::vector<float> pixels; // 3 * S * S, CLIP-normalised; empty when the sample has no usable image
    std::vector<int> labels;   // label indices (one for single-label)
    std::shared_ptr<const CachedFeatures> textFeatures, imageFeatures;
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
