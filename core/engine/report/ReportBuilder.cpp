#include "ReportBuilder.h"

#include "core/engine/Ablation.h"
#include "core/engine/EpochRecords.h"

#include "core/util/Error.h"

#include "ReportCharts.h"
#include "core/analysis/ErrorAnalysis.h"
#include "core/analysis/RunPredictions.h"
#include "core/analysis/RunSummary.h"
#include "core/analysis/StoredAttention.h"
#include "core/demo/DemoGenerator.h"
#include "core/engine/ModelConfigJson.h"
#include "core/engine/ModelDescription.h"
#include "core/engine/ModelSession.h"
#include "core/imaging/Heatmap.h"
#include "core/imaging/ImageDecoder.h"
#include "core/imaging/Thumbnail.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <bit>
#include <cmath>
#include <functional>
#include <vector>

namespace memescope {
namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString num(double v) {
    return QString::number(v, 'f', 3);
}

struct Images {
    QVector<QPair<QString, QImage>> list;
    QString add(const QString& name, const QImage& image) {
        list.append({name, image});
        return name;
    }
};

QString metricsTable(const SplitEvaluation& val, const SplitEvaluation& test) {
    QString h =
        "<table "
        "class='m'><tr><th>split</th><th>memes</th><th>accuracy</th><th>macro-F1</th><th>weighted-F1</th>"
        "<th>micro-F1</th></tr>";
    for (const SplitEvaluation* s : {&val, &test}) {
        const SplitIntervals ci = s->intervals.value_or(SplitIntervals{});
        h += QStringLiteral(
                 "<tr><td>%1</td><td>%2</td><td>%3</td><td><b>%4</b></td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(s->split))
                 .arg(s->samples)
                 .arg(esc(withInterval(s->accuracy, ci.accuracy)), esc(withInterval(s->macroF1, ci.macroF1)),
                      esc(withInterval(s->weightedF1, ci.weightedF1)),
                      esc(withInterval(s->microF1, ci.microF1)));
    }
    // The test split again without the memes that repeat a training or validation meme (a leak inflates
    // every test figure), and in words what was left out and by which duplicate settings.
    if (test.leakFree && test.leakFree->samples > 0) {
        const LeakFreeFigures& f = *test.leakFree;
        h += QStringLiteral(
                 "<tr><td>%1</td><td>%2</td><td>%3</td><td><b>%4</b></td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(QObject::tr("%1, leak-free").arg(test.split)))
                 .arg(f.samples)
                 .arg(num(f.accuracy), num(f.macroF1), num(f.weightedF1), num(f.microF1));
    }
    h += "</table>";
    const QString leaks = describeLeakFree(test);
    if (!leaks.isEmpty()) h += "<p class='note'>" + esc(QObject::tr("Leakage: %1.").arg(leaks)) + "</p>";
    return h;
}

// The whole meme (nothing of the caption cut), the square the vision encoder saw marked with a dashed
// frame and a heatmap (side x side over that square; none when empty) blended into it.
QImage heatmapPicture(const QString& imagePath, bool markCrop, const QVector<float>& heat, int side,
                      bool* withHeatmap) {
    *withHeatmap = false;
    const DecodedImage d = ImageDecoder::decodeFile(imagePath);
    if (!d.ok()) return {};
    QImage img = rgbMatToQImage(d.rgb).convertToFormat(QImage::Format_RGB32);
    const double scale = std::min(1.0, 420.0 / std::max(img.width(), img.height()));
    img = img.scaled(std::max(1, int(img.width() * scale)), std::max(1, int(img.height() * scale)),
                     Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const int s = std::min(img.width(), img.height());
    const QRect crop((img.width() - s) / 2, (img.height() - s) / 2, s, s);
    if (side > 0 && heat.size() == side * side) {
        const QImage blended = Heatmap::overlay(img.copy(crop), heat, side, side, 0.55);
        QPainter p(&img);
        p.drawImage(crop.topLeft(), blended);
        *withHeatmap = true;
    }
    if (markCrop) {
        QPainter p(&img);
        p.setPen(QPen(QColor(255, 255, 255, 220), 2, Qt::DashLine));
        p.drawRect(crop.adjusted(1, 1, -2, -2));
    }
    return img;
}

// What every section reads and writes while the report is assembled.
struct ReportDraft {
    ProjectStore& store;
    RunStore runs;
    RunRecord run;
    RunSummary summary;
    LabelSchema schema;
    QStringList names;
    QVector<SampleRecord> samples;
    ReportResult result;
    Images images;
    QString body;
    ml::ModelConfig config; // the run's, resolved (sections fit its kind)
    QString configProblem;  // why the run's settings could not be read (then `config` is a default)

    void pageBreak() { body += "<p style='page-break-before: always'></p>"; }
    void section(const QString& title) {
        result.sections << title;
        body += QStringLiteral("<h2>%1</h2>").arg(esc(title));
    }
};

bool isNeural(const ReportDraft& d) {
    return d.config.model == ml::ModelKind::Neural;
}

// Page 1: what was trained on what, how well, and how training went. Every figure measured on the
// synthetic demo says so.
void writeSummarySection(ReportDraft& d) {
    d.section(QObject::tr("Summary"));
    const LabelSchema& schema = d.schema;
    QMap<QString, int> splits;
    int labelled = 0, textOnly = 0;
    bool synthetic = false;
    for (const SampleRecord& s : d.samples) {
        splits[s.split]++;
        labelled += s.labelMask.has_value();
        textOnly += s.imageStatus != ImageStatus::Ok;
        synthetic = synthetic || DemoGenerator::isSynthetic(s.extraJson);
    }
    QStringList splitWords;
    for (auto it = splits.begin(); it != splits.end(); ++it)
        splitWords << QStringLiteral("%1 %2").arg(it.value()).arg(esc(it.key()));
    d.body += QStringLiteral("<p><b>%1</b>: %2 memes (%3), %4 labelled, %5 text only; %6 labels, %7.</p>")
                  .arg(QObject::tr("Data"))
                  .arg(d.samples.size())
                  .arg(splitWords.join(", "))
                  .arg(labelled)
                  .arg(textOnly)
                  .arg(schema.size())
                  .arg(schema.isMultiLabel() ? QObject::tr("several per meme") : QObject::tr("one per meme"));
    QString model = QStringLiteral("<p><b>%1</b>: %2")
                        .arg(QObject::tr("Model"),
                             esc(d.configProblem.isEmpty()
                                     ? describeModel(d.config)
                                     : QObject::tr("settings unreadable (%1)").arg(d.configProblem)));
    if (isNeural(d))
        model += QObject::tr("; best epoch %1 of %2, trained in %3 s on %4")
                     .arg(d.summary.bestEpoch)
                     .arg(d.summary.epochs)
                     .arg(d.summary.seconds, 0, 'f', 0)
                     .arg(esc(d.summary.device));
    d.body += model + QStringLiteral(" (%1).</p>").arg(esc(d.run.createdAt.left(16).replace('T', ' ')));
    // The researcher's own words on the run, as the Runs table shows them.
    if (!d.run.tags.isEmpty() || !d.run.note.isEmpty()) {
        QStringList parts;
        if (!d.run.tags.isEmpty())
            parts << QStringLiteral("<b>%1</b>: %2").arg(QObject::tr("Tags"), esc(d.run.tags.join(", ")));
        if (!d.run.note.isEmpty())
            parts << QStringLiteral("<b>%1</b>: %2")
                         .arg(QObject::tr("Note"), esc(d.run.note).replace('\n', "<br>"));
        d.body += QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral("<br>")));
    }
    if (synthetic)
        d.body +=
            QStringLiteral("<p class='warn'>%1</p>")
                .arg(QObject::tr("Measured on MemeScope's synthetic demo memes: these figures show that the "
                                 "pipeline works, not how well a model reads real memes."));
    d.body += metricsTable(d.summary.val, d.summary.test);
    const QVector<ml::EpochRecord> epochs = storedEpochs(d.runs, d.run.id);
    if (isNeural(d) && epochs.size() > 1) {
        ChartSeries loss{QObject::tr("training loss (mean per epoch)"), {}, QColor(110, 110, 110), false};
        ChartSeries macro{QObject::tr("validation macro-F1"), {}, QColor(200, 70, 40), true};
        ChartSeries weighted{QObject::tr("validation weighted-F1"), {}, QColor(40, 110, 190), true};
        ChartSeries valLoss{QObject::tr("validation loss (classification)"), {}, QColor(40, 40, 40), false};
        for (const ml::EpochRecord& e : epochs) {
            loss.points << QPointF(e.epoch, e.trainLoss);
            if (e.hasValLoss()) valLoss.points << QPointF(e.epoch, e.valLoss);
            macro.points << QPointF(e.epoch, e.valMacroF1);
            weighted.points << QPointF(e.epoch, e.valWeightedF1);
        }
        d.body +=
            QStringLiteral("<p><img src='%1' width='900'></p>")
                .arg(d.images.add(
                    "curves.png",
                    lineChart(valLoss.points.isEmpty() ? QVector<ChartSeries>{loss, weighted, macro}
                                                       : QVector<ChartSeries>{loss, valLoss, weighted, macro},
                              QObject::tr("epoch"), QObject::tr("loss"), QObject::tr("validation F1"))));
    }
}

void writeDatasetSection(ReportDraft& d) {
    d.pageBreak();
    d.section(QObject::tr("Dataset"));
    const LabelSchema& schema = d.schema;
    QMap<QString, int> splits;
    QVector<int> perLabel(schema.size(), 0);
    int unlabelled = 0, noSymptom = 0;
    for (const SampleRecord& s : d.samples) {
        splits[s.split]++;
        if (!s.labelMask)
            ++unlabelled;
        else if (*s.labelMask == 0)
            ++noSymptom;
        else
            for (int i = 0; i < schema.size(); ++i)
                if (*s.labelMask & (uint64_t(1) << i)) perLabel[i]++;
    }
    d.body +=
        QStringLiteral("<p>%1</p>")
            .arg(QObject::tr("%1 memes in %2; %3 unlabelled, %4 labelled “no symptom”; %5 read by Tesseract.")
                     .arg(d.samples.size())
                     .arg(esc(QFileInfo(d.store.path()).fileName()))
                     .arg(unlabelled)
                     .arg(noSymptom)
                     .arg(OcrStore(d.store).count()));
    d.body += QStringLiteral("<table class='m'><tr><th>%1</th><th>%2</th></tr>")
                  .arg(QObject::tr("split"), QObject::tr("memes"));
    for (auto it = splits.begin(); it != splits.end(); ++it)
        d.body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(it.key())).arg(it.value());
    d.body += QStringLiteral("</table><table class='m'><tr><th>%1</th><th>%2</th></tr>")
                  .arg(QObject::tr("label"), QObject::tr("memes"));
    for (int i = 0; i < schema.size(); ++i)
        d.body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(d.names[i])).arg(perLabel[i]);
    d.body += "</table>";
}

// Appendix: the settings that define the run, in words, only those of its kind.
void writeSettingsAppendix(ReportDraft& d) {
    d.pageBreak();
    d.section(QObject::tr("Appendix: settings"));
    d.body += "<table class='m'>";
    if (d.configProblem.isEmpty()) {
        for (const auto& [setting, value] : describeSettings(d.config))
            d.body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(setting), esc(value));
    } else { // unreadable by this version: as stored
        for (auto it = d.run.config.begin(); it != d.run.config.end(); ++it)
            d.body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                          .arg(esc(it.key()),
                               esc(QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), it.value()}})
                                                         .toJson(QJsonDocument::Compact))));
    }
    d.body += "</table>";
    d.body += QStringLiteral("<p class='note'>%1</p>")
                  .arg(QObject::tr("Every setting, as MemeScope reads it back: %1")
                           .arg(esc(QDir::toNativeSeparators(d.run.runDir + "/config.json"))));
}

// Classes with fewer test positives than this have intervals too wide to read much into: greyed, footnoted.
constexpr qint64 kFewPositives = 10;

void writeMetricsSection(ReportDraft& d) {
    d.section(QObject::tr("Metrics"));
    d.body += metricsTable(d.summary.val, d.summary.test);
    const SplitEvaluation& test = d.summary.test;
    d.body +=
        QStringLiteral(
            "<h3>%1</h3><table class='m'><tr><th>label</th><th>precision</th><th>recall</th><th>F1 (95 % "
            "interval)</th><th>support</th></tr>")
            .arg(QObject::tr("Per class (test)"));
    bool fewPositives = false;
    for (int i = 0; i < test.perClass.size(); ++i) {
        const ClassFigures& c = test.perClass[i];
        const IntervalFigure ci = test.intervals ? test.intervals->perClassF1.value(i) : IntervalFigure{};
        const bool few = c.support < kFewPositives;
        fewPositives = fewPositives || few;
        d.body += QStringLiteral("<tr%6><td>%1%7</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                      .arg(esc(c.label), num(c.precision), num(c.recall), esc(withInterval(c.f1, ci)))
                      .arg(c.support)
                      .arg(few ? QStringLiteral(" style='color:#999'") : QString(),
                           few ? QStringLiteral(" *") : QString());
    }
    d.body += "</table>";
    if (fewPositives)
        d.body +=
            QStringLiteral("<p class='note'>%1</p>")
                .arg(esc(QObject::tr("* Fewer than %1 test memes carry this label: its figures rest on a "
                                     "handful of memes and can move a lot with a few more.")
                             .arg(kFewPositives)));
    if (test.intervals && test.intervals->reason.isEmpty())
        d.body += QStringLiteral("<p class='note'>%1</p>")
                      .arg(esc(QObject::tr("Intervals: 95 %, percentile bootstrap over the %1 test memes (%2 "
                                           "resamples%3, seed %4).")
                                   .arg(test.samples)
                                   .arg(test.intervals->resamples)
                                   .arg(test.intervals->stratified ? QObject::tr(", stratified by class")
                                                                   : QString())
                                   .arg(test.intervals->seed)));
    else if (test.intervals)
        d.body += QStringLiteral("<p class='note'>%1</p>")
                      .arg(esc(QObject::tr("No intervals: %1.").arg(test.intervals->reason)));
}

void writeConfusionSection(ReportDraft& d) {
    d.section(QObject::tr("Confusion matrix (test)"));
    d.body +=
        QStringLiteral("<p>%1</p><p><img src='%2'></p>")
            .arg(d.schema.isMultiLabel()
                     ? QObject::tr("Multi-label: how often a true label (row) co-occurs with a "
                                   "predicted label (column).")
                     : QObject::tr("Rows: true label; columns: predicted label."),
                 d.images.add("confusion.png", matrixImage(d.summary.test.confusion, d.names, d.names,
                                                           QObject::tr("true"), QObject::tr("predicted"))));
}

// The project's latest ablation study, when the run is one of its runs or the report is asked to include it
// (a study made of other runs says nothing about this one).
void writeAblationSection(ReportDraft& d, bool asked) {
    const RunStore::StoredAblation latest = RunStore(d.store).latestAblation();
    if (latest.id && (asked || d.run.ablation == latest.id)) {
        const QString name = latest.name;
        const QJsonArray table = latest.results.value("table").toArray();
        if (!table.isEmpty()) {
            d.section(QObject::tr("Ablation: %1").arg(name));
            d.body +=
                "<table class='m'><tr><th>variant</th><th>runs</th><th>test macro-F1</th><th>seed-averaged "
                "(95 % over memes)</th><th>vs the first variant</th><th>test weighted-F1</th>"
                "<th>val macro-F1</th><th>network alone (test macro-F1)</th></tr>";
            bool tested = false;
            QStringList variants;
            QVector<double> means, stds;
            bool oneSeed = true; // one run per variant: no spread to draw
            QVector<AblationAggregate> rows;
            for (const QJsonValue& v : table)
                rows << AblationAggregate::fromJson(v.toObject());
            for (const AblationAggregate& a : rows)
                oneSeed = oneSeed && a.runs <= 1;
            for (const AblationAggregate& a : rows) {
                variants << a.variant;
                means << a.testMacroF1;
                stds << a.testMacroF1Std;
                // The seed-averaged figure with its interval, and the Holm-corrected test against the first
                // variant (a study stored before these existed shows dashes).
                QString averaged = QStringLiteral("—"), test = QStringLiteral("—");
                if (a.significanceKnown) {
                    tested = true;
                    averaged = num(a.averagedMacroF1);
                    if (a.intervalShown)
                        averaged += QStringLiteral(" (%1–%2)")
                                        .arg(a.averagedLow, 0, 'f', 2)
                                        .arg(a.averagedHigh, 0, 'f', 2);
                    test = a.reference
                               ? QObject::tr("reference")
                               : QObject::tr("p = %1 (Holm %2): %3")
                                     .arg(a.pValue, 0, 'g', 3)
                                     .arg(a.pHolm, 0, 'g', 3)
                                     .arg(a.survives ? QObject::tr("differs") : QObject::tr("may be noise"));
                }
                d.body +=
                    QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 ± %4</td><td>%5</td><td>%6</td><td>%7 ± "
                                   "%8</td><td>%9 ± %10</td><td>%11</td></tr>")
                        .arg(esc(a.variant))
                        .arg(a.runs)
                        .arg(num(a.testMacroF1), num(a.testMacroF1Std), esc(averaged), esc(test),
                             num(a.testWeightedF1), num(a.testWeightedF1Std), num(a.valMacroF1),
                             num(a.valMacroF1Std))
                        .arg(a.networkAloneKnown
                                 ? num(a.networkAloneMacroF1) + (a.blended ? QStringLiteral(" *") : QString())
                                 : QStringLiteral("—"));
            }
            d.body += "</table>";
            if (tested)
                d.body += QStringLiteral("<p class='note'>%1</p>")
                              .arg(esc(QObject::tr(
                                  "Seed-averaged: the mean of a variant's runs' probabilities per test meme, "
                                  "with a "
                                  "95 % percentile bootstrap over the test memes. p: paired approximate "
                                  "randomisation test of macro-F1 against the first variant, Holm-corrected "
                                  "across the variants; 'differs' at 0.05 after the correction. Network "
                                  "alone: the network's test macro-F1 without the TF-IDF part validation "
                                  "blended in (*: the test figure includes it).")));
            d.body +=
                QStringLiteral("<p><img src='%1' width='640'></p>")
                    .arg(d.images.add(
                        "ablation.png",
                        barChart(variants, means, oneSeed ? QVector<double>(stds.size(), 0.0) : stds,
                                 oneSeed ? QObject::tr("test macro-F1 (one seed per variant: no spread)")
                                         : QObject::tr("test macro-F1 (mean ± std over seeds)"))));
        }
    }
}

// Each mistake whole on its page (three per page): the full meme with the model's crop and relevance, the
// given and the predicted labels with the confidence, and the text.
void writeMistakesSection(ReportDraft& d, int examples) {
    d.pageBreak();
    d.section(QObject::tr("Most confident mistakes (test)"));
    const RunPredictions predictions(d.runs.predictions(d.run.id), d.summary.thresholds,
                                     d.schema.isMultiLabel());
    const ErrorAnalysis analysis(d.samples, d.schema, predictions, QStringLiteral("test"));
    const QVector<ScoredSample> mistakes = analysis.misclassified();
    if (mistakes.isEmpty()) {
        d.body += QStringLiteral("<p>%1</p>").arg(QObject::tr("No mistakes on the test split."));
        return;
    }
    bool anyHeatmap = false;
    const bool seesImages = isNeural(d) && d.config.hasImage(); // else no crop to mark
    // Relevance (gradient-weighted rollout) for the class the model wrongly gave, from the run's saved model;
    // the stored attention only when the model cannot be loaded (said under the mistakes).
    std::unique_ptr<ModelSession> model;
    QString modelProblem;
    if (seesImages) {
        try {
            model = ModelSession::load(d.run.checkpointPath);
        } catch (const Error& e) {
            modelProblem = e.message();
        }
    }
    int relevanceMaps = 0, attentionMaps = 0;
    for (int k = 0; k < mistakes.size() && k < examples; ++k) {
        const SampleRecord& sample = analysis.sample(mistakes[k].rowId);
        const uint64_t predicted = predictions.predictedMask(sample.id);
        QString picture = QStringLiteral("<i>%1</i>").arg(QObject::tr("text only (no image)"));
        if (sample.imageStatus == ImageStatus::Ok) {
            bool heatmap = false;
            const QString path = d.store.resolveStoredPath(sample.imagePath);
            QVector<float> heat;
            int side = 0;
            if (model) {
                // The first label it predicted, or (predicting none) the one it came closest to.
                int cls = predicted ? std::countr_zero(predicted) : 0;
                if (!predicted)
                    if (const QVector<float>* p = predictions.probabilitiesOf(sample.id); p && !p->isEmpty())
                        cls = int(std::max_element(p->begin(), p->end()) - p->begin());
                try {
                    const MemeExplanation e =
                        model->explain(path, sample.ocrText, cls, ExplanationMethod::Relevance);
                    if (e.hasImage && !e.patchRelevance.isEmpty()) {
                        heat = e.patchRelevance;
                        for (float& v : heat)
                            v = std::max(0.f, v);
                        side = e.gridSide;
                        ++relevanceMaps;
                    }
                } catch (const Error& e) {
                    modelProblem = e.message();
                }
            }
            if (side == 0 && seesImages) {
                heat = meanStoredAttention(d.runs.blob(d.run.id, sample.id, "attention"), &side);
                if (side > 0) ++attentionMaps;
            }
            const QImage image = heatmapPicture(path, seesImages, heat, side, &heatmap);
            anyHeatmap = anyHeatmap || heatmap;
            if (!image.isNull())
                picture = QStringLiteral("<img src='%1' width='%2'>")
                              .arg(d.images.add(QStringLiteral("mistake%1.png").arg(k), image))
                              .arg(std::min(320, image.width()));
        }
        auto names = [&](uint64_t m) {
            return m ? d.schema.namesOf(m).join(", ") : QObject::tr("no symptom");
        };
        // A table per mistake, a new page before every third one: a mistake never splits across pages.
        d.body +=
            QStringLiteral("<table class='x'%1><tr><td>%2</td><td><b>%3</b><br>%4: %5<br>%6: %7 "
                           "(%8)<br><br>%9</td></tr></table>")
                .arg(k > 0 && k % 3 == 0 ? QStringLiteral(" style='page-break-before: always'") : QString())
                .arg(picture, esc(sample.sampleId), QObject::tr("given"), esc(names(*sample.labelMask)),
                     QObject::tr("predicted"), esc(names(predicted)), num(mistakes[k].score),
                     esc(sample.ocrText).replace('\n', "<br>"));
    }
    if (seesImages) {
        QString note = QObject::tr("The dashed square is the part of the meme the vision encoder sees.");
        if (relevanceMaps > 0)
            note += ' ' + QObject::tr("The heatmap in it is the relevance of each image region for the label "
                                      "the model wrongly gave (gradient-weighted attention rollout, Chefer, "
                                      "Gur & Wolf 2021): what raised that label's score.");
        if (attentionMaps > 0)
            note +=
                ' ' + QObject::tr("%n heatmap(s) show the model's raw text-to-image attention averaged over "
                                  "the words (where it looked, not why), because relevance could not be "
                                  "computed: %1.",
                                  "", attentionMaps)
                          .arg(modelProblem.isEmpty() ? QObject::tr("no map") : modelProblem);
        d.body += QStringLiteral("<p class='note'>%1</p>").arg(esc(note));
        Q_UNUSED(anyHeatmap);
    }
}

} // namespace

ReportResult writeRunReport(ProjectStore& store, qint64 runId, const QString& outPath, int examples,
                            const JobContext& job, bool includeAblation) {
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != "html" && suffix != "htm" && suffix != "pdf")
        throw Error(outPath, QStringLiteral("the report format follows the extension: .html or .pdf"));
    RunStore runs(store);
    const RunRecord run = runs.run(runId);
    if (run.status != RunStatus::Finished)
        throw Error(QStringLiteral("run %1 (%2) is %3; only finished runs have a report")
                        .arg(runId)
                        .arg(run.name, runStatusToString(run.status)));
    const LabelSchema schema = store.labelSchema();
    ReportDraft d{store, runs, run, RunSummary::of(run), schema, schema.names(), SampleStore(store).loadAll(),
                  {},    {},   {}};
    d.result.path = outPath;
    try {
        d.config = modelConfigFromJson(run.config);
    } catch (const Error& e) { // a run stored by an older version: the report still tells what it can
        d.configProblem = e.message();
    }
    const std::vector<std::function<void()>> sections = {[&] { writeSummarySection(d); },
                                                         [&] { writeDatasetSection(d); },
                                                         [&] { writeMetricsSection(d); },
                                                         [&] { writeConfusionSection(d); },
                                                         [&] { writeAblationSection(d, includeAblation); },
                                                         [&] { writeMistakesSection(d, examples); },
                                                         [&] { writeSettingsAppendix(d); }};
    for (size_t k = 0; k < sections.size(); ++k) {
        if (job.cancelled()) throw Error(outPath, QStringLiteral("cancelled; nothing was written"));
        job.progress({qint64(k), qint64(sections.size()),
                      QCoreApplication::translate("memescope::Progress", "assembling the report")});
        sections[k]();
    }
    d.result.images = int(d.images.list.size());
    job.progress({qint64(sections.size()), qint64(sections.size()),
                  QCoreApplication::translate("memescope::Progress", "writing %1").arg(outPath)});

    const QString style =
        "<style>body{font-family:'DejaVu Sans',sans-serif;} h1{color:#333;} h2{border-bottom:1px solid "
        "#ccc;margin-top:24px;} table.m{border-collapse:collapse;margin:8px 0;} table.m td,table.m "
        "th{border:1px "
        "solid #bbb;padding:3px 8px;} table.x td{padding:6px;vertical-align:top;} .note{color:#666;} "
        ".warn{color:#8a4b00;}</style>";
    const QString head = QStringLiteral("<h1>MemeScope report — %1</h1><p>%2 · %3</p>")
                             .arg(esc(d.run.name), esc(QFileInfo(d.store.path()).fileName()),
                                  QDateTime::currentDateTime().toString(Qt::ISODate));
    if (suffix == "pdf") {
        QTextDocument doc;
        for (const auto& [name, image] : d.images.list)
            doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
        doc.setHtml("<html><head>" + style + "</head><body>" + head + d.body + "</body></html>");
        QPdfWriter pdf(outPath + ".part");
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(QStringLiteral("MemeScope report — %1").arg(d.run.name));
        pdf.setCreator("MemeScope");
        doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
        doc.documentLayout();
        d.result.pages = doc.pageCount();
        doc.print(&pdf);
        QFile::remove(outPath);
        if (!QFile::rename(outPath + ".part", outPath))
            throw Error(outPath, QStringLiteral("cannot write the PDF"));
        return d.result;
    }
    QString html = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>MemeScope report</title>" +
                   style + "</head><body>" + head + d.body + "</body></html>";
    for (const auto& [name, image] : d.images.list) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        html.replace("src='" + name + "'",
                     "src='data:image/png;base64," + QString::fromLatin1(png.toBase64()) + "'");
    }
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0 || !f.commit())
        throw Error(outPath, "cannot write: " + f.errorString());
    return d.result;
}

} // namespace memescope
