#include "DuplicateGroupDelegate.h"

#include "DuplicateGroupsModel.h"
#include "ui/browser/SampleTableModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <set>

namespace memescope {

namespace {
constexpr int kMargin = 6; // around a row's content
constexpr int kSide = 112; // a member's picture
constexpr int kPad = 4;    // around the picture inside its tile
constexpr int kGap = 8;    // between tiles
constexpr int kChip = 8;   // a label chip's side
constexpr int kTileWidth = kSide + 2 * kPad;

// A rounded, filled badge with white text at (x, y); returns its width.
int drawBadge(QPainter* painter, const QFontMetrics& fm, int x, int y, const QString& text,
              const QColor& fill) {
    const QRect r(x, y, fm.horizontalAdvance(text) + 10, fm.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, text);
    painter->restore();
    return r.width();
}

QString similarityText(const duplicates::DuplicateGroup& g) {
    QStringList parts;
    if (g.textMatched) parts << DuplicateGroupDelegate::tr("text ≥ %1").arg(g.minTextSimilarity, 0, 'f', 2);
    if (g.imageMatched) parts << DuplicateGroupDelegate::tr("image ≤ %n bit(s)", "", g.maxImageDistance);
    if (g.pictureMatched)
        parts << DuplicateGroupDelegate::tr("picture ≥ %1").arg(g.minPictureSimilarity, 0, 'f', 2);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

DuplicateGroupDelegate::DuplicateGroupDelegate(const DuplicateGroupsModel* groups,
                                               const SampleTableModel* samples, QObject* parent)
    : QStyledItemDelegate(parent)
    , groups_(groups)
    , samples_(samples)
    , fm_(QFont{}) {}

QColor DuplicateGroupDelegate::splitColour(Split split) {
    switch (split) {
    case Split::Train:
        return QColor(70, 110, 170);
    case Split::Validation:
        return QColor(190, 130, 30);
    case Split::Test:
        return QColor(200, 40, 90); // the split a leak spoils: its own, loud colour
    case Split::Unassigned:
        break;
    }
    return QColor(140, 140, 140);
}

QString DuplicateGroupDelegate::splitChipText(Split split) {
    switch (split) {
    case Split::Train:
        return tr("train");
    case Split::Validation:
        return tr("validation");
    case Split::Test:
        return tr("test");
    case Split::Unassigned:
        break;
    }
    return tr("no split");
}

int DuplicateGroupDelegate::lineHeight() const {
    return fm_.height() + 2;
}

int DuplicateGroupDelegate::tileHeight() const {
    return kPad + kSide + 3 + 2 * lineHeight();
}

int DuplicateGroupDelegate::headerHeight() const {
    return fm_.height() + 10;
}

QSize DuplicateGroupDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    // The width is the list's (a row spans it); three tiles is only what a narrow list asks for.
    return {3 * (kTileWidth + kGap) + 2 * kMargin, 2 * kMargin + headerHeight() + tileHeight()};
}

int DuplicateGroupDelegate::shownMembers(const QRect& row, int members) const {
    const int fit = std::max(1, (row.width() - 2 * kMargin + kGap) / (kTileWidth + kGap));
    return members <= fit ? members : std::max(1, fit - 1); // the last place for "+N more"
}

QRect DuplicateGroupDelegate::tileRect(const QRect& row, int k) const {
    return {row.x() + kMargin + k * (kTileWidth + kGap), row.y() + kMargin + headerHeight(), kTileWidth,
            tileHeight()};
}

int DuplicateGroupDelegate::memberAt(const QRect& row, int members, const QPoint& pos) const {
    const int shown = shownMembers(row, members);
    for (int k = 0; k < shown; ++k)
        if (tileRect(row, k).contains(pos)) return k;
    if (shown < members && tileRect(row, shown).contains(pos)) return MoreTile;
    return -1;
}

void DuplicateGroupDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= groups_->rowCount()) return;
    painter->save();
    painter->setFont(option.font);
    const QRect row = option.rect;
    if (index.row() % 2) painter->fillRect(row, option.palette.color(QPalette::AlternateBase));
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(row.bottomLeft(), row.bottomRight());
    paintHeader(painter, option, index,
                QRect(row.x() + kMargin, row.y() + kMargin, row.width() - 2 * kMargin, headerHeight() - 6));
    const int members = groups_->memberCount(index.row());
    const int shown = shownMembers(row, members);
    for (int k = 0; k < shown; ++k)
        paintMember(painter, option, index.row(), k, tileRect(row, k));
    if (shown < members) {
        const QRect more = tileRect(row, shown).adjusted(kPad, kPad, -kPad, 0);
        const QRect box(more.topLeft(), QSize(kSide, kSide));
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->setBrush(option.palette.color(QPalette::Base));
        painter->drawRoundedRect(box.adjusted(0, 0, -1, -1), 4, 4);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(box.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap,
                          tr("+%n more\n\nshow all in the gallery", "", members - shown));
    }
    painter->restore();
}

void DuplicateGroupDelegate::paintHeader(QPainter* painter, const QStyleOptionViewItem& option,
                                         const QModelIndex& index, const QRect& header) const {
    const duplicates::DuplicateGroup& g = groups_->groupAt(index.row());
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    const QString kind = duplicates::duplicateKindDisplayName(g.kind);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, kind);
    int x = header.x() + QFontMetrics(bold).horizontalAdvance(kind) + 8;
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    const QString count = tr("%n meme(s)", "", int(g.members.size()));
    painter->drawText(QRect(x, header.y(), header.right() - x, header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, count);
    x += fm.horizontalAdvance(count) + 10;
    const int badgeY = header.center().y() - (fm.height() + 2) / 2;
    if (g.leak) x += drawBadge(painter, fm, x, badgeY, tr("leak"), QColor(200, 40, 90)) + 6;
    if (groups_->isConflicting(index.row()))
        x += drawBadge(painter, fm, x, badgeY, tr("conflicting labels"), QColor(130, 70, 170)) + 6;
    const QString similarity = similarityText(g);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(x, header.y(), header.right() - x, header.height()),
                      Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(similarity, Qt::ElideLeft, std::max(0, header.right() - x)));
}

void DuplicateGroupDelegate::paintMember(QPainter* painter, const QStyleOptionViewItem& option, int row,
                                         int k, const QRect& tile) const {
    const DuplicateGroupsModel::Member m = groups_->member(row, k);
    const QFontMetrics fm(option.font);
    const bool current = m.rowId == current_;
    if (current) painter->fillRect(tile, option.palette.highlight().color().lighter(160));
    const QRect picture(tile.x() + kPad, tile.y() + kPad, kSide, kSide);
    if (m.hasImage)
        groups_->thumbnail(m.rowId).paint(painter, picture, Qt::AlignCenter);
    else
        cards_.paint(painter, picture, m.text);
    painter->setFont(option.font);
    if (current) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(tile.adjusted(1, 1, -1, -1));
    }
    // Line 1: the sample id. Line 2: the split chip, then the labels.
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect idLine(picture.x(), picture.bottom() + 3, kSide, fm.height());
    painter->drawText(idLine, Qt::AlignHCenter | Qt::AlignVCenter,
                      fm.elidedText(m.sampleId, Qt::ElideMiddle, idLine.width()));
    const QRect chipLine(idLine.x(), idLine.y() + lineHeight(), kSide, fm.height());
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics sfm(small);
    const QString split = splitChipText(m.split);
    const QRect chip(chipLine.x(), chipLine.y() + 1, std::min(sfm.horizontalAdvance(split) + 8, kSide / 2),
                     chipLine.height() - 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(splitColour(m.split));
    painter->drawRoundedRect(chip, 3, 3);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(chip, Qt::AlignCenter, sfm.elidedText(split, Qt::ElideRight, chip.width() - 4));
    painter->restore();
    paintLabels(painter, option, m.labels, chipLine.adjusted(chip.width() + 4, 0, 0, 0));
}

void DuplicateGroupDelegate::paintLabels(QPainter* painter, const QStyleOptionViewItem& option,
                                         std::optional<uint64_t> labels, const QRect& line) const {
    const QFontMetrics fm(option.font);
    if (!labels || *labels == 0) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(labels ? tr("no symptom") : tr("unlabelled"), Qt::ElideRight, line.width()));
        return;
    }
    // A chip per label in the label's colour (as many as leave room for a few letters), then the names,
    // elided: the tooltip has them in full.
    const LabelSchema& schema = samples_->schema();
    int x = line.x();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < schema.size() && x + kChip <= line.right() - 16; ++i)
        if (*labels & (uint64_t(1) << i)) {
            const QRect chip(x, line.center().y() - kChip / 2, kChip, kChip);
            painter->setPen(schema.labels()[i].color.darker(130));
            painter->setBrush(schema.labels()[i].color);
            painter->drawRoundedRect(chip, 2, 2);
            x += kChip + 2;
        }
    painter->restore();
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect names(x + 2, line.y(), line.right() - x - 1, line.height());
    painter->drawText(names, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(schema.namesOf(*labels).join(QStringLiteral(", ")), Qt::ElideRight,
                                    std::max(0, names.width())));
}

bool DuplicateGroupDelegate::editorEvent(QEvent* event, QAbstractItemModel*,
                                         const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event->type() != QEvent::MouseButtonRelease || !index.isValid()) return false;
    const auto* mouse = static_cast<QMouseEvent*>(event);
    if (mouse->button() != Qt::LeftButton) return false;
    const int k = memberAt(option.rect, groups_->memberCount(index.row()), mouse->position().toPoint());
    if (k >= 0) {
        Q_EMIT memberClicked(groups_->member(index.row(), k).rowId);
        return true;
    }
    if (k == MoreTile) {
        Q_EMIT moreClicked(index.row());
        return true;
    }
    return false;
}

QString DuplicateGroupDelegate::groupToolTip(int row) const {
    const duplicates::DuplicateGroup& g = groups_->groupAt(row);
    QStringList lines{
        tr("%1: %n meme(s)", "", int(g.members.size())).arg(duplicates::duplicateKindDisplayName(g.kind))};
    if (g.leak) {
        std::set<Split> splits;
        for (int k = 0; k < groups_->memberCount(row); ++k)
            splits.insert(groups_->member(row, k).split);
        QStringList names;
        for (const Split s : splits)
            if (s != Split::Unassigned) names << splitChipText(s);
        lines << tr("Leak: its members are in the %1 splits, so a model is tested on what it has seen")
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (groups_->isConflicting(row)) lines << tr("Conflicting labels: the same meme is labelled differently");
    if (g.textMatched)
        lines << tr("Captions match with a similarity of %1 or more (1 = the same words)")
                     .arg(g.minTextSimilarity, 0, 'f', 2);
    if (g.imageMatched)
        lines << tr("Pictures match within %n bit(s) of their perceptual hashes (0 = the same picture)", "",
                    g.maxImageDistance);
    if (g.pictureMatched)
        lines
            << tr("Pictures match where neither meme shows text: at least %1 of it has the same colour, and "
                  "the same objects and edges (1 = all of it)")
                   .arg(g.minPictureSimilarity, 0, 'f', 2);
    lines << tr("Click a meme to inspect it");
    return lines.join('\n');
}

QString DuplicateGroupDelegate::memberToolTip(int row, int k) const {
    const DuplicateGroupsModel::Member m = groups_->member(row, k);
    QStringList lines{tr("%1 · %2 split").arg(m.sampleId, splitChipText(m.split))};
    lines << (!m.labels        ? tr("Unlabelled")
              : *m.labels == 0 ? tr("Labels: no symptom")
                               : tr("Labels: %1").arg(samples_->schema().namesOf(*m.labels).join(", ")));
    QString caption = m.text.simplified();
    if (caption.size() > 240) caption = caption.left(240) + QStringLiteral(" …");
    if (!caption.isEmpty()) lines << QStringLiteral("“%1”").arg(caption);
    if (!m.hasImage) lines << tr("Text only");
    return lines.join('\n');
}

bool DuplicateGroupDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                       const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (!event || !index.isValid() || index.row() >= groups_->rowCount())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const int members = groups_->memberCount(index.row());
    const int k = memberAt(option.rect, members, event->pos());
    QString text;
    if (k >= 0) {
        text = memberToolTip(index.row(), k);
    } else if (k == MoreTile) {
        text = tr("%n more meme(s) of this group: click to show the whole group in the gallery", "",
                  members - shownMembers(option.rect, members));
    } else {
        text = groupToolTip(index.row());
    }
    QToolTip::showText(event->globalPos(), text, view);
    return true;
}

} // namespace memescope
