#include "OcrTypes.h"

#include <QJsonObject>

namespace memescope {

QJsonArray OcrResult::wordsToJson() const {
    QJsonArray out;
    for (const OcrWord& w : words)
        out.append(QJsonObject{{"t", w.text},
                               {"x", w.box.x()},
                               {"y", w.box.y()},
                               {"w", w.box.width()},
                               {"h", w.box.height()},
                               {"c", double(qRound(w.confidence * 10)) / 10},
                               {"b", w.block},
                               {"l", w.line}});
    return out;
}

QVector<OcrWord> OcrResult::wordsFromJson(const QJsonArray& array) {
    QVector<OcrWord> out;
    for (const auto& v : array) {
        const QJsonObject o = v.toObject();
        out.push_back(
            {o.value("t").toString(),
             QRect(o.value("x").toInt(), o.value("y").toInt(), o.value("w").toInt(), o.value("h").toInt()),
             float(o.value("c").toDouble()), o.value("b").toInt(), o.value("l").toInt()});
    }
    return out;
}

} // namespace memescope
