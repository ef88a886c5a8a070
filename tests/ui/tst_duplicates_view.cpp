// The Duplicates workspace: a project with two reposts across training and test and a text-only pair is
// searched on the view's first showing; its groups have the right kinds and leak flags; the kind, leak and
// conflict filters narrow the list; a relabelled meme settles its group's conflict at once; a click on a
// member makes it the gallery's current meme; the gallery's duplicates filter leaves exactly the grouped
// memes; the settings searched under become the project's.
#include "TestDatasets.h"
#include "core/dataset/DatasetImporter.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/store/ProjectStore.h"
#include "ui/browser/BrowserView.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/SampleFilterModel.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/duplicates/DuplicateGroupDelegate.h"
#include "ui/duplicates/DuplicateGroupsModel.h"
#include "ui/duplicates/DuplicatesView.h"
#include "ui/labelling/LabelingController.h"
#include "ui/main/MainWindow.h"
#include "ui/session/ProjectSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <random>

using namespace memescope;
using duplicates::DuplicateKind;

namespace {

// A picture with structure (a gradient under a dozen shapes, all from `seed`): flat pictures get no
// perceptual hash, and two seeds give pictures far apart in hash bits.
QImage picture(uint32_t seed, int w = 480, int h = 400) {
    std::mt19937 rng(seed);
    auto colour = [&] { return QColor(int(rng() % 256), int(rng() % 256), int(rng() % 256)); };
    QImage img(w, h, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient gradient(0, 0, w, h);
    gradient.setColorAt(0, colour());
    gradient.setColorAt(1, colour());
    p.fillRect(img.rect(), gradient);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 12; ++i) {
        p.setBrush(colour());
        const QPoint at(int(rng() % uint32_t(w)), int(rng() % uint32_t(h)));
        if (i % 2)
            p.drawEllipse(at, 15 + int(rng() % 60), 15 + int(rng() % 60));
        else
            p.drawRect(QRect(at, QSize(20 + int(rng() % 120), 20 + int(rng() % 90))));
    }
    return img;
}

void save(const QImage& image, const QString& path, int quality = 90) {
    QVERIFY2(image.save(path, "JPG", quality), qPrintable(path));
}

} // namespace

class TestDuplicatesView : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName("MemeScopeTests");
        QCoreApplication::setApplicationName("tst_duplicates_view");
        QSettings().clear();
        const QString data = dir_.filePath("restore");
        QJsonArray train, test;
        // a0 ~ b0: the same meme, re-uploaded smaller with a watermark into test (a leak).
        // a1 ~ b1: the same caption over another picture, into test and labelled otherwise (a leak,
        // conflict). a2 ~ a3: the same caption, a3 text-only, both in training (no leak).
        train.append(
            testdata::restoreRecord("a0", "when the anxiety hits at three in the morning", {"Feeling Down"}));
        train.append(
            testdata::restoreRecord("a1", "me pretending to be fine at the family dinner", {"Self-Harm"}));
        train.append(
            testdata::restoreRecord("a2", "nobody absolutely nobody my brain at night", {"Feeling Down"}));
        train.append(
            testdata::restoreRecord("a3", "nobody absolutely nobody my brain at night", {"Feeling Down"}));
        train.append(testdata::restoreRecord("a4", "a caption that appears only once in this project", {}));
        testdata::writeRestore(data, "train", train, {"a3"});
        test.append(testdata::restoreRecord("b0", "When the ANXIETY hits at three in the morning imgflip.com",
                                            {"Feeling Down"}));
        test.append(
            testdata::restoreRecord("b1", "me pretending to be fine at the family dinner", {"Feeling Down"}));
        test.append(testdata::restoreRecord("b2", "nothing else here looks like this caption at all", {}));
        testdata::writeRestore(data, "test", test);
        // writeRestore's solid-colour images replaced by pictures with structure.
        auto path = [&](const QString& split, const QString& id) {
            return data + "/depressive_image/" + split + "/" + id + ".jpeg";
        };
        const QImage a0 = picture(1);
        save(a0, path("train", "a0"));
        save(a0.scaled(a0.size() * 0.6, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), path("test", "b0"),
             50);
        save(picture(2), path("train", "a1"));
        save(picture(3), path("test", "b1"));
        save(picture(4), path("train", "a2"));
        save(picture(5), path("train", "a4"));
        save(picture(6), path("test", "b2"));
        project_ = dir_.filePath("reposts.memescope");
        DatasetImporter::importPath(*ProjectStore::open(project_), data);
    }

    void findsGroupsFiltersAndSelects() {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(w.openProject(project_, false));
        auto* galleryFilter = w.browser()->filterBar()->findChild<QComboBox*>("DuplicatesFilter");
        QVERIFY(galleryFilter && !galleryFilter->isEnabled()); // nothing to filter by yet
        QVERIFY(!w.session()->duplicates());
        DuplicatesView* v = w.duplicatesView();
        QAbstractItemModelTester tester(v->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The first showing searches by itself.
        w.showWorkspace(MainWindow::Workspace::Duplicates);
        QCOMPARE(w.workspace(), MainWindow::Workspace::Duplicates);
        QVERIFY(v->isSearching());
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->duplicates() != nullptr, 60000);
        QTRY_VERIFY(!v->isSearching());

        DuplicateGroupsModel* m = v->model();
        QCOMPARE(m->rowCount(), 3);
        QHash<DuplicateKind, int> rowOf;
        for (int r = 0; r < m->rowCount(); ++r)
            rowOf.insert(DuplicateKind(m->index(r).data(DuplicateGroupsModel::KindRole).toInt()), r);
        QVERIFY(rowOf.contains(DuplicateKind::SameMeme));
        QVERIFY(rowOf.contains(DuplicateKind::SameTextOtherImage));
        QVERIFY(rowOf.contains(DuplicateKind::TextOnly));
        auto ids = [&](int row) {
            QStringList out;
            for (int k = 0; k < m->memberCount(row); ++k)
                out << m->member(row, k).sampleId;
            out.sort();
            return out;
        };
        auto flag = [&](DuplicateKind kind, int role) { return m->index(rowOf[kind]).data(role).toBool(); };
        QCOMPARE(ids(rowOf[DuplicateKind::SameMeme]), (QStringList{"a0", "b0"}));
        QCOMPARE(ids(rowOf[DuplicateKind::SameTextOtherImage]), (QStringList{"a1", "b1"}));
        QCOMPARE(ids(rowOf[DuplicateKind::TextOnly]), (QStringList{"a2", "a3"}));
        QVERIFY(flag(DuplicateKind::SameMeme, DuplicateGroupsModel::LeakRole));
        QVERIFY(flag(DuplicateKind::SameTextOtherImage, DuplicateGroupsModel::LeakRole));
        QVERIFY(!flag(DuplicateKind::TextOnly, DuplicateGroupsModel::LeakRole));
        QVERIFY(!flag(DuplicateKind::SameMeme, DuplicateGroupsModel::ConflictingRole));
        QVERIFY(flag(DuplicateKind::SameTextOtherImage, DuplicateGroupsModel::ConflictingRole));
        const QString summary = v->summaryLabel()->text();
        QVERIFY2(summary.contains(QString::fromUtf8("train–test 2")), qPrintable(summary));
        QVERIFY2(summary.contains("2 of 3"), qPrintable(summary)); // b0 and b1 repeat training memes
        QVERIFY(!v->list()->grab().isNull()); // every row paints (thumbnails, a text card, the badges)

        // The filters narrow the list.
        v->kindBox()->setCurrentIndex(v->kindBox()->findData(int(DuplicateKind::SameMeme)));
        QCOMPARE(m->rowCount(), 1);
        v->kindBox()->setCurrentIndex(0);
        QCOMPARE(m->rowCount(), 3);
        v->leaksOnlyBox()->setChecked(true);
        QCOMPARE(m->rowCount(), 2);
        v->conflictingOnlyBox()->setChecked(true);
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(ids(0), (QStringList{"a1", "b1"}));

        // Settling b1's label (an adjudicator's decision: Self-Harm, as a1) ends the conflict at once; undo
        // brings it back.
        const qint64 b1 = m->member(0, m->member(0, 0).sampleId == "b1" ? 0 : 1).rowId;
        const uint64_t selfHarm = uint64_t(1) << w.session()->schema().indexOf("Self-Harm");
        w.session()->labeling()->setAdjudicating(true);
        w.session()->labeling()->setMask({b1}, selfHarm);
        QCOMPARE(m->rowCount(), 0);
        w.session()->undoStack()->undo();
        QCOMPARE(m->rowCount(), 1);
        w.session()->labeling()->setAdjudicating(false);
        v->leaksOnlyBox()->setChecked(false);
        v->conflictingOnlyBox()->setChecked(false);
        QCOMPARE(m->rowCount(), 3);

        // A click on a member makes it the gallery's current meme (the inspector shows it).
        rowOf.clear();
        for (int r = 0; r < m->rowCount(); ++r)
            rowOf.insert(DuplicateKind(m->index(r).data(DuplicateGroupsModel::KindRole).toInt()), r);
        const int repost = rowOf[DuplicateKind::SameMeme];
        const int k = m->member(repost, 0).sampleId == "b0" ? 0 : 1;
        const qint64 b0 = m->member(repost, k).rowId;
        QListView* list = v->list();
        QCoreApplication::processEvents();
        const QRect rowRect = list->visualRect(m->index(repost));
        QVERIFY(!rowRect.isEmpty());
        QCOMPARE(v->delegate()->shownMembers(rowRect, 2), 2);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, v->delegate()->tileRect(rowRect, k).center());
        QCOMPARE(w.browser()->currentRowId(), b0);
        QCOMPARE(v->delegate()->currentRowId(), b0);
        QCOMPARE(w.workspace(), MainWindow::Workspace::Duplicates); // the inspector beside it shows the meme

        // The gallery: the grouped memes are marked and filtered; "leaks into test" leaves b0 and b1.
        const SampleTableModel* samples = w.session()->samples();
        QCOMPARE(samples->index(samples->rowOf(b0), 0).data(SampleTableModel::DuplicateRole).toInt(),
                 int(SampleTableModel::Duplicate::LeaksIntoTest));
        QVERIFY(galleryFilter->isEnabled());
        SampleFilterModel* f = w.browser()->filterModel();
        QCOMPARE(f->rowCount(), 8);
        auto shownIds = [&] {
            QStringList out;
            for (int r = 0; r < f->rowCount(); ++r)
                out << f->index(r, 0).data().toString();
            out.sort();
            return out;
        };
        galleryFilter->setCurrentIndex(1);
        QCOMPARE(shownIds(), (QStringList{"a0", "a1", "a2", "a3", "b0", "b1"}));
        galleryFilter->setCurrentIndex(2);
        QCOMPARE(shownIds(), (QStringList{"b0", "b1"}));
        galleryFilter->setCurrentIndex(0);
        QCOMPARE(f->rowCount(), 8);
        galleryFilter->setCurrentIndex(1);

        // Other settings, searched with the button, become the project's; the settings the result was found
        // under are shown. A result that goes away takes the gallery's duplicates filter with it.
        v->textThresholdBox()->setValue(0.95);
        v->imageDistanceBox()->setValue(4);
        QVERIFY(v->findChild<QLabel*>("DuplicateSettingsHint")->isVisibleTo(v));
        QTest::mouseClick(v->findButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!v->isSearching(), 60000);
        QCOMPARE(w.session()->duplicates()->report.settings.imageDistance, 4);
        QVERIFY(!v->findChild<QLabel*>("DuplicateSettingsHint")->isVisibleTo(v));
        const duplicates::DuplicateSettings stored =
            duplicates::ProjectDuplicates::projectSettings(*w.session()->store());
        QCOMPARE(stored.textThreshold, 0.95);
        QCOMPARE(stored.imageDistance, 4);
        QCOMPARE(shownIds(), (QStringList{"a0", "a1", "a2", "a3", "b0", "b1"})); // applied to the new result
        w.session()->reloadSamples();
        QVERIFY(!w.session()->duplicates());
        QVERIFY(!galleryFilter->isEnabled());
        QCOMPARE(f->rowCount(), 8);
        QCOMPARE(m->rowCount(), 0);
        QVERIFY(v->findChild<QPushButton*>("FindDuplicatesEmptyButton")->isVisibleTo(v));
    }

    // The review queue (Ctrl+Shift+U): the labelled members of the reposts whose labels conflict, side by
    // side, then the labelled memes the run disagrees with, the least supported labels first; again leaves
    // it.
    void reviewQueueTakesConflictsThenDisagreements() {
        MainWindow w;
        QVERIFY(w.openProject(project_, false));
        w.duplicatesView()->findDuplicates();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->duplicates() != nullptr, 60000);
        SampleTableModel* samples = w.session()->samples();
        const LabelSchema& schema = samples->schema();
        auto rowOf = [&](const QString& id) -> qint64 {
            for (int r = 0; r < samples->rowCount(); ++r)
                if (samples->sampleAt(r).sampleId == id) return samples->sampleAt(r).id;
            return qint64(0);
        };
        // A run: right about a2 (Feeling Down), wrong about a0 (says Self-Harm) and b0 (says Self-Harm, and
        // gives Feeling Down more than for a0).
        const int down = schema.names().indexOf("Feeling Down"), harm = schema.names().indexOf("Self-Harm");
        auto probabilities = [&](float pDown, float pHarm) {
            QVector<float> p(schema.size(), 0.05f);
            p[down] = pDown;
            p[harm] = pHarm;
            return p;
        };
        QHash<int64_t, QVector<float>> run{{rowOf("a2"), probabilities(0.9f, 0.1f)},
                                           {rowOf("a0"), probabilities(0.1f, 0.9f)},
                                           {rowOf("b0"), probabilities(0.3f, 0.8f)}};
        samples->setPredictions(run, QVector<float>(schema.size(), 0.5f));
        QAction* review = nullptr;
        for (QAction* a : w.findChildren<QAction*>())
            if (a->text().contains("Review Queue")) review = a;
        QVERIFY(review && review->isEnabled());
        review->trigger();
        QVERIFY(w.browser()->inLabellingQueue());
        QStringList order;
        for (int r = 0; r < w.browser()->filterModel()->rowCount(); ++r)
            order << w.browser()->filterModel()->index(r, 0).data().toString();
        QCOMPARE(order.size(), 4);
        QCOMPARE(QSet<QString>(order.begin(), order.begin() + 2),
                 (QSet<QString>{"a1", "b1"}));             // side by side
        QCOMPARE(order.mid(2), (QStringList{"a0", "b0"})); // p(Feeling Down) 0.1, then 0.3
        QCOMPARE(w.browser()->currentRowId(), rowOf(order.first()));
        review->trigger(); // again: back to the gallery as it was
        QVERIFY(!w.browser()->inLabellingQueue());
        QCOMPARE(w.browser()->filterModel()->rowCount(), samples->rowCount());
        // Blind labelling: the queue would show others' and the model's judgements.
        w.session()->labeling()->setBlind(true);
        for (QAction* a : w.findChildren<QAction*>())
            if (a->isCheckable() && a->text().contains("Blind")) a->setChecked(true);
        QVERIFY(!review->isEnabled());
        for (QAction* a : w.findChildren<QAction*>())
            if (a->isCheckable() && a->text().contains("Blind")) a->setChecked(false);
    }

    void closingTheProjectForgetsTheResult() {
        MainWindow w;
        QVERIFY(w.openProject(project_, false));
        DuplicatesView* v = w.duplicatesView();
        v->findDuplicates(); // not shown: only asked
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->duplicates() != nullptr, 60000);
        QCOMPARE(v->model()->rowCount(), 3);
        w.session()->close();
        QVERIFY(!w.session()->duplicates());
        QCOMPARE(v->model()->rowCount(), 0);
        QVERIFY(!v->isSearching());
        QVERIFY(!v->findButton()->isEnabled());
    }
};

QTEST_MAIN(TestDuplicatesView)
#include "tst_duplicates_view.moc"
