#include "DatasetFormat.h"

namespace memescope {

QString datasetFormatToString(DatasetFormat format) {
    switch (format) {
    case DatasetFormat::Auto:
        return "auto";
    case DatasetFormat::Axiom:
        return "axiom";
    case DatasetFormat::Restore:
        return "restore";
    case DatasetFormat::Llava:
        return "llava";
    case DatasetFormat::Csv:
        return "csv";
    case DatasetFormat::Jsonl:
        return "jsonl";
    }
    return "auto";
}

std::optional<DatasetFormat> datasetFormatFromString(const QString& text) {
    for (auto f : {DatasetFormat::Auto, DatasetFormat::Axiom, DatasetFormat::Restore, DatasetFormat::Llava,
                   DatasetFormat::Csv, DatasetFormat::Jsonl})
        if (datasetFormatToString(f) == text.toLower()) return f;
    return std::nullopt;
}

QString datasetFamilyToString(DatasetFamily family) {
    switch (family) {
    case DatasetFamily::Axiom:
        return "axiom";
    case DatasetFamily::Restore:
        return "restore";
    case DatasetFamily::Generic:
        return "generic";
    }
    return "generic";
}

DatasetFamily datasetFamilyFromString(const QString& text) {
    if (text == "axiom") return DatasetFamily::Axiom;
    if (text == "restore") return DatasetFamily::Restore;
    return DatasetFamily::Generic;
}

} // namespace memescope
