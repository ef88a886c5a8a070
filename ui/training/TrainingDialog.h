#pragma once

#include "core/engine/RunTraining.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace memescope {

// Everything a training run needs: preset, checkpoints to start from (Hugging Face folders for RoBERTa /
// CLIP, or none), hyperparameters, the module switches, device (what this machine has) and the run folder.
class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    TrainingDialog(const QString& defaultRunDir, QWidget* parent = nullptr);
    TrainingRequest request() const;
    void setConfig(const ml::ModelConfig& config); // pre-fills from an earlier run
    ml::ModelConfig config() const;                // the shown settings over the preset or earlier run

private:
    void applyPreset();
    void showConfig(const ml::ModelConfig& config);
    // What the checkpoint folders hold (or what is wrong with them) and the random-init warning.
    void refreshChecks();

    QComboBox *preset_, *model_, *textEncoder_, *imageEncoder_, *fusion_, *moe_, *contrastive_, *head_,
        *textSource_, *device_;
    QLineEdit *textCheckpoint_, *imageCheckpoint_, *runDir_, *name_;
    QSpinBox *epochs_, *batch_, *seed_, *patience_;
    QDoubleSpinBox *learningRate_, *weightDecay_;
    QCheckBox *figurative_, *tuneThresholds_, *balanced_, *wide_, *bf16_, *tf32_;
    QLabel *textCheckpointInfo_, *imageCheckpointInfo_, *warning_;
    QDoubleSpinBox* encoderLearningRate_;
    QComboBox* schedule_;
    QSpinBox *warmup_, *freezeText_, *freezeImage_, *accumulation_;
    ml::ModelConfig base_;
};

} // namespace memescope
