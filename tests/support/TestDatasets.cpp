#include "TestDatasets.h"

#include "core/store/LabelSchema.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace testdata {

QByteArray writeJpeg(const QString& path, int w, int h) {
    QImage img(w, h, QImage::Format_RGB32);
    // A colour from the file's name alone: qHash is seeded per process and the folder is a temporary one,
    // so the same test would otherwise train on different pixels in every run.
    img.fill(QColor(qChecksum(QFileInfo(path).fileName().toUtf8()) % 255, 120, 200));
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG", 90);
    writeFile(path, bytes);
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void writeJson(const QString& path, const QJsonArray& records) {
    writeFile(path, QJsonDocument(records).toJson());
}

void writeAxiom(const QString& dir, const QString& split, const QJsonArray& records,
                const QStringList& withoutImage) {
    writeJson(dir + "/anxiety_" + split + ".json", records);
    for (const auto& r : records) {
        const QString id = r.toObject().value("sample_id").toString();
        if (!id.isEmpty() && !withoutImage.contains(id))
            writeJpeg(dir + "/anxiety_" + split + "_image/" + id + ".jpg");
    }
}

void writeRestore(const QString& dir, const QString& split, const QJsonArray& records,
                  const QStringList& withoutImage) {
    writeJson(dir + "/depression_" + split + ".json", records);
    for (const auto& r : records) {
        const QString id = r.toObject().value("sample_id").toString();
        if (!id.isEmpty() && !withoutImage.contains(id))
            writeJpeg(dir + "/depressive_image/" + split + "/" + id + ".jpeg");
    }
}

QJsonObject axiomRecord(const QString& id, const QString& text, const QString& label) {
    return {{"sample_id", id}, {"ocr_text", text}, {"meme_anxiety_category", label}};
}

QJsonObject restoreRecord(const QString& id, const QString& text, const QStringList& labels) {
    return {{"sample_id", id},
            {"ocr_text", text},
            {"meme_depressive_categories", QJsonArray::fromStringList(labels)}};
}

QJsonArray axiomRecords(int n, const QString& prefix) {
    const QStringList names = memescope::LabelSchema::axiom().names();
    QJsonArray out;
    for (int i = 0; i < n; ++i)
        out.append(axiomRecord(prefix + QString::number(i), QStringLiteral("caption %1").arg(i),
                               names[i % names.size()]));
    return out;
}

// The tiny preset narrowed so a run of a few epochs takes seconds: RoBERTa from scratch (its BPE learned
// from the project), a 1-layer ViT on 32 px images, token fusion.
QJsonObject microTrainingConfig() {
    return {{"preset", "tiny"},
            {"text_encoder", "roberta"},
            {"roberta", QJsonObject{{"vocab_size", 300},
                                    {"hidden_size", 16},
                                    {"num_hidden_layers", 1},
                                    {"num_attention_heads", 2},
                                    {"intermediate_size", 32},
                                    {"max_position_embeddings", 34}}},
            {"max_tokens", 32},
            {"clip", QJsonObject{{"image_size", 32},
                                 {"patch_size", 16},
                                 {"hidden_size", 16},
                                 {"num_hidden_layers", 1},
                                 {"num_attention_heads", 2},
                                 {"intermediate_size", 32}}},
            {"fusion_dim", 16},
            {"fusion_heads", 2},
            {"fusion_layers", 1},
            {"fusion_ffn", 32},
            {"contrastive_dim", 8},
            {"learning_rate", 0.003},
            {"batch_size", 8},
            {"epochs", 3}};
}

void compareTrainingResults(const QJsonObject& actual, const QJsonObject& expected) {
    const QJsonArray h1 = expected.value("history").toArray(), h2 = actual.value("history").toArray();
    QCOMPARE(h2.size(), h1.size());
    for (int i = 0; i < h1.size(); ++i) {
        QCOMPARE(h2[i].toObject().value("train_loss").toDouble(),
                 h1[i].toObject().value("train_loss").toDouble());
        QCOMPARE(h2[i].toObject().value("val_macro_f1").toDouble(),
                 h1[i].toObject().value("val_macro_f1").toDouble());
    }
    QCOMPARE(actual.value("best_epoch").toInt(), expected.value("best_epoch").toInt());
    QCOMPARE(QJsonDocument(actual.value("test").toObject()).toJson(QJsonDocument::Compact),
             QJsonDocument(expected.value("test").toObject()).toJson(QJsonDocument::Compact));
}

} // namespace testdata
