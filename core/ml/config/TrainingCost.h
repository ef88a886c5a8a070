#pragma once

#include "ModelConfig.h"

#include <string>
#include <vector>

namespace memescope::ml {

// Arithmetic (multiply-adds counted as two operations) that one training sample costs the network of this
// config: forward, and backward for the parts that train (about twice the forward: Kaplan et al. 2020,
// "Scaling Laws for Neural Language Models", C ≈ 6N per token for forward + backward). Frozen encoder layers
// cost their forward only. Texts are counted at their longest (max tokens / words), images at their patch
// count. A relative measure, for comparing configs (how much cheaper a variant without the image encoder
// trains), not a prediction of seconds: data loading and per-step overheads are not in it. The TF-IDF
// baseline (no network) costs 0.
double trainingFlopsPerSample(const ModelConfig& config);

// The config keys (ModelConfig::toJson's) that change what an epoch costs on the same data: the encoders and
// their sizes, fusion, experts, contrastive and head, the text read, batching, freezing and precision; not
// the seed, the rates or the loss weights. Two configs equal on these train at the same speed.
const std::vector<std::string>& costRelevantKeys();

} // namespace memescope::ml
