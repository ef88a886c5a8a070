#include "CheckpointInfo.h"

#include "TorchBridge.h"
#include "core/ml/io/HfCheckpoint.h"
#include "core/ml/model/PretrainedEncoders.h"
#include "core/ml/text/RobertaEncoder.h"
#include "core/ml/vision/ClipVisionEncoder.h"

namespace memescope {

CheckpointInfo inspectCheckpoint(const QString& dir, EncoderRole role) {
    CheckpointInfo info;
    try {
        const ml::HfCheckpoint c = ml::openHfCheckpoint(dir.toStdString(), /*withWeights=*/false);
        QString shape;
        if (role == EncoderRole::Text) {
            const ml::RobertaConfig r = ml::robertaConfigOf(c, ml::RobertaConfig{});
            info.layers = int(r.numLayers);
            shape = QStringLiteral("%1 layers, hidden %2, vocabulary %3")
                        .arg(r.numLayers)
                        .arg(r.hiddenSize)
                        .arg(r.vocabSize);
        } else {
            const ml::ClipVisionConfig v = ml::clipVisionConfigOf(c, ml::ClipVisionConfig{});
            info.layers = int(v.numLayers);
            shape = QStringLiteral("%1 layers, hidden %2, %3 px patches")
                        .arg(v.numLayers)
                        .arg(v.hiddenSize)
                        .arg(v.patchSize);
        }
        if (c.configPath.empty()) {
            shape = QStringLiteral("no config.json: the preset's sizes");
            info.layers = 0;
        }
        const QString kind = QString::fromStdString(c.architecture.empty() ? c.modelType : c.architecture);
        info.summary =
            QStringLiteral("%1%2 (%3)")
                .arg(kind.isEmpty() ? QString() : kind + ": ", shape, QString::fromStdString(c.weightsFile));
        info.ok = true;
    } catch (const ml::CheckpointError& e) {
        info.summary = QString::fromStdString(e.what());
    }
    return info;
}

QStringList trainingWarnings(const ml::ModelConfig& config) {
    QStringList out;
    for (const std::string& w : ml::randomInitWarnings(config))
        out << QString::fromStdString(w);
    return out;
}

} // namespace memescope
