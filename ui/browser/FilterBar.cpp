#include "FilterBar.h"

#include "core/store/LabelSchema.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace memescope {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent) {
    setObjectName("FilterBar");
    auto* l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    search_ = new QLineEdit(this);
    search_->setObjectName("SearchField");
    search_->setPlaceholderText(tr("Search id, text, reasoning…"));
    search_->setClearButtonEnabled(true);
    search_->setMinimumWidth(120);
    l->addWidget(search_, 3);
    auto combo = [&](const QString& name, const QStringList& items) {
        auto* c = new QComboBox(this);
        c->setObjectName(name);
        c->addItems(items);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(6);
        l->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
        return c;
    };
    split_ = combo("SplitFilter", {tr("All splits"), "train", "val", "test", "unassigned"});
    label_ = combo("LabelFilter", {tr("All labels"), tr("Unlabelled")});
    ocr_ = combo("OcrFilter", {tr("OCR: any"), tr("OCR done"), tr("OCR not done")});
    duplicates_ =
        combo("DuplicatesFilter", {tr("Duplicates: any"), tr("Has duplicates"), tr("Leaks into test")});
    correctness_ = combo("CorrectnessFilter", {tr("Predictions: any"), tr("Correct"), tr("Wrong")});
    auto* confidence = new QLabel(tr("Conf."), this);
    confidence->setToolTip(tr("Confidence of the predicted label (needs a run)"));
    l->addWidget(confidence);
    auto spin = [&](double value) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(0, 1);
        s->setSingleStep(0.05);
        s->setDecimals(2);
        s->setValue(value);
        s->setMaximumWidth(64);
        l->addWidget(s);
        connect(s, &QDoubleSpinBox::valueChanged, this, &FilterBar::emitChanged);
        return s;
    };
    minConfidence_ = spin(0);
    l->addWidget(new QLabel(QStringLiteral("–"), this));
    maxConfidence_ = spin(1);
    only_ = new QComboBox(this);
    only_->setObjectName("OnlyRowsChip");
    only_->setVisible(false);
    l->addWidget(only_);
    connect(only_, &QComboBox::activated, this, [this](int index) {
        if (index == 1) setOnlyRows({}, {});
    });
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(150);
    connect(debounce_, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(search_, &QLineEdit::textChanged, debounce_, qOverload<>(&QTimer::start));
    setHasPredictions(false);
    setHasDuplicates(false);
}

void FilterBar::setSchema(const LabelSchema& schema) {
    const QSignalBlocker block(label_);
    label_->clear();
    label_->addItems({tr("All labels"), tr("Unlabelled")});
    for (const LabelDefinition& d : schema.labels())
        label_->addItem(d.name);
}

void FilterBar::setHasPredictions(bool has) {
    correctness_->setEnabled(has);
    minConfidence_->setEnabled(has);
    maxConfidence_->setEnabled(has);
    if (!has) { // a filter the user can no longer see or change would keep hiding memes
        correctness_->setCurrentIndex(0);
        minConfidence_->setValue(0);
        maxConfidence_->setValue(1);
    }
}

void FilterBar::setHasDuplicates(bool has) {
    duplicates_->setEnabled(has);
    duplicates_->setToolTip(has ? tr("Memes that repeat another meme; test memes that repeat a training or "
                                     "validation meme")
                                : tr("Find duplicates first (View ▸ Duplicates)"));
    if (!has) duplicates_->setCurrentIndex(0); // a filter on a result that is gone would show nothing
}

SampleFilter FilterBar::filter() const {
    SampleFilter f;
    f.text = search_->text().trimmed();
    if (split_->currentIndex() > 0) f.split = split_->currentText();
    f.unlabelledOnly = label_->currentIndex() == 1;
    f.label = label_->currentIndex() >= 2 ? label_->currentIndex() - 2 : -1;
    f.ocr = SampleFilter::Ocr(ocr_->currentIndex());
    f.duplicates = SampleFilter::Duplicates(duplicates_->currentIndex());
    if (correctness_->isEnabled()) {
        f.correctness = SampleFilter::Correctness(correctness_->currentIndex());
        f.minConfidence = minConfidence_->value();
        f.maxConfidence = maxConfidence_->value();
    }
    f.onlyRows = onlyRows_;
    f.restrictToRows = restrict_;
    return f;
}

void FilterBar::setOnlyRows(const QVector<qint64>& rows, const QString& description) {
    onlyRows_ = rows;
    restrict_ = !description.isEmpty();
    only_->clear();
    if (restrict_) only_->addItems({description, tr("✕ Show all again")});
    only_->setVisible(restrict_);
    emitChanged();
}

void FilterBar::clear() {
    search_->clear();
    for (QComboBox* c : {split_, label_, ocr_, correctness_, duplicates_})
        c->setCurrentIndex(0);
    minConfidence_->setValue(0);
    maxConfidence_->setValue(1);
    setOnlyRows({}, {});
}

void FilterBar::emitChanged() {
    Q_EMIT filterChanged(filter());
}

} // namespace memescope
