#include "AttentionView.h"

#include "HeatLegend.h"
#include "MemeCanvas.h"
#include "core/imaging/Heatmap.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>

namespace memescope {

namespace {
// Letters and digits, lower-cased: an OCR word and a caption word match whatever the case and punctuation.
QString letters(const QString& s) {
    QString out;
    for (const QChar c : s)
        if (c.isLetterOrNumber()) out += c.toLower();
    return out;
}
} // namespace

AttentionView::AttentionView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    legend_ = new HeatLegend(controls_);
    controls->addWidget(legend_);
    controls->addStretch();
    layout->addWidget(controls_);
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
    ocr_ = ocrWords;
    words_->clear();
    caption_->clear();
    legend_->clear();
    canvas_->setImage(image, placeholder);
    canvas_->setWords(ocr_);
    controls_->setVisible(!image.isNull()); // no boxes or heatmap on a text-only meme
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
    if (!prediction_.hasAttention()) {
        canvas_->setHeatmap({}, 0);
        legend_->clear();
        caption_->setText(prediction_.hasImage
                              ? tr("This model's fusion has no token-level attention to draw.")
                              : tr("No image: nothing to attend to."));
        return;
    }
    const int pick = word >= 0 && word < words_->count() ? word : firstWord;
    words_->setCurrentRow(pick); // a heatmap at once: where the first word looks
    showWordHeatmap(pick);
}

int AttentionView::currentWord() const {
    return words_->currentRow();
}

void AttentionView::setMessage(const QString& text) {
    caption_->setText(text);
}

void AttentionView::pickOcrWord(int index) {
    if (!prediction_.hasAttention() || index < 0 || index >= ocr_.size()) return;
    const QString w = letters(ocr_[index].text);
    for (int k = 0; k < prediction_.words.size(); ++k)
        if (!w.isEmpty() && letters(prediction_.words[k].text) == w) {
            words_->setCurrentRow(k);
            return;
        }
    caption_->setText(tr("“%1” is not among the words the model read").arg(ocr_[index].text));
}

void AttentionView::showWordHeatmap(int word) {
    if (word < 0 || word >= words_->count() || !prediction_.hasAttention()) return;
    const QVector<float> grid = prediction_.patchAttentionForWord(word);
    canvas_->setHeatmap(grid, prediction_.gridSide);
    if (!grid.isEmpty()) {
        const auto [low, high] = std::minmax_element(grid.begin(), grid.end());
        legend_->setRange(*low, *high);
    }
    caption_->setText(
        tr("Where “%1” looks in the image (model attention, averaged over %2 layers × %3 heads)")
            .arg(words_->item(word)->text())
            .arg(prediction_.layers)
            .arg(prediction_.heads));
}

void AttentionView::showRegion(const QRectF& imageRect) {
    if (!prediction_.hasAttention()) return;
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
