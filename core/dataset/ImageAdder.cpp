#include "ImageAdder.h"

#include "ImageFileCheck.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace memescope {
namespace {

// "*.jpg", "*.JPG", …: folder listings match names case-sensitively.
QStringList imagePatterns() {
    QStringList patterns;
    for (const QString& ext : imageFileExtensions())
        patterns << "*." + ext << "*." + ext.toUpper();
    return patterns;
}

QStringList expand(const QStringList& paths) {
    const QStringList patterns = imagePatterns();
    QStringList files;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QDirIterator it(p, patterns, QDir::Files, QDirIterator::Subdirectories);
            QStringList inFolder;
            while (it.hasNext())
                inFolder << it.next();
            inFolder.sort(); // stable ids and order, whatever the file system returns
            files << inFolder;
        } else {
            files << p;
        }
    }
    return files;
}

} // namespace

AddImagesResult addImages(ProjectStore& store, const QStringList& paths, bool copy, const JobContext& job) {
    AddImagesResult result;
    SampleStore samples(store);
    const QHash<QString, int64_t> existing = samples.idsBySampleId();
    QSet<QString> taken(existing.keyBegin(), existing.keyEnd());
    const QDir target(store.projectDir().filePath("added"));
    QVector<SampleRecord> records;
    QStringList copied; // removed again if the insert fails
    const QStringList files = expand(paths);
    for (const QString& file : files) {
        if (job.cancelled()) break;
        job.progress(
            {records.size() + result.problems.size(), files.size(), QStringLiteral("checking images")});
        const QFileInfo info(file);
        if (!info.isFile()) {
            result.problems << file + ": no such file";
            continue;
        }
        const ImageFileCheck check = quickCheckImageFile(file);
        if (check.status != ImageStatus::Ok) {
            result.problems << file + ": " + check.problem;
            continue;
        }
        QString id = info.completeBaseName();
        for (int k = 2; taken.contains(id); ++k)
            id = info.completeBaseName() + "-" + QString::number(k);
        taken.insert(id);
        QString stored = info.absoluteFilePath();
        if (copy) {
            if (!QDir().mkpath(target.path())) {
                result.problems << target.path() + ": cannot create the folder";
                break;
            }
            stored = target.filePath(id + "." + info.suffix().toLower());
            if (!QFile::copy(file, stored)) {
                result.problems << file + ": cannot copy into " + target.path() +
                                       " (disk full or no permission?)";
                continue;
            }
            copied << stored;
        }
        SampleRecord r;
        r.sampleId = id;
        r.imagePath = store.toStoredPath(stored);
        r.imageStatus = ImageStatus::Ok;
        r.split = "unassigned";
        r.sourceFile = info.fileName();
        records << r;
    }
    const auto removeCopies = [&] {
        for (const QString& f : copied)
            QFile::remove(f);
    };
    if (job.cancelled()) {
        removeCopies();
        return {};
    }
    try {
        samples.insertSamples(records, QStringLiteral("added"), AnnotationOrigin::Human);
    } catch (...) {
        removeCopies();
        throw;
    }
    for (const SampleRecord& r : records)
        result.added << r.id;
    return result;
}

} // namespace memescope
