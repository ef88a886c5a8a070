#include "MainWindow.h"
#include "Language.h"

#include "ImportDialog.h"
#include "JobsPanel.h"
#include "RecentProjects.h"
#include "core/dataset/DatasetImporter.h"
#include "core/dataset/ImageAdder.h"
#include "core/dataset/ImageFileCheck.h"
#include "core/engine/EngineInfo.h"
#include "core/ocr/OcrJob.h"
#include "core/ocr/OcrStore.h"
#include "core/report/ReportBuilder.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"
#include "ui/analysis/AnalysisPanel.h"
#include "ui/analysis/EmbeddingScatter.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/SampleFilterModel.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/browser/ThumbnailProvider.h"
#include "ui/inspector/InspectorPanel.h"
#include "ui/labelling/AgreementDialog.h"
#include "ui/labelling/LabelingController.h"
#include "ui/training/AblationDialog.h"
#include "ui/training/TrainingDock.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace memescope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setObjectName("MainWindow");
    setWindowTitle(tr("MemeScope"));
    setAcceptDrops(true); // images and folders dropped on the window become new memes
    model_ = new SampleTableModel(this);
    thumbnails_ = new ThumbnailProvider(150, this);
    model_->setThumbnailProvider(thumbnails_);
    proxy_ = new SampleFilterModel(this);
    proxy_->setSourceModel(model_);
    labeling_ = new LabelingController(model_, this);
    buildViews();
    buildDocks();
    buildMenus();
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
    connect(labeling_, &LabelingController::failed, this,
            [this](const QString& m) { QMessageBox::warning(this, tr("Labels not saved"), m); });
    connect(labeling_, &LabelingController::labelsChanged, this, [this](const QVector<qint64>& rows) {
        if (rows.contains(selectedRowIds().value(0))) onCurrentChanged();
        updateCounts();
        analysis_->refresh();
    });

    QSettings settings;
    labeling_->setAnnotator(
        settings.value("labelling/annotator", qEnvironmentVariable("USER", "annotator")).toString());
    autoAdvance_->setChecked(settings.value("labelling/autoAdvance", true).toBool());
    restoreGeometry(settings.value("mainWindow/geometry").toByteArray());
    restoreState(settings.value("mainWindow/state").toByteArray());
    table_->horizontalHeader()->restoreState(settings.value("mainWindow/tableHeader").toByteArray());
    views_->setCurrentIndex(settings.value("mainWindow/view", 0).toInt());
    if (!settings.contains("mainWindow/geometry")) {
        // First start: most of the screen, centred (also right without a window manager).
        const QRect avail = screen()->availableGeometry();
        const QSize size(qMin(1700, avail.width() * 92 / 100), qMin(1040, avail.height() * 92 / 100));
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, avail));
        resizeDocks({findChild<QDockWidget*>("InspectorDock")}, {size.width() * 42 / 100}, Qt::Horizontal);
        // A laptop screen: the gallery and the inspector get the height; Training and Error Analysis wait in
        // the View menu (or open with their Tools actions).
        if (avail.height() < 900) {
            findChild<QDockWidget*>("TrainingDock")->hide();
            findChild<QDockWidget*>("AnalysisDock")->hide();
        } else {
            resizeDocks({findChild<QDockWidget*>("TrainingDock")}, {size.height() * 30 / 100}, Qt::Vertical);
        }
    }
    statusBar()->showMessage(tr("Open a project (File ▸ Open) or create one (File ▸ New)"));
}

MainWindow::~MainWindow() {
    stopBackgroundWork();
    thumbnails_->clear();
}

void MainWindow::stopBackgroundWork() {
    jobs_->cancelAll();
    training_->cancelTraining();
    // Imports, OCR, training and reports run on the global pool with their own connections to the project:
    // they finish their current step and stop before the project is closed under them.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents(); // deliver their last messages while the widgets still exist
}

void MainWindow::buildViews() {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    filterBar_ = new FilterBar(central);
    connect(filterBar_, &FilterBar::filterChanged, this, [this](const SampleFilter& f) {
        proxy_->setFilter(f);
        updateCounts();
    });
    layout->addWidget(filterBar_);
    views_ = new QStackedWidget(central);
    gallery_ = new QListView(views_);
    gallery_->setObjectName("Gallery");
    gallery_->setModel(proxy_);
    gallery_->setModelColumn(SampleTableModel::IdColumn);
    gallery_->setViewMode(QListView::IconMode);
    gallery_->setResizeMode(QListView::Adjust);
    gallery_->setMovement(QListView::Static);
    gallery_->setUniformItemSizes(true); // constant-time layout: 100,000 items scroll without stalls
    gallery_->setLayoutMode(QListView::Batched);
    gallery_->setBatchSize(2000);
    gallery_->setIconSize(QSize(thumbnails_->side(), thumbnails_->side()));
    gallery_->setGridSize(QSize(thumbnails_->side() + 18, thumbnails_->side() + 34));
    gallery_->setSpacing(4);
    gallery_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    gallery_->setTextElideMode(Qt::ElideMiddle);
    views_->addWidget(gallery_);
    table_ = new QTableView(views_);
    table_->setObjectName("SampleTable");
    table_->setModel(proxy_);
    table_->setSelectionModel(gallery_->selectionModel()); // one selection, two views
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setColumnWidth(SampleTableModel::IdColumn, 150);
    table_->setColumnWidth(SampleTableModel::SplitColumn, 60);
    table_->setColumnWidth(SampleTableModel::LabelsColumn, 230);
    table_->setColumnWidth(SampleTableModel::PredictionColumn, 200);
    table_->setColumnWidth(SampleTableModel::ImageColumn, 70);
    views_->addWidget(table_);
    layout->addWidget(views_, 1);
    setCentralWidget(central);
    connect(gallery_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(gallery_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCounts);
}

void MainWindow::buildDocks() {
    inspector_ = new InspectorPanel(this);
    auto* dock = new QDockWidget(tr("Inspector"), this);
    dock->setObjectName("InspectorDock");
    dock->setWidget(inspector_);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(inspector_, &InspectorPanel::labelToggled, this, &MainWindow::labelSelection);
    jobs_ = new JobsPanel(this);
    auto* jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName("JobsDock");
    jobsDock->setWidget(jobs_);
    addDockWidget(Qt::LeftDockWidgetArea, jobsDock);
    jobsDock->hide(); // shown when a job starts
    training_ = new TrainingDock(this);
    auto* trainingDock = new QDockWidget(tr("Training"), this);
    trainingDock->setObjectName("TrainingDock");
    trainingDock->setWidget(training_);
    addDockWidget(Qt::BottomDockWidgetArea, trainingDock);
    analysis_ = new AnalysisPanel(model_, this);
    auto* analysisDock = new QDockWidget(tr("Error Analysis"), this);
    analysisDock->setObjectName("AnalysisDock");
    analysisDock->setWidget(analysis_);
    addDockWidget(Qt::BottomDockWidgetArea, analysisDock);
    tabifyDockWidget(trainingDock, analysisDock);
    trainingDock->raise();
    connect(training_, &TrainingDock::runFinished, this, [this](qint64 run) {
        reloadRuns();
        selectRun(run);
    });
    connect(analysis_, &AnalysisPanel::showRows, this,
            [this](const QVector<qint64>& rows, const QString& what) {
                filterBar_->setOnlyRows(rows, tr("%n meme(s): %1", "", int(rows.size())).arg(what));
            });
    connect(analysis_, &AnalysisPanel::selectRow, this, [this](qint64 row) { selectRowId(row); });
    auto* bar = addToolBar(tr("Main"));
    bar->setObjectName("MainToolBar");
    bar->addWidget(new QLabel(tr(" Run: "), bar));
    runs_ = new QComboBox(bar);
    runs_->setObjectName("RunSelector");
    runs_->setMinimumContentsLength(28);
    runs_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(runs_, &QComboBox::activated, this,
            [this](int i) { selectRun(runs_->itemData(i).toLongLong()); });
    bar->addWidget(runs_);
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
    QAction* undo = labeling_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = labeling_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Select &All Shown"), QKeySequence::SelectAll, this,
                    [this] { gallery_->selectAll(); });
    edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        filterBar_->searchField()->setFocus();
        filterBar_->searchField()->selectAll();
    });
    edit->addAction(tr("Clear &Filters"), QKeySequence(tr("Ctrl+Shift+F")), filterBar_, &FilterBar::clear);

    labelMenu_ = menuBar()->addMenu(tr("&Label"));
    rebuildLabelActions();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* group = new QActionGroup(this);
    QAction* g = view->addAction(tr("&Gallery"), QKeySequence(tr("Ctrl+G")), this,
                                 [this] { views_->setCurrentIndex(0); });
    QAction* t = view->addAction(tr("&Table"), QKeySequence(tr("Ctrl+T")), this,
                                 [this] { views_->setCurrentIndex(1); });
    for (QAction* a : {g, t}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    g->setChecked(true);
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = activeUiLanguage();
    for (const UiLanguage& l : uiLanguages()) {
        QAction* a = language->addAction(l.nativeName, this, [this, code = l.code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(l.code == current);
        a->setData(l.code);
        languages->addAction(a);
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Run &OCR on New Images"), QKeySequence(tr("Ctrl+Shift+O")), this,
                     &MainWindow::runOcr);
    tools->addAction(tr("&Train a Model…"), QKeySequence(tr("Ctrl+Shift+T")), this, [this] {
        findChild<QDockWidget*>("TrainingDock")->show();
        findChild<QDockWidget*>("TrainingDock")->raise();
        training_->newTraining();
    });
    tools->addAction(tr("Run an &Ablation Study…"), this, &MainWindow::openAblationDialog);
    tools->addAction(tr("Reload &Runs"), this, [this] {
        reloadRuns();
        training_->reloadRuns();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MemeScope"), this, &MainWindow::about);
}

void MainWindow::chooseLanguage(const QString& code) {
    storeUiLanguage(code);
    if (code == activeUiLanguage()) return;
    // Every window is built in the language chosen at start; a restart rebuilds them. Labels are already
    // saved, so restarting loses nothing.
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("MemeScope will use the new language from its next start."), QMessageBox::NoButton,
                    this);
    QPushButton* restart = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restart) return;
    // The open project again; not a --language of this start, which would override the new choice.
    QStringList arguments;
    if (store_) arguments = {store_->path()};
    if (close()) QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

void MainWindow::rebuildLabelActions() {
    labelMenu_->clear(); // deletes the actions the menu created (not autoAdvance_, which the window owns)
    labelActions_.clear();
    const LabelSchema schema = model_->schema();
    for (int i = 0; i < schema.size(); ++i) {
        const LabelDefinition& d = schema.labels()[i];
        QAction* a = labelMenu_->addAction(schema.isMultiLabel() ? tr("Toggle “%1”").arg(d.name)
                                                                 : tr("Set “%1”").arg(d.name),
                                           this, [this, i] { labelSelection(i); });
        if (!d.hotkey.isEmpty()) a->setShortcut(QKeySequence(d.hotkey));
        labelActions_ << a;
    }
    if (schema.size() > 0) labelMenu_->addSeparator();
    if (schema.isMultiLabel())
        labelActions_ << labelMenu_->addAction(tr("No Symptom (clear labels)"), QKeySequence(tr("0")), this,
                                               [this] {
                                                   labeling_->setMask(selectedRowIds(), 0);
                                                   advance();
                                               });
    labelActions_ << labelMenu_->addAction(tr("&Accept Model Suggestion"), QKeySequence(tr("A")), this,
                                           [this] {
                                               labeling_->acceptSuggestion(selectedRowIds());
                                               advance();
                                           });
    labelMenu_->addSeparator();
    autoAdvance_ = autoAdvance_ ? autoAdvance_ : new QAction(tr("Auto-&Advance After Labelling"), this);
    autoAdvance_->setCheckable(true);
    labelMenu_->addAction(autoAdvance_);
    labelMenu_->addAction(tr("Set A&nnotator…"), this, &MainWindow::setAnnotatorDialog);
    labelMenu_->addSeparator();
    labelMenu_->addAction(tr("Labelling &Queue: Most Uncertain First"), QKeySequence(tr("Ctrl+U")), this,
                          &MainWindow::showLabellingQueue);
    labelMenu_->addAction(tr("Annotator A&greement…"), this, &MainWindow::showAgreement);
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
    stopBackgroundWork();
    try {
        labeling_->setStore(nullptr);
        inspector_->setStore(nullptr, {});
        store_.reset(); // release the previous project's lock first
        store_ = ProjectStore::open(path, ProjectStore::Mode::OpenExisting);
        RecentProjects::add(path);
        rebuildRecentMenu();
        reloadSamples();
        reloadRuns();
        setWindowTitle(tr("%1[*] — MemeScope").arg(QFileInfo(path).fileName()));
        setWindowFilePath(path);
        statusBar()->showMessage(tr("Opened %1 — every label is saved as you set it").arg(path), 5000);
        if (proxy_->rowCount() > 0)
            selectRowId(proxy_->index(0, 0).data(SampleTableModel::RowIdRole).toLongLong());
        return true;
    } catch (const StoreError& e) {
        lastError_ = e.message();
        store_.reset();
        model_->setSamples({}, {});
        if (interactive) QMessageBox::warning(this, tr("Cannot open project"), e.message());
        return false;
    }
}

void MainWindow::reloadSamples() {
    if (!store_) return;
    thumbnails_->clear();
    const LabelSchema schema = store_->labelSchema();
    ProjectStore* store = store_.get();
    model_->setPathResolver([store](const QString& stored) { return store->resolveStoredPath(stored); });
    model_->setSamples(SampleStore(*store_).loadAll(), schema);
    QSet<int64_t> done;
    const QHash<int64_t, QString> ocr = OcrStore(*store_).doneSamples();
    for (auto it = ocr.begin(); it != ocr.end(); ++it)
        if (it.value().isEmpty()) done.insert(it.key());
    model_->setOcrDone(done);
    filterBar_->setSchema(schema);
    labeling_->setStore(store_.get());
    inspector_->setStore(store_.get(), schema);
    training_->setStore(store_.get());
    analysis_->refresh();
    rebuildLabelActions();
    updateCounts();
}

void MainWindow::reloadRuns() {
    runs_->clear();
    runs_->addItem(tr("(no run — labels only)"), qint64(0));
    if (!store_) return;
    for (const RunRecord& r : RunStore(*store_).runs()) {
        if (r.status != "finished") continue;
        const double f1 = r.summary.value("test").toObject().value("macro_f1").toDouble();
        runs_->addItem(QStringLiteral("%1 — test macro-F1 %2").arg(r.name).arg(f1, 0, 'f', 3), qint64(r.id));
    }
}

void MainWindow::selectRun(qint64 runId) {
    const int index = runs_->findData(runId);
    if (index >= 0) runs_->setCurrentIndex(index);
    ++modelGeneration_;
    sharedModel_.reset();
    inspector_->setModel(nullptr);
    if (!store_ || runId == 0) {
        model_->setPredictions({}, {});
        filterBar_->setHasPredictions(false);
        analysis_->refresh();
        analysis_->setRun(nullptr, 0);
        onCurrentChanged();
        return;
    }
    RunStore runs(*store_);
    const RunRecord run = runs.run(runId);
    QVector<float> thresholds;
    for (const QJsonValue& v : run.summary.value("thresholds").toArray())
        thresholds << float(v.toDouble());
    model_->setPredictions(runs.predictions(runId), thresholds);
    filterBar_->setHasPredictions(true);
    analysis_->refresh();
    analysis_->setRun(store_.get(), runId);
    training_->showRunCurves(runId);
    onCurrentChanged();
    // The model itself (for attention on demand) loads in the background.
    const QString modelDir = run.checkpointPath;
    const int generation = modelGeneration_;
    auto* watcher = new QFutureWatcher<std::shared_ptr<SharedModel>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<SharedModel>>::finished, this,
            [this, watcher, generation, run] {
                watcher->deleteLater();
                const std::shared_ptr<SharedModel> m = watcher->result();
                if (generation != modelGeneration_) return;
                if (!m->session) {
                    statusBar()->showMessage(
                        tr("Run “%1”: its model could not be loaded (%2); stored predictions only")
                            .arg(run.name, m->runName),
                        10000);
                    return;
                }
                sharedModel_ = m;
                inspector_->setModel(m);
                statusBar()->showMessage(
                    tr("Run “%1” loaded (%2)").arg(run.name, m->session->deviceDescription()), 5000);
            });
    watcher->setFuture(QtConcurrent::run([modelDir, name = run.name]() {
        auto m = std::make_shared<SharedModel>();
        try {
            m->session = ModelSession::load(modelDir);
            m->runName = name;
        } catch (const EngineError& e) {
            m->runName = e.message(); // carries the reason back
        }
        return m;
    }));
}

QVector<qint64> MainWindow::selectedRowIds() const {
    QVector<qint64> ids;
    QModelIndexList rows = gallery_->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    int last = -1;
    for (const QModelIndex& i : rows)
        if (i.row() != last) {
            ids << i.data(SampleTableModel::RowIdRole).toLongLong();
            last = i.row();
        }
    if (ids.isEmpty() && gallery_->currentIndex().isValid())
        ids << gallery_->currentIndex().data(SampleTableModel::RowIdRole).toLongLong();
    return ids;
}

void MainWindow::selectRowId(qint64 rowId) {
    const int source = model_->rowOf(rowId);
    if (source < 0) return;
    const QModelIndex idx = proxy_->mapFromSource(model_->index(source, 0));
    if (!idx.isValid()) return;
    gallery_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    gallery_->scrollTo(idx);
    table_->scrollTo(idx);
}

void MainWindow::selectSampleId(const QString& sampleId) {
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->sampleAt(r).sampleId == sampleId) {
            selectRowId(model_->sampleAt(r).id);
            return;
        }
}

void MainWindow::openAblationDialog() {
    if (!store_) return;
    auto* d = new AblationDialog(store_.get(),
                                 QFileInfo(store_->path()).absolutePath() + "/ablations/" +
                                     QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"),
                                 this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &AblationDialog::studyFinished, this, [this] {
        reloadRuns();
        training_->reloadRuns();
    });
    d->show();
}

void MainWindow::showPanel(const QString& name) {
    if (name == "agreement") { // modal: opened once the event loop runs
        QTimer::singleShot(0, this, &MainWindow::showAgreement);
        return;
    }
    if (name == "ablation") {
        openAblationDialog();
        return;
    }
    if (name == "train") { // modal: opened once the event loop runs
        QTimer::singleShot(0, training_, &TrainingDock::newTraining);
        return;
    }
    if (name == "embeddings" || name == "tsne") analysis_->showEmbeddings();
    if (name == "tsne") analysis_->scatter()->methodBox()->setCurrentIndex(1);
    const QString dock = name == "training"                                             ? "TrainingDock"
                         : name == "analysis" || name == "embeddings" || name == "tsne" ? "AnalysisDock"
                                                                                        : "JobsDock";
    if (auto* d = findChild<QDockWidget*>(dock)) {
        d->show();
        d->raise();
    }
}

void MainWindow::showTable() {
    views_->setCurrentIndex(1);
}

void MainWindow::onCurrentChanged() {
    const QModelIndex idx = gallery_->currentIndex();
    if (!idx.isValid()) {
        inspector_->showSample(nullptr, nullptr);
        return;
    }
    const SampleRecord& s = model_->sampleAt(proxy_->mapToSource(idx).row());
    inspector_->showSample(&s, model_->probabilitiesOf(s.id));
}

void MainWindow::labelSelection(int label) {
    const QVector<qint64> rows = selectedRowIds();
    labeling_->applyLabel(rows, label);
    if (!model_->schema().isMultiLabel()) advance(); // multi-label: several keys per meme, advance with →
}

void MainWindow::advance() {
    if (!autoAdvance_->isChecked() || selectedRowIds().size() != 1) return;
    const QModelIndex next = proxy_->index(gallery_->currentIndex().row() + 1, 0);
    if (next.isValid()) selectRowId(next.data(SampleTableModel::RowIdRole).toLongLong());
}

void MainWindow::updateCounts() {
    if (!store_) {
        statusCounts_->clear();
        return;
    }
    int labelled = 0;
    for (int r = 0; r < model_->rowCount(); ++r)
        labelled += model_->sampleAt(r).labelMask.has_value();
    statusCounts_->setText(tr("%1 shown · %2 selected · %3 of %4 labelled · annotator %5")
                               .arg(proxy_->rowCount())
                               .arg([this] {
                                   QSet<int> rows;
                                   for (const QModelIndex& i : gallery_->selectionModel()->selectedIndexes())
                                       rows.insert(i.row());
                                   return rows.size();
                               }())
                               .arg(labelled)
                               .arg(model_->rowCount())
                               .arg(labeling_->annotator()));
}

void MainWindow::setAnnotatorDialog() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Annotator"), tr("Your name, recorded with every label you set:"),
                              QLineEdit::Normal, labeling_->annotator(), &ok)
            .trimmed();
    if (!ok || name.isEmpty()) return;
    labeling_->setAnnotator(name);
    QSettings().setValue("labelling/annotator", name);
    updateCounts();
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
    } catch (const StoreError& e) {
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
    if (!store_) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a project first."));
        return;
    }
    if (importRunning_) return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Dataset Folder"));
    if (dir.isEmpty()) return;
    importRunning_ = true;
    findChild<QDockWidget*>("JobsDock")->show();
    JobHandle* job = jobs_->start(tr("Import %1").arg(QFileInfo(dir).fileName()));
    Q_EMIT job->progress(0, 0, tr("reading and checking files…"));
    struct Outcome {
        ImportReport report;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    ProjectStore* store = store_.get();
    // The import runs on a worker thread with its own database connection; the GUI stays responsive.
    // Errors travel back as values (QtConcurrent only forwards QException subclasses).
    auto future = QtConcurrent::run([store, dir]() {
        Outcome outcome;
        try {
            auto connection = store->openConnectionForThread();
            outcome.report = DatasetImporter::importPath(*connection, dir);
        } catch (const StoreError& e) {
            outcome.error = e.message();
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
    });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, dir, job] {
        importRunning_ = false;
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            Q_EMIT job->finished(tr("Import failed: %1").arg(outcome.error));
            QMessageBox::warning(this, tr("Import failed"), outcome.error);
            return;
        }
        reloadSamples();
        Q_EMIT job->finished(tr("Imported %1 samples from %2").arg(outcome.report.imported).arg(dir));
        ImportReportDialog(outcome.report, this).exec();
    });
    watcher->setFuture(future);
}

void MainWindow::runOcr() {
    if (!store_ || ocrRunning_) return;
    ocrRunning_ = true;
    findChild<QDockWidget*>("JobsDock")->show();
    JobHandle* job = jobs_->start(tr("OCR"));
    ProjectStore* store = store_.get();
    const auto cancel = job->cancelFlag();
    auto* watcher = new QFutureWatcher<QString>(this);
    QPointer<JobHandle> guard(job);
    watcher->setFuture(QtConcurrent::run([store, cancel, guard]() -> QString {
        try {
            auto connection = store->openConnectionForThread();
            const OcrJobSummary s = OcrJob::run(
                *connection, {},
                [guard](const OcrJobProgress& p) {
                    QMetaObject::invokeMethod(guard, [guard, p] {
                        if (guard)
                            Q_EMIT guard->progress(p.done, p.total,
                                                   QObject::tr("%1 of %2 images (%3 unreadable)")
                                                       .arg(p.done)
                                                       .arg(p.total)
                                                       .arg(p.failed));
                    });
                },
                cancel.get());
            return QObject::tr("OCR %1: %2 images read, %3 unreadable, %4 s")
                .arg(s.cancelled ? QObject::tr("cancelled") : QObject::tr("finished"))
                .arg(s.processed)
                .arg(s.failed)
                .arg(s.seconds, 0, 'f', 1);
        } catch (const std::exception& e) {
            return QObject::tr("OCR failed: %1").arg(QString::fromUtf8(e.what()));
        }
    }));
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, job] {
        ocrRunning_ = false;
        watcher->deleteLater();
        Q_EMIT job->finished(watcher->result());
        reloadSamples();
    });
}

void MainWindow::exportReport() {
    const qint64 run = runs_->currentData().toLongLong();
    if (!store_ || run == 0) {
        QMessageBox::information(this, tr("Export Report"),
                                 tr("Select a finished run in the toolbar first."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), QStringLiteral("report.html"),
                                     tr("HTML report (*.html);;PDF report (*.pdf)"));
    if (path.isEmpty()) return;
    findChild<QDockWidget*>("JobsDock")->show();
    JobHandle* job = jobs_->start(tr("Report %1").arg(QFileInfo(path).fileName()));
    Q_EMIT job->progress(0, 0, tr("writing…"));
    ProjectStore* store = store_.get();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, job] {
        watcher->deleteLater();
        Q_EMIT job->finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([store, run, path]() -> QString {
        try {
            auto connection = store->openConnectionForThread();
            const ReportResult r = writeRunReport(*connection, run, path);
            return QObject::tr("Wrote %1 (%2 sections)").arg(r.path).arg(r.sections.size());
        } catch (const std::exception& e) {
            return QObject::tr("Report failed: %1").arg(QString::fromUtf8(e.what()));
        }
    }));
}

void MainWindow::addImagesDialog() {
    if (!store_) return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Images"), QString(), tr("Images (%1)").arg("*." + imageFileExtensions().join(" *.")));
    if (!files.isEmpty()) addImageFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (store_ && event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (!store_ || !event->mimeData()->hasUrls()) return;
    event->acceptProposedAction();
    dropUrls(event->mimeData()->urls());
}

QVector<qint64> MainWindow::dropUrls(const QList<QUrl>& urls) {
    QStringList paths;
    for (const QUrl& url : urls)
        if (url.isLocalFile()) paths << url.toLocalFile();
    return paths.isEmpty() ? QVector<qint64>() : addImageFiles(paths);
}

QVector<qint64> MainWindow::addImageFiles(const QStringList& paths) {
    if (!store_) return {};
    AddImagesResult r;
    try {
        r = addImages(*store_, paths, true);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Add Images"), e.message());
        return {};
    }
    reloadSamples();
    const qint64 run = runs_->currentData().toLongLong();
    if (run) selectRun(run); // predictions back in the model after the reload
    statusBar()->showMessage(
        tr("Added %n meme(s)", "", int(r.added.size())) +
            (r.problems.isEmpty() ? QString() : tr("; %n file(s) skipped", "", int(r.problems.size()))),
        8000);
    if (!r.problems.isEmpty()) { // reported in the Jobs panel, not in a modal box: dropping stays fluid
        findChild<QDockWidget*>("JobsDock")->show();
        JobHandle* job = jobs_->start(tr("Add images"));
        Q_EMIT job->finished(tr("%n added", "", int(r.added.size())) + " · " +
                             tr("skipped: %1").arg(r.problems.join("; ")));
    }
    if (r.added.isEmpty()) return {};
    selectRowId(r.added.first());
    // Their text comes from OCR; then the selected model pre-labels them.
    const QVector<qint64> added(r.added.begin(), r.added.end());
    runOcr();
    QPointer<MainWindow> self(this);
    auto* connection = new QMetaObject::Connection;
    *connection = connect(jobs_, &JobsPanel::statusText, this,
                          [this, self, added, connection](const QString&, int percent) {
                              if (percent >= 0 || ocrRunning_) return; // wait for the OCR job to finish
                              disconnect(*connection);
                              delete connection;
                              if (self) suggestLabels(added);
                          });
    return added;
}

bool MainWindow::modelReady() const {
    return sharedModel_ && sharedModel_->session;
}

void MainWindow::suggestLabels(const QVector<qint64>& rows) {
    const qint64 run = runs_->currentData().toLongLong();
    if (!store_ || !run || !modelReady()) return;
    QVector<QPair<qint64, QPair<QString, QString>>> inputs; // row id -> (image, text)
    for (qint64 id : rows) {
        const int row = model_->rowOf(id);
        if (row < 0) continue;
        const SampleRecord& s = model_->sampleAt(row);
        inputs.append({id, {store_->resolveStoredPath(s.imagePath), s.ocrText}});
    }
    // The model runs off the GUI thread; the results are stored back here.
    auto* watcher = new QFutureWatcher<QHash<int64_t, QVector<float>>>(this);
    connect(watcher, &QFutureWatcher<QHash<int64_t, QVector<float>>>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        const QHash<int64_t, QVector<float>> probabilities = watcher->result();
        if (!store_ || runs_->currentData().toLongLong() != run) return; // the run changed meanwhile
        RunStore(*store_).addPredictions(run, probabilities);
        selectRun(run);
        statusBar()->showMessage(tr("The model suggested labels for %n new meme(s): press A to accept one",
                                    "", int(probabilities.size())),
                                 8000);
    });
    const std::shared_ptr<SharedModel> model = sharedModel_;
    watcher->setFuture(QtConcurrent::run([model, inputs] {
        QHash<int64_t, QVector<float>> out;
        std::lock_guard<std::mutex> lock(model->mutex);
        for (const auto& [id, input] : inputs) {
            try {
                out.insert(id, model->session->predict(input.first, input.second).probabilities);
            } catch (const EngineError&) {
            }
        }
        return out;
    }));
}

void MainWindow::showLabellingQueue() {
    filterBar_->clear();
    SampleFilter f = filterBar_->filter();
    f.unlabelledOnly = true;
    proxy_->setFilter(f);
    proxy_->setSortRole(SampleTableModel::UncertaintyRole);
    proxy_->sort(SampleTableModel::IdColumn, Qt::DescendingOrder);
    views_->setCurrentIndex(0);
    if (proxy_->rowCount() > 0)
        selectRowId(proxy_->index(0, 0).data(SampleTableModel::RowIdRole).toLongLong());
    statusBar()->showMessage(
        model_->hasPredictions()
            ? tr("Labelling queue: %n unlabelled meme(s), the model's least certain first", "",
                 proxy_->rowCount())
            : tr("Labelling queue: select a run to order it by the model's uncertainty"),
        8000);
    updateCounts();
}

void MainWindow::showAgreement() {
    if (!store_) return;
    const AgreementReport r = computeAgreement(SampleStore(*store_).latestByAnnotator(), model_->schema());
    AgreementDialog d(r, model_->schema(), this);
    connect(&d, &AgreementDialog::showDisagreements, this,
            [this, &d](const QVector<qint64>& rows, const QString& what) {
                filterBar_->setOnlyRows(rows, what);
                d.accept();
            });
    d.exec();
}

void MainWindow::closeProject() {
    stopBackgroundWork();
    training_->setStore(nullptr);
    labeling_->setStore(nullptr);
    inspector_->setStore(nullptr, {});
    selectRun(0);
    store_.reset();
    model_->setSamples({}, {});
    reloadRuns();
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
    settings.setValue("mainWindow/tableHeader", table_->horizontalHeader()->saveState());
    settings.setValue("mainWindow/view", views_->currentIndex());
    settings.setValue("labelling/autoAdvance", autoAdvance_->isChecked());
    event->accept();
}

} // namespace memescope
