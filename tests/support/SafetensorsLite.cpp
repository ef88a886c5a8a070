#include "SafetensorsLite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>

QMap<QString, LiteTensor> readSafetensorsLite(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(path));
    const QByteArray all = f.readAll();
    quint64 n = 0;
    std::memcpy(&n, all.constData(), 8);
    const QJsonObject header = QJsonDocument::fromJson(all.mid(8, qsizetype(n))).object();
    QMap<QString, LiteTensor> out;
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == "__metadata__") continue;
        const QJsonObject o = it.value().toObject();
        LiteTensor t;
        t.dtype = o.value("dtype").toString();
        for (const auto& d : o.value("shape").toArray())
            t.shape << d.toInteger();
        const QJsonArray off = o.value("data_offsets").toArray();
        t.data = all.mid(qsizetype(8 + n + off[0].toInteger()),
                         qsizetype(off[1].toInteger() - off[0].toInteger()));
        out.insert(it.key(), t);
    }
    return out;
}
