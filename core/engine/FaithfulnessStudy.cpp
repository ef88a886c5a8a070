#include "FaithfulnessStudy.h"

#include "EngineError.h"
#include "core/analysis/CaptionWords.h"
#include "core/analysis/FaithfulnessMeasures.h"
#include "core/metrics/Bootstrap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImageReader>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <cmath>

namespace memescope {
namespace {

namespace fm = faithfulness;

FaithfulnessFigure figureOf(const std::vector<double>& values) {
    FaithfulnessFigure f;
    f.memes = int(values.size());
    if (values.empty()) {
        f.reason = QCoreApplication::translate("memescope::Faithfulness", "no meme to measure");
        return f;
    }
    double sum = 0;
    for (const double v : values)
        sum += v;
    f.value = sum / double(values.size());
    const metrics::BootstrapEstimate e =
        metrics::bootstrapStatistic(int64_t(values.size()), [&](const std::vector<int>& idx) {
            double s = 0;
            for (const int i : idx)
                s += values[size_t(i)];
            return s / double(idx.size());
        });
    f.hasInterval = e.interval.shown;
    f.low = e.interval.low;
    f.high = e.interval.high;
    if (!f.hasInterval) f.reason = QString::fromStdString(e.interval.reason);
    return f;
}

// Per method, what each meme gave (NaN: not measured on that meme).
struct Samples {
    std::vector<double> imageAopc, textAopc, motif, word;
    std::vector<double> imageCurveSum, textCurveSum;
    int imageCurves = 0, textCurves = 0;
    double seconds = 0;
    int explained = 0, failures = 0;
};

void addCurve(std::vector<double>& sum, int& count, const QVector<float>& curve) {
    if (sum.empty()) sum.assign(size_t(curve.size()), 0.0);
    for (int i = 0; i < curve.size() && size_t(i) < sum.size(); ++i)
        sum[size_t(i)] += curve[i];
    ++count;
}

QVector<double> meanCurve(const std::vector<double>& sum, int count) {
    QVector<double> out;
    for (const double v : sum)
        out << (count ? v / count : 0.0);
    return out;
}

std::vector<double> finite(const std::vector<double>& v) {
    std::vector<double> out;
    for (const double x : v)
        if (std::isfinite(x)) out.push_back(x);
    return out;
}

// Paired: only the memes both have.
std::vector<double> differences(const std::vector<double>& a, const std::vector<double>& b) {
    std::vector<double> out;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (std::isfinite(a[i]) && std::isfinite(b[i])) out.push_back(a[i] - b[i]);
    return out;
}

QJsonObject figureJson(const FaithfulnessFigure& f) {
    QJsonObject o{{"value", f.value}, {"memes", f.memes}};
    if (f.hasInterval) o.insert("ci95", QJsonArray{f.low, f.high});
    if (!f.reason.isEmpty()) o.insert("note", f.reason);
    return o;
}

QString figureText(const FaithfulnessFigure& f, bool signedValue = false) {
    if (f.memes == 0) return QStringLiteral("—");
    const QString fmt = signedValue && f.value >= 0 ? QStringLiteral("+") : QString();
    QString s = fmt + QString::number(f.value, 'f', 3);
    if (f.hasInterval) s += QStringLiteral(" [%1, %2]").arg(f.low, 0, 'f', 3).arg(f.high, 0, 'f', 3);
    return s;
}

} // namespace

FaithfulnessTable measureFaithfulness(ModelSession& session, const QVector<FaithfulnessMeme>& memes,
                                      const FaithfulnessOptions& options, const JobContext& job) {
    FaithfulnessTable table;
    const QStringList labelNames = session.labelNames();
    const int methods = int(options.methods.size());
    QVector<Samples> samples(methods + 1); // the last: random
    const auto nan = std::nan("");
    QSet<QString> problemsSeen;
    auto problem = [&](const QString& text) {
        if (!problemsSeen.contains(text)) table.problems << text;
        problemsSeen.insert(text);
    };
    const JobContext quiet = job.part({}); // the maps' own progress would overwrite the memes'
    for (int m = 0; m < memes.size(); ++m) {
        if (job.cancelled()) {
            table.cancelled = true;
            break;
        }
        job.progress({m, memes.size(),
                      QCoreApplication::translate("memescope::Faithfulness", "testing the relevance maps")});
        const FaithfulnessMeme& meme = memes[m];
        for (Samples& s : samples) {
            s.imageAopc.push_back(nan);
            s.textAopc.push_back(nan);
            s.motif.push_back(nan);
            s.word.push_back(nan);
        }
        MemePrediction prediction;
        try {
            prediction = session.predict(meme.imagePath, meme.text);
        } catch (const Error& e) {
            problem(meme.sampleId + ": " + e.message());
            continue;
        }
        if (prediction.probabilities.isEmpty()) continue;
        const int predicted =
            int(std::max_element(prediction.probabilities.begin(), prediction.probabilities.end()) -
                prediction.probabilities.begin());

        // Every map this meme needs, by method and class, computed once.
        QMap<QPair<int, int>, std::optional<MemeExplanation>> maps;
        auto mapFor = [&](int method, int cls) -> const std::optional<MemeExplanation>& {
            const auto key = qMakePair(method, cls);
            if (!maps.contains(key)) {
                QElapsedTimer t;
                t.start();
                std::optional<MemeExplanation> e;
                try {
                    e = session.explain(meme.imagePath, meme.text, cls, options.methods[method],
                                        options.igSteps, quiet);
                    if (e->cancelled) e.reset();
                    samples[method].seconds += t.elapsed() / 1000.0;
                    ++samples[method].explained;
                } catch (const Error& ex) {
                    problem(explanationMethodDisplayName(options.methods[method]) + ": " + ex.message());
                    ++samples[method].failures;
                }
                maps.insert(key, e);
            }
            return maps[key];
        };

        // The caption's words as the model read them (any map has them) and the ones that can be dropped.
        QVector<CaptionWord> words;
        for (int k = 0; k < methods && words.isEmpty(); ++k)
            if (const auto& e = mapFor(k, predicted)) words = e->words;
        QVector<int> candidates; // indices into words
        for (int w = 0; w < words.size(); ++w)
            if (!wordKey(words[w].text).isEmpty()) candidates << w;
        QStringList wordTexts;
        for (const CaptionWord& w : words)
            wordTexts << w.text;
        const QString fullText = words.isEmpty() ? meme.text : wordTexts.join(' ');
        auto textWithout = [&](const QVector<int>& removedCandidates) {
            QSet<int> removed;
            for (const int c : removedCandidates)
                removed.insert(candidates[c]);
            QStringList kept;
            for (int w = 0; w < words.size(); ++w)
                if (!removed.contains(w)) kept << words[w].text;
            return kept.join(' ');
        };

        // The deletion variants of every method and of the random orders, scored in one batch.
        QVector<MemePerturbation> variants{{fullText, {}}};
        struct Curve {
            int sampleIndex;
            bool image;
            int first, count; // into variants
        };
        QVector<Curve> curves;
        const int side = prediction.gridSide;
        const bool hasImage = prediction.hasImage && side > 0;
        auto planCurve = [&](int sampleIndex, bool image, const QVector<int>& order) {
            Curve c{sampleIndex, image, int(variants.size()), 0};
            for (const QVector<int>& step : fm::deletionSteps(order)) {
                variants << (image ? MemePerturbation{fullText, step}
                                   : MemePerturbation{textWithout(step), {}});
                ++c.count;
            }
            curves << c;
        };
        for (int k = 0; k < methods; ++k) {
            const auto& e = mapFor(k, predicted);
            if (!e) continue;
            if (hasImage && e->patchRelevance.size() == side * side)
                planCurve(k, true, fm::mostRelevantFirst(e->patchRelevance));
            if (!candidates.isEmpty() && e->wordRelevance.size() == words.size()) {
                QVector<float> r;
                for (const int c : candidates)
                    r << e->wordRelevance[c];
                planCurve(k, false, fm::mostRelevantFirst(r));
            }
        }
        for (int r = 0; r < options.randomOrders; ++r) {
            const uint32_t seed = options.seed * 1000003u + uint32_t(m) * 7919u + uint32_t(r);
            if (hasImage) planCurve(methods, true, fm::randomOrder(side * side, seed));
            if (!candidates.isEmpty())
                planCurve(methods, false, fm::randomOrder(int(candidates.size()), seed + 1));
        }
        QVector<float> probabilities;
        try {
            probabilities =
                session.classProbabilities(hasImage ? meme.imagePath : QString(), predicted, variants);
        } catch (const Error& e) {
            problem(meme.sampleId + ": " + e.message());
            continue;
        }
        QVector<double> randomImage, randomText;
        for (const Curve& c : curves) {
            QVector<float> curve{probabilities[0]};
            for (int i = 0; i < c.count; ++i)
                curve << probabilities[c.first + i];
            Samples& s = samples[c.sampleIndex];
            if (c.image)
                addCurve(s.imageCurveSum, s.imageCurves, curve);
            else
                addCurve(s.textCurveSum, s.textCurves, curve);
            if (c.sampleIndex == methods)
                (c.image ? randomImage : randomText) << fm::aopc(curve);
            else
                (c.image ? s.imageAopc : s.textAopc).back() = fm::aopc(curve);
        }
        auto mean = [](const QVector<double>& v) {
            double s = 0;
            for (const double x : v)
                s += x;
            return v.isEmpty() ? std::nan("") : s / v.size();
        };
        samples[methods].imageAopc.back() = mean(randomImage);
        samples[methods].textAopc.back() = mean(randomText);

        // The pointing game against what the demo recorded.
        if (!meme.truth) continue;
        ++table.withTruth;
        const int motifClass = int(labelNames.indexOf(meme.truth->motifLabel));
        if (hasImage && motifClass >= 0 && meme.labels.contains(meme.truth->motifLabel)) {
            const QSize size = QImageReader(meme.imagePath).size();
            if (size.isValid()) {
                for (int k = 0; k < methods; ++k)
                    if (const auto& e = mapFor(k, motifClass); e && e->patchRelevance.size() == side * side)
                        samples[k].motif.back() =
                            fm::pointsInto(fm::mostRelevantFirst(e->patchRelevance).first(), side, size,
                                           meme.truth->motifBox)
                                ? 1.0
                                : 0.0;
                samples[methods].motif.back() = fm::chanceOfPointing(side, size, meme.truth->motifBox);
            }
        }
        // Words: the first given label whose words are in the caption.
        for (const QString& label : meme.labels) {
            const QStringList truthWords = meme.truth->labelWords.value(label);
            const int cls = int(labelNames.indexOf(label));
            if (truthWords.isEmpty() || cls < 0 || candidates.isEmpty()) continue;
            auto isLabelWord = [&](int candidate) {
                return truthWords.contains(wordKey(words[candidates[candidate]].text));
            };
            int present = 0;
            for (int c = 0; c < candidates.size(); ++c)
                present += isLabelWord(c) ? 1 : 0;
            if (present == 0) continue; // an OCR slip changed them all
            for (int k = 0; k < methods; ++k)
                if (const auto& e = mapFor(k, cls); e && e->wordRelevance.size() == words.size()) {
                    QVector<float> r;
                    for (const int c : candidates)
                        r << e->wordRelevance[c];
                    samples[k].word.back() = isLabelWord(fm::mostRelevantFirst(r).first()) ? 1.0 : 0.0;
                }
            samples[methods].word.back() = double(present) / double(candidates.size());
            break;
        }
    }
    table.memes = int(samples.isEmpty() ? 0 : samples[0].imageAopc.size());
    job.progress({table.memes, memes.size(),
                  QCoreApplication::translate("memescope::Faithfulness", "testing the relevance maps")});

    for (int k = 0; k <= methods; ++k) {
        const Samples& s = samples[k];
        FaithfulnessRow row;
        if (k < methods) {
            row.method = explanationMethodToString(options.methods[k]);
            row.displayName = explanationMethodDisplayName(options.methods[k]);
            row.secondsPerMeme = s.explained ? s.seconds / s.explained : 0;
        } else {
            row.method = QStringLiteral("random");
            row.displayName =
                QCoreApplication::translate("memescope::Faithfulness", "Random order (the floor)");
        }
        row.failures = s.failures;
        row.imageAopc = figureOf(finite(s.imageAopc));
        row.textAopc = figureOf(finite(s.textAopc));
        row.motifHits = figureOf(finite(s.motif));
        row.wordHits = figureOf(finite(s.word));
        row.imageCurve = meanCurve(s.imageCurveSum, s.imageCurves);
        row.textCurve = meanCurve(s.textCurveSum, s.textCurves);
        table.rows << row;
    }
    // Relevance against raw attention and against the floor, paired meme by meme.
    const int relevance = int(options.methods.indexOf(ExplanationMethod::Relevance));
    const int attention = int(options.methods.indexOf(ExplanationMethod::RawAttention));
    if (relevance >= 0)
        for (const int other : {attention, methods}) {
            if (other < 0) continue;
            FaithfulnessContrast c;
            c.first = table.rows[relevance].method;
            c.second = table.rows[other].method;
            c.imageAopc = figureOf(differences(samples[relevance].imageAopc, samples[other].imageAopc));
            c.textAopc = figureOf(differences(samples[relevance].textAopc, samples[other].textAopc));
            c.motifHits = figureOf(differences(samples[relevance].motif, samples[other].motif));
            c.wordHits = figureOf(differences(samples[relevance].word, samples[other].word));
            table.contrasts << c;
        }
    return table;
}

QJsonObject FaithfulnessTable::toJson() const {
    QJsonArray rowsJson;
    for (const FaithfulnessRow& r : rows) {
        auto curve = [](const QVector<double>& v) {
            QJsonArray a;
            for (const double x : v)
                a.append(x);
            return a;
        };
        rowsJson.append(QJsonObject{{"method", r.method},
                                    {"deletion_aopc_image", figureJson(r.imageAopc)},
                                    {"deletion_aopc_words", figureJson(r.textAopc)},
                                    {"pointing_motif", figureJson(r.motifHits)},
                                    {"pointing_word", figureJson(r.wordHits)},
                                    {"deletion_curve_image", curve(r.imageCurve)},
                                    {"deletion_curve_words", curve(r.textCurve)},
                                    {"seconds_per_meme", r.secondsPerMeme},
                                    {"failures", r.failures}});
    }
    QJsonArray contrastJson;
    for (const FaithfulnessContrast& c : contrasts)
        contrastJson.append(QJsonObject{{"first", c.first},
                                        {"second", c.second},
                                        {"deletion_aopc_image_difference", figureJson(c.imageAopc)},
                                        {"deletion_aopc_words_difference", figureJson(c.textAopc)},
                                        {"pointing_motif_difference", figureJson(c.motifHits)},
                                        {"pointing_word_difference", figureJson(c.wordHits)}});
    QJsonArray fractions{0.0};
    for (const double f : faithfulness::deletionFractions())
        fractions.append(f);
    return {{"memes", memes},
            {"memes_with_truth", withTruth},
            {"deletion_fractions", fractions},
            {"methods", rowsJson},
            {"contrasts", contrastJson},
            {"problems", QJsonArray::fromStringList(problems)},
            {"cancelled", cancelled}};
}

QString FaithfulnessTable::toText() const {
    QString t;
    t += QCoreApplication::translate(
        "memescope::Faithfulness",
        "Deletion: the class probability's mean fall (AOPC) as the most relevant 10-50 % of the picture's "
        "patches or the caption's words are removed; higher = more faithful.\n");
    t += QCoreApplication::translate(
        "memescope::Faithfulness",
        "Pointing game: the share of memes whose most relevant patch lies on the label's motif / whose "
        "most relevant word is one of the label's words; for the random floor, the share expected by "
        "chance.\n");
    t += QCoreApplication::translate("memescope::Faithfulness",
                                     "95 % percentile-bootstrap intervals over the memes in brackets.\n\n");
    const QString head = QStringLiteral("%1 %2 %3 %4 %5 %6\n");
    t += head.arg(QCoreApplication::translate("memescope::Faithfulness", "method"), -38)
             .arg(QCoreApplication::translate("memescope::Faithfulness", "AOPC picture"), -22)
             .arg(QCoreApplication::translate("memescope::Faithfulness", "AOPC words"), -22)
             .arg(QCoreApplication::translate("memescope::Faithfulness", "motif hit"), -22)
             .arg(QCoreApplication::translate("memescope::Faithfulness", "word hit"), -22)
             .arg(QCoreApplication::translate("memescope::Faithfulness", "s/meme"));
    for (const FaithfulnessRow& r : rows)
        t += head.arg(r.displayName, -38)
                 .arg(figureText(r.imageAopc), -22)
                 .arg(figureText(r.textAopc), -22)
                 .arg(figureText(r.motifHits), -22)
                 .arg(figureText(r.wordHits), -22)
                 .arg(r.method == QLatin1String("random") ? QStringLiteral("—")
                                                          : QString::number(r.secondsPerMeme, 'f', 3));
    if (!contrasts.isEmpty()) {
        t += '\n' +
             QCoreApplication::translate("memescope::Faithfulness", "Paired differences (the same memes):") +
             '\n';
        for (const FaithfulnessContrast& c : contrasts)
            t += QStringLiteral("  %1 − %2: %3 %4, %5 %6, %7 %8, %9 %10\n")
                     .arg(c.first, c.second,
                          QCoreApplication::translate("memescope::Faithfulness", "AOPC picture"),
                          figureText(c.imageAopc, true),
                          QCoreApplication::translate("memescope::Faithfulness", "AOPC words"),
                          figureText(c.textAopc, true),
                          QCoreApplication::translate("memescope::Faithfulness", "motif hit"),
                          figureText(c.motifHits, true))
                     .arg(QCoreApplication::translate("memescope::Faithfulness", "word hit"),
                          figureText(c.wordHits, true));
    }
    const FaithfulnessRow& floor = rows.last();
    t += '\n' +
         QCoreApplication::translate(
             "memescope::Faithfulness",
             "%1 memes. Motif hits on the %2 whose drawn motif is one of their labels; word hits on the "
             "%3 whose caption holds words of their label.")
             .arg(memes)
             .arg(floor.motifHits.memes)
             .arg(floor.wordHits.memes);
    if (withTruth == 0)
        t += ' ' + QCoreApplication::translate(
                       "memescope::Faithfulness",
                       "(No truth file: the pointing game needs the demo's demo_truth.json, --truth.)");
    for (const QString& p : problems)
        t += '\n' + QCoreApplication::translate("memescope::Faithfulness", "note: ") + p;
    if (cancelled)
        t += '\n' + QCoreApplication::translate("memescope::Faithfulness",
                                                "Cancelled: the figures cover the memes done so far.");
    return t;
}

} // namespace memescope
