#include "DuplicateTypes.h"

#include <QCoreApplication>
#include <algorithm>
#include <stdexcept>
#include <string>

namespace memescope::duplicates {

QString duplicateKindToString(DuplicateKind kind) {
    switch (kind) {
    case DuplicateKind::SameMeme:
        return QStringLiteral("same_meme");
    case DuplicateKind::SameTextOtherImage:
        return QStringLiteral("same_text_other_image");
    case DuplicateKind::SameImageOtherText:
        return QStringLiteral("same_image_other_text");
    case DuplicateKind::TextOnly:
        return QStringLiteral("text_only");
    case DuplicateKind::Mixed:
        break;
    }
    return QStringLiteral("mixed");
}

std::optional<DuplicateKind> duplicateKindFromString(const QString& text) {
    for (const DuplicateKind k :
         {DuplicateKind::SameMeme, DuplicateKind::SameTextOtherImage, DuplicateKind::SameImageOtherText,
          DuplicateKind::TextOnly, DuplicateKind::Mixed})
        if (duplicateKindToString(k) == text) return k;
    return std::nullopt;
}

QString duplicateKindDisplayName(DuplicateKind kind) {
    switch (kind) {
    case DuplicateKind::SameMeme:
        return QCoreApplication::translate("memescope::Duplicates", "Same meme");
    case DuplicateKind::SameTextOtherImage:
        return QCoreApplication::translate("memescope::Duplicates", "Same text, other image");
    case DuplicateKind::SameImageOtherText:
        return QCoreApplication::translate("memescope::Duplicates", "Same image, other text");
    case DuplicateKind::TextOnly:
        return QCoreApplication::translate("memescope::Duplicates", "Same text (text only)");
    case DuplicateKind::Mixed:
        break;
    }
    return QCoreApplication::translate("memescope::Duplicates", "Mixed (image and text links)");
}

void DuplicateSettings::validate() const {
    if (!(textThreshold >= 0.5 && textThreshold <= 1.0))
        throw std::invalid_argument(
            "text threshold must be between 0.5 and 1 (Jaccard similarity of word pairs), not " +
            std::to_string(textThreshold));
    if (imageDistance < 0 || imageDistance > 16)
        throw std::invalid_argument("image distance must be 0..16 bits (of a 64-bit perceptual hash), not " +
                                    std::to_string(imageDistance));
    if (imageOnlyDistance < 0 || imageOnlyDistance > imageDistance)
        throw std::invalid_argument("image-only distance must be 0.." + std::to_string(imageDistance) +
                                    " bits (at most the image distance), not " +
                                    std::to_string(imageOnlyDistance));
    if (!(pictureSimilarity >= 0.5 && pictureSimilarity <= 1.0))
        throw std::invalid_argument("picture similarity must be between 0.5 and 1, not " +
                                    std::to_string(pictureSimilarity));
    if (minWords < 1 || minWords > 20)
        throw std::invalid_argument("minimum words must be 1..20, not " + std::to_string(minWords));
}

std::vector<int> DuplicateReport::leakedTestMembers() const {
    std::vector<int> out;
    for (const DuplicateGroup& g : groups) {
        if (!g.leak) continue;
        for (const int m : g.members)
            if (m < int(splitOf.size()) && splitOf[size_t(m)] == Split::Test) out.push_back(m);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace memescope::duplicates
