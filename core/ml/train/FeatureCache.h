#pragma once

#include "BatchPrefetcher.h"
#include "FeatureStore.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace memescope::ml {

// Cached features of a model's frozen encoder prefixes (MODEL.md, "Frozen encoders"): when the embeddings
// and the first k layers of an encoder are frozen, what they make of a meme never changes during training,
// so it is computed once and stored (FeatureStore, half floats); training reads it instead of running them.
// Each encoder has its own folder under the cache root, named by everything that changes its features:
// the frozen parameters' contents (a checkpoint, or a seed's random weights), the encoder's settings, k,
// whether hidden state k is kept in full, and for text the tokenizer's files and the token limit (for
// images the preprocessing). Memes are keyed by what they feed the encoder: their text (so new OCR text is
// a new entry), and for images a key the caller gives (file path, size and time). Runs and ablation
// variants that share a frozen encoder share its folder.
class FeatureCache {
public:
    // Nothing frozen (or the n-gram text encoder, which has no frozen prefix): inactive.
    FeatureCache(MultimodalModel& model, const std::string& root, const std::string& tokenizerDir);
    bool active() const { return text_ || image_; }
    // The encoders' folders (empty when that encoder is not cached).
    std::string textFolder() const;
    std::string imageFolder() const;
    int64_t bytes() const;
    std::vector<std::string> problems() const; // segments found corrupt on opening (deleted)

    struct BuildReport {
        int64_t memes = 0, computed = 0; // memes asked for; computed now (the rest were cached)
        double seconds = 0;
    };
    using ImageKey = std::function<uint64_t(int64_t index)>;
    // Computes the features of the memes in `indices` not cached yet, `batchSize` at a time (eval mode, no
    // gradients; the model's mode is restored), committing a segment every ~1,000 memes so a cancelled or
    // failed build keeps what it finished. `full` delivers whole samples (decoded images), `light` their
    // text and labels only (no image decoded). Progress: (memes done, memes to compute). Cancelled: returns
    // early (BuildReport::computed < the memes missing). Throws FeatureCacheError (disk full, unwritable).
    BuildReport build(MultimodalModel& model, const BatchBuilder& builder, const SampleLoader& full,
                      const SampleLoader& light, const ImageKey& imageKey,
                      const std::vector<int64_t>& indices, const torch::Device& device, int threads,
                      const std::function<void(int64_t, int64_t)>& progress = {},
                      const std::function<bool()>& cancelled = {});
    // A loader that attaches each meme's cached features to what `light` delivers (its text and labels;
    // it need not decode images). Every meme it is asked for must be cached (build first).
    SampleLoader attach(SampleLoader light, ImageKey imageKey) const;

private:
    std::unique_ptr<FeatureStore> text_, image_;
};

// The encoders' folders under a cache root: which encoder ("text" | "image"), memes and bytes (unverified).
struct CachedEncoder {
    std::string folder, encoder;
    FeatureStore::Contents contents;
};
std::vector<CachedEncoder> listCachedEncoders(const std::string& root);

// The key of a meme's text in the cache.
uint64_t textFeatureKey(const std::string& text);

} // namespace memescope::ml
