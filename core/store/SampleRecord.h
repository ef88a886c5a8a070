#pragma once

#include <QString>
#include <cstdint>
#include <optional>

namespace memescope {

// Whether the sample's image can be used. Anything but Ok makes the sample text-only.
enum class ImageStatus : int { Ok = 0, Missing = 1, Corrupt = 2, NotGiven = 3 };
QString imageStatusToString(ImageStatus status);

enum class AnnotationOrigin { Dataset, Human, Model };
QString annotationOriginToString(AnnotationOrigin origin);

// One meme as the store keeps it.
struct SampleRecord {
    int64_t id = 0; // row id; 0 until stored
    QString sampleId;
    QString imagePath; // stored form: relative to the project folder when inside it
    ImageStatus imageStatus = ImageStatus::NotGiven;
    QString split = "train"; // train | val | test | unassigned
    QString ocrText;
    QString figurativeReasoning;
    QString causeEffect;
    QString figurativeUnderstanding;
    QString mentalState;
    QString sourceFile; // file name the record came from (for the report and for export)
    int sourceIndex = -1;
    QString extraJson;                 // fields we do not interpret, kept so export is lossless
    std::optional<uint64_t> labelMask; // current labels; nullopt = unlabelled
};

// One entry of a sample's annotation history.
struct AnnotationRecord {
    int64_t id = 0;
    uint64_t labelMask = 0;
    QString annotator;
    AnnotationOrigin origin = AnnotationOrigin::Human;
    QString createdAt;
    bool adjudication = false; // an adjudicator's decision
};

} // namespace memescope
