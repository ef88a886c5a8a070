#include "RobertaEncoder.h"

#include "core/ml/model/ActivationCheckpoint.h"

#include "core/ml/fusion/AttentionKernel.h"

#include <torch/torch.h>

#include <cmath>

namespace memescope::ml {

RobertaEmbeddingsImpl::RobertaEmbeddingsImpl(const RobertaConfig& c)
    : padId(c.padTokenId) {
    word_embeddings = register_module(
        "word_embeddings",
        torch::nn::Embedding(
            torch::nn::EmbeddingOptions(c.vocabSize, c.hiddenSize).padding_idx(c.padTokenId)));
    position_embeddings = register_module(
        "position_embeddings",
        torch::nn::Embedding(
            torch::nn::EmbeddingOptions(c.maxPositions, c.hiddenSize).padding_idx(c.padTokenId)));
    token_type_embeddings =
        register_module("token_type_embeddings", torch::nn::Embedding(c.typeVocabSize, c.hiddenSize));
    LayerNorm = register_module(
        "LayerNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.hiddenSize}).eps(c.layerNormEps)));
    dropout = register_module("dropout", torch::nn::Dropout(c.hiddenDropout));
}

torch::Tensor RobertaEmbeddingsImpl::forward(const torch::Tensor& ids, const torch::Tensor& wordEmbeds) {
    // HF create_position_ids_from_input_ids: real tokens count up from padding_idx + 1, pads get padding_idx.
    const torch::Tensor notPad = ids.ne(padId).to(torch::kLong);
    const torch::Tensor positions = torch::cumsum(notPad, 1) * notPad + padId;
    torch::Tensor x = (wordEmbeds.defined() ? wordEmbeds : word_embeddings(ids)) +
                      position_embeddings(positions) + token_type_embeddings->weight[0];
    return dropout(LayerNorm(x));
}

RobertaLayerImpl::RobertaLayerImpl(const RobertaConfig& c)
    : heads_(c.numHeads)
    , headDim_(c.hiddenSize / c.numHeads) {
    // HF module tree: attention.self.{query,key,value}, attention.output.{dense,LayerNorm},
    // intermediate.dense, output.{dense,LayerNorm}.
    auto attention = register_module("attention", std::make_shared<torch::nn::Module>());
    auto self = attention->register_module("self", std::make_shared<torch::nn::Module>());
    query_ = self->register_module("query", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
    key_ = self->register_module("key", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
    value_ = self->register_module("value", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
    auto attnOutput = attention->register_module("output", std::make_shared<torch::nn::Module>());
    attnOut_ = attnOutput->register_module("dense", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
    attnNorm_ = attnOutput->register_module(
        "LayerNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.hiddenSize}).eps(c.layerNormEps)));
    auto intermediate = register_module("intermediate", std::make_shared<torch::nn::Module>());
    intermediate_ =
        intermediate->register_module("dense", torch::nn::Linear(c.hiddenSize, c.intermediateSize));
    auto output = register_module("output", std::make_shared<torch::nn::Module>());
    out_ = output->register_module("dense", torch::nn::Linear(c.intermediateSize, c.hiddenSize));
    outNorm_ = output->register_module(
        "LayerNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.hiddenSize}).eps(c.layerNormEps)));
    attnDropout_ = register_module("attn_dropout", torch::nn::Dropout(c.attentionDropout));
    dropout_ = register_module("dropout", torch::nn::Dropout(c.hiddenDropout));
}

torch::Tensor RobertaLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& additiveMask) {
    const int64_t B = x.size(0), L = x.size(1);
    // One GEMM for q, k and v (weights concatenated on the fly; HF names and checkpoints unchanged).
    const torch::Tensor qkv =
        torch::nn::functional::linear(x, torch::cat({query_->weight, key_->weight, value_->weight}, 0),
                                      torch::cat({query_->bias, key_->bias, value_->bias}, 0))
            .view({B, L, 3, heads_, headDim_})
            .permute({2, 0, 3, 1, 4});
    const torch::Tensor context =
        attend(qkv[0], qkv[1], qkv[2], additiveMask, attnDropout_->options.p(), is_training())
            .transpose(1, 2)
            .reshape({B, L, heads_ * headDim_});
    const torch::Tensor h = attnNorm_(dropout_(attnOut_(context)) + x);
    return outNorm_(dropout_(out_(torch::gelu(intermediate_(h)))) + h);
}

RobertaEncoderImpl::RobertaEncoderImpl(const RobertaConfig& c, bool withPooler)
    : config_(c) {
    embeddings_ = register_module("embeddings", RobertaEmbeddings(c));
    auto encoder = register_module("encoder", std::make_shared<torch::nn::Module>());
    layers_ = encoder->register_module("layer", torch::nn::ModuleList());
    for (int64_t i = 0; i < c.numLayers; ++i)
        layers_->push_back(RobertaLayer(c));
    if (withPooler) {
        auto pooler = register_module("pooler", std::make_shared<torch::nn::Module>());
        poolerDense_ = pooler->register_module("dense", torch::nn::Linear(c.hiddenSize, c.hiddenSize));
    }
}

EncoderOutput RobertaEncoderImpl::forward(const torch::Tensor& ids, const torch::Tensor& attentionMask,
                                          const torch::Tensor& wordEmbeds) {
    EncoderOutput out;
    out.hiddenStates.push_back(embeddings_->forward(ids, wordEmbeds));
    runLayers(out.hiddenStates.back(), attentionMask, 0, int64_t(layers_->size()), out.hiddenStates);
    out.lastHiddenState = out.hiddenStates.back();
    if (poolerDense_) out.pooled = torch::tanh(poolerDense_(out.lastHiddenState.select(1, 0)));
    return out;
}

void RobertaEncoderImpl::runLayers(torch::Tensor x, const torch::Tensor& attentionMask, int64_t from,
                                   int64_t to, std::vector<torch::Tensor>& states) {
    // HF: (1 - mask) * finfo.min, broadcast over heads and query positions.
    const torch::Tensor additive =
        (1.0 - attentionMask.to(x.dtype()).unsqueeze(1).unsqueeze(2)) * std::numeric_limits<float>::lowest();
    for (int64_t i = from; i < to; ++i) {
        RobertaLayerImpl* l = layers_[size_t(i)]->as<RobertaLayer>();
        if (shouldCheckpoint(checkpointing_, *l))
            x = checkpointed([l, additive](const torch::Tensor& h) { return l->forward(h, additive); }, x);
        else
            x = l->forward(x, additive);
        states.push_back(x);
    }
}

std::vector<torch::Tensor> RobertaEncoderImpl::prefixStates(const torch::Tensor& ids,
                                                            const torch::Tensor& attentionMask,
                                                            int64_t layers) {
    std::vector<torch::Tensor> states{embeddings_->forward(ids, {})};
    runLayers(states.back(), attentionMask, 0, std::min<int64_t>(layers, int64_t(layers_->size())), states);
    return states;
}

std::vector<torch::Tensor> RobertaEncoderImpl::continueFrom(const torch::Tensor& state,
                                                            const torch::Tensor& attentionMask,
                                                            int64_t from) {
    std::vector<torch::Tensor> states;
    runLayers(state, attentionMask, from, int64_t(layers_->size()), states);
    return states;
}

void RobertaEncoderImpl::train(bool on) {
    torch::nn::Module::train(on);
    if (!on || frozenPrefix_ <= 0) return;
    embeddings_->eval();
    for (int64_t i = 0; i < std::min<int64_t>(frozenPrefix_, int64_t(layers_->size())); ++i)
        layers_[size_t(i)]->eval();
}

} // namespace memescope::ml
