#pragma once

#include "core/ml/config/ModelKinds.h"

#include <torch/nn.h>

#include <string>

namespace memescope::ml {

struct MoeOutput {
    torch::Tensor output;      // [B, D]
    torch::Tensor gates;       // [B, E] routing weights actually used (rows sum to 1)
    torch::Tensor gateProbs;   // [B, E] softmax of the gate logits
    torch::Tensor balanceLoss; // scalar (top-k only), else undefined
};

// Experts: Linear(D, D) -> LayerNorm -> GELU -> Dropout. "dense": softmax gate over every expert (the
// reference). "topk": only the k largest gate logits, renormalised, plus the Switch-Transformer
// load-balancing loss E * sum_e(fraction routed to e as top-1 * mean gate probability of e).
class MixtureOfExpertsImpl : public torch::nn::Module {
public:
    MixtureOfExpertsImpl(int64_t dim, int64_t experts, double dropout, MoeKind mode, int64_t topK);
    MoeOutput forward(const torch::Tensor& x);

private:
    MoeKind mode_;
    int64_t topK_;
    torch::nn::ModuleList experts_;
    torch::nn::Linear gate_{nullptr};
};
TORCH_MODULE(MixtureOfExperts);

// The balance loss on its own (tested against hand-computed values).
torch::Tensor switchBalanceLoss(const torch::Tensor& gateProbs);

} // namespace memescope::ml
