#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace memescope {

// One word of a caption as a reader sees it, with the model's text units (positions) it was cut into.
struct CaptionWord {
    QString text;
    QVector<int> units;
};

// RoBERTa's byte-level pieces (each as its raw bytes) joined into the caption's words: a piece that starts
// with whitespace (or follows one that was only whitespace) starts a new word; special tokens (<s>, </s>,
// <pad>, <unk>, <mask>) and whitespace-only pieces are not words. A word's bytes are joined before they are
// read as UTF-8, so an emoji or an accented letter cut across pieces reads whole.
QVector<CaptionWord> wordsFromPieces(const QList<QByteArray>& pieces);
// Units that are words already (the n-gram encoder's): one word per unit.
QVector<CaptionWord> wordsFromWordUnits(const QStringList& units);
// A word's letters and digits, lower-cased: an OCR word, a caption word and a demo's recorded label word
// compare equal whatever their case and punctuation.
QString wordKey(const QString& word);

} // namespace memescope
