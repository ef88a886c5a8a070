// Training throughput of the `tiny` preset on a real project (the demo's AxiOM-style memes):
//  1. one epoch of model steps (forward, loss, backward, clipping, AdamW) over batches built in advance,
//     C++ (LibTorch) vs the same model and loop in PyTorch-Python over exactly the same batches (ratio);
//  2. the full pipeline (ml::Trainer with the prefetching loader: decode, preprocess, tokenise on worker
//     threads) for two epochs: samples/s and the share of step time the model waits for data;
//  3. inference latency per meme: OCR (Tesseract, auto strategy) + preprocessing + forward.
// usage: bench_training PROJECT.memescope   (e.g. demo-data/axiom-demo.memescope from scripts/run-demo.sh)
#include "core/engine/TrainingData.h"
#include "core/imaging/ClipPreprocessor.h"
#include "core/imaging/ImageDecoder.h"
#include "core/ml/DeviceInfo.h"
#include "core/ml/text/BpeTrainer.h"
#include "core/ml/train/FusedAdamW.h"
#include "core/ml/train/Trainer.h"
#include "core/ocr/OcrEngine.h"
#include "core/store/ProjectStore.h"
#include "core/util/ProcessEnvironment.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <torch/torch.h>

using namespace memescope;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

template <typename T> void dump(const std::string& path, const torch::Tensor& t) {
    const torch::Tensor c = t.contiguous();
    std::ofstream(path, std::ios::binary)
        .write(static_cast<const char*>(c.data_ptr()), std::streamsize(c.numel() * sizeof(T)));
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    ensureOcrFriendlyEnvironment(argc, argv); // as the apps do: Tesseract needs OMP_THREAD_LIMIT=1
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: bench_training PROJECT.memescope (run scripts/run-demo.sh once for the demo)\n");
        return 1;
    }
    auto store = ProjectStore::open(argv[1], ProjectStore::Mode::OpenExisting);
    const TrainingData data = TrainingData::load(*store, {}, true);
    QTemporaryDir tmp;
    const std::string tok = tmp.filePath("tokenizer").toStdString();
    std::vector<std::string> texts;
    for (int64_t i : data.train)
        texts.push_back(data.samples[int(i)].text.toStdString());
    ml::ModelConfig c = ml::ModelConfig::fromPreset("tiny");
    c.textEncoder = ml::TextEncoderKind::Roberta; // the peer implements the transformer text encoder
    std::filesystem::create_directories(tok);
    c.roberta.vocabSize = ml::BpeTrainer::train(texts, int(c.roberta.vocabSize), tok).vocabSize;
    c.numLabels = data.schema.size();
    const ml::BpeTokenizer tokenizer = ml::BpeTokenizer::fromDirectory(tok);
    ImageCache cache(int(c.clip.imageSize));
    const ml::SampleLoader loader = [&](int64_t i) {
        const TrainingSample& s = data.samples[int(i)];
        ml::SampleInput in;
        in.text = s.text.toStdString();
        in.pixels = cache.pixels(i, s.imagePath);
        in.labels.assign(s.labels.begin(), s.labels.end());
        return in;
    };
    std::printf("project %s: %zu training memes; torch %s, %d intra-op threads, CPU matmul %.0f GFLOP/s\n\n",
                argv[1], data.train.size(), ml::torchVersion().c_str(), torch::get_num_threads(),
                ml::cpuMatmulGflops());

    // 1. Model steps over prepared batches, C++ vs Python.
    std::vector<int64_t> order = data.train;
    std::shuffle(order.begin(), order.end(), std::mt19937_64(42));
    const ml::BatchBuilder builder(c, &tokenizer);
    std::vector<ml::ModelBatch> batches;
    auto t0 = Clock::now();
    for (size_t i = 0; i < order.size(); i += 16) {
        std::vector<ml::SampleInput> in;
        for (size_t k = i; k < std::min(order.size(), i + 16); ++k)
            in.push_back(loader(order[k]));
        batches.push_back(builder.build(in));
    }
    const double prepSeconds = since(t0);
    nlohmann::json manifest{{"vocab", c.roberta.vocabSize},
                            {"image_size", c.clip.imageSize},
                            {"batches", nlohmann::json::array()}};
    const std::string dir = tmp.path().toStdString();
    for (size_t k = 0; k < batches.size(); ++k) {
        const ml::ModelBatch& b = batches[k];
        const std::string p = dir + "/" + std::to_string(k);
        dump<int64_t>(p + ".ids", b.inputIds);
        dump<int64_t>(p + ".mask", b.attentionMask);
        dump<float>(p + ".pixels", b.pixels);
        dump<float>(p + ".imask", b.imageMask);
        dump<int64_t>(p + ".y", b.targets);
        manifest["batches"].push_back({{"size", b.size()}, {"length", b.inputIds.size(1)}});
    }
    std::ofstream(dir + "/manifest.json") << manifest.dump();

    torch::manual_seed(0);
    ml::MultimodalModel model(c);
    model->train();
    // The trainer's optimizer (LibTorch's AdamW update in one pass per parameter).
    ml::FusedAdamW opt(model->parameters(), torch::optim::AdamWOptions(3e-4).weight_decay(0.01));
    int64_t samples = 0;
    for (size_t k = 0; k < batches.size(); ++k) {
        if (k == 1) {
            t0 = Clock::now();
            samples = 0;
        }
        const ml::LossParts p = model->loss(model->forward(batches[k]), batches[k]);
        opt.zero_grad();
        p.total.backward();
        torch::nn::utils::clip_grad_norm_(model->parameters(), 1.0);
        opt.step();
        p.total.item<double>();
        samples += batches[k].size();
    }
    const double cppRate = double(samples) / since(t0);
    std::fflush(stdout);
    const std::string cmd =
        std::string("cd ") + MEMESCOPE_BENCH_DIR + " && /usr/bin/python3 peer_training.py " + dir + " 2>&1";
    FILE* pipe = popen(cmd.c_str(), "r");
    int pyThreads = 0;
    long long pySamples = 0;
    double pySeconds = 0;
    if (!pipe || std::fscanf(pipe, "%d %lld %lf", &pyThreads, &pySamples, &pySeconds) != 3) pySeconds = 0;
    if (pipe) pclose(pipe);
    const double pyRate = pySeconds > 0 ? double(pySamples) / pySeconds : 0;
    std::printf("| one epoch of model steps (batch 16, AdamW, clipping) | samples/s | vs PyTorch-Python "
                "|\n|---|---|---|\n");
    std::printf("| tiny, C++ (LibTorch, %d threads) | %.1f | %s |\n", torch::get_num_threads(), cppRate,
                pyRate > 0 ? (std::to_string(cppRate / pyRate).substr(0, 4) + "x").c_str() : "peer failed");
    if (pyRate > 0) std::printf("| tiny, PyTorch-Python (%d threads) | %.1f | 1.00x |\n", pyThreads, pyRate);
    std::printf(
        "\nbuilding those batches in one thread (decode, CLIP preprocessing, BPE): %.2f s for %zu memes\n\n",
        prepSeconds, order.size());

    // 2. The full pipeline: two epochs through the trainer and its prefetching loader (a fresh image cache).
    ImageCache fresh(int(c.clip.imageSize));
    const ml::SampleLoader pipelineLoader = [&](int64_t i) {
        const TrainingSample& s = data.samples[int(i)];
        ml::SampleInput in;
        in.text = s.text.toStdString();
        in.pixels = fresh.pixels(i, s.imagePath);
        in.labels.assign(s.labels.begin(), s.labels.end());
        return in;
    };
    ml::ModelConfig two = c;
    two.epochs = 2;
    torch::manual_seed(0);
    ml::TrainerOptions o;
    o.checkpointDir = tmp.filePath("checkpoints").toStdString();
    ml::Trainer trainer(ml::MultimodalModel(two), &tokenizer, pipelineLoader, data.train, data.val,
                        torch::kCPU, o);
    const ml::TrainOutcome out = trainer.run();
    std::printf("| full pipeline (prefetching loader, 2 threads) | samples/s | data-wait share of step time "
                "|\n|---|---|---|\n");
    for (const ml::EpochRecord& r : out.history)
        std::printf("| epoch %d (%s) | %.1f | %.1f %% |\n", r.epoch,
                    r.epoch == 1 ? "images decoded" : "image cache warm", r.samplesPerSecond,
                    100.0 * r.dataWaitShare);

    // 3. Inference latency per meme, batch of one.
    OcrEngine ocr;
    model->eval();
    torch::NoGradGuard ng;
    std::vector<double> ocrMs, prepMs, fwdMs;
    for (size_t k = 0; k < 20 && k < data.test.size(); ++k) {
        const TrainingSample& s = data.samples[int(data.test[k])];
        if (s.imagePath.isEmpty()) continue;
        t0 = Clock::now();
        const OcrResult text = ocr.recognizeFile(s.imagePath);
        ocrMs.push_back(1000 * since(t0));
        t0 = Clock::now();
        ml::SampleInput in;
        in.text = text.text.toStdString();
        in.pixels =
            ClipPreprocessor(int(c.clip.imageSize)).process(ImageDecoder::decodeFile(s.imagePath).rgb).chw;
        in.labels = {0};
        const ml::ModelBatch b = builder.build({in});
        prepMs.push_back(1000 * since(t0));
        t0 = Clock::now();
        model->forward(b);
        fwdMs.push_back(1000 * since(t0));
    }
    const double total = median(ocrMs) + median(prepMs) + median(fwdMs);
    std::printf(
        "\n| inference per meme (median of %zu) | OCR | decode + preprocess + tokenise | forward | total |\n"
        "|---|---|---|---|---|\n| tiny, CPU | %.0f ms | %.1f ms | %.1f ms | %.0f ms |\n",
        ocrMs.size(), median(ocrMs), median(prepMs), median(fwdMs), total);
    return 0;
}
