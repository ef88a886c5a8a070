#include "TrainingDock.h"

#include "core/engine/EpochRecords.h"

#include "core/engine/ModelDescription.h"

#include "TrainingDialog.h"
#include "core/analysis/RunComparison.h"
#include "core/analysis/RunSummary.h"
#include "core/engine/ModelConfigJson.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"

#include "ui/common/CustomPlot.h"
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace memescope {
namespace {

enum Graph { LossGraph, ValLossGraph, MacroGraph, WeightedGraph, FixedGraphs };
const QString kTrainingJob = QStringLiteral("training");
constexpr int kSearchedRole = Qt::UserRole + 1; // a run row's texts the filter looks in
const QString kCompareJob = QStringLiteral("compare-runs");

// A run's stored settings resolved (CLI runs stored only what differed from the preset); nullopt when they
// cannot be read (a run of a newer version).
std::optional<ml::ModelConfig> resolvedConfig(const RunRecord& run) {
    try {
        return modelConfigFromJson(run.config);
    } catch (const EngineError&) {
        return std::nullopt;
    }
}

// A run's model in a few words for the Runs table (every setting is in Compare Selected Runs).
QString configSummary(const RunRecord& run) {
    const std::optional<ml::ModelConfig> c = resolvedConfig(run);
    return c ? describeModel(*c) : TrainingDock::tr("(settings unreadable)");
}

QString statusText(RunStatus status) {
    switch (status) {
    case RunStatus::Created:
        return TrainingDock::tr("not started");
    case RunStatus::Running:
        return TrainingDock::tr("running or interrupted");
    case RunStatus::Finished:
        return TrainingDock::tr("finished");
    case RunStatus::Cancelled:
        return TrainingDock::tr("cancelled (resumable)");
    case RunStatus::Failed:
        return TrainingDock::tr("failed");
    }
    return {};
}

// The metric's name in the user's language (compareRuns names them in English, for the CLI's JSON).
QString metricName(const QString& english) {
    if (english == QLatin1String("accuracy")) return TrainingDock::tr("accuracy");
    if (english == QLatin1String("macro-F1")) return TrainingDock::tr("macro-F1");
    if (english == QLatin1String("weighted-F1")) return TrainingDock::tr("weighted-F1");
    if (english == QLatin1String("micro-F1")) return TrainingDock::tr("micro-F1");
    return english;
}

QString signedNumber(double v) {
    return (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', 3);
}

// The test split's comparison: per metric A, B, B − A with its paired-bootstrap interval and the
// randomisation test's p-value, then in words whether the difference stands out from noise.
QString comparisonHtml(const RunComparison& c) {
    QString h = "<p>" +
                TrainingDock::tr("%1 (A) against %2 (B) on the same %3 test memes; they predict %4 of them "
                                 "differently.")
                    .arg(c.nameA.toHtmlEscaped(), c.nameB.toHtmlEscaped())
                    .arg(c.memes)
                    .arg(c.differing) +
                "</p>";
    h += QStringLiteral("<table border=1 cellspacing=0 cellpadding=4><tr><th>%1</th><th>A</th><th>B</th>"
                        "<th>B − A</th><th>%2</th><th>p</th></tr>")
             .arg(TrainingDock::tr("test metric"), TrainingDock::tr("95 % interval of B − A"));
    for (const MetricComparison& m : c.metrics) {
        const QString interval =
            m.intervalShown ? TrainingDock::tr("%1 to %2").arg(signedNumber(m.low), signedNumber(m.high))
                            : TrainingDock::tr("not shown: %1").arg(m.intervalReason);
        h += QStringLiteral("<tr%7><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(metricName(m.metric).toHtmlEscaped(), QString::number(m.a, 'f', 3),
                      QString::number(m.b, 'f', 3), signedNumber(m.difference), interval.toHtmlEscaped(),
                      QString::number(m.pValue, 'g', 3),
                      m.distinguishable ? QStringLiteral(" bgcolor='#fff3c4'") : QString());
    }
    h += "</table>";
    for (const MetricComparison& m : c.metrics)
        h +=
            "<p>" +
            (m.distinguishable
                 ? TrainingDock::tr("%1: B − A = %2, p = %3: the difference is distinguishable from noise at "
                                    "%4.")
                 : TrainingDock::tr(
                       "%1: B − A = %2, p = %3: the difference is not distinguishable from noise "
                       "at %4; on these memes the two runs may be equally good."))
                .arg(metricName(m.metric), signedNumber(m.difference))
                .arg(m.pValue, 0, 'g', 3)
                .arg(c.alpha)
                .toHtmlEscaped() +
            "</p>";
    h +=
        "<p><small>" +
        TrainingDock::tr("p: two-sided paired approximate randomisation test (%1 shuffles); interval: paired "
                         "percentile bootstrap of B − A over the memes (%2 resamples, seed %3).")
            .arg(c.metrics.isEmpty() ? 0 : c.metrics.first().shuffles)
            .arg(c.resamples)
            .arg(c.seed)
            .toHtmlEscaped() +
        "</small></p>";
    return h;
}

} // namespace

TrainingDock::TrainingDock(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , session_(session) {
    setObjectName("TrainingDock");
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    auto* buttons = new QHBoxLayout;
    start_ = new QPushButton(tr("New Training…"), this);
    cancel_ = new QPushButton(tr("Cancel"), this);
    resume_ = new QPushButton(tr("Resume"), this);
    export_ = new QPushButton(tr("Export Plot…"), this);
    cancel_->setEnabled(false);
    resume_->setEnabled(false);
    resume_->setToolTip(tr("Continue the last cancelled or failed run from its last finished epoch"));
    for (QPushButton* b : {start_, cancel_, resume_, export_})
        buttons->addWidget(b);
    buttons->addStretch();
    l->addLayout(buttons);
    status_ = new QLabel(tr("No training running."), this);
    status_->setObjectName("TrainingStatus");
    status_->setWordWrap(true);
    l->addWidget(status_);
    // What the run said while setting up (checkpoints loaded, sizes taken from them, warnings): kept in
    // view while the status line moves on to the batches.
    notes_ = new QLabel(this);
    notes_->setObjectName("TrainingNotes");
    notes_->setWordWrap(true);
    notes_->setTextFormat(Qt::RichText);
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notes_->hide();
    l->addWidget(notes_);

    // A view of its own in the centre: the curves over the whole width, the runs table under them.
    auto* split = new QSplitter(Qt::Vertical, this);
    plot_ = new QCustomPlot(split);
    plot_->setObjectName("TrainingPlot");
    plot_->setMinimumHeight(120);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(font());
    // The legend in a row of its own under the plot (in columns, wrapping), never over the curves: several
    // runs overlaid bring two entries each.
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    plot_->plotLayout()->addElement(1, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(1, 0.001);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setWrap(4);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setMargins(QMargins(4, 0, 4, 2));
    plot_->xAxis->setLabel(tr("epoch"));
    // Whole epochs on the axis (1, 2, 3 or 5, 10, 15 for long runs), never 1.2 or 1.5.
    QSharedPointer<QCPAxisTickerFixed> wholeEpochs(new QCPAxisTickerFixed);
    wholeEpochs->setTickStep(1.0);
    wholeEpochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot_->xAxis->setTicker(wholeEpochs);
    plot_->yAxis->setLabel(tr("loss"));
    plot_->yAxis2->setVisible(true);
    plot_->yAxis2->setLabel(tr("validation F1"));
    plot_->yAxis2->setRange(0, 1);
    QCPGraph* loss = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    loss->setName(tr("training loss (per batch)"));
    loss->setPen(QPen(QColor(120, 120, 120), 1));
    QCPGraph* valLoss = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    valLoss->setName(tr("val loss (classification)"));
    valLoss->setPen(QPen(QColor(60, 60, 60), 1.5, Qt::DashDotLine));
    valLoss->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, QColor(60, 60, 60), 7));
    QCPGraph* macro = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    macro->setName(tr("val macro-F1"));
    macro->setPen(QPen(QColor(200, 70, 40), 2.5));
    macro->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    QCPGraph* weighted = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    weighted->setName(tr("val weighted-F1"));
    // Dashed, with hollow squares, under macro-F1: on balanced data the two coincide and macro-F1 (the
    // figure papers on these datasets report) must stay visible.
    weighted->setPen(QPen(QColor(40, 110, 190), 1.5, Qt::DashLine));
    weighted->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QColor(40, 110, 190), 8));
    plot_->addLayer("macroOnTop", plot_->layer("main"), QCustomPlot::limAbove);
    macro->setLayer("macroOnTop");
    split->addWidget(plot_);

    auto* runsBox = new QWidget(split);
    auto* runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runFilter_ = new QLineEdit(runsBox);
    runFilter_->setObjectName("RunFilter");
    runFilter_->setPlaceholderText(tr("Filter runs by name, tag or note"));
    runFilter_->setClearButtonEnabled(true);
    runsLayout->addWidget(runFilter_);
    runs_ = new QTableWidget(0, 9, runsBox);
    runsLayout->addWidget(runs_, 1);
    runs_->setObjectName("RunsTable");
    // Two-line headers: every column's name whole at 1366 px, the figures in view.
    runs_->setHorizontalHeaderLabels(
        {tr("Run"), tr("Status"), tr("Config"), tr("Best\nepoch"), tr("Val\nmacro-F1"), tr("Test\nmacro-F1"),
         tr("Leak-free\ntest macro-F1"), tr("Test\nweighted-F1"), tr("Tags\nand note")});
    runs_->horizontalHeaderItem(8)->setToolTip(
        tr("Your tags and note on the run: right-click a run (or double-click here) to edit them"));
    runs_->horizontalHeaderItem(4)->setToolTip(
        tr("The final model's validation macro-F1 (after the tuned thresholds and the TF-IDF blend, which "
           "validation chose: optimistic). The curve shows the network alone per epoch; a cell's tooltip has "
           "both."));
    runs_->horizontalHeaderItem(6)->setToolTip(
        tr("Test macro-F1 on the test memes that repeat no training or validation meme (see Duplicates)"));
    runs_->horizontalHeader()->setStretchLastSection(true);
    runs_->setSelectionBehavior(QAbstractItemView::SelectRows);
    runs_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    runs_->verticalHeader()->hide();
    runs_->setSortingEnabled(true);
    runs_->setContextMenuPolicy(Qt::CustomContextMenu);
    split->addWidget(runsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({500, 300});
    l->addWidget(split, 1);
    auto* compare = new QPushButton(tr("Compare Selected Runs"), this);
    compare->setObjectName("CompareRunsButton");
    l->addWidget(compare);

    replot_ = new QTimer(this);
    replot_->setInterval(250); // coalesces progress updates into at most 4 redraws a second
    connect(replot_, &QTimer::timeout, this, [this] {
        if (!dirty_) return;
        dirty_ = false;
        rescaleLossAxis();
        plot_->xAxis->rescale();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    replot_->start();
    connect(start_, &QPushButton::clicked, this, &TrainingDock::newTraining);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        cancelTraining();
        cancel_->setEnabled(false);
        status_->setText(tr("Cancelling (takes effect before the next batch)…"));
    });
    connect(resume_, &QPushButton::clicked, this, [this] {
        TrainingRequest r = lastRequest_;
        r.resume = true;
        startTraining(r);
    });
    connect(export_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Plot"), "training.png",
                                                          tr("PNG (*.png);;SVG (*.svg)"));
        if (!path.isEmpty()) exportPlot(path);
    });
    connect(compare, &QPushButton::clicked, this, &TrainingDock::compareSelected);
    connect(runs_, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const qint64 run = runs_->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (column == kTagsColumn)
            editTagsAndNote(run);
        else
            showRunCurves(run);
    });
    // One selected run: its curves; several: their validation curves overlaid, a colour per run.
    connect(runs_, &QTableWidget::itemSelectionChanged, this, [this] {
        const QVector<qint64> chosen = selectedRuns();
        if (chosen.size() == 1)
            showRunCurves(chosen.first());
        else if (chosen.size() > 1)
            showRunsOverlay(chosen);
    });
    connect(runs_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QTableWidgetItem* item = runs_->itemAt(at);
        if (!item) return;
        const qint64 run = runs_->item(item->row(), 0)->data(Qt::UserRole).toLongLong();
        QMenu menu(this);
        menu.addAction(tr("Tags and Note…"), this, [this, run] { editTagsAndNote(run); });
        menu.addAction(tr("Show Curves"), this, [this, run] { showRunCurves(run); });
        menu.exec(runs_->viewport()->mapToGlobal(at));
    });
    connect(runFilter_, &QLineEdit::textChanged, this, &TrainingDock::applyRunFilter);

    start_->setEnabled(false);
    connect(session_, &ProjectSession::projectOpened, this, [this] { start_->setEnabled(true); });
    connect(session_, &ProjectSession::projectClosed, this, [this] {
        start_->setEnabled(false);
        reloadRuns();
        if (comparison_) comparison_->hide(); // its runs are gone
    });
    connect(session_, &ProjectSession::runsChanged, this, &TrainingDock::reloadRuns);
    connect(session_, &ProjectSession::runSelected, this, [this](qint64 run) {
        if (run) showRunCurves(run);
    });
}

bool TrainingDock::isTraining() const {
    return session_->jobs()->isRunning(kTrainingJob);
}

void TrainingDock::reloadRuns() {
    runs_->setSortingEnabled(false);
    runs_->setRowCount(0);
    if (!session_->isOpen()) return;
    for (const RunRecord& r : RunStore(*session_->store()).runs()) {
        const int row = runs_->rowCount();
        runs_->insertRow(row);
        auto* name = new QTableWidgetItem(r.name);
        name->setData(Qt::UserRole, qint64(r.id));
        name->setData(kSearchedRole, QStringList{r.name, r.note} + r.tags);
        name->setToolTip(QStringLiteral("%1\n%2").arg(r.name, r.runDir));
        runs_->setItem(row, 0, name);
        auto* status = new QTableWidgetItem(statusText(r.status));
        runs_->setItem(row, 1, status);
        auto* config = new QTableWidgetItem(configSummary(r));
        config->setToolTip(config->text());
        runs_->setItem(row, 2, config);
        const RunSummary summary = RunSummary::of(r);
        // What the run cost: time, device and the memory it peaked at (for sizing the next one).
        if (r.status == RunStatus::Finished && summary.seconds > 0) {
            QString cost = tr("Trained in %1 s on %2").arg(summary.seconds, 0, 'f', 0).arg(summary.device);
            if (summary.peakMemoryBytes > 0)
                cost += "\n" + tr("Peak memory of the training process: %1 GB")
                                   .arg(double(summary.peakMemoryBytes) / 1e9, 0, 'f', 2);
            status->setToolTip(cost);
        }
        // A run that has not finished (running, interrupted, cancelled) has no test figures yet, and the
        // TF-IDF baseline has no epochs: a dash, not 0.
        const bool scored = r.status == RunStatus::Finished;
        auto number = [scored](double v) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, scored ? QString::number(v, 'f', 4) : QStringLiteral("—"));
            return item;
        };
        runs_->setItem(row, 3,
                       new QTableWidgetItem(scored && summary.bestEpoch > 0
                                                ? QString::number(summary.bestEpoch)
                                                : QStringLiteral("—")));
        // Validation chose the epoch, the thresholds and the TF-IDF blend weight: the final figure is
        // optimistic, and the curve (the network alone per epoch, thresholds 0.5) ends elsewhere. Both are
        // said.
        QTableWidgetItem* val = number(summary.val.macroF1);
        if (scored) {
            QStringList lines{tr("The final model on validation: %1").arg(summary.val.macroF1, 0, 'f', 3)};
            const QJsonObject wide = r.summary.value("wide").toObject();
            const bool blended = wide.value("chosen").toBool() && wide.value("weight").toDouble() > 0;
            QStringList chosen{tr("the epoch")};
            if (!summary.thresholds.isEmpty() && r.summary.contains("thresholds"))
                chosen << tr("the thresholds");
            if (blended)
                chosen << tr("the TF-IDF blend weight (%1)").arg(wide.value("weight").toDouble(), 0, 'f', 1);
            lines << tr("Validation chose %1, so this figure is optimistic; the test figures are not.")
                         .arg(chosen.join(tr(", ")));
            // The run's stored summary has every epoch's record (no query per run while the table fills).
            for (const QJsonValue& epoch : r.summary.value("history").toArray())
                if (const std::optional<ml::EpochRecord> e = epochRecordFromJson(epoch.toObject());
                    e && e->epoch == summary.bestEpoch)
                    lines << tr("The network alone at epoch %1 (the curve, thresholds 0.5): %2")
                                 .arg(summary.bestEpoch)
                                 .arg(e->valMacroF1, 0, 'f', 3);
            if (wide.contains("network_alone_test_macro_f1"))
                lines << tr("The network alone on test: %1 (the table's test figure includes the blend)")
                             .arg(wide.value("network_alone_test_macro_f1").toDouble(), 0, 'f', 3);
            val->setToolTip(lines.join('\n'));
        }
        runs_->setItem(row, 4, val);
        // The test figure with its 95 % interval (how far a few hundred memes pin it down).
        QTableWidgetItem* test = number(summary.test.macroF1);
        if (scored && summary.test.intervals) {
            const SplitIntervals& ci = *summary.test.intervals;
            test->setData(Qt::DisplayRole, withInterval(summary.test.macroF1, ci.macroF1));
            test->setToolTip(
                ci.reason.isEmpty()
                    ? tr("95 % interval: percentile bootstrap over the %1 test memes (%2 resamples, "
                         "seed %3)")
                          .arg(summary.test.samples)
                          .arg(ci.resamples)
                          .arg(ci.seed)
                    : tr("No interval: %1").arg(ci.reason));
        }
        runs_->setItem(row, 5, test);
        // Leak-free: the test figure without the memes that repeat a training meme, said in words in the
        // tooltip (how many were left out, by which duplicate settings); a dash for a run scored before.
        const std::optional<LeakFreeFigures>& leakFree = summary.test.leakFree;
        QTableWidgetItem* clean = number(leakFree ? leakFree->macroF1 : 0);
        if (!scored || !leakFree || leakFree->samples == 0)
            clean->setData(Qt::DisplayRole, QStringLiteral("—"));
        if (leakFree && leakFree->removed > 0 && leakFree->samples > 0)
            clean->setData(Qt::DisplayRole,
                           tr("%1 (%2 out)").arg(leakFree->macroF1, 0, 'f', 3).arg(leakFree->removed));
        clean->setToolTip(leakFree ? describeLeakFree(summary.test)
                                   : tr("Scored before leaks were checked: evaluate the run again to see its "
                                        "leak-free figures"));
        runs_->setItem(row, 6, clean);
        runs_->setItem(row, 7, number(summary.test.weightedF1));
        runs_->setItem(row, kTagsColumn, tagsItem(r));
        if (!r.note.isEmpty()) name->setToolTip(name->toolTip() + "\n\n" + r.note);
    }
    runs_->setSortingEnabled(true);
    runs_->resizeColumnsToContents();
    // Long names and summaries are elided (the tooltip has them): the metric columns stay in view.
    runs_->setColumnWidth(0, std::min(runs_->columnWidth(0), 240));
    runs_->setColumnWidth(2, std::min(runs_->columnWidth(2), 220));
    applyRunFilter(runFilter_->text());
}

QTableWidgetItem* TrainingDock::tagsItem(const RunRecord& r) {
    QStringList parts;
    if (!r.tags.isEmpty()) parts << r.tags.join(QStringLiteral(" · "));
    if (!r.note.isEmpty()) parts << r.note.section('\n', 0, 0); // the first line; the tooltip has it all
    auto* item = new QTableWidgetItem(parts.join(QStringLiteral(" — ")));
    QStringList tip;
    if (!r.tags.isEmpty()) tip << tr("Tags: %1").arg(r.tags.join(", "));
    if (!r.note.isEmpty()) tip << r.note;
    tip << tr("Right-click or double-click to edit");
    item->setToolTip(tip.join("\n\n"));
    return item;
}

void TrainingDock::applyRunFilter(const QString& text) {
    const QString needle = text.trimmed();
    for (int row = 0; row < runs_->rowCount(); ++row) {
        // The run's name, note and tags, kept on its row by reloadRuns: filtering reads no store.
        const QStringList searched = runs_->item(row, 0)->data(kSearchedRole).toStringList();
        const bool shown =
            needle.isEmpty() || std::any_of(searched.begin(), searched.end(), [&](const QString& t) {
                return t.contains(needle, Qt::CaseInsensitive);
            });
        runs_->setRowHidden(row, !shown);
    }
}

void TrainingDock::setRunTagsAndNote(qint64 runId, const QStringList& tags, const QString& note) {
    if (!session_->isOpen()) return;
    try {
        RunStore(*session_->store()).setTagsAndNote(runId, tags, note);
    } catch (const Error& e) { // a read-only or busy project: said, nothing lost but this edit
        QMessageBox::warning(this, tr("Tags and Note"), e.message());
        return;
    }
    reloadRuns();
}

void TrainingDock::editTagsAndNote(qint64 runId) {
    if (!session_->isOpen()) return;
    const RunRecord r = RunStore(*session_->store()).run(runId);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tags and Note — %1").arg(r.name));
    auto* form = new QFormLayout(&dialog);
    auto* tags = new QLineEdit(r.tags.join(", "), &dialog);
    tags->setPlaceholderText(tr("e.g. baseline, paper, broken"));
    auto* note = new QPlainTextEdit(r.note, &dialog);
    note->setPlaceholderText(tr("What this run tried, what you concluded"));
    form->addRow(tr("Tags (comma-separated)"), tags);
    form->addRow(tr("Note"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.resize(520, 300);
    if (dialog.exec() == QDialog::Accepted)
        setRunTagsAndNote(runId, tags->text().split(','), note->toPlainText());
}

QVector<qint64> TrainingDock::selectedRuns() const {
    QList<int> rows;
    for (const QModelIndex& i : runs_->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QVector<qint64> ids;
    for (int row : rows)
        if (!runs_->isRowHidden(row)) // filtered out: not what the user sees selected
            ids << runs_->item(row, 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

void TrainingDock::rescaleLossAxis() {
    bool first = true;
    for (int g = 0; g < plot_->graphCount(); ++g)
        if (plot_->graph(g)->valueAxis() == plot_->yAxis && !plot_->graph(g)->data()->isEmpty()) {
            plot_->graph(g)->rescaleValueAxis(!first, true);
            first = false;
        }
}

void TrainingDock::resetCurves() {
    while (plot_->graphCount() > FixedGraphs) // the overlay's graphs
        plot_->removeGraph(plot_->graphCount() - 1);
    for (int g = 0; g < plot_->graphCount(); ++g) {
        plot_->graph(g)->data()->clear();
        plot_->graph(g)->addToLegend();
    }
    batchesPerEpoch_ = 0;
    dirty_ = true;
}

void TrainingDock::addEpoch(const ml::EpochRecord& e) {
    plot_->graph(MacroGraph)->addData(e.epoch, e.valMacroF1);
    if (e.hasValLoss()) plot_->graph(ValLossGraph)->addData(e.epoch, e.valLoss); // older runs lack it
    plot_->graph(WeightedGraph)->addData(e.epoch, e.valWeightedF1);
    dirty_ = true;
}

void TrainingDock::showRunCurves(qint64 runId) {
    if (!session_->isOpen() || isTraining()) return;
    resetCurves();
    RunStore runs(*session_->store());
    // A stored run keeps each epoch's mean loss, not every batch's: the legend says which. With contrastive
    // or expert-balance terms on, the training loss drawn is its classification part, the one the validation
    // loss measures too (so the two can be compared).
    const QVector<ml::EpochRecord> epochs = storedEpochs(runs, runId);
    const bool auxiliaryTerms = std::any_of(epochs.begin(), epochs.end(), [](const ml::EpochRecord& e) {
        return e.trainClassificationLoss >= 0 && std::abs(e.trainClassificationLoss - e.trainLoss) > 1e-6;
    });
    plot_->graph(LossGraph)->setName(auxiliaryTerms
                                         ? tr("training loss, classification part (mean per epoch)")
                                         : tr("training loss (mean per epoch)"));
    for (const ml::EpochRecord& e : epochs) {
        addEpoch(e);
        plot_->graph(LossGraph)->addData(e.epoch, auxiliaryTerms ? e.trainClassificationLoss : e.trainLoss);
    }
    status_->setText(tr("Curves of run %1 (loss: mean per epoch)").arg(runs.run(runId).name));
}

void TrainingDock::showRunsOverlay(const QVector<qint64>& runIds) {
    if (!session_->isOpen() || isTraining()) return;
    resetCurves();
    for (int g = 0; g < FixedGraphs; ++g)
        plot_->graph(g)->removeFromLegend();
    // Tableau's ten colours: told apart on screen and in print.
    static const QColor palette[] = {{31, 119, 180},  {255, 127, 14}, {44, 160, 44},   {214, 39, 40},
                                     {148, 103, 189}, {140, 86, 75},  {227, 119, 194}, {127, 127, 127},
                                     {188, 189, 34},  {23, 190, 207}};
    RunStore runs(*session_->store());
    int k = 0;
    for (const qint64 id : runIds) {
        const RunRecord run = runs.run(id);
        const QColor colour = palette[k++ % int(std::size(palette))];
        QCPGraph* f1 = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
        f1->setName(tr("%1: val macro-F1").arg(run.name));
        f1->setPen(QPen(colour, 2));
        f1->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
        QCPGraph* loss = plot_->addGraph(plot_->xAxis, plot_->yAxis);
        loss->setName(tr("%1: val loss").arg(run.name));
        loss->setPen(QPen(colour, 1.2, Qt::DashLine));
        for (const ml::EpochRecord& e : storedEpochs(runs, id)) {
            f1->addData(e.epoch, e.valMacroF1);
            if (e.hasValLoss()) loss->addData(e.epoch, e.valLoss);
        }
        if (loss->data()->isEmpty()) plot_->removeGraph(loss); // scored before validation loss was kept
    }
    status_->setText(tr("%n runs overlaid: validation macro-F1 (solid, right axis) and validation loss "
                        "(dashed, left axis) per epoch",
                        nullptr, int(runIds.size())));
    dirty_ = true;
}

void TrainingDock::cancelTraining() {
    session_->jobs()->cancel(kTrainingJob);
}

void TrainingDock::newTraining() {
    if (!session_->isOpen() || isTraining()) return;
    const QString dir = QFileInfo(session_->path()).absolutePath() + "/runs/" +
                        QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss");
    TrainingDialog dialog(dir, this);
    // The project's latest run is the best guess for the next one (checkpoints, settings).
    const QVector<RunRecord> runs = RunStore(*session_->store()).runs();
    for (auto it = runs.crbegin(); it != runs.crend(); ++it)
        if (it->ablation == 0) {
            if (const std::optional<ml::ModelConfig> c = resolvedConfig(*it)) dialog.setConfig(*c);
            break;
        }
    dialog.setMeasuredRuns(runs); // their peaks estimate this run's memory
    dialog.setProject(session_->path(), SampleStore(*session_->store()).count());
    if (dialog.exec() != QDialog::Accepted) return;
    startTraining(dialog.request());
}

void TrainingDock::startTraining(const TrainingRequest& request) {
    if (!session_->isOpen() || isTraining()) return;
    lastRequest_ = request;
    resetCurves();
    plot_->graph(LossGraph)->setName(tr("training loss (per batch)"));
    noteLines_.clear();
    notes_->clear();
    notes_->hide();
    JobSpec spec;
    const QString name = request.name.isEmpty() ? QFileInfo(request.runDir).fileName() : request.name;
    // One row for the whole job: rank 0 trains here and reports every rank's progress.
    spec.title = request.localRanks > 1
                     ? tr("Training %1 (%n processes)", nullptr, request.localRanks).arg(name)
                     : tr("Training %1").arg(name);
    spec.key = kTrainingJob;
    spec.receiver = this;
    spec.onProgress = [this](const JobProgress& p) { showProgress(p.detail.value<TrainingProgress>()); };
    spec.onRecord = [this](const QVariant& epoch) {
        if (const std::optional<ml::EpochRecord> e = epochRecordFromJson(epoch.toJsonObject())) addEpoch(*e);
    };
    spec.onMessage = [this](const QString& m) { addNote(m); };
    session_->jobs()
        ->run<TrainingResult>(
            spec,
            [request, worker = workerProgram_](JobScope& scope) {
                const TrainingResult r = trainOnLocalRanks(scope.project(), request, worker, scope.job());
                scope.setOutcome(
                    r.cancelled ? tr("Training cancelled; Resume continues it")
                                : tr("Training finished: test macro-F1 %1").arg(r.test.macroF1, 0, 'f', 3));
                return r;
            })
        .then(this, [this](const TrainingResult& r) { trainingEnded(&r, {}); })
        .onFailed(this, [this](const Error& e) { trainingEnded(nullptr, e.message()); });
    start_->setEnabled(false);
    cancel_->setEnabled(true);
    resume_->setEnabled(false);
    status_->setText(tr("Starting %1…").arg(request.runDir));
}

void TrainingDock::showProgress(const TrainingProgress& p) {
    if (p.phase == TrainingPhase::CachingFeatures) {
        status_->setText(tr("Computing the frozen encoders' features once: meme %1 of %2 (kept in the "
                            "project's feature cache for later runs)…")
                             .arg(p.batch)
                             .arg(p.batches));
        return;
    }
    if (p.phase != TrainingPhase::Training) {
        status_->setText(tr("Scoring every meme with the best epoch…"));
        return;
    }
    batchesPerEpoch_ = p.batches;
    plot_->graph(LossGraph)->addData(p.epoch - 1 + double(p.batch) / double(std::max<qint64>(1, p.batches)),
                                     p.loss);
    dirty_ = true;
    status_->setText(tr("Epoch %1/%2 · batch %3/%4 · loss %5 · lr %6 · %7 memes/s · ETA %8 · data wait %9 %")
                         .arg(p.epoch)
                         .arg(p.epochs)
                         .arg(p.batch)
                         .arg(p.batches)
                         .arg(p.loss, 0, 'f', 3)
                         .arg(p.learningRate, 0, 'g', 3)
                         .arg(p.samplesPerSecond, 0, 'f', 1)
                         .arg(QTime(0, 0).addSecs(int(p.etaSeconds)).toString("m:ss"))
                         .arg(100 * p.dataWaitShare, 0, 'f', 1));
}

void TrainingDock::addNote(const QString& m) {
    status_->setText(m);
    const bool warning = m.startsWith(QLatin1String("warning:"));
    noteLines_ << (warning
                       ? QStringLiteral("<span style='color:#9a5b00'><b>%1</b></span>").arg(m.toHtmlEscaped())
                       : m.toHtmlEscaped());
    while (noteLines_.size() > 8)
        noteLines_.removeFirst();
    notes_->setText(noteLines_.join("<br>"));
    notes_->show();
}

// result: null when the training failed with `error`.
void TrainingDock::trainingEnded(const TrainingResult* r, const QString& error) {
    cancel_->setEnabled(false);
    start_->setEnabled(session_->isOpen());
    resume_->setEnabled(!r || r->cancelled);
    if (!r) {
        status_->setText(tr("Training failed: %1").arg(error));
        QMessageBox::warning(this, tr("Training failed"), error);
    } else if (r->cancelled) {
        status_->setText(tr("Cancelled. Finished epochs are kept: Resume continues from the last one."));
    } else {
        status_->setText(tr("Finished in %1 s on %2: best epoch %3 · val macro-F1 %4 · test macro-F1 %5, "
                            "weighted-F1 %6")
                             .arg(r->seconds, 0, 'f', 0)
                             .arg(r->device)
                             .arg(r->bestEpoch)
                             .arg(r->val.macroF1, 0, 'f', 3)
                             .arg(r->test.macroF1, 0, 'f', 3)
                             .arg(r->test.weightedF1, 0, 'f', 3));
    }
    session_->reloadRuns();
    if (r && !r->cancelled) {
        session_->selectRun(r->runId);
        Q_EMIT runFinished(r->runId);
    }
}

void TrainingDock::exportPlot(const QString& path) {
    // The plot as laid out on screen, or a report-sized one when the dock is hidden or tiny.
    const bool onScreen = plot_->isVisible() && plot_->width() >= 300 && plot_->height() >= 150;
    const int w = onScreen ? plot_->width() : 900, h = onScreen ? plot_->height() : 400;
    if (path.endsWith(".svg", Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(tr("MemeScope training curves"));
        QCPPainter painter(&svg);
        plot_->toPainter(&painter, w, h);
    } else {
        plot_->savePng(path, w, h, 2.0);
    }
}

QTextBrowser* TrainingDock::comparisonView() const {
    return comparison_ ? comparison_->findChild<QTextBrowser*>("RunComparison") : nullptr;
}

void TrainingDock::setComparisonHtml(const QString& html) {
    if (QTextBrowser* text = comparisonView()) text->setHtml(html);
}

void TrainingDock::compareSelected() {
    // The selected runs in table order: the first two are compared, any others named.
    const QVector<qint64> chosen = selectedRuns();
    if (chosen.size() < 2 || !session_->isOpen()) {
        QMessageBox::information(this, tr("Compare Runs"), tr("Select two runs in the table."));
        return;
    }
    RunStore runs(*session_->store());
    const RunRecord a = runs.run(chosen[0]);
    const RunRecord b = runs.run(chosen[1]);
    QStringList others;
    for (int i = 2; i < chosen.size(); ++i)
        others << runs.run(chosen[i]).name;
    QString html =
        QStringLiteral("<table border=1 cellspacing=0 cellpadding=4><tr><th></th><th>%1</th><th>%2</th></tr>")
            .arg(a.name.toHtmlEscaped(), b.name.toHtmlEscaped());
    auto row = [&](const QString& what, const QString& x, const QString& y) {
        const bool differs = x != y;
        html += QStringLiteral("<tr><td>%1</td><td%4>%2</td><td%4>%3</td></tr>")
                    .arg(what.toHtmlEscaped(), x.toHtmlEscaped(), y.toHtmlEscaped(),
                         differs ? " bgcolor='#fff3c4'" : "");
    };
    const RunSummary sa = RunSummary::of(a), sb = RunSummary::of(b);
    auto figure = [&](const QString& what, double x, double y) {
        row(what, QString::number(x, 'f', 4), QString::number(y, 'f', 4));
    };
    figure(tr("validation macro-F1"), sa.val.macroF1, sb.val.macroF1);
    figure(tr("validation weighted-F1"), sa.val.weightedF1, sb.val.weightedF1);
    figure(tr("validation accuracy"), sa.val.accuracy, sb.val.accuracy);
    row(tr("best epoch"), QString::number(sa.bestEpoch), QString::number(sb.bestEpoch));
    row(tr("seconds"), QString::number(sa.seconds, 'f', 0), QString::number(sb.seconds, 'f', 0));
    // Settings compared resolved (the preset's values filled in), so equal configs read as equal; only the
    // ones that differ are listed.
    const std::optional<ml::ModelConfig> ca = resolvedConfig(a), cb = resolvedConfig(b);
    int same = 0;
    if (ca && cb) {
        const QMap<QString, QString> x = modelConfigSettings(*ca), y = modelConfigSettings(*cb);
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (it.key() == QLatin1String("label_names")) continue;
            if (it.value() == y.value(it.key()))
                ++same;
            else
                row(it.key(), it.value(), y.value(it.key()));
        }
    }
    html += "</table>";
    if (!ca || !cb)
        html += "<p>" + tr("The settings of one run cannot be read; they are not compared.") + "</p>";
    else
        html += "<p>" + tr("%n other setting(s) are the same in both runs.", nullptr, same) + "</p>";
    if (!others.isEmpty())
        html += "<p>" +
                tr("Also selected, not compared (two runs are compared at a time): %1")
                    .arg(others.join(", "))
                    .toHtmlEscaped() +
                "</p>";
    html += "<h3>" + tr("Test split: more than noise?") + "</h3>";

    if (!comparison_) {
        // A window of its own (not modal): it stays open beside the runs while the test is computed.
        comparison_ = new QDialog(this);
        comparison_->setWindowTitle(tr("Compare Runs"));
        auto* l = new QVBoxLayout(comparison_);
        auto* text = new QTextBrowser(comparison_);
        text->setObjectName("RunComparison");
        l->addWidget(text);
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, comparison_);
        connect(close, &QDialogButtonBox::rejected, comparison_, &QDialog::reject);
        l->addWidget(close);
        comparison_->resize(760, 680);
    }
    setComparisonHtml(html + "<p><i>" + tr("computing…") + "</i></p>");
    comparison_->show();
    comparison_->raise();
    // The paired bootstrap and 10,000 shuffles per metric read every test meme's predictions: a job, so the
    // window stays responsive. A second comparison replaces the first (its result is dropped).
    JobSpec spec;
    spec.key = kCompareJob;
    spec.ifRunning = JobSpec::IfRunning::Replace;
    spec.receiver = this;
    session_->jobs()
        ->run<RunComparison>(
            spec, [a, b](JobScope& scope) { return compareRuns(scope.project(), a, b, Split::Test); })
        .then(this, [this, html](const RunComparison& c) { setComparisonHtml(html + comparisonHtml(c)); })
        .onFailed(this, [this, html](const Error& e) {
            // Runs scored on different memes (or too few): the reason, in place of the table.
            setComparisonHtml(html + "<p><b>" + tr("Not compared:") + "</b> " + e.message().toHtmlEscaped() +
                              "</p>");
        });
}

} // namespace memescope
