#include "ReportCharts.h"

#include "core/imaging/Heatmap.h"

#include <QObject>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace memescope {
namespace {

const QFont& chartFont() {
    static const QFont f("DejaVu Sans", 10);
    return f;
}

} // namespace

QVector<double> niceTicks(double low, double high, int count) {
    if (!std::isfinite(low) || !std::isfinite(high)) return {0.0, 1.0}; // a diverged loss: an honest frame
    if (!(high > low)) high = low + 1;
    const double raw = (high - low) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    QVector<double> ticks;
    const double first = std::floor(low / step + 1e-9) * step, last = std::ceil(high / step - 1e-9) * step;
    for (double t = first; t <= last + step * 1e-6; t += step)
        ticks << (std::abs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

QImage lineChart(const QVector<ChartSeries>& series, const QString& xLabel, const QString& leftLabel,
                 const QString& rightLabel, QSize size) {
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont());
    // The legend gets its own band above the plot: it never hides a curve or an axis label.
    const double legendBand = 16.0 * double(std::min<qsizetype>(series.size(), 6)) + 6;
    const QRectF area(70, 14 + legendBand, size.width() - 140, size.height() - 64 - legendBand);
    double xmin = 1e300, xmax = -1e300, ymin = 1e300, ymax = -1e300;
    for (const ChartSeries& s : series)
        for (const QPointF& pt : s.points) {
            xmin = std::min(xmin, pt.x());
            xmax = std::max(xmax, pt.x());
            if (!s.rightAxis) {
                ymin = std::min(ymin, pt.y());
                ymax = std::max(ymax, pt.y());
            }
        }
    if (xmin > xmax) {
        p.drawText(area, Qt::AlignCenter, QObject::tr("no data"));
        return img;
    }
    if (xmax == xmin) xmax = xmin + 1;
    if (ymin > ymax) ymin = 0, ymax = 1;
    if (ymax == ymin) ymax = ymin + 1;
    ymin = std::min(0.0, ymin);
    const QVector<double> yTicks = niceTicks(ymin, ymax);
    ymin = yTicks.first();
    ymax = yTicks.last();
    auto X = [&](double x) { return area.left() + (x - xmin) / (xmax - xmin) * area.width(); };
    auto YL = [&](double y) { return area.bottom() - (y - ymin) / (ymax - ymin) * area.height(); };
    auto YR = [&](double y) { return area.bottom() - y * area.height(); };
    p.setPen(QColor(225, 225, 225));
    for (double t : yTicks)
        p.drawLine(QPointF(area.left(), YL(t)), QPointF(area.right(), YL(t)));
    p.setPen(Qt::black);
    p.drawRect(area);
    for (double t : yTicks)
        p.drawText(QRectF(0, YL(t) - 8, area.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(t, 'g', 3));
    for (int k = 0; k <= 5; ++k) // the F1 axis: 0.0, 0.2, ... 1.0
        p.drawText(QRectF(area.right() + 6, YR(k / 5.0) - 8, 40, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(k / 5.0, 'f', 1));
    // Epochs are whole: integer ticks only, as many as fit.
    for (double x : niceTicks(xmin, xmax, int(std::min(10.0, xmax - xmin))))
        if (x >= xmin && x <= xmax && std::abs(x - std::round(x)) < 1e-9)
            p.drawText(QRectF(X(x) - 20, area.bottom() + 4, 40, 16), Qt::AlignCenter,
                       QString::number(x, 'g', 4));
    p.drawText(QRectF(area.left(), size.height() - 22, area.width(), 18), Qt::AlignCenter, xLabel);
    p.save();
    p.translate(14, area.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-area.height() / 2, -10, area.height(), 20), Qt::AlignCenter, leftLabel);
    p.restore();
    p.save();
    p.translate(size.width() - 14, area.center().y());
    p.rotate(90);
    p.drawText(QRectF(-area.height() / 2, -10, area.height(), 20), Qt::AlignCenter, rightLabel);
    p.restore();
    int legendY = 12;
    for (const ChartSeries& s : series) {
        p.setPen(QPen(s.color, 2.2));
        QPolygonF line;
        for (const QPointF& pt : s.points)
            line << QPointF(X(pt.x()), s.rightAxis ? YR(pt.y()) : YL(pt.y()));
        p.drawPolyline(line);
        if (s.points.size() < 60)
            for (const QPointF& q : line)
                p.drawEllipse(q, 2.5, 2.5);
        p.drawLine(QPointF(area.left(), legendY), QPointF(area.left() + 20, legendY));
        p.setPen(Qt::black);
        p.drawText(QPointF(area.left() + 26, legendY + 4), s.name);
        legendY += 16;
    }
    return img;
}

QImage barChart(const QStringList& names, const QVector<double>& means, const QVector<double>& stds,
                const QString& valueLabel, QSize size) {
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont());
    const QRectF area(60, 20, size.width() - 80, size.height() - 110);
    p.setPen(QColor(225, 225, 225));
    for (int k = 0; k <= 5; ++k)
        p.drawLine(QPointF(area.left(), area.top() + k * area.height() / 5),
                   QPointF(area.right(), area.top() + k * area.height() / 5));
    p.setPen(Qt::black);
    p.drawRect(area);
    for (int k = 0; k <= 5; ++k)
        p.drawText(QRectF(0, area.bottom() - k * area.height() / 5 - 8, area.left() - 6, 16),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(k / 5.0, 'f', 1));
    const int n = int(names.size());
    const double slot = n ? area.width() / n : 0;
    for (int i = 0; i < n; ++i) {
        const double m = std::clamp(means.value(i), 0.0, 1.0), sd = stds.value(i);
        const QRectF bar(area.left() + i * slot + slot * 0.15, area.bottom() - m * area.height(), slot * 0.7,
                         m * area.height());
        p.fillRect(bar, Heatmap::colorAt(0.25 + 0.6 * m));
        p.setPen(QPen(Qt::black, 1.5));
        const double x = bar.center().x(), lo = std::max(0.0, m - sd), hi = std::min(1.0, m + sd);
        if (sd > 0) {
            p.drawLine(QPointF(x, area.bottom() - lo * area.height()),
                       QPointF(x, area.bottom() - hi * area.height()));
            p.drawLine(QPointF(x - 6, area.bottom() - lo * area.height()),
                       QPointF(x + 6, area.bottom() - lo * area.height()));
            p.drawLine(QPointF(x - 6, area.bottom() - hi * area.height()),
                       QPointF(x + 6, area.bottom() - hi * area.height()));
        }
        p.drawText(QRectF(bar.left() - 10, bar.top() - 18, bar.width() + 20, 16), Qt::AlignCenter,
                   QString::number(m, 'f', 3));
        p.save();
        p.translate(x, area.bottom() + 6);
        p.rotate(35);
        p.drawText(QPointF(0, 8), names[i]);
        p.restore();
    }
    p.save();
    p.translate(14, area.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-area.height() / 2, -10, area.height(), 20), Qt::AlignCenter, valueLabel);
    p.restore();
    return img;
}

QImage matrixImage(const QVector<QVector<qint64>>& counts, const QStringList& rows,
                   const QStringList& columns, const QString& rowTitle, const QString& columnTitle,
                   int cell) {
    const QFontMetrics fm(chartFont());
    int labelW = 0;
    for (const QString& r : rows)
        labelW = std::max(labelW, fm.horizontalAdvance(r));
    int labelH = 0;
    for (const QString& c : columns)
        labelH = std::max(labelH, fm.horizontalAdvance(c));
    labelW += 36;
    labelH = std::min(labelH, 220) + 36;
    const QSize size(labelW + cell * int(columns.size()) + 10, labelH + cell * int(rows.size()) + 10);
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setFont(chartFont());
    p.setRenderHint(QPainter::Antialiasing);
    p.drawText(QRect(labelW, 2, cell * int(columns.size()), 16), Qt::AlignCenter, columnTitle);
    p.save();
    p.translate(12, labelH + cell * rows.size() / 2.0);
    p.rotate(-90);
    p.drawText(QRectF(-cell * rows.size() / 2.0, -8, cell * rows.size(), 16), Qt::AlignCenter, rowTitle);
    p.restore();
    for (int j = 0; j < columns.size(); ++j) {
        p.save();
        p.translate(labelW + j * cell + cell / 2.0 + 4, labelH - 4);
        p.rotate(-60);
        p.drawText(QPointF(0, 0), fm.elidedText(columns[j], Qt::ElideRight, 200));
        p.restore();
    }
    for (int i = 0; i < rows.size(); ++i) {
        p.setPen(Qt::black);
        p.drawText(QRect(22, labelH + i * cell, labelW - 28, cell), Qt::AlignRight | Qt::AlignVCenter,
                   rows[i]);
        qint64 total = 0;
        for (qint64 v : counts.value(i))
            total += v;
        for (int j = 0; j < columns.size(); ++j) {
            const QRect c(labelW + j * cell, labelH + i * cell, cell - 2, cell - 2);
            const qint64 v = counts.value(i).value(j);
            const QColor colour = Heatmap::colorAt(0.1 + 0.85 * (total ? double(v) / double(total) : 0));
            p.fillRect(c, colour);
            p.setPen(colour.lightness() < 120 ? Qt::white : Qt::black);
            p.drawText(c, Qt::AlignCenter, QString::number(v));
        }
    }
    return img;
}

} // namespace memescope
