#pragma once

#include <torch/types.h>

namespace memescope::ml {

// The reference's contrastive loss for a pair of [B, d] L2-normalised batches: F = cat(a, b);
// S = (F F^T) * (1 - I) / T -- the diagonal multiplied by zero, NOT masked, so each row keeps a logit
// of 0 for itself in the denominator; targets i <-> i + B; loss = mean cross-entropy over 2B rows.
torch::Tensor seedContrastiveLoss(const torch::Tensor& a, const torch::Tensor& b, double temperature);
// The standard NT-Xent form: the diagonal excluded from the softmax (set to -inf).
torch::Tensor maskedContrastiveLoss(const torch::Tensor& a, const torch::Tensor& b, double temperature);
// Cross-entropy (single-label, targets [B] long) or BCE-with-logits (multi-label, targets [B, C] float),
// the positives of label c weighted by positiveWeight[c] when that is defined.
torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& targets, bool multiLabel,
                                 const torch::Tensor& positiveWeight = {});

} // namespace memescope::ml
