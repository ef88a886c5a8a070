#pragma once

#include "core/engine/ModelSession.h"
#include "core/ocr/OcrTypes.h"
#include "core/store/LabelSchema.h"
#include "core/store/SampleRecord.h"

#include <QWidget>
#include <memory>
#include <mutex>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSlider;
class QTableWidget;

namespace memescope {

class MemeCanvas;
class ProjectStore;

// A model shared between the GUI and its worker threads; predictions are serialised (the session is not
// thread-safe) and run off the GUI thread.
struct SharedModel {
    std::unique_ptr<ModelSession> session;
    std::mutex mutex;
    QString runName;
};

// Everything about the selected meme: the image with OCR boxes and the attention heatmap, the text fields,
// the labels with hotkeys and their history, and -- when a run is selected -- probabilities per label,
// MoE gate weights and the model's text<->image attention (pick a word to see where it looks; drag a region
// to see which words look at it).
class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget* parent = nullptr);
    void setStore(ProjectStore* store, const LabelSchema& schema);
    void setModel(std::shared_ptr<SharedModel> model);
    // The sample to show (nullptr clears), its stored probabilities from the selected run (may be null).
    void showSample(const SampleRecord* sample, const QVector<float>* storedProbabilities);
    MemeCanvas* canvas() const { return canvas_; }
    // The last on-demand model prediction for the shown sample (empty until computed).
    const MemePrediction& prediction() const { return prediction_; }
    bool predictionPending() const { return pending_; }

Q_SIGNALS:
    void labelToggled(int label);
    void predictionReady();

private:
    void showUnitHeatmap(int unit);
    void showRegion(const QRectF& imageRect);
    void requestPrediction();
    void fillProbabilities(const QVector<float>& probabilities);

    ProjectStore* store_ = nullptr;
    LabelSchema schema_;
    std::shared_ptr<SharedModel> model_;
    SampleRecord sample_;
    bool hasSample_ = false;
    MemePrediction prediction_;
    bool pending_ = false;
    int generation_ = 0;

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
