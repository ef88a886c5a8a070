#pragma once
// Scaled dot-product attention for the encoders, which never return their attention maps: LibTorch >= 2.0's
// fused kernel (flash / memory-efficient attention on CUDA, no [L, L] score tensor kept for backward),
// the explicit matmul-softmax-matmul on LibTorch 1.x. q, k, v: [B, heads, L, d]; additiveMask broadcastable
// to [B, heads, Lq, Lk] (0 = attend, very negative = masked) or undefined.
#include <torch/torch.h>

#include <cmath>
#include <vector>

namespace memescope::ml {

// Explain-only (core/ml/explain): while a recorder is installed on this thread, every attention layer
// (the encoders' attend() and the fusion's Attention) takes the explicit softmax path and appends its
// probabilities [B, heads, Lq, Lk], still in the autograd graph, so relevance methods can differentiate the
// class score with respect to them. Training never installs one: the only cost is this pointer test.
inline thread_local std::vector<torch::Tensor>* attentionRecorder = nullptr;

class AttentionRecording {
public:
    explicit AttentionRecording(std::vector<torch::Tensor>* sink)
        : previous_(attentionRecorder) {
        attentionRecorder = sink;
    }
    ~AttentionRecording() { attentionRecorder = previous_; }
    AttentionRecording(const AttentionRecording&) = delete;
    AttentionRecording& operator=(const AttentionRecording&) = delete;

private:
    std::vector<torch::Tensor>* previous_;
};

inline torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                            const torch::Tensor& additiveMask, double dropout, bool training) {
    if (attentionRecorder) {
        torch::Tensor scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(double(q.size(-1)));
        if (additiveMask.defined()) scores = scores + additiveMask;
        const torch::Tensor probs = torch::softmax(scores, -1);
        attentionRecorder->push_back(probs);
        return torch::matmul(training && dropout > 0 ? torch::dropout(probs, dropout, true) : probs, v);
    }
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
