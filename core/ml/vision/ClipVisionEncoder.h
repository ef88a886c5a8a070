#pragma once

#include "core/ml/text/RobertaEncoder.h" // EncoderOutput

#include <nlohmann/json_fwd.hpp>
#include <torch/nn.h>

namespace memescope::ml {

struct ClipVisionConfig {
    int64_t imageSize = 224, patchSize = 32, hiddenSize = 768, numLayers = 12, numHeads = 12,
            intermediateSize = 3072, numChannels = 3;
    double layerNormEps = 1e-5, attentionDropout = 0.0;

    int64_t numPatches() const { return (imageSize / patchSize) * (imageSize / patchSize); }
    int64_t gridSide() const { return imageSize / patchSize; }
    static ClipVisionConfig
    fromJson(const nlohmann::json& j); // CLIPVisionConfig or a CLIPConfig's vision_config
    nlohmann::json toJson() const;
};

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
