#pragma once

#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace memescope {

// What a demo meme's label rests on, as the generator recorded it in demo_truth.json: the class whose motif
// was drawn, the box the motif covers (image pixels) and, per given label, the caption words that belong to
// that label alone. The pointing game of `explain --faithfulness` scores relevance maps against it.
struct DemoMemeTruth {
    QString motifLabel;
    QRectF motifBox;
    QHash<QString, QStringList> labelWords; // label name -> its words in this caption (lower case)
};

// sample id -> truth. Throws StoreError naming the file for a missing file, malformed JSON or a record
// without its fields.
QHash<QString, DemoMemeTruth> readDemoTruth(const QString& path);

} // namespace memescope
