#include "MainWindow.h"

#include "ImportDialog.h"
#include "JobsPanel.h"
#include "LanguageMenu.h"
#include "RecentProjects.h"
#include "RunSelector.h"
#include "UserGuide.h"
#include "core/dataset/ImageFileCheck.h"
#include "core/engine/EngineInfo.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"
#include "ui/analysis/AnalysisPanel.h"
#include "ui/analysis/EmbeddingScatter.h"
#include "ui/browser/BrowserView.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/SampleFilterModel.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/browser/ThumbnailProvider.h"
#include "ui/duplicates/DuplicatesView.h"
#include "ui/inspector/InspectorPanel.h"
#include "ui/labelling/LabelingController.h"
#include "ui/labelling/LabellingMenu.h"
#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"
#include "ui/session/ProjectTasks.h"
#include "ui/training/AblationDialog.h"
#include "ui/training/TrainingDock.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace memescope {

std::optional<MainWindow::Panel> MainWindow::panelFromName(const QString& name) {
    static const QHash<QString, Panel> panels = {{"training", Panel::Training},
                                                 {"analysis", Panel::Analysis},
                                                 {"embeddings", Panel::Embeddings},
                                                 {"tsne", Panel::Tsne},
                                                 {"jobs", Panel::Jobs},
                                                 {"ablation", Panel::Ablation},
                                                 {"agreement", Panel::Agreement},
                                                 {"train", Panel::NewTraining},
                                                 {"focus", Panel::Focus},
                                                 {"duplicates", Panel::Duplicates},
                                                 {"guide", Panel::Guide}};
    const auto it = panels.constFind(name);
    return it == panels.constEnd() ? std::nullopt : std::optional<Panel>(*it);
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , session_(new ProjectSession(this))
    , tasks_(new ProjectTasks(session_, this)) {
    setObjectName("MainWindow");
    setWindowTitle(tr("MemeScope"));
    setAcceptDrops(true); // images and folders dropped on the window become new memes
    inspector_ = new InspectorPanel(session_, this);
    browser_ = new BrowserView(session_, this);
    // The centre is a workspace of full-size views -- the memes, training, error analysis, duplicates -- so
    // curves, tables and embeddings get the room a bottom dock never had; the inspector stays beside them
    // all (a mistake clicked in the analysis, a repost in the duplicates, is inspected at once).
    workspace_ = new QTabWidget(this);
    workspace_->setObjectName("Workspace");
    workspace_->setDocumentMode(true);
    setCentralWidget(workspace_);
    connect(browser_, &BrowserView::currentChanged, inspector_, &InspectorPanel::showRow);
    connect(browser_, &BrowserView::selectionChanged, this, &MainWindow::updateCounts);
    connect(browser_, &BrowserView::filterChanged, this, &MainWindow::updateCounts);
    buildDocks();
    buildMenus();
    buildStatusBar();
    connect(session_->labeling(), &LabelingController::failed, this,
            [this](const QString& m) { QMessageBox::warning(this, tr("Labels not saved"), m); });
    connect(session_, &ProjectSession::labelsChanged, this, &MainWindow::updateCounts);
    connect(session_->labeling(), &LabelingController::blindChanged, this, &MainWindow::updateCounts);
    connect(session_, &ProjectSession::samplesReloaded, this, &MainWindow::updateCounts);
    restoreLayout();
    statusBar()->showMessage(tr("Open a project (File ▸ Open) or create one (File ▸ New)"));
}

MainWindow::~MainWindow() {
    session_->close(); // its jobs stop while the panels they report to still exist
}

void MainWindow::buildStatusBar() {
    statusCounts_ = new QLabel(this);
    statusProgress_ = new QProgressBar(this);
    statusProgress_->setMaximumWidth(180);
    statusProgress_->setVisible(false);
    statusBar()->addPermanentWidget(statusProgress_);
    statusBar()->addPermanentWidget(statusCounts_);
    connect(jobs_, &JobsPanel::statusText, this, [this](const QString& text, int percent) {
        statusBar()->showMessage(text, percent < 0 ? 8000 : 0);
        statusProgress_->setVisible(percent >= 0);
        statusProgress_->setValue(std::max(percent, 0));
    });
    connect(session_, &ProjectSession::statusMessage, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(session_->jobs(), &JobRunner::jobFailed, this,
            [this](const QString& title, const QString& message) {
                statusBar()->showMessage(title.isEmpty() ? message : tr("%1 failed: %2").arg(title, message),
                                         10000);
            });
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value("mainWindow/geometry").toByteArray());
    restoreState(settings.value("mainWindow/state").toByteArray());
    browser_->table()->horizontalHeader()->restoreState(
        settings.value("mainWindow/tableHeader").toByteArray());
    browser_->setMode(BrowserView::Mode(settings.value("mainWindow/view", 0).toInt()));
    if (settings.contains("mainWindow/geometry")) {
        // Saved on a bigger screen (a laptop after a monitor): shrunk and moved onto this one.
        const QRect avail = screen()->availableGeometry();
        if (!avail.contains(geometry())) {
            const QSize size = geometry().size().boundedTo(avail.size() * 96 / 100);
            setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, avail));
            // The docks keep their saved widths, which would push the window past the screen again.
            resizeDocks({inspectorDock_}, {size.width() * 36 / 100}, Qt::Horizontal);
        }
        return;
    }
    // First start: most of the screen, centred (also right without a window manager).
    const QRect avail = screen()->availableGeometry();
    const QSize size(qMin(1700, avail.width() * 92 / 100), qMin(1040, avail.height() * 92 / 100));
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, avail));
    resizeDocks({inspectorDock_}, {size.width() * 42 / 100}, Qt::Horizontal);
}

QDockWidget* MainWindow::addDock(QWidget* panel, const QString& title, const QString& name,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildDocks() {
    inspectorDock_ = addDock(inspector_, tr("Inspector"), "InspectorDock", Qt::RightDockWidgetArea);
    jobs_ = new JobsPanel(this);
    session_->jobs()->setPanel(jobs_);
    // Below the workspace, not beside it: a job's row is a wide line, and a dock at the side would make the
    // window wider than a 1366 px screen while a job runs.
    jobsDock_ = addDock(jobs_, tr("Jobs"), "JobsDock", Qt::BottomDockWidgetArea);
    jobsDock_->hide(); // shown when a job starts
    connect(jobs_, &JobsPanel::started, jobsDock_, &QWidget::show);
    training_ = new TrainingDock(session_, this);
    analysis_ = new AnalysisPanel(session_, this);
    workspace_->addTab(browser_, tr("Memes"));
    workspace_->addTab(training_, tr("Training"));
    workspace_->addTab(analysis_, tr("Error Analysis"));
    duplicates_ = new DuplicatesView(session_, tasks_, this);
    workspace_->addTab(duplicates_, tr("Duplicates"));
    connect(analysis_, &AnalysisPanel::showRows, this, &MainWindow::showInGallery);
    connect(analysis_, &AnalysisPanel::selectRow, this, &MainWindow::selectInGallery);
    connect(duplicates_, &DuplicatesView::showRows, this, &MainWindow::showInGallery);
    connect(duplicates_, &DuplicatesView::selectRow, this, &MainWindow::selectInGallery);
    connect(browser_, &BrowserView::currentChanged, duplicates_, &DuplicatesView::setCurrentRowId);
    connect(browser_, &BrowserView::currentChanged, analysis_->scatter(), &EmbeddingScatter::setCurrentRow);
    connect(browser_, &BrowserView::revealRequested, this, [this] { showWorkspace(Workspace::Memes); });
    // Blind labelling hides the model's judgement of the labels: the error analysis waits.
    connect(session_->labeling(), &LabelingController::blindChanged, this, [this](bool blind) {
        workspace_->setTabEnabled(int(Workspace::Analysis), !blind);
        workspace_->setTabToolTip(int(Workspace::Analysis),
                                  blind ? tr("Hidden while labelling blind: it shows the model's judgement")
                                        : QString());
        if (blind && workspace() == Workspace::Analysis) showWorkspace(Workspace::Memes);
    });
    auto* bar = addToolBar(tr("Main"));
    bar->setObjectName("MainToolBar");
    bar->addWidget(new QLabel(tr(" Run: "), bar));
    runs_ = new RunSelector(session_, bar);
    bar->addWidget(runs_);
}

void MainWindow::showInGallery(const QVector<qint64>& rows, const QString& what) {
    browser_->filterBar()->setOnlyRows(rows, tr("%n meme(s): %1", "", int(rows.size())).arg(what));
    showWorkspace(Workspace::Memes); // the memes asked for, in the gallery
}

void MainWindow::selectInGallery(qint64 row) {
    // A meme the gallery's filter hides (a confusion cell was clicked before) is shown by clearing it:
    // the label keys act on the gallery's selection, which must be this meme.
    if (!browser_->selectRowId(row)) {
        browser_->filterBar()->clear();
        browser_->selectRowId(row);
    }
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Import Dataset…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDataset);
    file->addAction(tr("&Add Images…"), QKeySequence(tr("Ctrl+Shift+A")), this, &MainWindow::addImagesDialog);
    file->addAction(tr("&Export Report…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportReport);
    file->addSeparator();
    file->addAction(tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = session_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = session_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Select &All Shown"), QKeySequence::SelectAll, this,
                    [this] { browser_->gallery()->selectAll(); });
    edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        browser_->filterBar()->searchField()->setFocus();
        browser_->filterBar()->searchField()->selectAll();
    });
    edit->addAction(tr("Clear &Filters"), QKeySequence(tr("Ctrl+Shift+F")), browser_->filterBar(),
                    &FilterBar::clear);

    labelling_ = new LabellingMenu(session_, browser_, menuBar()->addMenu(tr("&Label")), this);
    connect(inspector_, &InspectorPanel::labelToggled, labelling_, &LabellingMenu::applyLabel);
    connect(labelling_, &LabellingMenu::annotatorChanged, this, &MainWindow::updateCounts);
    connect(labelling_, &LabellingMenu::statusMessage, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* group = new QActionGroup(this);
    QAction* g = view->addAction(tr("&Gallery"), QKeySequence(tr("Ctrl+G")), this,
                                 [this] { browser_->setMode(BrowserView::Mode::Gallery); });
    QAction* t = view->addAction(tr("&Table"), QKeySequence(tr("Ctrl+T")), this,
                                 [this] { browser_->setMode(BrowserView::Mode::Table); });
    for (QAction* a : {g, t}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    g->setChecked(true);
    // Space: the selected meme full size (the gallery's double-click too).
    view->addAction(tr("&Focus on the Meme"), QKeySequence(Qt::Key_Space), inspector_,
                    &InspectorPanel::openFocusView);
    connect(browser_->gallery(), &QAbstractItemView::doubleClicked, inspector_,
            &InspectorPanel::openFocusView);
    view->addSeparator();
    view->addAction(tr("&Memes"), QKeySequence(tr("Ctrl+1")), this,
                    [this] { showWorkspace(Workspace::Memes); });
    view->addAction(tr("T&raining"), QKeySequence(tr("Ctrl+2")), this,
                    [this] { showWorkspace(Workspace::Training); });
    view->addAction(tr("&Error Analysis"), QKeySequence(tr("Ctrl+3")), this,
                    [this] { showWorkspace(Workspace::Analysis); });
    view->addAction(tr("&Duplicates"), QKeySequence(tr("Ctrl+4")), this,
                    [this] { showWorkspace(Workspace::Duplicates); });
    view->addSeparator();
    for (QDockWidget* d : {inspectorDock_, jobsDock_})
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    new LanguageMenu(
        view->addMenu(tr("&Language")), [this] { return session_->path(); }, this);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Run &OCR on New Images"), QKeySequence(tr("Ctrl+Shift+O")), this, [this] {
        if (session_->isOpen()) tasks_->runOcr();
    });
    tools->addAction(tr("&Train a Model…"), QKeySequence(tr("Ctrl+Shift+T")), this,
                     [this] { showPanel(Panel::NewTraining); });
    tools->addAction(tr("Run an &Ablation Study…"), this, &MainWindow::openAblationDialog);
    tools->addAction(tr("Reload &Runs"), session_, &ProjectSession::reloadRuns);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("MemeScope &User Guide"), QKeySequence::HelpContents, this,
                    &MainWindow::showUserGuide);
    help->addAction(tr("&About MemeScope"), this, &MainWindow::about);
}

void MainWindow::showUserGuide() {
    if (!guide_) {
        QStringList searched;
        const QString index = userGuideIndex(&searched);
        if (index.isEmpty()) {
            QMessageBox::warning(
                this, tr("User guide not found"),
                tr("The user guide is not installed. Looked for:\n%1").arg(searched.join('\n')));
            return;
        }
        guide_ = new UserGuideWindow(index, this);
        guide_->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide_->show();
    guide_->raise();
    guide_->activateWindow();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = RecentProjects::list();
    for (const QString& path : recent) {
        QAction* a =
            recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

bool MainWindow::openProject(const QString& path, bool interactive) {
    try {
        session_->open(path);
    } catch (const Error& e) {
        lastError_ = e.message();
        if (interactive) QMessageBox::warning(this, tr("Cannot open project"), e.message());
        return false;
    }
    RecentProjects::add(path);
    rebuildRecentMenu();
    setWindowTitle(tr("%1[*] — MemeScope").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    statusBar()->showMessage(tr("Opened %1 — every label is saved as you set it").arg(path), 5000);
    browser_->selectFirst();
    return true;
}

void MainWindow::openAblationDialog() {
    if (!session_->isOpen()) return;
    auto* d = new AblationDialog(session_,
                                 QFileInfo(session_->path()).absolutePath() + "/ablations/" +
                                     QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"),
                                 this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void MainWindow::showPanel(Panel panel) {
    switch (panel) {
    case Panel::Focus: // modal, and worth seeing with the heatmap: once the model has read the meme
        if (inspector_->predictionPending() || (session_->runId() && !session_->modelReady()))
            connect(inspector_, &InspectorPanel::predictionReady, inspector_, &InspectorPanel::openFocusView,
                    Qt::SingleShotConnection);
        else
            QTimer::singleShot(0, inspector_, &InspectorPanel::openFocusView);
        return;
    case Panel::Agreement: // modal: opened once the event loop runs
        QTimer::singleShot(0, labelling_, &LabellingMenu::showAgreement);
        return;
    case Panel::Ablation:
        openAblationDialog();
        return;
    case Panel::NewTraining: // modal: opened once the event loop runs
        showWorkspace(Workspace::Training);
        QTimer::singleShot(0, training_, &TrainingDock::newTraining);
        return;
    case Panel::Training:
        showWorkspace(Workspace::Training);
        return;
    case Panel::Tsne:
        analysis_->scatter()->methodBox()->setCurrentIndex(1);
        [[fallthrough]];
    case Panel::Embeddings:
        analysis_->showEmbeddings();
        [[fallthrough]];
    case Panel::Analysis:
        showWorkspace(Workspace::Analysis);
        return;
    case Panel::Duplicates:
        showWorkspace(Workspace::Duplicates);
        return;
    case Panel::Guide:
        QTimer::singleShot(0, this, &MainWindow::showUserGuide);
        return;
    case Panel::Jobs:
        jobsDock_->show();
        jobsDock_->raise();
        return;
    }
}

void MainWindow::showWorkspace(Workspace w) {
    workspace_->setCurrentIndex(int(w));
}

MainWindow::Workspace MainWindow::workspace() const {
    return Workspace(workspace_->currentIndex());
}

void MainWindow::updateCounts() {
    if (!session_->isOpen()) {
        statusCounts_->clear();
        return;
    }
    int labelled = 0;
    for (int r = 0; r < session_->samples()->rowCount(); ++r)
        labelled += session_->samples()->sampleAt(r).labelMask.has_value();
    const LabelingController* l = session_->labeling();
    const QString who = l->isBlind()          ? tr("labelling blind as %1").arg(l->annotator())
                        : l->isAdjudicating() ? tr("adjudicating as %1").arg(l->annotator())
                                              : tr("labelling as %1").arg(l->annotator());
    statusCounts_->setText(tr("%1 shown · %2 selected · %3 of %4 labelled · %5")
                               .arg(browser_->filterModel()->rowCount())
                               .arg(browser_->selectedCount())
                               .arg(labelled)
                               .arg(session_->samples()->rowCount())
                               .arg(who));
}

void MainWindow::newProject() {
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                tr("MemeScope projects (*.memescope)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(".memescope")) path += ".memescope";
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Project"), tr("%1 already exists; open it instead.").arg(path));
        return;
    }
    try {
        ProjectStore::open(path, ProjectStore::Mode::OpenOrCreate); // creates the file, then releases it
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Cannot create project"), e.message());
        return;
    }
    openProject(path);
}

void MainWindow::openProjectDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("MemeScope projects (*.memescope)"));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::importDataset() {
    if (!session_->isOpen()) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a project first."));
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Dataset Folder"));
    if (dir.isEmpty()) return;
    tasks_->importDataset(dir)
        .then(this, [this](const ImportReport& report) { ImportReportDialog(report, this).exec(); })
        .onFailed(this,
                  [this](const Error& e) { QMessageBox::warning(this, tr("Import failed"), e.message()); });
}

void MainWindow::exportReport() {
    const qint64 run = session_->runId();
    if (!session_->isOpen() || run == 0) {
        QMessageBox::information(this, tr("Export Report"),
                                 tr("Select a finished run in the toolbar first."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), QStringLiteral("report.html"),
                                     tr("HTML report (*.html);;PDF report (*.pdf)"));
    if (!path.isEmpty()) tasks_->exportReport(run, path);
}

void MainWindow::addImagesDialog() {
    if (!session_->isOpen()) return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Images"), QString(), tr("Images (%1)").arg("*." + imageFileExtensions().join(" *.")));
    if (!files.isEmpty()) addImageFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (session_->isOpen() && event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (!session_->isOpen() || !event->mimeData()->hasUrls()) return;
    event->acceptProposedAction();
    dropUrls(event->mimeData()->urls());
}

QFuture<AddImagesResult> MainWindow::dropUrls(const QList<QUrl>& urls) {
    QStringList paths;
    for (const QUrl& url : urls)
        if (url.isLocalFile()) paths << url.toLocalFile();
    return addImageFiles(paths);
}

QFuture<AddImagesResult> MainWindow::addImageFiles(const QStringList& paths) {
    if (!session_->isOpen() || paths.isEmpty()) return QtFuture::makeReadyFuture(AddImagesResult{});
    return tasks_->addImages(paths).then(this, [this](const AddImagesResult& r) {
        if (!r.added.isEmpty()) browser_->selectRowId(r.added.first());
        return r;
    });
}

bool MainWindow::prepareFirstRun(const TrainingRequest& request) {
    if (!session_->isOpen() || QFileInfo::exists(QDir(request.runDir).filePath("result.json"))) return false;
    TrainingRequest r = request;
    r.resume = QFileInfo::exists(r.runDir); // an earlier start was closed while it trained
    showPanel(Panel::Jobs);
    statusBar()->showMessage(tr("Preparing the project in the background: OCR, then a first model. The memes "
                                "can be browsed and labelled meanwhile."),
                             15000);
    // Taking the future (not its value) runs the training even when OCR failed: its row says why.
    tasks_->runOcr().then(this, [this, r](const QFuture<OcrJobSummary>&) { training_->startTraining(r); });
    return true;
}

void MainWindow::showLabellingQueue() {
    labelling_->showLabellingQueue();
}

void MainWindow::closeProject() {
    session_->close();
    updateCounts();
    setWindowTitle(tr("MemeScope"));
}

void MainWindow::about() {
    const EngineInfo info = EngineInfo::query();
    QMessageBox::about(
        this, tr("About MemeScope"),
        tr("<h3>MemeScope %1</h3><p>A workbench for researchers who study mental-health memes.</p>"
           "<p>Qt %2 · LibTorch %3<br>Compute: %4</p>")
            .arg(QApplication::applicationVersion(), qVersion(), info.torchVersion, info.devices.join(", ")));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("mainWindow/geometry", saveGeometry());
    settings.setValue("mainWindow/state", saveState());
    settings.setValue("mainWindow/tableHeader", browser_->table()->horizontalHeader()->saveState());
    settings.setValue("mainWindow/view", int(browser_->mode()));
    event->accept();
}

} // namespace memescope
