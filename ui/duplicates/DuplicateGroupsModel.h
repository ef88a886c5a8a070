#pragma once

#include "core/duplicates/ProjectDuplicates.h"

#include <QAbstractListModel>
#include <QIcon>
#include <memory>
#include <optional>

namespace memescope {

class SampleTableModel;

// The groups of a duplicate result as a list, largest first, narrowed by kind, leaks and conflicting labels.
// A member is shown as the gallery shows it: its thumbnail and its labels come from the session's memes, so
// a meme relabelled in the inspector changes here at once -- and whether a group's labels conflict follows
// (a resolved conflict leaves the "conflicting labels only" list). Everything else is the result's.
class DuplicateGroupsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int, a duplicates::DuplicateKind
        LeakRole,                    // bool: members in more than one split
        ConflictingRole,             // bool: labelled members whose labels differ (as shown now)
        MemberCountRole,             // int
        GroupRole,                   // int: the group's index in the result's report
    };
    struct Filter {
        std::optional<duplicates::DuplicateKind> kind; // nullopt: every kind
        bool leaksOnly = false;
        bool conflictingOnly = false;
    };
    // One member as a row draws it.
    struct Member {
        qint64 rowId = 0;
        QString sampleId, text;
        Split split = Split::Unassigned;
        bool hasImage = false;
        std::optional<uint64_t> labels;
    };

    explicit DuplicateGroupsModel(const SampleTableModel* samples, QObject* parent = nullptr);

    void setResult(std::shared_ptr<const duplicates::ProjectDuplicates> result); // null: no groups
    const duplicates::ProjectDuplicates* result() const { return result_.get(); }
    void setFilter(const Filter& filter);
    const Filter& filter() const { return filter_; }

    // Of a shown row:
    const duplicates::DuplicateGroup& groupAt(int row) const;
    int memberCount(int row) const;
    Member member(int row, int k) const;
    QVector<qint64> memberRowIds(int row) const;
    bool isConflicting(int row) const;
    // The thumbnail of a meme (the session's, so the gallery's cache serves both).
    QIcon thumbnail(qint64 rowId) const;

    int totalGroups() const;
    int conflictingGroups() const;            // as shown now, over every group (not only the filtered ones)
    int shownRowOf(qint64 memberRowId) const; // the row of the group holding this meme; -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

Q_SIGNALS:
    void conflictsChanged(); // a label change made a group conflict, or settled one

private:
    void refilter();
    // Conflicts from the labels as shown now; true when one changed.
    bool updateConflicts();
    void samplesChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    std::optional<uint64_t> labelsOf(int sampleIndex) const;

    const SampleTableModel* samples_;
    std::shared_ptr<const duplicates::ProjectDuplicates> result_;
    Filter filter_;
    QVector<int> rows_;                // shown groups, as indices into the report's groups
    QVector<int> rowOfGroup_;          // per group: its shown row, or -1
    QHash<qint64, int> groupOfMember_; // sample row id -> its group
    std::vector<bool> conflicting_;    // per group
};

} // namespace memescope
