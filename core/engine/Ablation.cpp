#include "Ablation.h"

#include "core/analysis/AblationSignificance.h"
#include "core/analysis/RunSummary.h"

#include "FeatureCaching.h"
#include "ModelConfigJson.h"
#include "ModelSession.h"
#include "core/ml/config/TrainingCost.h"
#include "core/ml/model/PretrainedEncoders.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "core/util/Error.h"
#include "core/util/LeastSquares.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <vector>

namespace memescope {
namespace {

QJsonObject merged(QJsonObject base, const QJsonObject& overrides) {
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        if (it.key() != "name") base[it.key()] = it.value();
    return base;
}

QString safeFolderName(const QString& name) {
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() || c == '-' || c == '_') ? c : QChar('_');
    return out.isEmpty() ? "variant" : out;
}

void meanStd(const QVector<double>& v, double& mean, double& sd) {
    mean = sd = 0;
    if (v.isEmpty()) return;
    for (double x : v)
        mean += x;
    mean /= double(v.size());
    if (v.size() < 2) return;
    for (double x : v)
        sd += (x - mean) * (x - mean);
    sd = std::sqrt(sd / double(v.size() - 1));
}

void writeText(const QString& path, const QString& text) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        throw EngineError(path + ": cannot write: " + f.errorString());
}

QString pm(double mean, double sd) {
    return QStringLiteral("%1 ± %2").arg(mean, 0, 'f', 3).arg(sd, 0, 'f', 3);
}

} // namespace

AblationSpec AblationSpec::fromJson(const QByteArray& json, const QString& file) {
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        throw EngineError(QStringLiteral("%1: malformed JSON at offset %2: %3")
                              .arg(file)
                              .arg(err.offset)
                              .arg(err.errorString()));
    AblationSpec s;
    QJsonArray configs;
    if (d.isArray()) {
        configs = d.array();
    } else if (d.isObject()) {
        const QJsonObject o = d.object();
        s.name = o.value("name").toString(s.name);
        if (o.contains("base")) {
            if (!o.value("base").isObject()) throw EngineError(file + ": \"base\" must be an object");
            s.base = o.value("base").toObject();
        }
        if (!o.value("configs").isArray())
            throw EngineError(file + ": \"configs\" (a list of configs) is missing");
        configs = o.value("configs").toArray();
        s.seeds = o.value("seeds").toInt(1);
        s.epochs = o.value("epochs").toInt(0);
        if (s.seeds < 1) throw EngineError(file + ": \"seeds\" must be at least 1");
    } else {
        throw EngineError(file + ": expected a list of configs or an object with \"configs\"");
    }
    for (int i = 0; i < configs.size(); ++i) {
        if (!configs[i].isObject())
            throw EngineError(QStringLiteral("%1: config %2 is not an object").arg(file).arg(i + 1));
        const QJsonObject c = configs[i].toObject();
        const QString name = c.value("name").toString(QStringLiteral("config-%1").arg(i + 1));
        for (const auto& v : s.variants)
            if (v.first == name) throw EngineError(file + ": two configs are named '" + name + "'");
        s.variants.append({name, c});
    }
    if (s.variants.isEmpty()) throw EngineError(file + ": no configs to run");
    return s;
}

AblationSpec AblationSpec::standard() {
    AblationSpec s;
    s.name = "standard ablation";
    s.variants = {
        {"full", {}},
        {"no-tfidf-part", {{"wide", "off"}}},
        {"no-contrastive", {{"contrastive", "off"}}},
        {"no-moe", {{"moe", "off"}}},
        {"concat-fusion", {{"fusion", "concat"}}},
        {"seed-cls-fusion", {{"fusion", "seed_cls"}}},
        {"text-only", {{"image_encoder", "off"}}},
        {"image-only", {{"text_encoder", "off"}}},
        {"tesseract-text", {{"text_source", "ocr"}}},
        {"no-text", {{"text_source", "none"}}},
        {"figurative-reasoning", {{"figurative_reasoning", true}}},
        {"tfidf-baseline", {{"model", "tfidf_lr"}}},
    };
    return s;
}

QString AblationSpec::describe(const QString& variant) {
    static const QHash<QString, const char*> words = {
        {"full", QT_TRANSLATE_NOOP("memescope::Ablation", "Full model")},
        {"no-tfidf-part", QT_TRANSLATE_NOOP("memescope::Ablation", "Without the TF-IDF (wide) part")},
        {"no-contrastive", QT_TRANSLATE_NOOP("memescope::Ablation", "Without contrastive alignment")},
        {"no-moe", QT_TRANSLATE_NOOP("memescope::Ablation", "Without the mixture of experts")},
        {"concat-fusion",
         QT_TRANSLATE_NOOP("memescope::Ablation", "Concatenation instead of cross-attention")},
        {"seed-cls-fusion",
         QT_TRANSLATE_NOOP("memescope::Ablation", "Cross-attention on the summary token only")},
        {"text-only", QT_TRANSLATE_NOOP("memescope::Ablation", "Text only (no image encoder)")},
        {"image-only", QT_TRANSLATE_NOOP("memescope::Ablation", "Image only (no text encoder)")},
        {"tesseract-text",
         QT_TRANSLATE_NOOP("memescope::Ablation", "Tesseract's text instead of the dataset's")},
        {"no-text", QT_TRANSLATE_NOOP("memescope::Ablation", "No text at all")},
        {"figurative-reasoning",
         QT_TRANSLATE_NOOP("memescope::Ablation", "With the figurative reasoning text")},
        {"tfidf-baseline", QT_TRANSLATE_NOOP("memescope::Ablation", "TF-IDF + logistic regression baseline")},
    };
    const auto it = words.constFind(variant);
    return it == words.cend() ? variant : QCoreApplication::translate("memescope::Ablation", *it);
}

namespace {

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

} // namespace

EpochCostFit fitEpochCost(const std::vector<std::pair<double, double>>& points) {
    EpochCostFit fit;
    if (points.empty()) return fit;
    if (const std::optional<Line> line = leastSquaresLine(points);
        line && line->slope > 0 && line->intercept >= 0) {
        fit.secondsPerFlop = line->slope;
        fit.fixedSeconds = line->intercept;
        return fit;
    }
    // One cost measured (or a line that would not make sense): through the origin and the mean point.
    double mx = 0, my = 0;
    for (const auto& [x, y] : points)
        mx += x, my += y;
    if (mx > 0) fit.secondsPerFlop = my / mx;
    return fit;
}

AblationEstimate estimateAblation(ProjectStore& store, const AblationSpec& spec) {
    AblationEstimate e;
    e.runs = int(spec.variants.size()) * spec.seeds;
    // What this project measured: each finished neural run's epochs (by the model's signature, and per unit
    // of arithmetic), and the time each run spent outside its epochs.
    QHash<QString, std::vector<double>> epochsBySignature;
    QHash<QString, double> flopsBySignature;
    std::vector<double> outside, baselineRuns;
    RunStore runs(store);
    const QVector<RunRecord> records = runs.runs();
    for (const RunRecord& r : records) {
        if (r.status != RunStatus::Finished) continue;
        ml::ModelConfig c;
        try {
            c = modelConfigFromJson(r.config);
        } catch (const Error&) {
            continue; // a run of a newer version: not comparable
        }
        const RunSummary summary = RunSummary::of(r);
        if (c.model != ml::ModelKind::Neural) {
            if (summary.seconds > 0) baselineRuns.push_back(summary.seconds);
            continue;
        }
        // A run that read its frozen encoders' features from the cache trained at another cost per epoch.
        const bool cached = r.summary.contains("feature_cache");
        const double flops = ml::trainingFlopsPerSample(c, cached);
        double inEpochs = 0;
        const QString signature = costSignature(c) + (cached ? QStringLiteral("|cached") : QString());
        std::vector<double>& same = epochsBySignature[signature];
        flopsBySignature[signature] = flops;
        for (const QJsonObject& epoch : runs.epochs(r.id))
            if (const double s = epoch.value("seconds").toDouble(); s > 0) {
                same.push_back(s);
                inEpochs += s;
                ++e.measuredEpochs;
            }
        if (summary.seconds > inEpochs && inEpochs > 0) outside.push_back(summary.seconds - inEpochs);
    }
    // An epoch's time as a fixed part (loading, the optimizer's bookkeeping) plus a part proportional to the
    // arithmetic: a least-squares line through one point per measured model (its median epoch), when the
    // project measured models of different cost; else through the origin and the one model measured.
    std::vector<std::pair<double, double>> points; // (arithmetic per meme, median epoch seconds)
    for (auto it = epochsBySignature.cbegin(); it != epochsBySignature.cend(); ++it)
        if (!it->empty() && flopsBySignature.value(it.key()) > 0)
            points.emplace_back(flopsBySignature.value(it.key()), median(*it));
    const EpochCostFit fit = fitEpochCost(points);
    e.secondsPerRun = median(outside);
    double total = 0;
    bool everyVariantPriced = true;
    QSet<QString> cachesCounted;
    const int memes = SampleStore(store).count();
    for (const auto& variant : spec.variants) {
        ml::ModelConfig c = modelConfigFromJson(merged(spec.base, variant.second));
        // As training will see it: a published checkpoint's sizes (stored runs went through this too, so
        // their signatures match, and the arithmetic is the real model's).
        if (c.model == ml::ModelKind::Neural) try {
                ml::applyCheckpointSizes(c);
            } catch (const std::exception&) { // a checkpoint folder that cannot be read: training will say so
            }
        if (c.model != ml::ModelKind::Neural) {
            total += median(baselineRuns) * spec.seeds; // seconds; 0 before any baseline ran here
            continue;
        }
        ++e.neuralVariants;
        const int epochs = int(spec.epochs > 0 ? spec.epochs : c.epochs) * spec.seeds;
        e.neuralEpochs += epochs;
        if (c.earlyStopPatience > 0) e.upperBound = true;
        // Frozen encoders train from the feature cache (the runs' default), built once per set of them.
        const QString frozen = frozenEncodersSignature(c);
        const bool cached = !frozen.isEmpty();
        if (cached && !cachesCounted.contains(frozen)) {
            cachesCounted.insert(frozen);
            const double rate = measuredCacheBuildRate(frozen, records);
            const double build = rate > 0      ? double(memes) / rate
                                 : fit.known() ? fit.secondsFor(ml::frozenPrefixFlopsPerMeme(c))
                                               : 0;
            e.cacheBuildSeconds += build;
            total += build;
        }
        double perEpoch = 0;
        if (const auto it = epochsBySignature.constFind(costSignature(c) +
                                                        (cached ? QStringLiteral("|cached") : QString()));
            it != epochsBySignature.cend() && !it->empty()) {
            perEpoch = median(*it);
            ++e.variantsMeasured;
        } else {
            perEpoch = fit.known() ? fit.secondsFor(ml::trainingFlopsPerSample(c, cached)) : 0;
        }
        if (perEpoch <= 0) everyVariantPriced = false;
        if (e.secondsPerEpoch == 0) e.secondsPerEpoch = perEpoch;
        total += perEpoch * epochs + e.secondsPerRun * spec.seeds;
    }
    e.totalSeconds = everyVariantPriced ? total : 0;
    return e;
}

QJsonObject AblationSpec::toJson() const {
    QJsonArray configs;
    for (const auto& v : variants) {
        QJsonObject c = v.second;
        c["name"] = v.first;
        configs.append(c);
    }
    return {{"name", name}, {"base", base}, {"configs", configs}, {"seeds", seeds}, {"epochs", epochs}};
}

QVector<AblationAggregate> aggregateAblation(const QVector<AblationRow>& rows) {
    QVector<AblationAggregate> out;
    QStringList order;
    for (const AblationRow& r : rows)
        if (!order.contains(r.variant)) order << r.variant;
    for (const QString& name : order) {
        QVector<double> macro, weighted, acc, val, alone;
        AblationAggregate a;
        for (const AblationRow& r : rows)
            if (r.variant == name) {
                macro << r.testMacroF1;
                weighted << r.testWeightedF1;
                acc << r.testAccuracy;
                val << r.valMacroF1;
                if (r.networkAloneTestMacroF1 >= 0) alone << r.networkAloneTestMacroF1;
                a.blended |= r.blended;
            }
        double aloneStd = 0;
        meanStd(alone, a.networkAloneMacroF1, aloneStd);
        a.networkAloneKnown = !alone.isEmpty();
        a.variant = name;
        a.runs = int(macro.size());
        meanStd(macro, a.testMacroF1, a.testMacroF1Std);
        meanStd(weighted, a.testWeightedF1, a.testWeightedF1Std);
        meanStd(acc, a.testAccuracy, a.testAccuracyStd);
        meanStd(val, a.valMacroF1, a.valMacroF1Std);
        out << a;
    }
    return out;
}

QString ablationCsv(const QVector<AblationAggregate>& table) {
    QString s =
        "variant,runs,test_macro_f1,test_macro_f1_std,test_weighted_f1,test_weighted_f1_std,test_accuracy,"
        "test_accuracy_std,val_macro_f1,val_macro_f1_std,averaged_macro_f1,averaged_ci_low,averaged_ci_high,"
        "p_vs_reference,p_holm,survives,network_alone_test_macro_f1\n";
    for (const AblationAggregate& a : table) {
        QString name = a.variant;
        if (name.contains(',') || name.contains('"')) name = '"' + name.replace("\"", "\"\"") + '"';
        s += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                 .arg(name)
                 .arg(a.runs)
                 .arg(a.testMacroF1, 0, 'f', 6)
                 .arg(a.testMacroF1Std, 0, 'f', 6)
                 .arg(a.testWeightedF1, 0, 'f', 6)
                 .arg(a.testWeightedF1Std, 0, 'f', 6)
                 .arg(a.testAccuracy, 0, 'f', 6)
                 .arg(a.testAccuracyStd, 0, 'f', 6)
                 .arg(a.valMacroF1, 0, 'f', 6)
                 .arg(a.valMacroF1Std, 0, 'f', 6);
        s.chop(1); // the significance columns follow (empty where not known)
        auto num = [](bool known, double v) { return known ? QString::number(v, 'f', 6) : QString(); };
        const bool k = a.significanceKnown;
        s += QStringLiteral(",%1,%2,%3,%4,%5,%6,%7\n")
                 .arg(num(k, a.averagedMacroF1), num(k && a.intervalShown, a.averagedLow),
                      num(k && a.intervalShown, a.averagedHigh), num(k && !a.reference, a.pValue),
                      num(k && !a.reference, a.pHolm))
                 .arg(k && !a.reference ? (a.survives ? "yes" : "no") : "")
                 .arg(num(a.networkAloneKnown, a.networkAloneMacroF1));
    }
    return s;
}

QString ablationSignificanceCell(const AblationAggregate& a) {
    if (!a.significanceKnown) return QStringLiteral("—");
    QString cell = QString::number(a.averagedMacroF1, 'f', 3);
    if (a.intervalShown)
        cell += QStringLiteral(" (%1–%2)").arg(a.averagedLow, 0, 'f', 2).arg(a.averagedHigh, 0, 'f', 2);
    return cell;
}

QString ablationNetworkAloneCell(const AblationAggregate& a) {
    if (!a.networkAloneKnown) return QStringLiteral("—");
    return QString::number(a.networkAloneMacroF1, 'f', 3) + (a.blended ? QStringLiteral(" *") : QString());
}

QJsonObject AblationRow::toJson() const {
    QJsonObject o{{"variant", variant},
                  {"seed", seed},
                  {"run", runId},
                  {"val_macro_f1", valMacroF1},
                  {"test_macro_f1", testMacroF1},
                  {"test_weighted_f1", testWeightedF1},
                  {"test_accuracy", testAccuracy},
                  {"seconds", seconds},
                  {"blended", blended}};
    if (networkAloneTestMacroF1 >= 0) o.insert("network_alone_test_macro_f1", networkAloneTestMacroF1);
    return o;
}

AblationRow AblationRow::fromJson(const QJsonObject& o) {
    AblationRow r;
    r.variant = o.value("variant").toString();
    r.seed = o.value("seed").toInt();
    r.runId = o.value("run").toInteger();
    r.valMacroF1 = o.value("val_macro_f1").toDouble();
    r.testMacroF1 = o.value("test_macro_f1").toDouble();
    r.testWeightedF1 = o.value("test_weighted_f1").toDouble();
    r.testAccuracy = o.value("test_accuracy").toDouble();
    r.seconds = o.value("seconds").toDouble();
    r.blended = o.value("blended").toBool();
    r.networkAloneTestMacroF1 = o.value("network_alone_test_macro_f1").toDouble(-1);
    return r;
}

QString ablationTestCell(const AblationAggregate& a, bool inReadersLanguage) {
    if (!a.significanceKnown) return QStringLiteral("—");
    // In the reader's language in the GUI; table.md and table.csv stay English whoever writes them.
    auto say = [inReadersLanguage](const char* text) {
        return inReadersLanguage ? QCoreApplication::translate("memescope::Ablation", text)
                                 : QString::fromUtf8(text);
    };
    if (a.reference) return say(QT_TRANSLATE_NOOP("memescope::Ablation", "reference"));
    return say(QT_TRANSLATE_NOOP("memescope::Ablation", "p = %1 (Holm %2) · %3"))
        .arg(a.pValue, 0, 'g', 3)
        .arg(a.pHolm, 0, 'g', 3)
        .arg(a.survives ? say(QT_TRANSLATE_NOOP("memescope::Ablation", "✓ differs"))
                        : say(QT_TRANSLATE_NOOP("memescope::Ablation", "noise?")));
}

QString ablationMarkdown(const QVector<AblationAggregate>& table) {
    QString s =
        "| variant | runs | test macro-F1 (mean ± std over seeds) | seed-averaged test macro-F1 (95 % over "
        "memes) | vs the first variant | test weighted-F1 | test accuracy | val macro-F1 | network alone "
        "(test macro-F1) |\n"
        "|---|---|---|---|---|---|---|---|---|\n";
    for (const AblationAggregate& a : table)
        s += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                 .arg(QString(a.variant).replace("|", "\\|"))
                 .arg(a.runs)
                 .arg(pm(a.testMacroF1, a.testMacroF1Std), ablationSignificanceCell(a),
                      ablationTestCell(a, false), pm(a.testWeightedF1, a.testWeightedF1Std),
                      pm(a.testAccuracy, a.testAccuracyStd), pm(a.valMacroF1, a.valMacroF1Std),
                      ablationNetworkAloneCell(a));
    s +=
        "\nSeed-averaged: the mean of a variant's runs' probabilities per test meme; 95 % percentile "
        "bootstrap "
        "over the test memes; p: paired approximate randomisation test of macro-F1 against the first variant "
        "(10,000 shuffles), Holm-corrected across the variants; ✓: distinguishable from noise at 0.05. "
        "Network alone: the network's test macro-F1 without the TF-IDF part that validation blended in "
        "(marked *; the test figure includes it).\n";
    return s;
}

static void addSignificance(ProjectStore& store, AblationResult& result, const JobContext& job) {
    QVector<QPair<QString, QVector<int64_t>>> runsByVariant;
    for (const AblationAggregate& a : result.table) {
        QVector<int64_t> ids;
        for (const AblationRow& r : result.rows)
            if (r.variant == a.variant && r.runId > 0) ids << r.runId;
        if (ids.isEmpty()) return;
        runsByVariant.append({a.variant, ids});
    }
    try {
        const QVector<VariantSignificance> sig = ablationSignificance(store, runsByVariant);
        for (int i = 0; i < sig.size() && i < result.table.size(); ++i) {
            AblationAggregate& a = result.table[i];
            a.significanceKnown = true;
            a.averagedMacroF1 = sig[i].macroF1;
            a.intervalShown = sig[i].interval.shown;
            a.averagedLow = sig[i].interval.low;
            a.averagedHigh = sig[i].interval.high;
            a.reference = sig[i].reference;
            a.pValue = sig[i].pValue;
            a.pHolm = sig[i].pHolm;
            a.survives = sig[i].survives;
        }
    } catch (const Error& e) { // no common test memes: the table stays as it was, and says why
        job.message(QStringLiteral("no significance tests: %1").arg(e.message()));
    }
}

static QJsonValue significanceJson(const AblationAggregate& a) {
    if (!a.significanceKnown) return QJsonValue();
    QJsonObject o{{"averaged_macro_f1", a.averagedMacroF1}, {"reference", a.reference}};
    if (a.intervalShown) {
        o["ci_low"] = a.averagedLow;
        o["ci_high"] = a.averagedHigh;
    }
    if (!a.reference) {
        o["p_value"] = a.pValue;
        o["p_holm"] = a.pHolm;
        o["survives"] = a.survives;
    }
    return o;
}

QJsonObject AblationAggregate::toJson() const {
    QJsonObject row{{"variant", variant},
                    {"runs", runs},
                    {"test_macro_f1", testMacroF1},
                    {"test_macro_f1_std", testMacroF1Std},
                    {"test_weighted_f1", testWeightedF1},
                    {"test_weighted_f1_std", testWeightedF1Std},
                    {"test_accuracy", testAccuracy},
                    {"test_accuracy_std", testAccuracyStd},
                    {"val_macro_f1", valMacroF1},
                    {"val_macro_f1_std", valMacroF1Std},
                    {"significance", significanceJson(*this)}};
    if (networkAloneKnown) {
        row.insert("network_alone_test_macro_f1", networkAloneMacroF1);
        row.insert("blended", blended);
    }
    return row;
}

AblationAggregate AblationAggregate::fromJson(const QJsonObject& o) {
    AblationAggregate a;
    a.variant = o.value("variant").toString();
    a.runs = o.value("runs").toInt();
    a.testMacroF1 = o.value("test_macro_f1").toDouble();
    a.testMacroF1Std = o.value("test_macro_f1_std").toDouble();
    a.testWeightedF1 = o.value("test_weighted_f1").toDouble();
    a.testWeightedF1Std = o.value("test_weighted_f1_std").toDouble();
    a.testAccuracy = o.value("test_accuracy").toDouble();
    a.testAccuracyStd = o.value("test_accuracy_std").toDouble();
    a.valMacroF1 = o.value("val_macro_f1").toDouble();
    a.valMacroF1Std = o.value("val_macro_f1_std").toDouble();
    a.networkAloneKnown = o.contains("network_alone_test_macro_f1");
    a.networkAloneMacroF1 = o.value("network_alone_test_macro_f1").toDouble();
    a.blended = o.value("blended").toBool();
    const QJsonObject sig = o.value("significance").toObject();
    a.significanceKnown = !sig.isEmpty();
    if (a.significanceKnown) {
        a.averagedMacroF1 = sig.value("averaged_macro_f1").toDouble();
        a.reference = sig.value("reference").toBool();
        a.intervalShown = sig.contains("ci_low");
        a.averagedLow = sig.value("ci_low").toDouble();
        a.averagedHigh = sig.value("ci_high").toDouble();
        a.pValue = sig.value("p_value").toDouble(1);
        a.pHolm = sig.value("p_holm").toDouble(1);
        a.survives = sig.value("survives").toBool();
    }
    return a;
}

QJsonObject AblationResult::toJson() const {
    QJsonArray rowsJson, tableJson;
    for (const AblationRow& r : rows)
        rowsJson.append(r.toJson());
    for (const AblationAggregate& a : table)
        tableJson.append(a.toJson());
    return {{"ablation", ablationId}, {"cancelled", cancelled}, {"rows", rowsJson},
            {"table", tableJson},     {"csv", csvPath},         {"markdown", markdownPath}};
}

JobProgress AblationProgress::toJobProgress() const {
    JobProgress p;
    // The study's bar: whole runs done plus the running one's share (per mille), so it moves within a run.
    const JobProgress current = training.toJobProgress();
    p.done = qint64(run) * 1000 + qint64(1000 * std::clamp(current.fraction(), 0.0, 1.0));
    p.total = qint64(count) * 1000;
    p.stage = QCoreApplication::translate("memescope::Progress", "%1, seed %2: %3")
                  .arg(variant)
                  .arg(seed)
                  .arg(training.toJobProgress().stage);
    p.detail = QVariant::fromValue(*this);
    return p;
}

AblationResult runAblation(ProjectStore& store, const AblationSpec& spec, const QString& outDir,
                           const JobContext& job) {
    if (!QDir().mkpath(outDir)) throw EngineError(outDir + ": cannot create the folder");
    // Every variant's config resolved before the first run: a bad key fails now, not hours into the study.
    QVector<ml::ModelConfig> configs;
    for (const auto& [name, overrides] : spec.variants) {
        try {
            configs << modelConfigFromJson(merged(spec.base, overrides));
        } catch (const EngineError& e) {
            throw EngineError(QStringLiteral("variant '%1': %2").arg(name, e.message()));
        }
    }
    RunStore runs(store);
    AblationResult result;
    result.ablationId = runs.createAblation(spec.name, spec.toJson());
    runs.setAblationResults(result.ablationId, RunStatus::Running, {});
    const int count = int(spec.variants.size()) * spec.seeds;
    int index = 0;
    for (int v = 0; v < spec.variants.size(); ++v) {
        const QString& name = spec.variants[v].first;
        for (int k = 0; k < spec.seeds; ++k, ++index) {
            if (job.cancelled()) {
                result.cancelled = true;
                break;
            }
            const int seed = spec.firstSeed + k;
            TrainingRequest request;
            request.runDir = QDir(outDir).filePath(safeFolderName(name) + "/seed-" + QString::number(seed));
            request.config = configs[v];
            request.config.seed = seed;
            if (spec.epochs > 0) request.config.epochs = spec.epochs;
            request.name = QStringLiteral("%1 / %2 / seed %3").arg(spec.name, name).arg(seed);
            request.device = spec.device;
            request.ablation = result.ablationId;
            request.resume = true; // an interrupted study continues where it stopped
            AblationRow row;
            row.variant = name;
            row.seed = seed;
            const QString previous = QDir(request.runDir).filePath("result.json");
            QJsonObject summary;
            if (QFile f(previous); QFileInfo::exists(previous) && f.open(QIODevice::ReadOnly)) {
                summary = QJsonDocument::fromJson(f.readAll()).object();
                job.message(QStringLiteral("%1, seed %2: already finished, reused").arg(name).arg(seed));
            } else {
                JobContext::Listener runListener;
                runListener.progress = [&, i = index](const JobProgress& p) {
                    job.progress(AblationProgress{i, count, name, seed, p.detail.value<TrainingProgress>()}
                                     .toJobProgress());
                };
                const TrainingResult r = trainRun(store, request, job.part(runListener));
                if (r.cancelled) {
                    result.cancelled = true;
                    break;
                }
                summary = r.toJson();
            }
            row.runId = summary.value("run").toInteger();
            row.seconds = summary.value("seconds").toDouble();
            const RunSummary figures = RunSummary::fromJson(summary);
            row.valMacroF1 = figures.val.macroF1;
            row.testMacroF1 = figures.test.macroF1;
            row.testWeightedF1 = figures.test.weightedF1;
            row.testAccuracy = figures.test.accuracy;
            if (configs[v].model == ml::ModelKind::Neural) {
                const QJsonObject wide = summary.value("wide").toObject();
                row.blended = wide.value("chosen").toBool() && wide.value("weight").toDouble() > 0;
                row.networkAloneTestMacroF1 =
                    row.blended ? wide.value("network_alone_test_macro_f1").toDouble() : row.testMacroF1;
            }
            result.rows << row;
            result.table = aggregateAblation(result.rows);
            runs.setAblationResults(result.ablationId, RunStatus::Running, result.toJson());
            job.record(QVariant::fromValue(row));
        }
        if (result.cancelled) break;
    }
    result.table = aggregateAblation(result.rows);
    addSignificance(store, result, job);
    result.csvPath = QDir(outDir).filePath("table.csv");
    result.markdownPath = QDir(outDir).filePath("table.md");
    writeText(result.csvPath, ablationCsv(result.table));
    writeText(result.markdownPath, ablationMarkdown(result.table));
    runs.setAblationResults(result.ablationId, result.cancelled ? RunStatus::Cancelled : RunStatus::Finished,
                            result.toJson());
    return result;
}

} // namespace memescope
