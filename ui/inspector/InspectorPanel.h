#pragma once

#include "core/engine/ModelSession.h"
#include "core/ocr/OcrTypes.h"
#include "core/store/SampleRecord.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSlider;
class QTableWidget;

namespace memescope {

class MemeCanvas;
class ProjectSession;

// Everything about the selected meme: the image with OCR boxes and the attention heatmap, the text fields,
// the labels with hotkeys and their history, and -- when a run is selected -- probabilities per label,
// MoE gate weights and the model's text<->image attention (pick a word to see where it looks; drag a region
// to see which words look at it). Follows the session: its labels, the selected run's model; the shown meme
// is redrawn when its labels or the run change.
class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(ProjectSession* session, QWidget* parent = nullptr);
    // Shows the meme with this row id from the session's samples (0 clears).
    void showRow(qint64 rowId);
    qint64 shownRow() const { return hasSample_ ? sample_.id : 0; }
    // Shows any record (a meme outside the project too), with stored probabilities when there are some.
    void showSample(const SampleRecord* sample, const QVector<float>* storedProbabilities);
    MemeCanvas* canvas() const { return canvas_; }
    // The last on-demand model prediction for the shown sample (empty until computed).
    const MemePrediction& prediction() const { return prediction_; }
    bool predictionPending() const { return pending_; }

Q_SIGNALS:
    void labelToggled(int label);
    void predictionReady();

private:
    void showWordHeatmap(int word);
    void showRegion(const QRectF& imageRect);
    void requestPrediction();
    void fillProbabilities(const QVector<float>& probabilities);
    void showPrediction(const MemePrediction& prediction);
    void rebuildLabelButtons();

    ProjectSession* session_;
    SampleRecord sample_;
    bool hasSample_ = false;
    MemePrediction prediction_;
    bool pending_ = false;

    MemeCanvas* canvas_;
    QCheckBox* showWords_;
    QSlider* opacity_;
    QLabel* legend_;
    QLabel* heatCaption_;
    QListWidget* units_;
    QLabel* title_;
    QPlainTextEdit* text_;
    QWidget* labelButtons_;
    QListWidget* history_;
    QTableWidget* probabilities_;
    QLabel* gates_;
    QVector<OcrWord> words_;
};

} // namespace memescope
