#include "NgramEncoder.h"

#include <torch/torch.h>

#include <cctype>

namespace memescope::ml {
namespace {

uint64_t fnv1a(const std::string& s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

NgramFeatures ngramFeatures(const std::string& text, const NgramConfig& c) {
    NgramFeatures f;
    std::string word;
    auto flush = [&] {
        // Strip punctuation at the edges ("life." -> "life"), keep inner apostrophes.
        size_t b = 0, e = word.size();
        while (b < e && std::ispunct(static_cast<unsigned char>(word[b])))
            ++b;
        while (e > b && std::ispunct(static_cast<unsigned char>(word[e - 1])))
            --e;
        if (e > b) f.words.push_back(word.substr(b, e - b));
        word.clear();
    };
    for (char ch : text) {
        if (std::isspace(static_cast<unsigned char>(ch)))
            flush();
        else
            word += char(std::tolower(static_cast<unsigned char>(ch)));
    }
    flush();
    if (int64_t(f.words.size()) > c.maxWords) f.words.resize(size_t(c.maxWords));
    auto bucket = [&](const std::string& key) { return int64_t(1 + fnv1a(key) % uint64_t(c.buckets - 1)); };
    for (size_t i = 0; i < f.words.size(); ++i) {
        std::vector<int64_t> ids{bucket("w:" + f.words[i])};
        ids.push_back(bucket("b:" + (i ? f.words[i - 1] : std::string("<s>")) + " " + f.words[i]));
        const std::string padded = "<" + f.words[i] + ">";
        for (int64_t n = c.minChar; n <= c.maxChar; ++n)
            for (size_t p = 0; p + size_t(n) <= padded.size() && int64_t(ids.size()) < c.maxFeaturesPerWord;
                 ++p)
                ids.push_back(bucket("c:" + padded.substr(p, size_t(n))));
        f.ids.push_back(std::move(ids));
    }
    return f;
}

void ngramRow(const NgramFeatures& f, const NgramConfig& c, int64_t* ids, int64_t* mask) {
    std::fill(ids, ids + c.maxWords * c.maxFeaturesPerWord, 0);
    std::fill(mask, mask + c.maxWords, 0);
    for (size_t w = 0; w < f.ids.size() && int64_t(w) < c.maxWords; ++w) {
        mask[w] = 1;
        for (size_t k = 0; k < f.ids[w].size(); ++k)
            ids[int64_t(w) * c.maxFeaturesPerWord + int64_t(k)] = f.ids[w][k];
    }
}

NgramEncoderImpl::NgramEncoderImpl(const NgramConfig& c)
    : config_(c) {
    embedding_ = register_module(
        "embedding", torch::nn::Embedding(torch::nn::EmbeddingOptions(c.buckets, c.dim).padding_idx(0)));
    norm_ = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.dim})));
    torch::NoGradGuard ng;
    embedding_->weight.uniform_(-1.0 / double(c.dim), 1.0 / double(c.dim));
    embedding_->weight[0].zero_();
}

torch::Tensor NgramEncoderImpl::bags(const torch::Tensor& ids) {
    // One fused gather-and-mean per word (embedding_bag, padding ignored): never materialises the
    // [B, W, K, dim] tensor of feature vectors, which dominated this encoder's time and memory.
    const int64_t B = ids.size(0), W = ids.size(1), K = ids.size(2);
    const torch::Tensor flat = ids.reshape({B * W * K});
    const torch::Tensor offsets = torch::arange(0, B * W * K, K, ids.options());
    const auto bag =
        torch::embedding_bag(embedding_->weight, flat, offsets, /*scale_grad_by_freq=*/false, /*mode=mean*/ 1,
                             /*sparse=*/false, /*per_sample_weights=*/{}, /*include_last_offset=*/false,
                             /*padding_idx=*/0);
    return std::get<0>(bag).view({B, W, config_.dim});
}

} // namespace memescope::ml
