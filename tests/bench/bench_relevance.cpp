// How long explaining one meme takes through the facade the inspector uses (ModelSession::explain), per
// method, against the same model's plain prediction in the same run (the peer: one forward pass), for the
// `tiny` preset at its real sizes (224 px, n-gram words) and the `seed` preset (RoBERTa-base + CLIP ViT-B/32
// shapes, random weights) at 128 tokens. Goals (#26): relevance <= 0.5 s, integrated gradients (32 steps)
// <= 10 s for `tiny`. Prints a table; usage: bench_relevance [--skip-seed].
#include "core/demo/MemeRenderer.h"
#include "core/engine/ModelConfigJson.h"
#include "core/engine/ModelSession.h"
#include "core/store/LabelSchema.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>

using namespace memescope;

namespace {

double seconds(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <class F> double medianOf(int runs, F&& f) {
    std::vector<double> t;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        t.push_back(seconds(t0));
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

void benchPreset(const char* preset, const QString& image, const QString& text, int runs) {
    QJsonObject config{{"preset", preset}};
    if (QString(preset) == "seed") config["max_tokens"] = 128;
    auto session = ModelSession::create(modelConfigFromJson(config), LabelSchema::restore().names(), true,
                                        {text, text + " again", "another caption entirely"});
    session->predict(image, text); // warm-up
    const double forward = medianOf(runs, [&] { session->predict(image, text); });
    std::printf("%-6s %-38s %9.3f s %8s   (%.1f M parameters)\n", preset, "prediction (the peer)", forward,
                "1.0x", double(session->parameterCount()) / 1e6);
    for (const ExplanationMethod m : {ExplanationMethod::RawAttention, ExplanationMethod::Relevance,
                                      ExplanationMethod::IntegratedGradients}) {
        double t = 0;
        try {
            t = medianOf(m == ExplanationMethod::IntegratedGradients ? std::max(1, runs / 3) : runs,
                         [&] { session->explain(image, text, 1, m, 32); });
        } catch (const Error& e) {
            std::printf("%-6s %-38s %s\n", preset, qPrintable(explanationMethodDisplayName(m)),
                        qPrintable("n/a: " + e.message()));
            continue;
        }
        std::printf("%-6s %-38s %9.3f s %7.1fx\n", preset, qPrintable(explanationMethodDisplayName(m)), t,
                    t / forward);
    }
}

} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv); // the renderer's fonts
    QTemporaryDir dir;
    MemeSpec spec;
    spec.width = 480;
    spec.height = 400;
    spec.topText = "when you finally get into bed and your brain decides";
    spec.bottomText = "to replay every awkward thing you said since 2009";
    spec.motif = MemeSpec::Motif::MoonStars;
    const QString image = dir.filePath("meme.png");
    MemeRenderer::render(spec).save(image);
    const QString text = spec.topText + ' ' + spec.bottomText;
    std::printf("Explaining one meme (median of runs; integrated gradients with 32 steps)\n");
    std::printf("%-6s %-38s %11s %8s\n", "preset", "what", "time", "vs peer");
    benchPreset("tiny", image, text, 9);
    // The seed preset reads 128 tokens: a caption long enough to fill them (truncated there).
    QString longText;
    for (int i = 0; i < 8; ++i)
        longText += text + ' ';
    if (!(argc > 1 && QString(argv[1]) == "--skip-seed")) benchPreset("seed", image, longText.trimmed(), 3);
    return 0;
}
