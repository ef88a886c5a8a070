#include "TrainingDialog.h"

#include "core/engine/FeatureCaching.h"
#include "core/engine/MemoryEstimate.h"
#include "core/util/Error.h"

#include "core/engine/CheckpointInfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>
#include <type_traits>

namespace memescope {
namespace {

// A choice shown in words; the item's data is the setting's value: an enum of the config (as its number) or
// a preset's name.
template <typename T> QVariant itemData(T value) {
    if constexpr (std::is_enum_v<T>)
        return int(value);
    else
        return QVariant(value);
}

template <typename T>
QComboBox* choices(QWidget* parent, const QList<QPair<QString, T>>& shownAndValue, const QString& tip) {
    auto* c = new QComboBox(parent);
    for (const auto& [shown, value] : shownAndValue)
        c->addItem(shown, itemData(value));
    c->setToolTip(tip);
    return c;
}

template <typename T> T valueOf(const QComboBox* box) {
    if constexpr (std::is_enum_v<T>)
        return T(box->currentData().toInt());
    else
        return box->currentData().value<T>();
}

template <typename T> void selectValue(QComboBox* box, T value) {
    const int i = box->findData(itemData(value));
    if (i >= 0) box->setCurrentIndex(i);
}

QLabel* infoLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

QWidget* withBrowse(QLineEdit* edit, QWidget* parent, const QString& title) {
    auto* w = new QWidget(parent);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    edit->setMinimumWidth(260); // folder paths: enough to see the folder's own name
    l->addWidget(edit, 1);
    auto* b = new QPushButton(QObject::tr("Browse…"), w);
    QObject::connect(b, &QPushButton::clicked, edit, [edit, title, w] {
        const QString d = QFileDialog::getExistingDirectory(w, title, edit->text());
        if (!d.isEmpty()) edit->setText(d);
    });
    l->addWidget(b);
    return w;
}

} // namespace

TrainingDialog::TrainingDialog(const QString& defaultRunDir, QWidget* parent, const QJsonObject& devices)
    : QDialog(parent) {
    setWindowTitle(tr("Train a Model"));
    setObjectName("TrainingDialog");
    auto* outer = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    outer->addLayout(columns);

    auto* basics = new QGroupBox(tr("Run"), this);
    auto* f = new QFormLayout(basics);
    name_ = new QLineEdit(basics);
    name_->setPlaceholderText(tr("(the run folder's name)"));
    f->addRow(tr("Name"), name_);
    runDir_ = new QLineEdit(defaultRunDir, basics);
    f->addRow(tr("Run folder"), withBrowse(runDir_, basics, tr("Run folder")));
    preset_ = choices(basics,
                      QList<QPair<QString, QString>>{{tr("Small (trains on a CPU)"), "tiny"},
                                                     {tr("Reference design (RoBERTa + CLIP)"), "seed"}},
                      tr("tiny: small, random init, trains in minutes on a CPU; seed: the reference design "
                         "(RoBERTa-base + CLIP ViT-B/32)"));
    preset_->setObjectName("preset");
    f->addRow(tr("Preset"), preset_);
    model_ = choices(
        basics,
        QList<QPair<QString, ml::ModelKind>>{{tr("Multimodal network"), ml::ModelKind::Neural},
                                             {tr("TF-IDF + logistic regression"), ml::ModelKind::TfidfLr}},
        tr("The TF-IDF + logistic regression baseline reads the text only and fits in seconds"));
    model_->setObjectName("model");
    f->addRow(tr("Model"), model_);
    textCheckpoint_ = new QLineEdit(basics);
    textCheckpoint_->setPlaceholderText(tr("none: random init (tokenizer learned from the project)"));
    textCheckpoint_->setToolTip(tr("A downloaded Hugging Face folder such as mental/mental-roberta-base: "
                                   "config.json, the weights (safetensors, shards or pytorch_model.bin) and "
                                   "vocab.json + merges.txt"));
    f->addRow(tr("RoBERTa checkpoint"),
              withBrowse(textCheckpoint_, basics, tr("Hugging Face RoBERTa folder")));
    textCheckpointInfo_ = infoLabel(basics);
    f->addRow(QString(), textCheckpointInfo_);
    imageCheckpoint_ = new QLineEdit(basics);
    imageCheckpoint_->setPlaceholderText(tr("none: random init"));
    imageCheckpoint_->setToolTip(tr("A downloaded Hugging Face CLIP folder such as "
                                    "openai/clip-vit-base-patch32 (CLIPModel or CLIPVisionModel)"));
    f->addRow(tr("CLIP checkpoint"), withBrowse(imageCheckpoint_, basics, tr("Hugging Face CLIP folder")));
    imageCheckpointInfo_ = infoLabel(basics);
    f->addRow(QString(), imageCheckpointInfo_);
    device_ = new QComboBox(basics);
    device_->addItem(tr("Automatic"), "auto");
    for (auto it = devices.begin(); it != devices.end(); ++it) {
        device_->addItem(it.value().toString(), it.key()); // "cuda:N" picks that GPU
        if (it.key().startsWith(QLatin1String("cuda:"))) gpus_ << it.value().toString();
    }
    f->addRow(tr("Device"), device_);
    processes_ = new QSpinBox(basics);
    processes_->setObjectName("processes");
    // One process per GPU where there are GPUs (a single GPU: one process), else CPU processes.
    processes_->setRange(1,
                         std::max<int>(1, gpus_.isEmpty() ? QThread::idealThreadCount() : int(gpus_.size())));
    processesInfo_ = infoLabel(basics);
    processesInfo_->setObjectName("processesInfo");
    // Only where there is more than one device to train on: several GPUs, or several CPU cores.
    if (processes_->maximum() > 1) {
        processes_->setValue(QSettings().value("training/processes", 1).toInt()); // clamped to this machine
        f->addRow(tr("Processes"), processes_);
        f->addRow(QString(), processesInfo_);
    } else {
        processes_->hide();
    }
    columns->addWidget(basics);

    auto* hyper = new QGroupBox(tr("Training"), this);
    auto* h = new QFormLayout(hyper);
    epochs_ = new QSpinBox(hyper);
    epochs_->setRange(1, 500);
    h->addRow(tr("Epochs"), epochs_);
    batch_ = new QSpinBox(hyper);
    batch_->setRange(1, 1024);
    h->addRow(tr("Batch size"), batch_);
    learningRate_ = new QDoubleSpinBox(hyper);
    learningRate_->setDecimals(6);
    learningRate_->setRange(1e-6, 1);
    learningRate_->setSingleStep(1e-5);
    h->addRow(tr("Learning rate"), learningRate_);
    weightDecay_ = new QDoubleSpinBox(hyper);
    weightDecay_->setDecimals(4);
    weightDecay_->setRange(0, 1);
    h->addRow(tr("Weight decay"), weightDecay_);
    seed_ = new QSpinBox(hyper);
    seed_->setRange(0, 1000000);
    seed_->setValue(42);
    h->addRow(tr("Seed"), seed_);
    patience_ = new QSpinBox(hyper);
    patience_->setRange(0, 100);
    patience_->setSpecialValueText(tr("off"));
    h->addRow(tr("Early stopping patience"), patience_);
    tuneThresholds_ = new QCheckBox(tr("Tune per-label thresholds on validation (multi-label)"), hyper);
    tuneThresholds_->setToolTip(QStringLiteral("tune_thresholds"));
    h->addRow(tuneThresholds_);
    balanced_ = new QCheckBox(tr("Weight each label's positives by its rarity (multi-label)"), hyper);
    balanced_->setToolTip(tr("Rare labels count as much as frequent ones in the loss, so the model does not "
                             "learn to predict no label (pos_weight: balanced)"));
    h->addRow(balanced_);
    wide_ = new QCheckBox(tr("Blend in the TF-IDF baseline (wide-and-deep)"), hyper);
    wide_->setToolTip(
        tr("Fits the TF-IDF + logistic regression baseline on the same training memes and mixes "
           "its probabilities with the network's, at the weight that scores best on validation "
           "(0 = the network alone). Heatmaps still show the network's attention (wide: tfidf)"));
    h->addRow(wide_);
    auto* middle = new QVBoxLayout;
    middle->addWidget(hyper);
    columns->addLayout(middle);

    // Fine-tuning pretrained encoders (config keys in the tooltips).
    auto* tuning = new QGroupBox(tr("Fine-tuning"), this);
    auto* t = new QFormLayout(tuning);
    encoderLearningRate_ = new QDoubleSpinBox(tuning);
    encoderLearningRate_->setDecimals(6);
    encoderLearningRate_->setRange(0, 1);
    encoderLearningRate_->setSingleStep(1e-5);
    encoderLearningRate_->setSpecialValueText(tr("same as above"));
    encoderLearningRate_->setToolTip(tr("Learning rate of the pretrained encoders (encoder_learning_rate); "
                                        "typically 10x smaller than that of the new layers"));
    t->addRow(tr("Encoder learning rate"), encoderLearningRate_);
    schedule_ =
        choices(tuning,
                QList<QPair<QString, ml::LrSchedule>>{{tr("Halve on a plateau"), ml::LrSchedule::Plateau},
                                                      {tr("Linear decay"), ml::LrSchedule::Linear},
                                                      {tr("Cosine decay"), ml::LrSchedule::Cosine}},
                tr("Learning-rate schedule (lr_schedule), after the warm-up"));
    t->addRow(tr("Schedule"), schedule_);
    warmup_ = new QSpinBox(tuning);
    warmup_->setRange(0, 50);
    warmup_->setSuffix(tr(" % of steps"));
    warmup_->setToolTip(tr("Linear warm-up (warmup_ratio)"));
    t->addRow(tr("Warm-up"), warmup_);
    auto frozenLayers = [tuning](const QString& tip) {
        auto* box = new QSpinBox(tuning);
        box->setRange(0, 48);
        box->setSpecialValueText(tr("none"));
        box->setToolTip(tip);
        return box;
    };
    freezeText_ = frozenLayers(tr("Freeze the embeddings and the first N layers of the text encoder "
                                  "(freeze_text_layers)"));
    t->addRow(tr("Frozen text layers"), freezeText_);
    freezeImage_ = frozenLayers(tr("Freeze the embeddings and the first N layers of the image encoder "
                                   "(freeze_image_layers)"));
    t->addRow(tr("Frozen image layers"), freezeImage_);
    frozenEncoders_ =
        new QCheckBox(tr("Train the fusion and heads only (encoders frozen; features cached)"), tuning);
    frozenEncoders_->setObjectName("FrozenEncoders");
    frozenEncoders_->setToolTip(tr(
        "Freezes both encoders whole (a linear-probe style study of the fusion, the experts, the "
        "contrastive loss and the head). What the frozen encoders make of each meme is computed once, kept "
        "in a folder beside the project and read by every later epoch, run and ablation variant with the "
        "same encoders, so an epoch costs only the trainable part."));
    t->addRow(frozenEncoders_);
    clearFeatureCache_ = new QPushButton(tr("Delete cached features"), tuning);
    clearFeatureCache_->setObjectName("ClearFeatureCache");
    clearFeatureCache_->setToolTip(tr("Frees the disk space; runs with frozen encoders compute the features "
                                      "again when they need them."));
    t->addRow(clearFeatureCache_);
    accumulation_ = new QSpinBox(tuning);
    accumulation_->setRange(1, 256);
    accumulation_->setToolTip(tr("Batches whose gradients add up to one step (grad_accumulation): a larger "
                                 "effective batch in the same memory"));
    t->addRow(tr("Gradient accumulation"), accumulation_);
    checkpointing_ = new QCheckBox(tr("Recompute encoder activations in backward (less memory)"), tuning);
    checkpointing_->setObjectName("ActivationCheckpointing");
    checkpointing_->setToolTip(tr(
        "activation_checkpointing — fine-tuning an encoder keeps every layer's activations for the backward "
        "pass; this keeps only each layer's input and runs the layer again in backward. Measured on the "
        "reference model on a CPU: at 512 tokens × 16, 15.5 GB → 4.6 GB of memory; each step takes 2–20 % "
        "longer. Same gradients. Frozen layers are not affected."));
    t->addRow(checkpointing_);
    bf16_ = new QCheckBox(tr("bfloat16 mixed precision (GPU)"), tuning);
    bf16_->setToolTip(tr("precision: bf16 — autocast on CUDA; the CPU trains in float32"));
    t->addRow(bf16_);
    tf32_ = new QCheckBox(tr("TF32 matrix products (GPU)"), tuning);
    tf32_->setToolTip(tr("tf32 — Ampere and later GPUs"));
    t->addRow(tf32_);
    middle->addWidget(tuning);

    auto* modules = new QGroupBox(tr("Modules"), this);
    auto* m = new QFormLayout(modules);
    textEncoder_ = choices(modules,
                           QList<QPair<QString, ml::TextEncoderKind>>{
                               {tr("RoBERTa (transformer)"), ml::TextEncoderKind::Roberta},
                               {tr("Word n-grams (fastText-style)"), ml::TextEncoderKind::Ngram},
                               {tr("None (image only)"), ml::TextEncoderKind::Off}},
                           tr("How the model reads the caption"));
    m->addRow(tr("Text encoder"), textEncoder_);
    imageEncoder_ = choices(modules,
                            QList<QPair<QString, ml::ImageEncoderKind>>{
                                {tr("CLIP vision transformer"), ml::ImageEncoderKind::Clip},
                                {tr("None (text only)"), ml::ImageEncoderKind::Off}},
                            tr("How the model sees the image"));
    m->addRow(tr("Image encoder"), imageEncoder_);
    fusion_ = choices(modules,
                      QList<QPair<QString, ml::FusionKind>>{
                          {tr("Words ↔ image patches (heatmaps)"), ml::FusionKind::Token},
                          {tr("Summary tokens (reference)"), ml::FusionKind::SeedCls},
                          {tr("Concatenation (no cross-attention)"), ml::FusionKind::Concat}},
                      tr("How text and image meet; only word-to-patch attention draws heatmaps"));
    m->addRow(tr("Fusion"), fusion_);
    moe_ = choices(modules,
                   QList<QPair<QString, ml::MoeKind>>{{tr("Top-k experts"), ml::MoeKind::TopK},
                                                      {tr("All experts (reference)"), ml::MoeKind::Dense},
                                                      {tr("Off"), ml::MoeKind::Off}},
                   tr("Mixture of experts after the fusion"));
    m->addRow(tr("Mixture of experts"), moe_);
    contrastive_ = choices(modules,
                           QList<QPair<QString, ml::ContrastiveKind>>{
                               {tr("Masked (same-label pairs ignored)"), ml::ContrastiveKind::Masked},
                               {tr("Reference (CLIP-style)"), ml::ContrastiveKind::Seed},
                               {tr("Off"), ml::ContrastiveKind::Off}},
                           tr("Contrastive alignment of text and image embeddings"));
    m->addRow(tr("Contrastive"), contrastive_);
    head_ = choices(modules,
                    QList<QPair<QString, ml::HeadKind>>{{tr("Two-layer perceptron"), ml::HeadKind::Mlp},
                                                        {tr("Transformer layer"), ml::HeadKind::Transformer}},
                    tr("Classifier head"));
    m->addRow(tr("Head"), head_);
    textSource_ =
        choices(modules,
                QList<QPair<QString, ml::TextSource>>{{tr("The dataset's text"), ml::TextSource::Dataset},
                                                      {tr("Tesseract OCR"), ml::TextSource::Ocr},
                                                      {tr("None"), ml::TextSource::None}},
                tr("The text the model reads: the dataset's, Tesseract's, or none"));
    m->addRow(tr("Text source"), textSource_);
    figurative_ = new QCheckBox(tr("Append figurative reasoning"), modules);
    m->addRow(figurative_);
    columns->addWidget(modules);

    // Full-width lines under the columns: what the frozen encoders' cache and the run's memory will be.
    featureCache_ = infoLabel(this);
    featureCache_->setObjectName("FeatureCacheEstimate");
    outer->insertWidget(outer->count(), featureCache_);
    memory_ = infoLabel(this);
    memory_->setObjectName("MemoryEstimate");
    outer->insertWidget(outer->count(), memory_);
    warning_ = infoLabel(this);
    outer->insertWidget(outer->count(), warning_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Training"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!processes_->isHidden()) QSettings().setValue("training/processes", processes_->value());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    connect(preset_, &QComboBox::currentIndexChanged, this, &TrainingDialog::applyPreset);
    connect(textCheckpoint_, &QLineEdit::textChanged, this, &TrainingDialog::refreshChecks);
    connect(textCheckpoint_, &QLineEdit::textChanged, this, [this](const QString& dir) {
        if (!dir.trimmed().isEmpty())
            selectValue(textEncoder_, ml::TextEncoderKind::Roberta); // a RoBERTa checkpoint needs it
    });
    connect(imageCheckpoint_, &QLineEdit::textChanged, this, &TrainingDialog::refreshChecks);
    for (QComboBox* box : {model_, textEncoder_, imageEncoder_})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingDialog::refreshChecks);
    connect(processes_, &QSpinBox::valueChanged, this, &TrainingDialog::refreshProcesses);
    connect(batch_, &QSpinBox::valueChanged, this, &TrainingDialog::refreshProcesses);
    connect(model_, &QComboBox::currentIndexChanged, this, &TrainingDialog::refreshProcesses);
    for (QSpinBox* box : {batch_, freezeText_, freezeImage_})
        connect(box, &QSpinBox::valueChanged, this, &TrainingDialog::refreshMemory);
    for (QComboBox* box :
         {model_, textEncoder_, imageEncoder_, fusion_, moe_, contrastive_, head_, textSource_})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingDialog::refreshMemory);
    for (QCheckBox* box : {checkpointing_, bf16_, figurative_})
        connect(box, &QCheckBox::toggled, this, &TrainingDialog::refreshMemory);
    for (QLineEdit* edit : {textCheckpoint_, imageCheckpoint_})
        connect(edit, &QLineEdit::textChanged, this, &TrainingDialog::refreshMemory);
    connect(frozenEncoders_, &QCheckBox::toggled, this, &TrainingDialog::applyFrozenEncoders);
    // Frozen whole means to the depth of the checkpoint chosen now, not of the one shown when it was ticked.
    for (QLineEdit* edit : {textCheckpoint_, imageCheckpoint_})
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (frozenEncoders_->isChecked()) applyFrozenEncoders(true);
        });
    for (QSpinBox* box : {freezeText_, freezeImage_})
        connect(box, &QSpinBox::valueChanged, this, &TrainingDialog::refreshFeatureCache);
    for (QComboBox* box : {textEncoder_, imageEncoder_, fusion_, model_})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingDialog::refreshFeatureCache);
    connect(clearFeatureCache_, &QPushButton::clicked, this, [this] {
        try {
            clearFeatureCache(projectPath_);
        } catch (const Error& e) {
            QMessageBox::warning(this, tr("Feature cache"), e.message());
        }
        refreshFeatureCache();
    });
    applyPreset();
    refreshProcesses();
}

void TrainingDialog::setMeasuredRuns(const QVector<RunRecord>& runs) {
    measuredRuns_ = runs;
    refreshMemory();
    refreshFeatureCache();
}

void TrainingDialog::setProject(const QString& projectPath, int memes) {
    projectPath_ = projectPath;
    memes_ = memes;
    refreshFeatureCache();
}

int TrainingDialog::encoderLayers(EncoderRole role) const {
    const QString dir = (role == EncoderRole::Text ? textCheckpoint_ : imageCheckpoint_)->text().trimmed();
    if (!dir.isEmpty())
        if (const CheckpointInfo info = inspectCheckpoint(dir, role); info.ok && info.layers > 0)
            return info.layers;
    const ml::ModelConfig c = config();
    return int(role == EncoderRole::Text ? c.roberta.numLayers : c.clip.numLayers);
}

void TrainingDialog::applyFrozenEncoders(bool on) {
    freezeText_->setValue(on ? encoderLayers(EncoderRole::Text) : 0);
    freezeImage_->setValue(on ? encoderLayers(EncoderRole::Image) : 0);
    freezeText_->setEnabled(!on);
    freezeImage_->setEnabled(!on);
    refreshFeatureCache();
}

void TrainingDialog::refreshFeatureCache() {
    const bool neural = valueOf<ml::ModelKind>(model_) == ml::ModelKind::Neural;
    const qint64 cached = projectPath_.isEmpty() ? 0 : featureCacheBytes(projectPath_);
    const QString advice = neural ? featureCacheAdvice(config(), memes_, measuredRuns_, cached) : QString();
    featureCache_->setText(advice);
    featureCache_->setVisible(!advice.isEmpty());
    clearFeatureCache_->setVisible(cached > 0);
    clearFeatureCache_->setText(
        cached > 0 ? tr("Delete cached features (%1 MB)").arg(double(cached) / 1e6, 0, 'f', 0)
                   : tr("Delete cached features"));
}

void TrainingDialog::refreshMemory() {
    const MemoryAdvice advice = trainingMemoryAdvice(config(), measuredRuns_, physicalMemoryBytes());
    memory_->setText(advice.text);
    memory_->setStyleSheet(advice.warning ? QStringLiteral("color: #9a5b00;") : QString());
    memory_->setVisible(!advice.text.isEmpty());
}

void TrainingDialog::refreshChecks() {
    auto show = [](QLabel* label, const QString& dir, EncoderRole role) {
        if (dir.trimmed().isEmpty()) {
            label->clear();
            label->hide();
            return;
        }
        const CheckpointInfo info = inspectCheckpoint(dir.trimmed(), role);
        label->setText(info.summary);
        label->setStyleSheet(info.ok ? QString() : QStringLiteral("color: #b00020;"));
        label->show();
    };
    show(textCheckpointInfo_, textCheckpoint_->text(), EncoderRole::Text);
    show(imageCheckpointInfo_, imageCheckpoint_->text(), EncoderRole::Image);
    const QStringList warnings =
        valueOf<ml::ModelKind>(model_) == ml::ModelKind::Neural ? trainingWarnings(config()) : QStringList();
    warning_->setText(warnings.isEmpty() ? QString() : tr("Warning: %1").arg(warnings.join(tr("; "))));
    warning_->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    warning_->setVisible(!warnings.isEmpty());
}

void TrainingDialog::refreshProcesses() {
    const bool baseline = valueOf<ml::ModelKind>(model_) == ml::ModelKind::TfidfLr;
    processes_->setEnabled(!baseline);
    processes_->setToolTip(baseline
                               ? tr("The TF-IDF baseline fits in one process")
                               : tr("Data-parallel training: every process holds the model and trains on "
                                    "its share of each batch; their gradients are averaged every step"));
    const int n = baseline ? 1 : processes_->value();
    const bool onGpus = !gpus_.isEmpty();
    // Several GPUs: each process takes its own, so the device is no longer a choice.
    if (onGpus && n > 1) selectValue(device_, QStringLiteral("auto"));
    device_->setEnabled(!(onGpus && n > 1));
    if (processes_->isHidden() || (n <= 1 && !baseline)) {
        processesInfo_->hide();
        return;
    }
    if (baseline) {
        processesInfo_->setText(tr("The TF-IDF baseline fits in one process."));
        processesInfo_->show();
        return;
    }
    const QString where = onGpus ? tr("one per GPU: %1").arg(gpus_.mid(0, n).join(tr(", ")))
                                 : tr("on this computer's CPU, %n thread(s) each", nullptr,
                                      std::max(1, QThread::idealThreadCount() / n));
    processesInfo_->setText(tr("%1 processes %2. Each takes %3 memes of every step, so a step learns from "
                               "%4 memes (batch size × processes).")
                                .arg(n)
                                .arg(where)
                                .arg(batch_->value())
                                .arg(batch_->value() * n));
    processesInfo_->show();
}

void TrainingDialog::applyPreset() {
    // What the preset holds is shown, so the user sees what a run will use.
    base_ = ml::ModelConfig::fromPreset(valueOf<QString>(preset_).toStdString());
    showConfig(base_);
}

void TrainingDialog::setConfig(const ml::ModelConfig& c) {
    base_ = c;
    {
        const QSignalBlocker quiet(preset_); // the preset's defaults must not replace the run's settings
        selectValue(preset_, QString::fromStdString(c.preset));
    }
    showConfig(base_);
}

void TrainingDialog::showConfig(const ml::ModelConfig& c) {
    selectValue(model_, c.model);
    selectValue(textEncoder_, c.textEncoder);
    selectValue(imageEncoder_, c.imageEncoder);
    selectValue(fusion_, c.fusion);
    selectValue(moe_, c.moe);
    selectValue(contrastive_, c.contrastive);
    selectValue(head_, c.head);
    selectValue(textSource_, c.textSource);
    figurative_->setChecked(c.figurativeReasoning);
    epochs_->setValue(int(c.epochs));
    batch_->setValue(int(c.batchSize));
    learningRate_->setValue(c.learningRate);
    weightDecay_->setValue(c.weightDecay);
    seed_->setValue(int(c.seed));
    patience_->setValue(int(c.earlyStopPatience));
    tuneThresholds_->setChecked(c.tuneThresholds);
    balanced_->setChecked(c.posWeight == ml::PosWeight::Balanced);
    wide_->setChecked(c.wide == ml::WideKind::Tfidf);
    textCheckpoint_->setText(QString::fromStdString(c.textCheckpoint));
    imageCheckpoint_->setText(QString::fromStdString(c.imageCheckpoint));
    encoderLearningRate_->setValue(c.encoderLearningRate);
    selectValue(schedule_, c.lrSchedule);
    warmup_->setValue(int(std::lround(c.warmupRatio * 100)));
    freezeText_->setValue(int(c.freezeTextLayers));
    freezeImage_->setValue(int(c.freezeImageLayers));
    {
        // Both encoders frozen whole (or absent), one of them present: the switch is on.
        const bool text = !c.hasText() || c.textEncoder != ml::TextEncoderKind::Roberta ||
                          c.freezeTextLayers >= c.roberta.numLayers;
        const bool image = !c.hasImage() || c.freezeImageLayers >= c.clip.numLayers;
        const QSignalBlocker block(frozenEncoders_);
        frozenEncoders_->setChecked(text && image && (c.freezeTextLayers > 0 || c.freezeImageLayers > 0));
        freezeText_->setEnabled(!frozenEncoders_->isChecked());
        freezeImage_->setEnabled(!frozenEncoders_->isChecked());
    }
    accumulation_->setValue(int(c.gradAccumulation));
    checkpointing_->setChecked(c.activationCheckpointing);
    bf16_->setChecked(c.precision == ml::Precision::Bf16);
    tf32_->setChecked(c.tf32);
    refreshChecks();
}

ml::ModelConfig TrainingDialog::config() const {
    ml::ModelConfig c = base_; // what the dialog does not show stays as the preset or the earlier run had it
    c.model = valueOf<ml::ModelKind>(model_);
    c.textEncoder = valueOf<ml::TextEncoderKind>(textEncoder_);
    c.imageEncoder = valueOf<ml::ImageEncoderKind>(imageEncoder_);
    c.fusion = valueOf<ml::FusionKind>(fusion_);
    c.moe = valueOf<ml::MoeKind>(moe_);
    c.contrastive = valueOf<ml::ContrastiveKind>(contrastive_);
    c.head = valueOf<ml::HeadKind>(head_);
    c.textSource = valueOf<ml::TextSource>(textSource_);
    c.figurativeReasoning = figurative_->isChecked();
    c.epochs = epochs_->value();
    c.batchSize = batch_->value();
    c.learningRate = learningRate_->value();
    c.weightDecay = weightDecay_->value();
    c.seed = seed_->value();
    c.earlyStopPatience = patience_->value();
    c.tuneThresholds = tuneThresholds_->isChecked();
    c.posWeight = balanced_->isChecked() ? ml::PosWeight::Balanced : ml::PosWeight::Off;
    c.wide = wide_->isChecked() ? ml::WideKind::Tfidf : ml::WideKind::Off;
    c.textCheckpoint = textCheckpoint_->text().trimmed().toStdString();
    c.imageCheckpoint = imageCheckpoint_->text().trimmed().toStdString();
    c.encoderLearningRate = encoderLearningRate_->value();
    c.lrSchedule = valueOf<ml::LrSchedule>(schedule_);
    c.warmupRatio = warmup_->value() / 100.0;
    c.freezeTextLayers = freezeText_->value();
    c.freezeImageLayers = freezeImage_->value();
    c.gradAccumulation = accumulation_->value();
    c.activationCheckpointing = checkpointing_->isChecked();
    c.precision = bf16_->isChecked() ? ml::Precision::Bf16 : ml::Precision::Fp32;
    c.tf32 = tf32_->isChecked();
    return c;
}

TrainingRequest TrainingDialog::request() const {
    TrainingRequest r;
    r.runDir = runDir_->text().trimmed();
    r.name = name_->text().trimmed();
    r.device = device_->currentData().toString();
    r.config = config();
    r.localRanks = processes_->isEnabled() ? processes_->value() : 1;
    return r;
}

} // namespace memescope
