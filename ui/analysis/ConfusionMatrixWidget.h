#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace memescope {

// A matrix of counts as a heatmap (row-normalised colour, count in each cell) with its colour scale (the
// share of the row's memes) at the right; clicking a cell emits it.
class ConfusionMatrixWidget : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixWidget(QWidget* parent = nullptr);
    void setMatrix(const QVector<QVector<qint64>>& counts, const QStringList& rowLabels,
                   const QStringList& columnLabels, const QString& rowTitle, const QString& columnTitle);
    QRect cellRect(int row, int column) const;
    // Whether the columns show numbers instead of names (the names do not fit at this size).
    bool headersNumbered() const;
    QRect scaleRect() const; // the colour scale's strip (empty without a matrix)
    QSize sizeHint() const override { return {520, 420}; }

Q_SIGNALS:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;

private:
    int labelWidth() const;
    double rowShare(int row, int column) const; // the cell's share of its row's memes
    QVector<QVector<qint64>> counts_;
    QStringList rows_, columns_;
    QString rowTitle_, columnTitle_;
    int hoverRow_ = -1, hoverColumn_ = -1;
};

} // namespace memescope
