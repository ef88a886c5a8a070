#include "Losses.h"

#include <torch/torch.h>

namespace memescope::ml {
namespace {

torch::Tensor pairTargets(int64_t B, const torch::Device& device) {
    const torch::Tensor idx = torch::arange(2 * B, torch::TensorOptions().dtype(torch::kLong).device(device));
    return torch::where(idx < B, idx + B, idx - B);
}

} // namespace

torch::Tensor seedContrastiveLoss(const torch::Tensor& a, const torch::Tensor& b, double temperature) {
    const int64_t B = a.size(0);
    const torch::Tensor f = torch::cat({a, b}, 0);
    const torch::Tensor eye = torch::eye(2 * B, f.options());
    const torch::Tensor s = torch::matmul(f, f.t()) * (1.0 - eye) / temperature;
    return torch::nn::functional::cross_entropy(s, pairTargets(B, f.device()));
}

torch::Tensor maskedContrastiveLoss(const torch::Tensor& a, const torch::Tensor& b, double temperature) {
    const int64_t B = a.size(0);
    const torch::Tensor f = torch::cat({a, b}, 0);
    const torch::Tensor eye = torch::eye(2 * B, f.options().dtype(torch::kBool));
    const torch::Tensor s =
        (torch::matmul(f, f.t()) / temperature).masked_fill(eye, -std::numeric_limits<float>::infinity());
    return torch::nn::functional::cross_entropy(s, pairTargets(B, f.device()));
}

torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& targets, bool multiLabel,
                                 const torch::Tensor& positiveWeight) {
    if (multiLabel) {
        torch::nn::functional::BinaryCrossEntropyWithLogitsFuncOptions o;
        if (positiveWeight.defined()) o.pos_weight(positiveWeight.to(logits.device(), logits.scalar_type()));
        return torch::nn::functional::binary_cross_entropy_with_logits(logits, targets.to(logits.dtype()), o);
    }
    return torch::nn::functional::cross_entropy(logits, targets);
}

} // namespace memescope::ml
