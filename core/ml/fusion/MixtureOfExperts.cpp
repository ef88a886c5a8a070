#include "MixtureOfExperts.h"

#include <torch/torch.h>

namespace memescope::ml {

MixtureOfExpertsImpl::MixtureOfExpertsImpl(int64_t dim, int64_t experts, double dropout, MoeKind mode,
                                           int64_t topK)
    : mode_(mode)
    , topK_(topK) {
    experts_ = register_module("experts", torch::nn::ModuleList());
    for (int64_t e = 0; e < experts; ++e)
        experts_->push_back(torch::nn::Sequential(torch::nn::Linear(dim, dim),
                                                  torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim})),
                                                  torch::nn::GELU(), torch::nn::Dropout(dropout)));
    gate_ = register_module("gate", torch::nn::Linear(dim, experts));
}

torch::Tensor switchBalanceLoss(const torch::Tensor& probs) {
    const int64_t E = probs.size(1);
    const torch::Tensor top1 = torch::one_hot(probs.argmax(1), E).to(probs.dtype());
    return double(E) * (top1.mean(0) * probs.mean(0)).sum();
}

MoeOutput MixtureOfExpertsImpl::forward(const torch::Tensor& x) {
    MoeOutput out;
    const torch::Tensor logits = gate_(x);
    out.gateProbs = torch::softmax(logits, -1);
    if (mode_ == MoeKind::TopK) {
        const auto top = logits.topk(topK_, -1);
        const torch::Tensor sparse = torch::full_like(logits, -std::numeric_limits<float>::infinity())
                                         .scatter(1, std::get<1>(top), std::get<0>(top));
        out.gates = torch::softmax(sparse, -1);
        out.balanceLoss = switchBalanceLoss(out.gateProbs);
    } else {
        out.gates = out.gateProbs;
    }
    std::vector<torch::Tensor> expertOut;
    for (const auto& e : *experts_)
        expertOut.push_back(e->as<torch::nn::Sequential>()->forward(x));
    out.output = (torch::stack(expertOut, 1) * out.gates.unsqueeze(-1)).sum(1);
    return out;
}

} // namespace memescope::ml
