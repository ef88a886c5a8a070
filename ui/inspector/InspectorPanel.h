#pragma once

#include "MemeFocusView.h"
#include "core/engine/ModelSession.h"
#include "core/store/SampleRecord.h"

#include <QCache>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace memescope {

class AttentionView;
class MemeCanvas;
class ProjectSession;

// Everything about the selected meme: the image with OCR boxes and the attention heatmap (as large as the
// panel allows; Space or a double-click opens the focus view), one row per label with its key and -- when
// a run is selected -- the model's probability beside it, the label's support among the annotators, and
// tabs for the text, the words the model reads (pick one to see where it looks; drag over the image to see
// which words look there) and the label history. Follows the session: its labels, the selected run's
// model, blind labelling; the shown meme is redrawn when its labels or the run change. The splitter
// between image, labels and tabs is remembered.
class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(ProjectSession* session, QWidget* parent = nullptr);
    ~InspectorPanel() override; // remembers the splitter
    // Shows the meme with this row id from the session's samples (0 clears).
    void showRow(qint64 rowId);
    qint64 shownRow() const { return hasSample_ ? sample_.id : 0; }
    // Shows any record (a meme outside the project too), with stored probabilities when there are some.
    void showSample(const SampleRecord* sample, const QVector<float>* storedProbabilities);
    MemeCanvas* canvas() const;
    AttentionView* attention() const { return attention_; }
    // The last on-demand model prediction for the shown sample (empty until computed).
    const MemePrediction& prediction() const { return prediction_; }
    bool predictionPending() const { return pending_; }
    // The shown meme full size (modal); nothing without a meme.
    void openFocusView();
    // What the focus view shows: the meme, its OCR words, the prediction, the picked word, the
    // probabilities (none while labelling blind).
    MemeFocusView::Content focusContent() const;

    // The cached explanation of the shown meme by the selected run for this method and class, if computed.
    const MemeExplanation* cachedExplanation(ExplanationMethod method, int classIndex) const;

Q_SIGNALS:
    void labelToggled(int label);
    void predictionReady();

private:
    void requestPrediction();
    // Computes (or takes from the cache) the map `view` asks for, through the job runner: relevance quietly,
    // integrated gradients as a Jobs-panel row with progress and Cancel.
    void requestExplanation(AttentionView* view, ExplanationMethod method, int classIndex);
    QString explanationKey(ExplanationMethod method, int classIndex) const;
    // The selected run's model could not be loaded: the attention stored with the run, saying why.
    void showStoredAttention();
    QString imagePathForModel() const; // the shown meme's image file; empty for a text-only meme
    void fillProbabilities(const QVector<float>& probabilities);
    void showPrediction(const MemePrediction& prediction);
    void rebuildLabelRows();
    void showAnswers(qint64 rowId); // the current label's support and the history (own answer when blind)
    QString labelNames(uint64_t mask) const;
    QString memeText() const;

    ProjectSession* session_;
    SampleRecord sample_;
    bool hasSample_ = false;
    MemePrediction prediction_;
    QVector<float> probabilities_; // shown beside the labels (stored or on-demand)
    bool pending_ = false;
    // Per run (its loaded model), meme, class and method: a map is computed once while the run is selected.
    QCache<QString, MemeExplanation> explanations_{64};

    QLabel* title_;
    QSplitter* split_;
    AttentionView* attention_;
    QWidget* labelRows_;
    QVector<QPushButton*> labelButtons_;
    QVector<QProgressBar*> probabilityBars_;
    QLabel* modelHeader_;
    QLabel* consensus_;
    QLabel* gates_;
    QTabWidget* tabs_;
    QPlainTextEdit* text_;
    QListWidget* history_;
};

} // namespace memescope
