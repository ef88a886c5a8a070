#pragma once

#include <QWidget>

class QComboBox;
class QCustomPlot;

namespace memescope {

class ProjectStore;
class SampleTableModel;

// The embeddings a run stored (fused, text or image) projected to 2-D with PCA or t-SNE (computed off the GUI
// thread), coloured by true label or by correctness; clicking a point selects that meme.
class EmbeddingScatter : public QWidget {
    Q_OBJECT
public:
    EmbeddingScatter(const SampleTableModel* model, QWidget* parent = nullptr);
    void setRun(ProjectStore* store, qint64 runId);
    int pointCount() const { return int(rows_.size()); }
    QComboBox* methodBox() const { return method_; }
    bool busy() const { return busy_; }

Q_SIGNALS:
    void selectRow(qint64 rowId);

Q_SIGNALS:
    void projected();

private:
    void rebuild();
    void draw();

    const SampleTableModel* model_;
    ProjectStore* store_ = nullptr;
    qint64 run_ = 0;
    QComboBox *kind_, *method_, *colour_;
    QCustomPlot* plot_;
    QVector<qint64> rows_;
    QVector<QPointF> points_;
    bool busy_ = false;
    int generation_ = 0;
};

} // namespace memescope
