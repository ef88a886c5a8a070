#include "DuplicateGroupsModel.h"

#include "ui/browser/SampleTableModel.h"

namespace memescope {

using duplicates::DuplicateGroup;

DuplicateGroupsModel::DuplicateGroupsModel(const SampleTableModel* samples, QObject* parent)
    : QAbstractListModel(parent)
    , samples_(samples) {
    connect(samples_, &QAbstractItemModel::dataChanged, this, &DuplicateGroupsModel::samplesChanged);
}

void DuplicateGroupsModel::setResult(std::shared_ptr<const duplicates::ProjectDuplicates> result) {
    result_ = std::move(result);
    groupOfMember_.clear();
    if (result_)
        for (int g = 0; g < int(result_->report.groups.size()); ++g)
            for (const int m : result_->report.groups[size_t(g)].members)
                groupOfMember_.insert(result_->samples[m].rowId, g);
    conflicting_.assign(result_ ? result_->report.groups.size() : 0, false);
    updateConflicts();
    refilter();
}

void DuplicateGroupsModel::setFilter(const Filter& filter) {
    filter_ = filter;
    refilter();
}

void DuplicateGroupsModel::refilter() {
    beginResetModel();
    rows_.clear();
    rowOfGroup_.fill(-1, result_ ? qsizetype(result_->report.groups.size()) : 0);
    if (result_) {
        const std::vector<DuplicateGroup>& groups = result_->report.groups;
        for (int g = 0; g < int(groups.size()); ++g) {
            if (filter_.kind && groups[size_t(g)].kind != *filter_.kind) continue;
            if (filter_.leaksOnly && !groups[size_t(g)].leak) continue;
            if (filter_.conflictingOnly && !conflicting_[size_t(g)]) continue;
            rowOfGroup_[g] = int(rows_.size());
            rows_.append(g);
        }
    }
    endResetModel();
}

std::optional<uint64_t> DuplicateGroupsModel::labelsOf(int sampleIndex) const {
    const duplicates::DuplicateSample& s = result_->samples[sampleIndex];
    const int row = samples_->rowOf(s.rowId);
    return row >= 0 ? samples_->sampleAt(row).labelMask : s.labels;
}

bool DuplicateGroupsModel::updateConflicts() {
    if (!result_) return false;
    bool changed = false;
    const std::vector<DuplicateGroup>& groups = result_->report.groups;
    for (size_t g = 0; g < groups.size(); ++g) {
        std::optional<uint64_t> first;
        bool conflict = false;
        for (const int m : groups[g].members) {
            const std::optional<uint64_t> labels = labelsOf(m);
            if (!labels) continue; // an unlabelled member disagrees with nobody
            if (!first)
                first = labels;
            else if (*first != *labels)
                conflict = true;
        }
        changed |= conflicting_[g] != conflict;
        conflicting_[g] = conflict;
    }
    return changed;
}

void DuplicateGroupsModel::samplesChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                          const QList<int>& roles) {
    if (!result_) return;
    const bool labels = roles.isEmpty() || roles.contains(SampleTableModel::LabelMaskRole);
    if (labels && updateConflicts()) {
        Q_EMIT conflictsChanged();
        if (filter_.conflictingOnly) {
            refilter();
            return;
        }
    }
    if (rows_.isEmpty()) return;
    const QList<int> changed = labels ? QList<int>{ConflictingRole} : QList<int>{Qt::DecorationRole};
    // A few memes (a thumbnail arrived, a label set): repaint their groups; many: every row, no lookups.
    if (bottomRight.row() - topLeft.row() >= 64) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), changed);
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int shown = shownRowOf(samples_->sampleAt(r).id);
        if (shown >= 0) Q_EMIT dataChanged(index(shown), index(shown), changed);
    }
}

int DuplicateGroupsModel::shownRowOf(qint64 memberRowId) const {
    const auto it = groupOfMember_.constFind(memberRowId);
    return it == groupOfMember_.constEnd() ? -1 : rowOfGroup_.value(*it, -1);
}

const DuplicateGroup& DuplicateGroupsModel::groupAt(int row) const {
    return result_->report.groups[size_t(rows_.at(row))];
}

int DuplicateGroupsModel::memberCount(int row) const {
    return int(groupAt(row).members.size());
}

DuplicateGroupsModel::Member DuplicateGroupsModel::member(int row, int k) const {
    const int index = groupAt(row).members[size_t(k)];
    const duplicates::DuplicateSample& s = result_->samples[index];
    Member m;
    m.rowId = s.rowId;
    m.sampleId = s.sampleId;
    m.text = s.text;
    m.split = s.split;
    m.hasImage = !s.imagePath.isEmpty();
    m.labels = labelsOf(index);
    return m;
}

QVector<qint64> DuplicateGroupsModel::memberRowIds(int row) const {
    QVector<qint64> ids;
    for (const int m : groupAt(row).members)
        ids << result_->samples[m].rowId;
    return ids;
}

bool DuplicateGroupsModel::isConflicting(int row) const {
    return conflicting_[size_t(rows_.at(row))];
}

QIcon DuplicateGroupsModel::thumbnail(qint64 rowId) const {
    const int row = samples_->rowOf(rowId);
    if (row < 0) return {};
    return samples_->index(row, SampleTableModel::IdColumn).data(Qt::DecorationRole).value<QIcon>();
}

int DuplicateGroupsModel::totalGroups() const {
    return result_ ? int(result_->report.groups.size()) : 0;
}

int DuplicateGroupsModel::conflictingGroups() const {
    return int(std::count(conflicting_.begin(), conflicting_.end(), true));
}

int DuplicateGroupsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant DuplicateGroupsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const DuplicateGroup& g = groupAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1, %n meme(s)", "", int(g.members.size()))
            .arg(duplicates::duplicateKindDisplayName(g.kind));
    case KindRole:
        return int(g.kind);
    case LeakRole:
        return g.leak;
    case ConflictingRole:
        return isConflicting(index.row());
    case MemberCountRole:
        return int(g.members.size());
    case GroupRole:
        return rows_.at(index.row());
    default:
        return {};
    }
}

} // namespace memescope
