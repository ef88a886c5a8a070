#include "LabellingMenu.h"

#include "AgreementDialog.h"
#include "LabelingController.h"
#include "core/analysis/ReviewQueue.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/util/Error.h"
#include "ui/browser/BrowserView.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"

#include <QInputDialog>
#include <QMenu>
#include <QSet>
#include <QSettings>

namespace memescope {

LabellingMenu::LabellingMenu(ProjectSession* session, BrowserView* browser, QMenu* menu, QWidget* window)
    : QObject(window)
    , session_(session)
    , browser_(browser)
    , menu_(menu)
    , window_(window)
    , autoAdvance_(new QAction(tr("Auto-&Advance After Labelling"), this))
    , blind_(new QAction(tr("&Blind Labelling (Hide Others’ Labels and the Model)"), this))
    , adjudicate_(new QAction(tr("A&djudicate (My Labels Settle Disagreements)"), this)) {
    autoAdvance_->setCheckable(true);
    const QSettings settings;
    autoAdvance_->setChecked(settings.value("labelling/autoAdvance", true).toBool());
    blind_->setCheckable(true);
    blind_->setToolTip(tr("Shows only your own answers, so that what others chose cannot sway yours: "
                          "independent answers are what agreement statistics assume."));
    connect(blind_, &QAction::toggled, this, [this](bool on) {
        if (on) adjudicate_->setChecked(false); // an adjudicator has to see the answers
        session_->labeling()->setBlind(on);
        // Blind labelling belongs to the project (a study labels blind; the next project may not).
        if (ProjectStore* store = session_->store(); store && !store->isReadOnly()) {
            try {
                store->setMeta(QStringLiteral("labelling.blind"), on ? "yes" : "no");
            } catch (const Error& e) {
                Q_EMIT statusMessage(e.message(), 10000);
            }
        }
        Q_EMIT statusMessage(on ? tr("Blind labelling: you see only your own answers; the model's suggestion "
                                     "is hidden")
                                : tr("Blind labelling off: the current labels are shown"),
                             6000);
    });
    adjudicate_->setCheckable(true);
    adjudicate_->setToolTip(tr("Your answers decide the current label of the memes you label, whatever the "
                               "majority chose. They are not counted in the agreement statistics."));
    connect(adjudicate_, &QAction::toggled, this, [this](bool on) {
        if (on) blind_->setChecked(false);
        session_->labeling()->setAdjudicating(on);
        Q_EMIT annotatorChanged(); // the status bar says who labels how
    });
    session_->labeling()->setAnnotator(
        settings.value("labelling/annotator", qEnvironmentVariable("USER", "annotator")).toString());
    connect(session_, &ProjectSession::projectOpened, this, [this] {
        ProjectStore* store = session_->store();
        blind_->setChecked(store && store->meta(QStringLiteral("labelling.blind")) == QLatin1String("yes"));
        Q_EMIT statusMessage(
            tr("Labelling as %1%2 (Label ▸ Set Annotator… to change)")
                .arg(session_->labeling()->annotator(), blind_->isChecked() ? tr(", blind") : QString()),
            10000);
    });
    connect(session_, &ProjectSession::projectClosed, this, [this] {
        const QSignalBlocker quiet(blind_); // closing is not a choice to store
        blind_->setChecked(false);
        session_->labeling()->setBlind(false);
    });
    connect(session_, &ProjectSession::samplesReloaded, this, &LabellingMenu::rebuild);
    connect(session_, &ProjectSession::projectClosed, this, &LabellingMenu::rebuild);
    rebuild();
}

LabellingMenu::~LabellingMenu() {
    QSettings().setValue("labelling/autoAdvance", autoAdvance_->isChecked());
}

void LabellingMenu::rebuild() {
    menu_->clear(); // deletes the actions the menu created (not the checkable ones, which this object owns)
    const LabelSchema& schema = session_->schema();
    for (int i = 0; i < schema.size(); ++i) {
        const LabelDefinition& d = schema.labels()[i];
        QAction* a = menu_->addAction(schema.isMultiLabel() ? tr("Toggle “%1”").arg(d.name)
                                                            : tr("Set “%1”").arg(d.name),
                                      this, [this, i] { applyLabel(i); });
        if (!d.hotkey.isEmpty()) a->setShortcut(QKeySequence(d.hotkey));
    }
    if (schema.size() > 0) menu_->addSeparator();
    if (schema.isMultiLabel())
        menu_->addAction(tr("No Symptom (clear labels)"), QKeySequence(tr("0")), this, [this] {
            session_->labeling()->setMask(browser_->selectedRowIds(), 0);
            advance();
        });
    QAction* agree =
        menu_->addAction(tr("A&gree With the Current Label"), QKeySequence(tr("Y")), this, [this] {
            session_->labeling()->confirmCurrent(browser_->selectedRowIds());
            advance();
        });
    QAction* accept = menu_->addAction(tr("&Accept Model Suggestion"), QKeySequence(tr("A")), this, [this] {
        session_->labeling()->acceptSuggestion(browser_->selectedRowIds());
        advance();
    });
    // Blind: neither the current label nor the model's suggestion may be seen, so neither can be taken.
    for (QAction* a : {agree, accept}) {
        a->setEnabled(!blind_->isChecked());
        connect(blind_, &QAction::toggled, a, [a](bool on) { a->setEnabled(!on); });
    }
    menu_->addSeparator();
    menu_->addAction(blind_);
    menu_->addAction(adjudicate_);
    menu_->addAction(autoAdvance_);
    menu_->addAction(tr("Set A&nnotator…"), this, &LabellingMenu::setAnnotatorDialog);
    menu_->addSeparator();
    menu_->addAction(tr("Labelling &Queue: Most Uncertain First (Again to Leave)"),
                     QKeySequence(tr("Ctrl+U")), this, &LabellingMenu::showLabellingQueue);
    QAction* review =
        menu_->addAction(tr("&Review Queue: Conflicting Reposts, Then the Model's Disagreements "
                            "(Again to Leave)"),
                         QKeySequence(tr("Ctrl+Shift+U")), this, &LabellingMenu::showReviewQueue);
    review->setToolTip(
        tr("A second look at labelled memes: reposts whose labels differ, then the memes whose "
           "labels the selected run supports least"));
    review->setEnabled(!blind_->isChecked()); // it shows the model's and the others' judgements
    connect(blind_, &QAction::toggled, review, [review](bool on) { review->setEnabled(!on); });
    menu_->addAction(tr("Annotator A&greement…"), this, &LabellingMenu::showAgreement);
}

void LabellingMenu::applyLabel(int label) {
    session_->labeling()->applyLabel(browser_->selectedRowIds(), label);
    if (!session_->schema().isMultiLabel()) advance(); // multi-label: several keys per meme, advance with →
}

void LabellingMenu::advance() {
    if (autoAdvance_->isChecked() && browser_->selectedRowIds().size() == 1) browser_->selectNext();
}

void LabellingMenu::setAnnotatorDialog() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(window_, tr("Annotator"), tr("Your name, recorded with every label you set:"),
                              QLineEdit::Normal, session_->labeling()->annotator(), &ok)
            .trimmed();
    if (!ok || name.isEmpty()) return;
    session_->labeling()->setAnnotator(name);
    QSettings().setValue("labelling/annotator", name);
    Q_EMIT annotatorChanged();
}

void LabellingMenu::showLabellingQueue() {
    if (browser_->inLabellingQueue()) { // Ctrl+U again: back to the gallery as it was
        browser_->leaveLabellingQueue();
        Q_EMIT statusMessage(tr("Left the labelling queue"), 4000);
        return;
    }
    const int queued = browser_->showLabellingQueue();
    Q_EMIT statusMessage(
        session_->samples()->hasPredictions()
            ? tr("Labelling queue: %n unlabelled meme(s), the model's least certain first", "", queued)
            : tr("Labelling queue: select a run to order it by the model's uncertainty"),
        8000);
}

void LabellingMenu::showReviewQueue() {
    if (browser_->inLabellingQueue()) {
        browser_->leaveLabellingQueue();
        Q_EMIT statusMessage(tr("Left the queue"), 4000);
        return;
    }
    const SampleTableModel* samples = session_->samples();
    const RunPredictions* predictions = samples->hasPredictions() ? &samples->predictions() : nullptr;
    const QVector<ReviewItem> queue =
        reviewQueue(samples->samples(), predictions, session_->duplicates().get());
    QVector<qint64> rows;
    int conflicts = 0;
    for (const ReviewItem& item : queue) {
        rows << item.rowId;
        conflicts += item.reason == ReviewReason::ConflictingRepost ? 1 : 0;
    }
    const int shown = browser_->showReviewQueue(rows);
    QStringList parts;
    parts << (session_->duplicates() ? tr("%n meme(s) in reposts with conflicting labels", "", conflicts)
                                     : tr("no duplicate result (View ▸ Duplicates)"));
    parts << (predictions ? tr("%n the run disagrees with", "", shown - conflicts) : tr("no run selected"));
    Q_EMIT statusMessage(tr("Review queue: %1").arg(parts.join(tr("; "))), 10000);
}

void LabellingMenu::showAgreement() {
    if (!session_->isOpen()) return;
    SampleStore samples(*session_->store());
    const QHash<int64_t, QHash<QString, uint64_t>> everyone = samples.latestByAnnotator();
    const LabelSchema schema = session_->schema();
    // The raters are a choice: by default the people, not the labels a dataset file brought (counting the
    // file as one more annotator mixes the published labels into the people's agreement).
    QSet<QString> seen;
    for (const auto& byAnnotator : everyone)
        for (auto it = byAnnotator.keyBegin(); it != byAnnotator.keyEnd(); ++it)
            seen.insert(*it);
    QStringList all(seen.begin(), seen.end());
    all.sort();
    const QStringList fromFiles = samples.datasetRaters();
    QStringList people;
    for (const QString& r : all)
        if (!fromFiles.contains(r)) people << r;
    AgreementDialog d(AgreementReport{}, schema, window_);
    d.setRaters(all, people, fromFiles);
    connect(&d, &AgreementDialog::showDisagreements, this,
            [this, &d](const QVector<qint64>& rows, const QString& what) {
                browser_->filterBar()->setOnlyRows(rows, what);
                d.accept();
            });
    auto compute = [this, &d, &everyone, schema](const QStringList& raters) {
        fillAgreement(d, onlyRaters(everyone, raters), schema);
    };
    connect(&d, &AgreementDialog::ratersChosen, &d, compute);
    compute(people);
    d.exec();
    session_->jobs()->discard(QStringLiteral("agreement-intervals")); // closed before they came
}

void LabellingMenu::fillAgreement(AgreementDialog& d, const QHash<int64_t, QHash<QString, uint64_t>>& labels,
                                  const LabelSchema& schema) {
    // Intervals still coming for other raters would overwrite these figures: dropped first.
    session_->jobs()->discard(QStringLiteral("agreement-intervals"));
    // The intervals resample the memes 2,000 times per pair of annotators, for alpha once more, and per
    // label for multi-label data: about 45 µs per meme and bootstrap (3 annotators, 5,000 memes: 0.9 s, and
    // 4.5 s with 7 labels). Up to a quarter of a second they come at once; beyond, and always beyond 5,000
    // shared memes, from a background job while the dialog shows the figures.
    constexpr qint64 kMemeBootstrapsAtOnce = 6000;
    constexpr qint64 kSharedMemesAtOnce = 5000;
    qint64 pairable = 0;
    QSet<QString> annotators;
    for (const auto& byAnnotator : labels) {
        pairable += byAnnotator.size() >= 2 ? 1 : 0;
        for (auto it = byAnnotator.keyBegin(); it != byAnnotator.keyEnd(); ++it)
            annotators.insert(*it);
    }
    const qint64 n = annotators.size();
    const qint64 bootstraps = (n * (n - 1) / 2 + 1) * (schema.isMultiLabel() ? schema.size() : 1);
    const bool inBackground = pairable > kSharedMemesAtOnce || pairable * bootstraps > kMemeBootstrapsAtOnce;
    d.setReport(computeAgreement(labels, schema, !inBackground));
    const QString key = QStringLiteral("agreement-intervals");
    if (inBackground) {
        JobSpec spec;
        spec.key = key;
        spec.ifRunning = JobSpec::IfRunning::Replace;
        session_->jobs()
            ->run<AgreementReport>(
                spec, [labels, schema](JobScope&) { return computeAgreement(labels, schema, true); })
            .then(&d, [&d](const AgreementReport& r) { d.setReport(r); })
            .onFailed(&d, [&d](const Error& e) { d.setIntervalsFailed(e.message()); });
    }
}

} // namespace memescope
