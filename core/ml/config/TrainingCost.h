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
// `cachedFeatures`: the frozen prefixes' features come from the feature cache, so they cost nothing per
// epoch (their one-off cost: frozenPrefixFlopsPerMeme).
double trainingFlopsPerSample(const ModelConfig& config, bool cachedFeatures = false);
// The forward arithmetic of the encoders' frozen prefixes for one meme: what building the cache costs.
double frozenPrefixFlopsPerMeme(const ModelConfig& config);

// The config keys (ModelConfig::toJson's) that change what an epoch costs on the same data: the encoders and
// their sizes, fusion, experts, contrastive and head, the text read, batching, freezing and precision; not
// the seed, the rates or the loss weights. Two configs equal on these train at the same speed.
const std::vector<std::string>& costRelevantKeys();

// Frozen encoders' feature cache (FeatureCache): how many layers of an encoder form its frozen prefix (0:
// nothing to cache; the n-gram encoder has no prefix), whether its cached features keep hidden state k in
// full (the encoder's rest trains, or the fusion reads tokens) besides the first token of every state, and
// the half-float bytes one meme takes over both encoders (`textTokens`: its text's length in tokens).
enum class EncoderSide { Text, Image };
int64_t frozenPrefixLayers(const ModelConfig& config, EncoderSide side);
bool cachedFeaturesKeepSequence(const ModelConfig& config, EncoderSide side);
int64_t cachedFeatureBytesPerMeme(const ModelConfig& config, int64_t textTokens);

} // namespace memescope::ml
