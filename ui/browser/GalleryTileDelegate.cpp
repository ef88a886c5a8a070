#include "GalleryTileDelegate.h"

#include "SampleTableModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace memescope {

namespace {
constexpr int kPad = 4;   // around the picture
constexpr int kChip = 10; // a label chip's side
} // namespace

GalleryTileDelegate::GalleryTileDelegate(const SampleTableModel* samples, int side, QObject* parent,
                                         Style style)
    : QStyledItemDelegate(parent)
    , samples_(samples)
    , side_(side)
    , style_(style) {}

QSize GalleryTileDelegate::tileSize() const {
    const QFontMetrics fm(QFont{});
    return {side_ + 2 * kPad, side_ + 2 * kPad + textLines() * (fm.height() + 2) + 2};
}

void GalleryTileDelegate::paintVerdict(QPainter* painter, const QStyleOptionViewItem& option,
                                       const QModelIndex& index, const QRect& below) const {
    const QFontMetrics fm(option.font);
    const LabelSchema& schema = samples_->schema();
    auto names = [&](const QVariant& mask) {
        if (!mask.isValid()) return tr("unlabelled");
        return mask.toULongLong() ? schema.namesOf(mask.toULongLong()).join(", ") : tr("no symptom");
    };
    const int h = fm.height() + 2;
    QRect line(below.x(), below.y(), below.width(), fm.height());
    const QString score = index.data(ScoreRole).isValid()
                              ? scoreFormat_.arg(index.data(ScoreRole).toDouble(), 0, 'f', 2)
                              : QString();
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                    line.width() - fm.horizontalAdvance(score) - 6));
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, score);
    line.translate(0, h);
    painter->setPen(QColor(40, 130, 60));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(tr("is: %1").arg(names(index.data(SampleTableModel::LabelMaskRole))),
                                    Qt::ElideRight, line.width()));
    line.translate(0, h);
    painter->setPen(QColor(190, 60, 40));
    painter->drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(tr("model: %1").arg(names(index.data(SampleTableModel::PredictedMaskRole))),
                      Qt::ElideRight, line.width()));
}

QSize GalleryTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    return tileSize();
}

void GalleryTileDelegate::paintDuplicateMark(QPainter* painter, const QRect& picture, int duplicate) const {
    // Two overlapping squares drawn rather than a "⧉" glyph, which not every font has. Drawn over the
    // picture (never into the cached text card), so the card cache needs no key for it.
    const int side = std::max(14, side_ / 8);
    const QRect badge(picture.right() - side - 2, picture.top() + 2, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool leak = duplicate == int(SampleTableModel::Duplicate::LeaksIntoTest);
    painter->setPen(Qt::NoPen);
    painter->setBrush(leak ? QColor(200, 50, 90, 230) : QColor(60, 60, 70, 200));
    painter->drawRoundedRect(badge, 3, 3);
    const int s = side * 5 / 12, o = side / 6;
    const QRect back(badge.x() + (side - s - o) / 2, badge.y() + (side - s - o) / 2, s, s);
    painter->setPen(QPen(Qt::white, 1.4));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(back);
    painter->setBrush(leak ? QColor(200, 50, 90) : QColor(60, 60, 70));
    painter->drawRect(back.translated(o, o));
    painter->restore();
}

void GalleryTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    painter->save();
    const QRect tile = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected) painter->fillRect(tile, option.palette.highlight().color().lighter(160));
    const QRect picture(tile.x() + (tile.width() - side_) / 2, tile.y() + kPad, side_, side_);
    if (index.data(SampleTableModel::HasImageRole).toBool()) {
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, picture, Qt::AlignCenter);
    } else {
        cards_.paint(painter, picture, index.data(SampleTableModel::CaptionRole).toString());
    }
    if (const int duplicate = index.data(SampleTableModel::DuplicateRole).toInt())
        paintDuplicateMark(painter, picture, duplicate);
    if (selected) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->drawRect(tile.adjusted(1, 1, -1, -1));
    }

    painter->setFont(option.font);
    if (style_ == Style::Verdict) {
        paintVerdict(painter, option, index,
                     QRect(tile.x() + kPad, picture.bottom() + 3, tile.width() - 2 * kPad, 0));
        painter->restore();
        return;
    }
    // Line 1: id. Line 2: label chips on the left, the right/wrong mark and confidence on the right.
    const QFontMetrics fm(option.font);
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect idLine(tile.x() + kPad, picture.bottom() + 3, tile.width() - 2 * kPad, fm.height());
    painter->drawText(idLine, Qt::AlignHCenter | Qt::AlignVCenter,
                      fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, idLine.width()));
    const QRect marks(idLine.x(), idLine.bottom() + 2, idLine.width(), fm.height());
    const QVariant mask = index.data(SampleTableModel::LabelMaskRole);
    const LabelSchema& schema = samples_->schema();
    int x = marks.x();
    if (!mask.isValid()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(marks, Qt::AlignLeft | Qt::AlignVCenter, tr("unlabelled"));
    } else if (mask.toULongLong() == 0) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(marks, Qt::AlignLeft | Qt::AlignVCenter, tr("no symptom"));
    } else {
        painter->setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < schema.size(); ++i)
            if (mask.toULongLong() & (uint64_t(1) << i)) {
                const QRect chip(x, marks.center().y() - kChip / 2, kChip, kChip);
                painter->setPen(schema.labels()[i].color.darker(130));
                painter->setBrush(schema.labels()[i].color);
                painter->drawRoundedRect(chip, 2, 2);
                x += kChip + 3;
            }
        // One label: its name beside the chip, as long as it fits before the mark.
        const QStringList names = schema.namesOf(mask.toULongLong());
        if (names.size() == 1) {
            painter->setPen(option.palette.color(QPalette::Text));
            const QRect nameRect(x + 1, marks.y(), marks.right() - x - 44, marks.height());
            painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(names.first(), Qt::ElideRight, nameRect.width()));
        }
    }
    const QVariant correct = index.data(SampleTableModel::CorrectRole);
    const QVariant confidence = index.data(SampleTableModel::ConfidenceRole);
    if (confidence.isValid()) {
        QString mark = QString::number(confidence.toDouble(), 'f', 2);
        QColor colour = option.palette.color(QPalette::PlaceholderText);
        if (correct.isValid()) {
            mark = (correct.toBool() ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + mark;
            colour = correct.toBool() ? QColor(40, 130, 60) : QColor(190, 60, 40);
        }
        painter->setPen(colour);
        painter->drawText(marks, Qt::AlignRight | Qt::AlignVCenter, mark);
    }
    painter->restore();
}

bool GalleryTileDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                    const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (!event || !index.isValid()) return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QVariant mask = index.data(SampleTableModel::LabelMaskRole);
    const LabelSchema& schema = samples_->schema();
    QStringList lines{index.data(Qt::DisplayRole).toString()};
    lines << (!mask.isValid() ? tr("Unlabelled")
              : mask.toULongLong() == 0
                  ? tr("Labels: no symptom")
                  : tr("Labels: %1").arg(schema.namesOf(mask.toULongLong()).join(", ")));
    switch (SampleTableModel::Duplicate(index.data(SampleTableModel::DuplicateRole).toInt())) {
    case SampleTableModel::Duplicate::LeaksIntoTest:
        lines << tr("A test meme that repeats a training or validation meme (View ▸ Duplicates)");
        break;
    case SampleTableModel::Duplicate::Grouped:
        lines << tr("Repeats another meme (View ▸ Duplicates)");
        break;
    case SampleTableModel::Duplicate::None:
        break;
    }
    const QVariant predicted = index.data(SampleTableModel::PredictedMaskRole);
    if (predicted.isValid()) {
        const uint64_t m = predicted.toULongLong();
        lines << tr("Model: %1 (confidence %2)")
                     .arg(m ? schema.namesOf(m).join(", ") : tr("no symptom"))
                     .arg(index.data(SampleTableModel::ConfidenceRole).toDouble(), 0, 'f', 2);
    }
    QToolTip::showText(event->globalPos(), lines.join('\n'), view);
    return true;
}

} // namespace memescope
