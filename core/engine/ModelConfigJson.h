#pragma once
// The model's typed config (ml::ModelConfig, torch-free) at the Qt JSON boundary: the run store, run
// folders' config.json, the CLI's --config and ablation specs. Everywhere else the typed config travels.

#include "EngineError.h"
#include "core/ml/config/ModelConfig.h"
#include "core/store/LabelSchema.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace memescope {

// {"preset": "tiny", "fusion": "concat", ...}: the preset, then each key as an override; a full config (a
// run's config.json) reads back as itself. Throws EngineError naming the key ("model config: config key
// 'fusion': 'tokens' is not one of token, seed_cls, concat").
ml::ModelConfig modelConfigFromJson(const QJsonObject& config);
QJsonObject modelConfigToJson(const ml::ModelConfig& config);

// Every setting as "key" -> value text, the encoders' as "roberta.hidden_size": for comparing two runs'
// resolved configs setting by setting.
QMap<QString, QString> modelConfigSettings(const ml::ModelConfig& config);

// The settings that change what training costs (ml::costRelevantKeys), as compact JSON text, leaving out
// `except`: two configs with the same signature train at the same speed, and hold as much memory, on the same
// project (the ablation estimate; the memory estimate leaves out the batch size it varies).
QString costSignature(const ml::ModelConfig& config, const QStringList& except = {});
// The given settings (keys of modelConfigToJson) as compact JSON text: two configs with the same signature
// agree on them.
QString configSignature(const ml::ModelConfig& config, const QStringList& keys);

// The project's labels (count, names, multi-label) put into the config, which is then validated (EngineError
// naming the key).
void applyLabels(ml::ModelConfig& config, const QStringList& names, bool multiLabel);
void applyLabels(ml::ModelConfig& config, const LabelSchema& schema);

} // namespace memescope
