#include "MainWindow.h"

#include "ImportDialog.h"
#include "RecentProjects.h"
#include "core/dataset/DatasetImporter.h"
#include "core/engine/EngineInfo.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"
#include "ui/browser/SampleTableModel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace memescope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setObjectName("MainWindow");
    setWindowTitle(tr("MemeScope"));
    model_ = new SampleTableModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1); // search every column

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    search_ = new QLineEdit(central);
    search_->setPlaceholderText(tr("Search id, labels, text…"));
    search_->setClearButtonEnabled(true);
    connect(search_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(search_);
    table_ = new QTableView(central);
    table_->setObjectName("SampleTable");
    table_->setModel(proxy_);
    // No sort column at first: rows stay in dataset order until the user clicks a header.
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setColumnWidth(SampleTableModel::IdColumn, 120);
    table_->setColumnWidth(SampleTableModel::SplitColumn, 60);
    table_->setColumnWidth(SampleTableModel::LabelsColumn, 260);
    table_->setColumnWidth(SampleTableModel::ImageColumn, 70);
    layout->addWidget(table_);
    setCentralWidget(central);

    statusCounts_ = new QLabel(this);
    statusBar()->addPermanentWidget(statusCounts_);
    buildMenus();

    QSettings settings;
    restoreGeometry(settings.value("mainWindow/geometry").toByteArray());
    restoreState(settings.value("mainWindow/state").toByteArray());
    table_->horizontalHeader()->restoreState(settings.value("mainWindow/tableHeader").toByteArray());
    if (!settings.contains("mainWindow/geometry")) {
        // First start: most of the screen, centred (also right without a window manager).
        const QRect avail = screen()->availableGeometry();
        const QSize size(qMin(1600, avail.width() * 9 / 10), qMin(1000, avail.height() * 9 / 10));
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, avail));
    }
    statusBar()->showMessage(tr("Open a project (File ▸ Open) or create one (File ▸ New)"));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Import Dataset…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDataset);
    file->addSeparator();
    file->addAction(tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MemeScope"), this, &MainWindow::about);
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
        store_.reset(); // release the previous project's lock first
        store_ = ProjectStore::open(path, ProjectStore::Mode::OpenExisting);
        RecentProjects::add(path);
        rebuildRecentMenu();
        reloadSamples();
        setWindowTitle(tr("%1[*] — MemeScope").arg(QFileInfo(path).fileName()));
        setWindowFilePath(path);
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
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
    QVector<SampleRecord> samples = SampleStore(*store_).loadAll();
    const int n = int(samples.size());
    int labelled = 0, textOnly = 0;
    for (const auto& s : samples) {
        labelled += s.labelMask.has_value();
        textOnly += s.imageStatus != ImageStatus::Ok;
    }
    model_->setSamples(std::move(samples), store_->labelSchema());
    statusCounts_->setText(tr("%1 samples · %2 labelled · %3 text-only").arg(n).arg(labelled).arg(textOnly));
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
    statusBar()->showMessage(tr("Importing %1…").arg(dir));
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
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, dir] {
        importRunning_ = false;
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Import failed"), outcome.error);
            return;
        }
        reloadSamples();
        statusBar()->showMessage(tr("Imported %1 samples from %2").arg(outcome.report.imported).arg(dir),
                                 8000);
        ImportReportDialog(outcome.report, this).exec();
    });
    watcher->setFuture(future);
}

void MainWindow::closeProject() {
    store_.reset();
    model_->setSamples({}, {});
    statusCounts_->clear();
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
    event->accept();
}

} // namespace memescope
