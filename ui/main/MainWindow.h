#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QLineEdit;

namespace memescope {

class ProjectStore;
class SampleTableModel;

// The main window: File menu (New / Open / Recent / Import), a table of the open project's samples,
// window state remembered in QSettings. Later issues add docks (browser, inspector, training, analysis).
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
    QTableView* sampleView() const { return table_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void newProject();
    void openProjectDialog();
    void importDataset();
    void reloadSamples();
    void closeProject();
    void about();

    std::unique_ptr<ProjectStore> store_;
    SampleTableModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* table_ = nullptr;
    QLineEdit* search_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QLabel* statusCounts_ = nullptr;
    QString lastError_;
    bool importRunning_ = false;
};

} // namespace memescope
