#pragma once

#include "Split.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace memescope {

class ProjectStore;

struct SplitSchemeInfo {
    QString name, description, createdAt;
    int train = 0, val = 0, test = 0;
};

// Named split schemes: other assignments of the project's memes to train / validation / test beside the
// dataset's own (the scheme kOriginal, kept in samples.split and never changed here, since published
// figures are reported on it). A meme added after a scheme was made is in the scheme's 'unassigned'.
class SplitSchemeStore {
public:
    static constexpr const char* kOriginal = "original";

    explicit SplitSchemeStore(ProjectStore& store)
        : store_(store) {}

    QVector<SplitSchemeInfo> schemes(); // the original first, then by creation
    // Stores a scheme in one transaction. Throws StoreError when the name is empty, 'original' or taken
    // (unless replace).
    void save(const QString& name, const QString& description, const QHash<int64_t, Split>& splits,
              bool replace = false);
    // The split of every meme under `name` (the original: samples.split). Throws StoreError naming the
    // schemes there are when the name is unknown.
    QHash<int64_t, Split> load(const QString& name);
    void remove(const QString& name); // the original cannot be removed

private:
    ProjectStore& store_;
};

} // namespace memescope
