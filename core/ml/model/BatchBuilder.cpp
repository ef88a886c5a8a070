#include "BatchBuilder.h"

#include <algorithm>

#include "core/ml/text/NgramEncoder.h"

#include <torch/torch.h>

namespace memescope::ml {
namespace {

// Stacks the samples' cached features of one encoder; sequences of different lengths (text) are padded with
// zeros and masked. All samples of a batch have them or none does.
EncoderFeatures stackFeatures(const std::vector<SampleInput>& samples,
                              std::shared_ptr<const CachedFeatures> SampleInput::*side) {
    const int64_t B = int64_t(samples.size());
    EncoderFeatures f;
    std::vector<torch::Tensor> cls;
    int64_t L = 0;
    bool sequences = true;
    for (const SampleInput& s : samples) {
        const auto& c = s.*side;
        if (!c) throw ConfigError("a batch mixes memes with and without cached encoder features");
        cls.push_back(c->cls.to(torch::kFloat32));
        sequences = sequences && c->sequence.defined();
        if (c->sequence.defined()) L = std::max<int64_t>(L, c->sequence.size(0));
    }
    f.cls = torch::stack(cls, 0);
    if (!sequences) return f;
    const int64_t H = f.cls.size(2);
    f.sequence = torch::zeros({B, L, H});
    f.mask = torch::zeros({B, L}, torch::kLong);
    for (int64_t i = 0; i < B; ++i) {
        const torch::Tensor& seq = (samples[size_t(i)].*side)->sequence;
        f.sequence[i].narrow(0, 0, seq.size(0)).copy_(seq);
        f.mask[i].narrow(0, 0, seq.size(0)).fill_(1);
    }
    return f;
}

} // namespace

BatchBuilder::BatchBuilder(const ModelConfig& config, const BpeTokenizer* tokenizer)
    : config_(config)
    , tokenizer_(tokenizer) {
    if (config_.hasText() && config_.textEncoder == TextEncoderKind::Roberta && !tokenizer_)
        throw ConfigError("the RoBERTa text encoder needs a tokenizer (vocab.json + merges.txt)");
}

ModelBatch BatchBuilder::build(const std::vector<SampleInput>& samples,
                               std::vector<std::vector<std::string>>* units) const {
    const int64_t B = int64_t(samples.size());
    ModelBatch b;
    if (units) units->assign(samples.size(), {});
    const bool cachedText = config_.hasText() && B > 0 && samples.front().textFeatures;
    const bool cachedImage = config_.hasImage() && B > 0 && samples.front().imageFeatures;
    if (cachedText) {
        b.textFeatures = stackFeatures(samples, &SampleInput::textFeatures);
        if (units && tokenizer_)
            for (int64_t i = 0; i < B; ++i) {
                const Encoding e = tokenizer_->encode(samples[size_t(i)].text, int(config_.maxTokens));
                for (size_t k = 0; k < e.ids.size() && e.attentionMask[k]; ++k)
                    (*units)[size_t(i)].push_back(tokenizer_->decode({e.ids[k]}, false));
            }
    } else if (config_.hasText()) {
        if (config_.textEncoder == TextEncoderKind::Roberta) {
            // Padded to the longest text of the batch, not to maxTokens: meme captions are short, and the
            // text encoder and token fusion cost grows with the padded length (masked padding changes
            // nothing).
            std::vector<Encoding> encodings;
            int64_t L = 1;
            for (int64_t i = 0; i < B; ++i) {
                encodings.push_back(tokenizer_->encode(samples[size_t(i)].text, int(config_.maxTokens)));
                const auto& m = encodings.back().attentionMask;
                L = std::max<int64_t>(L, std::count(m.begin(), m.end(), 1));
            }
            b.inputIds = torch::empty({B, L}, torch::kLong);
            b.attentionMask = torch::empty({B, L}, torch::kLong);
            for (int64_t i = 0; i < B; ++i) {
                const Encoding& e = encodings[size_t(i)];
                std::copy(e.ids.begin(), e.ids.begin() + L, b.inputIds[i].data_ptr<int64_t>());
                std::copy(e.attentionMask.begin(), e.attentionMask.begin() + L,
                          b.attentionMask[i].data_ptr<int64_t>());
                if (units)
                    for (size_t k = 0; k < e.ids.size() && e.attentionMask[k]; ++k)
                        (*units)[size_t(i)].push_back(tokenizer_->decode({e.ids[k]}, false));
            }
        } else {
            const NgramConfig& n = config_.ngram;
            b.ngramIds = torch::empty({B, n.maxWords, n.maxFeaturesPerWord}, torch::kLong);
            b.wordMask = torch::empty({B, n.maxWords}, torch::kLong);
            for (int64_t i = 0; i < B; ++i) {
                const NgramFeatures f = ngramFeatures(samples[size_t(i)].text, n);
                ngramRow(f, n, b.ngramIds[i].data_ptr<int64_t>(), b.wordMask[i].data_ptr<int64_t>());
                if (units) (*units)[size_t(i)] = f.words;
            }
        }
    }
    if (cachedImage) {
        b.imageFeatures = stackFeatures(samples, &SampleInput::imageFeatures);
        b.imageMask = torch::zeros({B});
        for (int64_t i = 0; i < B; ++i)
            if (samples[size_t(i)].imageFeatures->present) b.imageMask[i] = 1.0;
    } else if (config_.hasImage()) {
        const int64_t S = config_.clip.imageSize;
        b.pixels = torch::zeros({B, 3, S, S});
        b.imageMask = torch::zeros({B});
        for (int64_t i = 0; i < B; ++i) {
            const auto& px = samples[size_t(i)].pixels;
            if (px.empty()) continue;
            if (int64_t(px.size()) != 3 * S * S)
                throw ConfigError("image tensor of the wrong size for this model's image_size");
            std::copy(px.begin(), px.end(), b.pixels[i].data_ptr<float>());
            b.imageMask[i] = 1.0;
        }
    }
    if (config_.multiLabel) {
        b.targets = torch::zeros({B, config_.numLabels});
        for (int64_t i = 0; i < B; ++i)
            for (int l : samples[size_t(i)].labels)
                b.targets[i][l] = 1.0;
    } else {
        b.targets = torch::zeros({B}, torch::kLong);
        for (int64_t i = 0; i < B; ++i)
            if (!samples[size_t(i)].labels.empty()) b.targets[i] = samples[size_t(i)].labels.front();
    }
    return b;
}

} // namespace memescope::ml
