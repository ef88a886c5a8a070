#include "GalleryTileDelegate.h"

#include "SampleTableModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
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

void GalleryTileDelegate::paintTextCard(QPainter* painter, const QRect& box, const QString& caption) const {
    // Laid out once per caption and kept: wrapping text word by word on every paint would make a gallery
    // of text-only memes (real datasets before their images are fetched) scroll slowly.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString key = QStringLiteral("%1x%2@%3|").arg(box.width()).arg(box.height()).arg(ratio) + caption;
    if (const QPixmap* cached = cards_.object(key)) {
        painter->drawPixmap(box.topLeft(), *cached);
        return;
    }
    QPixmap card(box.size() * ratio);
    card.setDevicePixelRatio(ratio);
    card.fill(Qt::transparent);
    {
        QPainter p(&card);
        p.setFont(painter->font());
        drawTextCard(&p, QRect(QPoint(0, 0), box.size()), caption);
    }
    painter->drawPixmap(box.topLeft(), card);
    cards_.insert(key, new QPixmap(card),
                  std::max<qsizetype>(1, qsizetype(card.width()) * card.height() * 4 / 1024));
}

void GalleryTileDelegate::drawTextCard(QPainter* painter, const QRect& box, const QString& caption) const {
    painter->fillRect(box, QColor(250, 247, 238));
    painter->setPen(QColor(210, 200, 180));
    painter->drawRect(box.adjusted(0, 0, -1, -1));
    QFont f = painter->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    painter->setFont(f);
    painter->setPen(QColor(60, 55, 45));
    const QString text = caption.trimmed().isEmpty() ? tr("(no text)") : caption.simplified();
    const QRect inner = box.adjusted(6, 6, -6, -18);
    // Elided to what fits: a card shows the start of the caption; the inspector has all of it. One layout
    // pass finds where the lines that fit end.
    QTextLayout layout(text, f);
    layout.beginLayout();
    qreal y = 0;
    int end = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(inner.width());
        if (y + line.height() > inner.height()) break;
        y += line.height();
        end = line.textStart() + line.textLength();
    }
    layout.endLayout();
    const QString shown = end >= text.size() ? text : text.left(end).trimmed() + QStringLiteral(" …");
    painter->drawText(inner, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, shown);
    f.setItalic(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter->setFont(f);
    painter->setPen(QColor(150, 140, 120));
    painter->drawText(box.adjusted(6, 0, -6, -4), Qt::AlignRight | Qt::AlignBottom, tr("text only"));
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
        paintTextCard(painter, picture, index.data(SampleTableModel::CaptionRole).toString());
    }
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
