#include "ConfusionMatrixWidget.h"

#include <algorithm>

#include "core/imaging/Heatmap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace memescope {

namespace {
constexpr int kScaleWidth = 64; // the colour scale: a strip and its percentages
constexpr int kStripWidth = 12;
// A cell's colour from its share of the row (the scale draws the same mapping).
QColor shareColour(double share) {
    return Heatmap::colorAt(0.1 + 0.85 * share);
}
} // namespace

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName("ConfusionMatrix");
    setMouseTracking(true);
    setMinimumSize(220, 150);
}

void ConfusionMatrixWidget::setMatrix(const QVector<QVector<qint64>>& counts, const QStringList& rowLabels,
                                      const QStringList& columnLabels, const QString& rowTitle,
                                      const QString& columnTitle) {
    counts_ = counts;
    rows_ = rowLabels;
    columns_ = columnLabels;
    rowTitle_ = rowTitle;
    columnTitle_ = columnTitle;
    update();
}

double ConfusionMatrixWidget::rowShare(int row, int column) const {
    qint64 total = 0;
    for (const qint64 v : counts_.value(row))
        total += v;
    return total > 0 ? double(counts_.value(row).value(column)) / double(total) : 0;
}

int ConfusionMatrixWidget::labelWidth() const {
    int w = 0;
    for (const QString& r : rows_)
        w = std::max(w, fontMetrics().horizontalAdvance(r));
    return std::min(w + 12, width() / 3);
}

QRect ConfusionMatrixWidget::cellRect(int row, int column) const {
    const int n = int(rows_.size()), m = int(columns_.size());
    if (n == 0 || m == 0) return {};
    // Room for the title and two lines of column names ("Lack of / Worry Control").
    const int left = labelWidth() + fontMetrics().height() + 4, top = fontMetrics().height() * 3 + 8;
    const int cw = (width() - left - 4 - kScaleWidth) / m, ch = (height() - top - 4) / n;
    return QRect(left + column * cw, top + row * ch, cw, ch);
}

QRect ConfusionMatrixWidget::scaleRect() const {
    const int n = int(rows_.size()), m = int(columns_.size());
    if (n == 0 || m == 0) return {};
    const QRect first = cellRect(0, m - 1), last = cellRect(n - 1, m - 1);
    return QRect(first.right() + 10, first.top(), kStripWidth, last.bottom() - first.top());
}

bool ConfusionMatrixWidget::headersNumbered() const {
    // Names that do not fit their column even on two lines would be cut to "L… o…": then the columns are
    // numbered and the rows carry the same numbers beside their names (the tooltip names both).
    if (rows_ != columns_) return false;
    for (int j = 0; j < int(columns_.size()); ++j) {
        const QRect c = cellRect(0, j);
        const QRect header(c.left() + 1, 0, c.width() - 2, 2 * fontMetrics().height());
        const QRect needed = fontMetrics().boundingRect(header, Qt::TextWordWrap, columns_[j]);
        if (needed.height() > header.height() || needed.width() > header.width()) return true;
    }
    return false;
}

void ConfusionMatrixWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const int n = int(rows_.size()), m = int(columns_.size());
    if (n == 0 || m == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("Select a run to see its confusion matrix"));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    {
        // Centred over the columns, shifted (never cut) when it is wider than they are.
        const QFontMetrics boldMetrics(bold);
        const int titleWidth = std::min(width(), boldMetrics.horizontalAdvance(columnTitle_) + 4);
        const int centre = (cellRect(0, 0).left() + cellRect(0, m - 1).right()) / 2;
        const int left = std::clamp(centre - titleWidth / 2, 0, std::max(0, width() - titleWidth));
        p.drawText(QRect(left, 0, titleWidth, boldMetrics.height()), Qt::AlignCenter,
                   boldMetrics.elidedText(columnTitle_, Qt::ElideRight, titleWidth));
    }
    p.save();
    p.translate(fontMetrics().height() - 2, cellRect(n - 1, 0).bottom());
    p.rotate(-90);
    p.drawText(QRect(0, -fontMetrics().height(), cellRect(n - 1, 0).bottom() - cellRect(0, 0).top(),
                     fontMetrics().height()),
               Qt::AlignCenter, rowTitle_);
    p.restore();
    p.setFont(font());
    const bool numbered = headersNumbered();
    for (int j = 0; j < m; ++j) {
        const QRect c = cellRect(0, j);
        const QRect header(c.left() + 1, fontMetrics().height() + 4, c.width() - 2,
                           2 * fontMetrics().height());
        if (numbered) {
            p.drawText(header, Qt::AlignHCenter | Qt::AlignBottom, QString::number(j + 1));
            continue;
        }
        // Wrapped on two lines; a name that still does not fit is elided on its second line.
        const QString name = columns_[j];
        const QRect needed = fontMetrics().boundingRect(header, Qt::TextWordWrap, name);
        if (needed.height() <= header.height() && needed.width() <= header.width()) {
            p.drawText(header, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, name);
        } else {
            const int cut = name.indexOf(' ');
            const QString first = cut > 0 ? name.left(cut) : name,
                          rest = cut > 0 ? name.mid(cut + 1) : QString();
            p.drawText(QRect(header.left(), header.top(), header.width(), fontMetrics().height()),
                       Qt::AlignCenter, fontMetrics().elidedText(first, Qt::ElideRight, header.width()));
            p.drawText(QRect(header.left(), header.top() + fontMetrics().height(), header.width(),
                             fontMetrics().height()),
                       Qt::AlignCenter, fontMetrics().elidedText(rest, Qt::ElideRight, header.width()));
        }
    }
    for (int i = 0; i < n; ++i) {
        const QRect r = cellRect(i, 0);
        p.setPen(palette().color(QPalette::Text));
        // Numbered: the number stays whole, the name gives way.
        const QString number = numbered ? QStringLiteral("  %1").arg(i + 1) : QString();
        const int room = labelWidth() - 6 - fontMetrics().horizontalAdvance(number);
        p.drawText(QRect(fontMetrics().height() + 2, r.top(), labelWidth(), r.height()),
                   Qt::AlignVCenter | Qt::AlignRight,
                   fontMetrics().elidedText(rows_[i], Qt::ElideRight, room) + number);
        qint64 rowTotal = 0;
        for (qint64 v : counts_.value(i))
            rowTotal += v;
        for (int j = 0; j < m; ++j) {
            const QRect c = cellRect(i, j).adjusted(1, 1, -1, -1);
            const qint64 v = counts_.value(i).value(j);
            const double t = rowTotal > 0 ? double(v) / double(rowTotal) : 0; // share of the true class
            const QColor colour = shareColour(t);
            p.fillRect(c, colour);
            if (i == hoverRow_ && j == hoverColumn_) {
                p.setPen(QPen(QColor(60, 140, 255), 3));
                p.drawRect(c);
            }
            p.setPen(colour.lightness() < 120 ? Qt::white : Qt::black);
            p.drawText(c, Qt::AlignCenter, QString::number(v));
        }
    }
    // The colour scale: 0 % of the row's memes at the bottom, 100 % at the top.
    const QRect strip = scaleRect();
    for (int y = 0; y < strip.height(); ++y)
        p.fillRect(QRect(strip.left(), strip.bottom() - y, strip.width(), 1),
                   shareColour(strip.height() > 1 ? double(y) / (strip.height() - 1) : 0));
    p.setPen(palette().color(QPalette::Text));
    const int fh = fontMetrics().height();
    p.drawText(QRect(strip.right() + 4, strip.top(), kScaleWidth, fh), Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("100 %"));
    p.drawText(QRect(strip.right() + 4, strip.bottom() - fh, kScaleWidth, fh),
               Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0 %"));
    p.save();
    p.translate(strip.right() + 4 + fh, strip.bottom() - 2 * fh);
    p.rotate(-90);
    p.drawText(QRect(0, -fh, std::max(0, strip.height() - 4 * fh), fh), Qt::AlignCenter,
               fontMetrics().elidedText(tr("share of the row's memes"), Qt::ElideRight,
                                        std::max(0, strip.height() - 4 * fh)));
    p.restore();
}

void ConfusionMatrixWidget::mousePressEvent(QMouseEvent* e) {
    for (int i = 0; i < rows_.size(); ++i)
        for (int j = 0; j < columns_.size(); ++j)
            if (cellRect(i, j).contains(e->position().toPoint())) {
                Q_EMIT cellClicked(i, j);
                return;
            }
}

void ConfusionMatrixWidget::mouseMoveEvent(QMouseEvent* e) {
    int hr = -1, hc = -1;
    for (int i = 0; i < rows_.size(); ++i)
        for (int j = 0; j < columns_.size(); ++j)
            if (cellRect(i, j).contains(e->position().toPoint())) hr = i, hc = j;
    if (hr != hoverRow_ || hc != hoverColumn_) {
        hoverRow_ = hr;
        hoverColumn_ = hc;
        update();
    }
    if (hr >= 0)
        QToolTip::showText(e->globalPosition().toPoint(),
                           tr("%1: %2 · %3: %4 — %5 memes, %6 % of the row (click to show them)")
                               .arg(rowTitle_, rows_[hr], columnTitle_, columns_[hc])
                               .arg(counts_.value(hr).value(hc))
                               .arg(rowShare(hr, hc) * 100, 0, 'f', 0),
                           this);
}

} // namespace memescope
