#pragma once

#include "core/analysis/ErrorAnalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QTableWidget;
class QTabWidget;

namespace memescope {

class ConfusionMatrixWidget;
class EmbeddingScatter;
class ProjectSession;
class SampleTableModel;

// Error analysis of the selected run on a split: the confusion matrix (single-label N x N; multi-label the
// true-vs-predicted co-occurrence or a per-label 2 x 2, switchable) whose cells filter the gallery to
// exactly their memes, the per-class table (every label), the most confident mistakes and the suspected
// label errors as thumbnail grids with the given and predicted labels (click one to inspect and relabel it
// with the label keys), and the embeddings.
class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    // Follows the session: redrawn when the memes, their labels or the selected run change.
    explicit AnalysisPanel(ProjectSession* session, QWidget* parent = nullptr);
    void refresh();
    EmbeddingScatter* scatter() const { return scatter_; }
    void showEmbeddings();
    ConfusionMatrixWidget* matrix() const { return matrix_; }
    QComboBox* splitBox() const { return split_; }
    QComboBox* kindBox() const { return kind_; }
    QComboBox* labelBox() const { return label_; }
    QTableWidget* classTable() const { return classes_; }
    QLabel* summaryLabel() const { return summary_; }
    // What a click on cell (i, j) selects, under the current settings.
    QVector<qint64> rowsOfCell(int i, int j) const;

Q_SIGNALS:
    void showRows(const QVector<qint64>& rows, const QString& description);
    void selectRow(qint64 rowId);

private:
    QString splitName() const;
    MatrixKind kind() const;
    // The per-class F1 cells with their intervals (or why there are none), once the job has bootstrapped
    // them.
    void showIntervals(const SplitEvaluation& e);
    void showSummary(const SplitEvaluation& e);

    class ProjectSession* session_;
    int generation_ = 0;            // a refresh's number: a slower bootstrap of an older refresh is dropped
    const SampleTableModel* model_; // the session's
    QComboBox *split_, *kind_, *label_;
    QLabel* summary_;
    ConfusionMatrixWidget* matrix_;
    QTableWidget* classes_;
    QListView *mistakes_, *suspects_;
    class ScoredMemesModel *mistakesModel_, *suspectsModel_;
    EmbeddingScatter* scatter_;
    QTabWidget* tabs_;
};

} // namespace memescope
