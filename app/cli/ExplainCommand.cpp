#include "CliCommon.h"
#include "ProgressBar.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoTruth.h"
#include "core/engine/FaithfulnessStudy.h"
#include "core/engine/ModelSession.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/Split.h"
#include "core/store/SplitSchemeStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <numeric>

namespace memescope::cli {
namespace {

QJsonArray floats(const QVector<float>& v) {
    QJsonArray a;
    for (const float x : v)
        a.append(double(x));
    return a;
}

// The picture's relevance as a character grid: darker is more relevant (scaled to the grid's maximum).
QString gridText(const QVector<float>& patches, int side) {
    if (patches.isEmpty() || side <= 0) return {};
    const float top = *std::max_element(patches.begin(), patches.end());
    static const QString shades = QStringLiteral(" .:-=+*#%@");
    QString out;
    for (int y = 0; y < side; ++y) {
        out += "    ";
        for (int x = 0; x < side; ++x) {
            const float v = top > 0 ? std::max(0.f, patches.value(y * side + x)) / top : 0.f;
            const QChar c = shades.at(std::min(int(v * (shades.size() - 1) + 0.5f), int(shades.size()) - 1));
            out += c;
            out += c;
        }
        out += '\n';
    }
    return out;
}

// The split scheme the run was trained on (result.json), so that its test memes are the ones it never saw.
QString runSplitScheme(const QString& runDir) {
    QFile f(QDir(runDir).filePath("result.json"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object().value("split_scheme").toString();
}

// `explain --faithfulness`: deletion and the pointing game over a split's memes, a table per method.
int runFaithfulness(const QCommandLineParser& p, const CliOutput& out) {
    bool ok = false;
    const int limit = p.value("limit").toInt(&ok);
    if (!ok || limit < 1) throw UserError{"--limit takes a whole number of memes, at least 1"};
    const int steps = p.value("steps").toInt(&ok);
    if (!ok || steps < 2 || steps > 1024) throw UserError{"--steps takes a whole number 2..1024"};
    const std::optional<Split> split = splitFromString(p.value("split"));
    if (!split) throw UserError{"--split '" + p.value("split") + "': expected train, val or test"};
    FaithfulnessOptions options;
    options.igSteps = steps;
    if (p.isSet("method")) {
        options.methods.clear();
        for (const QString& name : p.value("method").split(',', Qt::SkipEmptyParts)) {
            const auto m = explanationMethodFromString(name.trimmed());
            if (!m)
                throw UserError{"--method '" + name +
                                "': expected relevance, integrated-gradients or attention"};
            options.methods << *m;
        }
    }
    auto store = openForReading(p.value("project"), out);
    QHash<QString, DemoMemeTruth> truth;
    if (p.isSet("truth")) truth = readDemoTruth(p.value("truth"));
    const QString scheme = p.isSet("split-scheme") ? p.value("split-scheme") : runSplitScheme(p.value("run"));
    QHash<int64_t, Split> splits;
    if (!scheme.isEmpty()) splits = SplitSchemeStore(*store).load(scheme);
    auto session = ModelSession::load(QDir(p.value("run")).filePath("model"));
    if (session->isBaseline())
        throw UserError{p.value("run") + ": a TF-IDF run has no relevance maps to test (its word weights are "
                                         "its coefficients, exact by construction)"};
    const QStringList labels = store->labelSchema().names();
    QVector<FaithfulnessMeme> memes;
    bool synthetic = false;
    for (const SampleRecord& s : SampleStore(*store).loadAll()) {
        const Split in = scheme.isEmpty() ? splitFromString(s.split).value_or(Split::Unassigned)
                                          : splits.value(s.id, Split::Unassigned);
        if (in != *split || !s.labelMask || memes.size() >= limit) continue;
        FaithfulnessMeme m;
        m.sampleId = s.sampleId;
        m.imagePath = s.imageStatus == ImageStatus::Ok ? store->resolveStoredPath(s.imagePath) : QString();
        m.text = s.ocrText;
        m.labels = store->labelSchema().namesOf(*s.labelMask);
        if (truth.contains(s.sampleId)) m.truth = truth.value(s.sampleId);
        synthetic = synthetic || DemoGenerator::isSynthetic(s.extraJson);
        memes << m;
    }
    if (memes.isEmpty())
        throw UserError{
            QStringLiteral("no labelled %1 memes in %2").arg(splitToString(*split), store->path())};
    ProgressBar bar("Faithfulness");
    std::optional<InterruptScope> interrupts(std::in_place);
    JobContext::Listener listener;
    listener.progress = [&](const JobProgress& jp) { bar.update(int(jp.done), int(jp.total), jp.stage); };
    const FaithfulnessTable table = measureFaithfulness(*session, memes, options, out.job(listener));
    bar.finish();
    interrupts.reset();
    QString text =
        QStringLiteral("Faithfulness of the relevance maps of %1 on %2 %3 memes%4\n\n")
            .arg(QDir(p.value("run")).dirName())
            .arg(table.memes)
            .arg(splitToString(*split))
            .arg(synthetic ? QStringLiteral(" (synthetic demo memes: these figures say how the methods "
                                            "behave, not how they do on real memes)")
                           : QString());
    text += table.toText();
    QJsonObject result = table.toJson();
    result.insert("run", p.value("run"));
    result.insert("split", splitToString(*split));
    result.insert("split_scheme", scheme.isEmpty() ? QStringLiteral("original") : scheme);
    result.insert("synthetic", synthetic);
    out.result(result, text);
    return table.cancelled ? kUserError : kOk;
}

} // namespace

int runExplain(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "What drove a trained run's score for one class on one meme: the caption's words ranked by relevance "
        "and "
        "the picture's relevance on the patch grid. Methods: relevance (gradient-weighted attention rollout, "
        "Chefer et al. 2021; the default), integrated-gradients (Sundararajan et al. 2017; slower), "
        "attention "
        "(the fusion's raw cross-attention: where the model looked, not why).");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"run", "Run folder written by 'train'.", "RUN_DIR"});
    p.addOption({"sample", "The meme's sample id.", "ID"});
    p.addOption({"method",
                 "relevance, integrated-gradients (ig) or attention (--faithfulness: a comma-separated list; "
                 "default all three).",
                 "METHOD", "relevance"});
    p.addOption({"class", "A label name or index (default: the predicted label).", "LABEL"});
    p.addOption({"steps", "Integrated gradients: steps along the path (default 32).", "N", "32"});
    p.addOption({"json", "Print the explanation (or the faithfulness table) as JSON on the last line."});
    p.addOption({"faithfulness",
                 "Instead of one meme: measure how faithful each method's maps are on a split (deletion AOPC "
                 "with a random floor; the pointing game with --truth), a table per method."});
    p.addOption({"split", "--faithfulness: the split to measure on (default test).", "SPLIT", "test"});
    p.addOption({"split-scheme", "--faithfulness: the split scheme (default: the run's own).", "NAME"});
    p.addOption({"limit", "--faithfulness: at most this many memes (default 120).", "N", "120"});
    p.addOption({"truth",
                 "--faithfulness: the demo's demo_truth.json (motif boxes and label words) for the "
                 "pointing game.",
                 "FILE"});
    parseOrThrow(p, args);
    if (p.isSet("faithfulness")) {
        for (const char* required : {"project", "run"})
            if (!p.isSet(required)) throw UserError{QStringLiteral("--%1 is required").arg(required)};
        return runFaithfulness(p, CliOutput(p.isSet("json")));
    }
    for (const char* required : {"project", "run", "sample"})
        if (!p.isSet(required)) throw UserError{QStringLiteral("--%1 is required").arg(required)};
    const auto method = explanationMethodFromString(p.value("method"));
    if (!method)
        throw UserError{"--method '" + p.value("method") +
                        "': expected relevance, integrated-gradients or attention"};
    bool ok = false;
    const int steps = p.value("steps").toInt(&ok);
    if (!ok || steps < 2 || steps > 1024) throw UserError{"--steps takes a whole number 2..1024"};
    const CliOutput out(p.isSet("json"));
    auto store = openForReading(p.value("project"), out);
    const std::optional<SampleRecord> sample = SampleStore(*store).find(p.value("sample"));
    if (!sample) throw UserError{p.value("sample") + ": no meme with this id in " + store->path()};
    auto session = ModelSession::load(QDir(p.value("run")).filePath("model"));
    const QStringList labels = session->labelNames();
    const QString image =
        sample->imageStatus == ImageStatus::Ok ? store->resolveStoredPath(sample->imagePath) : QString();
    int classIndex = -1;
    if (p.isSet("class")) {
        classIndex = labels.indexOf(p.value("class"));
        if (classIndex < 0) {
            const int i = p.value("class").toInt(&ok);
            if (ok && i >= 0 && i < labels.size()) classIndex = i;
        }
        if (classIndex < 0)
            throw UserError{"--class '" + p.value("class") + "': the run's labels are " + labels.join(", ") +
                            QStringLiteral(" (or 0..%1)").arg(labels.size() - 1)};
    } else {
        classIndex = session->predict(image, sample->ocrText).defaultExplainedClass();
    }
    const MemeExplanation e = session->explain(image, sample->ocrText, classIndex, *method, steps);

    QVector<int> order(e.words.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return e.wordRelevance[a] > e.wordRelevance[b]; });
    QString text =
        QStringLiteral("%1 for '%2' on %3 (score %4)\n")
            .arg(explanationMethodDisplayName(e.method), labels.value(classIndex), sample->sampleId)
            .arg(e.classScore, 0, 'f', 3);
    if (e.method == ExplanationMethod::IntegratedGradients)
        text +=
            QStringLiteral("  completeness gap %1 (the attributions' sum minus the score's change from the "
                           "baseline; 0 for an exact integral)\n")
                .arg(e.completenessGap, 0, 'g', 3);
    text += "  words, most relevant first:\n";
    for (int k = 0; k < order.size() && k < 10; ++k)
        text += QStringLiteral("    %1 %2\n")
                    .arg(e.words[order[k]].text, -20)
                    .arg(e.wordRelevance[order[k]], 0, 'g', 3);
    if (e.hasImage && !e.patchRelevance.isEmpty())
        text += QStringLiteral("  the picture (%1 x %1 patches; darker = more relevant):\n").arg(e.gridSide) +
                gridText(e.patchRelevance, e.gridSide);
    else
        text += "  no picture relevance: the meme has no usable image or the model reads text only\n";
    QJsonArray words;
    for (int i = 0; i < e.words.size(); ++i)
        words.append(QJsonObject{{"word", e.words[i].text}, {"relevance", double(e.wordRelevance[i])}});
    QJsonObject result{{"sample", sample->sampleId},
                       {"method", explanationMethodToString(e.method)},
                       {"class", labels.value(classIndex)},
                       {"class_index", classIndex},
                       {"score", e.classScore},
                       {"words", words},
                       {"grid_side", e.gridSide},
                       {"patches", floats(e.patchRelevance)}};
    if (e.method == ExplanationMethod::IntegratedGradients) {
        result["completeness_gap"] = e.completenessGap;
        result["steps"] = steps;
    }
    out.result(result, text.trimmed());
    return kOk;
}

} // namespace memescope::cli
