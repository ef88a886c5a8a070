#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>
#include <optional>

namespace memescope {

enum class TaskKind { SingleLabel, MultiLabel };

QString taskKindToString(TaskKind kind);
std::optional<TaskKind> taskKindFromString(const QString& text);

struct LabelDefinition {
    QString name;
    QColor color;
    QString hotkey; // a QKeySequence string such as "1"; empty = none
};

// The label schema of a project. Labels are stored as a bit mask (bit i = label i), so at most 63 labels.
class LabelSchema {
public:
    static constexpr int kMaxLabels = 63;

    LabelSchema() = default;
    LabelSchema(TaskKind task, const QStringList& names);

    TaskKind task() const { return task_; }
    bool isMultiLabel() const { return task_ == TaskKind::MultiLabel; }
    int size() const { return int(labels_.size()); }
    bool isEmpty() const { return labels_.isEmpty(); }
    const QVector<LabelDefinition>& labels() const { return labels_; }
    QVector<LabelDefinition>& labels() { return labels_; }
    QStringList names() const;

    // Index of a label name (exact match), or -1.
    int indexOf(const QString& name) const;
    // Label names of a mask, in schema order.
    QStringList namesOf(uint64_t mask) const;
    // Label indices of a mask, ascending (bits beyond the schema ignored).
    QVector<int> indicesOf(uint64_t mask) const;

    // The two public datasets' schemas, label order exactly as published.
    static LabelSchema axiom();
    static LabelSchema restore();
    // Distinct colours and 1..9 hotkeys for a list of names.
    static LabelSchema withDefaults(TaskKind task, const QStringList& names);

    bool operator==(const LabelSchema& other) const;

private:
    TaskKind task_ = TaskKind::SingleLabel;
    QVector<LabelDefinition> labels_;
};

} // namespace memescope
