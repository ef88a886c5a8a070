#include "Split.h"

#include <QCoreApplication>

namespace memescope {

QString splitToString(Split split) {
    switch (split) {
    case Split::Train:
        return QStringLiteral("train");
    case Split::Validation:
        return QStringLiteral("val");
    case Split::Test:
        return QStringLiteral("test");
    case Split::Unassigned:
        break;
    }
    return QStringLiteral("unassigned");
}

std::optional<Split> splitFromString(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("train")) return Split::Train;
    if (t == QLatin1String("val") || t == QLatin1String("validation")) return Split::Validation;
    if (t == QLatin1String("test")) return Split::Test;
    if (t == QLatin1String("unassigned")) return Split::Unassigned;
    return std::nullopt;
}

QString splitDisplayName(Split split) {
    switch (split) {
    case Split::Train:
        return QCoreApplication::translate("memescope::Split", "training");
    case Split::Validation:
        return QCoreApplication::translate("memescope::Split", "validation");
    case Split::Test:
        return QCoreApplication::translate("memescope::Split", "test");
    case Split::Unassigned:
        break;
    }
    return QCoreApplication::translate("memescope::Split", "unassigned");
}

} // namespace memescope
