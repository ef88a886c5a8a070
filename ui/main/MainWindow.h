#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;

namespace memescope {

class FilterBar;
class InspectorPanel;
class JobsPanel;
class LabelingController;
class ProjectStore;
class SampleFilterModel;
class SampleTableModel;
class ThumbnailProvider;
class TrainingDock;
class AnalysisPanel;
struct SharedModel;

// The researcher's daily screen, assembled from small parts: a filter bar over a thumbnail gallery (or a
// table of the same model), the Inspector dock for the selected meme, the Jobs dock for background work,
// labelling with hotkeys and undo, a run selector that brings a model's predictions and attention in.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project; on failure shows the message (and returns false). `interactive`=false: no dialogs.
    bool openProject(const QString& path, bool interactive = true);
    QString lastError() const { return lastError_; }
    ProjectStore* project() const { return store_.get(); }
    SampleTableModel* sampleModel() const { return model_; }
    SampleFilterModel* filterModel() const { return proxy_; }
    QTableView* sampleView() const { return table_; }
    QListView* galleryView() const { return gallery_; }
    InspectorPanel* inspector() const { return inspector_; }
    LabelingController* labeling() const { return labeling_; }
    FilterBar* filterBar() const { return filterBar_; }
    QComboBox* runSelector() const { return runs_; }
    TrainingDock* trainingDock() const { return training_; }
    AnalysisPanel* analysisPanel() const { return analysis_; }
    // Adds image files / folders as new memes (copied into the project), then OCRs them and, when a run is
    // selected, stores its predictions for them as suggestions. Returns the new sample row ids.
    QVector<qint64> addImageFiles(const QStringList& paths);
    QVector<qint64> dropUrls(const QList<QUrl>& urls); // local files and folders among them
    // Sorts the browser by model uncertainty (most uncertain first) and shows unlabelled memes only.
    void showLabellingQueue();
    // Selects a run by its id (0 = none): its predictions colour the browser, its model feeds the inspector.
    void selectRun(qint64 runId);
    bool modelReady() const; // the selected run's model is loaded (for the inspector and suggestions)
    // Row ids of the selected samples, in view order.
    QVector<qint64> selectedRowIds() const;
    void selectRowId(qint64 rowId);
    void selectSampleId(const QString& sampleId);
    void showTable();
    // Brings a panel forward: "training", "analysis", "jobs" or "ablation" (opens the dialog).
    void showPanel(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildViews();
    void buildDocks();
    void buildMenus();
    void rebuildRecentMenu();
    void rebuildLabelActions();
    void newProject();
    void openProjectDialog();
    void importDataset();
    void runOcr();
    void exportReport();
    void openAblationDialog();
    void addImagesDialog();
    void showAgreement();
    void suggestLabels(const QVector<qint64>& rows);
    void reloadSamples();
    void reloadRuns();
    void closeProject();
    void about();
    void chooseLanguage(const QString& code);
    void setAnnotatorDialog();
    void onCurrentChanged();
    void labelSelection(int label);
    void advance();
    void updateCounts();
    // Cancels background jobs that use the project and waits for them (before the project goes away).
    void stopBackgroundWork();

    std::unique_ptr<ProjectStore> store_;
    SampleTableModel* model_ = nullptr;
    SampleFilterModel* proxy_ = nullptr;
    ThumbnailProvider* thumbnails_ = nullptr;
    LabelingController* labeling_ = nullptr;
    FilterBar* filterBar_ = nullptr;
    QStackedWidget* views_ = nullptr;
    QListView* gallery_ = nullptr;
    QTableView* table_ = nullptr;
    InspectorPanel* inspector_ = nullptr;
    JobsPanel* jobs_ = nullptr;
    TrainingDock* training_ = nullptr;
    AnalysisPanel* analysis_ = nullptr;
    QComboBox* runs_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* labelMenu_ = nullptr;
    QList<QAction*> labelActions_;
    QAction* autoAdvance_ = nullptr;
    QLabel* statusCounts_ = nullptr;
    QProgressBar* statusProgress_ = nullptr;
    std::shared_ptr<SharedModel> sharedModel_;
    QString lastError_;
    bool importRunning_ = false, ocrRunning_ = false;
    int modelGeneration_ = 0;
};

} // namespace memescope
