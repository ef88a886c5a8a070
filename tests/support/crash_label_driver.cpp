// Test helper for tst_crash_trials: labels the memes of a project one after another, forever, as a user
// pressing keys would (one SampleStore::annotate per meme), and prints "<row id> <mask>" after each
// label is committed. The test SIGKILLs it at a random moment (or limits the size of the files it may
// write) and checks that every printed label is in the project.
//   crash_label_driver PROJECT SEED
#include "core/store/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace memescope;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3) return 2;
    auto store = ProjectStore::open(QString::fromLocal8Bit(argv[1]), ProjectStore::Mode::OpenExisting);
    SampleStore samples(*store);
    const QVector<SampleRecord> all = samples.loadAll();
    const int labels = store->labelSchema().size();
    const bool multi = store->labelSchema().isMultiLabel();
    QRandomGenerator random(uint32_t(QString(argv[2]).toUInt()));
    for (qint64 i = 0;; ++i) {
        const SampleRecord& s = all[int(i % all.size())];
        const uint64_t mask = multi ? 1 + random.bounded((1u << labels) - 1) : 1ULL << random.bounded(labels);
        try {
            samples.annotate({s.id}, {mask}, "crash-test", AnnotationOrigin::Human);
        } catch (const StoreError& e) { // e.g. the disk is full: report it as the application would
            std::fprintf(stderr, "%s\n", e.what());
            return 3;
        }
        std::printf("%lld %llu\n", (long long)s.id, (unsigned long long)mask);
        std::fflush(stdout);
    }
}
