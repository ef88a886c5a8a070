#pragma once

#include "PictureSignature.h"
#include "core/store/Split.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace memescope::duplicates {

// What the members of a duplicate group share.
enum class DuplicateKind {
    SameMeme,           // the same picture and the same text (a repost: rescaled, re-encoded, re-marked)
    SameTextOtherImage, // the caption over another picture
    SameImageOtherText, // the picture under another caption
    TextOnly,           // the same text, and at most one member has a picture (text-only memes)
    Mixed,              // a chain: some members share the picture, others the text
};
QString duplicateKindToString(DuplicateKind kind); // "same_meme", ... (JSON, CLI)
std::optional<DuplicateKind> duplicateKindFromString(const QString& text);
QString duplicateKindDisplayName(DuplicateKind kind); // for people, translated

// The settings that decide what counts as a duplicate. Out-of-range values are refused (validate()).
struct DuplicateSettings {
    double textThreshold = 0.7; // Jaccard similarity of word-bigram sets, 0.5..1 (1 = same text only)
    int imageDistance = 10; // Hamming distance of 64-bit pHashes, 0..16 bits: the same picture (re-uploads:
                            // rescaled, re-encoded, stamped, cropped by a few per cent stay within it)
    // Two memes whose captions differ are linked by their pictures only this close (0..imageDistance): meme
    // layouts (caption bands over a picture) look alike to a 64-bit hash, so unrelated memes of one template
    // family come within 10 bits far more often than unrelated photographs do. Only for memes without
    // picture signatures (hashed by an older version, no OCR words): with them, pictureSimilarity decides.
    int imageOnlyDistance = 4;
    int minWords = 3; // captions with fewer words (after normalisation) are not compared
    // Two memes show the same picture under whatever captions when this share of the blocks where neither
    // shows text has the same colour, and their structure agrees (PictureIndex::similarity), 0.5..1.
    double pictureSimilarity = 0.9;
    // Throws std::invalid_argument naming the setting and its allowed range.
    void validate() const;
    bool operator==(const DuplicateSettings& o) const {
        return textThreshold == o.textThreshold && imageDistance == o.imageDistance &&
               imageOnlyDistance == o.imageOnlyDistance && minWords == o.minWords &&
               pictureSimilarity == o.pictureSimilarity;
    }
};

// One meme as duplicate detection sees it.
struct DuplicateInput {
    QString text;                            // the dataset's caption (or OCR's when the dataset has none)
    std::optional<uint64_t> imageHash;       // nullopt: text-only, undecodable or flat image
    bool hasImage = false;                   // the meme has a usable image (hashed or not)
    std::optional<PictureSignature> picture; // caption-blind; nullopt: none computed
    Split split = Split::Unassigned;
    std::optional<uint64_t> labels; // current label mask; nullopt = unlabelled
};

struct DuplicateGroup {
    DuplicateKind kind = DuplicateKind::SameMeme;
    std::vector<int> members;        // indices into the input, ascending
    bool leak = false;               // members in more than one of train / validation / test
    bool conflictingLabels = false;  // labelled members whose labels differ
    double minTextSimilarity = 1;    // the weakest text match that joined the group (1 when none)
    int maxImageDistance = 0;        // the widest image match that joined the group (0 when none)
    double minPictureSimilarity = 1; // the weakest caption-blind picture match that joined it (1 when none)
    bool pictureMatched = false;     // members joined by their pictures whatever the captions
    bool textMatched = false, imageMatched = false;
};

struct DuplicateReport {
    DuplicateSettings settings;
    std::vector<DuplicateGroup> groups; // largest first, then by first member
    int inputs = 0, comparedTexts = 0, hashedImages = 0, comparedPictures = 0;
    std::vector<int> groupOf;   // per input: index into groups, or -1
    std::vector<Split> splitOf; // per input: its split (as given)
    // Test memes that share a group with a training or validation meme (a leak into the test split).
    std::vector<int> leakedTestMembers() const;
};

} // namespace memescope::duplicates
