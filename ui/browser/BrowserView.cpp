#include "BrowserView.h"

#include "FilterBar.h"
#include "GalleryTileDelegate.h"
#include "SampleFilterModel.h"
#include "SampleTableModel.h"
#include "ThumbnailProvider.h"
#include "ui/labelling/LabelingController.h"
#include "ui/session/ProjectSession.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace memescope {

BrowserView::BrowserView(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , proxy_(new SampleFilterModel(this)) {
    proxy_->setSourceModel(session_->samples());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    filterBar_ = new FilterBar(this);
    connect(filterBar_, &FilterBar::filterChanged, this, [this](const SampleFilter& f) {
        if (inQueue_) leaveLabellingQueue(); // a new filter is a new question: the queue's order goes
        proxy_->setFilter(f);
        filterApplied();
    });
    layout->addWidget(filterBar_);
    views_ = new QStackedWidget(this);
    buildGallery();
    buildTable();
    layout->addWidget(views_, 1);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &BrowserView::updateEmptyState);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &BrowserView::updateEmptyState);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &BrowserView::updateEmptyState);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &BrowserView::updateEmptyState);
    connect(gallery_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        lastCurrent_ = currentRowId();
        Q_EMIT currentChanged(lastCurrent_);
    });
    connect(gallery_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowserView::selectionChanged);
    connect(session_, &ProjectSession::samplesReloaded, this,
            [this] { filterBar_->setSchema(session_->schema()); });
    connect(session_, &ProjectSession::projectClosed, this, [this] {
        inQueue_ = false; // the queue was the closed project's
        proxy_->setSortRole(Qt::DisplayRole);
        proxy_->sort(-1);
        updateEmptyState();
    });
    // The prediction filters reveal the model: off without a run and while labelling blind.
    auto predictionFilters = [this] {
        filterBar_->setHasPredictions(session_->runId() != 0 && !session_->labeling()->isBlind());
    };
    connect(session_, &ProjectSession::runSelected, this, predictionFilters);
    connect(session_->labeling(), &LabelingController::blindChanged, this, predictionFilters);
    connect(session_, &ProjectSession::duplicatesChanged, this, [this] {
        // Without a result the filter bar drops its duplicates filter (a filter change of its own); another
        // result changes which memes a duplicates filter holds: applied again.
        filterBar_->setHasDuplicates(session_->duplicates() != nullptr);
        if (proxy_->filter().duplicates != SampleFilter::Duplicates::Any) {
            proxy_->setFilter(proxy_->filter());
            filterApplied();
        }
    });
}

bool BrowserView::eventFilter(QObject* watched, QEvent* event) {
    // As many whole columns as fit, sharing the width: no empty strip at the right edge.
    if (gallery_ && watched == gallery_->viewport() && event->type() == QEvent::Resize) {
        const int width = gallery_->viewport()->width();
        const int columns = std::max(1, width / tileCell_.width());
        const QSize cell(std::max(tileCell_.width(), width / columns), tileCell_.height());
        if (gallery_->gridSize() != cell) gallery_->setGridSize(cell);
    }
    return QWidget::eventFilter(watched, event);
}

void BrowserView::buildGallery() {
    gallery_ = new QListView(views_);
    gallery_->setObjectName("Gallery");
    gallery_->setModel(proxy_);
    gallery_->setModelColumn(SampleTableModel::IdColumn);
    gallery_->setViewMode(QListView::IconMode);
    gallery_->setResizeMode(QListView::Adjust);
    gallery_->setMovement(QListView::Static);
    gallery_->setUniformItemSizes(true); // constant-time layout: 100,000 items scroll without stalls
    gallery_->setLayoutMode(QListView::Batched);
    gallery_->setBatchSize(2000);
    const int side = session_->thumbnails()->side();
    auto* tiles = new GalleryTileDelegate(session_->samples(), side, gallery_);
    gallery_->setItemDelegate(tiles);
    gallery_->setIconSize(QSize(side, side));
    tileCell_ = tiles->tileSize() + QSize(8, 8);
    gallery_->setGridSize(tileCell_);
    gallery_->viewport()->installEventFilter(this);
    gallery_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    gallery_->setMouseTracking(true);
    empty_ = new QLabel(gallery_->viewport());
    empty_->setObjectName("GalleryEmptyState");
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setMargin(24);
    empty_->hide();
    (new QVBoxLayout(gallery_->viewport()))->addWidget(empty_); // follows the viewport's size
    views_->addWidget(gallery_);
}

void BrowserView::buildTable() {
    table_ = new QTableView(views_);
    table_->setObjectName("SampleTable");
    table_->setModel(proxy_);
    table_->setSelectionModel(gallery_->selectionModel()); // one selection, two views
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setColumnWidth(SampleTableModel::IdColumn, 150);
    table_->setColumnWidth(SampleTableModel::SplitColumn, 60);
    table_->setColumnWidth(SampleTableModel::LabelsColumn, 230);
    table_->setColumnWidth(SampleTableModel::PredictionColumn, 200);
    table_->setColumnWidth(SampleTableModel::ImageColumn, 70);
    views_->addWidget(table_);
}

BrowserView::Mode BrowserView::mode() const {
    return views_->currentIndex() == 1 ? Mode::Table : Mode::Gallery;
}

void BrowserView::setMode(Mode mode) {
    views_->setCurrentIndex(mode == Mode::Table ? 1 : 0);
}

QVector<qint64> BrowserView::selectedRowIds() const {
    QVector<qint64> ids;
    QModelIndexList rows = gallery_->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    int last = -1;
    for (const QModelIndex& i : rows)
        if (i.row() != last) {
            ids << i.data(SampleTableModel::RowIdRole).toLongLong();
            last = i.row();
        }
    if (ids.isEmpty() && gallery_->currentIndex().isValid()) ids << currentRowId();
    return ids;
}

int BrowserView::selectedCount() const {
    QSet<int> rows;
    for (const QModelIndex& i : gallery_->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    return int(rows.size());
}

qint64 BrowserView::currentRowId() const {
    const QModelIndex idx = gallery_->currentIndex();
    return idx.isValid() ? idx.data(SampleTableModel::RowIdRole).toLongLong() : 0;
}

bool BrowserView::selectRowId(qint64 rowId) {
    const int source = session_->samples()->rowOf(rowId);
    if (source < 0) return false;
    const QModelIndex idx = proxy_->mapFromSource(session_->samples()->index(source, 0));
    if (!idx.isValid()) return false;
    gallery_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    gallery_->scrollTo(idx);
    table_->scrollTo(idx);
    return true;
}

void BrowserView::selectSampleId(const QString& sampleId) {
    const SampleTableModel* samples = session_->samples();
    for (int r = 0; r < samples->rowCount(); ++r)
        if (samples->sampleAt(r).sampleId == sampleId) {
            selectRowId(samples->sampleAt(r).id);
            return;
        }
}

void BrowserView::selectFirst() {
    if (proxy_->rowCount() > 0)
        selectRowId(proxy_->index(0, 0).data(SampleTableModel::RowIdRole).toLongLong());
}

bool BrowserView::selectNext() {
    const QModelIndex next = proxy_->index(gallery_->currentIndex().row() + 1, 0);
    if (!next.isValid()) return false;
    selectRowId(next.data(SampleTableModel::RowIdRole).toLongLong());
    return true;
}

int BrowserView::showLabellingQueue() {
    filterBar_->clear(); // before entering: clearing is a filter change, which leaves a queue
    SampleFilter f = filterBar_->filter();
    f.unlabelledOnly = true;
    inQueue_ = true;
    reviewing_ = false;
    proxy_->setFilter(f);
    proxy_->setSortRole(SampleTableModel::UncertaintyRole);
    proxy_->sort(SampleTableModel::IdColumn, Qt::DescendingOrder);
    setMode(Mode::Gallery);
    selectFirst();
    filterApplied();
    Q_EMIT revealRequested();
    return proxy_->rowCount();
}

int BrowserView::showReviewQueue(const QVector<qint64>& ordered) {
    filterBar_->clear();
    SampleFilter f = filterBar_->filter();
    f.restrictToRows = true;
    f.onlyRows = ordered;
    inQueue_ = true;
    reviewing_ = true;
    session_->samples()->setReviewOrder(ordered);
    proxy_->setFilter(f);
    proxy_->setSortRole(SampleTableModel::ReviewRankRole);
    proxy_->sort(SampleTableModel::IdColumn, Qt::AscendingOrder);
    setMode(Mode::Gallery);
    selectFirst();
    filterApplied();
    Q_EMIT revealRequested();
    return proxy_->rowCount();
}

void BrowserView::leaveLabellingQueue() {
    if (!inQueue_) return;
    inQueue_ = false;
    proxy_->setSortRole(Qt::DisplayRole);
    proxy_->sort(-1); // back to the project's order
    proxy_->setFilter(filterBar_->filter());
    filterApplied();
}

void BrowserView::filterApplied() {
    // A filter is one layout change: the selection model moves no current index and says nothing when the
    // current meme left the view, so the inspector and the counts are told here.
    updateEmptyState();
    if (const qint64 now = currentRowId(); now != lastCurrent_) {
        lastCurrent_ = now;
        Q_EMIT currentChanged(now);
    }
    Q_EMIT selectionChanged();
    Q_EMIT filterChanged();
}

QString BrowserView::emptyMessage() const {
    if (!session_->isOpen()) return {};
    if (session_->samples()->rowCount() == 0)
        return tr("This project has no memes yet. Import a dataset (File ▸ Import) or drop images here.");
    if (inQueue_ && reviewing_)
        return tr(
            "Nothing to review: no reposts with conflicting labels (View ▸ Duplicates finds them) and no "
            "labelled meme the selected run disagrees with.\n\nPress Ctrl+Shift+U to leave the queue.");
    if (inQueue_)
        return tr(
            "Every meme is labelled: the labelling queue is empty.\n\nPress Ctrl+U to leave the queue.");
    return tr("No meme matches the filter.");
}

void BrowserView::updateEmptyState() {
    const bool show = proxy_->rowCount() == 0 && session_->isOpen();
    if (!show && empty_->isHidden()) return; // the common case, called for every batch of rows
    empty_->setText(show ? emptyMessage() : QString());
    empty_->setVisible(show);
}

} // namespace memescope
