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

// Forward + backward of `layers` layers of `perLayer` each, the first `frozen` of them forward only.
double trained(double perLayer, int64_t layers, int64_t frozen) {
    const double f = double(std::clamp<int64_t>(frozen, 0, layers));
    return perLayer * (f + 3 * (double(layers) - f));
}

} // namespace

double trainingFlopsPerSample(const ModelConfig& c) {
    if (c.model != ModelKind::Neural) return 0;
    double total = 0;
    double textTokens = 0, imageTokens = 0;
    if (c.hasText()) {
        if (c.textEncoder == TextEncoderKind::Roberta) {
            textTokens = double(c.maxTokens);
            total += trained(encoderLayerFlops(textTokens, double(c.roberta.hiddenSize),
                                               double(c.roberta.intermediateSize)),
                             c.roberta.numLayers, c.freezeTextLayers);
        } else { // hashed n-grams: a sum of embedding rows per word
            textTokens = double(c.ngram.maxWords);
            total += 3 * 2 * textTokens * double(c.ngram.maxFeaturesPerWord) * double(c.ngram.dim);
        }
    }
    if (c.hasImage()) {
        const ClipVisionConfig& v = c.clip;
        imageTokens = double(v.numPatches() + 1);
        const double patchEmbedding = 2.0 * double(v.numChannels * v.patchSize * v.patchSize) *
                                      double(v.hiddenSize) * double(v.numPatches());
        total += (c.freezeImageLayers > 0 ? 1 : 3) * patchEmbedding;
        total += trained(encoderLayerFlops(imageTokens, double(v.hiddenSize), double(v.intermediateSize)),
                         v.numLayers, c.freezeImageLayers);
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

} // namespace memescope::ml
