#include "AttentionView.h"

#include "HeatLegend.h"
#include "MemeCanvas.h"
#include "core/imaging/Heatmap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>

namespace memescope {

AttentionView::AttentionView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    explainBar_ = new QWidget(this);
    explainBar_->setObjectName("ExplanationBar");
    auto* bar = new QHBoxLayout(explainBar_);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("Explain"), explainBar_));
    method_ = new QComboBox(explainBar_);
    method_->setObjectName("ExplanationMethod");
    method_->setToolTip(
        tr("Relevance: gradient-weighted attention rollout (Chefer et al. 2021), what raised the class's "
           "score. Integrated gradients (Sundararajan et al. 2017): slower, axiomatic. Raw attention: where "
           "the model looked, not why."));
    bar->addWidget(method_);
    bar->addWidget(new QLabel(tr("for"), explainBar_));
    class_ = new QComboBox(explainBar_);
    class_->setObjectName("ExplanationClass");
    class_->setToolTip(tr("The label whose score is explained (the predicted one by default)"));
    class_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    class_->setMinimumContentsLength(8);
    method_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    method_->setMinimumContentsLength(8);
    bar->addWidget(class_, 1);
    explainBar_->hide();
    layout->addWidget(explainBar_);
    connect(method_, &QComboBox::currentIndexChanged, this, [this] {
        if (method() != ExplanationMethod::WordWeights)
            QSettings().setValue("inspector/explanationMethod", explanationMethodToString(method()));
        choiceChanged();
    });
    connect(class_, &QComboBox::currentIndexChanged, this, &AttentionView::choiceChanged);
    canvas_ = new MemeCanvas(this);
    layout->addWidget(canvas_, 1);
    controls_ = new QWidget(this);
    auto* controls = new QHBoxLayout(controls_);
    controls->setContentsMargins(0, 0, 0, 0);
    showBoxes_ = new QCheckBox(tr("OCR boxes"), controls_);
    showBoxes_->setChecked(true);
    showBoxes_->setToolTip(tr("Tesseract's word boxes, red (unsure) to green (confident)"));
    connect(showBoxes_, &QCheckBox::toggled, canvas_, &MemeCanvas::setShowWords);
    controls->addWidget(showBoxes_);
    controls->addWidget(new QLabel(tr("Heatmap"), controls_));
    opacity_ = new QSlider(Qt::Horizontal, controls_);
    opacity_->setObjectName("HeatmapOpacity");
    opacity_->setRange(0, 100);
    opacity_->setMaximumWidth(120);
    opacity_->setToolTip(tr("Heatmap opacity"));
    connect(opacity_, &QSlider::valueChanged, this, [this](int v) {
        canvas_->setOpacity(v / 100.0);
        QSettings().setValue("inspector/heatmapOpacity", v);
    });
    opacity_->setValue(QSettings().value("inspector/heatmapOpacity", 75).toInt());
    canvas_->setOpacity(opacity_->value() / 100.0);
    controls->addWidget(opacity_);
    controls->addStretch();
    layout->addWidget(controls_);
    // The legend on a line of its own: it carries the method's name and its range, and the inspector must
    // stay narrow enough for a 1366 px screen.
    legend_ = new HeatLegend(this);
    layout->addWidget(legend_);
    caption_ = new QLabel(this);
    caption_->setWordWrap(true);
    caption_->setObjectName("HeatmapCaption");
    layout->addWidget(caption_);

    words_ = new QListWidget(this);
    words_->setObjectName("UnitList");
    words_->setToolTip(tr("The caption's words as the model read them: pick one to see where it looks"));
    connect(words_, &QListWidget::currentRowChanged, this, &AttentionView::showWordHeatmap);
    connect(canvas_, &MemeCanvas::wordClicked, this, &AttentionView::pickOcrWord);
    connect(canvas_, &MemeCanvas::regionSelected, this, &AttentionView::showRegion);
    connect(canvas_, &MemeCanvas::doubleClicked, this, &AttentionView::focusRequested);
}

void AttentionView::setMeme(const QImage& image, const QString& placeholder,
                            const QVector<OcrWord>& ocrWords) {
    prediction_ = {};
    explanation_.reset();
    explainBar_->hide();
    ocr_ = ocrWords;
    words_->clear();
    caption_->clear();
    legend_->clear();
    canvas_->setImage(image, placeholder);
    canvas_->setWords(ocr_);
    controls_->setVisible(!image.isNull()); // no boxes or heatmap on a text-only meme
    legend_->setVisible(!image.isNull());
}

void AttentionView::setPrediction(const MemePrediction& prediction, int word) {
    prediction_ = prediction;
    const QSignalBlocker quiet(words_);
    words_->clear();
    int firstWord = -1;
    for (const CaptionWord& w : prediction_.words) {
        if (firstWord < 0 && !w.text.isEmpty() && w.text.at(0).isLetterOrNumber())
            firstWord = words_->count();
        auto* item = new QListWidgetItem(w.text, words_);
        if (w.units.size() > 1)
            item->setToolTip(tr("read by the model as %n piece(s)", "", int(w.units.size())));
    }
    const int pick = word >= 0 && word < words_->count() ? word : firstWord;
    words_->setCurrentRow(pick);
    // Without an explanation bar (the focus view opened with a prediction only) or with raw attention chosen:
    // where the picked word looks. Otherwise setExplanationChoices follows and asks for the map.
    if (explainBar_->isHidden() || method() == ExplanationMethod::RawAttention) showAttention();
}

void AttentionView::showAttention() {
    if (!prediction_.hasAttention()) {
        canvas_->setHeatmap({}, 0);
        legend_->clear();
        caption_->setText(prediction_.hasImage
                              ? tr("This model's fusion has no token-level attention to draw.")
                              : tr("No image: nothing to attend to."));
        return;
    }
    int pick = words_->currentRow();
    for (int k = 0; pick < 0 && k < prediction_.words.size(); ++k) // a heatmap at once: the first word's
        if (!prediction_.words[k].text.isEmpty() && prediction_.words[k].text.at(0).isLetterOrNumber())
            pick = k;
    const QSignalBlocker quiet(words_);
    words_->setCurrentRow(pick);
    showWordHeatmap(pick);
}

void AttentionView::setExplanationChoices(const QStringList& labels, int predicted, bool tfidfRun) {
    {
        const QSignalBlocker quietMethod(method_), quietClass(class_);
        method_->clear();
        if (tfidfRun) {
            method_->addItem(tr("Word weights"), int(ExplanationMethod::WordWeights));
        } else {
            method_->addItem(tr("Relevance"), int(ExplanationMethod::Relevance));
            method_->addItem(tr("Integrated gradients"), int(ExplanationMethod::IntegratedGradients));
            method_->addItem(tr("Raw attention"), int(ExplanationMethod::RawAttention));
            if (!prediction_.hasAttention()) // a fusion without token attention, or no image
                method_->setItemData(2, tr("This model has no token-level attention for this meme"),
                                     Qt::ToolTipRole);
            const auto remembered = explanationMethodFromString(
                QSettings().value("inspector/explanationMethod", "relevance").toString());
            const int at = remembered ? method_->findData(int(*remembered)) : -1;
            method_->setCurrentIndex(at >= 0 && !(at == 2 && !prediction_.hasAttention()) ? at : 0);
        }
        class_->clear();
        for (int i = 0; i < labels.size(); ++i) {
            class_->addItem(i == predicted ? tr("%1 (predicted)").arg(labels[i]) : labels[i], i);
            class_->setItemData(i, labels[i], Qt::UserRole + 1); // the name alone, for the caption
        }
        class_->setCurrentIndex(predicted >= 0 && predicted < labels.size() ? predicted : 0);
    }
    explainBar_->setVisible(!labels.isEmpty());
    choiceChanged();
}

ExplanationMethod AttentionView::method() const {
    return method_->count() ? ExplanationMethod(method_->currentData().toInt())
                            : ExplanationMethod::RawAttention;
}

int AttentionView::explainedClass() const {
    return class_->currentIndex() >= 0 ? class_->currentData().toInt() : -1;
}

void AttentionView::choiceChanged() {
    explanation_.reset();
    clearWordColours();
    if (explainBar_->isHidden() || explainedClass() < 0) return;
    if (method() == ExplanationMethod::RawAttention) {
        if (!prediction_.hasAttention()) {
            canvas_->setHeatmap({}, 0);
            legend_->clear();
            caption_->setText(prediction_.hasImage ? tr("This model's fusion has no token-level attention to "
                                                        "draw: choose Relevance.")
                                                   : tr("No image: nothing to attend to."));
            return;
        }
        showAttention();
        return;
    }
    Q_EMIT explanationWanted(method(), explainedClass());
}

void AttentionView::setExplanationPending(const QString& text) {
    canvas_->setHeatmap({}, 0);
    legend_->clear();
    caption_->setText(text);
}

void AttentionView::clearWordColours() {
    for (int u = 0; u < words_->count(); ++u) {
        words_->item(u)->setData(Qt::BackgroundRole, {});
        words_->item(u)->setData(Qt::ForegroundRole, {});
    }
}

void AttentionView::setExplanation(const MemeExplanation& e) {
    if (e.method != method() || e.classIndex != explainedClass()) return; // the user has moved on
    explanation_ = e;
    const QString className = class_->currentData(Qt::UserRole + 1).toString();
    if (words_->count() != e.words.size()) { // a TF-IDF run reads whitespace-separated words
        const QSignalBlocker quiet(words_);
        words_->clear();
        for (const CaptionWord& w : e.words)
            words_->addItem(w.text);
    }
    float topWord = 0;
    for (const float v : e.wordRelevance)
        topWord = std::max(topWord, v);
    for (int u = 0; u < words_->count() && u < e.wordRelevance.size(); ++u) {
        const float v = e.wordRelevance[u];
        QListWidgetItem* item = words_->item(u);
        if (topWord > 0 && v > 0) {
            const QColor c = Heatmap::colorAt(v / topWord);
            item->setBackground(c);
            item->setForeground(c.lightness() < 128 ? Qt::white : Qt::black);
        } else {
            item->setData(Qt::BackgroundRole, {});
            item->setData(Qt::ForegroundRole, {});
        }
        item->setToolTip(tr("%1 for “%2”: %3")
                             .arg(explanationMethodDisplayName(e.method), className)
                             .arg(double(v), 0, 'g', 3));
    }
    const QString name = e.method == ExplanationMethod::WordWeights           ? tr("Word weights")
                         : e.method == ExplanationMethod::IntegratedGradients ? tr("Integrated gradients")
                                                                              : tr("Relevance");
    QString caption;
    QVector<float> grid = e.patchRelevance;
    float top = 0;
    for (float& v : grid)
        top = std::max(top, v = std::max(0.f, v)); // what raised the score; what lowered it is not drawn
    const bool drawn = e.hasImage && !grid.isEmpty() && top > 0;
    if (drawn)
        caption = tr("%1 for “%2”: what raised the class's score, in the picture and the words (brightest = "
                     "most).")
                      .arg(explanationMethodDisplayName(e.method), className);
    else
        caption = e.method == ExplanationMethod::WordWeights
                      ? tr("%1 for “%2”: each word's coefficient × tf-idf in the TF-IDF model (brightest = "
                           "raises the score most); the model does not see the picture.")
                            .arg(explanationMethodDisplayName(e.method), className)
                  : !e.hasImage
                      ? tr("%1 for “%2”: no image, so the words alone (brightest = most).")
                            .arg(explanationMethodDisplayName(e.method), className)
                      : tr("%1 for “%2”: nothing in the picture raised the class's score; the words "
                           "are coloured by what did.")
                            .arg(explanationMethodDisplayName(e.method), className);
    if (e.method == ExplanationMethod::IntegratedGradients)
        caption += ' ' + tr("Negative attributions (against the class) are not drawn; completeness gap %1.")
                             .arg(e.completenessGap, 0, 'g', 2);
    showHeatmap(drawn ? grid : QVector<float>(), e.gridSide, name, caption);
}

int AttentionView::currentWord() const {
    return words_->currentRow();
}

void AttentionView::setMessage(const QString& text) {
    caption_->setText(text);
}

void AttentionView::pickOcrWord(int index) {
    if (index < 0 || index >= ocr_.size() || words_->count() == 0) return;
    const QString w = wordKey(ocr_[index].text);
    for (int k = 0; k < prediction_.words.size(); ++k)
        if (!w.isEmpty() && wordKey(prediction_.words[k].text) == w) {
            words_->setCurrentRow(k);
            return;
        }
    caption_->setText(tr("“%1” is not among the words the model read").arg(ocr_[index].text));
}

void AttentionView::showWordHeatmap(int word) {
    if (word < 0 || word >= words_->count() || !prediction_.hasAttention()) return;
    if (!explainBar_->isHidden() && method() != ExplanationMethod::RawAttention) return; // one map per class
    showHeatmap(prediction_.patchAttentionForWord(word), prediction_.gridSide, tr("Attention"),
                tr("Where “%1” looks in the image (model attention, averaged over %2 layers × %3 heads)")
                    .arg(words_->item(word)->text())
                    .arg(prediction_.layers)
                    .arg(prediction_.heads));
}

void AttentionView::showHeatmap(const QVector<float>& grid, int side, const QString& legendName,
                                const QString& caption) {
    canvas_->setHeatmap(grid, side);
    if (grid.isEmpty()) {
        legend_->clear();
    } else {
        const auto [low, high] = std::minmax_element(grid.begin(), grid.end());
        legend_->setName(legendName);
        legend_->setRange(*low, *high);
    }
    caption_->setText(caption);
}

void AttentionView::showRegion(const QRectF& imageRect) {
    if (!prediction_.hasAttention()) return;
    if (!explainBar_->isHidden() && method() != ExplanationMethod::RawAttention) {
        caption_->setText(tr("Dragging over the image shows which words look there: choose Raw attention."));
        return;
    }
    const QRectF crop = canvas_->cropRect();
    const int side = prediction_.gridSide;
    QVector<int> patches;
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c) {
            const QRectF cell(crop.x() + crop.width() * c / side, crop.y() + crop.height() * r / side,
                              crop.width() / side, crop.height() / side);
            if (cell.intersects(imageRect)) patches << r * side + c;
        }
    if (patches.isEmpty()) {
        caption_->setText(tr("That region is outside the square the vision encoder sees (dashed)."));
        return;
    }
    const QVector<float> w = prediction_.wordAttentionForPatches(patches);
    float top = 0;
    for (float v : w)
        top = std::max(top, v);
    for (int u = 0; u < words_->count() && u < w.size(); ++u) {
        const QColor c = Heatmap::colorAt(top > 0 ? w[u] / top : 0);
        words_->item(u)->setBackground(c);
        words_->item(u)->setForeground(c.lightness() < 128 ? Qt::white : Qt::black);
        words_->item(u)->setToolTip(tr("attention from the region: %1").arg(double(w[u]), 0, 'f', 3));
    }
    caption_->setText(
        tr("Words the %n selected patch(es) attend to, brightest = most", "", int(patches.size())));
}

} // namespace memescope
