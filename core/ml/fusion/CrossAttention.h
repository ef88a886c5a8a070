#pragma once

#include <torch/nn.h>

namespace memescope::ml {

// Multi-head attention that returns its weights (LibTorch 1.13's MultiheadAttention has no batch_first).
class AttentionImpl : public torch::nn::Module {
public:
    AttentionImpl(int64_t dim, int64_t heads, double dropout);
    // query [B, Lq, D], keyValue [B, Lk, D], keyMask [B, Lk] (1 = attend) or undefined.
    // Returns output [B, Lq, D]; `weights` receives [B, heads, Lq, Lk].
    torch::Tensor forward(const torch::Tensor& query, const torch::Tensor& keyValue,
                          const torch::Tensor& keyMask, torch::Tensor* weights = nullptr);

private:
    int64_t heads_, headDim_;
    torch::nn::Linear q_{nullptr}, k_{nullptr}, v_{nullptr}, out_{nullptr};
    torch::nn::Dropout dropout_{nullptr};
};
TORCH_MODULE(Attention);

// The reference's fusion block: h = LN(x + Dropout(Wo attn(x, kv))); out = LN(h + Dropout(W2 Dropout(GELU(W1
// h)))).
class CrossAttentionBlockImpl : public torch::nn::Module {
public:
    CrossAttentionBlockImpl(int64_t dim, int64_t heads, int64_t ffn, double dropout);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& keyValue, const torch::Tensor& keyMask,
                          torch::Tensor* weights = nullptr);

private:
    Attention attention_{nullptr};
    torch::nn::LayerNorm norm1_{nullptr}, norm2_{nullptr};
    torch::nn::Linear w1_{nullptr}, w2_{nullptr};
    torch::nn::Dropout dropout_{nullptr};
};
TORCH_MODULE(CrossAttentionBlock);

} // namespace memescope::ml
