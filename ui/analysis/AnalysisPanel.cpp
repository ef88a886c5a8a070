#include "AnalysisPanel.h"

#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"

#include "ConfusionMatrixWidget.h"
#include "EmbeddingScatter.h"
#include "ScoredMemesModel.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "ui/browser/GalleryTileDelegate.h"
#include "ui/browser/SampleTableModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace memescope {
namespace {

// Classes with fewer memes than this are greyed in the per-class table (the report's threshold too).
constexpr qint64 kFewPositives = 10;

} // namespace

AnalysisPanel::AnalysisPanel(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , model_(session->samples()) {
    setObjectName("AnalysisPanel");
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    split_ = new QComboBox(this);
    split_->addItem(tr("Test split"), "test");
    split_->addItem(tr("Validation split"), "val");
    split_->addItem(tr("Training split"), "train");
    split_->addItem(tr("All labelled"), "");
    kind_ = new QComboBox(this);
    label_ = new QComboBox(this);
    top->addWidget(split_);
    top->addWidget(kind_);
    top->addWidget(label_);
    top->addStretch();
    l->addLayout(top);
    summary_ = new QLabel(this);
    summary_->setObjectName("AnalysisSummary");
    summary_->setWordWrap(true); // the figures with their intervals run long (German): wrapped, not widening
    l->addWidget(summary_);
    auto* tabs = tabs_ = new QTabWidget(this);
    // Errors: the matrix on the left; the per-class table (every label, no scrolling) and the mistakes as
    // thumbnail grids on the right, each split remembered by the splitters.
    auto* errors = new QSplitter(Qt::Horizontal, tabs);
    errors->setObjectName("ErrorsSplitter");
    matrix_ = new ConfusionMatrixWidget(errors);
    errors->addWidget(matrix_);
    auto* right = new QSplitter(Qt::Vertical, errors);
    classes_ = new QTableWidget(0, 5, right);
    classes_->setObjectName("PerClassTable");
    classes_->setHorizontalHeaderLabels(
        {tr("Label"), tr("Precision"), tr("Recall"), tr("F1 (95 % interval)"), tr("Support")});
    classes_->verticalHeader()->hide();
    classes_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    classes_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    classes_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    right->addWidget(classes_);
    auto* verdicts = new QTabWidget(right);
    verdicts->setObjectName("VerdictTabs");
    auto grid = [this, verdicts, session](const QString& name, const QString& scoreFormat,
                                          ScoredMemesModel*& model) {
        auto* view = new QListView(verdicts);
        view->setObjectName(name);
        model = new ScoredMemesModel(session->samples(), view);
        view->setModel(model);
        view->setViewMode(QListView::IconMode);
        view->setResizeMode(QListView::Adjust);
        view->setMovement(QListView::Static);
        view->setUniformItemSizes(true);
        view->setMouseTracking(true);
        auto* tiles =
            new GalleryTileDelegate(session->samples(), 150, view, GalleryTileDelegate::Style::Verdict);
        tiles->setScoreFormat(scoreFormat);
        view->setItemDelegate(tiles);
        view->setGridSize(tiles->tileSize() + QSize(6, 6));
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, model](const QModelIndex& i) {
                    if (i.isValid()) Q_EMIT selectRow(model->rowIdAt(i.row()));
                });
        return view;
    };
    mistakes_ = grid("MistakesGrid", tr("%1 sure"), mistakesModel_);
    mistakes_->setToolTip(tr("Wrong predictions the model was most sure of. Click one to inspect it."));
    verdicts->addTab(mistakes_, tr("Most confident mistakes"));
    suspects_ = grid("SuspectsGrid", tr("p(given) %1"), suspectsModel_);
    suspects_->setToolTip(tr("First the memes whose reposts carry other labels (marked as duplicates; see "
                             "Duplicates), then those whose given labels get the lowest probability from the "
                             "model: perhaps mislabelled. Select one and press a label key to relabel it."));
    verdicts->addTab(suspects_, tr("Suspected label errors"));
    right->addWidget(verdicts);
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    errors->addWidget(right);
    errors->setStretchFactor(0, 3);
    errors->setStretchFactor(1, 2);
    tabs->addTab(errors, tr("Errors"));
    scatter_ = new EmbeddingScatter(session, tabs);
    tabs->addTab(scatter_, tr("Embeddings"));
    connect(scatter_, &EmbeddingScatter::selectRow, this, &AnalysisPanel::selectRow);
    connect(scatter_, &EmbeddingScatter::showRows, this, &AnalysisPanel::showRows);
    l->addWidget(tabs, 1);

    connect(split_, &QComboBox::currentIndexChanged, this, &AnalysisPanel::refresh);
    // The embedding view shows the memes of the split the panel's figures are about.
    connect(split_, &QComboBox::currentIndexChanged, this,
            [this] { scatter_->setSplit(split_->currentData().toString()); });
    connect(session, &ProjectSession::samplesReloaded, this, &AnalysisPanel::refresh);
    connect(session, &ProjectSession::runSelected, this, &AnalysisPanel::refresh);
    connect(session, &ProjectSession::labelsChanged, this, &AnalysisPanel::refresh);
    connect(session, &ProjectSession::predictionsChanged, this, &AnalysisPanel::refresh);
    connect(session, &ProjectSession::projectClosed, this, &AnalysisPanel::refresh);
    connect(session, &ProjectSession::duplicatesChanged, this, &AnalysisPanel::refresh);
    connect(kind_, &QComboBox::currentIndexChanged, this, &AnalysisPanel::refresh);
    connect(label_, &QComboBox::currentIndexChanged, this, &AnalysisPanel::refresh);
    connect(matrix_, &ConfusionMatrixWidget::cellClicked, this, [this](int i, int j) {
        const QStringList names = model_->schema().names();
        QString what;
        if (kind() == MatrixKind::PerLabel)
            what = tr("%1: truth %2, predicted %3")
                       .arg(label_->currentText(), i ? tr("yes") : tr("no"), j ? tr("yes") : tr("no"));
        else
            what = tr("true %1 → predicted %2").arg(names.value(i), names.value(j));
        Q_EMIT showRows(rowsOfCell(i, j), QStringLiteral("%1 (%2)").arg(what, split_->currentText()));
    });
}

void AnalysisPanel::showEmbeddings() {
    tabs_->setCurrentWidget(scatter_);
}

QString AnalysisPanel::splitName() const {
    return split_->currentData().toString();
}

MatrixKind AnalysisPanel::kind() const {
    if (!model_->schema().isMultiLabel()) return MatrixKind::Confusion;
    return kind_->currentIndex() == 1 ? MatrixKind::PerLabel : MatrixKind::Cooccurrence;
}

QVector<qint64> AnalysisPanel::rowsOfCell(int i, int j) const {
    return ErrorAnalysis(model_->samples(), model_->schema(), model_->predictions(), splitName())
        .cellRows(kind(), i, j, std::max(0, label_->currentIndex()));
}

void AnalysisPanel::refresh() {
    const LabelSchema& schema = model_->schema();
    {
        const QSignalBlocker b1(kind_), b2(label_);
        const bool multi = schema.isMultiLabel();
        if (kind_->count() != (multi ? 2 : 1)) {
            kind_->clear();
            if (multi)
                kind_->addItems({tr("True vs predicted co-occurrence"), tr("Per-label 2 × 2")});
            else
                kind_->addItem(tr("Confusion matrix"));
        }
        if (label_->count() != schema.size()) {
            label_->clear();
            label_->addItems(schema.names());
        }
        label_->setVisible(multi && kind_->currentIndex() == 1);
    }
    const ErrorAnalysis analysis(model_->samples(), model_->schema(), model_->predictions(), splitName());
    mistakesModel_->setItems({});
    suspectsModel_->setItems({});
    classes_->setRowCount(0);
    if (!model_->hasPredictions() || analysis.sampleCount() == 0) {
        summary_->setText(model_->hasPredictions() ? tr("No labelled memes with predictions in this split.")
                                                   : tr("Select a run (toolbar) to analyse its errors."));
        matrix_->setMatrix({}, {}, {}, {}, {});
        return;
    }
    // The figures now; their bootstrap intervals from a quiet job (never on the GUI thread).
    const SplitEvaluation e = analysis.evaluation(false);
    showSummary(e);
    const QStringList names = schema.names();
    if (kind() == MatrixKind::PerLabel) {
        const int l = std::max(0, label_->currentIndex());
        matrix_->setMatrix(e.perLabelConfusion.value(l), {tr("no"), tr("yes")}, {tr("no"), tr("yes")},
                           tr("true: %1").arg(names.value(l)), tr("predicted"));
    } else {
        matrix_->setMatrix(e.confusion, names, names, tr("true label"), tr("predicted label"));
    }
    for (int i = 0; i < e.perClass.size(); ++i) {
        const ClassFigures& c = e.perClass[i];
        const int row = classes_->rowCount();
        classes_->insertRow(row);
        const QStringList texts = {c.label, QString::number(c.precision, 'f', 3),
                                   QString::number(c.recall, 'f', 3), QString::number(c.f1, 'f', 3),
                                   QString::number(c.support)};
        // A class carried by a handful of memes is greyed, as in the report: its figures can move a lot with
        // a few more memes.
        const bool few = c.support < kFewPositives;
        for (int col = 0; col < texts.size(); ++col) {
            auto* item = new QTableWidgetItem(texts[col]);
            if (few) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(
                    tr("Figures from fewer than %1 memes: the interval is wide").arg(kFewPositives));
            }
            classes_->setItem(row, col, item);
        }
    }
    classes_->horizontalHeader()->setSectionResizeMode(0,
                                                       QHeaderView::Interactive); // measured, then stretched
    classes_->resizeColumnsToContents();
    // Every label and every column shown: the table is as tall as its rows and never narrower than them.
    int width = 2 * classes_->frameWidth() + 2;
    for (int c = 0; c < classes_->columnCount(); ++c)
        width += classes_->columnWidth(c);
    classes_->setMinimumWidth(width);
    classes_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    classes_->setFixedHeight(classes_->horizontalHeader()->sizeHint().height() + 2 * classes_->frameWidth() +
                             classes_->verticalHeader()->length() + 2);
    mistakesModel_->setItems(analysis.misclassified().mid(0, 200));
    // Memes whose reposts were labelled otherwise lead the suspects (the Duplicates view found them).
    QSet<qint64> conflicting;
    if (const auto duplicates = session_->duplicates())
        for (const int64_t row : duplicates->conflictingRowIds())
            conflicting.insert(qint64(row));
    suspectsModel_->setItems(analysis.suspectedLabelErrors(100, conflicting));

    JobSpec spec; // quiet: no Jobs row; a newer refresh replaces it
    spec.key = QStringLiteral("analysis-intervals");
    spec.ifRunning = JobSpec::IfRunning::Replace;
    const int generation = ++generation_;
    session_->jobs()
        ->run<SplitEvaluation>(spec,
                               [samples = model_->samples(), schema = model_->schema(),
                                predictions = model_->predictions(), split = splitName()](JobScope&) {
                                   return ErrorAnalysis(samples, schema, predictions, split).evaluation(true);
                               })
        .then(this, [this, generation](const SplitEvaluation& withIntervals) {
            if (generation == generation_) showIntervals(withIntervals);
        });
}

// The split's figures, each with its 95 % interval once known ("0.751 (0.67–0.82)").
void AnalysisPanel::showSummary(const SplitEvaluation& e) {
    const SplitIntervals ci = e.intervals.value_or(SplitIntervals{});
    QString text = tr("%1 memes · accuracy %2 · macro-F1 %3 · weighted-F1 %4 · micro-F1 %5")
                       .arg(e.samples)
                       .arg(withInterval(e.accuracy, ci.accuracy), withInterval(e.macroF1, ci.macroF1),
                            withInterval(e.weightedF1, ci.weightedF1), withInterval(e.microF1, ci.microF1));
    if (e.intervals && e.intervals->reason.isEmpty()) text += " · " + tr("95 % bootstrap intervals");
    summary_->setText(text);
}

void AnalysisPanel::showIntervals(const SplitEvaluation& e) {
    showSummary(e);
    for (int i = 0; i < e.perClass.size() && i < classes_->rowCount(); ++i) {
        QTableWidgetItem* f1 = classes_->item(i, 3);
        if (!f1) continue;
        // F1 with its 95 % interval: how far the split's memes pin it down.
        IntervalFigure ci;
        if (e.intervals && i < e.intervals->perClassF1.size()) ci = e.intervals->perClassF1[i];
        if (!ci.shown && ci.reason.isEmpty() && e.intervals) ci.reason = e.intervals->reason; // the split's
        f1->setText(withInterval(e.perClass[i].f1, ci));
        const bool few = e.perClass[i].support < kFewPositives;
        const QString fewNote =
            tr("Figures from fewer than %1 memes: the interval is wide").arg(kFewPositives);
        if (!ci.shown) {
            const QString why =
                tr("No interval: %1").arg(ci.reason.isEmpty() ? tr("not computed") : ci.reason);
            f1->setToolTip(few ? fewNote + '\n' + why : why);
        }
    }
    classes_->resizeColumnToContents(3);
}

} // namespace memescope
