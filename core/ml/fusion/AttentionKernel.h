#pragma once
// Scaled dot-product attention for the encoders, which never return their attention maps: LibTorch >= 2.0's
// fused kernel (flash / memory-efficient attention on CUDA, no [L, L] score tensor kept for backward),
// the explicit matmul-softmax-matmul on LibTorch 1.x. q, k, v: [B, heads, L, d]; additiveMask broadcastable
// to [B, heads, Lq, Lk] (0 = attend, very negative = masked) or undefined.
#include <torch/torch.h>

#include <cmath>

namespace memescope::ml {

inline torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                            const torch::Tensor& additiveMask, double dropout, bool training) {
#if TORCH_VERSION_MAJOR >= 2
    c10::optional<at::Tensor> mask;
    if (additiveMask.defined()) mask = additiveMask.to(q.dtype());
    return at::scaled_dot_product_attention(q, k, v, mask, training ? dropout : 0.0, /*is_causal=*/false);
#else
    torch::Tensor scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(double(q.size(-1)));
    if (additiveMask.defined()) scores = scores + additiveMask;
    torch::Tensor probs = torch::softmax(scores, -1);
    if (training && dropout > 0) probs = torch::dropout(probs, dropout, true);
    return torch::matmul(probs, v);
#endif
}

} // namespace memescope::ml
