#include "ClipVisionEncoder.h"

#include "core/ml/model/ActivationCheckpoint.h"

#include "core/ml/fusion/AttentionKernel.h"

#include <torch/torch.h>

#include <cmath>

namespace memescope::ml {

ClipVisionEncoderImpl::ClipVisionEncoderImpl(const ClipVisionConfig& c)
    : config_(c) {
    auto vm = register_module("vision_model", std::make_shared<torch::nn::Module>());
    auto emb = vm->register_module("embeddings", std::make_shared<torch::nn::Module>());
    classEmbedding_ = emb->register_parameter("class_embedding", torch::randn({c.hiddenSize}) * 0.02);
    patchEmbedding_ = emb->register_module(
        "patch_embedding",
        torch::nn::Conv2d(torch::nn::Conv2dOptions(c.numChannels, c.hiddenSize, c.patchSize)
                              .stride(c.patchSize)
                              .bias(false)));
    positionEmbedding_ =
        emb->register_module("position_embedding", torch::nn::Embedding(c.numPatches() + 1, c.hiddenSize));
    auto ln = [&](torch::nn::Module& owner, const char* name) {
        return owner.register_module(
            name, torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.hiddenSize}).eps(c.layerNormEps)));
    };
    preNorm_ = ln(*vm, "pre_layrnorm"); // sic: HF's name
    auto encoder = vm->register_module("encoder", std::make_shared<torch::nn::Module>());
    auto layers = encoder->register_module("layers", std::make_shared<torch::nn::Module>());
    for (int64_t i = 0; i < c.numLayers; ++i) {
        auto l = layers->register_module(std::to_string(i), std::make_shared<torch::nn::Module>());
        auto attn = l->register_module("self_attn", std::make_shared<torch::nn::Module>());
        auto mlp = l->register_module("mlp", std::make_shared<torch::nn::Module>());
        Layer layer;
        layer.k = attn->register_module("k_proj", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
        layer.v = attn->register_module("v_proj", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
        layer.q = attn->register_module("q_proj", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
        layer.out = attn->register_module("out_proj", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
        layer.norm1 = ln(*l, "layer_norm1");
        layer.fc1 = mlp->register_module("fc1", torch::nn::Linear(c.hiddenSize, c.intermediateSize));
        layer.fc2 = mlp->register_module("fc2", torch::nn::Linear(c.intermediateSize, c.hiddenSize));
        layer.norm2 = ln(*l, "layer_norm2");
        layers_.push_back(layer);
    }
    postNorm_ = ln(*vm, "post_layernorm");
    attnDropout_ = register_module("attn_dropout", torch::nn::Dropout(c.attentionDropout));
}

torch::Tensor ClipVisionEncoderImpl::embed(const torch::Tensor& pixels, const torch::Tensor& patchEmbeds) {
    const int64_t B = patchEmbeds.defined() ? patchEmbeds.size(0) : pixels.size(0), H = config_.hiddenSize;
    // Patches row-major over the grid (index = row * side + col), class token first.
    const torch::Tensor patches = patchEmbeds.defined() ? patchEmbeds : patchEmbeddings(pixels);
    const torch::Tensor x =
        torch::cat({classEmbedding_.expand({B, 1, H}), patches}, 1) + positionEmbedding_->weight.unsqueeze(0);
    return preNorm_(x);
}

EncoderOutput ClipVisionEncoderImpl::forward(const torch::Tensor& pixels, const torch::Tensor& patchEmbeds) {
    EncoderOutput out;
    out.hiddenStates.push_back(embed(pixels, patchEmbeds));
    runLayers(out.hiddenStates.back(), 0, int64_t(layers_.size()), out.hiddenStates);
    out.lastHiddenState = out.hiddenStates.back();
    out.pooled = postNorm_(out.lastHiddenState.select(1, 0));
    return out;
}

std::vector<torch::Tensor> ClipVisionEncoderImpl::prefixStates(const torch::Tensor& pixels, int64_t layers) {
    std::vector<torch::Tensor> states{embed(pixels, {})};
    runLayers(states.back(), 0, std::min<int64_t>(layers, int64_t(layers_.size())), states);
    return states;
}

std::vector<torch::Tensor> ClipVisionEncoderImpl::continueFrom(const torch::Tensor& state, int64_t from) {
    std::vector<torch::Tensor> states;
    runLayers(state, from, int64_t(layers_.size()), states);
    return states;
}

void ClipVisionEncoderImpl::runLayers(torch::Tensor x, int64_t from, int64_t to,
                                      std::vector<torch::Tensor>& states) {
    const int64_t B = x.size(0), L = x.size(1), H = config_.hiddenSize, heads = config_.numHeads,
                  dh = H / heads;
    const double attentionDropout = config_.attentionDropout;
    for (int64_t i = from; i < to; ++i) {
        Layer& layer = layers_[size_t(i)];
        // A frozen layer is a fixed feature extractor: no dropout in it, even while training.
        const bool training = is_training() && i >= frozenPrefix_;
        auto run = [&layer, B, L, H, heads, dh, attentionDropout, training](torch::Tensor x) mutable {
            Layer& l = layer;
            const torch::Tensor h = l.norm1(x);
            // q, k and v in one GEMM (weights concatenated on the fly; names and checkpoints unchanged): one
            // large matrix product keeps both BLAS threads busier than three small ones, forward and
            // backward.
            const torch::Tensor qkv =
                torch::nn::functional::linear(h, torch::cat({l.q->weight, l.k->weight, l.v->weight}, 0),
                                              torch::cat({l.q->bias, l.k->bias, l.v->bias}, 0))
                    .view({B, L, 3, heads, dh})
                    .permute({2, 0, 3, 1, 4});
            const torch::Tensor context = attend(qkv[0], qkv[1], qkv[2], {}, attentionDropout, training);
            x = x + l.out(context.transpose(1, 2).reshape({B, L, H}));
            const torch::Tensor m = l.fc1(l.norm2(x));
            return x + l.fc2(m * torch::sigmoid(1.702 * m)); // quick_gelu
        };
        const bool recompute =
            checkpointing_ && training && torch::GradMode::is_enabled() && layer.fc1->weight.requires_grad();
        x = recompute ? checkpointed(run, x) : run(x);
        states.push_back(x);
    }
}

} // namespace memescope::ml
