#include "TextCard.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

namespace memescope {

void TextCardCache::paint(QPainter* painter, const QRect& box, const QString& caption) {
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
        draw(&p, QRect(QPoint(0, 0), box.size()), caption);
    }
    painter->drawPixmap(box.topLeft(), card);
    cards_.insert(key, new QPixmap(card),
                  std::max<qsizetype>(1, qsizetype(card.width()) * card.height() * 4 / 1024));
}

void TextCardCache::draw(QPainter* painter, const QRect& box, const QString& caption) {
    painter->fillRect(box, QColor(250, 247, 238));
    painter->setPen(QColor(210, 200, 180));
    painter->drawRect(box.adjusted(0, 0, -1, -1));
    QFont f = painter->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    painter->setFont(f);
    painter->setPen(QColor(60, 55, 45));
    // The card's words stay in the gallery's translation context, where they were first translated.
    const QString text = caption.trimmed().isEmpty()
                             ? QCoreApplication::translate("memescope::GalleryTileDelegate", "(no text)")
                             : caption.simplified();
    const QRect inner = box.adjusted(6, 6, -6, -18);
    // Elided to what fits: a card shows the start of the caption; the inspector has all of it. One layout
    // pass finds where the lines that fit end and, when they hold the whole caption (short captions, most
    // of them), is what gets drawn: the caption is shaped once. Lines are spaced as QPainter::drawText
    // spaces them (line height plus the font's leading).
    QTextLayout layout(text, f);
    layout.beginLayout();
    const qreal leading = QFontMetricsF(f).leading();
    qreal y = 0;
    int end = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(inner.width());
        if (y + line.height() > inner.height()) break;
        line.setPosition(QPointF(0, y));
        y += line.height() + leading;
        end = line.textStart() + line.textLength();
    }
    layout.endLayout();
    if (end >= text.size())
        layout.draw(painter, inner.topLeft());
    else
        painter->drawText(inner, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          text.left(end).trimmed() + QStringLiteral(" …"));
    f.setItalic(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter->setFont(f);
    painter->setPen(QColor(150, 140, 120));
    painter->drawText(box.adjusted(6, 0, -6, -4), Qt::AlignRight | Qt::AlignBottom,
                      QCoreApplication::translate("memescope::GalleryTileDelegate", "text only"));
}

} // namespace memescope
