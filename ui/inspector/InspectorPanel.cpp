#include "InspectorPanel.h"

#include "AttentionView.h"
#include "HeatLegend.h"
#include "MemeCanvas.h"
#include "MemeFocusView.h"
#include "core/analysis/StoredAttention.h"
#include "core/imaging/ImageDecoder.h"
#include "core/imaging/Thumbnail.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/labelling/LabelingController.h"
#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace memescope {

namespace {
const QString kPredictionJob = QStringLiteral("inspector-prediction");
const QString kExplanationJob = QStringLiteral("inspector-explanation");
} // namespace

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
    title_->setToolTip(tr("Space or a double-click on the image: the meme full size"));
    layout->addWidget(title_);

    split_ = new QSplitter(Qt::Vertical, this);
    split_->setObjectName("InspectorSplitter");
    split_->setChildrenCollapsible(false);
    attention_ = new AttentionView(split_);
    attention_->canvas()->setDoubleClickFits(false);
    connect(attention_, &AttentionView::focusRequested, this, &InspectorPanel::openFocusView);
    connect(attention_, &AttentionView::explanationWanted, this,
            [this](ExplanationMethod m, int c) { requestExplanation(attention_, m, c); });
    split_->addWidget(attention_);

    // One row per label: its key button and the model's probability beside it (no table to scroll).
    auto* labels = new QWidget(split_);
    auto* labelsLayout = new QVBoxLayout(labels);
    labelsLayout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Labels</b> (keys 1–9)"), labels), 1);
    modelHeader_ = new QLabel(tr("<b>Model</b>"), labels);
    header->addWidget(modelHeader_, 1);
    labelsLayout->addLayout(header);
    labels->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // every label row at full height
    labelRows_ = new QWidget(labels);
    labelRows_->setObjectName("LabelRows");
    auto* rows = new QGridLayout(labelRows_);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setVerticalSpacing(2);
    rows->setColumnStretch(0, 1);
    rows->setColumnStretch(1, 1);
    labelsLayout->addWidget(labelRows_);
    consensus_ = new QLabel(labels);
    consensus_->setObjectName("ConsensusLine");
    consensus_->setWordWrap(true);
    labelsLayout->addWidget(consensus_);
    gates_ = new QLabel(labels);
    gates_->setObjectName("ExpertWeights");
    gates_->setWordWrap(true);
    labelsLayout->addWidget(gates_);
    labelsLayout->addStretch();
    split_->addWidget(labels);

    tabs_ = new QTabWidget(split_);
    tabs_->setObjectName("InspectorTabs");
    text_ = new QPlainTextEdit(tabs_);
    text_->setReadOnly(true);
    tabs_->addTab(text_, tr("Text"));
    attention_->wordList()->setParent(tabs_);
    tabs_->addTab(attention_->wordList(), tr("Words the model reads"));
    history_ = new QListWidget(tabs_);
    history_->setObjectName("LabelHistory");
    tabs_->addTab(history_, tr("Label history"));
    split_->addWidget(tabs_);
    split_->setStretchFactor(0, 6);
    split_->setStretchFactor(1, 0);
    split_->setStretchFactor(2, 2);
    split_->restoreState(QSettings().value("inspector/splitter").toByteArray());
    layout->addWidget(split_, 1);

    connect(session_, &ProjectSession::samplesReloaded, this, [this] {
        rebuildLabelRows();
        showRow(shownRow());
    });
    connect(session_, &ProjectSession::projectClosed, this, [this] {
        rebuildLabelRows();
        showRow(0);
    });
    connect(session_, &ProjectSession::labelsChanged, this, [this](const QVector<qint64>& rows) {
        if (rows.contains(shownRow())) showRow(shownRow());
    });
    connect(session_, &ProjectSession::runSelected, this, [this] { showRow(shownRow()); });
    connect(session_->labeling(), &LabelingController::blindChanged, this, [this] { showRow(shownRow()); });
    connect(session_, &ProjectSession::modelChanged, this, [this] {
        explanations_.clear();
        if (hasSample_ && session_->modelReady()) requestPrediction();
        if (hasSample_ && !session_->modelProblem().isEmpty()) showStoredAttention();
    });
}

InspectorPanel::~InspectorPanel() {
    QSettings().setValue("inspector/splitter", split_->saveState());
}

MemeCanvas* InspectorPanel::canvas() const {
    return attention_->canvas();
}

void InspectorPanel::rebuildLabelRows() {
    const LabelSchema& schema = session_->schema();
    auto* g = static_cast<QGridLayout*>(labelRows_->layout());
    while (QLayoutItem* item = g->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    labelButtons_.clear();
    probabilityBars_.clear();
    for (int i = 0; i < schema.size(); ++i) {
        const LabelDefinition& d = schema.labels()[i];
        auto* b = new QPushButton(
            QStringLiteral("%1  %2").arg(d.hotkey.isEmpty() ? QStringLiteral("·") : d.hotkey, d.name),
            labelRows_);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("LabelButton%1").arg(i));
        b->setToolTip(d.name);
        b->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; padding: 3px 8px; border-left: 6px solid %1; }"
                           "QPushButton:checked { background: %2; }")
                .arg(d.color.name(), d.color.lighter(165).name()));
        connect(b, &QPushButton::clicked, this, [this, i] { Q_EMIT labelToggled(i); });
        g->addWidget(b, i, 0);
        auto* bar = new QProgressBar(labelRows_);
        bar->setObjectName(QStringLiteral("Probability%1").arg(i));
        bar->setRange(0, 1000);
        bar->setTextVisible(true);
        bar->setToolTip(tr("The model's probability of “%1”").arg(d.name));
        g->addWidget(bar, i, 1);
        labelButtons_ << b;
        probabilityBars_ << bar;
    }
    fillProbabilities({});
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
    session_->jobs()->discard(kExplanationJob);
    if (labelButtons_.size() != session_->schema().size()) rebuildLabelRows();
    prediction_ = {};
    pending_ = false;
    gates_->clear();
    hasSample_ = sample != nullptr;
    if (!sample) {
        title_->setText(tr("No meme selected"));
        attention_->setMeme({}, tr("Select a meme in the gallery"), {});
        text_->clear();
        history_->clear();
        consensus_->clear();
        fillProbabilities({});
        for (QPushButton* b : labelButtons_)
            b->setChecked(false);
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
    }
    QVector<OcrWord> words;
    if (store)
        if (const auto ocr = OcrStore(*store).load(sample->id)) words = ocr->result.words;
    if (image.isNull()) {
        // A text-only meme (real datasets ship many before their images are downloaded): its caption is
        // the card, with why there is no picture under it.
        const QString note =
            sample->imageStatus == ImageStatus::Ok
                ? tr("The image cannot be read: %1").arg(why)
                : tr("Text only — no image (%1)").arg(imageStatusToString(sample->imageStatus));
        attention_->setMeme(
            {}, sample->ocrText.trimmed().isEmpty() ? note : sample->ocrText.trimmed() + "\n\n" + note,
            words);
    } else {
        attention_->setMeme(image, {}, words);
    }
    text_->setPlainText(memeText());
    const std::optional<uint64_t> shown = sample->labelMask;
    for (int i = 0; i < labelButtons_.size(); ++i)
        labelButtons_[i]->setChecked(shown && (*shown & (uint64_t(1) << i)));
    showAnswers(sample->id);
    if (storedProbabilities)
        fillProbabilities(*storedProbabilities);
    else
        fillProbabilities({});
    requestPrediction();
    if (!session_->modelProblem().isEmpty()) showStoredAttention();
}

QString InspectorPanel::memeText() const {
    QString text = sample_.ocrText;
    for (const auto& [name, value] :
         {std::pair{tr("Figurative reasoning"), sample_.figurativeReasoning},
          std::pair{tr("Mental state"), sample_.mentalState},
          std::pair{tr("Cause and effect"), sample_.causeEffect},
          std::pair{tr("Figurative understanding"), sample_.figurativeUnderstanding}})
        if (!value.isEmpty()) text += "\n\n" + name + ": " + value;
    return text;
}

void InspectorPanel::fillProbabilities(const QVector<float>& p) {
    // Blind labelling hides the model's suggestion.
    probabilities_ = session_->labeling()->isBlind() ? QVector<float>() : p;
    const bool any = !probabilities_.isEmpty();
    modelHeader_->setVisible(any);
    for (int i = 0; i < probabilityBars_.size(); ++i) {
        QProgressBar* bar = probabilityBars_[i];
        bar->setVisible(any);
        const double v = i < probabilities_.size() ? double(probabilities_[i]) : 0.0;
        bar->setValue(int(v * 1000));
        bar->setFormat(QString::number(v, 'f', 3));
    }
}

void InspectorPanel::requestPrediction() {
    const std::shared_ptr<SharedModel> model = session_->model();
    if (!model || !model->session || !hasSample_) return;
    pending_ = true;
    const QString path = imagePathForModel();
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
            attention_->setMessage(tr("The model could not read this meme: %1").arg(e.message()));
        });
}

void InspectorPanel::showPrediction(const MemePrediction& prediction) {
    pending_ = false;
    prediction_ = prediction;
    fillProbabilities(prediction_.probabilities);
    if (!prediction_.gates.isEmpty() && !probabilities_.isEmpty()) {
        // Only the experts that took part (a top-k mixture leaves the others at 0).
        QStringList g;
        for (int i = 0; i < prediction_.gates.size(); ++i)
            if (prediction_.gates[i] >= 0.005f)
                g << tr("expert %1: %2 %").arg(i + 1).arg(double(prediction_.gates[i]) * 100, 0, 'f', 0);
        gates_->setText(tr("Mixture of experts: %1").arg(g.join(", ")));
        gates_->setToolTip(tr("The model routes every meme through %n expert network(s) and mixes their "
                              "answers with these weights.",
                              "", int(prediction_.gates.size())));
    }
    if (session_->labeling()->isBlind()) {
        // Nothing that reveals the model while labelling blind: no heatmap, no relevance, no probabilities.
        attention_->setMessage(tr("Labelling blind: what the model reads and predicts is hidden."));
        Q_EMIT predictionReady();
        return;
    }
    attention_->setPrediction(prediction_);
    if (const std::shared_ptr<SharedModel> model = session_->model())
        attention_->setExplanationChoices(model->labelNames, prediction_.defaultExplainedClass(),
                                          model->tfidf);
    Q_EMIT predictionReady();
}

void InspectorPanel::showStoredAttention() {
    ProjectStore* store = session_->store();
    if (!store || !session_->runId() || session_->labeling()->isBlind()) return;
    const QString why = tr("The run's model could not be loaded (%1), so no relevance can be computed.")
                            .arg(session_->modelProblem());
    std::optional<RunBlob> blob;
    try {
        blob = RunStore(*store).blob(session_->runId(), sample_.id, "attention");
    } catch (const StoreError&) {
    }
    int side = 0;
    const QVector<float> grid = meanStoredAttention(blob, &side);
    if (side == 0) {
        attention_->setMessage(why);
        return;
    }
    attention_->showHeatmap(
        grid, side, AttentionView::tr("Attention"),
        why + ' ' +
            tr("The heatmap is the attention stored with the run: where the model looked, "
               "averaged over the words, not why."));
}

QString InspectorPanel::imagePathForModel() const {
    if (sample_.imageStatus != ImageStatus::Ok) return {};
    ProjectStore* store = session_->store(); // null for a meme shown outside a project
    return store ? store->resolveStoredPath(sample_.imagePath) : sample_.imagePath;
}

QString InspectorPanel::explanationKey(ExplanationMethod method, int classIndex) const {
    const std::shared_ptr<SharedModel> model = session_->model();
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(quintptr(model.get()))
        .arg(sample_.id)
        .arg(sample_.sampleId)
        .arg(classIndex)
        .arg(explanationMethodToString(method));
}

const MemeExplanation* InspectorPanel::cachedExplanation(ExplanationMethod method, int classIndex) const {
    return hasSample_ ? explanations_.object(explanationKey(method, classIndex)) : nullptr;
}

void InspectorPanel::requestExplanation(AttentionView* view, ExplanationMethod method, int classIndex) {
    const std::shared_ptr<SharedModel> model = session_->model();
    if (!model || !model->session || !hasSample_ || classIndex < 0) return;
    const QString key = explanationKey(method, classIndex);
    if (const MemeExplanation* cached = explanations_.object(key)) {
        view->setExplanation(*cached);
        return;
    }
    const bool slow = method == ExplanationMethod::IntegratedGradients;
    view->setExplanationPending(slow ? tr("Computing integrated gradients (progress and Cancel in the Jobs "
                                          "panel)…")
                                     : tr("Computing %1…").arg(explanationMethodDisplayName(method)));
    const QString path = imagePathForModel();
    const QString text = sample_.ocrText;
    JobSpec spec;
    spec.key = kExplanationJob;
    spec.ifRunning = JobSpec::IfRunning::Replace; // the last choice wins
    if (slow) // a row with progress and Cancel; relevance takes a fraction of a second and stays quiet
        spec.title = tr("Integrated gradients · %1").arg(sample_.sampleId);
    QPointer<AttentionView> target(view);
    session_->jobs()
        ->run<MemeExplanation>(
            spec,
            [model, path, text, classIndex, method, id = sample_.sampleId](JobScope& scope) {
                std::lock_guard<std::mutex> lock(model->mutex);
                MemeExplanation e = model->session->explain(path, text, classIndex, method, 32, scope.job());
                if (!e.cancelled)
                    scope.setOutcome(tr("Integrated gradients for %1 (completeness gap %2)")
                                         .arg(id)
                                         .arg(e.completenessGap, 0, 'g', 2));
                return e;
            })
        .then(this,
              [this, key, target](const MemeExplanation& e) {
                  if (e.cancelled) {
                      if (target) target->setMessage(tr("Cancelled: choose the method again to compute it."));
                      return;
                  }
                  explanations_.insert(key, new MemeExplanation(e));
                  if (target) target->setExplanation(e);
              })
        .onFailed(this, [target](const Error& e) {
            if (target) target->setMessage(tr("No explanation: %1").arg(e.message()));
        });
}

MemeFocusView::Content InspectorPanel::focusContent() const {
    MemeFocusView::Content c;
    c.title = title_->text();
    c.image = canvas()->image();
    c.placeholder = canvas()->image().isNull() ? text_->toPlainText() : QString();
    c.text = memeText();
    c.ocrWords = attention_->ocrWords();
    const bool blind = session_->labeling()->isBlind();
    if (!blind && (!prediction_.probabilities.isEmpty() || prediction_.hasAttention()))
        c.prediction = prediction_;
    c.word = attention_->currentWord();
    const LabelSchema& schema = session_->schema();
    for (int i = 0; i < probabilities_.size(); ++i) // a meme outside a project has no label names
        c.probabilities << QStringLiteral("%1  %2")
                               .arg(i < schema.size() ? schema.labels()[i].name : tr("label %1").arg(i + 1))
                               .arg(double(probabilities_[i]), 0, 'f', 3);
    return c;
}

void InspectorPanel::openFocusView() {
    if (!hasSample_) return;
    MemeFocusView view(focusContent(), window());
    AttentionView* large = view.view();
    connect(large, &AttentionView::explanationWanted, this,
            [this, large](ExplanationMethod m, int c) { requestExplanation(large, m, c); });
    const std::shared_ptr<SharedModel> model = session_->model();
    if (model && model->session && !prediction_.probabilities.isEmpty() && !session_->labeling()->isBlind()) {
        // The same method and class as the inspector shows (cached: no second computation).
        large->setExplanationChoices(model->labelNames, prediction_.defaultExplainedClass(), model->tfidf);
        const QSignalBlocker quiet(large->methodBox());
        large->methodBox()->setCurrentIndex(attention_->methodBox()->currentIndex());
        large->classBox()->setCurrentIndex(-1); // so that the next line always asks for the map
        large->classBox()->setCurrentIndex(attention_->classBox()->currentIndex());
    }
    view.exec();
    session_->jobs()->discard(kExplanationJob); // nothing may land on the closed view
}

QString InspectorPanel::labelNames(uint64_t mask) const {
    return mask ? session_->schema().namesOf(mask).join(", ") : tr("no symptom");
}

void InspectorPanel::showAnswers(qint64 rowId) {
    history_->clear();
    consensus_->clear();
    ProjectStore* store = session_->store();
    if (!store) return;
    const LabelingController* labeling = session_->labeling();
    if (labeling->isBlind()) {
        const auto own = labeling->ownAnswer(rowId);
        consensus_->setText(own ? tr("Your answer: %1").arg(labelNames(*own))
                                : tr("You have not labelled this meme yet."));
        history_->addItem(tr("Hidden while labelling blind"));
        return;
    }
    SampleStore samples(*store);
    LabelConsensus c;
    QVector<AnnotationRecord> history;
    try {
        c = samples.consensus(rowId);
        history = samples.history(rowId);
    } catch (const StoreError& e) {
        consensus_->setText(e.message());
        return;
    }
    if (!c.mask)
        consensus_->setText(tr("Nobody has labelled this meme yet."));
    else if (!c.adjudicator.isEmpty())
        consensus_->setText(tr("Decided by %1 (adjudicator); %2 of %n annotator(s) chose it", "", c.answers)
                                .arg(c.adjudicator)
                                .arg(c.support));
    else if (c.support == 0) // multi-label: each label has its majority, no one ticked exactly these
        consensus_->setText(tr("Each label as the majority of %n annotator(s) chose it", "", c.answers));
    else
        consensus_->setText(tr("%1 of %n annotator(s) chose this label", "", c.answers).arg(c.support));
    for (const AnnotationRecord& a : history) {
        QString who;
        switch (a.origin) {
        case AnnotationOrigin::Dataset:
            who = tr("the dataset file");
            break;
        case AnnotationOrigin::Model:
            who = tr("model suggestion (%1)").arg(a.annotator);
            break;
        case AnnotationOrigin::Human:
            who = a.adjudication ? tr("%1 (adjudicator)").arg(a.annotator) : a.annotator;
            break;
        }
        history_->addItem(QStringLiteral("%1 · %2: %3")
                              .arg(a.createdAt.left(16).replace('T', ' '), who, labelNames(a.labelMask)));
    }
}

} // namespace memescope
