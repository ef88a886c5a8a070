#pragma once

#include "core/ml/config/EncoderConfigs.h"

#include <torch/nn.h>

#include <string>
#include <vector>

namespace memescope::ml {

// fastText-style features for one text: per word (whitespace-separated, ASCII lower-cased, edge
// punctuation stripped) the hashed ids of the word, the bigram with the previous word, and the character
// 2..5-grams of "<word>". Deterministic (FNV-1a), no vocabulary needed, robust to OCR noise and unseen words.
struct NgramFeatures {
    std::vector<std::string> words;
    std::vector<std::vector<int64_t>> ids; // per word, at most maxFeaturesPerWord bucket ids (>= 1)
};
NgramFeatures ngramFeatures(const std::string& utf8, const NgramConfig& c);
// [maxWords, maxFeaturesPerWord] ids (0 = padding) and [maxWords] mask for a batch row.
void ngramRow(const NgramFeatures& f, const NgramConfig& c, int64_t* ids, int64_t* mask);

// An embedding bag per word: mean of its feature embeddings, so the encoder still yields one vector per
// word (for token-level cross-attention and heatmaps) plus a pooled vector (masked mean over words).
class NgramEncoderImpl : public torch::nn::Module {
public:
    explicit NgramEncoderImpl(const NgramConfig& c);
    // ids [B, W, K] -> word vectors [B, W, dim]
    torch::Tensor forward(const torch::Tensor& ids) { return fromBags(bags(ids)); }
    // The two halves of forward, for explanations: the mean feature embedding per word [B, W, dim], and the
    // encoder's LayerNorm over it.
    torch::Tensor bags(const torch::Tensor& ids);
    torch::Tensor fromBags(const torch::Tensor& bags) { return norm_(bags); }
    const NgramConfig& config() const { return config_; }

private:
    NgramConfig config_;
    torch::nn::Embedding embedding_{nullptr};
    torch::nn::LayerNorm norm_{nullptr};
};
TORCH_MODULE(NgramEncoder);

} // namespace memescope::ml
