#pragma once

#include <QPolygonF>
#include <QWidget>

class QComboBox;
class QCustomPlot;

class QToolButton;
class QLabel;
class QCPCurve;
class QCPGraph;
namespace memescope {

class ProjectSession;
class SampleTableModel;

// The embeddings a run stored (fused, text or image) projected to 2-D with PCA or t-SNE (computed off the GUI
// thread), coloured by true label or by correctness; clicking a point selects that meme, a lasso (drawn
// with the lasso tool on) shows its memes in the gallery. A run without embeddings (the TF-IDF baseline
// learns none) says so. Follows the session's selected run.
class EmbeddingScatter : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingScatter(ProjectSession* session, QWidget* parent = nullptr);
    int pointCount() const { return int(rows_.size()); }
    QComboBox* methodBox() const { return method_; }
    bool busy() const { return busy_; }
    QString message() const; // what the empty plot says ("" while points are shown)
    // The memes whose points lie inside `polygon` (widget pixels), in the plot's order; for the lasso.
    QVector<qint64> rowsInside(const QPolygonF& polygon) const;
    QCustomPlot* plot() const { return plot_; }
    // Only the memes of this split ("train", "val", "test"; "" = every meme), as the panel's selector says.
    void setSplit(const QString& split);
    // The meme shown in the inspector: ringed when it is one of the points.
    void setCurrentRow(qint64 rowId);
    bool currentRowShown() const; // the ring is drawn

Q_SIGNALS:
    void selectRow(qint64 rowId);
    void showRows(const QVector<qint64>& rows, const QString& description); // a lasso selection
    void projected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // the lasso's mouse

private:
    void rebuild();
    void draw();
    void drawLasso();
    void drawRing();

    ProjectSession* session_;
    const SampleTableModel* model_;
    QComboBox *kind_, *method_, *colour_;
    QCustomPlot* plot_;
    QVector<qint64> rows_;
    QString split_ = QStringLiteral("test");
    qint64 currentRow_ = 0;
    QCPGraph* ring_ = nullptr;
    QVector<QPointF> points_;
    bool busy_ = false;
    bool storedNone_ = false; // the run has no embeddings of this kind
    QToolButton* lassoTool_;
    QLabel* message_;
    QPolygonF lasso_; // widget pixels, while drawing
    QCPCurve* lassoCurve_ = nullptr;
};

} // namespace memescope
