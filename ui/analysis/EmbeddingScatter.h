#pragma once

#include <QWidget>

class QComboBox;
class QCustomPlot;

namespace memescope {

class ProjectSession;
class SampleTableModel;

// The embeddings a run stored (fused, text or image) projected to 2-D with PCA or t-SNE (computed off the GUI
// thread), coloured by true label or by correctness; clicking a point selects that meme. Follows the
// session's selected run.
class EmbeddingScatter : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingScatter(ProjectSession* session, QWidget* parent = nullptr);
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

    ProjectSession* session_;
    const SampleTableModel* model_;
    QComboBox *kind_, *method_, *colour_;
    QCustomPlot* plot_;
    QVector<qint64> rows_;
    QVector<QPointF> points_;
    bool busy_ = false;
};

} // namespace memescope
