#include "FeatureCache.h"

#include "FineTuning.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace fs = std::filesystem;

namespace memescope::ml {
namespace {

// Bumped when what is cached or how it is computed changes: older folders are then never read.
constexpr const char* kFeatureVersion = "memescope-features-1";
// The preprocessing the image loader applies (ImageCache: shortest side to image_size, centre crop, CLIP's
// mean and std); a change there must bump this.
constexpr const char* kImagePreprocessing = "clip-resize-shortest-centre-crop-v1";
constexpr int64_t kMemesPerSegment = 1024;
constexpr int64_t kBuildBatch = 32;

struct Hasher {
    uint64_t h = 0x243F6A8885A308D3ULL;
    void add(const void* data, size_t size) { h = hashBytes(data, size, h); }
    void add(const std::string& s) { add(s.data(), s.size()); }
    void add(int64_t v) { add(&v, sizeof v); }
};

std::string fileContents(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Everything the frozen prefix of the encoder under `prefix` computes with: its frozen tensors' names,
// shapes and contents.
void addFrozenParameters(Hasher& h, MultimodalModel& model, const std::string& prefix) {
    torch::NoGradGuard ng;
    for (const auto& kv : model->named_parameters(true)) {
        if (kv.key().rfind(prefix, 0) != 0 || !frozenByConfig(kv.key(), model->config())) continue;
        const torch::Tensor t = kv.value().detach().to(torch::kCPU).contiguous();
        h.add(kv.key());
        for (int64_t d : t.sizes())
            h.add(d);
        h.add(std::string(t.dtype().name()));
        h.add(t.data_ptr(), size_t(t.nbytes()));
    }
}

constexpr const char* kTextPrefix = "text-";
constexpr const char* kImagePrefix = "image-";

std::string textFolderName(MultimodalModel& model, const std::string& tokenizerDir) {
    const ModelConfig& c = model->config();
    Hasher h;
    h.add(std::string(kFeatureVersion) + "/text");
    h.add(c.roberta.toJson().dump());
    h.add(model->frozenTextLayers());
    h.add(int64_t(model->textFeaturesNeedSequence()));
    h.add(c.maxTokens);
    for (const char* f : {"vocab.json", "merges.txt", "tokenizer.json"}) // whichever the tokenizer read
        h.add(fileContents(fs::path(tokenizerDir) / f));
    addFrozenParameters(h, model, "text_encoder.");
    return kTextPrefix + hexKey(h.h);
}

std::string imageFolderName(MultimodalModel& model) {
    const ModelConfig& c = model->config();
    Hasher h;
    h.add(std::string(kFeatureVersion) + "/image");
    h.add(c.clip.toJson().dump());
    h.add(std::string(kImagePreprocessing));
    h.add(model->frozenImageLayers());
    h.add(int64_t(model->imageFeaturesNeedSequence()));
    addFrozenParameters(h, model, "image_encoder.");
    return kImagePrefix + hexKey(h.h);
}

} // namespace

std::vector<CachedEncoder> listCachedEncoders(const std::string& root) {
    std::vector<CachedEncoder> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        const char* encoder = name.rfind(kTextPrefix, 0) == 0    ? "text"
                              : name.rfind(kImagePrefix, 0) == 0 ? "image"
                                                                 : nullptr;
        if (!entry.is_directory(ec) || !encoder) continue;
        out.push_back({entry.path().string(), encoder, FeatureStore::peek(entry.path().string())});
    }
    std::sort(out.begin(), out.end(),
              [](const CachedEncoder& a, const CachedEncoder& b) { return a.folder < b.folder; });
    return out;
}

uint64_t textFeatureKey(const std::string& text) {
    return hashBytes(text.data(), text.size());
}

FeatureCache::FeatureCache(MultimodalModel& model, const std::string& root, const std::string& tokenizerDir) {
    const ModelConfig& c = model->config();
    if (model->frozenTextLayers() > 0)
        text_ = FeatureStore::open((fs::path(root) / textFolderName(model, tokenizerDir)).string(),
                                   c.roberta.hiddenSize);
    if (model->frozenImageLayers() > 0)
        image_ = FeatureStore::open((fs::path(root) / imageFolderName(model)).string(), c.clip.hiddenSize);
}

std::string FeatureCache::textFolder() const {
    return text_ ? text_->folder() : std::string();
}

std::string FeatureCache::imageFolder() const {
    return image_ ? image_->folder() : std::string();
}

int64_t FeatureCache::bytes() const {
    return (text_ ? text_->bytes() : 0) + (image_ ? image_->bytes() : 0);
}

std::vector<std::string> FeatureCache::problems() const {
    std::vector<std::string> all;
    for (const FeatureStore* s : {text_.get(), image_.get()})
        if (s) all.insert(all.end(), s->problems().begin(), s->problems().end());
    return all;
}

FeatureCache::BuildReport FeatureCache::build(MultimodalModel& model, const BatchBuilder& builder,
                                              const SampleLoader& full, const SampleLoader& light,
                                              const ImageKey& imageKey, const std::vector<int64_t>& indices,
                                              const torch::Device& device, int threads,
                                              const std::function<void(int64_t, int64_t)>& progress,
                                              const std::function<bool()>& cancelled) {
    const auto start = std::chrono::steady_clock::now();
    BuildReport report;
    report.memes = int64_t(indices.size());
    if (!active()) return report;
    // The memes lacking a side, with their text's key (from the light loader: text only, no image decoded).
    struct Missing {
        int64_t index;
        uint64_t textKey;
        size_t textLength;
    };
    std::vector<Missing> missing;
    {
        std::unordered_set<uint64_t> queuedText, queuedImage;
        for (int64_t i : indices) {
            Missing m{i, 0, 0};
            bool needed = false;
            if (text_) {
                const std::string text = light(i).text;
                m.textKey = textFeatureKey(text);
                m.textLength = text.size();
                if (!text_->contains(m.textKey) && queuedText.insert(m.textKey).second) needed = true;
            }
            if (image_) {
                const uint64_t k = imageKey(i);
                if (!image_->contains(k) && queuedImage.insert(k).second) needed = true;
            }
            if (needed) missing.push_back(m);
        }
    }
    report.computed = int64_t(missing.size());
    if (missing.empty()) return report;
    // Batches of similar text lengths: a batch is padded to its longest text, and the order of the build
    // does not matter (entries are found by key).
    std::stable_sort(missing.begin(), missing.end(),
                     [](const Missing& a, const Missing& b) { return a.textLength < b.textLength; });
    std::vector<std::vector<int64_t>> batches;
    for (size_t i = 0; i < missing.size(); i += size_t(kBuildBatch)) {
        batches.emplace_back();
        for (size_t k = i; k < std::min(missing.size(), i + size_t(kBuildBatch)); ++k)
            batches.back().push_back(missing[k].index);
    }
    model->to(device);
    // Eval mode for the build, the caller's mode back however it ends (a full disk throws).
    struct ModeGuard {
        MultimodalModel& m;
        bool training;
        ~ModeGuard() { m->train(training); }
    } mode{model, model->is_training()};
    model->eval();
    torch::NoGradGuard noGrad;
    BatchPrefetcher prefetcher(batches, full, builder, threads, 4);
    std::unique_ptr<FeatureStore::Writer> textWriter, imageWriter;
    int64_t inSegment = 0, done = 0;
    auto commit = [&] {
        if (textWriter) textWriter->commit();
        if (imageWriter) imageWriter->commit();
        textWriter.reset();
        imageWriter.reset();
        inSegment = 0;
    };
    std::unordered_set<uint64_t> writtenText, writtenImage; // a key shared by two memes is written once
    ModelBatch batch;
    for (const std::vector<int64_t>& memes : batches) {
        if (cancelled && cancelled()) break;
        if (!prefetcher.next(batch)) break;
        const ModelBatch b = batch.to(device);
        const EncoderFeatures tf = text_ ? model->frozenTextFeatures(b) : EncoderFeatures{};
        const EncoderFeatures vf = image_ ? model->frozenImageFeatures(b) : EncoderFeatures{};
        for (size_t j = 0; j < memes.size(); ++j) {
            const int64_t row = int64_t(j);
            if (text_) {
                const uint64_t k = missing[size_t(done) + j].textKey;
                if (!text_->contains(k) && writtenText.insert(k).second) {
                    if (!textWriter) textWriter = std::make_unique<FeatureStore::Writer>(*text_);
                    CachedFeatures f;
                    f.cls = tf.cls[row].to(torch::kCPU);
                    if (tf.sequence.defined()) {
                        const int64_t tokens = tf.mask[row].sum().item<int64_t>();
                        f.sequence = tf.sequence[row].narrow(0, 0, tokens).to(torch::kCPU);
                    }
                    textWriter->add(k, f);
                }
            }
            if (image_) {
                const uint64_t k = imageKey(memes[j]);
                if (!image_->contains(k) && writtenImage.insert(k).second) {
                    if (!imageWriter) imageWriter = std::make_unique<FeatureStore::Writer>(*image_);
                    CachedFeatures f;
                    f.cls = vf.cls[row].to(torch::kCPU);
                    if (vf.sequence.defined()) f.sequence = vf.sequence[row].to(torch::kCPU);
                    f.present = b.imageMask[row].item<double>() > 0.5;
                    imageWriter->add(k, f);
                }
            }
        }
        done += int64_t(memes.size());
        if ((inSegment += int64_t(memes.size())) >= kMemesPerSegment) commit();
        if (progress) progress(done, report.computed);
    }
    commit();
    report.computed = done;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

SampleLoader FeatureCache::attach(SampleLoader light, ImageKey imageKey) const {
    const FeatureStore* text = text_.get();
    const FeatureStore* image = image_.get();
    return [light = std::move(light), imageKey = std::move(imageKey), text, image](int64_t i) {
        SampleInput s = light(i);
        if (text) s.textFeatures = text->load(textFeatureKey(s.text));
        if (image) s.imageFeatures = image->load(imageKey(i));
        return s;
    };
}

} // namespace memescope::ml
