#include "TrainingCost.h"

#include <algorithm>

namespace memescope::ml {
namespace {

// One pre-norm transformer encoder layer over n tokens of width h (FFN width f): the four attention
// projections, the two FFN matrices, and the n x n scores and their weighted sum.
double encoderLayerFlops(double n, double h, double f) {
    return 2 * (4 * h * h * n + 2 * h * f * n) + 4 * n * n * h;
}

// A cross-attention block: q queries attending to k keys of width d, then an FFN on the queries.
double crossBlockFlops(double q, double k, double d, double f) {
    return 2 * (2 * d * d * q + 2 * d * d * k + 2 * d * f * q) + 4 * q * k * d;
}

// Forward + backward of `layers` layers of `perLayer` each, the first `frozen` of them forward only (or
// not at all when their outputs are cached).
double trained(double perLayer, int64_t layers, int64_t frozen, bool cached) {
    const double f = double(std::clamp<int64_t>(frozen, 0, layers));
    return perLayer * ((cached ? 0 : f) + 3 * (double(layers) - f));
}

double patchEmbeddingFlops(const ClipVisionConfig& v) {
    return 2.0 * double(v.numChannels * v.patchSize * v.patchSize) * double(v.hiddenSize) *
           double(v.numPatches());
}

} // namespace

double frozenPrefixFlopsPerMeme(const ModelConfig& c) {
    double total = 0;
    if (const int64_t k = frozenPrefixLayers(c, EncoderSide::Text); k > 0)
        total += double(k) * encoderLayerFlops(double(c.maxTokens), double(c.roberta.hiddenSize),
                                               double(c.roberta.intermediateSize));
    if (const int64_t k = frozenPrefixLayers(c, EncoderSide::Image); k > 0) {
        const ClipVisionConfig& v = c.clip;
        total +=
            patchEmbeddingFlops(v) + double(std::min(k, v.numLayers)) *
                                         encoderLayerFlops(double(v.numPatches() + 1), double(v.hiddenSize),
                                                           double(v.intermediateSize));
    }
    return total;
}

double trainingFlopsPerSample(const ModelConfig& c, bool cachedFeatures) {
    if (c.model != ModelKind::Neural) return 0;
    double total = 0;
    double textTokens = 0, imageTokens = 0;
    if (c.hasText()) {
        if (c.textEncoder == TextEncoderKind::Roberta) {
            textTokens = double(c.maxTokens);
            total += trained(encoderLayerFlops(textTokens, double(c.roberta.hiddenSize),
                                               double(c.roberta.intermediateSize)),
                             c.roberta.numLayers, c.freezeTextLayers, cachedFeatures);
        } else { // hashed n-grams: a sum of embedding rows per word
            textTokens = double(c.ngram.maxWords);
            total += 3 * 2 * textTokens * double(c.ngram.maxFeaturesPerWord) * double(c.ngram.dim);
        }
    }
    if (c.hasImage()) {
        const ClipVisionConfig& v = c.clip;
        imageTokens = double(v.numPatches() + 1);
        total += (c.freezeImageLayers > 0 ? (cachedFeatures ? 0 : 1) : 3) * patchEmbeddingFlops(v);
        total += trained(encoderLayerFlops(imageTokens, double(v.hiddenSize), double(v.intermediateSize)),
                         v.numLayers, c.freezeImageLayers, cachedFeatures);
    }
    const double d = double(c.fusionDim), f = double(c.fusionFfn);
    if (c.hasText())
        total += 3 * 2 * textTokens * double(c.textHidden()) * d; // projection to the fusion width
    if (c.hasImage()) total += 3 * 2 * imageTokens * double(c.imageHidden()) * d;
    if (c.hasText() && c.hasImage()) {
        double perLayer = 0;
        if (c.fusion == FusionKind::Token) // text attends to the patches, the patches to the text
            perLayer = crossBlockFlops(textTokens, imageTokens, d, f) +
                       crossBlockFlops(imageTokens, textTokens, d, f);
        else if (c.fusion == FusionKind::SeedCls) // one vector each side
            perLayer = crossBlockFlops(1, 1, d, f);
        total += 3 * perLayer * double(c.fusion == FusionKind::Concat ? 0 : c.fusionLayers);
        if (c.fusion == FusionKind::Concat) total += 3 * 2 * 2 * d * d;
    }
    if (c.moe != MoeKind::Off) total += 3 * 2 * double(c.experts) * 2 * d * d; // experts of two d x d layers
    return total;
}

const std::vector<std::string>& costRelevantKeys() {
    static const std::vector<std::string> keys = {"model",
                                                  "text_encoder",
                                                  "image_encoder",
                                                  "roberta",
                                                  "clip",
                                                  "ngram",
                                                  "max_tokens",
                                                  "fusion",
                                                  "fusion_dim",
                                                  "fusion_heads",
                                                  "fusion_layers",
                                                  "fusion_ffn",
                                                  "moe",
                                                  "experts",
                                                  "top_k",
                                                  "contrastive",
                                                  "contrastive_dim",
                                                  "head",
                                                  "head_layers",
                                                  "text_source",
                                                  "figurative_reasoning",
                                                  "batch_size",
                                                  "freeze_text_layers",
                                                  "freeze_image_layers",
                                                  "grad_accumulation",
                                                  "precision",
                                                  "text_checkpoint",
                                                  "image_checkpoint",
                                                  "activation_checkpointing"};
    return keys;
}

int64_t frozenPrefixLayers(const ModelConfig& c, EncoderSide side) {
    if (side == EncoderSide::Text)
        return c.hasText() && c.textEncoder == TextEncoderKind::Roberta ? c.freezeTextLayers : 0;
    return c.hasImage() ? c.freezeImageLayers : 0;
}

bool cachedFeaturesKeepSequence(const ModelConfig& c, EncoderSide side) {
    const int64_t layers = side == EncoderSide::Text ? c.roberta.numLayers : c.clip.numLayers;
    return frozenPrefixLayers(c, side) < layers || c.fusion != FusionKind::SeedCls;
}

int64_t cachedFeatureBytesPerMeme(const ModelConfig& c, int64_t textTokens) {
    int64_t rows = 0, bytes = 0;
    if (const int64_t k = frozenPrefixLayers(c, EncoderSide::Text); k > 0) {
        rows = k + 1 + (cachedFeaturesKeepSequence(c, EncoderSide::Text) ? textTokens : 0);
        bytes += rows * c.roberta.hiddenSize * 2;
    }
    if (const int64_t k = frozenPrefixLayers(c, EncoderSide::Image); k > 0) {
        rows = k + 1 + (cachedFeaturesKeepSequence(c, EncoderSide::Image) ? c.clip.numPatches() + 1 : 0);
        bytes += rows * c.clip.hiddenSize * 2;
    }
    return bytes;
}

} // namespace memescope::ml
