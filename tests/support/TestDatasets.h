#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Helpers that write small datasets in the real layouts into a folder, so each test states its data.
namespace testdata {

// A small valid JPEG (solid colour) at `path`; returns its bytes.
QByteArray writeJpeg(const QString& path, int w = 40, int h = 30);
void writeFile(const QString& path, const QByteArray& bytes);
void writeJson(const QString& path, const QJsonArray& records);

// AxiOM layout: anxiety_train.json + anxiety_train_image/<id>.jpg for each record (images for all ids
// except those in `withoutImage`).
void writeAxiom(const QString& dir, const QString& split, const QJsonArray& records,
                const QStringList& withoutImage = {});
// RESTORE layout: depression_<split>.json + depressive_image/<split>/<id>.jpeg.
void writeRestore(const QString& dir, const QString& split, const QJsonArray& records,
                  const QStringList& withoutImage = {});

QJsonObject axiomRecord(const QString& id, const QString& text, const QString& label);
QJsonObject restoreRecord(const QString& id, const QString& text, const QStringList& labels);

// N AxiOM records with labels cycling over the 6 classes.
QJsonArray axiomRecords(int n, const QString& prefix = "TR-");

// The tiny preset narrowed so a run of a few epochs takes seconds: RoBERTa from scratch (its BPE learned
// from the project), a 1-layer ViT on 32 px images, token fusion, 3 epochs of batch 8.
QJsonObject microTrainingConfig();

// QCOMPAREs the JSON results of two training runs (`memescope-cli train --json`): the same history (training
// loss, validation macro-F1 per epoch), best epoch and test metrics. For resumed-versus-uninterrupted checks.
void compareTrainingResults(const QJsonObject& actual, const QJsonObject& expected);

} // namespace testdata
