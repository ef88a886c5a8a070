#pragma once

#include "TextCard.h"

#include <QStyledItemDelegate>

namespace memescope {

class SampleTableModel;

// A gallery tile: the thumbnail -- or, for a text-only meme, a card with its caption -- then the meme's id,
// its label chips (the label colours; names in the tooltip) and, with a run selected, a right/wrong mark
// with the model's confidence; a meme that repeats another (the session's duplicate result) has a mark in
// the picture's corner. The verdict style (error analysis) spells out the given and the predicted
// labels on their own lines, with a score. Every tile has the same size whatever its data, so the grid
// never reflows into odd boxes when rows leave or enter a filtered view.
class GalleryTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Style { Gallery, Verdict };
    static constexpr int ScoreRole = Qt::UserRole + 100; // double, the verdict's score (a model may give it)
    GalleryTileDelegate(const SampleTableModel* samples, int side, QObject* parent = nullptr,
                        Style style = Style::Gallery);
    // Verdict style: how the score (ScoreRole) is shown, "%1" = the number.
    void setScoreFormat(const QString& format) { scoreFormat_ = format; }
    QSize tileSize() const;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    void paintDuplicateMark(QPainter* painter, const QRect& picture, int duplicate) const;
    void paintVerdict(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                      const QRect& below) const;
    int textLines() const { return style_ == Style::Verdict ? 3 : 2; }

    const SampleTableModel* samples_;
    int side_;
    Style style_;
    QString scoreFormat_ = QStringLiteral("%1");
    mutable TextCardCache cards_;
};

} // namespace memescope
