#include "ModelConfigJson.h"

#include "EngineError.h"
#include "JsonBridge.h"
#include "core/ml/config/TrainingCost.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace memescope {

ml::ModelConfig modelConfigFromJson(const QJsonObject& config) {
    try {
        return ml::ModelConfig::fromJson(bridge::toNlohmann(config));
    } catch (const ml::ConfigError& e) {
        throw EngineError("model config: " + QString::fromStdString(e.what()));
    } catch (const nlohmann::json::exception& e) {
        throw EngineError("model config: " + QString::fromStdString(e.what()));
    }
}

QJsonObject modelConfigToJson(const ml::ModelConfig& config) {
    return bridge::toQt(config.toJson());
}

QMap<QString, QString> modelConfigSettings(const ml::ModelConfig& config) {
    QMap<QString, QString> out;
    const QJsonObject json = modelConfigToJson(config);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject part = it.value().toObject();
            for (auto p = part.begin(); p != part.end(); ++p)
                out.insert(it.key() + '.' + p.key(), p.value().toVariant().toString());
        } else if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& v : it.value().toArray())
                items << v.toVariant().toString();
            out.insert(it.key(), items.join(QStringLiteral(", ")));
        } else {
            out.insert(it.key(), it.value().toVariant().toString());
        }
    }
    return out;
}

void applyLabels(ml::ModelConfig& config, const QStringList& names, bool multiLabel) {
    std::vector<std::string> labels;
    for (const QString& n : names)
        labels.push_back(n.toStdString());
    config.setLabels(labels, multiLabel);
    try {
        config.validate();
    } catch (const ml::ConfigError& e) {
        throw EngineError("model config: " + QString::fromStdString(e.what()));
    }
}

void applyLabels(ml::ModelConfig& config, const LabelSchema& schema) {
    applyLabels(config, schema.names(), schema.isMultiLabel());
}

QString configSignature(const ml::ModelConfig& config, const QStringList& keys) {
    const QJsonObject all = modelConfigToJson(config);
    QJsonObject picked;
    for (const QString& key : keys)
        if (all.contains(key)) picked.insert(key, all.value(key));
    return QString::fromUtf8(QJsonDocument(picked).toJson(QJsonDocument::Compact));
}

QString costSignature(const ml::ModelConfig& config, const QStringList& except) {
    QStringList keys;
    for (const std::string& k : ml::costRelevantKeys())
        if (const QString key = QString::fromStdString(k); !except.contains(key)) keys << key;
    return configSignature(config, keys);
}

} // namespace memescope
