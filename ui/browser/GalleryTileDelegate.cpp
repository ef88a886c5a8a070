#include "GalleryTileDelegate.h"

#include "SampleTableModel.h"
#include "TextCard.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>
#include <algorithm>
#include <memory>

namespace memescope {

namespace {
constexpr int kPad = 4;   // around the picture
constexpr int kChip = 10; // a label chip's side

qint64 cachedPaintCount = 0, freshPaintCount = 0;
constexpr size_t kSpares = 16; // a screen's row or two of tiles

// The schema's look in the tiles: label names (the single label's name, the verdict's lines) and colours.
size_t schemaKey(const LabelSchema& schema) {
    size_t h = schema.isMultiLabel() ? 1 : 0;
    for (const auto& label : schema.labels())
        h = qHashMulti(h, label.name, label.color.rgba());
    return h;
}

// Where a block of `size` goes in `box` under `align` (left, right or centred; vertically centred).
QPointF aligned(const QRect& box, const QSizeF& size, Qt::Alignment align) {
    qreal x = box.x();
    if (align & Qt::AlignRight)
        x = box.x() + box.width() - size.width();
    else if (align & Qt::AlignHCenter)
        x = box.x() + (box.width() - size.width()) / 2;
    return {x, box.y() + (box.height() - size.height()) / 2};
}

} // namespace

struct GalleryTileDelegate::Look {
    QString text;
    bool hasImage = false;
    QIcon icon;
    QString caption;
    int duplicate = 0;
    QVariant labelMask, predictedMask, correct, confidence, score;
};

bool GalleryTileDelegate::Key::operator==(const Key& o) const {
    return width == o.width && height == o.height && pixelRatio == o.pixelRatio && palette == o.palette &&
           colorGroup == o.colorGroup && font == o.font && schema == o.schema &&
           scoreFormat == o.scoreFormat && selected == o.selected && icon == o.icon &&
           duplicate == o.duplicate && labelled == o.labelled && predicted == o.predicted &&
           hasCorrect == o.hasCorrect && correct == o.correct && hasConfidence == o.hasConfidence &&
           hasScore == o.hasScore && labelMask == o.labelMask && predictedMask == o.predictedMask &&
           confidence == o.confidence && score == o.score && text == o.text && caption == o.caption;
}

GalleryTileDelegate::Tile::~Tile() {
    if (spares && spares->size() < kSpares) spares->push_back(std::move(pixmap));
}

size_t qHash(const GalleryTileDelegate::Key& k, size_t seed) {
    return qHashMulti(seed, k.width, k.height, k.pixelRatio, k.palette, k.font, k.schema, k.selected, k.text,
                      k.icon, k.caption, k.duplicate, k.labelMask, k.predictedMask, k.confidence, k.score);
}

const QPixmap& GalleryTileDelegate::chip(const QColor& colour, qreal ratio) const {
    QPixmap& p = chips_[{colour.rgba(), ratio}];
    if (p.isNull()) {
        p = QPixmap(QSize(kChip, kChip) * ratio);
        p.setDevicePixelRatio(ratio);
        p.fill(Qt::transparent);
        QPainter painter(&p);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour.darker(130));
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(0.5, 0.5, kChip - 1, kChip - 1), 2, 2);
    }
    return p;
}

void GalleryTileDelegate::drawLine(QPainter* painter, const QRect& box, Qt::Alignment align,
                                   const QString& text, Qt::TextElideMode mode, bool recurring) const {
    const QFont& font = painter->font();
    if (recurring) {
        if (textsFont_ != ::qHash(font) || texts_.size() > 1024) {
            texts_.clear();
            textsFont_ = ::qHash(font);
        }
        const QString key = QString::number(box.width()) + QChar(u'0' + int(mode)) + text;
        auto it = texts_.find(key);
        if (it == texts_.end()) {
            QStaticText laidOut(QFontMetrics(font).elidedText(text, mode, box.width()));
            laidOut.setTextFormat(Qt::PlainText);
            laidOut.prepare(QTransform(), font);
            it = texts_.insert(key, laidOut);
        }
        painter->drawStaticText(aligned(box, it->size(), align), *it);
        return;
    }
    QTextLayout layout(text, font);
    QTextOption options;
    options.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(options);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) line.setLineWidth(box.width());
    layout.endLayout();
    if (!line.isValid()) return;
    if (line.naturalTextWidth() > box.width()) {
        painter->drawText(box, align | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(text, mode, box.width()));
        return;
    }
    layout.draw(painter, aligned(box, QSizeF(line.naturalTextWidth(), line.height()), align));
}

GalleryTileDelegate::GalleryTileDelegate(const SampleTableModel* samples, int side, QObject* parent,
                                         Style style)
    : QStyledItemDelegate(parent)
    , samples_(samples)
    , side_(side)
    , style_(style)
    , schemaKey_(schemaKey(samples->schema()))
    , tiles_(8 * 1024) {
    // The schema changes only with the memes (a project opened): the tiles' key follows it.
    connect(samples, &QAbstractItemModel::modelReset, this,
            [this] { schemaKey_ = schemaKey(samples_->schema()); });
}

void GalleryTileDelegate::setScoreFormat(const QString& format) {
    scoreFormat_ = format;
}

qint64 GalleryTileDelegate::cachedPaints() {
    return cachedPaintCount;
}

qint64 GalleryTileDelegate::freshPaints() {
    return freshPaintCount;
}

QSize GalleryTileDelegate::tileSize() const {
    const QFontMetrics fm(QFont{});
    return {side_ + 2 * kPad, side_ + 2 * kPad + textLines() * (fm.height() + 2) + 2};
}

void GalleryTileDelegate::paintVerdict(QPainter* painter, const QStyleOptionViewItem& option,
                                       const Look& look, const QRect& below) const {
    const QFontMetrics fm(option.font);
    const LabelSchema& schema = samples_->schema();
    auto names = [&](const QVariant& mask) {
        if (!mask.isValid()) return tr("unlabelled");
        return mask.toULongLong() ? schema.namesOf(mask.toULongLong()).join(", ") : tr("no symptom");
    };
    const int h = fm.height() + 2;
    QRect line(below.x(), below.y(), below.width(), fm.height());
    const QString score =
        look.score.isValid() ? scoreFormat_.arg(look.score.toDouble(), 0, 'f', 2) : QString();
    painter->setPen(option.palette.color(QPalette::Text));
    drawLine(painter, line.adjusted(0, 0, -fm.horizontalAdvance(score) - 6, 0), Qt::AlignLeft, look.text,
             Qt::ElideMiddle, false);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    drawLine(painter, line, Qt::AlignRight, score, Qt::ElideNone, true);
    line.translate(0, h);
    const QRect twoLines(line.x(), line.y(), line.width(), h + fm.height());
    painter->setPen(QColor(40, 130, 60));
    drawTwoLines(painter, twoLines, tr("is: %1").arg(names(look.labelMask)));
    painter->setPen(QColor(190, 60, 40));
    drawTwoLines(painter, twoLines.translated(0, 2 * h), tr("model: %1").arg(names(look.predictedMask)));
}

void GalleryTileDelegate::drawTwoLines(QPainter* painter, const QRect& box, const QString& text,
                                       int firstIndent) const {
    const QFontMetrics fm(painter->font());
    QTextLayout layout(text, painter->font());
    QTextOption options;
    options.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(options);
    layout.beginLayout();
    QVector<QTextLine> lines;
    for (QTextLine l = layout.createLine(); l.isValid() && lines.size() < 3; l = layout.createLine()) {
        l.setLineWidth(lines.isEmpty() ? box.width() - firstIndent : box.width());
        lines << l;
    }
    layout.endLayout();
    const int h = fm.height() + 2;
    if (lines.isEmpty()) return;
    const QString first = text.mid(lines[0].textStart(), lines[0].textLength()).trimmed();
    painter->drawText(QRect(box.x() + firstIndent, box.y(), box.width() - firstIndent, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, first);
    if (lines.size() < 2) return;
    const QString rest = text.mid(lines[1].textStart()).trimmed(); // the second line and anything beyond
    painter->drawText(QRect(box.x(), box.y() + h, box.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(rest, Qt::ElideRight, box.width()));
}

QSize GalleryTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    return tileSize();
}

void GalleryTileDelegate::paintDuplicateMark(QPainter* painter, const QRect& picture, int duplicate) const {
    const int side = std::max(14, side_ / 8);
    const qreal ratio = painter->device()->devicePixelRatio();
    // Drawn once per kind and pixel ratio (antialiased shapes are dear) and laid over the picture: drawing
    // the cached badge composes exactly as drawing its shapes would.
    QPixmap& badge = badges_[{duplicate, ratio}];
    if (badge.isNull()) {
        badge = QPixmap(QSize(side, side) * ratio);
        badge.setDevicePixelRatio(ratio);
        badge.fill(Qt::transparent);
        QPainter p(&badge);
        p.setRenderHint(QPainter::Antialiasing);
        // Two overlapping squares drawn rather than a "⧉" glyph, which not every font has.
        const bool leak = duplicate == int(SampleTableModel::Duplicate::LeaksIntoTest);
        p.setPen(Qt::NoPen);
        p.setBrush(leak ? QColor(200, 50, 90, 230) : QColor(60, 60, 70, 200));
        p.drawRoundedRect(QRect(0, 0, side, side), 3, 3);
        const int s = side * 5 / 12, o = side / 6;
        const QRect back((side - s - o) / 2, (side - s - o) / 2, s, s);
        p.setPen(QPen(Qt::white, 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawRect(back);
        p.setBrush(leak ? QColor(200, 50, 90) : QColor(60, 60, 70));
        p.drawRect(back.translated(o, o));
    }
    painter->drawPixmap(QPoint(picture.right() - side - 2, picture.top() + 2), badge);
}

void GalleryTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    Look look;
    look.text = index.data(Qt::DisplayRole).toString();
    look.hasImage = index.data(SampleTableModel::HasImageRole).toBool();
    if (look.hasImage)
        look.icon = index.data(Qt::DecorationRole).value<QIcon>();
    else
        look.caption = index.data(SampleTableModel::CaptionRole).toString();
    look.duplicate = index.data(SampleTableModel::DuplicateRole).toInt();
    look.labelMask = index.data(SampleTableModel::LabelMaskRole);
    look.correct = index.data(SampleTableModel::CorrectRole);
    look.confidence = index.data(SampleTableModel::ConfidenceRole);
    if (style_ == Style::Verdict) {
        look.predictedMask = index.data(SampleTableModel::PredictedMaskRole);
        look.score = index.data(ScoreRole);
    }

    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    Key key;
    key.width = option.rect.width();
    key.height = option.rect.height();
    key.pixelRatio = ratio;
    key.palette = option.palette.cacheKey();
    key.colorGroup = int(option.palette.currentColorGroup());
    key.font = ::qHash(option.font);
    key.schema = schemaKey_;
    key.scoreFormat = ::qHash(scoreFormat_);
    key.selected = option.state & QStyle::State_Selected;
    key.text = look.text;
    key.icon = look.hasImage ? look.icon.cacheKey() : 0;
    key.caption = look.caption;
    key.duplicate = look.duplicate;
    key.labelled = look.labelMask.isValid();
    key.labelMask = look.labelMask.toULongLong();
    key.predicted = look.predictedMask.isValid();
    key.predictedMask = look.predictedMask.toULongLong();
    key.hasCorrect = look.correct.isValid();
    key.correct = look.correct.toBool();
    key.hasConfidence = look.confidence.isValid();
    key.confidence = look.confidence.toDouble();
    key.hasScore = look.score.isValid();
    key.score = look.score.toDouble();
    if (const Tile* cached = tiles_.object(key)) {
        ++cachedPaintCount;
        painter->drawPixmap(option.rect.topLeft(), cached->pixmap);
        return;
    }
    ++freshPaintCount;
    // Four views full of tiles, so scrolling back a few screens finds them still there.
    const qsizetype cost =
        std::max<qsizetype>(1, qsizetype(key.width * ratio) * qsizetype(key.height * ratio) / 256);
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget)) {
        const QSize area = view->viewport()->size();
        const qsizetype screens =
            4 * qsizetype(area.width() * ratio) * qsizetype(area.height() * ratio) / 256;
        tiles_.setMaxCost(std::max({tiles_.maxCost(), screens, 8 * cost}));
    }
    // Opaque, on the view's background (the tiles lie on an item view's base): copying it is a plain blit
    // and its text keeps the platform's antialiasing.
    auto tile = std::make_unique<Tile>();
    const QSize pixels = option.rect.size() * ratio;
    const auto spare =
        std::find_if(spares_.begin(), spares_.end(), [&](const QPixmap& p) { return p.size() == pixels; });
    if (spare != spares_.end()) {
        tile->pixmap = std::move(*spare);
        spares_.erase(spare);
    } else {
        tile->pixmap = QPixmap(pixels);
    }
    tile->pixmap.setDevicePixelRatio(ratio);
    tile->pixmap.fill(option.palette.color(QPalette::Base));
    {
        QPainter p(&tile->pixmap);
        p.setFont(option.font);
        QStyleOptionViewItem at = option;
        at.rect = QRect(QPoint(0, 0), option.rect.size());
        draw(&p, at, look);
    }
    painter->drawPixmap(option.rect.topLeft(), tile->pixmap);
    tile->spares = &spares_;
    tiles_.insert(key, tile.release(), cost);
}

void GalleryTileDelegate::draw(QPainter* painter, const QStyleOptionViewItem& option,
                               const Look& look) const {
    const QRect tile = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected) painter->fillRect(tile, option.palette.highlight().color().lighter(160));
    const QRect picture(tile.x() + (tile.width() - side_) / 2, tile.y() + kPad, side_, side_);
    if (look.hasImage)
        look.icon.paint(painter, picture, Qt::AlignCenter);
    else
        TextCardCache::draw(painter, picture, look.caption);
    if (look.duplicate) paintDuplicateMark(painter, picture, look.duplicate);
    if (selected) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->drawRect(tile.adjusted(1, 1, -1, -1));
    }

    painter->setFont(option.font);
    if (style_ == Style::Verdict) {
        paintVerdict(painter, option, look,
                     QRect(tile.x() + kPad, picture.bottom() + 3, tile.width() - 2 * kPad, 0));
        return;
    }
    // Line 1: the id, and the right/wrong mark with the confidence on the right. Lines 2-3: the label chips
    // and the labels' names, wrapped (whole names: "Impending D…" reads as another label).
    const QFontMetrics fm(option.font);
    const QRect idLine(tile.x() + kPad, picture.bottom() + 3, tile.width() - 2 * kPad, fm.height());
    QString mark;
    QColor markColour = option.palette.color(QPalette::PlaceholderText);
    if (look.confidence.isValid()) {
        mark = QString::number(look.confidence.toDouble(), 'f', 2);
        if (look.correct.isValid()) {
            mark = (look.correct.toBool() ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + mark;
            markColour = look.correct.toBool() ? QColor(40, 130, 60) : QColor(190, 60, 40);
        }
    }
    const int markWidth = mark.isEmpty() ? 0 : fm.horizontalAdvance(mark) + 6;
    painter->setPen(option.palette.color(QPalette::Text));
    drawLine(painter, idLine.adjusted(0, 0, -markWidth, 0), markWidth ? Qt::AlignLeft : Qt::AlignHCenter,
             look.text, Qt::ElideMiddle, false);
    if (!mark.isEmpty()) {
        painter->setPen(markColour);
        drawLine(painter, idLine, Qt::AlignRight, mark, Qt::ElideNone, true);
    }
    const QRect marks(idLine.x(), idLine.bottom() + 2, idLine.width(), fm.height());
    const LabelSchema& schema = samples_->schema();
    int x = marks.x();
    if (!look.labelMask.isValid()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        drawLine(painter, marks, Qt::AlignLeft, tr("unlabelled"), Qt::ElideRight, true);
    } else if (look.labelMask.toULongLong() == 0) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        drawLine(painter, marks, Qt::AlignLeft, tr("no symptom"), Qt::ElideRight, true);
    } else {
        const uint64_t mask = look.labelMask.toULongLong();
        const qreal ratio = painter->device()->devicePixelRatio();
        for (int i = 0; i < schema.size(); ++i)
            if (mask & (uint64_t(1) << i)) {
                painter->drawPixmap(QPoint(x, marks.center().y() - kChip / 2),
                                    chip(schema.labels()[i].color, ratio));
                x += kChip + 3;
            }
        // The names after the chips, continuing on the next line (the tooltip has them all, always).
        painter->setPen(option.palette.color(QPalette::Text));
        const QRect names(marks.x(), marks.y(), marks.width(), 2 * marks.height() + 2);
        drawTwoLines(painter, names, schema.namesOf(mask).join(QStringLiteral(", ")), x + 1 - marks.x());
    }
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
