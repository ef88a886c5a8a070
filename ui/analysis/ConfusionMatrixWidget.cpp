#include "ConfusionMatrixWidget.h"

#include "core/imaging/Heatmap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace memescope {

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
    const int cw = (width() - left - 4) / m, ch = (height() - top - 4) / n;
    return QRect(left + column * cw, top + row * ch, cw, ch);
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
    p.drawText(QRect(cellRect(0, 0).left(), 0, cellRect(0, m - 1).right() - cellRect(0, 0).left(),
                     fontMetrics().height()),
               Qt::AlignCenter, columnTitle_);
    p.save();
    p.translate(fontMetrics().height() - 2, cellRect(n - 1, 0).bottom());
    p.rotate(-90);
    p.drawText(QRect(0, -fontMetrics().height(), cellRect(n - 1, 0).bottom() - cellRect(0, 0).top(),
                     fontMetrics().height()),
               Qt::AlignCenter, rowTitle_);
    p.restore();
    p.setFont(font());
    for (int j = 0; j < m; ++j) {
        const QRect c = cellRect(0, j);
        const QRect header(c.left() + 1, fontMetrics().height() + 4, c.width() - 2,
                           2 * fontMetrics().height());
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
        p.drawText(QRect(fontMetrics().height() + 2, r.top(), labelWidth(), r.height()),
                   Qt::AlignVCenter | Qt::AlignRight,
                   fontMetrics().elidedText(rows_[i], Qt::ElideRight, labelWidth() - 6));
        qint64 rowTotal = 0;
        for (qint64 v : counts_.value(i))
            rowTotal += v;
        for (int j = 0; j < m; ++j) {
            const QRect c = cellRect(i, j).adjusted(1, 1, -1, -1);
            const qint64 v = counts_.value(i).value(j);
            const double t = rowTotal > 0 ? double(v) / double(rowTotal) : 0; // share of the true class
            const QColor colour = Heatmap::colorAt(0.1 + 0.85 * t);
            p.fillRect(c, colour);
            if (i == hoverRow_ && j == hoverColumn_) {
                p.setPen(QPen(QColor(60, 140, 255), 3));
                p.drawRect(c);
            }
            p.setPen(colour.lightness() < 120 ? Qt::white : Qt::black);
            p.drawText(c, Qt::AlignCenter, QString::number(v));
        }
    }
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
                           tr("%1: %2 · %3: %4 — %5 memes (click to show them)")
                               .arg(rowTitle_, rows_[hr], columnTitle_, columns_[hc])
                               .arg(counts_.value(hr).value(hc)),
                           this);
}

} // namespace memescope
