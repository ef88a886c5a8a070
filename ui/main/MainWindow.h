#pragma once

#include "core/dataset/ImageAdder.h"

#include <QFuture>
#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;

class QTabWidget;
namespace memescope {

class AnalysisPanel;
class BrowserView;
class DuplicatesView;
class InspectorPanel;
class JobsPanel;
class LabellingMenu;
class ProjectSession;
class ProjectTasks;
class RunSelector;
class TrainingDock;
class UserGuideWindow;
struct TrainingRequest;

// The researcher's daily screen: the layout, the docks and the menus. A filter bar over a thumbnail
// gallery (or a table of the same model), the Inspector dock for the selected meme, Jobs, Training and
// Error Analysis docks. What the panels show comes from the ProjectSession they observe; background work
// goes through ProjectTasks and the session's job runner.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Panel {
        Training,
        Analysis,
        Embeddings,
        Tsne,
        Jobs,
        Ablation,
        Agreement,
        NewTraining,
        Focus,
        Duplicates,
        Guide
    };
    // The names --show takes: training, analysis, embeddings, tsne, jobs, ablation, agreement, train, focus,
    // duplicates, guide.
    static std::optional<Panel> panelFromName(const QString& name);

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project; on failure shows the message (and returns false). `interactive`=false: no dialogs.
    bool openProject(const QString& path, bool interactive = true);
    QString lastError() const { return lastError_; }
    ProjectSession* session() const { return session_; }
    ProjectTasks* tasks() const { return tasks_; }
    BrowserView* browser() const { return browser_; }
    InspectorPanel* inspector() const { return inspector_; }
    RunSelector* runSelector() const { return runs_; }
    TrainingDock* trainingDock() const { return training_; }
    AnalysisPanel* analysisPanel() const { return analysis_; }
    DuplicatesView* duplicatesView() const { return duplicates_; }
    // Image files / folders as new memes, then OCR, then the selected run's suggestions (ProjectTasks).
    QFuture<AddImagesResult> addImageFiles(const QStringList& paths);
    QFuture<AddImagesResult> dropUrls(const QList<QUrl>& urls); // local files and folders among them
    // Sorts the browser by model uncertainty (most uncertain first) and shows unlabelled memes only.
    void showLabellingQueue();
    // A project's first steps in the background, so the window is usable at once (the demo's first start):
    // OCR of the memes that lack it, then training `request` (its Jobs row shows the progress; the run is
    // selected when it finishes). Nothing when request.runDir already holds a finished run; a folder left by
    // an interrupted start resumes from its last complete epoch. Returns whether training was queued.
    bool prepareFirstRun(const TrainingRequest& request);
    void showPanel(Panel panel);
    void showUserGuide(); // Help ▸ User Guide (F1): docs/guide read in a window of its own
    // The centre's views, in tab order.
    enum class Workspace { Memes, Training, Analysis, Duplicates };
    void showWorkspace(Workspace w);
    Workspace workspace() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildDocks();
    void buildMenus();
    void buildStatusBar();
    void restoreLayout();
    QDockWidget* addDock(QWidget* panel, const QString& title, const QString& name, Qt::DockWidgetArea area);
    void rebuildRecentMenu();
    void newProject();
    void openProjectDialog();
    void importDataset();
    void exportReport();
    void openAblationDialog();
    void addImagesDialog();
    void closeProject();
    void about();
    void updateCounts();
    void selectInGallery(qint64 rowId); // a meme clicked in another view, made the gallery's current one
    void showInGallery(const QVector<qint64>& rows, const QString& what);

    ProjectSession* session_;
    ProjectTasks* tasks_;
    BrowserView* browser_ = nullptr;
    InspectorPanel* inspector_ = nullptr;
    JobsPanel* jobs_ = nullptr;
    TrainingDock* training_ = nullptr;
    AnalysisPanel* analysis_ = nullptr;
    DuplicatesView* duplicates_ = nullptr;
    QDockWidget *inspectorDock_ = nullptr, *jobsDock_ = nullptr;
    QTabWidget* workspace_ = nullptr;
    RunSelector* runs_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    LabellingMenu* labelling_ = nullptr;
    QLabel* statusCounts_ = nullptr;
    QProgressBar* statusProgress_ = nullptr;
    QPointer<UserGuideWindow> guide_;
    QString lastError_;
};

} // namespace memescope
