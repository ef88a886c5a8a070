#include "DuplicatesView.h"

#include "DuplicateGroupDelegate.h"
#include "DuplicateGroupsModel.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/util/Error.h"
#include "ui/session/ProjectSession.h"
#include "ui/session/ProjectTasks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cmath>

namespace memescope {

using duplicates::DuplicateKind;

namespace {
const DuplicateKind kKinds[] = {DuplicateKind::SameMeme, DuplicateKind::SameTextOtherImage,
                                DuplicateKind::SameImageOtherText, DuplicateKind::TextOnly,
                                DuplicateKind::Mixed};
} // namespace

DuplicatesView::DuplicatesView(ProjectSession* session, ProjectTasks* tasks, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , tasks_(tasks)
    , model_(new DuplicateGroupsModel(session->samples(), this)) {
    setObjectName("DuplicatesView");
    buildControls();
    connect(session_, &ProjectSession::duplicatesChanged, this, &DuplicatesView::resultChanged);
    connect(session_, &ProjectSession::projectOpened, this, &DuplicatesView::projectOpened);
    connect(session_, &ProjectSession::projectClosed, this, [this] {
        ++search_; // a search of the closed project ends cancelled: nothing to wait for
        searching_ = false;
        started_ = false;
        failure_.clear();
        updateState();
    });
    connect(model_, &QAbstractItemModel::modelReset, this, &DuplicatesView::updateState);
    // Labels set in the inspector settle (or make) conflicts: the summary counts them as shown.
    connect(model_, &DuplicateGroupsModel::conflictsChanged, this,
            [this] { summary_->setText(summaryText()); });
    updateState();
}

void DuplicatesView::buildControls() {
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(6, 6, 6, 0);

    // The settings, then the button that applies them.
    auto* settingsRow = new QHBoxLayout;
    const QString textTip = tr(
        "How alike two captions must be to count as the same text: the share of word pairs they have in "
        "common (Jaccard similarity), after case, punctuation, handles and watermarks are removed. 1 = the "
        "same words only; lower also matches captions with a few words changed. Very short captions are "
        "not compared.");
    auto* textLabel = new QLabel(tr("Text similarity ≥"), this);
    textLabel->setToolTip(textTip);
    textThreshold_ = new QDoubleSpinBox(this);
    textThreshold_->setObjectName("TextThreshold");
    textThreshold_->setRange(0.5, 1.0);
    textThreshold_->setSingleStep(0.05);
    textThreshold_->setDecimals(2);
    textThreshold_->setValue(duplicates::DuplicateSettings{}.textThreshold);
    textThreshold_->setToolTip(textTip);
    const QString imageTip =
        tr("How alike two pictures must be to count as the same image: the number of differing bits of their "
           "64-bit perceptual hashes. 0 = the same picture only; about 10 also matches a picture rescaled, "
           "re-encoded, stamped or lightly cropped; more risks matching different pictures. Pictures under "
           "different captions must be closer still to link their memes.");
    auto* imageLabel = new QLabel(tr("Image distance ≤"), this);
    imageLabel->setToolTip(imageTip);
    imageDistance_ = new QSpinBox(this);
    imageDistance_->setObjectName("ImageDistance");
    imageDistance_->setRange(0, 16);
    imageDistance_->setSuffix(tr(" bits"));
    imageDistance_->setValue(duplicates::DuplicateSettings{}.imageDistance);
    imageDistance_->setToolTip(imageTip);
    const QString pictureTip =
        tr("How alike two pictures must be to count as the same picture under another caption: the share of "
           "the picture, where neither meme shows text, that has the same colour in both. 1 = every part; "
           "0.9 also matches a picture rescaled or re-encoded. The objects and edges must match as well, so "
           "pictures that only share a plain backdrop stay apart.");
    auto* pictureLabel = new QLabel(tr("Picture ≥"), this);
    pictureLabel->setToolTip(pictureTip);
    pictureSimilarity_ = new QDoubleSpinBox(this);
    pictureSimilarity_->setObjectName("PictureSimilarity");
    pictureSimilarity_->setRange(0.5, 1.0);
    pictureSimilarity_->setSingleStep(0.05);
    pictureSimilarity_->setDecimals(2);
    pictureSimilarity_->setValue(duplicates::DuplicateSettings{}.pictureSimilarity);
    pictureSimilarity_->setToolTip(pictureTip);
    find_ = new QPushButton(tr("Find Duplicates"), this);
    find_->setObjectName("FindDuplicatesButton");
    find_->setToolTip(
        tr("Hash the pictures not hashed yet, then group the memes that repeat each other under "
           "these settings (they become the project's)"));
    settingsHint_ = new QLabel(tr("Settings changed: Find Duplicates applies them"), this);
    settingsHint_->setObjectName("DuplicateSettingsHint");
    settingsHint_->setEnabled(false);
    for (QWidget* w : std::initializer_list<QWidget*>{textLabel, textThreshold_, imageLabel, imageDistance_,
                                                      pictureLabel, pictureSimilarity_, find_})
        settingsRow->addWidget(w);
    settingsRow->addStretch();
    l->addLayout(settingsRow);
    // On a line of its own, wrapping: beside the settings it made the view too wide for a 1366-px screen
    // with the Jobs panel and the inspector open.
    settingsHint_->setWordWrap(true);
    l->addWidget(settingsHint_);
    connect(find_, &QPushButton::clicked, this, &DuplicatesView::findDuplicates);
    connect(textThreshold_, &QDoubleSpinBox::valueChanged, this, &DuplicatesView::updateState);
    connect(imageDistance_, &QSpinBox::valueChanged, this, &DuplicatesView::updateState);
    connect(pictureSimilarity_, &QDoubleSpinBox::valueChanged, this, &DuplicatesView::updateState);

    summary_ = new QLabel(this);
    summary_->setObjectName("DuplicatesSummary");
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse); // worth copying into a paper's notes
    l->addWidget(summary_);

    auto* filterRow = new QHBoxLayout;
    kind_ = new QComboBox(this);
    kind_->setObjectName("DuplicateKindFilter");
    kind_->addItem(tr("All kinds"), -1);
    for (const DuplicateKind k : kKinds)
        kind_->addItem(duplicates::duplicateKindDisplayName(k), int(k));
    kind_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    leaksOnly_ = new QCheckBox(tr("Leaks only"), this);
    leaksOnly_->setObjectName("LeaksOnly");
    leaksOnly_->setToolTip(
        tr("Groups whose members are in more than one of the training, validation and test "
           "splits"));
    conflictingOnly_ = new QCheckBox(tr("Conflicting labels only"), this);
    conflictingOnly_->setObjectName("ConflictingOnly");
    conflictingOnly_->setToolTip(tr("Groups whose labelled members are labelled differently"));
    shown_ = new QLabel(this);
    shown_->setObjectName("DuplicateGroupsShown");
    filterRow->addWidget(kind_);
    filterRow->addWidget(leaksOnly_);
    filterRow->addWidget(conflictingOnly_);
    filterRow->addStretch();
    filterRow->addWidget(shown_);
    l->addLayout(filterRow);
    connect(kind_, &QComboBox::currentIndexChanged, this, &DuplicatesView::applyFilter);
    connect(leaksOnly_, &QCheckBox::toggled, this, &DuplicatesView::applyFilter);
    connect(conflictingOnly_, &QCheckBox::toggled, this, &DuplicatesView::applyFilter);

    pages_ = new QStackedWidget(this);
    auto* emptyPage = new QWidget(pages_);
    auto* el = new QVBoxLayout(emptyPage);
    empty_ = new QLabel(emptyPage);
    empty_->setObjectName("DuplicatesEmptyState");
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setMargin(24);
    emptyFind_ = new QPushButton(tr("Find Duplicates"), emptyPage);
    emptyFind_->setObjectName("FindDuplicatesEmptyButton");
    connect(emptyFind_, &QPushButton::clicked, this, &DuplicatesView::findDuplicates);
    el->addStretch();
    el->addWidget(empty_);
    el->addWidget(emptyFind_, 0, Qt::AlignHCenter);
    el->addStretch(2);
    pages_->addWidget(emptyPage);

    list_ = new QListView(pages_);
    list_->setObjectName("DuplicateGroups");
    list_->setModel(model_);
    delegate_ = new DuplicateGroupDelegate(model_, session_->samples(), list_);
    list_->setItemDelegate(delegate_);
    list_->setUniformItemSizes(true);                        // hundreds of groups lay out at once
    list_->setSelectionMode(QAbstractItemView::NoSelection); // members are clicked, not rows
    list_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(delegate_, &DuplicateGroupDelegate::memberClicked, this, [this](qint64 rowId) {
        setCurrentRowId(rowId);
        Q_EMIT selectRow(rowId);
    });
    connect(delegate_, &DuplicateGroupDelegate::moreClicked, this, [this](int row) {
        Q_EMIT showRows(model_->memberRowIds(row),
                        tr("a duplicate group (%1)")
                            .arg(duplicates::duplicateKindDisplayName(model_->groupAt(row).kind).toLower()));
    });
    pages_->addWidget(list_);
    l->addWidget(pages_, 1);
}

duplicates::DuplicateSettings DuplicatesView::settings() const {
    duplicates::DuplicateSettings s = base_;
    s.textThreshold = textThreshold_->value();
    s.imageDistance = imageDistance_->value();
    s.pictureSimilarity = pictureSimilarity_->value();
    // Pictures under different captions must be closer than pictures under the same one: never further.
    s.imageOnlyDistance = std::min(s.imageOnlyDistance, s.imageDistance);
    return s;
}

void DuplicatesView::projectOpened() {
    const duplicates::DuplicateSettings s =
        duplicates::ProjectDuplicates::projectSettings(*session_->store());
    {
        const QSignalBlocker b1(textThreshold_), b2(imageDistance_), b3(pictureSimilarity_);
        textThreshold_->setValue(s.textThreshold);
        imageDistance_->setValue(s.imageDistance);
        pictureSimilarity_->setValue(s.pictureSimilarity);
    }
    base_ = s;
    started_ = false;
    failure_.clear();
    updateState();
    if (isVisible()) ensureResult(); // opened while this view is the one shown
}

void DuplicatesView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    ensureResult();
}

void DuplicatesView::ensureResult() {
    if (!session_->isOpen() || session_->duplicates() || searching_ || started_) return;
    findDuplicates();
}

void DuplicatesView::findDuplicates() {
    if (!session_->isOpen()) return;
    const int search = ++search_;
    searching_ = true;
    started_ = true;
    failure_.clear();
    updateState();
    // Only the latest search's end says the view has stopped searching (a replaced one ends cancelled).
    auto ended = [this, search](const QString& failure) {
        if (search != search_) return;
        searching_ = false;
        failure_ = failure;
        updateState();
    };
    tasks_->findDuplicates(settings())
        .then(this, [ended](const std::shared_ptr<const duplicates::ProjectDuplicates>&) { ended({}); })
        .onFailed(this, [ended](const Error& e) { ended(e.message()); })
        .onCanceled(this, [ended] { ended({}); });
}

void DuplicatesView::setCurrentRowId(qint64 rowId) {
    if (delegate_->currentRowId() == rowId) return;
    delegate_->setCurrentRowId(rowId);
    list_->viewport()->update();
}

void DuplicatesView::resultChanged() {
    const auto result = session_->duplicates();
    if (result) {
        // The settings the result was found under are the ones shown (another caller may have searched).
        const QSignalBlocker b1(textThreshold_), b2(imageDistance_), b3(pictureSimilarity_);
        textThreshold_->setValue(result->report.settings.textThreshold);
        imageDistance_->setValue(result->report.settings.imageDistance);
        pictureSimilarity_->setValue(result->report.settings.pictureSimilarity);
        base_ = result->report.settings;
    }
    model_->setResult(result); // resets: updateState() follows
    updateKindCounts();
}

void DuplicatesView::updateKindCounts() {
    const auto result = session_->duplicates();
    for (int i = 1; i < kind_->count(); ++i) {
        const DuplicateKind k = DuplicateKind(kind_->itemData(i).toInt());
        const QString name = duplicates::duplicateKindDisplayName(k);
        kind_->setItemText(i, result ? QStringLiteral("%1 (%2)").arg(name).arg(result->groupCount(k)) : name);
    }
}

void DuplicatesView::applyFilter() {
    DuplicateGroupsModel::Filter f;
    if (const int k = kind_->currentData().toInt(); k >= 0) f.kind = DuplicateKind(k);
    f.leaksOnly = leaksOnly_->isChecked();
    f.conflictingOnly = conflictingOnly_->isChecked();
    model_->setFilter(f); // resets: updateState() follows
}

QString DuplicatesView::summaryText() const {
    const auto result = session_->duplicates();
    if (!result) return {};
    const std::vector<duplicates::DuplicateGroup>& groups = result->report.groups;
    if (groups.empty())
        return tr("No duplicates among %n meme(s) under these settings", "", int(result->samples.size()));
    const QString dot = QStringLiteral(" · ");
    int members = 0, leaking = 0;
    for (const duplicates::DuplicateGroup& g : groups) {
        members += int(g.members.size());
        leaking += g.leak;
    }
    QString text = tr("%n group(s) holding %1 memes", "", int(groups.size())).arg(members);
    if (leaking > 0) {
        const QHash<QString, int> pairs = result->leaksBySplitPair();
        QStringList byPair;
        // The pairs that spoil a test figure first.
        for (const QString& pair :
             {QStringLiteral("train-test"), QStringLiteral("val-test"), QStringLiteral("train-val")})
            if (pairs.value(pair) > 0)
                byPair << QStringLiteral("%1 %2")
                              .arg(QString(pair).replace('-', QChar(0x2013)))
                              .arg(pairs[pair]);
        text += dot + tr("%n leak(s) across splits (%1)", "", leaking).arg(byPair.join(QStringLiteral(", ")));
    } else {
        text += dot + tr("no leaks across splits");
    }
    const int tests =
        int(std::count_if(result->samples.begin(), result->samples.end(),
                          [](const duplicates::DuplicateSample& s) { return s.split == Split::Test; }));
    if (tests > 0)
        text += dot + tr("%1 of %n test meme(s) repeat a training or validation meme", "", tests)
                          .arg(result->leakedTestRowIds().size());
    text += dot + tr("%n with conflicting labels", "", model_->conflictingGroups());
    if (result->imagesWithoutHash > 0)
        text +=
            dot + tr("%n image(s) without a hash compared by their text only", "", result->imagesWithoutHash);
    return text;
}

void DuplicatesView::updateState() {
    const bool open = session_->isOpen();
    const auto result = session_->duplicates();
    find_->setEnabled(open);
    const duplicates::DuplicateSettings shown = settings();
    settingsHint_->setVisible(result &&
                              (std::abs(shown.textThreshold - result->report.settings.textThreshold) > 1e-6 ||
                               shown.imageDistance != result->report.settings.imageDistance));
    summary_->setText(summaryText());
    summary_->setVisible(result != nullptr);
    shown_->setText(result ? tr("%1 of %n group(s) shown", "", model_->totalGroups()).arg(model_->rowCount())
                           : QString());
    QString message;
    bool offerFind = false;
    if (!open) {
        message = tr("Open a project to find the memes that repeat each other.");
    } else if (!result && searching_) {
        message = tr("Looking for duplicates… (the Jobs panel shows how far it has got)");
    } else if (!result) {
        message =
            failure_.isEmpty()
                ? tr("Not searched yet. Find Duplicates compares every caption and picture of the project: "
                     "the same meme uploaded again, a caption over another picture, a picture under "
                     "another caption — and finds the groups that leak across the training, validation "
                     "and test splits.")
                : tr("The search failed: %1").arg(failure_);
        offerFind = true;
    } else if (model_->totalGroups() == 0) {
        message = tr("No memes repeat each other under these settings.");
    } else if (model_->rowCount() == 0) {
        message = tr("No group matches the filters.");
    }
    empty_->setText(message);
    emptyFind_->setVisible(offerFind);
    pages_->setCurrentIndex(message.isEmpty() ? 1 : 0);
}

} // namespace memescope
