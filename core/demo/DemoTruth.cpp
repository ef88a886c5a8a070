#include "DemoTruth.h"

#include "core/store/StoreError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace memescope {

QHash<QString, DemoMemeTruth> readDemoTruth(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw StoreError(path + ": cannot read: " + f.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) throw StoreError(path + ": malformed JSON: " + error.errorString());
    const QJsonValue memes = doc.object().value("memes");
    if (!memes.isObject())
        throw StoreError(
            path + ": no \"memes\" object (is this a demo_truth.json written by 'memescope-cli demo'?)");
    QHash<QString, DemoMemeTruth> out;
    const QJsonObject all = memes.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QJsonArray box = o.value("motif_box").toArray();
        if (!o.value("motif_label").isString() || box.size() != 4)
            throw StoreError(path + ": meme " + it.key() + " lacks motif_label or a 4-number motif_box");
        DemoMemeTruth t;
        t.motifLabel = o.value("motif_label").toString();
        t.motifBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
        const QJsonObject words = o.value("label_words").toObject();
        for (auto w = words.begin(); w != words.end(); ++w)
            for (const QJsonValue& v : w.value().toArray())
                t.labelWords[w.key()] << v.toString().toLower();
        out.insert(it.key(), t);
    }
    return out;
}

} // namespace memescope
