#pragma once

#include <QImage>
#include <QStringList>
#include <QVector>

namespace memescope {

// Charts drawn with QPainter for reports (no widgets needed, so the CLI can write reports headless).
struct ChartSeries {
    QString name;
    QVector<QPointF> points;
    QColor color;
    bool rightAxis = false; // plotted on the 0..1 axis on the right
};

// Ticks a reader takes in at a glance: a step of 1, 2, 2.5 or 5 × 10^k giving about `count` intervals,
// starting and ending on a multiple of it that covers [low, high] (0.52, 1.05, 1.57 become 0.5, 1.0, 1.5).
QVector<double> niceTicks(double low, double high, int count = 5);

QImage lineChart(const QVector<ChartSeries>& series, const QString& xLabel, const QString& leftLabel,
                 const QString& rightLabel, QSize size = {900, 380});
// Bars with error bars (mean ± std), values in 0..1.
QImage barChart(const QStringList& names, const QVector<double>& means, const QVector<double>& stds,
                const QString& valueLabel, QSize size = {900, 380});
// A count matrix as a heatmap with the counts written in, colour normalised per row.
QImage matrixImage(const QVector<QVector<qint64>>& counts, const QStringList& rows,
                   const QStringList& columns, const QString& rowTitle, const QString& columnTitle,
                   int cell = 64);

} // namespace memescope
