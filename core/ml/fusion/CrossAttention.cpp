#include "CrossAttention.h"

#include "AttentionKernel.h"

#include <torch/torch.h>

#include <cmath>

namespace memescope::ml {

AttentionImpl::AttentionImpl(int64_t dim, int64_t heads, double dropout)
    : heads_(heads)
    , headDim_(dim / heads) {
    q_ = register_module("q_proj", torch::nn::Linear(dim, dim));
    k_ = register_module("k_proj", torch::nn::Linear(dim, dim));
    v_ = register_module("v_proj", torch::nn::Linear(dim, dim));
    out_ = register_module("out_proj", torch::nn::Linear(dim, dim));
    dropout_ = register_module("dropout", torch::nn::Dropout(dropout));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& query, const torch::Tensor& kv,
                                     const torch::Tensor& keyMask, torch::Tensor* weights) {
    const int64_t B = query.size(0), Lq = query.size(1), Lk = kv.size(1);
    const torch::Tensor q = q_(query).view({B, Lq, heads_, headDim_}).transpose(1, 2);
    const torch::Tensor k = k_(kv).view({B, Lk, heads_, headDim_}).transpose(1, 2);
    const torch::Tensor v = v_(kv).view({B, Lk, heads_, headDim_}).transpose(1, 2);
    torch::Tensor scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(double(headDim_));
    if (keyMask.defined()) scores = scores.masked_fill(keyMask.eq(0).view({B, 1, 1, Lk}), -1e9);
    const torch::Tensor probs = torch::softmax(scores, -1);
    if (weights) *weights = probs;
    if (attentionRecorder) attentionRecorder->push_back(probs);
    const torch::Tensor context =
        torch::matmul(dropout_(probs), v).transpose(1, 2).reshape({B, Lq, heads_ * headDim_});
    return out_(context);
}

CrossAttentionBlockImpl::CrossAttentionBlockImpl(int64_t dim, int64_t heads, int64_t ffn, double dropout) {
    attention_ = register_module("attention", Attention(dim, heads, dropout));
    norm1_ = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim})));
    w1_ = register_module("w1", torch::nn::Linear(dim, ffn));
    w2_ = register_module("w2", torch::nn::Linear(ffn, dim));
    norm2_ = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim})));
    dropout_ = register_module("dropout", torch::nn::Dropout(dropout));
}

torch::Tensor CrossAttentionBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& kv,
                                               const torch::Tensor& keyMask, torch::Tensor* weights) {
    const torch::Tensor h = norm1_(x + dropout_(attention_(x, kv, keyMask, weights)));
    return norm2_(h + dropout_(w2_(dropout_(torch::gelu(w1_(h))))));
}

} // namespace memescope::ml
