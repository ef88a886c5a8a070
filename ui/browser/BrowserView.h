#pragma once

#include <QWidget>

class QListView;
class QStackedWidget;
class QTableView;

class QLabel;
namespace memescope {

class FilterBar;
class ProjectSession;
class SampleFilterModel;

// The window's centre: the filter bar over the session's memes as a thumbnail gallery or a table (one
// filter model, one selection shared by both), and the selection in view order.
class BrowserView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Gallery, Table };

    explicit BrowserView(ProjectSession* session, QWidget* parent = nullptr);
    FilterBar* filterBar() const { return filterBar_; }
    SampleFilterModel* filterModel() const { return proxy_; }
    QListView* gallery() const { return gallery_; }
    QTableView* table() const { return table_; }
    Mode mode() const;
    void setMode(Mode mode);

    // Row ids of the selected memes, in view order (the current one when nothing is selected).
    QVector<qint64> selectedRowIds() const;
    int selectedCount() const;
    qint64 currentRowId() const;    // 0 when none
    bool selectRowId(qint64 rowId); // false when the meme is not in view (filtered out)
    void selectSampleId(const QString& sampleId);
    void selectFirst();
    // To the meme after the current one in view order; false at the end.
    bool selectNext();
    // Unlabelled memes only, the model's least certain first (id order without a run). Returns how many.
    // Any change of the filter leaves the queue (and its order); so does leaveLabellingQueue().
    int showLabellingQueue();
    void leaveLabellingQueue();
    // The second pass over labelled memes: exactly these, in this order (see reviewQueue). Leaves like the
    // labelling queue. Returns how many are shown.
    int showReviewQueue(const QVector<qint64>& ordered);
    bool inLabellingQueue() const { return inQueue_; }
    // What the empty gallery says (hidden while memes are shown).
    QString emptyMessage() const;

Q_SIGNALS:
    void currentChanged(qint64 rowId); // 0: nothing current
    void selectionChanged();
    void filterChanged();
    void revealRequested(); // the gallery has something to show (the labelling queue): bring it forward

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // the gallery's width shared by its columns

private:
    void buildGallery();
    void buildTable();
    void updateEmptyState();
    void filterApplied();

    ProjectSession* session_;
    SampleFilterModel* proxy_;
    FilterBar* filterBar_;
    QStackedWidget* views_;
    QListView* gallery_ = nullptr;
    QSize tileCell_; // a tile with its spacing: the narrowest grid cell
    QTableView* table_ = nullptr;
    QLabel* empty_ = nullptr;
    bool inQueue_ = false;
    bool reviewing_ = false; // the queue is the review queue
    qint64 lastCurrent_ = 0; // the row currentChanged() last announced
};

} // namespace memescope
