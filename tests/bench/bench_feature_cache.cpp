// Frozen encoders on the CPU: the `seed` preset with both encoders frozen whole, started from full-size
// checkpoints in the hub's layouts (scripts/make-checkpoint-layouts.py: random values, real shapes), on
// memes with realistic texts (a caption plus a figurative-reasoning paragraph, ~90 tokens) and 224 px
// images. Measured in one run: an epoch that runs the frozen encoders (the peer: what training did before
// the cache), the cache build, an epoch from the cache; the cache's size per 1,000 memes; peak RSS.
// usage: bench_feature_cache [--memes N] [--keep DIR]
#include "PeakRss.h"
#include "core/ml/model/PretrainedEncoders.h"
#include "core/ml/text/BpeTokenizer.h"
#include "core/ml/train/FeatureCache.h"
#include "core/ml/train/Trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

using namespace memescope::ml;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

const char* const kWords[] = {"when",    "you",    "finally", "sleep", "but",     "brain", "remembers",
                              "that",    "thing",  "from",    "years", "ago",     "tired", "again",
                              "nothing", "helps",  "the",     "meme",  "shows",   "a",     "person",
                              "who",     "feels",  "empty",   "and",   "worried", "about", "every",
                              "small",   "detail", "of",      "life"};

// A caption of ~12 words plus a figurative-reasoning paragraph of ~55 (the demo's RESTORE-style texts).
std::string memeText(int64_t i) {
    std::mt19937 rng(uint32_t(i) * 2654435761u);
    std::string s;
    const int words = 60 + int(rng() % 20);
    for (int w = 0; w < words; ++w)
        s += std::string(w ? " " : "") + kWords[rng() % (sizeof kWords / sizeof *kWords)];
    return s;
}

SampleInput meme(int64_t i, const ModelConfig& c, bool withImage) {
    SampleInput s;
    s.text = memeText(i);
    if (withImage) {
        std::mt19937 rng(uint32_t(i) + 17);
        std::normal_distribution<float> n(0.f, 1.f);
        s.pixels.resize(size_t(3 * c.clip.imageSize * c.clip.imageSize));
        for (float& p : s.pixels)
            p = n(rng);
    }
    s.labels = {int(i % 7)};
    if (i % 3 == 0) s.labels.push_back(int((i / 3) % 7));
    return s;
}

std::vector<int64_t> range(int64_t from, int64_t to) {
    std::vector<int64_t> v;
    for (int64_t i = from; i < to; ++i)
        v.push_back(i);
    return v;
}

} // namespace

int main(int argc, char** argv) {
    int64_t memes = 256;
    std::string keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--memes") memes = std::atoll(argv[i + 1]);
        if (a == "--keep") keep = argv[i + 1];
    }
    const fs::path root =
        keep.empty() ? fs::temp_directory_path() / ("memescope-bench-features-" + std::to_string(::getpid()))
                     : fs::path(keep);
    const fs::path text = root / "mental-roberta-base", image = root / "clip-vit-base-patch32";
    if (!fs::exists(text / "pytorch_model.bin") || !fs::exists(image / "model.safetensors")) {
        const std::string script = std::string(MEMESCOPE_SOURCE_DIR) + "/scripts/make-checkpoint-layouts.py";
        if (std::system(("/usr/bin/python3 " + script + " full " + root.string()).c_str()) != 0) {
            std::fprintf(stderr, "writing the checkpoints failed (python3-torch missing?)\n");
            return 1;
        }
    }
    ModelConfig c = ModelConfig::fromPreset("seed");
    c.numLabels = 7;
    c.multiLabel = true;
    c.labelNames = {"a", "b", "c", "d", "e", "f", "g"};
    c.maxTokens = 256;
    c.batchSize = 16;
    c.epochs = 1;
    c.textCheckpoint = text.string();
    c.imageCheckpoint = image.string();
    c.freezeTextLayers = 100; // all: lowered to the checkpoints' depth
    c.freezeImageLayers = 100;
    for (const std::string& line : applyCheckpointSizes(c))
        std::printf("  %s\n", line.c_str());
    const BpeTokenizer tokenizer = BpeTokenizer::fromDirectory(text.string());
    const int64_t val = std::max<int64_t>(16, memes / 8);
    const std::vector<int64_t> trainMemes = range(0, memes), valMemes = range(memes, memes + val);
    std::vector<int64_t> all = trainMemes;
    all.insert(all.end(), valMemes.begin(), valMemes.end());
    const SampleLoader full = [c](int64_t i) { return meme(i, c, true); };
    const SampleLoader light = [c](int64_t i) { return meme(i, c, false); };
    auto fresh = [&] {
        torch::manual_seed(1);
        MultimodalModel m(c);
        m->loadPretrainedEncoders();
        return m;
    };
    int64_t tokens = 0;
    for (int64_t i = 0; i < memes; ++i) {
        const Encoding e = tokenizer.encode(memeText(i), int(c.maxTokens));
        tokens += std::count(e.attentionMask.begin(), e.attentionMask.end(), 1);
    }
    std::printf("`seed` preset, both encoders frozen (%lld text + %lld image layers), %lld training memes "
                "(%.0f tokens on average) + %lld validation, batch %lld, %d CPU threads\n\n",
                (long long)c.freezeTextLayers, (long long)c.freezeImageLayers, (long long)memes,
                double(tokens) / double(memes), (long long)val, (long long)c.batchSize,
                torch::get_num_threads());

    // The peer: training as it was, the frozen encoders run every epoch.
    MultimodalModel plainModel = fresh();
    Trainer plain(plainModel, &tokenizer, full, trainMemes, valMemes, torch::kCPU, {});
    const TrainOutcome plainRun = plain.run();
    const EpochRecord& p = plainRun.history.front();
    const long rssPlain = peakRssMb();

    MultimodalModel cachedModel = fresh();
    const fs::path cacheRoot = root / "features";
    fs::remove_all(cacheRoot);
    FeatureCache cache(cachedModel, cacheRoot.string(), text.string());
    const BatchBuilder builder(c, &tokenizer);
    auto t0 = Clock::now();
    const FeatureCache::BuildReport built = cache.build(
        cachedModel, builder, full, light, [](int64_t i) { return uint64_t(i) + 1; }, all, torch::kCPU, 2);
    const double buildSeconds = since(t0);
    Trainer cached(cachedModel, &tokenizer, cache.attach(light, [](int64_t i) { return uint64_t(i) + 1; }),
                   trainMemes, valMemes, torch::kCPU, {});
    const TrainOutcome cachedRun = cached.run();
    const EpochRecord& q = cachedRun.history.front();
    const long rssCached = peakRssMb();

    const double perThousandMb = double(cache.bytes()) / double(built.computed) * 1000.0 / 1e6;
    std::printf("| measure | from the cache | frozen encoders run every epoch (peer) | ratio |\n"
                "|---|---:|---:|---:|\n");
    std::printf("| training memes per second (epoch 1, training part) | %.1f | %.2f | %.1fx |\n",
                q.samplesPerSecond, p.samplesPerSecond, q.samplesPerSecond / p.samplesPerSecond);
    std::printf("| epoch with validation, seconds | %.1f | %.1f | %.1fx |\n", q.seconds, p.seconds,
                p.seconds / q.seconds);
    std::printf("| cache build (%lld memes, once) | %.1f s (%.2f memes/s) | | |\n", (long long)built.computed,
                buildSeconds, double(built.computed) / buildSeconds);
    std::printf("| first epoch incl. the cache build | %.1f s | %.1f s | %.2fx |\n", buildSeconds + q.seconds,
                p.seconds, p.seconds / (buildSeconds + q.seconds));
    std::printf("| cache size | %.1f MB per 1,000 memes | | |\n", perThousandMb);
    std::printf("| train loss after the epoch | %.4f | %.4f | |\n", q.trainLoss, p.trainLoss);
    std::printf("| peak RSS (process so far) | %ld MB | %ld MB | |\n", rssCached, rssPlain);
    if (keep.empty()) fs::remove_all(root);
    return 0;
}
