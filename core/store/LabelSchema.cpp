#include "LabelSchema.h"

namespace memescope {

QString taskKindToString(TaskKind kind) {
    return kind == TaskKind::MultiLabel ? "multi" : "single";
}

std::optional<TaskKind> taskKindFromString(const QString& text) {
    if (text == "multi") return TaskKind::MultiLabel;
    if (text == "single") return TaskKind::SingleLabel;
    return std::nullopt;
}

LabelSchema::LabelSchema(TaskKind task, const QStringList& names)
    : task_(task) {
    *this = withDefaults(task, names);
}

QStringList LabelSchema::names() const {
    QStringList out;
    for (const auto& l : labels_)
        out << l.name;
    return out;
}

int LabelSchema::indexOf(const QString& name) const {
    for (int i = 0; i < labels_.size(); ++i)
        if (labels_[i].name == name) return i;
    return -1;
}

QStringList LabelSchema::namesOf(uint64_t mask) const {
    QStringList out;
    for (int i = 0; i < labels_.size(); ++i)
        if (mask & (uint64_t(1) << i)) out << labels_[i].name;
    return out;
}

QVector<int> LabelSchema::indicesOf(uint64_t mask) const {
    QVector<int> out;
    for (int i = 0; i < labels_.size(); ++i)
        if (mask & (uint64_t(1) << i)) out << i;
    return out;
}

LabelSchema LabelSchema::axiom() {
    return withDefaults(TaskKind::SingleLabel, {"Nervousness", "Lack of Worry Control", "Excessive Worry",
                                                "Difficulty Relaxing", "Restlessness", "Impending Doom"});
}

LabelSchema LabelSchema::restore() {
    return withDefaults(TaskKind::MultiLabel,
                        {"Lack of Interest", "Feeling Down", "Eating Disorder", "Sleeping Disorder",
                         "Low Self-Esteem", "Concentration Problem", "Self-Harm"});
}

LabelSchema LabelSchema::withDefaults(TaskKind task, const QStringList& names) {
    // Colour-blind-friendly qualitative palette (Okabe-Ito plus a few extras), cycled.
    static const char* kPalette[] = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
                                     "#CC79A7", "#999999", "#882255", "#44AA99", "#117733", "#332288"};
    LabelSchema s;
    s.task_ = task;
    for (int i = 0; i < names.size() && i < kMaxLabels; ++i) {
        LabelDefinition d;
        d.name = names[i];
        d.color = QColor(kPalette[i % (sizeof(kPalette) / sizeof(*kPalette))]);
        d.hotkey = i < 9 ? QString::number(i + 1) : QString();
        s.labels_ << d;
    }
    return s;
}

bool LabelSchema::operator==(const LabelSchema& other) const {
    if (task_ != other.task_ || labels_.size() != other.labels_.size()) return false;
    for (int i = 0; i < labels_.size(); ++i) {
        const auto &a = labels_[i], &b = other.labels_[i];
        if (a.name != b.name || a.color != b.color || a.hotkey != b.hotkey) return false;
    }
    return true;
}

} // namespace memescope
