#include "CliCommon.h"
#include "core/engine/ModelSession.h"
#include "core/ocr/OcrEngine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace memescope::cli {

int runPredict(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Predict the labels of meme images with a trained run. Without --text, Tesseract "
        "reads each image's text first.");
    p.addOption({"run", "Run folder written by 'train' (or a model folder).", "RUN_DIR"});
    p.addOption({"text", "The meme's text (used for every image given).", "TEXT"});
    p.addOption({"json", "Print a JSON summary as the last line."});
    p.addPositionalArgument("images", "Image files.", "IMAGE...");
    parseOrThrow(p, args);
    if (!p.isSet("run")) throw UserError{"--run RUN_DIR is required"};
    const QStringList images = p.positionalArguments();
    if (images.isEmpty() && !p.isSet("text")) throw UserError{"give one or more image files (or --text)"};
    for (const QString& image : images)
        if (!QFileInfo(image).isFile()) throw UserError{image + ": no such file"};
    const CliOutput out(p.isSet("json"));
    QString modelDir = QDir(p.value("run")).filePath("model");
    if (!QFileInfo::exists(QDir(modelDir).filePath("config.json"))) modelDir = p.value("run");
    const std::unique_ptr<ModelSession> session = ModelSession::load(modelDir);
    const QStringList labels = session->labelNames();
    std::unique_ptr<OcrEngine> ocr;
    QJsonArray results;
    QString text;
    const QStringList inputs = images.isEmpty() ? QStringList{QString()} : images;
    for (const QString& image : inputs) {
        QString memeText = p.value("text");
        QString ocrError;
        if (!p.isSet("text")) {
            if (!ocr) ocr = std::make_unique<OcrEngine>();
            const OcrResult r = ocr->recognizeFile(image);
            memeText = r.text;
            ocrError = r.error;
        }
        MemePrediction pred;
        try {
            pred = session->predict(image, memeText);
        } catch (const EngineError& e) {
            throw UserError{image + ": " + e.message()};
        }
        QJsonObject probs;
        for (int i = 0; i < labels.size() && i < pred.probabilities.size(); ++i)
            probs[labels[i]] = double(pred.probabilities[i]);
        QJsonArray predicted;
        QStringList names;
        for (int i : pred.predicted) {
            predicted.append(labels.value(i));
            names << labels.value(i);
        }
        QJsonObject o{{"image", image},
                      {"text", memeText},
                      {"probabilities", probs},
                      {"predicted", predicted},
                      {"used_image", pred.hasImage}};
        if (!ocrError.isEmpty()) o["ocr_error"] = ocrError;
        results.append(o);
        text += QStringLiteral("%1: %2\n  text: %3\n")
                    .arg(image.isEmpty() ? "(text)" : image, names.join(", "),
                         QString(memeText).replace('\n', ' ').left(120));
        for (int i = 0; i < labels.size() && i < pred.probabilities.size(); ++i)
            text += QStringLiteral("  %1 %2\n").arg(labels[i], -32).arg(pred.probabilities[i], 0, 'f', 3);
    }
    out.result({{"predictions", results}}, text.trimmed());
    return kOk;
}

} // namespace memescope::cli
