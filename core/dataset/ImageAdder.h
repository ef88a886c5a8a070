#pragma once

#include "core/util/JobContext.h"

#include <QStringList>
#include <QVector>
#include <cstdint>

namespace memescope {

class ProjectStore;

struct AddImagesResult {
    QVector<int64_t> added; // sample row ids of the new memes
    QStringList problems;   // "FILE: problem" for every file skipped
};

// New memes from image files or folders (searched recursively for .jpg/.jpeg/.png/.gif/.bmp/.webp):
// copied into <project folder>/added/ (or, with copy = false, referenced where they are), structurally
// checked (a broken file is skipped with its problem named), inserted unlabelled in the "unassigned" split
// in one transaction. Sample ids are the file names without extension, made unique with -2, -3, ...
// Progress counts the files checked; a cancelled job adds nothing.
AddImagesResult addImages(ProjectStore& store, const QStringList& paths, bool copy = true,
                          const JobContext& job = {});

} // namespace memescope
