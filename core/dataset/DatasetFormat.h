#pragma once

#include <QString>
#include <optional>

namespace memescope {

// Dataset layouts MemeScope reads and writes (see shared docs DATA.md).
enum class DatasetFormat { Auto, Axiom, Restore, Llava, Csv, Jsonl };

QString datasetFormatToString(DatasetFormat format);
std::optional<DatasetFormat> datasetFormatFromString(const QString& text);

// Which published schema a project follows; stored in the project's meta as "dataset".
enum class DatasetFamily { Axiom, Restore, Generic };
QString datasetFamilyToString(DatasetFamily family);
DatasetFamily datasetFamilyFromString(const QString& text);

} // namespace memescope
