#include "DuplicateFinder.h"

#include "CaptionNormalizer.h"
#include "HammingIndex.h"
#include "PictureIndex.h"
#include "TextSimilarity.h"
#include "UnionFind.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace memescope::duplicates {
namespace {

DuplicateKind kindOf(const std::vector<int>& members, UnionFind& text, UnionFind& image,
                     const std::vector<bool>& textLinked, const std::vector<bool>& imageLinked,
                     const std::vector<DuplicateInput>& inputs) {
    auto allIn = [&](UnionFind& uf, const std::vector<bool>& linked) {
        const int root = uf.find(members.front());
        return std::all_of(members.begin(), members.end(),
                           [&](int m) { return linked[size_t(m)] && uf.find(m) == root; });
    };
    const bool sameText = allIn(text, textLinked), sameImage = allIn(image, imageLinked);
    if (sameText && sameImage) return DuplicateKind::SameMeme;
    if (sameText) {
        const auto pictures =
            std::count_if(members.begin(), members.end(), [&](int m) { return inputs[size_t(m)].hasImage; });
        return pictures <= 1 ? DuplicateKind::TextOnly : DuplicateKind::SameTextOtherImage;
    }
    if (sameImage) return DuplicateKind::SameImageOtherText;
    return DuplicateKind::Mixed;
}

} // namespace

DuplicateReport findDuplicates(const std::vector<DuplicateInput>& inputs, const DuplicateSettings& settings,
                               const std::function<bool()>& cancelled) {
    settings.validate();
    DuplicateReport report;
    report.settings = settings;
    const int n = int(inputs.size());
    report.inputs = n;
    report.groupOf.assign(size_t(n), -1);
    for (const DuplicateInput& in : inputs)
        report.splitOf.push_back(in.split);

    // Texts: normalised words -> shingles (short captions get none and so never match).
    std::vector<std::vector<uint64_t>> shingles(inputs.size());
    for (int i = 0; i < n; ++i) {
        const QStringList words = captionWords(normalizeCaption(inputs[size_t(i)].text));
        if (words.size() < settings.minWords) continue;
        std::vector<std::string> w;
        w.reserve(size_t(words.size()));
        for (const QString& word : words)
            w.push_back(word.toStdString());
        shingles[size_t(i)] = wordShingles(w);
        ++report.comparedTexts;
    }
    const std::vector<TextMatch> textMatches =
        MinHashIndex::nearPairs(shingles, settings.textThreshold, cancelled);
    if (cancelled && cancelled()) return {};

    // Images: the hashed ones, by multi-index hashing.
    std::vector<uint64_t> hashes;
    std::vector<int> hashedInput;
    for (int i = 0; i < n; ++i)
        if (inputs[size_t(i)].imageHash) {
            hashes.push_back(*inputs[size_t(i)].imageHash);
            hashedInput.push_back(i);
        }
    report.hashedImages = int(hashes.size());
    std::vector<ImageMatch> imageMatches =
        HammingIndex::pairsWithin(hashes, settings.imageDistance, cancelled);
    if (cancelled && cancelled()) return {};
    for (ImageMatch& m : imageMatches) {
        m.a = hashedInput[size_t(m.a)];
        m.b = hashedInput[size_t(m.b)];
    }

    UnionFind textSets(n), imageSets(n), groups(n);
    std::vector<bool> textLinked(size_t(n), false), imageLinked(size_t(n), false);
    for (const TextMatch& m : textMatches) {
        textSets.unite(m.a, m.b);
        groups.unite(m.a, m.b);
        textLinked[size_t(m.a)] = textLinked[size_t(m.b)] = true;
    }
    // A picture match joins a group when the captions match too (it then tells a repost from the caption over
    // another picture) or when it is close enough to stand alone (imageOnlyDistance).
    std::vector<ImageMatch> joining;
    for (const ImageMatch& m : imageMatches) {
        imageSets.unite(m.a, m.b);
        const bool captionsMatch = textLinked[size_t(m.a)] && textSets.find(m.a) == textSets.find(m.b);
        // Where both memes have picture signatures that can be compared, those decide whether pictures under
        // other captions are the same (the pHash of a whole meme moves with its caption): see below. Where
        // they cannot (text on a plain backdrop, a picture nearly all under text), the pHash rule stands.
        const DuplicateInput &a = inputs[size_t(m.a)], &b = inputs[size_t(m.b)];
        const bool picturesDecide =
            a.picture && b.picture && PictureIndex::similarity(*a.picture, *b.picture);
        if (!captionsMatch && (picturesDecide || m.distance > settings.imageOnlyDistance)) continue;
        groups.unite(m.a, m.b);
        imageLinked[size_t(m.a)] = imageLinked[size_t(m.b)] = true;
        joining.push_back(m);
    }

    // Pictures, caption-blind: the same picture under another caption (pHash neighbours are compared too).
    std::vector<const PictureSignature*> pictures(size_t(n), nullptr);
    for (int i = 0; i < n; ++i)
        if (inputs[size_t(i)].picture) {
            pictures[size_t(i)] = &*inputs[size_t(i)].picture;
            ++report.comparedPictures;
        }
    std::vector<std::pair<int, int>> suspected;
    suspected.reserve(imageMatches.size());
    for (const ImageMatch& m : imageMatches)
        suspected.emplace_back(m.a, m.b);
    const std::vector<PictureMatch> pictureMatches =
        PictureIndex::pairsAbove(pictures, settings.pictureSimilarity, suspected, cancelled);
    if (cancelled && cancelled()) return {};
    for (const PictureMatch& m : pictureMatches) {
        imageSets.unite(m.a, m.b);
        groups.unite(m.a, m.b);
        imageLinked[size_t(m.a)] = imageLinked[size_t(m.b)] = true;
    }

    std::unordered_map<int, std::vector<int>> byRoot;
    for (int i = 0; i < n; ++i)
        if (textLinked[size_t(i)] || imageLinked[size_t(i)]) byRoot[groups.find(i)].push_back(i);
    std::unordered_map<int, size_t> slotOfRoot;
    for (auto& [root, members] : byRoot) {
        if (members.size() < 2) continue;
        DuplicateGroup g;
        g.members = members; // ascending: filled in index order
        g.kind = kindOf(members, textSets, imageSets, textLinked, imageLinked, inputs);
        std::set<Split> splits;
        std::set<uint64_t> labels;
        for (const int m : members) {
            const DuplicateInput& in = inputs[size_t(m)];
            if (in.split != Split::Unassigned) splits.insert(in.split);
            if (in.labels) labels.insert(*in.labels);
        }
        g.leak = splits.size() > 1;
        g.conflictingLabels = labels.size() > 1;
        slotOfRoot[root] = report.groups.size();
        report.groups.push_back(std::move(g));
    }
    for (const TextMatch& m : textMatches) {
        DuplicateGroup& g = report.groups[slotOfRoot.at(groups.find(m.a))];
        g.textMatched = true;
        g.minTextSimilarity = std::min(g.minTextSimilarity, m.similarity);
    }
    for (const ImageMatch& m : joining) {
        DuplicateGroup& g = report.groups[slotOfRoot.at(groups.find(m.a))];
        g.imageMatched = true;
        g.maxImageDistance = std::max(g.maxImageDistance, m.distance);
    }
    for (const PictureMatch& m : pictureMatches) {
        DuplicateGroup& g = report.groups[slotOfRoot.at(groups.find(m.a))];
        g.pictureMatched = true;
        g.minPictureSimilarity = std::min(g.minPictureSimilarity, m.similarity);
    }
    std::sort(report.groups.begin(), report.groups.end(),
              [](const DuplicateGroup& a, const DuplicateGroup& b) {
                  if (a.members.size() != b.members.size()) return a.members.size() > b.members.size();
                  return a.members.front() < b.members.front();
              });
    for (size_t gi = 0; gi < report.groups.size(); ++gi)
        for (const int m : report.groups[gi].members)
            report.groupOf[size_t(m)] = int(gi);
    return report;
}

} // namespace memescope::duplicates
