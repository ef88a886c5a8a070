#include "ReportBuilder.h"

#include "core/util/Error.h"

#include "ReportCharts.h"
#include "core/analysis/ErrorAnalysis.h"
#include "core/analysis/RunPredictions.h"
#include "core/analysis/RunSummary.h"
#include "core/imaging/Heatmap.h"
#include "core/imaging/ImageDecoder.h"
#include "core/imaging/Thumbnail.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "core/store/SqliteStatement.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
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
    for (const SplitEvaluation* s : {&val, &test})
        h += QStringLiteral(
                 "<tr><td>%1</td><td>%2</td><td>%3</td><td><b>%4</b></td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(s->split))
                 .arg(s->samples)
                 .arg(num(s->accuracy), num(s->macroF1), num(s->weightedF1), num(s->microF1));
    return h + "</table>";
}

// The centre square the vision encoder saw, with the attention (averaged over the text units) blended in.
QImage attentionThumbnail(const QString& imagePath, const std::optional<RunBlob>& attention) {
    const DecodedImage d = ImageDecoder::decodeFile(imagePath);
    if (!d.ok()) return {};
    QImage img = rgbMatToQImage(d.rgb);
    const int s = std::min(img.width(), img.height());
    img = img.copy((img.width() - s) / 2, (img.height() - s) / 2, s, s)
              .scaled(240, 240, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (!attention || attention->shape.size() != 2) return img;
    const int units = int(attention->shape[0]), patches = int(attention->shape[1]);
    const int side = int(std::lround(std::sqrt(double(patches))));
    if (side * side != patches || units == 0) return img;
    QVector<float> grid(patches, 0.f);
    for (int u = 0; u < units; ++u)
        for (int k = 0; k < patches; ++k)
            grid[k] += attention->data[u * patches + k] / float(units);
    return Heatmap::overlay(img, grid, side, side, 0.55);
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

    void section(const QString& title) {
        result.sections << title;
        body += QStringLiteral("<h2>%1</h2>").arg(esc(title));
    }
};

void writeDatasetSection(ReportDraft& d) {
    d.section(QObject::tr("Dataset"));
    const LabelSchema& schema = d.schema;
    QMap<QString, int> splits;
    QVector<int> perLabel(schema.size(), 0);
    int unlabelled = 0, textOnly = 0;
    for (const SampleRecord& s : d.samples) {
        splits[s.split]++;
        textOnly += s.imageStatus != ImageStatus::Ok;
        if (!s.labelMask)
            ++unlabelled;
        else
            for (int i = 0; i < schema.size(); ++i)
                if (*s.labelMask & (uint64_t(1) << i)) perLabel[i]++;
    }
    d.body += QStringLiteral(
                  "<p>%1 memes in <code>%2</code> (%3, %4 labels); %5 unlabelled; %6 without a usable image; "
                  "%7 with Tesseract OCR.</p>")
                  .arg(d.samples.size())
                  .arg(esc(QFileInfo(d.store.path()).fileName()))
                  .arg(schema.isMultiLabel() ? "multi-label" : "single-label")
                  .arg(schema.size())
                  .arg(unlabelled)
                  .arg(textOnly)
                  .arg(OcrStore(d.store).count());
    d.body += "<table class='m'><tr><th>split</th><th>memes</th></tr>";
    for (auto it = splits.begin(); it != splits.end(); ++it)
        d.body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(it.key())).arg(it.value());
    d.body += "</table><table class='m'><tr><th>label</th><th>memes</th></tr>";
    for (int i = 0; i < schema.size(); ++i)
        d.body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(d.names[i])).arg(perLabel[i]);
    d.body += "</table>";
}

void writeRunSection(ReportDraft& d) {
    d.section(QObject::tr("Run"));
    d.body += QStringLiteral("<p><b>%1</b> — %2, best epoch %3 of %4, %5 s on %6.</p>")
                  .arg(esc(d.run.name), esc(d.run.createdAt))
                  .arg(d.summary.bestEpoch)
                  .arg(d.summary.epochs)
                  .arg(d.summary.seconds, 0, 'f', 0)
                  .arg(esc(d.summary.device));
    d.body += "<table class='m'><tr><th>setting</th><th>value</th></tr>";
    // The full configuration the model was built with (the preset resolved), else the overrides given.
    QJsonObject config = d.run.config;
    if (QFile f(d.run.checkpointPath + "/config.json"); f.open(QIODevice::ReadOnly)) {
        const QJsonObject full = QJsonDocument::fromJson(f.readAll()).object();
        if (!full.isEmpty()) config = full;
    }
    QStringList keys = config.keys();
    keys.sort();
    for (const QString& k : keys) {
        const QJsonValue v = config.value(k);
        const QString text =
            v.isObject()  ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
            : v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                          : v.toVariant().toString();
        d.body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(k), esc(text));
    }
    d.body += "</table>";
}

void writeMetricsSection(ReportDraft& d) {
    d.section(QObject::tr("Metrics"));
    d.body += metricsTable(d.summary.val, d.summary.test);
    d.body += QStringLiteral(
                  "<h3>%1</h3><table class='m'><tr><th>label</th><th>precision</th><th>recall</th><th>F1</th>"
                  "<th>support</th></tr>")
                  .arg(QObject::tr("Per class (test)"));
    for (const ClassFigures& c : d.summary.test.perClass)
        d.body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                      .arg(esc(c.label), num(c.precision), num(c.recall), num(c.f1))
                      .arg(c.support);
    d.body += "</table>";
}

void writeCurvesSection(ReportDraft& d) {
    const QVector<QJsonObject> epochs = d.runs.epochs(d.run.id);
    if (!epochs.isEmpty()) {
        d.section(QObject::tr("Training curves"));
        ChartSeries loss{QObject::tr("training loss"), {}, QColor(110, 110, 110), false};
        ChartSeries macro{QObject::tr("val macro-F1"), {}, QColor(200, 70, 40), true};
        ChartSeries weighted{QObject::tr("val weighted-F1"), {}, QColor(40, 110, 190), true};
        for (const QJsonObject& e : epochs) {
            const double x = e.value("epoch").toDouble();
            loss.points << QPointF(x, e.value("train_loss").toDouble());
            macro.points << QPointF(x, e.value("val_macro_f1").toDouble());
            weighted.points << QPointF(x, e.value("val_weighted_f1").toDouble());
        }
        d.body += QStringLiteral("<p><img src='%1' width='640'></p>")
                      .arg(d.images.add("curves.png",
                                        lineChart({loss, macro, weighted}, QObject::tr("epoch"),
                                                  QObject::tr("loss"), QObject::tr("validation F1"))));
    }
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

void writeAblationSection(ReportDraft& d) {
    SqliteStatement q(d.store, "SELECT id, name, results_json FROM ablations ORDER BY id DESC LIMIT 1");
    if (q.next("reading ablations")) {
        const QString name = q.text(1);
        const QJsonArray table =
            QJsonDocument::fromJson(q.text(2).toUtf8()).object().value("table").toArray();
        if (!table.isEmpty()) {
            d.section(QObject::tr("Ablation: %1").arg(name));
            d.body += "<table class='m'><tr><th>variant</th><th>runs</th><th>test macro-F1</th><th>test "
                      "weighted-F1</th>"
                      "<th>val macro-F1</th></tr>";
            QStringList variants;
            QVector<double> means, stds;
            for (const QJsonValue& v : table) {
                const QJsonObject a = v.toObject();
                variants << a.value("variant").toString();
                means << a.value("test_macro_f1").toDouble();
                stds << a.value("test_macro_f1_std").toDouble();
                d.body +=
                    QStringLiteral(
                        "<tr><td>%1</td><td>%2</td><td>%3 ± %4</td><td>%5 ± %6</td><td>%7 ± %8</td></tr>")
                        .arg(esc(a.value("variant").toString()))
                        .arg(a.value("runs").toInt())
                        .arg(num(a.value("test_macro_f1").toDouble()),
                             num(a.value("test_macro_f1_std").toDouble()),
                             num(a.value("test_weighted_f1").toDouble()),
                             num(a.value("test_weighted_f1_std").toDouble()),
                             num(a.value("val_macro_f1").toDouble()),
                             num(a.value("val_macro_f1_std").toDouble()));
            }
            d.body += "</table>";
            d.body +=
                QStringLiteral("<p><img src='%1' width='640'></p>")
                    .arg(d.images.add("ablation.png", barChart(variants, means, stds,
                                                               QObject::tr("test macro-F1 (mean ± std)"))));
        }
    }
}

void writeMistakesSection(ReportDraft& d, int examples) {
    d.section(QObject::tr("Most confident mistakes (test)"));
    const RunPredictions predictions(d.runs.predictions(d.run.id), d.summary.thresholds,
                                     d.schema.isMultiLabel());
    const ErrorAnalysis analysis(d.samples, d.schema, predictions, QStringLiteral("test"));
    const QVector<ScoredSample> mistakes = analysis.misclassified();
    if (mistakes.isEmpty())
        d.body += QStringLiteral("<p>%1</p>").arg(QObject::tr("No mistakes on the test split."));
    d.body += "<table class='x'>";
    for (int k = 0; k < mistakes.size() && k < examples; ++k) {
        const SampleRecord& sample = analysis.sample(mistakes[k].rowId);
        const uint64_t predicted = predictions.predictedMask(sample.id);
        QString picture = QObject::tr("(no image)");
        if (sample.imageStatus == ImageStatus::Ok) {
            const QImage thumb = attentionThumbnail(d.store.resolveStoredPath(sample.imagePath),
                                                    d.runs.blob(d.run.id, sample.id, "attention"));
            if (!thumb.isNull())
                picture = QStringLiteral("<img src='%1' width='200'>")
                              .arg(d.images.add(QStringLiteral("mistake%1.png").arg(k), thumb));
        }
        d.body +=
            QStringLiteral("<tr><td>%1</td><td><b>%2</b><br>%3: %4<br>%5: %6 (%7)<br><i>%8</i></td></tr>")
                .arg(picture, esc(sample.sampleId), QObject::tr("true"),
                     esc(d.schema.namesOf(*sample.labelMask).join(", ")), QObject::tr("predicted"),
                     esc(d.schema.namesOf(predicted).join(", ")), num(mistakes[k].score),
                     esc(QString(sample.ocrText).replace('\n', ' ').left(200)));
    }
    d.body += "</table>";
    if (!mistakes.isEmpty())
        d.body += QStringLiteral("<p class='note'>%1</p>")
                      .arg(QObject::tr("Heatmaps: the model's text-to-image attention "
                                       "over the centre crop it sees, averaged over the words."));
}

} // namespace

ReportResult writeRunReport(ProjectStore& store, qint64 runId, const QString& outPath, int examples,
                            const JobContext& job) {
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
    const std::vector<std::function<void()>> sections = {
        [&] { writeDatasetSection(d); },           [&] { writeRunSection(d); },
        [&] { writeMetricsSection(d); },           [&] { writeCurvesSection(d); },
        [&] { writeConfusionSection(d); },         [&] { writeAblationSection(d); },
        [&] { writeMistakesSection(d, examples); }};
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
        "solid #bbb;padding:3px 8px;} table.x td{padding:6px;vertical-align:top;} .note{color:#666;}</style>";
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
