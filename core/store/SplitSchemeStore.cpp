#include "SplitSchemeStore.h"

#include "ProjectStore.h"
#include "SqliteStatement.h"
#include "StoreError.h"

namespace memescope {

QVector<SplitSchemeInfo> SplitSchemeStore::schemes() {
    QVector<SplitSchemeInfo> out;
    SplitSchemeInfo original{kOriginal, QStringLiteral("the dataset's own split"), QString(), 0, 0, 0};
    SqliteStatement counts(store_, "SELECT split, COUNT(*) FROM samples GROUP BY split");
    while (counts.next("cannot count the splits")) {
        const auto split = splitFromString(counts.text(0));
        if (split == Split::Train) original.train = int(counts.integer(1));
        if (split == Split::Validation) original.val = int(counts.integer(1));
        if (split == Split::Test) original.test = int(counts.integer(1));
    }
    out << original;
    SqliteStatement q(store_, "SELECT s.name, s.description, s.created_at,"
                              " SUM(x.split = 'train'), SUM(x.split = 'val'), SUM(x.split = 'test')"
                              " FROM split_schemes s LEFT JOIN scheme_splits x ON x.scheme = s.name"
                              " GROUP BY s.name ORDER BY s.created_at, s.name");
    while (q.next("cannot list the split schemes"))
        out << SplitSchemeInfo{q.text(0),         q.text(1),         q.text(2),
                               int(q.integer(3)), int(q.integer(4)), int(q.integer(5))};
    return out;
}

void SplitSchemeStore::save(const QString& name, const QString& description,
                            const QHash<int64_t, Split>& splits, bool replace) {
    const QString n = name.trimmed();
    if (n.isEmpty()) throw StoreError(store_.path() + ": a split scheme needs a name");
    if (n == QLatin1String(kOriginal))
        throw StoreError(store_.path() + ": 'original' is the dataset's own split and cannot be replaced");
    Transaction tx(store_);
    bool exists = false;
    {
        SqliteStatement q(store_, "SELECT 1 FROM split_schemes WHERE name = ?");
        q.bind(1, n);
        exists = q.next("cannot look up the split scheme");
        q.reset();
    }
    if (exists && !replace)
        throw StoreError(store_.path() + ": a split scheme named '" + n +
                         "' exists already (choose another name)");
    {
        SqliteStatement del(store_, "DELETE FROM split_schemes WHERE name = ?");
        del.bind(1, n);
        del.run("cannot replace the split scheme");
    }
    SqliteStatement ins(store_, "INSERT INTO split_schemes(name, description) VALUES(?, ?)");
    ins.bind(1, n);
    ins.bind(2, description);
    ins.run("cannot store the split scheme");
    SqliteStatement row(store_, "INSERT INTO scheme_splits(scheme, sample, split) VALUES(?, ?, ?)");
    for (auto it = splits.begin(); it != splits.end(); ++it) {
        row.bind(1, n);
        row.bind(2, it.key());
        row.bind(3, splitToString(it.value()));
        row.run("cannot store the split scheme");
    }
    tx.commit();
}

QHash<int64_t, Split> SplitSchemeStore::load(const QString& name) {
    QHash<int64_t, Split> out;
    if (name.isEmpty() || name == QLatin1String(kOriginal)) {
        SqliteStatement q(store_, "SELECT id, split FROM samples");
        while (q.next("cannot read the splits"))
            out.insert(q.integer(0), splitFromString(q.text(1)).value_or(Split::Unassigned));
        return out;
    }
    {
        SqliteStatement q(store_, "SELECT 1 FROM split_schemes WHERE name = ?");
        q.bind(1, name);
        if (!q.next("cannot look up the split scheme")) {
            QStringList names;
            for (const SplitSchemeInfo& s : schemes())
                names << s.name;
            throw StoreError(store_.path() + ": no split scheme named '" + name +
                             "' (the project has: " + names.join(", ") + ")");
        }
        q.reset();
    }
    // Memes added after the scheme was made are in none of its splits.
    SqliteStatement q(store_, "SELECT s.id, x.split FROM samples s LEFT JOIN scheme_splits x"
                              " ON x.sample = s.id AND x.scheme = ?");
    q.bind(1, name);
    while (q.next("cannot read the split scheme"))
        out.insert(q.integer(0),
                   q.isNull(1) ? Split::Unassigned : splitFromString(q.text(1)).value_or(Split::Unassigned));
    return out;
}

void SplitSchemeStore::remove(const QString& name) {
    if (name == QLatin1String(kOriginal))
        throw StoreError(store_.path() + ": the dataset's own split cannot be removed");
    Transaction tx(store_);
    SqliteStatement q(store_, "DELETE FROM split_schemes WHERE name = ?");
    q.bind(1, name);
    q.run("cannot remove the split scheme");
    tx.commit();
}

} // namespace memescope
