#pragma once
// Relevance of a meme's text tokens and image patches for one class, three ways:
//  - RawAttention: the token fusion's cross-attention weights, averaged over layers and heads (patches: what
//    the text tokens look at; tokens: what the image tokens look at). Not class-specific.
//  - Rollout: gradient-weighted attention rollout for bi-modal transformers (Chefer, Gur & Wolf, ICCV 2021):
//    per attention layer A_bar = mean over heads of (dS/dA * A)^+, propagated through the encoders'
//    self-attention and the fusion's co-attention (text -> image and image -> text) with the paper's rules.
//  - IntegratedGradients (Sundararajan et al. 2017) on the encoders' first embeddings (RoBERTa word
//    embeddings or the n-gram encoder's per-word feature means; CLIP patch projections), baseline all zeros
//    for both at once, midpoint Riemann sum over `steps` points evaluated in batches.
// The class score S is the class's logit (pre-softmax), as in both papers.
#include "core/ml/model/MultimodalModel.h"

#include <torch/torch.h>

#include <cmath>
#include <functional>

namespace memescope::ml {

enum class RelevanceMethod { RawAttention, Rollout, IntegratedGradients };

struct Relevance {
    // [L] per text position (RoBERTa: every token position incl. <s> and </s>; n-gram: words), 0 at padding;
    // undefined when the model has no text encoder.
    torch::Tensor tokens;
    // [P] per patch, row-major over the grid (CLIP's class token excluded); undefined when the model has no
    // image encoder or the meme has no usable image (imageMask 0).
    torch::Tensor patches;
    double classScore = 0; // the class's logit for this meme
    // Integrated gradients only: S at the baseline, and sum(attributions) - (S(x) - S(baseline)), which the
    // completeness axiom makes 0 up to the Riemann error (O(1 / steps^2) for the midpoint rule on a smooth
    // path; top-k MoE routing can switch experts along the path, which makes S jump and the gap larger).
    double baselineScore = std::nan("");
    double completenessGap = std::nan("");
    bool cancelled = false; // `cancelled` returned true: the tensors are undefined
};

// oneMeme: a batch of one sample, on any device (moved to the model's). The model is put in eval mode for
// the call and restored afterwards. RawAttention needs token fusion with both encoders and an image
// (std::invalid_argument otherwise). Tensors come back on the CPU as float32.
// `progress` (integrated gradients only) hears (path points done, steps) before each batch of points.
Relevance explain(MultimodalModel& model, const ModelBatch& oneMeme, int classIndex, RelevanceMethod method,
                  int igSteps = 32, const std::function<bool()>& cancelled = {},
                  const std::function<void(int64_t, int64_t)>& progress = {});

namespace rollout {
// The paper's rules on one layer (all [*, *] float64 matrices, R updated in place). Self-attention of
// modality s: R_ss += A R_ss, R_sq += A R_sq. Co-attention of s over q (A: [Ns, Nq]) returns the additions
// (R_ss: A R_qs; R_sq: Rn_ss^T A Rn_qq with Rn = normalised residual), which the caller adds after both
// directions of a layer are computed (both read the states from before the layer).
void selfAttention(const torch::Tensor& A, torch::Tensor& Rss, torch::Tensor& Rsq);
std::pair<torch::Tensor, torch::Tensor> coAttention(const torch::Tensor& A, const torch::Tensor& Rss,
                                                    const torch::Tensor& Rqq, const torch::Tensor& Rqs);
// (R - I) with each row scaled to sum 1, + I (rows of R - I that sum to 0 stay 0, so R = I gives I).
torch::Tensor normaliseResidual(const torch::Tensor& R);
} // namespace rollout

} // namespace memescope::ml
