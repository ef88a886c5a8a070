// The frozen encoders' feature cache: training from cached features equals running the frozen layers (whole
// encoders frozen, and a frozen prefix with the rest fine-tuned), the cache key changes with what changes
// the features and only then, and a corrupt, truncated or unwritable cache is never read.
#include "MiniTest.h"
#include "TestDevice.h"
#include "core/ml/config/TrainingCost.h"
#include "core/ml/text/BpeTrainer.h"
#include "core/ml/train/FeatureCache.h"
#include "core/ml/train/Trainer.h"

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>
#include <unistd.h>

using namespace memescope::ml;
namespace fs = std::filesystem;

namespace {

const char* const kWords[] = {"sad", "tired", "worried"};

std::string scratch(const std::string& name) {
    const fs::path p =
        fs::temp_directory_path() / ("memescope-tst-feature-cache-" + std::to_string(::getpid())) / name;
    fs::remove_all(p);
    fs::create_directories(p);
    return p.string();
}

std::string sampleText(int64_t i) {
    return std::string("today ") + kWords[i % 3] + " meme number " + std::to_string(i % 7) +
           (i % 2 ? " with a longer caption than most" : "");
}

// A tokenizer learned from the samples' texts (once per process).
const BpeTokenizer& tokenizer() {
    static const std::string dir = [] {
        const std::string d = scratch("tokenizer");
        std::vector<std::string> texts;
        for (int64_t i = 0; i < 60; ++i)
            texts.push_back(sampleText(i));
        BpeTrainer::train(texts, 120, d);
        return d;
    }();
    static const BpeTokenizer t = BpeTokenizer::fromDirectory(dir);
    return t;
}

std::string tokenizerDir() {
    tokenizer();
    return (fs::temp_directory_path() / ("memescope-tst-feature-cache-" + std::to_string(::getpid())) /
            "tokenizer")
        .string();
}

// RoBERTa (2 layers, dropout 0.1, so a frozen layer that dropped units would differ) + ViT (2 layers).
ModelConfig smallConfig() {
    ModelConfig c = ModelConfig::fromPreset("tiny");
    // Dense experts: top-k routing is discontinuous, so half-float rounding of the features could flip an
    // expert choice and the runs would part for that reason alone.
    c.moe = MoeKind::Dense;
    c.fusion = FusionKind::SeedCls; // the reference's fusion over the last layers' first tokens
    c.textEncoder = TextEncoderKind::Roberta;
    c.roberta.vocabSize = tokenizer().vocabSize();
    c.roberta.hiddenSize = 16;
    c.roberta.numLayers = 2;
    c.roberta.numHeads = 2;
    c.roberta.intermediateSize = 32;
    c.roberta.maxPositions = 40;
    c.maxTokens = 24;
    c.clip.imageSize = 16;
    c.clip.patchSize = 8;
    c.clip.hiddenSize = 16;
    c.clip.numLayers = 2;
    c.clip.numHeads = 2;
    c.clip.intermediateSize = 32;
    c.clip.attentionDropout = 0.1; // (CLIP's default is 0) so a frozen ViT layer that dropped would differ
    c.fusionDim = 16;
    c.fusionHeads = 2;
    c.fusionLayers = 2;
    c.fusionFfn = 32;
    c.contrastiveDim = 8;
    c.numLabels = 3;
    c.labelNames = {"a", "b", "c"};
    c.learningRate = 3e-3;
    c.epochs = 2;
    c.batchSize = 8;
    c.freezeTextLayers = 2;
    c.freezeImageLayers = 2;
    return c;
}

// Meme i: a keyword for its label among filler words; an image whose brightness says the label, none for
// every fifth meme.
SampleInput sample(int64_t i, const ModelConfig& c, bool withImage) {
    SampleInput s;
    const int label = int(i % 3);
    s.text = sampleText(i);
    if (withImage && i % 5 != 4)
        s.pixels.assign(size_t(3 * c.clip.imageSize * c.clip.imageSize),
                        float(label) - 1.0f + 0.1f * float(i % 5));
    s.labels = {label};
    return s;
}

std::vector<int64_t> range(int64_t from, int64_t to) {
    std::vector<int64_t> v;
    for (int64_t i = from; i < to; ++i)
        v.push_back(i);
    return v;
}

uint64_t imageKey(int64_t i) {
    return uint64_t(i) * 0x9E3779B97F4A7C15ULL + 1;
}

SampleLoader fullLoader(const ModelConfig& c) {
    return [c](int64_t i) { return sample(i, c, true); };
}

SampleLoader lightLoader(const ModelConfig& c) {
    return [c](int64_t i) { return sample(i, c, false); };
}

MultimodalModel freshModel(const ModelConfig& c) {
    torch::manual_seed(uint64_t(c.seed));
    return MultimodalModel(c);
}

FeatureCache::BuildReport buildCache(FeatureCache& cache, MultimodalModel& model, const ModelConfig& c,
                                     const std::vector<int64_t>& memes) {
    const BatchBuilder builder(c, &tokenizer());
    return cache.build(model, builder, fullLoader(c), lightLoader(c), imageKey, memes, minitest::testDevice(),
                       2);
}

TrainOutcome train(const ModelConfig& c, const std::string& cacheRoot) {
    MultimodalModel model = freshModel(c);
    SampleLoader loader = fullLoader(c);
    std::unique_ptr<FeatureCache> cache;
    if (!cacheRoot.empty()) {
        cache = std::make_unique<FeatureCache>(model, cacheRoot, tokenizerDir());
        REQUIRE(cache->active());
        const auto built = buildCache(*cache, model, c, range(0, 72));
        CHECK(built.computed == 72);
        loader = cache->attach(lightLoader(c), imageKey);
    }
    Trainer trainer(model, &tokenizer(), loader, range(0, 56), range(56, 72), minitest::testDevice(), {});
    return trainer.run();
}

void checkSameTraining(const TrainOutcome& plain, const TrainOutcome& cached) {
    REQUIRE(plain.history.size() == cached.history.size());
    for (size_t e = 0; e < plain.history.size(); ++e) {
        const EpochRecord &a = plain.history[e], &b = cached.history[e];
        // Half-float features: the losses agree to the features' precision (measured: within 2e-4).
        CHECK_MSG(std::abs(a.trainLoss - b.trainLoss) < 2e-3 * std::max(1.0, std::abs(a.trainLoss)),
                  "epoch " << e + 1 << " train loss " << a.trainLoss << " vs cached " << b.trainLoss);
        CHECK_MSG(std::abs(a.valLoss - b.valLoss) < 2e-3 * std::max(1.0, std::abs(a.valLoss)),
                  "epoch " << e + 1 << " val loss " << a.valLoss << " vs cached " << b.valLoss);
        CHECK_MSG(std::abs(a.valMacroF1 - b.valMacroF1) < 1e-9,
                  "epoch " << e + 1 << " val macro-F1 " << a.valMacroF1 << " vs cached " << b.valMacroF1);
    }
}

} // namespace

TEST(trainingOnCachedFeaturesEqualsRunningTheFrozenEncoders) {
    const ModelConfig c = smallConfig(); // seed fusion over the last layers' first tokens
    const TrainOutcome plain = train(c, "");
    const TrainOutcome cached = train(c, scratch("whole"));
    checkSameTraining(plain, cached);
}

TEST(aFrozenPrefixIsCachedAndTheRestFineTuned) {
    ModelConfig c = smallConfig();
    c.freezeTextLayers = 1; // layer 2 of each encoder trains on top of hidden state 1 from the cache
    c.freezeImageLayers = 1;
    c.fusion = FusionKind::Token;
    c.head = HeadKind::Transformer;
    c.headLayers = 1;
    const TrainOutcome plain = train(c, "");
    const TrainOutcome cached = train(c, scratch("prefix"));
    checkSameTraining(plain, cached);
}

TEST(theFrozenPrefixDropsNothingWhileTraining) {
    ModelConfig c = smallConfig();
    c.freezeTextLayers = 2;
    MultimodalModel model = freshModel(c);
    model->train();
    const BatchBuilder builder(c, &tokenizer());
    const ModelBatch b = builder.build({sample(1, c, true), sample(2, c, true)});
    torch::NoGradGuard ng;
    CHECK(torch::equal(model->frozenTextFeatures(b).cls, model->frozenTextFeatures(b).cls));
    c.freezeTextLayers = 0; // a trainable encoder keeps its dropout
    MultimodalModel trainable = freshModel(c);
    trainable->train();
    const ModelOutput x = trainable->forward(b), y = trainable->forward(b);
    CHECK(!torch::equal(x.textPooled, y.textPooled));
}

TEST(theCacheKeyFollowsWhatChangesTheFeatures) {
    const std::string root = scratch("keys");
    const ModelConfig c = smallConfig();
    auto folders = [&](const ModelConfig& config) {
        MultimodalModel m = freshModel(config);
        const FeatureCache cache(m, root, tokenizerDir());
        return std::make_pair(cache.textFolder(), cache.imageFolder());
    };
    const auto base = folders(c);
    CHECK(base == folders(c)); // same weights, same settings: shared
    ModelConfig other = c;
    other.seed = c.seed + 1; // other weights
    CHECK(folders(other).first != base.first && folders(other).second != base.second);
    other = c;
    other.maxTokens = 16; // the text is cut elsewhere; the images are not affected
    CHECK(folders(other).first != base.first && folders(other).second == base.second);
    other = c;
    other.fusion = FusionKind::Token; // now hidden states are kept in full
    CHECK(folders(other).first != base.first);
    other = c;
    other.moe = MoeKind::Dense; // the trainable part changes, the features do not
    other.learningRate = 1e-4;
    CHECK(folders(other) == base);

    // A meme whose text changed (new OCR) is a new entry; the others are read from the cache.
    MultimodalModel m = freshModel(c);
    FeatureCache cache(m, root, tokenizerDir());
    CHECK(buildCache(cache, m, c, range(0, 20)).computed == 20);
    FeatureCache again(m, root, tokenizerDir());
    CHECK(buildCache(again, m, c, range(0, 20)).computed == 0);
    CHECK(buildCache(again, m, c, range(0, 21)).computed == 1);
}

TEST(aCorruptOrTruncatedSegmentIsNeverReadAndItsMemesAreComputedAgain) {
    const ModelConfig c = smallConfig();
    for (const bool truncate : {false, true}) {
        const std::string root = scratch(truncate ? "truncated" : "corrupt");
        MultimodalModel m = freshModel(c);
        {
            FeatureCache cache(m, root, tokenizerDir());
            CHECK(buildCache(cache, m, c, range(0, 12)).computed == 12);
        }
        fs::path segment;
        for (const auto& e : fs::recursive_directory_iterator(root))
            if (e.path().extension() == ".bin" &&
                e.path().parent_path().filename().string().rfind("text-", 0) == 0)
                segment = e.path();
        REQUIRE(!segment.empty());
        if (truncate) {
            fs::resize_file(segment, fs::file_size(segment) - 7);
        } else {
            std::fstream f(segment, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(std::streamoff(fs::file_size(segment) / 2));
            f.put('\x5a').put('\x17');
        }
        FeatureCache reopened(m, root, tokenizerDir());
        REQUIRE(reopened.problems().size() == 1);
        CHECK_MSG(reopened.problems()[0].find(segment.string()) != std::string::npos, reopened.problems()[0]);
        CHECK(!fs::exists(segment));
        // The text side is computed again; the image side was intact.
        CHECK(buildCache(reopened, m, c, range(0, 12)).computed == 12);
        FeatureCache third(m, root, tokenizerDir());
        CHECK(third.problems().empty());
        CHECK(buildCache(third, m, c, range(0, 12)).computed == 0);
    }
}

TEST(aFullDiskFailsTheBuildNamingTheFileAndLeavesNothingToRead) {
    const ModelConfig c = smallConfig();
    const std::string root = scratch("full");
    MultimodalModel m = freshModel(c);
    FeatureCache cache(m, root, tokenizerDir());
    // A file-size limit makes write() fail as a full disk does (EFBIG instead of ENOSPC).
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    ::getrlimit(RLIMIT_FSIZE, &previous);
    rlimit small = previous;
    small.rlim_cur = 2000;
    ::setrlimit(RLIMIT_FSIZE, &small);
    std::string message;
    try {
        buildCache(cache, m, c, range(0, 40));
    } catch (const FeatureCacheError& e) {
        message = e.what();
    }
    ::setrlimit(RLIMIT_FSIZE, &previous);
    CHECK_MSG(message.find(root) != std::string::npos && message.find("cannot write") != std::string::npos,
              "message: " << message);
    int leftovers = 0;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) ++leftovers;
    CHECK_MSG(leftovers == 0, leftovers << " files left behind");
    FeatureCache reopened(m, root, tokenizerDir());
    CHECK(reopened.bytes() == 0 && reopened.problems().empty());
    CHECK(buildCache(reopened, m, c, range(0, 40)).computed == 40);
}

TEST(theEstimatedBytesPerMemeAreWhatTheCacheWrites) {
    for (const bool prefix : {false, true}) {
        ModelConfig c = smallConfig();
        if (prefix) c.freezeTextLayers = c.freezeImageLayers = 1;
        const std::string root = scratch(prefix ? "bytes-prefix" : "bytes");
        MultimodalModel m = freshModel(c);
        FeatureCache cache(m, root, tokenizerDir());
        buildCache(cache, m, c, {0});
        const Encoding e = tokenizer().encode(sampleText(0), int(c.maxTokens));
        const int64_t tokens = int64_t(std::count(e.attentionMask.begin(), e.attentionMask.end(), 1));
        CHECK_MSG(cache.bytes() == cachedFeatureBytesPerMeme(c, tokens),
                  cache.bytes() << " bytes written, " << cachedFeatureBytesPerMeme(c, tokens)
                                << " estimated");
    }
    ModelConfig whole = smallConfig();
    CHECK(cachedFeatureBytesPerMeme(whole, 100) == (3 * 16 + 3 * 16) * 2); // first tokens only
}

MINITEST_MAIN
