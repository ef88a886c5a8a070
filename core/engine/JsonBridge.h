#pragma once
// Private to memescope_engine: Qt's JSON objects <-> nlohmann's (the model library's), through their text.
// Torch-free, so the engine's torch-free files use it too.

#include <QJsonDocument>
#include <QJsonObject>
#include <nlohmann/json.hpp>

namespace memescope::bridge {

inline nlohmann::json toNlohmann(const QJsonObject& o) {
    return nlohmann::json::parse(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
}

inline QJsonObject toQt(const nlohmann::json& j) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(j.dump())).object();
}

} // namespace memescope::bridge
