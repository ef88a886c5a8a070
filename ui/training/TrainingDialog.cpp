#include "TrainingDialog.h"

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
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace memescope {
namespace {

QComboBox* choices(QWidget* parent, const QStringList& values, const QString& tip) {
    auto* c = new QComboBox(parent);
    c->addItems(values);
    c->setToolTip(tip);
    return c;
}

QWidget* withBrowse(QLineEdit* edit, QWidget* parent, const QString& title) {
    auto* w = new QWidget(parent);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
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
    preset_ = choices(basics, {"tiny", "seed"},
                      tr("tiny: small, random init, trains in minutes on a CPU; seed: the reference design "
                         "(RoBERTa-base + CLIP ViT-B/32)"));
    f->addRow(tr("Preset"), preset_);
    model_ = choices(basics, {"neural", "tfidf_lr"},
                     tr("tfidf_lr: the TF-IDF + logistic regression baseline (seconds)"));
    f->addRow(tr("Model"), model_);
    textCheckpoint_ = new QLineEdit(basics);
    textCheckpoint_->setPlaceholderText(tr("none: random init (tokenizer learned from the project)"));
    f->addRow(tr("RoBERTa checkpoint"),
              withBrowse(textCheckpoint_, basics, tr("Hugging Face RoBERTa folder")));
    imageCheckpoint_ = new QLineEdit(basics);
    imageCheckpoint_->setPlaceholderText(tr("none: random init"));
    f->addRow(tr("CLIP checkpoint"), withBrowse(imageCheckpoint_, basics, tr("Hugging Face CLIP folder")));
    device_ = new QComboBox(basics);
    device_->addItem(tr("Automatic"), "auto");
    const QJsonObject devices = trainingDevices();
    for (auto it = devices.begin(); it != devices.end(); ++it)
        device_->addItem(it.value().toString(), it.key().startsWith("cuda") ? "cuda" : "cpu");
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
    h->addRow(tuneThresholds_);
    columns->addWidget(hyper);

    auto* modules = new QGroupBox(tr("Modules"), this);
    auto* m = new QFormLayout(modules);
    textEncoder_ = choices(modules, {"roberta", "ngram", "off"}, tr("off: image-only"));
    m->addRow(tr("Text encoder"), textEncoder_);
    imageEncoder_ = choices(modules, {"clip", "off"}, tr("off: text-only"));
    m->addRow(tr("Image encoder"), imageEncoder_);
    fusion_ = choices(
        modules, {"token", "seed_cls", "concat"},
        tr("token: words <-> image patches (heatmaps); seed_cls: the reference; concat: no cross-attention"));
    m->addRow(tr("Fusion"), fusion_);
    moe_ = choices(modules, {"topk", "dense", "off"}, tr("Mixture of experts"));
    m->addRow(tr("Mixture of experts"), moe_);
    contrastive_ = choices(modules, {"masked", "seed", "off"}, tr("Contrastive alignment"));
    m->addRow(tr("Contrastive"), contrastive_);
    head_ = choices(modules, {"mlp", "transformer"}, tr("Classifier head"));
    m->addRow(tr("Head"), head_);
    textSource_ = choices(modules, {"dataset", "ocr", "none"},
                          tr("The text the model reads: the dataset's, Tesseract's, or none"));
    m->addRow(tr("Text source"), textSource_);
    figurative_ = new QCheckBox(tr("Append figurative reasoning"), modules);
    m->addRow(figurative_);
    columns->addWidget(modules);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Training"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    connect(preset_, &QComboBox::currentIndexChanged, this, &TrainingDialog::applyPreset);
    applyPreset();
}

void TrainingDialog::applyPreset() {
    const bool tiny = preset_->currentText() == "tiny";
    // The presets' defaults (ModelConfig): shown so the user sees what a run will use.
    epochs_->setValue(tiny ? 8 : 30);
    batch_->setValue(16);
    learningRate_->setValue(tiny ? 3e-4 : 2e-5);
    weightDecay_->setValue(0.01);
    textEncoder_->setCurrentText("roberta");
    fusion_->setCurrentText(tiny ? "token" : "seed_cls");
    moe_->setCurrentText(tiny ? "topk" : "dense");
    contrastive_->setCurrentText(tiny ? "masked" : "seed");
}

void TrainingDialog::setConfig(const QJsonObject& c) {
    if (c.contains("preset")) preset_->setCurrentText(c.value("preset").toString());
    auto set = [&](QComboBox* box, const char* key) {
        if (c.contains(key)) box->setCurrentText(c.value(key).toString());
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
}

TrainingRequest TrainingDialog::request() const {
    TrainingRequest r;
    r.runDir = runDir_->text().trimmed();
    r.name = name_->text().trimmed();
    r.device = device_->currentData().toString();
    QJsonObject c{{"preset", preset_->currentText()},
                  {"model", model_->currentText()},
                  {"text_encoder", textEncoder_->currentText()},
                  {"image_encoder", imageEncoder_->currentText()},
                  {"fusion", fusion_->currentText()},
                  {"moe", moe_->currentText()},
                  {"contrastive", contrastive_->currentText()},
                  {"head", head_->currentText()},
                  {"text_source", textSource_->currentText()},
                  {"figurative_reasoning", figurative_->isChecked()},
                  {"epochs", epochs_->value()},
                  {"batch_size", batch_->value()},
                  {"learning_rate", learningRate_->value()},
                  {"weight_decay", weightDecay_->value()},
                  {"seed", seed_->value()},
                  {"early_stop_patience", patience_->value()},
                  {"tune_thresholds", tuneThresholds_->isChecked()}};
    if (!textCheckpoint_->text().trimmed().isEmpty())
        c["text_checkpoint"] = textCheckpoint_->text().trimmed();
    if (!imageCheckpoint_->text().trimmed().isEmpty())
        c["image_checkpoint"] = imageCheckpoint_->text().trimmed();
    r.config = c;
    return r;
}

} // namespace memescope
