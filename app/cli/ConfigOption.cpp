#include "ConfigOption.h"

#include "CliCommon.h"
#include "core/engine/ModelConfigJson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace memescope::cli {

ml::ModelConfig modelConfigFromOptions(const QCommandLineParser& p) {
    QJsonObject config;
    QString source = "--config";
    if (p.isSet("config")) {
        const QString value = p.value("config");
        QByteArray text = value.toUtf8();
        if (!value.trimmed().startsWith('{')) {
            QFile f(value);
            if (!f.open(QIODevice::ReadOnly))
                throw UserError{value + ": cannot read the config file: " + f.errorString()};
            text = f.readAll();
            source = value;
        }
        QJsonParseError err;
        const QJsonDocument d = QJsonDocument::fromJson(text, &err);
        if (err.error != QJsonParseError::NoError)
            throw UserError{QStringLiteral("%1: malformed JSON at offset %2: %3")
                                .arg(source)
                                .arg(err.offset)
                                .arg(err.errorString())};
        if (!d.isObject()) throw UserError{source + ": the config must be a JSON object"};
        config = d.object();
    }
    if (p.isSet("preset")) config["preset"] = p.value("preset");
    for (const char* key : {"epochs", "seed"}) {
        if (!p.isSet(key)) continue;
        bool ok = false;
        const int v = p.value(key).toInt(&ok);
        if (!ok || v < (QString(key) == "epochs" ? 1 : 0))
            throw UserError{
                QStringLiteral("--%1 '%2': expected a %3 integer")
                    .arg(key, p.value(key), QString(key) == "epochs" ? "positive" : "non-negative")};
        config[key] = v;
    }
    // Checkpoint folders as config keys, so a RoBERTa checkpoint brings the RoBERTa text encoder as it does
    // in a config file.
    for (const auto& [option, key] : {std::pair{"text-checkpoint", "text_checkpoint"},
                                      std::pair{"image-checkpoint", "image_checkpoint"}}) {
        if (!p.optionNames().contains(option)) continue; // given (names of options found)
        const QFileInfo dir(p.value(option));
        if (!dir.isDir())
            throw UserError{QStringLiteral("--%1 %2: no such folder").arg(option, p.value(option))};
        config[key] = dir.absoluteFilePath();
    }
    try {
        return modelConfigFromJson(config);
    } catch (const EngineError& e) {
        throw UserError{source + ": " + e.message()};
    }
}

} // namespace memescope::cli
