#pragma once

#include "core/store/Split.h"
#include "ui/browser/TextCard.h"

#include <QFontMetrics>
#include <QStyledItemDelegate>
#include <optional>

namespace memescope {

class DuplicateGroupsModel;
class SampleTableModel;

// A duplicate group as one row: a header with the kind, the size, "leak" and "conflicting labels" badges and
// how close the members are ("text ≥ 0.92 · image ≤ 3 bits"), then the members side by side as tiles -- the
// thumbnail (a caption card for a text-only meme), the sample id, a split chip (test in its own colour) and
// the labels. Members that do not fit the width end in a "+N more" tile. Every row has the same height, so a
// list of hundreds of groups lays out at once; thumbnails come from the session's provider (cached).
// A click on a member says memberClicked(); on the "+N more" tile, moreClicked().
class DuplicateGroupDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int MoreTile = -2; // memberAt(): the "+N more" tile
    DuplicateGroupDelegate(const DuplicateGroupsModel* groups, const SampleTableModel* samples,
                           QObject* parent = nullptr);

    // The meme drawn as current (the one the gallery and the inspector have).
    void setCurrentRowId(qint64 rowId) { current_ = rowId; }
    qint64 currentRowId() const { return current_; }

    // Geometry of a row drawn in `row` with `members` members: how many members get a tile, where tile k is
    // (k == shownMembers(): the "+N more" tile), and what is under a point (a member index, MoreTile or -1).
    int shownMembers(const QRect& row, int members) const;
    QRect tileRect(const QRect& row, int k) const;
    int memberAt(const QRect& row, int members, const QPoint& pos) const;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    static QColor splitColour(Split split);
    static QString splitChipText(Split split);

Q_SIGNALS:
    void memberClicked(qint64 rowId);
    void moreClicked(int row); // a shown row's "+N more" tile

private:
    int lineHeight() const;
    int tileHeight() const;
    int headerHeight() const;
    void paintHeader(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                     const QRect& header) const;
    void paintMember(QPainter* painter, const QStyleOptionViewItem& option, int row, int k,
                     const QRect& tile) const;
    void paintLabels(QPainter* painter, const QStyleOptionViewItem& option, std::optional<uint64_t> labels,
                     const QRect& line) const;
    QString groupToolTip(int row) const;
    QString memberToolTip(int row, int k) const;

    const DuplicateGroupsModel* groups_;
    const SampleTableModel* samples_;
    QFontMetrics fm_; // the geometry's (the gallery's tiles are measured with the default font too)
    qint64 current_ = 0;
    mutable TextCardCache cards_;
};

} // namespace memescope
