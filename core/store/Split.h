#pragma once

#include <QString>
#include <optional>

namespace memescope {

// The split a meme belongs to. Stored as text ('train', 'val', 'test', 'unassigned'); converted here, at the
// SQL/JSON boundary, so the layers above compare enums.
enum class Split { Train, Validation, Test, Unassigned };

QString splitToString(Split split); // the stored spelling: "train", "val", "test", "unassigned"
std::optional<Split> splitFromString(const QString& text); // also accepts "validation"
QString splitDisplayName(Split split); // for people: "training", "validation", "test", "unassigned"

} // namespace memescope
