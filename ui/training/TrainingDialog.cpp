#include "TrainingDialog.h"

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
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace memescope {
namespace {

// A choice shown in words; the item's data is the name the config file uses.
QComboBox* choices(QWidget* parent, const QList<QPair<QString, QString>>& shownAndValue, const QString& tip) {
    auto* c = new QComboBox(parent);
    for (const auto& [shown, value] : shownAndValue)
        c->addItem(shown, value);
    c->setToolTip(tip);
    return c;
}

QString valueOf(const QComboBox* box) {
    return box->currentData().toString();
}

void selectValue(QComboBox* box, const QString& value) {
    const int i = box->findData(value);
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

TrainingDialog::TrainingDialog(const QString& defaultRunDir, QWidget* parent)
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
    preset_ = choices(
        basics, {{tr("Small (trains on a CPU)"), "tiny"}, {tr("Reference design (RoBERTa + CLIP)"), "seed"}},
        tr("tiny: small, random init, trains in minutes on a CPU; seed: the reference design "
           "(RoBERTa-base + CLIP ViT-B/32)"));
    f->addRow(tr("Preset"), preset_);
    model_ = choices(basics,
                     {{tr("Multimodal network"), "neural"}, {tr("TF-IDF + logistic regression"), "tfidf_lr"}},
                     tr("The TF-IDF + logistic regression baseline reads the text only and fits in seconds"));
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
    const QJsonObject devices = trainingDevices();
    for (auto it = devices.begin(); it != devices.end(); ++it)
        device_->addItem(it.value().toString(), it.key()); // "cuda:N" picks that GPU
    f->addRow(tr("Device"), device_);
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
    schedule_ = new QComboBox(tuning);
    schedule_->addItem(tr("Halve on a plateau"), "plateau");
    schedule_->addItem(tr("Linear decay"), "linear");
    schedule_->addItem(tr("Cosine decay"), "cosine");
    schedule_->setToolTip(tr("Learning-rate schedule (lr_schedule), after the warm-up"));
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
    accumulation_ = new QSpinBox(tuning);
    accumulation_->setRange(1, 256);
    accumulation_->setToolTip(tr("Batches whose gradients add up to one step (grad_accumulation): a larger "
                                 "effective batch in the same memory"));
    t->addRow(tr("Gradient accumulation"), accumulation_);
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
                           {{tr("RoBERTa (transformer)"), "roberta"},
                            {tr("Word n-grams (fastText-style)"), "ngram"},
                            {tr("None (image only)"), "off"}},
                           tr("How the model reads the caption"));
    m->addRow(tr("Text encoder"), textEncoder_);
    imageEncoder_ =
        choices(modules, {{tr("CLIP vision transformer"), "clip"}, {tr("None (text only)"), "off"}},
                tr("How the model sees the image"));
    m->addRow(tr("Image encoder"), imageEncoder_);
    fusion_ = choices(modules,
                      {{tr("Words ↔ image patches (heatmaps)"), "token"},
                       {tr("Summary tokens (reference)"), "seed_cls"},
                       {tr("Concatenation (no cross-attention)"), "concat"}},
                      tr("How text and image meet; only word-to-patch attention draws heatmaps"));
    m->addRow(tr("Fusion"), fusion_);
    moe_ =
        choices(modules,
                {{tr("Top-k experts"), "topk"}, {tr("All experts (reference)"), "dense"}, {tr("Off"), "off"}},
                tr("Mixture of experts after the fusion"));
    m->addRow(tr("Mixture of experts"), moe_);
    contrastive_ = choices(modules,
                           {{tr("Masked (same-label pairs ignored)"), "masked"},
                            {tr("Reference (CLIP-style)"), "seed"},
                            {tr("Off"), "off"}},
                           tr("Contrastive alignment of text and image embeddings"));
    m->addRow(tr("Contrastive"), contrastive_);
    head_ = choices(modules, {{tr("Two-layer perceptron"), "mlp"}, {tr("Transformer layer"), "transformer"}},
                    tr("Classifier head"));
    m->addRow(tr("Head"), head_);
    textSource_ = choices(
        modules, {{tr("The dataset's text"), "dataset"}, {tr("Tesseract OCR"), "ocr"}, {tr("None"), "none"}},
        tr("The text the model reads: the dataset's, Tesseract's, or none"));
    m->addRow(tr("Text source"), textSource_);
    figurative_ = new QCheckBox(tr("Append figurative reasoning"), modules);
    m->addRow(figurative_);
    columns->addWidget(modules);

    warning_ = infoLabel(this);
    outer->insertWidget(outer->count(), warning_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Training"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    connect(preset_, &QComboBox::currentIndexChanged, this, &TrainingDialog::applyPreset);
    connect(textCheckpoint_, &QLineEdit::textChanged, this, &TrainingDialog::refreshChecks);
    connect(textCheckpoint_, &QLineEdit::textChanged, this, [this](const QString& dir) {
        if (!dir.trimmed().isEmpty()) selectValue(textEncoder_, "roberta"); // a RoBERTa checkpoint needs it
    });
    connect(imageCheckpoint_, &QLineEdit::textChanged, this, &TrainingDialog::refreshChecks);
    for (QComboBox* box : {model_, textEncoder_, imageEncoder_})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingDialog::refreshChecks);
    applyPreset();
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
        valueOf(model_) == QLatin1String("neural") ? trainingWarnings(request().config) : QStringList();
    warning_->setText(warnings.isEmpty() ? QString() : tr("Warning: %1").arg(warnings.join(tr("; "))));
    warning_->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    warning_->setVisible(!warnings.isEmpty());
}

void TrainingDialog::applyPreset() {
    const bool tiny = valueOf(preset_) == QLatin1String("tiny");
    // The presets' defaults (ModelConfig): shown so the user sees what a run will use.
    epochs_->setValue(tiny ? 8 : 30);
    batch_->setValue(16);
    learningRate_->setValue(tiny ? 3e-4 : 2e-5);
    weightDecay_->setValue(0.01);
    selectValue(textEncoder_, tiny ? "ngram" : "roberta");
    selectValue(fusion_, tiny ? "token" : "seed_cls");
    selectValue(moe_, tiny ? "topk" : "dense");
    selectValue(contrastive_, tiny ? "masked" : "seed");
    // The reference design (seed) trains with plain BCE, 0.5 thresholds and no TF-IDF part.
    tuneThresholds_->setChecked(tiny);
    balanced_->setChecked(tiny);
    wide_->setChecked(tiny);
    refreshChecks();
}

void TrainingDialog::setConfig(const QJsonObject& c) {
    if (c.contains("preset")) selectValue(preset_, c.value("preset").toString());
    auto set = [&](QComboBox* box, const char* key) {
        if (c.contains(key)) selectValue(box, c.value(key).toString());
    };
    set(model_, "model");
    set(textEncoder_, "text_encoder");
    set(imageEncoder_, "image_encoder");
    set(fusion_, "fusion");
    set(moe_, "moe");
    set(contrastive_, "contrastive");
    set(head_, "head");
    set(textSource_, "text_source");
    if (c.contains("epochs")) epochs_->setValue(c.value("epochs").toInt());
    if (c.contains("seed")) seed_->setValue(c.value("seed").toInt());
    if (c.contains("learning_rate")) learningRate_->setValue(c.value("learning_rate").toDouble());
    if (c.contains("text_checkpoint")) textCheckpoint_->setText(c.value("text_checkpoint").toString());
    if (c.contains("image_checkpoint")) imageCheckpoint_->setText(c.value("image_checkpoint").toString());
    if (c.contains("encoder_learning_rate"))
        encoderLearningRate_->setValue(c.value("encoder_learning_rate").toDouble());
    if (c.contains("lr_schedule"))
        schedule_->setCurrentIndex(std::max(0, schedule_->findData(c.value("lr_schedule").toString())));
    if (c.contains("warmup_ratio"))
        warmup_->setValue(int(std::lround(c.value("warmup_ratio").toDouble() * 100)));
    if (c.contains("freeze_text_layers")) freezeText_->setValue(c.value("freeze_text_layers").toInt());
    if (c.contains("freeze_image_layers")) freezeImage_->setValue(c.value("freeze_image_layers").toInt());
    if (c.contains("grad_accumulation")) accumulation_->setValue(c.value("grad_accumulation").toInt());
    if (c.contains("precision")) bf16_->setChecked(c.value("precision").toString() == "bf16");
    if (c.contains("tf32")) tf32_->setChecked(c.value("tf32").toBool());
    if (c.contains("tune_thresholds")) tuneThresholds_->setChecked(c.value("tune_thresholds").toBool());
    if (c.contains("pos_weight")) balanced_->setChecked(c.value("pos_weight").toString() == "balanced");
    if (c.contains("wide")) wide_->setChecked(c.value("wide").toString() == "tfidf");
}

TrainingRequest TrainingDialog::request() const {
    TrainingRequest r;
    r.runDir = runDir_->text().trimmed();
    r.name = name_->text().trimmed();
    r.device = device_->currentData().toString();
    QJsonObject c{{"preset", valueOf(preset_)},
                  {"model", valueOf(model_)},
                  {"text_encoder", valueOf(textEncoder_)},
                  {"image_encoder", valueOf(imageEncoder_)},
                  {"fusion", valueOf(fusion_)},
                  {"moe", valueOf(moe_)},
                  {"contrastive", valueOf(contrastive_)},
                  {"head", valueOf(head_)},
                  {"text_source", valueOf(textSource_)},
                  {"figurative_reasoning", figurative_->isChecked()},
                  {"epochs", epochs_->value()},
                  {"batch_size", batch_->value()},
                  {"learning_rate", learningRate_->value()},
                  {"weight_decay", weightDecay_->value()},
                  {"seed", seed_->value()},
                  {"early_stop_patience", patience_->value()},
                  {"tune_thresholds", tuneThresholds_->isChecked()},
                  {"encoder_learning_rate", encoderLearningRate_->value()},
                  {"lr_schedule", schedule_->currentData().toString()},
                  {"warmup_ratio", warmup_->value() / 100.0},
                  {"freeze_text_layers", freezeText_->value()},
                  {"freeze_image_layers", freezeImage_->value()},
                  {"grad_accumulation", accumulation_->value()},
                  {"precision", bf16_->isChecked() ? "bf16" : "fp32"},
                  {"tf32", tf32_->isChecked()},
                  {"pos_weight", balanced_->isChecked() ? "balanced" : "off"},
                  {"wide", wide_->isChecked() ? "tfidf" : "off"}};
    if (!textCheckpoint_->text().trimmed().isEmpty())
        c["text_checkpoint"] = textCheckpoint_->text().trimmed();
    if (!imageCheckpoint_->text().trimmed().isEmpty())
        c["image_checkpoint"] = imageCheckpoint_->text().trimmed();
    r.config = c;
    return r;
}

} // namespace memescope
