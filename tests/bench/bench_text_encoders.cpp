// Which text encoder should the `tiny` preset use? Trains text-only models on the AxiOM-style demo data
// (written by `memescope-cli demo`): the fastText-style n-gram encoder vs a 4-layer, 256-wide transformer
// trained from scratch on a BPE vocabulary learned from the same texts. Epoch chosen by validation
// macro-F1 (the train file split 7:1), test macro-F1 reported. Torch-only.
#include "core/baseline/TfidfLogisticRegression.h"
#include "core/ml/model/BatchBuilder.h"
#include "core/ml/text/BpeTrainer.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <random>

using namespace memescope::ml;

namespace {

struct Example {
    std::string text;
    int label;
};

std::vector<Example> readAxiom(const std::string& path, const std::vector<std::string>& labels) {
    std::vector<Example> out;
    for (const auto& r : nlohmann::json::parse(std::ifstream(path))) {
        const auto it = std::find(labels.begin(), labels.end(), r.value("meme_anxiety_category", ""));
        if (it != labels.end()) out.push_back({r.value("ocr_text", ""), int(it - labels.begin())});
    }
    return out;
}

double macroF1(const std::vector<int>& truth, const std::vector<int>& pred, int classes) {
    double sum = 0;
    for (int c = 0; c < classes; ++c) {
        int tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < truth.size(); ++i) {
            tp += truth[i] == c && pred[i] == c;
            fp += truth[i] != c && pred[i] == c;
            fn += truth[i] == c && pred[i] != c;
        }
        sum += tp + fp + fn > 0 ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0;
    }
    return sum / classes;
}

std::vector<int> predictAll(MultimodalModel& m, const BatchBuilder& bb, const std::vector<Example>& data) {
    torch::NoGradGuard ng;
    m->eval();
    std::vector<int> out;
    for (size_t i = 0; i < data.size(); i += 64) {
        std::vector<SampleInput> in;
        for (size_t j = i; j < std::min(data.size(), i + 64); ++j)
            in.push_back({data[j].text, {}, {data[j].label}});
        const torch::Tensor arg = m->forward(bb.build(in)).logits.argmax(1);
        for (int64_t k = 0; k < arg.size(0); ++k)
            out.push_back(int(arg[k].item<int64_t>()));
    }
    return out;
}

struct Result {
    double val, test, seconds;
    int epoch;
};

Result trainAndEvaluate(const ModelConfig& c, const BpeTokenizer* tok, const std::vector<Example>& tr,
                        const std::vector<Example>& va, const std::vector<Example>& te, int epochs, double lr,
                        uint32_t seed) {
    torch::manual_seed(seed);
    MultimodalModel m(c);
    BatchBuilder bb(c, tok);
    torch::optim::AdamW opt(m->parameters(), torch::optim::AdamWOptions(lr).weight_decay(0.01));
    std::mt19937 rng(seed);
    std::vector<size_t> order(tr.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<int> vt, tt;
    for (const auto& e : va)
        vt.push_back(e.label);
    for (const auto& e : te)
        tt.push_back(e.label);
    Result best{-1, 0, 0, 0};
    const auto t0 = std::chrono::steady_clock::now();
    for (int ep = 1; ep <= epochs; ++ep) {
        m->train();
        std::shuffle(order.begin(), order.end(), rng);
        for (size_t i = 0; i < order.size(); i += 16) {
            std::vector<SampleInput> in;
            for (size_t j = i; j < std::min(order.size(), i + 16); ++j)
                in.push_back({tr[order[j]].text, {}, {tr[order[j]].label}});
            const ModelBatch b = bb.build(in);
            const LossParts p = m->loss(m->forward(b), b);
            opt.zero_grad();
            p.total.backward();
            torch::nn::utils::clip_grad_norm_(m->parameters(), 1.0);
            opt.step();
        }
        const double v = macroF1(vt, predictAll(m, bb, va), int(c.numLabels));
        if (v > best.val) best = {v, macroF1(tt, predictAll(m, bb, te), int(c.numLabels)), 0, ep};
    }
    best.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return best;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: bench_text_encoders DEMO_AXIOM_DIR [epochs [seeds] | --baseline-only]\n  (run "
                     "`memescope-cli demo --out DIR` first; pass DIR/axiom)\n");
        return 1;
    }
    const std::string dir = argv[1];
    const int epochs = argc > 2 && std::string(argv[2]) != "--baseline-only" ? std::atoi(argv[2]) : 15;
    const int seeds = argc > 3 ? std::atoi(argv[3]) : 2;
    const std::vector<std::string> labels = {"Nervousness",     "Lack of Worry Control",
                                             "Excessive Worry", "Difficulty Relaxing",
                                             "Restlessness",    "Impending Doom"};
    const std::vector<Example> all = readAxiom(dir + "/anxiety_train.json", labels),
                               test = readAxiom(dir + "/anxiety_test.json", labels);
    std::vector<Example> train, val;
    for (size_t i = 0; i < all.size(); ++i)
        (i % 8 == 7 ? val : train).push_back(all[i]);
    std::printf("AxiOM-style demo: %zu train, %zu validation, %zu test texts; %d epochs, %d seeds\n\n",
                train.size(), val.size(), test.size(), epochs, seeds);

    // The classical baseline first: TF-IDF (word 1-2-grams, char_wb 2-5-grams) + logistic regression.
    {
        const auto t0 = std::chrono::steady_clock::now();
        memescope::baseline::TfidfLogisticRegression lr;
        std::vector<std::string> tx;
        std::vector<std::vector<int>> ty;
        for (const auto& e : train) {
            tx.push_back(e.text);
            ty.push_back({e.label});
        }
        lr.fit(tx, ty, 6, false);
        auto evaluate = [&](const std::vector<Example>& data) {
            std::vector<std::string> texts;
            std::vector<int> truth, pred;
            for (const auto& e : data) {
                texts.push_back(e.text);
                truth.push_back(e.label);
            }
            for (const auto& p : lr.predictProba(texts))
                pred.push_back(int(std::max_element(p.begin(), p.end()) - p.begin()));
            return macroF1(truth, pred, 6);
        };
        const double v = evaluate(val), t = evaluate(test);
        std::printf("| text encoder | val macro-F1 | test macro-F1 | train s (mean) |\n|---|---|---|---|\n");
        std::printf("| TF-IDF + logistic regression (baseline, %zu features) | %.3f | %.3f | %.1f |\n",
                    lr.featureCount(), v, t,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        std::fflush(stdout);
        if (argc > 2 && std::string(argv[2]) == "--baseline-only") return 0;
    }

    ModelConfig base = ModelConfig::fromPreset("tiny");
    base.imageEncoder = ImageEncoderKind::Off;
    base.moe = MoeKind::Off;
    base.contrastive = ContrastiveKind::Off;
    base.numLabels = 6;

    // From-scratch transformer: a BPE vocabulary learned from the training texts.
    const std::string vocabDir = (std::filesystem::temp_directory_path() / "memescope-bench-bpe").string();
    std::vector<std::string> texts;
    for (const auto& e : train)
        texts.push_back(e.text);
    const BpeTrainingResult bpe = BpeTrainer::train(texts, 4000, vocabDir);
    const BpeTokenizer tok = BpeTokenizer::fromDirectory(vocabDir);
    ModelConfig transformer = base;
    transformer.textEncoder = TextEncoderKind::Roberta;
    transformer.roberta.vocabSize = bpe.vocabSize;
    transformer.maxTokens = 48;
    transformer.roberta.maxPositions = 48 + 2;
    ModelConfig ngram = base;
    ngram.textEncoder = TextEncoderKind::Ngram;

    for (const auto& [name, cfg, lr] :
         {std::tuple{"n-gram (fastText-style)", ngram, 1e-3},
          std::tuple{"transformer from scratch (4 x 256, BPE 4k)", transformer, 3e-4}}) {
        double v = 0, t = 0, s = 0;
        for (int k = 0; k < seeds; ++k) {
            const Result r = trainAndEvaluate(cfg, &tok, train, val, test, epochs, lr, uint32_t(1 + k));
            v += r.val;
            t += r.test;
            s += r.seconds;
        }
        std::printf("| %s | %.3f | %.3f | %.0f |\n", name, v / seeds, t / seeds, s / seeds);
    }
    return 0;
}
