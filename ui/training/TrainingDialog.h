#pragma once

#include "core/engine/CheckpointInfo.h"
#include "core/engine/RunTraining.h"

#include "core/store/RunStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace memescope {

// Everything a training run needs: preset, checkpoints to start from (Hugging Face folders for RoBERTa /
// CLIP, or none), hyperparameters, the module switches, device (what this machine has), how many processes
// train it (data-parallel: one per GPU, or CPU processes sharing the cores) and the run folder.
class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    // `devices`: what trainingDevices() lists ("cuda:N" and "cpu" with their descriptions).
    TrainingDialog(const QString& defaultRunDir, QWidget* parent = nullptr,
                   const QJsonObject& devices = trainingDevices());
    TrainingRequest request() const;
    void setConfig(const ml::ModelConfig& config); // pre-fills from an earlier run
    ml::ModelConfig config() const;                // the shown settings over the preset or earlier run
    // The project's runs, whose measured peaks estimate this run's memory (refreshed as settings change).
    void setMeasuredRuns(const QVector<RunRecord>& runs);
    // The project whose feature cache the run would use, and its meme count (the cache's size estimate).
    void setProject(const QString& projectPath, int memes);

private:
    void applyPreset();
    void showConfig(const ml::ModelConfig& config);
    // What the checkpoint folders hold (or what is wrong with them) and the random-init warning.
    void refreshChecks();
    // The processes row: its range (GPUs, else cores), what the choice means, the device it forces.
    void refreshProcesses();
    // The expected peak memory from earlier runs of the same network, a warning when it will not fit.
    void refreshMemory();
    // "Encoders frozen" on: both encoders frozen whole (their layer counts, from the checkpoints' config.json
    // where given); the cache line below it.
    void applyFrozenEncoders(bool on);
    void refreshFeatureCache();
    int encoderLayers(EncoderRole role) const;

    QComboBox *preset_, *model_, *textEncoder_, *imageEncoder_, *fusion_, *moe_, *contrastive_, *head_,
        *textSource_, *device_;
    QLineEdit *textCheckpoint_, *imageCheckpoint_, *runDir_, *name_;
    QSpinBox *epochs_, *batch_, *seed_, *patience_, *processes_;
    QLabel* processesInfo_;
    QStringList gpus_; // descriptions of this machine's GPUs, in CUDA order
    QDoubleSpinBox *learningRate_, *weightDecay_;
    QCheckBox *figurative_, *tuneThresholds_, *balanced_, *wide_, *bf16_, *tf32_, *checkpointing_;
    QLabel *textCheckpointInfo_, *imageCheckpointInfo_, *warning_, *memory_;
    QVector<RunRecord> measuredRuns_;
    QDoubleSpinBox* encoderLearningRate_;
    QComboBox* schedule_;
    QSpinBox *warmup_, *freezeText_, *freezeImage_, *accumulation_;
    QCheckBox* frozenEncoders_;
    QLabel* featureCache_;
    QPushButton* clearFeatureCache_;
    QString projectPath_;
    int memes_ = 0;
    ml::ModelConfig base_;
};

} // namespace memescope
