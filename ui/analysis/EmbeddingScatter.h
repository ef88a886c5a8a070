#pragma once

#include <QWidget>

class QComboBox;
class QCustomPlot;

namespace memescope {

class ProjectStore;
class SampleTableModel;

// The embeddings a run stored (fused, text or image) projected to 2-D with PCA, coloured by true label or by
// correctness; clicking a point selects that meme.
class EmbeddingScatter : public QWidget {
    Q_OBJECT
public:
    EmbeddingScatter(const SampleTableModel* model, QWidget* parent = nullptr);
    void setRun(ProjectStore* store, qint64 runId);
    int pointCount() const { return int(rows_.size()); }

Q_SIGNALS:
    void selectRow(qint64 rowId);

private:
    void rebuild();

    const SampleTableModel* model_;
    ProjectStore* store_ = nullptr;
    qint64 run_ = 0;
    QComboBox *kind_, *colour_;
    QCustomPlot* plot_;
    QVector<qint64> rows_;
    QVector<QPointF> points_;
};

} // namespace memescope
