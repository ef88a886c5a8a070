#include "InspectorPanel.h"

#include "MemeCanvas.h"
#include "core/imaging/Heatmap.h"
#include "core/imaging/ImageDecoder.h"
#include "core/imaging/Thumbnail.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace memescope {

namespace {
const QString kPredictionJob = QStringLiteral("inspector-prediction");
}

InspectorPanel::InspectorPanel(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , session_(session) {
    setObjectName("InspectorPanel");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    title_ = new QLabel(tr("No meme selected"), this);
    title_->setObjectName("InspectorTitle");
    QFont f = title_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    title_->setFont(f);
    layout->addWidget(title_);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName("InspectorSplitter");
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    canvas_ = new MemeCanvas(top);
    topLayout->addWidget(canvas_, 1);
    auto* controls = new QHBoxLayout;
    showWords_ = new QCheckBox(tr("OCR boxes"), top);
    showWords_->setChecked(true);
    showWords_->setToolTip(tr("Tesseract's word boxes, red (unsure) to green (confident)"));
    connect(showWords_, &QCheckBox::toggled, canvas_, &MemeCanvas::setShowWords);
    controls->addWidget(showWords_);
    controls->addWidget(new QLabel(tr("Heatmap"), top));
    opacity_ = new QSlider(Qt::Horizontal, top);
    opacity_->setRange(0, 100);
    opacity_->setValue(50);
    opacity_->setMaximumWidth(140);
    connect(opacity_, &QSlider::valueChanged, this, [this](int v) { canvas_->setOpacity(v / 100.0); });
    controls->addWidget(opacity_);
    legend_ = new QLabel(top);
    legend_->setPixmap(QPixmap::fromImage(Heatmap::legend(110, 12)));
    legend_->setToolTip(tr("attention: low (dark) to high (bright)"));
    controls->addWidget(legend_);
    controls->addStretch();
    topLayout->addLayout(controls);
    heatCaption_ = new QLabel(top);
    heatCaption_->setWordWrap(true);
    heatCaption_->setObjectName("HeatmapCaption");
    topLayout->addWidget(heatCaption_);

    auto* bottom = new QWidget(split);
    auto* grid = new QGridLayout(bottom);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("<b>Labels</b> (keys 1–9)"), bottom), 0, 0);
    labelButtons_ = new QWidget(bottom);
    new QGridLayout(labelButtons_);
    labelButtons_->layout()->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(labelButtons_, 1, 0);
    grid->addWidget(new QLabel(tr("<b>Model</b>"), bottom), 0, 1);
    probabilities_ = new QTableWidget(0, 2, bottom);
    probabilities_->setObjectName("ProbabilityTable");
    probabilities_->horizontalHeader()->hide();
    probabilities_->verticalHeader()->hide();
    probabilities_->horizontalHeader()->setStretchLastSection(true);
    probabilities_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    probabilities_->setSelectionMode(QAbstractItemView::NoSelection);
    probabilities_->setMinimumWidth(150);
    grid->addWidget(probabilities_, 1, 1);
    gates_ = new QLabel(bottom);
    gates_->setWordWrap(true);
    grid->addWidget(gates_, 2, 1);
    grid->addWidget(new QLabel(tr("<b>Text</b>"), bottom), 3, 0);
    text_ = new QPlainTextEdit(bottom);
    text_->setReadOnly(true);
    grid->addWidget(text_, 4, 0);
    grid->addWidget(new QLabel(tr("<b>Words the model reads</b> (click one; drag over the image)"), bottom),
                    3, 1);
    units_ = new QListWidget(bottom);
    units_->setObjectName("UnitList");
    connect(units_, &QListWidget::currentRowChanged, this, &InspectorPanel::showWordHeatmap);
    grid->addWidget(units_, 4, 1);
    grid->addWidget(new QLabel(tr("<b>History</b>"), bottom), 5, 0, 1, 2);
    history_ = new QListWidget(bottom);
    history_->setMaximumHeight(90);
    grid->addWidget(history_, 6, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(canvas_, &MemeCanvas::wordClicked, this, [this](int index) {
        if (!prediction_.hasAttention() || index < 0 || index >= words_.size()) return;
        // OCR word -> the caption word with the same letters (case and punctuation aside), when there is one.
        auto letters = [](const QString& s) {
            QString out;
            for (const QChar c : s)
                if (c.isLetterOrNumber()) out += c.toLower();
            return out;
        };
        const QString w = letters(words_[index].text);
        for (int k = 0; k < prediction_.words.size(); ++k)
            if (!w.isEmpty() && letters(prediction_.words[k].text) == w) {
                units_->setCurrentRow(k);
                return;
            }
        heatCaption_->setText(tr("“%1” is not among the words the model read").arg(words_[index].text));
    });
    connect(canvas_, &MemeCanvas::regionSelected, this, &InspectorPanel::showRegion);

    connect(session_, &ProjectSession::samplesReloaded, this, [this] {
        rebuildLabelButtons();
        showRow(shownRow());
    });
    connect(session_, &ProjectSession::projectClosed, this, [this] {
        rebuildLabelButtons();
        showRow(0);
    });
    connect(session_, &ProjectSession::labelsChanged, this, [this](const QVector<qint64>& rows) {
        if (rows.contains(shownRow())) showRow(shownRow());
    });
    connect(session_, &ProjectSession::runSelected, this, [this] { showRow(shownRow()); });
    connect(session_, &ProjectSession::modelChanged, this, [this] {
        if (hasSample_ && session_->modelReady()) requestPrediction();
    });
}

void InspectorPanel::rebuildLabelButtons() {
    const LabelSchema& schema = session_->schema();
    auto* g = static_cast<QGridLayout*>(labelButtons_->layout());
    while (QLayoutItem* item = g->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < schema.size(); ++i) {
        const LabelDefinition& d = schema.labels()[i];
        auto* b = new QPushButton(
            QStringLiteral("%1  %2").arg(d.hotkey.isEmpty() ? QStringLiteral("·") : d.hotkey, d.name),
            labelButtons_);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("LabelButton%1").arg(i));
        b->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; padding: 3px 8px; border-left: 6px solid %1; }"
                           "QPushButton:checked { background: %2; }")
                .arg(d.color.name(), d.color.lighter(165).name()));
        connect(b, &QPushButton::clicked, this, [this, i] { Q_EMIT labelToggled(i); });
        g->addWidget(b, i, 0);
    }
}

void InspectorPanel::showRow(qint64 rowId) {
    const SampleTableModel* samples = session_->samples();
    const int row = rowId ? samples->rowOf(rowId) : -1;
    if (row < 0) {
        showSample(nullptr, nullptr);
        return;
    }
    const SampleRecord& s = samples->sampleAt(row);
    showSample(&s, samples->probabilitiesOf(s.id));
}

void InspectorPanel::showSample(const SampleRecord* sample, const QVector<float>* storedProbabilities) {
    session_->jobs()->discard(kPredictionJob); // the last meme's prediction must not land on this one
    if (static_cast<QGridLayout*>(labelButtons_->layout())->count() != session_->schema().size())
        rebuildLabelButtons();
    prediction_ = {};
    pending_ = false;
    units_->clear();
    heatCaption_->clear();
    gates_->clear();
    history_->clear();
    hasSample_ = sample != nullptr;
    auto* g = static_cast<QGridLayout*>(labelButtons_->layout());
    if (!sample) {
        title_->setText(tr("No meme selected"));
        canvas_->setImage({}, tr("Select a meme in the gallery"));
        text_->clear();
        probabilities_->setRowCount(0);
        for (int i = 0; i < g->count(); ++i)
            static_cast<QPushButton*>(g->itemAt(i)->widget())->setChecked(false);
        return;
    }
    sample_ = *sample;
    title_->setText(QStringLiteral("%1 · %2").arg(sample->sampleId, sample->split));
    ProjectStore* store = session_->store(); // null for a meme shown outside a project
    QImage image;
    QString why;
    if (sample->imageStatus == ImageStatus::Ok) {
        const DecodedImage d =
            ImageDecoder::decodeFile(store ? store->resolveStoredPath(sample->imagePath) : sample->imagePath);
        if (d.ok())
            image = rgbMatToQImage(d.rgb);
        else
            why = d.error;
    } else {
        why = tr("No image (%1): text-only meme").arg(imageStatusToString(sample->imageStatus));
    }
    canvas_->setImage(image, why);
    words_.clear();
    if (store)
        if (const auto ocr = OcrStore(*store).load(sample->id)) words_ = ocr->result.words;
    canvas_->setWords(words_);
    QString text = sample->ocrText;
    for (const auto& [name, value] :
         {std::pair{tr("Figurative reasoning"), sample->figurativeReasoning},
          std::pair{tr("Mental state"), sample->mentalState},
          std::pair{tr("Cause and effect"), sample->causeEffect},
          std::pair{tr("Figurative understanding"), sample->figurativeUnderstanding}})
        if (!value.isEmpty()) text += "\n\n" + name + ": " + value;
    text_->setPlainText(text);
    for (int i = 0; i < g->count(); ++i)
        static_cast<QPushButton*>(g->itemAt(i)->widget())
            ->setChecked(sample->labelMask && (*sample->labelMask & (uint64_t(1) << i)));
    if (store)
        for (const AnnotationRecord& a : SampleStore(*store).history(sample->id))
            history_->addItem(QStringLiteral("%1  %2 (%3): %4")
                                  .arg(a.createdAt.left(19).replace('T', ' '), a.annotator,
                                       annotationOriginToString(a.origin),
                                       a.labelMask ? session_->schema().namesOf(a.labelMask).join(", ")
                                                   : tr("no symptom")));
    if (storedProbabilities)
        fillProbabilities(*storedProbabilities);
    else
        probabilities_->setRowCount(0);
    requestPrediction();
}

void InspectorPanel::fillProbabilities(const QVector<float>& p) {
    probabilities_->setRowCount(int(p.size()));
    for (int i = 0; i < p.size(); ++i) {
        probabilities_->setItem(i, 0, new QTableWidgetItem(session_->schema().labels().value(i).name));
        auto* bar = new QProgressBar(probabilities_);
        bar->setRange(0, 1000);
        bar->setValue(int(p[i] * 1000));
        bar->setFormat(QString::number(double(p[i]), 'f', 3));
        probabilities_->setCellWidget(i, 1, bar);
    }
    probabilities_->resizeColumnToContents(0);
}

void InspectorPanel::requestPrediction() {
    const std::shared_ptr<SharedModel> model = session_->model();
    if (!model || !model->session || !hasSample_) return;
    pending_ = true;
    ProjectStore* store = session_->store();
    const QString path = sample_.imageStatus != ImageStatus::Ok ? QString()
                         : store                                ? store->resolveStoredPath(sample_.imagePath)
                                                                : sample_.imagePath;
    const QString text = sample_.ocrText;
    JobSpec spec;
    spec.key = kPredictionJob;
    spec.ifRunning = JobSpec::IfRunning::Replace;
    session_->jobs()
        ->run<MemePrediction>(spec,
                              [model, path, text](JobScope&) {
                                  std::lock_guard<std::mutex> lock(model->mutex);
                                  return model->session->predict(path, text);
                              })
        .then(this, [this](const MemePrediction& p) { showPrediction(p); })
        .onFailed(this, [this](const Error& e) {
            pending_ = false;
            heatCaption_->setText(tr("The model could not read this meme: %1").arg(e.message()));
        });
}

void InspectorPanel::showPrediction(const MemePrediction& prediction) {
    pending_ = false;
    prediction_ = prediction;
    fillProbabilities(prediction_.probabilities);
    if (!prediction_.gates.isEmpty()) {
        QStringList g;
        for (int i = 0; i < prediction_.gates.size(); ++i)
            g << QStringLiteral("E%1 %2").arg(i + 1).arg(double(prediction_.gates[i]), 0, 'f', 2);
        gates_->setText(tr("Expert gates: %1").arg(g.join(" · ")));
    }
    // The caption's words as the reader wrote them (sub-word pieces joined, special tokens left out).
    units_->clear();
    int firstWord = -1;
    for (const CaptionWord& w : prediction_.words) {
        if (firstWord < 0 && !w.text.isEmpty() && w.text.at(0).isLetterOrNumber())
            firstWord = int(units_->count());
        auto* item = new QListWidgetItem(w.text, units_);
        if (w.units.size() > 1)
            item->setToolTip(tr("read by the model as %n piece(s)", "", int(w.units.size())));
    }
    if (!prediction_.hasAttention())
        heatCaption_->setText(prediction_.hasImage
                                  ? tr("This model's fusion has no token-level attention to draw.")
                                  : tr("No image: nothing to attend to."));
    else
        units_->setCurrentRow(firstWord); // a heatmap at once: where the first word looks
    Q_EMIT predictionReady();
}

void InspectorPanel::showWordHeatmap(int word) {
    if (word < 0 || word >= units_->count() || !prediction_.hasAttention()) return;
    const QVector<float> grid = prediction_.patchAttentionForWord(word);
    canvas_->setHeatmap(grid, prediction_.gridSide);
    heatCaption_->setText(
        tr("Where “%1” looks in the image (model attention, averaged over %2 layers × %3 heads)")
            .arg(units_->item(word)->text())
            .arg(prediction_.layers)
            .arg(prediction_.heads));
}

void InspectorPanel::showRegion(const QRectF& imageRect) {
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
        heatCaption_->setText(tr("That region is outside the square the vision encoder sees (dashed)."));
        return;
    }
    const QVector<float> w = prediction_.wordAttentionForPatches(patches);
    float top = 0;
    for (float v : w)
        top = std::max(top, v);
    for (int u = 0; u < units_->count() && u < w.size(); ++u) {
        const QColor c = Heatmap::colorAt(top > 0 ? w[u] / top : 0);
        units_->item(u)->setBackground(c);
        units_->item(u)->setForeground(c.lightness() < 128 ? Qt::white : Qt::black);
        units_->item(u)->setToolTip(tr("attention from the region: %1").arg(double(w[u]), 0, 'f', 3));
    }
    heatCaption_->setText(
        tr("Words the %n selected patch(es) attend to, brightest = most", "", int(patches.size())));
}

} // namespace memescope
