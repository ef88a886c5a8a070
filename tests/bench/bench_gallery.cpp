// The browser with 100,000 memes: open time, time to first paint, filter time, scrolling and peak memory,
// against the straightforward Qt way in the same run (a QStandardItemModel with one item per meme in a
// QListView icon mode, filtered by a QSortFilterProxyModel). Scrolling jumps through the whole list in 50
// steps (the scroll bar dragged: every step shows tiles not seen before), then moves one row of tiles per
// step from the middle of the list (the wheel: most tiles were on screen the step before). One meme in ten
// carries a duplicate mark, one test meme in five a leak mark.
// usage: bench_gallery [memes (default 100000)]
#include "PeakRss.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "ui/browser/BrowserView.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/GalleryTileDelegate.h"
#include "ui/browser/SampleFilterModel.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/browser/ThumbnailProvider.h"
#include "ui/main/MainWindow.h"
#include "ui/session/ProjectSession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <cstdio>
#include <vector>

using namespace memescope;

namespace {

// Paints until the event queue is empty (the first frame of the window is on screen).
double paintedAfter(QWidget& w, QElapsedTimer& clock) {
    w.show();
    w.repaint();
    QApplication::processEvents();
    return double(clock.nsecsElapsed()) / 1e6;
}

struct Scroll {
    double meanMs, worstMs;
};

// One step: the scroll bar moved to `value`, the view painted, the events that follow handled.
double stepTo(QListView* view, int value) {
    QElapsedTimer t;
    t.start();
    view->verticalScrollBar()->setValue(value);
    view->viewport()->repaint();
    QApplication::processEvents();
    return double(t.nsecsElapsed()) / 1e6;
}

Scroll summarise(const std::vector<double>& ms) {
    double total = 0, worst = 0;
    for (double m : ms) {
        total += m;
        worst = std::max(worst, m);
    }
    return {total / double(ms.size()), worst};
}

Scroll scrollThrough(QListView* view, int steps) {
    std::vector<double> ms;
    for (int i = 1; i <= steps; ++i)
        ms.push_back(stepTo(view, view->verticalScrollBar()->maximum() * i / steps));
    return summarise(ms);
}

// The wheel: one row of tiles per step, down from the middle of the list.
Scroll scrollByRows(QListView* view, int steps) {
    const int start = view->verticalScrollBar()->maximum() / 2, row = view->gridSize().height();
    stepTo(view, start);
    std::vector<double> ms;
    for (int i = 1; i <= steps; ++i)
        ms.push_back(stepTo(view, start + i * row));
    return summarise(ms);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("MemeScopeBench");
    QSettings().clear();
    const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    const QString project = dir.filePath("bench.memescope");
    {
        QImage img(96, 128, QImage::Format_RGB32);
        QDir().mkpath(dir.filePath("img"));
        for (int k = 0; k < 16; ++k) {
            img.fill(QColor::fromHsv(k * 22, 160, 200));
            img.save(dir.filePath(QStringLiteral("img/%1.jpg").arg(k)));
        }
        auto store = ProjectStore::open(project);
        store->setLabelSchema(LabelSchema::restore());
        QVector<SampleRecord> samples(n);
        for (int i = 0; i < n; ++i) {
            samples[i].sampleId = QStringLiteral("M-%1").arg(i);
            // One in four text-only (real datasets before their images are fetched): drawn as text cards.
            if (i % 4 != 3) {
                samples[i].imagePath = QStringLiteral("img/%1.jpg").arg(i % 16);
                samples[i].imageStatus = ImageStatus::Ok;
            }
            samples[i].split = i % 8 == 0 ? "test" : "train";
            samples[i].ocrText =
                QStringLiteral("caption number %1 about feeling %2").arg(i).arg(i % 7 ? "down" : "tired");
            samples[i].labelMask = uint64_t(1) << (i % 7);
        }
        SampleStore(*store).insertSamples(samples, "bench", AnnotationOrigin::Dataset);
    }
    std::printf("%d memes (one in four text-only), offscreen platform, window 1600x1000\n\n", n);

    // MemeScope.
    double openMs, paintMs, filterMs, clearMs;
    Scroll scroll, wheel;
    qint64 freshJump = 0, cachedJump = 0, freshWheel = 0, cachedWheel = 0;
    long rssAfterOpen;
    {
        MainWindow w;
        w.resize(1600, 1000);
        QElapsedTimer clock;
        clock.start();
        w.openProject(project, false);
        openMs = double(clock.nsecsElapsed()) / 1e6;
        paintMs = paintedAfter(w, clock);
        rssAfterOpen = peakRssMb();
        SampleFilter f;
        f.text = "tired";
        f.split = "test";
        clock.restart();
        w.browser()->filterModel()->setFilter(f);
        filterMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        w.browser()->filterModel()->setFilter({});
        clearMs = double(clock.nsecsElapsed()) / 1e6;
        // The duplicate marks a duplicate search leaves (drawn over the picture): every tenth meme repeats
        // another, every fifth test meme leaks into the test split.
        SampleTableModel* memes = w.session()->samples();
        QSet<int64_t> grouped, leaked;
        for (int r = 0; r < memes->rowCount(); ++r) {
            if (r % 10 == 0) grouped.insert(memes->sampleAt(r).id);
            if (r % 40 == 0 && memes->sampleAt(r).split == "test") leaked.insert(memes->sampleAt(r).id);
        }
        memes->setDuplicates(grouped, leaked);
        QApplication::processEvents();
        qint64 fresh = GalleryTileDelegate::freshPaints(), cached = GalleryTileDelegate::cachedPaints();
        scroll = scrollThrough(w.browser()->gallery(), 50);
        freshJump = GalleryTileDelegate::freshPaints() - fresh;
        cachedJump = GalleryTileDelegate::cachedPaints() - cached;
        w.session()->thumbnails()->waitForDone(); // the jump's thumbnails are in
        QApplication::processEvents();
        fresh = GalleryTileDelegate::freshPaints();
        cached = GalleryTileDelegate::cachedPaints();
        wheel = scrollByRows(w.browser()->gallery(), 50);
        freshWheel = GalleryTileDelegate::freshPaints() - fresh;
        cachedWheel = GalleryTileDelegate::cachedPaints() - cached;
    }
    const long rssMemeScope = peakRssMb();

    // The straightforward way: one QStandardItem per meme (text + an icon set when the item is created).
    double pOpenMs, pPaintMs, pFilterMs, pClearMs;
    Scroll pScroll, pWheel;
    {
        QElapsedTimer clock;
        clock.start();
        auto store = ProjectStore::open(project, ProjectStore::Mode::OpenExisting);
        const QVector<SampleRecord> samples = SampleStore(*store).loadAll();
        QStandardItemModel model;
        QPixmap placeholder(150, 150);
        placeholder.fill(Qt::lightGray);
        const QIcon icon(placeholder);
        for (const SampleRecord& s : samples) {
            auto* item = new QStandardItem(icon, s.sampleId);
            item->setData(s.ocrText + '\n' + s.split, Qt::UserRole + 1);
            model.appendRow(item);
        }
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(Qt::UserRole + 1);
        QListView view;
        view.resize(1600, 1000);
        view.setViewMode(QListView::IconMode);
        view.setIconSize(QSize(150, 150));
        view.setGridSize(QSize(168, 184));
        view.setUniformItemSizes(true);
        view.setModel(&proxy);
        pOpenMs = double(clock.nsecsElapsed()) / 1e6;
        pPaintMs = paintedAfter(view, clock);
        clock.restart();
        proxy.setFilterRegularExpression(QRegularExpression("tired(.|\\n)*test"));
        pFilterMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        proxy.setFilterRegularExpression(QRegularExpression());
        pClearMs = double(clock.nsecsElapsed()) / 1e6;
        pScroll = scrollThrough(&view, 50);
        pWheel = scrollByRows(&view, 50);
    }
    const long rssBoth = peakRssMb();

    auto ratio = [](double peer, double ours) {
        return ours > 0 ? QString::number(peer / ours, 'f', 2) + "x" : QString("-");
    };
    std::printf("| %d memes | MemeScope | QStandardItemModel peer | peer/MemeScope | target "
                "|\n|---|---|---|---|---|\n",
                n);
    std::printf("| open (load, model, filters) | %.0f ms | %.0f ms | %s | |\n", openMs, pOpenMs,
                qPrintable(ratio(pOpenMs, openMs)));
    std::printf("| time to first paint (from open) | %.0f ms | %.0f ms | %s | < 1000 ms |\n", paintMs,
                pPaintMs, qPrintable(ratio(pPaintMs, paintMs)));
    std::printf("| filter (text + split) | %.0f ms | %.0f ms | %s | |\n", filterMs, pFilterMs,
                qPrintable(ratio(pFilterMs, filterMs)));
    std::printf("| clear the filter | %.0f ms | %.0f ms | %s | |\n", clearMs, pClearMs,
                qPrintable(ratio(pClearMs, clearMs)));
    std::printf(
        "| scroll step, mean / worst of 50 | %.1f / %.1f ms | %.1f / %.1f ms | %s | worst < 50 ms |\n",
        scroll.meanMs, scroll.worstMs, pScroll.meanMs, pScroll.worstMs,
        qPrintable(ratio(pScroll.meanMs, scroll.meanMs)));
    std::printf(
        "| scroll by one row (wheel), mean / worst of 50 | %.1f / %.1f ms | %.1f / %.1f ms | %s | |\n",
        wheel.meanMs, wheel.worstMs, pWheel.meanMs, pWheel.worstMs,
        qPrintable(ratio(pWheel.meanMs, wheel.meanMs)));
    std::printf(
        "\ngallery tiles painted: jumping %lld drawn and %lld from the tile cache, by rows %lld drawn and "
        "%lld from the cache\n",
        static_cast<long long>(freshJump), static_cast<long long>(cachedJump),
        static_cast<long long>(freshWheel), static_cast<long long>(cachedWheel));
    std::printf("peak RSS: %ld MB after opening in MemeScope, %ld MB at the end of the MemeScope part, %ld "
                "MB after the peer\n",
                rssAfterOpen, rssMemeScope, rssBoth);
    return 0;
}
