#include "AblationDialog.h"

#include "core/engine/ModelSession.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/util/ReadableDuration.h"
#include "ui/common/CustomPlot.h"
#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace memescope {

namespace {
const QString kAblationJob = QStringLiteral("ablation");
}

AblationDialog::AblationDialog(ProjectSession* session, const QString& defaultOutDir, QWidget* parent)
    : QDialog(parent)
    , session_(session)
    , outDir_(defaultOutDir) {
    setWindowTitle(tr("Ablation Study"));
    setObjectName("AblationDialog");
    auto* l = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* box = new QGroupBox(tr("Variants (each against the full model)"), this);
    auto* g = new QVBoxLayout(box);
    // A first study that ends in minutes: the switches that matter most, one seed, a few epochs. Seeds and
    // the rest are one click away, with the estimate below saying what they cost.
    static const QSet<QString> byDefault = {"full",      "no-contrastive", "no-moe",
                                            "text-only", "image-only",     "tfidf-baseline"};
    for (const auto& [name, overrides] : AblationSpec::standard().variants) {
        QStringList what;
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            what << QStringLiteral("%1=%2").arg(it.key(), it.value().toVariant().toString());
        auto* c = new QCheckBox(AblationSpec::describe(name), box);
        c->setToolTip(what.isEmpty() ? name : QStringLiteral("%1: %2").arg(name, what.join(", ")));
        c->setProperty("variant", name);
        c->setChecked(byDefault.contains(name));
        connect(c, &QCheckBox::toggled, this, &AblationDialog::updateEstimate);
        g->addWidget(c);
        variants_ << c;
    }
    left->addWidget(box);
    auto* form = new QFormLayout;
    preset_ = new QComboBox(this);
    preset_->addItem(tr("Small (tiny)"), "tiny");
    preset_->addItem(tr("Reference design (seed)"), "seed");
    form->addRow(tr("Model size"), preset_);
    frozenEncoders_ =
        new QCheckBox(tr("Train the fusion and heads only (encoders frozen; features cached)"), this);
    frozenEncoders_->setObjectName("AblationFrozenEncoders");
    frozenEncoders_->setToolTip(
        tr("Every variant keeps both encoders frozen whole; what they make of each meme "
           "is computed once and shared by all variants with the same encoders."));
    form->addRow(frozenEncoders_);
    seeds_ = new QSpinBox(this);
    seeds_->setRange(1, 20);
    seeds_->setValue(1);
    seeds_->setToolTip(tr("Each variant is trained once per seed; with 3 or more the table shows mean ± "
                          "standard deviation"));
    form->addRow(tr("Seeds"), seeds_);
    epochs_ = new QSpinBox(this);
    epochs_->setRange(0, 500);
    epochs_->setValue(3);
    epochs_->setSpecialValueText(tr("as the model size says"));
    form->addRow(tr("Epochs"), epochs_);
    left->addLayout(form);
    estimate_ = new QLabel(this);
    estimate_->setObjectName("AblationEstimate");
    estimate_->setWordWrap(true);
    left->addWidget(estimate_);
    for (QSpinBox* spin : {seeds_, epochs_})
        connect(spin, &QSpinBox::valueChanged, this, &AblationDialog::updateEstimate);
    connect(preset_, &QComboBox::currentIndexChanged, this, &AblationDialog::updateEstimate);
    connect(frozenEncoders_, &QCheckBox::toggled, this, &AblationDialog::updateEstimate);
    auto* buttons = new QHBoxLayout;
    start_ = new QPushButton(tr("Queue Study"), this);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    export_ = new QPushButton(tr("Export…"), this);
    cancelButton_->setEnabled(false);
    for (QPushButton* b : {start_, cancelButton_, export_})
        buttons->addWidget(b);
    left->addLayout(buttons);
    status_ = new QLabel(tr("Runs go into %1").arg(defaultOutDir), this);
    status_->setWordWrap(true);
    left->addWidget(status_);
    left->addStretch();
    l->addLayout(left);

    auto* right = new QVBoxLayout;
    table_ = new QTableWidget(0, 8, this);
    table_->setObjectName("AblationTable");
    // Two-line headers: each column's name whole beside the variants' names.
    table_->setHorizontalHeaderLabels({tr("Variant"), tr("Runs"), tr("Test\nmacro-F1"),
                                       tr("Seed-averaged\n(95 %)"), tr("vs the first\nvariant"),
                                       tr("Test\nweighted-F1"), tr("Val\nmacro-F1"),
                                       tr("Network alone\n(test macro-F1)")});
    table_->horizontalHeaderItem(7)->setToolTip(tr(
        "The network's test macro-F1 without the TF-IDF part that validation may blend in (* where it did: "
        "the Test macro-F1 column includes it, so a text-only variant can equal the baseline)"));
    table_->horizontalHeaderItem(3)->setToolTip(tr("The variant's runs' probabilities averaged per test "
                                                   "meme, scored with a 95 % bootstrap interval over "
                                                   "the test memes (known when the study has finished)"));
    table_->horizontalHeaderItem(4)->setToolTip(tr(
        "Paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across "
        "the variants: ✓ differs at 0.05, otherwise the difference may be noise"));
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    right->addWidget(table_, 1);
    chart_ = new QCustomPlot(this);
    chart_->setMinimumHeight(260);
    chart_->yAxis->setRange(0, 1);
    right->addWidget(chart_, 1);
    l->addLayout(right, 2);
    resize(1200, 700);

    // The project's latest study is shown until a new one is queued.
    if (session_->isOpen()) {
        if (const RunStore::StoredAblation latest = RunStore(*session_->store()).latestAblation();
            latest.id) {
            const QJsonObject& stored = latest.results;
            for (const QJsonValue& v : stored.value("table").toArray())
                if (const AblationAggregate a = AblationAggregate::fromJson(v.toObject());
                    a.significanceKnown)
                    significance_.insert(a.variant, a);
            for (const QJsonValue& v : stored.value("rows").toArray()) {
                rows_ << AblationRow::fromJson(v.toObject());
            }
            status_->setText(tr("Showing the project's latest study, “%1”. Runs of a new one go into %2")
                                 .arg(latest.name, defaultOutDir));
            showRows();
        }
    }
    updateEstimate();
    connect(start_, &QPushButton::clicked, this, &AblationDialog::start);
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        cancelButton_->setEnabled(false);
        cancelButton_->setText(tr("Cancelling…"));
        session_->jobs()->cancel(kAblationJob);
    });
    connect(export_, &QPushButton::clicked, this, &AblationDialog::exportTable);
    if (isRunning()) { // reopened while a study runs: it is in the Jobs panel; a second one waits
        start_->setEnabled(false);
        status_->setText(tr("A study is running (see the Jobs panel); queue another when it has finished."));
    }
}

void AblationDialog::updateEstimate() {
    if (!session_->isOpen()) return;
    const AblationSpec s = spec();
    AblationEstimate e;
    try {
        e = estimateAblation(*session_->store(), s);
    } catch (const Error& error) {
        estimate_->setText(error.message());
        return;
    }
    QString text = tr("%n run(s)", "", e.runs);
    if (e.neuralEpochs == 0)
        text += tr(": the baseline alone trains in seconds.");
    else if (e.known())
        text +=
            tr(", %1 epochs in all: %2 %3 on this machine.")
                .arg(e.neuralEpochs)
                .arg(e.upperBound ? tr("at most about") : tr("about"))
                .arg(readableDuration(e.seconds())) +
            " " +
            tr("From %n epoch(s) this project measured: %1 of the %2 variants trained here before and take "
               "their own epoch time, the others are scaled by their arithmetic per meme (without the "
               "image encoder a variant trains many times faster); %3 per run outside the epochs.",
               "", e.measuredEpochs)
                .arg(e.variantsMeasured)
                .arg(e.neuralVariants)
                .arg(readableDuration(e.secondsPerRun)) +
            (e.cacheBuildSeconds > 0
                 ? " " + tr("Frozen encoders train from cached features: their cache is built once for the "
                            "variants that share it (%1 of the total).")
                             .arg(readableDuration(e.cacheBuildSeconds))
                 : QString());
    else
        text += tr(", %1 epochs in all. No neural run has finished in this project yet, so there is no "
                   "measured epoch time to estimate from.")
                    .arg(e.neuralEpochs);
    estimate_->setText(text);
}

bool AblationDialog::isRunning() const {
    return session_->jobs()->isRunning(kAblationJob);
}

AblationSpec AblationDialog::spec() const {
    AblationSpec s = AblationSpec::standard();
    s.name = tr("ablation %1").arg(QDateTime::currentDateTime().toString("yyyy-MM-dd hh:mm"));
    s.base = {{"preset", preset_->currentData().toString()}};
    if (frozenEncoders_->isChecked()) {
        const ml::ModelConfig preset =
            ml::ModelConfig::fromPreset(preset_->currentData().toString().toStdString());
        s.base["freeze_text_layers"] = qint64(preset.roberta.numLayers);
        s.base["freeze_image_layers"] = qint64(preset.clip.numLayers);
    }
    s.seeds = seeds_->value();
    s.epochs = epochs_->value();
    QVector<QPair<QString, QJsonObject>> chosen;
    for (int i = 0; i < variants_.size(); ++i)
        if (variants_[i]->isChecked()) chosen << s.variants[i];
    s.variants = chosen;
    return s;
}

void AblationDialog::start() {
    if (isRunning() || !session_->isOpen()) return;
    const AblationSpec s = spec();
    if (s.variants.isEmpty()) return;
    rows_.clear();
    showRows();
    start_->setEnabled(false);
    cancelButton_->setEnabled(true);
    cancelButton_->setText(tr("Cancel"));
    status_->setText(tr("Queued %1 runs…").arg(s.variants.size() * s.seeds));
    JobSpec job;
    job.title = tr("Ablation study (%n run(s))", "", int(s.variants.size() * s.seeds));
    job.key = kAblationJob;
    job.receiver = this;
    job.onProgress = [this](const JobProgress& jp) {
        const auto a = jp.detail.value<AblationProgress>();
        if (a.training.phase == TrainingPhase::CachingFeatures) {
            status_->setText(tr("Run %1 of %2: %3, seed %4 — the frozen encoders' features, meme %5 of %6 "
                                "(computed once for the variants that share them)")
                                 .arg(a.run + 1)
                                 .arg(a.count)
                                 .arg(a.variant)
                                 .arg(a.seed)
                                 .arg(a.training.batch)
                                 .arg(a.training.batches));
            return;
        }
        status_->setText(tr("Run %1 of %2: %3, seed %4 — epoch %5/%6, batch %7/%8")
                             .arg(a.run + 1)
                             .arg(a.count)
                             .arg(a.variant)
                             .arg(a.seed)
                             .arg(a.training.epoch)
                             .arg(a.training.epochs)
                             .arg(a.training.batch)
                             .arg(a.training.batches));
    };
    job.onRecord = [this](const QVariant& row) {
        rows_ << row.value<AblationRow>();
        showRows();
    };
    const QString out = outDir_;
    significance_.clear(); // a new study: its tests come when it ends
    session_->jobs()
        ->run<AblationResult>(job,
                              [s, out](JobScope& scope) {
                                  const AblationResult r = runAblation(scope.project(), s, out, scope.job());
                                  scope.setOutcome(
                                      r.cancelled ? tr("Cancelled; finished runs are kept (queue "
                                                       "again to continue).")
                                                  : tr("Finished: %1 and %2").arg(r.csvPath, r.markdownPath));
                                  return r;
                              })
        .then(session_, // the run list follows even when the dialog was closed meanwhile
              [session = session_](const AblationResult& r) {
                  session->reloadRuns();
                  return r;
              })
        .then(this,
              [this](const AblationResult& r) {
                  keepSignificance(r.table);
                  studyEnded(r.cancelled ? tr("Cancelled; finished runs are kept (queue again to continue).")
                                         : tr("Finished: %1 and %2").arg(r.csvPath, r.markdownPath));
              })
        .onFailed(this, [this](const Error& e) { studyEnded(tr("Failed: %1").arg(e.message())); });
}

void AblationDialog::keepSignificance(const QVector<AblationAggregate>& table) {
    significance_.clear();
    for (const AblationAggregate& a : table)
        if (a.significanceKnown) significance_.insert(a.variant, a);
    showRows();
}

void AblationDialog::studyEnded(const QString& message) {
    start_->setEnabled(true);
    cancelButton_->setEnabled(false);
    status_->setText(message);
    Q_EMIT studyFinished();
}

void AblationDialog::showRows() {
    const QVector<AblationAggregate> t = aggregateAblation(rows_);
    table_->setRowCount(int(t.size()));
    // One seed per variant has no spread to show: plain figures, no error bars, and the axis says so.
    const bool oneSeed =
        std::all_of(t.begin(), t.end(), [](const AblationAggregate& a) { return a.runs <= 1; });
    auto pm = [oneSeed](double m, double s) {
        return oneSeed ? QString::number(m, 'f', 3)
                       : QStringLiteral("%1 ± %2").arg(m, 0, 'f', 3).arg(s, 0, 'f', 3);
    };
    QVector<double> ticks, means, stds;
    QVector<QString> labels;
    for (int i = 0; i < t.size(); ++i) {
        auto* name = new QTableWidgetItem(AblationSpec::describe(t[i].variant));
        name->setToolTip(t[i].variant);
        table_->setItem(i, 0, name);
        table_->setItem(i, 1, new QTableWidgetItem(QString::number(t[i].runs)));
        table_->setItem(i, 2, new QTableWidgetItem(pm(t[i].testMacroF1, t[i].testMacroF1Std)));
        const AblationAggregate tested = significance_.value(t[i].variant);
        table_->setItem(i, 3, new QTableWidgetItem(ablationSignificanceCell(tested)));
        table_->setItem(i, 4, new QTableWidgetItem(ablationTestCell(tested)));
        table_->setItem(i, 5, new QTableWidgetItem(pm(t[i].testWeightedF1, t[i].testWeightedF1Std)));
        table_->setItem(i, 6, new QTableWidgetItem(pm(t[i].valMacroF1, t[i].valMacroF1Std)));
        auto* alone = new QTableWidgetItem(ablationNetworkAloneCell(t[i]));
        if (t[i].blended)
            alone->setToolTip(
                tr("Validation blended the TF-IDF part into this variant's predictions, so its test "
                   "figure is partly the baseline's: this is the network alone"));
        table_->setItem(i, 7, alone);
        ticks << i + 1;
        means << t[i].testMacroF1;
        stds << t[i].testMacroF1Std;
        labels << AblationSpec::describe(t[i].variant);
    }
    table_->resizeColumnsToContents();
    chart_->clearPlottables();
    auto* bars = new QCPBars(chart_->xAxis, chart_->yAxis);
    bars->setData(ticks, means);
    bars->setBrush(QColor(230, 120, 40));
    bars->setPen(Qt::NoPen);
    if (!oneSeed) {
        auto* errors = new QCPErrorBars(chart_->xAxis, chart_->yAxis);
        errors->setDataPlottable(bars);
        errors->setData(stds);
    }
    chart_->yAxis->setLabel(oneSeed ? tr("test macro-F1 (one seed)") : tr("test macro-F1 (mean ± std)"));
    // Rotated names run down to the right: long ones shortened (the table has them whole) and room kept at
    // the right for the last one.
    for (QString& label : labels)
        label = chart_->fontMetrics().elidedText(label, Qt::ElideRight, 170);
    chart_->axisRect()->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    chart_->axisRect()->setMargins(QMargins(0, 0, 110, 0));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(ticks, labels);
    chart_->xAxis->setTicker(ticker);
    chart_->xAxis->setTickLabelRotation(40);
    chart_->xAxis->setRange(0.3, double(t.size()) + 0.7);
    chart_->replot();
}

void AblationDialog::exportTable() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Ablation Table"), "ablation.md",
                                                      tr("Markdown (*.md);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    const QVector<AblationAggregate> t = aggregateAblation(rows_);
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write((path.endsWith(".csv") ? ablationCsv(t) : ablationMarkdown(t)).toUtf8());
        f.commit();
    }
}

} // namespace memescope
