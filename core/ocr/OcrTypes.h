#pragma once

#include <QJsonArray>
#include <QRect>
#include <QString>
#include <QVector>

namespace memescope {

// One recognised word, in original-image pixel coordinates.
struct OcrWord {
    QString text;
    QRect box;
    float confidence = 0;    // 0..100, Tesseract's word confidence
    int block = 0, line = 0; // reading-order indices of its block and text line
};

struct OcrResult {
    QVector<OcrWord> words;
    QString text; // plain text in reading order, lines separated by '\n'
    double meanConfidence = 0;
    QString variant; // the preprocessing variant that produced it
    QString error;   // non-empty: the image could not be read (names file and problem)

    bool ok() const { return error.isEmpty(); }
    QJsonArray wordsToJson() const;
    static QVector<OcrWord> wordsFromJson(const QJsonArray& array);
};

} // namespace memescope
