#pragma once

#include "core/ml/text/RobertaEncoder.h" // EncoderOutput

#include "core/ml/config/EncoderConfigs.h"

#include <torch/nn.h>

namespace memescope::ml {

// CLIPVisionModel (pre-LN ViT with class token, pre_layrnorm, quick_gelu, post_layernorm on the pooled
// token) with HF parameter names ("vision_model.embeddings.class_embedding", ...).
// hiddenStates[0] is after pre_layrnorm; lastHiddenState is before post_layernorm (as HF returns them);
// pooled = post_layernorm(last[:, 0]).
class ClipVisionEncoderImpl : public torch::nn::Module {
public:
    explicit ClipVisionEncoderImpl(const ClipVisionConfig& c);
    EncoderOutput forward(const torch::Tensor& pixelValues); // [B, 3, S, S]
    torch::Tensor postLayerNorm(const torch::Tensor& x) { return postNorm_(x); }
    const ClipVisionConfig& config() const { return config_; }

private:
    struct Layer {
        torch::nn::Linear q{nullptr}, k{nullptr}, v{nullptr}, out{nullptr}, fc1{nullptr}, fc2{nullptr};
        torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
    };
    ClipVisionConfig config_;
    torch::Tensor classEmbedding_;
    torch::nn::Conv2d patchEmbedding_{nullptr};
    torch::nn::Embedding positionEmbedding_{nullptr};
    torch::nn::LayerNorm preNorm_{nullptr}, postNorm_{nullptr};
    std::vector<Layer> layers_;
    torch::nn::Dropout attnDropout_{nullptr};
};
TORCH_MODULE(ClipVisionEncoder);

} // namespace memescope::ml
