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
    // pixelValues [B, 3, S, S]; patchEmbeds [B, P, H] replaces patchEmbeddings(pixelValues) when defined
    // (explanations start there).
    EncoderOutput forward(const torch::Tensor& pixelValues, const torch::Tensor& patchEmbeds = {});
    // The patch projection (before the class token, positions and pre_layrnorm), row-major over the grid.
    torch::Tensor patchEmbeddings(const torch::Tensor& pixelValues) {
        return patchEmbedding_(pixelValues).flatten(2).transpose(1, 2);
    }
    torch::Tensor postLayerNorm(const torch::Tensor& x) { return postNorm_(x); }
    const ClipVisionConfig& config() const { return config_; }
    // Training recomputes each trainable layer in the backward (ActivationCheckpoint.h).
    void setActivationCheckpointing(bool on) { checkpointing_ = on; }
    // The embeddings and the first `layers` layers are a frozen feature extractor: no dropout in them while
    // training (see RobertaEncoder::setFrozenPrefix).
    void setFrozenPrefix(int64_t layers) { frozenPrefix_ = layers; }
    int64_t frozenPrefix() const { return frozenPrefix_; }
    // Hidden states 0 .. layers (after pre_layrnorm, then each of the first `layers` layers).
    std::vector<torch::Tensor> prefixStates(const torch::Tensor& pixelValues, int64_t layers);
    // Runs layers from .. numLayers-1 on hidden state `from`; returns states from+1 .. numLayers.
    std::vector<torch::Tensor> continueFrom(const torch::Tensor& state, int64_t from);

private:
    void runLayers(torch::Tensor x, int64_t from, int64_t to, std::vector<torch::Tensor>& states);
    torch::Tensor embed(const torch::Tensor& pixelValues, const torch::Tensor& patchEmbeds);
    int64_t frozenPrefix_ = 0;
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
    bool checkpointing_ = false;
    torch::nn::Dropout attnDropout_{nullptr};
};
TORCH_MODULE(ClipVisionEncoder);

} // namespace memescope::ml
